"""Cross-article stories: the reports of one happening become one :class:`Story`.

Two events are reports of the same happening when (rules in docs/PROCESS.md):

- they have the same PLOVER type, negation and hedging (a speculative "will
  meet" is kept apart from a meeting that happened);
- their actor countries are the same pair: ordered for directed types,
  unordered for symmetric ones (CONSULT, COOPERATE, AGREE) and for ASSAULT,
  whose two directions are kept side by side as conflicting accounts ("each
  side blames the other"); an unknown side matches either country;
- their dates are at most ``window_days`` apart (a multi-day event counts
  from its first to its last day); an undated report refers to the
  ``lookback_days`` before its article was published;
- their places are compatible (either unknown, same country, or within
  ``max_km`` of each other when both have coordinates);
- their levels are compatible when a ``level_of`` function is given (a
  foreign ministers' meeting and an advisors' meeting on the same days are
  two stories).

Near-duplicate articles (syndicated copies) are found by word-shingle Jaccard
similarity (:func:`find_copies`) and count once in ``n_articles`` and
``n_sources``. Everything here is pure computation over events: stories are
computed on demand; ``parley stories --save`` stores them.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from parley.models import (
    CERTAINTIES,
    SYMMETRIC_TYPES,
    Account,
    Actor,
    Article,
    ArticleRef,
    Event,
    EventQuery,
    Location,
    Story,
)

if TYPE_CHECKING:
    from parley.store.base import Store

__all__ = [
    "CONTESTABLE_TYPES",
    "LevelOf",
    "MergeRules",
    "article_refs",
    "find_copies",
    "merge",
    "stories_from_store",
]

#: Types whose two directions are merged into one story with separate accounts.
CONTESTABLE_TYPES = frozenset({"ASSAULT"})

#: Where figures (e.g. casualties) are read from the target's text.
FIGURE_TYPES = frozenset({"ASSAULT", "COERCE"})

#: ``level_of(actor, when)``: the level of an actor on a date (see process.py).
LevelOf = Callable[[Actor, date | None], str | None]

_RANK = {c: i for i, c in enumerate(CERTAINTIES)}  # 0 = asserted, the strongest
_WORD = re.compile(r"\w+")
_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_FIGURE = re.compile(r"\b(\d[\d,]*|" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class MergeRules:
    """The thresholds of the merge rules (documented in docs/PROCESS.md)."""

    window_days: int = 3
    lookback_days: int = 14
    max_km: float = 100.0
    copy_threshold: float = 0.6
    shingle_words: int = 5
    sketch_size: int = 64


# -- near-duplicate articles ---------------------------------------------------


def shingles(text: str, k: int = 5) -> set[int]:
    """Hashes of the ``k``-word shingles of ``text`` (lower-cased words only)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {_hash(" ".join(words))} if words else set()
    return {_hash(" ".join(words[i : i + k])) for i in range(len(words) - k + 1)}


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def find_copies(articles: Iterable[Article], rules: MergeRules | None = None) -> dict[str, str]:
    """Map each near-duplicate article id to the id of the article it copies.

    Two articles are copies when the Jaccard similarity of their word
    shingles is at least ``rules.copy_threshold``. Candidates come from a
    bottom-k sketch (articles sharing one of their ``sketch_size`` smallest
    shingle hashes), so only likely pairs are compared exactly. The earliest
    article of a group is the original; on the same date the shorter text
    (copies add credit lines), then the smaller id.
    """
    rules = rules or MergeRules()
    arts = sorted(articles, key=lambda a: (a.date or date.max, len(a.text), a.id))
    sets = [shingles(a.text, rules.shingle_words) for a in arts]
    index: dict[int, list[int]] = defaultdict(list)
    parent = list(range(len(arts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, sh in enumerate(sets):
        seen: set[int] = set()
        for h in sorted(sh)[: rules.sketch_size]:
            for j in index[h]:
                if j in seen:
                    continue
                seen.add(j)
                if _jaccard(sh, sets[j]) >= rules.copy_threshold:
                    ri, rj = root(i), root(j)
                    parent[max(ri, rj)] = min(ri, rj)
            index[h].append(i)
    return {arts[i].id: arts[root(i)].id for i in range(len(arts)) if root(i) != i}


def _jaccard(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def article_refs(
    articles: Iterable[Article], rules: MergeRules | None = None
) -> dict[str, ArticleRef]:
    """Citations for articles, with ``copy_of`` set on near-duplicates."""
    arts = list(articles)
    copies = find_copies(arts, rules)
    return {
        a.id: ArticleRef(
            id=a.id,
            outlet=a.outlet,
            date=a.date,
            title=a.title,
            url=a.url,
            origin=a.origin,
            copy_of=copies.get(a.id),
        )
        for a in arts
    }


# -- clustering ----------------------------------------------------------------


@dataclass(slots=True)
class _Item:
    event: Event
    ref: ArticleRef
    start: date | None  # the event's own dates, None if undated
    end: date | None
    lo: date  # the days the report can refer to
    hi: date
    levels: frozenset[str]


@dataclass(slots=True)
class _Cluster:
    items: list[_Item] = field(default_factory=list)
    lo: date = date.max
    hi: date = date.min
    places: list[Location] = field(default_factory=list)
    levels: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def add(self, item: _Item) -> None:
        self.items.append(item)
        self.lo = min(self.lo, item.lo)
        self.hi = max(self.hi, item.hi)
        loc = item.event.location
        if loc is not None and all(p.name != loc.name for p in self.places):
            self.places.append(loc)
        self.levels |= item.levels
        self.articles.add(item.ref.id)


def _group_key(e: Event) -> tuple[object, ...] | None:
    """(type, negated, hedged, dyad) for events whose two countries are known."""
    s = e.source.country if e.source else None
    t = e.target.country if e.target else None
    if s is None or t is None:
        return None
    dyad: tuple[str, ...] = (s, t)
    if e.type in SYMMETRIC_TYPES or e.type in CONTESTABLE_TYPES:
        dyad = tuple(sorted(dyad))
    return (e.type, e.negated, e.certainty == "speculative", dyad)


def _distance_km(a: Location, b: Location) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def places_compatible(a: Location | None, b: Location | None, max_km: float) -> bool:
    """Unknown places match anything; otherwise distance, else country, decides."""
    if a is None or b is None or a.name == b.name:
        return True
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return _distance_km(a, b) <= max_km
    if a.country and b.country:
        return a.country == b.country
    return True


class _Merger:
    def __init__(
        self,
        refs: Mapping[str, ArticleRef],
        rules: MergeRules,
        level_of: LevelOf | None,
    ) -> None:
        self.refs = refs
        self.rules = rules
        self.level_of = level_of
        self.window = timedelta(days=rules.window_days)
        self.lookback = timedelta(days=rules.lookback_days)

    def item(self, e: Event) -> _Item | None:
        ref = self.refs.get(e.article_id) or ArticleRef(id=e.article_id)
        start = e.date
        end = max(e.date_end, e.date) if e.date and e.date_end else e.date
        if start is not None and end is not None:
            lo, hi = start, end
        elif ref.date is not None:
            lo, hi = ref.date - self.lookback, ref.date
        else:
            return None  # no date at all: it can only be a story of its own
        levels: set[str] = set()
        if self.level_of is not None:
            for actor in (e.source, e.target):
                if actor is not None and (lvl := self.level_of(actor, e.date or ref.date)):
                    levels.add(lvl)
        return _Item(e, ref, start, end, lo, hi, frozenset(levels))

    def fits(self, item: _Item, cluster: _Cluster) -> bool:
        if item.start is not None:  # dated: within the window of the cluster's dated span
            dated = [i for i in cluster.items if i.start is not None]
            if dated:
                lo = min(i.start for i in dated if i.start is not None)
                hi = max(i.end for i in dated if i.end is not None)
                if item.start > hi + self.window or item.end < lo - self.window:  # type: ignore[operator]
                    return False
            elif not (cluster.lo <= item.hi and item.lo <= cluster.hi):
                return False
        elif not (cluster.lo - self.window <= item.hi and item.lo <= cluster.hi + self.window):
            return False
        if item.levels and cluster.levels and not (item.levels & cluster.levels):
            return False
        loc = item.event.location
        return all(places_compatible(loc, p, self.rules.max_km) for p in cluster.places)

    def best(self, item: _Item, candidates: Iterable[_Cluster]) -> _Cluster | None:
        """The fitting cluster that shares the item's article, else the nearest in time."""
        fitting = [c for c in candidates if self.fits(item, c)]
        if not fitting:
            return None
        anchor = item.start or item.hi
        return min(
            fitting,
            key=lambda c: (item.ref.id not in c.articles, _gap(anchor, c.lo, c.hi)),
        )


def _gap(day: date, lo: date, hi: date) -> int:
    if lo <= day <= hi:
        return 0
    return min(abs((day - lo).days), abs((day - hi).days))


def merge(
    events: Iterable[Event],
    articles: Mapping[str, ArticleRef] | None = None,
    rules: MergeRules | None = None,
    level_of: LevelOf | None = None,
) -> list[Story]:
    """Merge events into stories, ordered by date (undated last), then story id.

    ``articles`` gives each event's article (outlet, publication date,
    ``copy_of``); without it, events without their own date cannot be placed
    in time and become stories of their own.
    """
    rules = rules or MergeRules()
    m = _Merger(articles or {}, rules, level_of)
    full: dict[tuple[object, ...], list[_Item]] = defaultdict(list)
    partial: list[_Item] = []
    singles: list[Event] = []
    for e in events:
        item = m.item(e)
        key = _group_key(e)
        if item is None:
            singles.append(e)
        elif key is not None:
            full[key].append(item)
        elif (e.source and e.source.country) or (e.target and e.target.country):
            partial.append(item)
        else:
            singles.append(e)
    clusters: dict[tuple[object, ...], list[_Cluster]] = {}
    for key, items in full.items():
        clusters[key] = _sweep(m, items)
    leftovers = _attach_partial(m, partial, clusters)
    out = [_story(c.items, m.refs) for cs in clusters.values() for c in cs]
    out += [_story(c.items, m.refs) for c in leftovers]
    out += [
        _story(
            [
                _Item(
                    e,
                    m.refs.get(e.article_id) or ArticleRef(id=e.article_id),
                    None,
                    None,
                    date.min,
                    date.min,
                    frozenset(),
                )
            ],
            m.refs,
        )
        for e in singles
    ]
    out.sort(key=lambda s: (s.when is None, s.when or date.min, s.story_id))
    return out


def _sweep(m: _Merger, items: list[_Item]) -> list[_Cluster]:
    """Cluster one group: dated reports in date order, then undated ones."""
    dated = sorted((i for i in items if i.start is not None), key=lambda i: (i.start, i.end))
    undated = sorted((i for i in items if i.start is None), key=lambda i: i.hi)
    done: list[_Cluster] = []
    active: list[_Cluster] = []
    for item in dated:
        active = [c for c in active if c.hi + m.window >= item.lo]
        target = m.best(item, reversed(active))
        if target is None:
            target = _Cluster()
            active.append(target)
            done.append(target)
        target.add(item)
    for item in undated:
        target = m.best(item, done)
        if target is None:
            target = _Cluster()
            done.append(target)
        target.add(item)
    return done


def _attach_partial(
    m: _Merger, partial: list[_Item], clusters: dict[tuple[object, ...], list[_Cluster]]
) -> list[_Cluster]:
    """Attach one-sided reports to a story that has their known country in their role.

    A dated one-sided report joins any fitting story; an undated one only a
    story that its own article also reports, or one with the same PLOVER mode.
    """
    by_country: dict[tuple[object, ...], list[_Cluster]] = defaultdict(list)
    for (type_, neg, spec, dyad), cs in clusters.items():
        assert isinstance(dyad, tuple)
        either = type_ in SYMMETRIC_TYPES or type_ in CONTESTABLE_TYPES
        for side, country in enumerate(dyad):
            role = "any" if either else side
            by_country[(type_, neg, spec, role, country)].extend(cs)
    own: dict[tuple[object, ...], list[_Item]] = defaultdict(list)
    for item in sorted(partial, key=lambda i: (i.start is None, i.lo)):
        e = item.event
        side, country = (
            (0, e.source.country)
            if e.source and e.source.country
            else (1, e.target.country if e.target else None)
        )
        base = (e.type, e.negated, e.certainty == "speculative")
        candidates = by_country.get((*base, "any", country), []) + by_country.get(
            (*base, side, country), []
        )
        if item.start is None:  # undated and one-sided: its own article's story, or same mode
            mode = e.mode
            candidates = [
                c
                for c in candidates
                if item.ref.id in c.articles or any(i.event.mode == mode for i in c.items)
            ]
        target = m.best(item, candidates)
        if target is not None:
            target.add(item)
        else:
            own[(*base, side, country)].append(item)
    return [c for items in own.values() for c in _sweep(m, items)]


# -- building a story ------------------------------------------------------------


def _story(items: Sequence[_Item], refs: Mapping[str, ArticleRef]) -> Story:
    items = sorted(items, key=lambda i: (i.ref.date or date.max, i.ref.id, i.event.span))
    events = [i.event for i in items]
    rep = min(events, key=_specificity)
    start, end = _best_dates(items)
    article_refs = list({i.ref.id: i.ref for i in items}.values())
    canonical = {r.canonical for r in article_refs}
    outlets = {_outlet(r, refs) for r in article_refs}
    pubs = [r.date for r in article_refs if r.date is not None]
    accounts, flags = _accounts(items, refs)
    modes = Counter(e.mode for e in events)
    return Story(
        story_id=_story_id(rep, events),
        type=rep.type,
        mode=max(modes, key=lambda k: (modes[k], k is not None)),
        source=rep.source,
        target=rep.target,
        date=start,
        date_end=end,
        first_reported=min(pubs) if pubs else None,
        location=_best_place(items),
        certainty=min((e.certainty for e in events), key=lambda c: _RANK.get(c, 99)),
        negated=rep.negated,
        intensity=rep.intensity,
        contexts=tuple(sorted({c for e in events for c in e.contexts})),
        sentence=rep.sentence,
        event_ids=tuple(e.event_id for e in events),
        articles=tuple(article_refs),
        n_articles=len(canonical),
        n_sources=len(outlets),
        accounts=accounts,
        flags=flags,
    )


def _specificity(e: Event) -> tuple[int, int, int, int, str]:
    """Sort key: the most informative report first (named people, both sides, dated)."""
    people = sum(1 for a in (e.source, e.target) if a and (a.actor_id or "").startswith("person:"))
    known = sum(1 for a in (e.source, e.target) if a and a.country)
    return (-known, -people, _RANK.get(e.certainty, 99), e.date is None, e.event_id)


def _story_id(rep: Event, events: Sequence[Event]) -> str:
    countries = sorted(a.country or "" for a in (rep.source, rep.target) if a)
    key = "|".join([rep.type, *countries, min(e.event_id for e in events)])
    return "s-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def _votes(items: Sequence[_Item]) -> Iterable[tuple[str, _Item]]:
    """One (article, item) pair per canonical article and distinct value."""
    return ((i.ref.canonical, i) for i in items)


def _best_dates(items: Sequence[_Item]) -> tuple[date | None, date | None]:
    """The start most articles give (earliest on a tie), and the last day any gives."""
    votes: dict[date, set[str]] = defaultdict(set)
    for article, item in _votes(items):
        if item.start is not None:
            votes[item.start].add(article)
    if not votes:
        return None, None
    start = min(votes, key=lambda d: (-len(votes[d]), d))
    last = max(i.end for i in items if i.end is not None)
    return start, (last if last > start else None)


def _best_place(items: Sequence[_Item]) -> Location | None:
    votes: dict[str, set[str]] = defaultdict(set)
    best: dict[str, Location] = {}
    for article, item in _votes(items):
        loc = item.event.location
        if loc is None:
            continue
        votes[loc.name].add(article)
        if loc.name not in best or (best[loc.name].lat is None and loc.lat is not None):
            best[loc.name] = loc
    if not votes:
        return None
    name = min(votes, key=lambda n: (-len(votes[n]), best[n].lat is None, n))
    return best[name]


def _outlet(ref: ArticleRef, refs: Mapping[str, ArticleRef]) -> str:
    original = refs.get(ref.canonical, ref)
    return (original.outlet or f"?{original.id}").strip().lower()


def _figure(e: Event) -> int | None:
    if e.type not in FIGURE_TYPES or e.target is None:
        return None
    m = _FIGURE.search(e.target.text)
    if m is None:
        return None
    word = m.group(1).lower()
    return _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word.replace(",", ""))


def _accounts(
    items: Sequence[_Item], refs: Mapping[str, ArticleRef]
) -> tuple[tuple[Account, ...], tuple[str, ...]]:
    """Side-by-side accounts and flags, only when the reports disagree."""
    groups: dict[tuple[str | None, str | None], list[_Item]] = defaultdict(list)
    figures: dict[str | None, set[int]] = defaultdict(set)
    for item in items:
        e = item.event
        pair = (e.source.country if e.source else None, e.target.country if e.target else None)
        groups[pair].append(item)
        if (n := _figure(e)) is not None:
            figures[pair[1]].add(n)
    flags = []
    directed = [p for p in groups if None not in p and p[0] != p[1]]
    if any((b, a) in groups for a, b in directed):
        flags.append("contested-direction")
    if any(len(v) > 1 for v in figures.values()):
        flags.append("contested-figures")
    if not flags:
        return (), ()
    accounts = []
    for (src, tgt), members in sorted(groups.items(), key=lambda kv: str(kv[0])):
        evs = [i.event for i in members]
        accounts.append(
            Account(
                source_country=src,
                target_country=tgt,
                figures=tuple(sorted({n for e in evs if (n := _figure(e)) is not None})),
                article_ids=tuple(dict.fromkeys(i.ref.id for i in members)),
                outlets=tuple(
                    dict.fromkeys(refs.get(i.ref.id, i.ref).outlet or "?" for i in members)
                ),
                certainty=min((e.certainty for e in evs), key=lambda c: _RANK.get(c, 99)),
            )
        )
    return tuple(accounts), tuple(flags)


def stories_from_store(
    store: Store,
    query: EventQuery | None = None,
    *,
    rules: MergeRules | None = None,
    level_of: LevelOf | None = None,
) -> list[Story]:
    """Merge the stored events matching ``query`` (all by default) into stories."""
    events = list(store.iter_events(query))
    ids = sorted({e.article_id for e in events})
    refs = article_refs((c.article for c in store.get_articles(ids)), rules)
    return merge(events, refs, rules, level_of)
