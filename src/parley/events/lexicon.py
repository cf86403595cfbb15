"""The event lexicon: trigger words, complement modes, cues, intensity, CAMEO.

All of it is data in ``events/data/*.yaml`` (see the comments at the top of
each file); this module loads and checks it. An analyst extends coverage by
editing those files, not Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from parley.errors import ConfigError
from parley.models import EVENT_TYPES
from parley.yamlload import load_yaml

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger: a lemma (verb or noun) that signals a PLOVER type and mode."""

    lemma: str
    pos: str
    type: str
    mode: str | None = None
    particle: str | None = None
    object: str | None = None
    plural_only: bool = False
    light_verb_only: bool = False  # an event only as the object of a light verb
    contexts: tuple[str, ...] = ()
    subject: frozenset[str] | None = None  # verb needs a subject with one of these lemmas

    @property
    def specificity(self) -> int:
        return (
            int(self.particle is not None)
            + int(self.object is not None)
            + int(self.subject is not None)
        )


@dataclass(frozen=True)
class Cues:
    """Word lists for certainty, negation, modality and opinion."""

    claimed: frozenset[str]
    alleged: frozenset[str]
    reported: frozenset[str]
    speculative: frozenset[str]
    negation: frozenset[str]
    future: frozenset[str]
    hypothetical: frozenset[str]
    denial: frozenset[str]
    opinion_phrases: tuple[str, ...]
    opinion_adjectives: frozenset[str]
    opinion_modals: frozenset[str]
    instruments: frozenset[str] = frozenset()
    negative_labels: frozenset[str] = frozenset()
    positive_labels: frozenset[str] = frozenset()
    deliberation: frozenset[str] = frozenset()  # "is considering sanctions": not yet an act


@dataclass
class Lexicon:
    """Everything the event coder reads from data files."""

    verbs: dict[str, list[Trigger]] = field(default_factory=dict)
    nouns: dict[str, list[Trigger]] = field(default_factory=dict)
    request_modes: dict[str, str] = field(default_factory=dict)
    threaten_modes: dict[str, str] = field(default_factory=dict)
    intensity: dict[str, tuple[float, dict[str, float]]] = field(default_factory=dict)
    cameo: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    contexts: dict[str, str] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    reciprocal: frozenset[str] = frozenset()  # "swap", "exchange": each party to the other
    obligation_speech: frozenset[str] = frozenset()  # "said Y must ...": a demand of Y
    blocked: dict[str, frozenset[str]] = field(default_factory=dict)
    non_actor_subjects: frozenset[str] = frozenset()  # "the storm hit": no actor acts
    # noun trigger -> verbs whose object it cannot be as an event ("shattered the ceasefire")
    blocked_governors: dict[str, frozenset[str]] = field(default_factory=dict)
    descriptive_participles: frozenset[str] = frozenset()  # "rebels backed by Rwanda"
    object_classes: dict[str, frozenset[str]] = field(default_factory=dict)  # "@rulers": words
    cues: Cues | None = None

    def intensity_of(self, type_: str, mode: str | None) -> float | None:
        if type_ not in self.intensity:
            return None
        default, modes = self.intensity[type_]
        return modes.get(mode or "", default)

    def cameo_of(self, type_: str, mode: str | None) -> str | None:
        if type_ not in self.cameo:
            return None
        default, modes = self.cameo[type_]
        return modes.get(mode or "", default)


def _read(name: str) -> Any:
    path = DATA_DIR / name
    try:
        with path.open(encoding="utf-8") as fh:
            return load_yaml(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read lexicon file {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"lexicon file {path} is not valid YAML: {exc}") from exc


def _words(values: Any) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or [])


def _load_triggers(lex: Lexicon) -> None:
    data = _read("triggers.yaml") or {}
    never = _words(data.get("not_triggers"))
    lex.light_verbs = _words(data.get("light_verbs"))
    lex.reciprocal = _words(data.get("reciprocal_verbs"))
    lex.obligation_speech = _words(data.get("obligation_speech"))
    lex.blocked = {
        str(k).lower(): _words(v) for k, v in (data.get("blocked_complements") or {}).items()
    }
    lex.non_actor_subjects = _words(data.get("non_actor_subjects"))
    lex.descriptive_participles = _words(data.get("descriptive_participles"))
    lex.blocked_governors = {
        str(k).lower(): _words(v) for k, v in (data.get("blocked_governors") or {}).items()
    }
    classes = {f"@{k}": sorted(_words(v)) for k, v in (data.get("object_classes") or {}).items()}
    lex.object_classes = {k: frozenset(v) for k, v in classes.items()}
    for n, item in enumerate(data.get("triggers") or []):
        where = f"triggers.yaml entry {n} ({item!r})"
        obj = item.get("object") if isinstance(item, dict) else None
        if isinstance(obj, str) and obj.startswith("@") and obj not in classes:
            raise ConfigError(f"{where}: unknown object class {obj} (see object_classes)")
        # "object: '@forces'" stands for one entry per word of that class
        subj = item.get("subject") if isinstance(item, dict) else None
        if isinstance(subj, str) and subj.startswith("@") and subj not in classes:
            raise ConfigError(f"{where}: unknown subject class {subj} (see object_classes)")
        subjects = frozenset(classes.get(subj, [subj])) if isinstance(subj, str) else None
        for one in classes.get(obj, [obj]) if isinstance(obj, str) else [obj]:
            trig = _trigger(item, one, where, subjects)
            if trig.pos == "VERB" and trig.lemma in never and trig.specificity == 0:
                continue  # reporting/cognition verbs carry no event of their own
            table = lex.verbs if trig.pos == "VERB" else lex.nouns
            entries = table.setdefault(trig.lemma, [])
            if trig not in entries:
                entries.append(trig)
    for table in (lex.verbs, lex.nouns):
        for entries in table.values():
            entries.sort(key=lambda t: -t.specificity)


def _trigger(
    item: Any, obj: str | None, where: str, subjects: frozenset[str] | None = None
) -> Trigger:
    try:
        trig = Trigger(
            lemma=str(item["lemma"]).lower(),
            pos=str(item["pos"]).upper(),
            type=str(item["type"]).upper(),
            mode=item.get("mode"),
            particle=item.get("particle"),
            object=obj,
            plural_only=bool(item.get("plural_only", False)),
            light_verb_only=bool(item.get("light_verb_only", False)),
            contexts=tuple(item.get("contexts") or ()),
            subject=subjects,
        )
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"{where}: needs lemma, pos and type") from exc
    for key in ("mode", "particle"):
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            # YAML reads a bare on/off/yes/no as a boolean: "particle: on" must be quoted
            raise ConfigError(f"{where}: {key} must be a word, got {value!r} (quote it)")
    if obj is not None and not isinstance(obj, str):
        raise ConfigError(f"{where}: object must be a word, got {obj!r} (quote it)")
    if trig.type not in EVENT_TYPES:
        raise ConfigError(f"{where}: unknown PLOVER type {trig.type}")
    if trig.pos not in ("VERB", "NOUN"):
        raise ConfigError(f"{where}: pos must be VERB or NOUN")
    return trig


def _invert(groups: dict[str, list[str]] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for mode, lemmas in (groups or {}).items():
        for lemma in lemmas or []:
            out.setdefault(str(lemma).lower(), mode)
    return out


def _load_scales(lex: Lexicon) -> None:
    for type_, spec in _scale("intensity.yaml").items():
        lex.intensity[type_] = (
            float(spec["default"]),
            {str(k): float(v) for k, v in (spec.get("modes") or {}).items()},
        )
    for type_, spec in _scale("cameo.yaml").items():
        lex.cameo[type_] = (
            str(spec["default"]),
            {str(k): str(v) for k, v in (spec.get("modes") or {}).items()},
        )


def _scale(name: str) -> dict[str, Any]:
    """A per-type table (intensity, CAMEO) with its types checked."""
    data = _read(name) or {}
    types: dict[str, Any] = data.get("types") or {}
    for type_ in types:
        if type_ not in EVENT_TYPES:
            raise ConfigError(f"{name}: unknown PLOVER type {type_}")
    return types


def _load_cues(lex: Lexicon) -> None:
    c = _read("cues.yaml") or {}
    opinion = c.get("opinion") or {}
    lex.cues = Cues(
        claimed=_words(c.get("claimed")),
        alleged=_words(c.get("alleged")),
        reported=_words(c.get("reported")),
        speculative=_words(c.get("speculative")),
        negation=_words(c.get("negation")),
        future=_words(c.get("future")),
        hypothetical=_words(c.get("hypothetical")),
        denial=_words(c.get("denial")),
        opinion_phrases=tuple(str(p).lower() for p in opinion.get("phrases") or ()),
        opinion_adjectives=_words(opinion.get("adjectives")),
        opinion_modals=_words(opinion.get("modals")),
        instruments=_words(c.get("instruments")),
        negative_labels=_words((c.get("labels") or {}).get("negative")),
        positive_labels=_words((c.get("labels") or {}).get("positive")),
        deliberation=_words(c.get("deliberation")),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load and check every lexicon data file once per process."""
    lex = Lexicon()
    _load_triggers(lex)
    comp = _read("complements.yaml") or {}
    lex.request_modes = _invert(comp.get("request_reject_modes"))
    lex.threaten_modes = _invert(comp.get("threaten_modes"))
    _load_scales(lex)
    _load_cues(lex)
    ctx = _read("contexts.yaml") or {}
    lex.contexts = {str(k).lower(): str(v) for k, v in (ctx.get("keywords") or {}).items()}
    return lex
