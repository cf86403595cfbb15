"""Scoring the coder against gold data (``parley eval``).

Gold format (DESIGN.md): one JSON object a line with ``id``, ``pub_date``,
``context``, ``text`` and ``events``: ``{"type" (a type or a list of accepted
types), "source": {"name", "country", "sector"}, "target": {...} | null,
"date", "location", "hedged", "optional"?}``. ``events: []`` is a negative.

Matching rules (documented, the same for every gold file):

- a predicted event counts only if it happened as far as the text says: not
  negated and not speculative (future, hypothetical). Claimed, alleged and
  reported events count: the gold marks them ``hedged``. What an accusation
  accuses of does not count (the ACCUSE is the event: guideline 2 of
  eval/README.md); the coder keeps it as the accuser's claim.
- a gold and a predicted event match when the type is accepted and the actor
  countries agree: source with source and target with target, either way
  round for symmetric types (CONSULT, COOPERATE, AGREE). A gold target of
  ``null`` accepts any predicted target. A third-party CONSULT (mediator)
  matches on its source alone, since the gold names one of the parties.
- ``optional`` gold events are neither misses nor false positives.
- locations of matched events are compared by name, case, accents, apostrophes
  and hyphens aside ("Zvecan" is the gazetteer's "Zvečan", "Mekele" its
  "Mek'ele"); another transliteration ("Sweida", "As-Suwayda") counts as wrong.
- f1 mode: greedy one-to-one matching per sentence; precision, recall, F1.
- recall mode (one annotated event per record, e.g. the PLOVER GSR): a
  record is found when any of its gold events (compound expansions) is
  matched; ``type_recall`` asks only for the type.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from parley.errors import ConfigError
from parley.models import SYMMETRIC_TYPES, Article, Event
from parley.pipeline import Pipeline

#: CAMEO-style country codes some gold files keep, mapped to ISO alpha-3.
CODE_ALIASES = {
    "JAP": "JPN",
    "IMG": None,
    "KOS": "XKX",
    "ROM": "ROU",
    "ZAR": "COD",
    "TMP": "TLS",
    "BUR": "MMR",
}
NEGATIVE_CERTAINTY = frozenset({"speculative"})


@dataclass(frozen=True)
class GoldEvent:
    types: tuple[str, ...]
    source: str | None
    target: str | None
    target_given: bool
    source_sector: str | None
    target_sector: str | None
    date: str | None
    location: str | None
    optional: bool
    mode: str | None


@dataclass(frozen=True)
class GoldRecord:
    id: str
    pub_date: date | None
    context: str
    text: str
    events: tuple[GoldEvent, ...]
    tags: tuple[str, ...] = ()


@dataclass
class Outcome:
    """What the coder did on one record."""

    record: GoldRecord
    predicted: list[Event]
    matched: list[tuple[GoldEvent, Event]] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)


def _code(value: Any) -> str | None:
    if value in (None, ""):
        return None
    code = str(value).upper()
    return CODE_ALIASES.get(code, code) if code in CODE_ALIASES else code


def _gold_event(raw: dict[str, Any], where: str) -> GoldEvent:
    types = raw.get("type")
    if isinstance(types, str):
        types = [types]
    if not types or not isinstance(types, list):
        raise ConfigError(f"{where}: gold event needs a type (or a list of types)")
    src = raw.get("source") or {}
    tgt = raw.get("target")
    loc = raw.get("location")
    return GoldEvent(
        types=tuple(str(t).upper() for t in types),
        source=_code(src.get("country")),
        target=_code(tgt.get("country")) if tgt else None,
        target_given=bool(tgt),
        source_sector=src.get("sector") if src.get("sector") not in ("***", "") else None,
        target_sector=(tgt or {}).get("sector") if (tgt or {}).get("sector") != "***" else None,
        date=raw.get("date"),
        location=(loc.get("name") if isinstance(loc, dict) else loc) or None,
        optional=bool(raw.get("optional", False)),
        mode=raw.get("mode"),
    )


def read_gold(path: Path) -> Iterator[GoldRecord]:
    """Gold records of a JSONL file; a malformed line is a ConfigError naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read gold file {path}: {exc.strerror}") from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            raw = json.loads(line)
            pub = raw.get("pub_date")
            yield GoldRecord(
                id=str(raw.get("id", where)),
                pub_date=date.fromisoformat(pub[:10]) if pub else None,
                context=raw.get("context") or "",
                text=raw["text"],
                events=tuple(_gold_event(e, where) for e in raw.get("events") or []),
                tags=tuple(raw.get("tags") or ()),
            )
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{where}: not a gold record ({exc})") from exc


def counts(event: Event) -> bool:
    """Whether a predicted event is one the gold would list (happened, as reported)."""
    return not event.negated and event.certainty not in NEGATIVE_CERTAINTY


def countable(events: Iterable[Event]) -> list[Event]:
    """The events of one sentence the gold would list: those that :func:`counts`,
    less what an accusation accuses of ("Kyiv accused Russian forces of blowing up
    the dam": the ACCUSE is the event; the blowing-up is kept in the data as
    Kyiv's claim, and the gold does not list it)."""
    events = list(events)
    accusations = [
        (e.sentence_index, _country(e.source), _country(e.target))
        for e in events
        if e.type == "ACCUSE" and counts(e)
    ]
    # (an accuser the text gives no country, "rights groups", may have been given one
    # on its ACCUSE only: its claim still is what it accuses of)
    accused = {(i, tgt) for i, _, tgt in accusations}
    return [
        e
        for e in events
        if counts(e)
        and not (
            e.certainty in ("claimed", "alleged")
            and e.attributed_to is not None
            and (
                (e.sentence_index, _country(e.attributed_to), _country(e.source)) in accusations
                or (
                    e.attributed_to.country is None
                    and (e.sentence_index, _country(e.source)) in accused
                )
            )
        )
    ]


def _country(actor: Any) -> str | None:
    return actor.country if actor is not None else None


def matches(gold: GoldEvent, pred: Event, *, types_only: bool = False) -> bool:
    """The documented matching rule (see the module docstring)."""
    if pred.type not in gold.types:
        return False
    if types_only:
        return True
    src, tgt = _country(pred.source), _country(pred.target)
    if pred.type == "CONSULT" and pred.mode == "third-party":
        return src == gold.source or (gold.source is None and src is None)
    if _pair_ok(gold, src, tgt):
        return True
    return pred.type in SYMMETRIC_TYPES and _pair_ok(gold, tgt, src)


def _pair_ok(gold: GoldEvent, src: str | None, tgt: str | None) -> bool:
    if src != gold.source:
        return False
    return not gold.target_given or tgt == gold.target


def _article(rec: GoldRecord) -> tuple[Article, int]:
    """The record as an article: context paragraph, then the sentence; its offset."""
    if rec.context.strip():
        text = rec.context.strip() + "\n\n" + rec.text
        offset = len(rec.context.strip()) + 2
    else:
        text, offset = rec.text, 0
    return Article.from_text(text, id=rec.id, date=rec.pub_date), offset


def code_records(records: list[GoldRecord], pipeline: Pipeline) -> list[list[Event]]:
    """Predicted events of each record's sentence (context events left out)."""
    arts = [_article(r) for r in records]
    out: list[list[Event]] = []
    for (_art, offset), result in zip(arts, pipeline.code(a for a, _ in arts), strict=True):
        events = getattr(result, "events", ())
        out.append([e for e in events if e.span[0] >= offset])
    return out


def _align(rec: GoldRecord, predicted: list[Event]) -> Outcome:
    outcome = Outcome(rec, predicted)
    pool = countable(predicted)
    for gold in sorted(rec.events, key=lambda g: g.optional):
        hit = next((p for p in pool if matches(gold, p)), None)
        if hit is not None:
            pool.remove(hit)
            if not gold.optional:
                outcome.matched.append((gold, hit))
        elif not gold.optional:
            outcome.missed.append(gold)
    outcome.spurious = pool
    return outcome


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def _accuracy(pairs: Iterable[tuple[Any, Any]]) -> dict[str, float | int]:
    pairs = list(pairs)
    if not pairs:
        return {"accuracy": 0.0, "n": 0}
    right = sum(1 for g, p in pairs if g == p)
    return {"accuracy": round(right / len(pairs), 4), "n": len(pairs)}


def score_f1(outcomes: list[Outcome], by: str = "type") -> dict[str, Any]:
    tp = sum(len(o.matched) for o in outcomes)
    fp = sum(len(o.spurious) for o in outcomes)
    fn = sum(len(o.missed) for o in outcomes)
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        for _g, p in o.matched:
            groups[_group(by, p.type, p)]["tp"] += 1
        for p in o.spurious:
            groups[_group(by, p.type, p)]["fp"] += 1
        for g in o.missed:
            groups[_group(by, g.types[0], None, g)]["fn"] += 1
    negatives = [
        o
        for o in outcomes
        if not any(not g.optional for g in o.record.events) and not o.record.events
    ]
    quiet = sum(1 for o in negatives if not countable(o.predicted))
    matched = [pair for o in outcomes for pair in o.matched]
    return {
        "mode": "f1",
        "records": len(outcomes),
        "overall": _prf(tp, fp, fn),
        f"by_{by}": {k: _prf(c["tp"], c["fp"], c["fn"]) for k, c in sorted(groups.items())},
        "negatives": {
            "records": len(negatives),
            "no_event": quiet,
            "share_no_event": round(quiet / len(negatives), 4) if negatives else 1.0,
        },
        "confusion": _confusion(outcomes),
        "actors": _actor_scores(matched),
        "dates": _accuracy(
            (g.date, p.date.isoformat() if p.date else None) for g, p in matched if g.date
        ),
        "locations": _accuracy(
            (_place_key(g.location), (_place_key(p.location.name) if p.location else None))
            for g, p in matched
            if g.location
        ),
    }


def _place_key(name: str) -> str:
    """A place name without case, accents, apostrophes or hyphens, for comparing."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().replace("'", "").replace("-", " ").split())


def _group(by: str, type_: str, pred: Event | None, gold: GoldEvent | None = None) -> str:
    if by == "sector":
        if pred is not None:
            return (pred.source.sector if pred.source else None) or "none"
        return (gold.source_sector if gold else None) or "none"
    return type_


def _actor_scores(matched: list[tuple[GoldEvent, Event]]) -> dict[str, Any]:
    sectors = [
        (g.source_sector, p.source.sector if p.source else None)
        for g, p in matched
        if g.source_sector
    ]
    sectors += [
        (g.target_sector, p.target.sector if p.target else None)
        for g, p in matched
        if g.target_sector
    ]
    return {"sector": _accuracy(sectors)}


def _confusion(outcomes: list[Outcome]) -> dict[str, dict[str, int]]:
    """gold type -> predicted type counts, pairing events by actor countries."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        preds = countable(o.predicted)
        for g in o.record.events:
            if g.optional:
                continue
            same = [
                p
                for p in preds
                if {_country(p.source), _country(p.target)}
                >= {c for c in (g.source, g.target) if c}
            ]
            label = (
                g.types[0]
                if any(p.type in g.types for p in same)
                else (same[0].type if same else "NONE")
            )
            table[g.types[0]][label] += 1
        for p in o.spurious:
            if not o.record.events:
                table["NONE"][p.type] += 1
    return {k: dict(v) for k, v in sorted(table.items())}


def score_recall(outcomes: list[Outcome]) -> dict[str, Any]:
    found = typed = 0
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        preds = countable(o.predicted)
        hit = any(matches(g, p) for g in o.record.events for p in preds)
        type_hit = any(matches(g, p, types_only=True) for g in o.record.events for p in preds)
        label = o.record.events[0].types[0] if o.record.events else "NONE"
        per_type[label]["n"] += 1
        per_type[label]["found"] += hit
        per_type[label]["type_found"] += type_hit
        found += hit
        typed += type_hit
    n = len(outcomes) or 1
    return {
        "mode": "recall",
        "records": len(outcomes),
        "recall": round(found / n, 4),
        "type_recall": round(typed / n, 4),
        "by_type": {
            k: {
                "n": c["n"],
                "recall": round(c["found"] / c["n"], 4),
                "type_recall": round(c["type_found"] / c["n"], 4),
            }
            for k, c in sorted(per_type.items())
        },
    }


def evaluate(
    path: Path, pipeline: Pipeline, mode: str = "f1", by: str = "type"
) -> tuple[dict[str, Any], list[Outcome]]:
    """Score the coder on a gold file; returns the numbers and per-record outcomes."""
    if mode not in ("f1", "recall"):
        raise ConfigError(f"unknown eval mode {mode!r}; use f1 or recall")
    if by not in ("type", "sector"):
        raise ConfigError(f"unknown grouping {by!r}; use type or sector")
    records = list(read_gold(path))
    predicted = code_records(records, pipeline)
    outcomes = [_align(r, p) for r, p in zip(records, predicted, strict=True)]
    scores = score_f1(outcomes, by) if mode == "f1" else score_recall(outcomes)
    scores["gold"] = str(path)
    return scores, outcomes


def errors(outcomes: list[Outcome], mode: str = "f1") -> Iterator[Outcome]:
    """Records the coder got wrong, in file order."""
    for o in outcomes:
        if mode == "recall":
            preds = countable(o.predicted)
            if not any(matches(g, p) for g in o.record.events for p in preds):
                yield o
        elif o.missed or o.spurious:
            yield o
