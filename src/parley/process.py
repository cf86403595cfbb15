"""Peace processes: one account of each process across many articles.

A process is a set of parties (ISO codes, e.g. ARM and AZE). Its view is
derived from the stories (:mod:`parley.merge`) of the events that involve a
party:

- **rounds**: talks (CONSULT) between two parties that some report confirms,
  grouped when their dates touch; venue, mediators and hosts, participants,
  level and outcome come from the round's stories and articles;
- **tracks**: the rounds and unconfirmed (claimed) talks by level;
- **incidents**: ASSAULT, COERCE, MOBILIZE and THREATEN between the parties;
- **third parties**: who supports a party materially (AID, COOPERATE) and who
  mediates or hosts rounds;
- **indicators**: a weekly conflict-cooperation balance on the documented
  ``intensity`` scale with an escalation flag, and the time since the last
  round.

Every rule and threshold is documented in docs/PROCESS.md; the knowledge
(role -> level, outcome phrases) is data in ``data/process.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from parley.errors import ConfigError
from parley.merge import MergeRules, article_refs, merge, places_compatible
from parley.models import (
    CERTAINTIES,
    Actor,
    ArticleRef,
    CodedArticle,
    Event,
    EventQuery,
    Location,
    OutcomeEvidence,
    Participant,
    ProcessDef,
    ProcessStatus,
    ProcessView,
    Round,
    Story,
    ThirdParty,
    Track,
    WeekIndicator,
)
from parley.yamlload import load_yaml

if TYPE_CHECKING:
    from parley.settings import Settings
    from parley.store.base import Store

__all__ = [
    "INCIDENT_TYPES",
    "LEVELS",
    "OUTCOMES",
    "SUPPORT_TYPES",
    "Knowledge",
    "ProcessRules",
    "ProcessSuggestion",
    "RoleLookup",
    "build_process",
    "derived_meetings",
    "load_knowledge",
    "make_role_lookup",
    "parse_parties",
    "process_inputs",
    "show_process",
    "suggest_processes",
]

DATA = Path(__file__).parent / "data" / "process.yaml"

INCIDENT_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN")
SUPPORT_TYPES = ("AID", "COOPERATE")
OUTCOMES = ("agreement", "joint statement", "no agreement", "unknown")
LEVELS = ("leaders", "foreign ministers", "deputies/advisors", "commissions")
SUPPORT_KINDS = ("military", "economic", "humanitarian", "judicial", "intelligence", "refugees")

_RANK = {c: i for i, c in enumerate(CERTAINTIES)}
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class ProcessRules:
    """Thresholds of the process rules (documented in docs/PROCESS.md)."""

    merge: MergeRules = field(default_factory=MergeRules)
    round_gap_days: int = 1  # stories whose dates are this close form one round
    outcome_after_days: int = 2  # an AGREE/REJECT up to this long after a round is its outcome
    link_sentences: int = 3  # a third party this many sentences after a round's report is at it
    recent_weeks: int = 2
    trailing_weeks: int = 8
    min_history_weeks: int = 4
    min_drop: float = 2.5  # how far below the trailing range the recent mean must fall


# -- knowledge -------------------------------------------------------------------


@dataclass(frozen=True)
class Knowledge:
    """Role -> level mapping and outcome phrases, loaded from ``data/process.yaml``."""

    levels: tuple[tuple[str, frozenset[str]], ...]
    outcomes: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
    outcome_distance: int

    def level(self, role: str | None) -> str | None:
        for name, roles in self.levels:
            if role in roles:
                return name
        return None

    def outcome(self, sentence: str) -> str | None:
        for name, patterns in self.outcomes:
            if any(p.search(sentence) for p in patterns):
                return name
        return None


@lru_cache(maxsize=4)
def load_knowledge(path: Path = DATA) -> Knowledge:
    """Load and check the process knowledge file; raises ConfigError if malformed."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read process knowledge {path}: {exc}") from exc
    try:
        levels = tuple((str(x["name"]), frozenset(map(str, x["roles"]))) for x in data["levels"])
        outcomes = tuple(
            (str(name), tuple(re.compile(p, re.IGNORECASE) for p in patterns))
            for name, patterns in data["outcomes"].items()
        )
        distance = int(data.get("outcome_distance", 4))
    except (KeyError, TypeError, AttributeError, re.error) as exc:
        raise ConfigError(
            f"{path}: expected 'levels' (list of {{name, roles}}) and 'outcomes' "
            f"(outcome -> list of regular expressions): {exc}"
        ) from exc
    unknown = [n for n, _ in outcomes if n not in OUTCOMES] + [
        n for n, _ in levels if n not in LEVELS
    ]
    if unknown:
        raise ConfigError(f"{path}: unknown level or outcome name(s) {unknown}")
    return Knowledge(levels, outcomes, distance)


class RoleLookup:
    """The role (and so the level) of an actor on a date.

    People's roles are dated in the actor dictionary; other actors get a role
    from the role noun at the end of their text ("the two foreign ministers"
    -> foreign_minister, "advisors" -> aide).
    """

    def __init__(
        self,
        person_role: Callable[[str, date | None], str | None],
        noun_role: Callable[[str], str | None],
        country_names: dict[str, str] | None = None,
        knowledge: Knowledge | None = None,
    ) -> None:
        self._person_role = person_role
        self._noun_role = noun_role
        self.country_names = country_names or {}
        self.knowledge = knowledge or load_knowledge()

    def role(self, actor: Actor, when: date | None) -> str | None:
        if actor.actor_id and actor.actor_id.startswith("person:"):
            return self._person_role(actor.actor_id, when)
        return _noun_role(actor.text, self._noun_role)  # "advisors" -> aide

    def level(self, actor: Actor, when: date | None) -> str | None:
        return self.knowledge.level(self.role(actor, when))


_DETERMINERS = {"the", "a", "an", "two", "both", "its", "their", "his", "her", "three"}


def _noun_role(text: str, lookup: Callable[[str], str | None]) -> str | None:
    words = [w for w in re.findall(r"[\w-]+", text.lower()) if w not in _DETERMINERS]
    if not words:
        return None
    last = words[-1]
    singulars = [last]
    if last.endswith("ies"):
        singulars.append(last[:-3] + "y")
    elif last.endswith("s") and not last.endswith("ss"):
        singulars.append(last[:-1])
    for n in range(min(4, len(words)), 0, -1):
        for tail in singulars:
            role = lookup(" ".join([*words[-n:-1], tail]))
            if role:
                return role
    return None


def make_role_lookup(settings: Settings) -> RoleLookup:
    """A RoleLookup over the actor dictionary of these settings."""
    from parley.actors.dictionary import make_dictionary

    d = make_dictionary(settings)
    people = {
        e.actor_id: e for entries in d.aliases.values() for e in entries if e.kind == "person"
    }

    def person_role(actor_id: str, when: date | None) -> str | None:
        entry = people.get(actor_id)
        return entry.at(when)[1] if entry is not None else None

    def noun_role(term: str) -> str | None:
        noun = d.role(term)
        return noun.role if noun is not None else None

    return RoleLookup(person_role, noun_role, dict(d.countries))


# -- the view ----------------------------------------------------------------------


@dataclass
class _Ctx:
    defn: ProcessDef
    parties: frozenset[str]
    stories: list[Story]
    events: dict[str, Event]
    refs: dict[str, ArticleRef]
    articles: dict[str, CodedArticle]
    roles: RoleLookup | None
    knowledge: Knowledge
    rules: ProcessRules

    def between(self, s: Story) -> bool:
        a, b = s.countries
        return a in self.parties and b in self.parties and a != b

    def confirmed(self, s: Story) -> bool:
        """Some report asserts it, or reports it on the word of someone other than the media."""
        for eid in s.event_ids:
            e = self.events[eid]
            if e.certainty == "asserted":
                return True
            if e.certainty == "reported" and (
                e.attributed_to is None or e.attributed_to.sector != "MED"
            ):
                return True
        return False

    def role(self, actor: Actor, when: date | None) -> str | None:
        return self.roles.role(actor, when) if self.roles else None

    def name_of(self, country: str | None) -> str | None:
        if country is None or self.roles is None:
            return country
        return self.roles.country_names.get(country, country)


def build_process(
    defn: ProcessDef,
    events: Iterable[Event],
    articles: Iterable[CodedArticle],
    *,
    roles: RoleLookup | None = None,
    rules: ProcessRules | None = None,
    knowledge: Knowledge | None = None,
    as_of: date | None = None,
) -> ProcessView:
    """Derive the process view from events and their articles (no database needed).

    ``articles`` are the coded articles the events come from (their sentences
    hold outcome phrases, their texts reveal syndicated copies). ``as_of``
    defaults to the latest publication date among them.
    """
    rules = rules or ProcessRules()
    knowledge = knowledge or (roles.knowledge if roles else load_knowledge())
    parties = frozenset(defn.parties)
    coded = {c.article.id: c for c in articles}
    refs = article_refs([c.article for c in coded.values()], rules.merge)
    evs = {e.event_id: e for e in events if _touches(e, parties)}
    evs.update({e.event_id: e for e in derived_meetings(evs.values(), parties)})
    level_of = roles.level if roles else None
    stories = merge(evs.values(), refs, rules.merge, level_of)
    ctx = _Ctx(defn, parties, stories, evs, refs, coded, roles, knowledge, rules)
    rounds, claims = _rounds(ctx)
    pubs = [r.date for r in refs.values() if r.date is not None]
    when = as_of or (max(pubs) if pubs else None)
    incidents = tuple(s for s in stories if _is_incident(ctx, s))
    return ProcessView(
        process=defn.id,
        name=defn.name,
        parties=defn.parties,
        rounds=tuple(rounds),
        tracks=_tracks(ctx, rounds, claims),
        incidents=incidents,
        third_parties=_third_parties(ctx, rounds),
        indicators=_indicators(ctx, incidents, when),
        status=_status(ctx, rounds, incidents, when),
    )


def _touches(e: Event, parties: frozenset[str]) -> bool:
    return any(a is not None and a.country in parties for a in (e.source, e.target))


def derived_meetings(events: Iterable[Event], parties: frozenset[str]) -> list[Event]:
    """Meetings between parties implied by one sentence's talks with a common third party.

    "Michel hosted Aliyev and Pashinyan" is coded as two CONSULT events,
    Michel -> Aliyev and Michel -> Pashinyan; "A and B met with C" as A -> C
    and B -> C. When one sentence links two different parties to the same
    third actor, and codes no talks between the parties themselves, the
    process view counts a meeting between them: a CONSULT with the same
    date, place and certainty, and an event id made of the two it comes from.
    """
    by_sentence: dict[tuple[str, int], list[Event]] = defaultdict(list)
    for e in events:
        if e.type == "CONSULT" and not e.negated:
            by_sentence[(e.article_id, e.sentence_index)].append(e)
    out = []
    for group in by_sentence.values():
        if any(_pair(e, parties) for e in group):
            continue  # the coder already has the parties' own talks here
        via: dict[str, dict[str, Event]] = defaultdict(dict)
        for e in group:
            sides = [a for a in (e.source, e.target) if a is not None]
            third = [a for a in sides if a.country and a.country not in parties]
            party = [a for a in sides if a.country in parties]
            if len(third) == 1 and len(party) == 1 and party[0].country:
                key = third[0].actor_id or third[0].country or third[0].text
                via[key].setdefault(party[0].country, e)
        for per_party in via.values():
            if len(per_party) >= 2:
                a, b = (per_party[c] for c in sorted(per_party)[:2])
                out.append(_meeting(a, b, parties))
                break
    return out


def _pair(e: Event, parties: frozenset[str]) -> bool:
    a = e.source.country if e.source else None
    b = e.target.country if e.target else None
    return a in parties and b in parties and a != b


def _meeting(a: Event, b: Event, parties: frozenset[str]) -> Event:
    def party(e: Event) -> Actor | None:
        return next((x for x in (e.source, e.target) if x and x.country in parties), None)

    dates = [d for d in (a.date, b.date) if d is not None]
    ends = [d for d in (a.date_end, b.date_end, *dates) if d is not None]
    start = min(dates) if dates else None
    end = max(ends) if ends else None
    return Event(
        event_id=f"{a.event_id}+{b.event_id}",
        article_id=a.article_id,
        sentence=a.sentence,
        sentence_index=a.sentence_index,
        span=a.span,
        type="CONSULT",
        mode=None,
        contexts=tuple(sorted(set(a.contexts) | set(b.contexts))),
        source=party(a),
        target=party(b),
        date=start,
        date_end=end if start is not None and end is not None and end > start else None,
        location=a.location or b.location,
        certainty=min((a.certainty, b.certainty), key=lambda c: _RANK.get(c, 99)),
        attributed_to=a.attributed_to,
        negated=False,
        intensity=min((x for x in (a.intensity, b.intensity) if x is not None), default=None),
        trigger=f"derived: {a.trigger or 'talks'}",
        cameo=a.cameo,
    )


# -- rounds ------------------------------------------------------------------------


@dataclass
class _Draft:
    stories: list[Story]
    start: date
    end: date
    outcome_stories: list[Story] = field(default_factory=list)
    third: list[Story] = field(default_factory=list)  # third-party stories at the round

    @property
    def article_ids(self) -> set[str]:
        return {a.id for s in self.stories for a in s.articles}


def _rounds(ctx: _Ctx) -> tuple[list[Round], list[Story]]:
    talks = [s for s in ctx.stories if s.type == "CONSULT" and _usable(s) and ctx.between(s)]
    confirmed = [s for s in talks if ctx.confirmed(s) and s.date is not None]
    claims = [s for s in talks if not ctx.confirmed(s)]
    drafts = _group_talks(ctx, confirmed)
    standalone = _attach_outcomes(ctx, drafts)
    drafts += standalone
    for d in drafts:
        _link_third_parties(ctx, d)
    drafts.sort(key=lambda d: (d.start, d.end))
    rounds: list[Round] = []
    used: Counter[str] = Counter()
    for d in drafts:
        base = f"{ctx.defn.id}-{d.start.isoformat()}"
        used[base] += 1
        rid = base if used[base] == 1 else f"{base}-{used[base]}"
        rounds.append(_round(ctx, d, rid))
    return rounds, claims


def _link_third_parties(ctx: _Ctx, d: _Draft) -> None:
    """Find the third-party talks at a round; a dated mediation widens its dates."""
    window = timedelta(days=ctx.rules.merge.window_days)
    for s in ctx.stories:
        if s.type != "CONSULT" or s.certainty == "speculative" or _third_side(ctx, s) is None:
            continue
        if not _linked(ctx, s, d):
            continue
        d.third.append(s)
        mediation = s.mode == "third-party" or "mediation" in s.contexts
        if mediation and not s.negated and s.date is not None:
            end = s.date_end or s.date
            if d.start - window <= s.date and end <= d.end + window:
                d.start, d.end = min(d.start, s.date), max(d.end, end)


def _usable(s: Story) -> bool:
    return not s.negated and s.certainty != "speculative"


def _group_talks(ctx: _Ctx, talks: list[Story]) -> list[_Draft]:
    gap = timedelta(days=ctx.rules.round_gap_days)
    drafts: list[_Draft] = []
    for s in sorted(talks, key=lambda s: (s.date, s.date_end or s.date)):
        assert s.date is not None
        end = s.date_end or s.date
        last = drafts[-1] if drafts else None
        if (
            last is not None
            and s.date <= last.end + gap
            and all(
                places_compatible(s.location, o.location, ctx.rules.merge.max_km)
                for o in last.stories
            )
        ):
            last.stories.append(s)
            last.end = max(last.end, end)
        else:
            drafts.append(_Draft([s], s.date, end))
    return drafts


def _attach_outcomes(ctx: _Ctx, drafts: list[_Draft]) -> list[_Draft]:
    """AGREE/REJECT stories become outcomes of a round, or rounds of their own."""
    after = timedelta(days=ctx.rules.outcome_after_days)
    lookback = timedelta(days=ctx.rules.merge.lookback_days)
    standalone: list[_Draft] = []
    for s in ctx.stories:
        if s.type not in ("AGREE", "REJECT") or s.certainty == "speculative":
            continue
        if not ctx.between(s):
            continue
        arts = {a.id for a in s.articles}
        home = None
        for d in drafts:
            if s.date is not None:
                near = d.start - timedelta(days=1) <= s.date <= d.end + after
            else:
                near = (
                    bool(arts & d.article_ids)
                    and s.first_reported is not None
                    and (d.start <= s.first_reported <= d.end + lookback)
                )
            if near:
                home = d
                break
        if home is not None:
            home.outcome_stories.append(s)
        elif s.type == "AGREE" and not s.negated and s.date is not None and ctx.confirmed(s):
            standalone.append(_Draft([s], s.date, s.date_end or s.date, [s]))
    return standalone


def _round(ctx: _Ctx, d: _Draft, rid: str) -> Round:
    stories = list(dict.fromkeys([*d.stories, *d.outcome_stories]))
    own = d.article_ids
    refs = _refs(stories, keep=lambda s, a: s.date is not None or a.id in own)
    mediators, hosts = _third_at_round(ctx, d)
    participants = _participants(ctx, stories)
    level = _level(ctx, participants)
    evidence = _outcome_evidence(ctx, d)
    modes = {ctx.events[eid].mode for s in d.stories for eid in s.event_ids}
    third_countries = {p.country for p in (*mediators, *hosts)}
    if len(third_countries) >= 2 or "multilateral" in modes:
        fmt = "multilateral"
    elif mediators:
        fmt = "mediated"
    else:
        fmt = "bilateral"
    return Round(
        round_id=rid,
        start=d.start,
        end=d.end,
        venue=_venue(d.stories),
        format=fmt,
        mediators=tuple(mediators),
        hosts=tuple(hosts),
        participants=tuple(participants),
        level=level,
        outcome=_decide(evidence, ctx.refs),
        outcome_evidence=tuple(evidence),
        story_ids=tuple(s.story_id for s in stories),
        articles=tuple(refs),
        n_articles=len({r.canonical for r in refs}),
        n_sources=len({_outlet(r, ctx.refs) for r in refs}),
        certainty=min((s.certainty for s in stories), key=lambda c: _RANK.get(c, 99)),
    )


def _refs(
    stories: Iterable[Story], keep: Callable[[Story, ArticleRef], bool] | None = None
) -> list[ArticleRef]:
    """The stories' articles, oldest first (``keep``: which of a story's articles count)."""
    seen: dict[str, ArticleRef] = {}
    for s in stories:
        for a in s.articles:
            if keep is None or keep(s, a):
                seen.setdefault(a.id, a)
    return sorted(seen.values(), key=lambda a: (a.date or date.max, a.id))


def _outlet(ref: ArticleRef, refs: dict[str, ArticleRef]) -> str:
    original = refs.get(ref.canonical, ref)
    return (original.outlet or f"?{original.id}").strip().lower()


def _venue(stories: Sequence[Story]) -> Location | None:
    votes: Counter[str] = Counter()
    best: dict[str, Location] = {}
    for s in stories:
        if s.location is not None:
            votes[s.location.name] += s.n_articles
            best.setdefault(s.location.name, s.location)
    if not votes:
        return None
    return best[min(votes, key=lambda n: (-votes[n], best[n].lat is None, n))]


def _participants(ctx: _Ctx, stories: Sequence[Story]) -> list[Participant]:
    """Party delegates: named people if any, else the best role-holder or the state."""
    by_country: dict[str, dict[str, Participant]] = defaultdict(dict)
    for s in stories:
        for eid in s.event_ids:
            e = ctx.events[eid]
            for a in (e.source, e.target):
                if a is None or a.country not in ctx.parties:
                    continue
                role = ctx.role(a, e.date or s.date)
                person = (a.actor_id or "").startswith("person:")
                key = a.actor_id if person and a.actor_id else f"{a.country}:{role}"
                name = a.name or a.text
                if not person:
                    name = _strip_determiner(a.text) if role else ctx.name_of(a.country) or name
                by_country[a.country].setdefault(
                    key, Participant(name, a.country, role, a.actor_id)
                )
    out: list[Participant] = []
    for country in sorted(by_country):
        found = list(by_country[country].values())
        people = [p for p in found if (p.actor_id or "").startswith("person:")]
        roled = [p for p in found if p.role and p not in people]
        out += people or roled[:1] or found[:1]
    return out


def _strip_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words) or text


def _level(ctx: _Ctx, participants: Sequence[Participant]) -> str | None:
    levels = {ctx.knowledge.level(p.role) for p in participants} - {None}
    return next((lvl for lvl in LEVELS if lvl in levels), None)


def _third_at_round(ctx: _Ctx, d: _Draft) -> tuple[list[Participant], list[Participant]]:
    """Mediators (coded mediation, never denied) and hosts of a round."""
    venue = _venue(d.stories)
    found: dict[str, Participant] = {}
    mediating: set[str] = set()
    denied: set[str] = set()
    for s in d.third:
        third = _third_side(ctx, s)
        assert third is not None
        key = third.country or third.text
        pid = third.actor_id or key
        person = (third.actor_id or "").startswith("person:")
        name = third.name or third.text if person else ctx.name_of(third.country) or third.text
        if s.negated:
            denied.add(key)
            continue
        if person or pid not in found:
            found[pid] = Participant(name, third.country, None, third.actor_id)
        if s.mode == "third-party" or "mediation" in s.contexts:
            mediating.add(key)
    mediators, hosts = [], []
    for p in _prefer_people(found.values()):
        key = p.country or p.name
        if key in mediating and key not in denied:
            mediators.append(Participant(p.name, p.country, "mediator", p.actor_id))
        elif key in denied or key in mediating or (venue and venue.country == p.country):
            hosts.append(Participant(p.name, p.country, "host", p.actor_id))
        else:
            hosts.append(Participant(p.name, p.country, "third-party participant", p.actor_id))
    return mediators, hosts


def _prefer_people(found: Iterable[Participant]) -> list[Participant]:
    """One entry per country: its named people, else the state itself."""
    by_country: dict[str, list[Participant]] = defaultdict(list)
    for p in found:
        by_country[p.country or p.name].append(p)
    out = []
    for items in by_country.values():
        people = [p for p in items if (p.actor_id or "").startswith("person:")]
        out += people or items[:1]
    return out


def _third_side(ctx: _Ctx, s: Story) -> Actor | None:
    sides = [a for a in (s.source, s.target) if a is not None]
    third = [a for a in sides if a.country and a.country not in ctx.parties]
    party = [a for a in sides if a.country in ctx.parties]
    if len(third) != 1 or len(sides) - len(third) != len(party):
        return None  # two outsiders, or an unknown side that is not a party
    return third[0]


def _linked(ctx: _Ctx, s: Story, d: _Draft) -> bool:
    """A third-party story is at a round if an article tells it just after the round.

    Or, when it is dated within a day of the round, if it happened at a
    compatible place.
    """
    if _next_to(ctx, s, d):
        return True
    if s.date is None or s.location is None:
        return False
    day = timedelta(days=1)
    if not d.start - day <= s.date <= d.end + day:
        return False
    venue = _venue(d.stories)
    return venue is not None and places_compatible(s.location, venue, ctx.rules.merge.max_km)


def _anchors(ctx: _Ctx, d: _Draft) -> dict[str, list[int]]:
    """Per article, the sentences that report the round as news (with a date)."""
    at: dict[str, list[int]] = defaultdict(list)
    for story in d.stories:
        for eid in story.event_ids:
            e = ctx.events[eid]
            if e.date is not None:
                at[e.article_id].append(e.sentence_index)
    return at


def _next_to(ctx: _Ctx, s: Story, d: _Draft) -> bool:
    """Some article reports ``s`` from one sentence before to a few after the round."""
    at = _anchors(ctx, d)
    reach = ctx.rules.link_sentences
    for eid in s.event_ids:
        e = ctx.events[eid]
        if any(i - 1 <= e.sentence_index <= i + reach for i in at.get(e.article_id, ())):
            return True
    return False


def _outcome_evidence(ctx: _Ctx, d: _Draft) -> list[OutcomeEvidence]:
    out: list[OutcomeEvidence] = []
    for s in d.outcome_stories:
        if s.type == "AGREE" and not s.negated:
            outcome = "joint statement" if "joint statement" in s.sentence.lower() else "agreement"
        else:
            outcome = "no agreement"
        for eid in s.event_ids:
            e = ctx.events[eid]
            if s.date is None and e.article_id not in d.article_ids:
                # an undated outcome is placed at a round by the articles that report the
                # round; its copies in other articles (an undated "agreed to meet again"
                # a week later, merged with it) tell of another round
                continue
            out.append(OutcomeEvidence(outcome, e.article_id, e.sentence, "event"))
    out += _cue_evidence(ctx, d)
    return out


def _cue_evidence(ctx: _Ctx, d: _Draft) -> list[OutcomeEvidence]:
    """Outcome phrases in the sentences that follow a report of the round."""
    anchors = _anchors(ctx, d)
    other_talks = {
        eid
        for s in ctx.stories
        if s.type == "CONSULT" and ctx.between(s) and s not in d.stories
        for eid in s.event_ids
    }
    out = []
    for aid in sorted(d.article_ids):
        coded = ctx.articles.get(aid)
        if coded is None:
            continue
        evs_at: dict[int, set[str]] = defaultdict(set)
        for e in coded.events:
            evs_at[e.sentence_index].add(e.event_id)
        starts = sorted(set(anchors.get(aid, ())))
        for sent in _following(coded, starts, evs_at, other_talks, ctx.knowledge.outcome_distance):
            if (outcome := ctx.knowledge.outcome(sent)) is not None:
                out.append(OutcomeEvidence(outcome, aid, sent, "cue"))
                break
    return out


def _following(
    coded: CodedArticle,
    starts: list[int],
    evs_at: dict[int, set[str]],
    other_talks: set[str],
    distance: int,
) -> Iterator[str]:
    """Sentences from a report of the round on, until another round's report."""
    done: set[int] = set()
    for start in starts:
        for s in coded.sentences:
            if s.index < start or s.index > start + distance or s.index in done:
                continue
            if s.index != start and evs_at.get(s.index, set()) & other_talks:
                break
            done.add(s.index)
            if not s.opinion:
                yield s.text


def _decide(evidence: Sequence[OutcomeEvidence], refs: dict[str, ArticleRef]) -> str:
    """The outcome most articles support (copies count once); a tie is 'unknown'."""
    votes: dict[str, set[str]] = defaultdict(set)
    for ev in evidence:
        ref = refs.get(ev.article_id)
        votes[ev.outcome].add(ref.canonical if ref else ev.article_id)
    if not votes:
        return "unknown"
    ranked = sorted(votes.items(), key=lambda kv: -len(kv[1]))
    if len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1]):
        return "unknown"
    return ranked[0][0]


# -- tracks ------------------------------------------------------------------------


def _tracks(ctx: _Ctx, rounds: Sequence[Round], claims: Sequence[Story]) -> tuple[Track, ...]:
    by_level: dict[str | None, dict[str, Any]] = defaultdict(
        lambda: {"rounds": [], "stories": [], "claims": [], "dates": [], "by": [], "parallel": []}
    )
    for r in rounds:
        t = by_level[r.level]
        t["rounds"].append(r.round_id)
        t["stories"] += r.story_ids
        t["dates"] += [d for d in (r.start, r.end) if d]
    for s in claims:
        level = _level(ctx, _participants(ctx, [s]))
        t = by_level[level]
        t["claims"].append(s)
        t["stories"].append(s.story_id)
        t["dates"] += [d for d in (s.when,) if d]
        t["by"] += [
            e.attributed_to.text
            for eid in s.event_ids
            if (e := ctx.events[eid]).attributed_to is not None
        ]
        arts = {a.id for a in s.articles}
        t["parallel"] += [r.round_id for r in rounds if arts & {a.id for a in r.articles}]
    out = []
    for level in sorted(by_level, key=lambda lvl: LEVELS.index(lvl) if lvl in LEVELS else 99):
        t = by_level[level]
        name = (
            f"{level}' track"
            if level and level.endswith("s")
            else f"{level or 'unspecified'} track"
        )
        out.append(
            Track(
                name=name,
                level=level,
                claimed=not t["rounds"],
                round_ids=tuple(t["rounds"]),
                story_ids=tuple(dict.fromkeys(t["stories"])),
                first=min(t["dates"]) if t["dates"] else None,
                last=max(t["dates"]) if t["dates"] else None,
                claimed_by=tuple(dict.fromkeys(t["by"])),
                parallel_to=tuple(dict.fromkeys(t["parallel"])),
                articles=tuple(_refs(t["claims"])),
            )
        )
    return tuple(out)


# -- incidents, third parties, indicators -----------------------------------------------


def _is_incident(ctx: _Ctx, s: Story) -> bool:
    if s.type not in INCIDENT_TYPES or not _usable(s):
        return False
    known = [c for c in s.countries if c is not None]
    return (
        bool(known) and set(known) <= ctx.parties and not (len(known) == 2 and known[0] == known[1])
    )


def _third_parties(ctx: _Ctx, rounds: Sequence[Round]) -> tuple[ThirdParty, ...]:
    support: dict[tuple[str, str], list[Story]] = defaultdict(list)
    for s in ctx.stories:
        if s.type not in SUPPORT_TYPES or not _usable(s):
            continue
        third = _third_side(ctx, s)
        party = next((c for c in s.countries if c in ctx.parties), None)
        if third is None or party is None or None in s.countries:
            continue
        key = third.country if third.country != "IGO" else (third.name or third.text)
        support[(key or "?", party)].append(s)
    out = []
    for (key, party), stories in sorted(support.items()):
        refs = _refs(stories)
        kinds = sorted({c for s in stories for c in s.contexts if c in SUPPORT_KINDS})
        country = key if _ISO3.match(key) and key != "IGO" else "IGO"
        out.append(
            ThirdParty(
                name=ctx.name_of(key) or key if country != "IGO" else key,
                country=country,
                role="supporter",
                supports=party,
                kinds=tuple(kinds or ["unspecified"]),
                types=tuple(sorted({s.type for s in stories})),
                story_ids=tuple(s.story_id for s in stories),
                articles=tuple(refs),
                n_articles=len({r.canonical for r in refs}),
            )
        )
    seen: dict[tuple[str, str], list[tuple[Participant, Round]]] = defaultdict(list)
    for r in rounds:
        for p in (*r.mediators, *r.hosts):
            seen[(p.name, p.role or "host")].append((p, r))
    for (name, role), items in sorted(seen.items()):
        rids = tuple(dict.fromkeys(r.round_id for _, r in items))
        arts = {a.id: a for _, r in items for a in r.articles}
        out.append(
            ThirdParty(
                name=name,
                country=items[0][0].country,
                role=role,
                round_ids=rids,
                articles=tuple(sorted(arts.values(), key=lambda a: (a.date or date.max, a.id))),
                n_articles=len({a.canonical for a in arts.values()}),
            )
        )
    return tuple(out)


def _story_day(s: Story) -> date | None:
    return s.when


def _indicators(
    ctx: _Ctx, incidents: Sequence[Story], as_of: date | None
) -> tuple[WeekIndicator, ...]:
    """Weekly sums of story intensities between the parties, with the escalation rule."""
    counted = {
        s.story_id: s
        for s in ctx.stories
        if _usable(s) and s.intensity is not None and ctx.between(s)
    }
    counted.update({s.story_id: s for s in incidents if s.intensity is not None})
    dated = [
        (d, s)
        for s in counted.values()
        if (d := _story_day(s)) is not None and (as_of is None or d <= as_of)
    ]
    if not dated:
        return ()
    first = _monday(min(d for d, _ in dated))
    last = _monday(as_of or max(d for d, _ in dated))
    weeks: dict[date, list[float]] = {
        first + timedelta(weeks=i): [] for i in range((last - first).days // 7 + 1)
    }
    for d, s in dated:
        weeks.setdefault(_monday(d), []).append(float(s.intensity or 0.0))
    starts = sorted(weeks)
    balances = [sum(weeks[w]) for w in starts]
    rows = []
    for i, w in enumerate(starts):
        values = weeks[w]
        iso = w.isocalendar()
        rows.append(
            WeekIndicator(
                week=f"{iso.year}-W{iso.week:02d}",
                start=w,
                n_stories=len(values),
                conflict=round(sum(v for v in values if v < 0), 2),
                cooperation=round(sum(v for v in values if v > 0), 2),
                balance=round(balances[i], 2),
                escalation=_escalating(balances, i, ctx.rules),
            )
        )
    return tuple(rows)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _escalating(balances: Sequence[float], i: int, rules: ProcessRules) -> bool:
    """Recent weeks' mean balance negative and ``min_drop`` below the trailing weeks' lowest."""
    recent = balances[max(0, i - rules.recent_weeks + 1) : i + 1]
    trailing = balances[
        max(0, i - rules.recent_weeks - rules.trailing_weeks + 1) : max(
            0, i - rules.recent_weeks + 1
        )
    ]
    if len(trailing) < rules.min_history_weeks:
        return False
    mean = sum(recent) / len(recent)
    return mean < 0 and mean < min(trailing) - rules.min_drop


def _status(
    ctx: _Ctx, rounds: Sequence[Round], incidents: Sequence[Story], as_of: date | None
) -> ProcessStatus:
    past = [r for r in rounds if as_of is None or (r.start and r.start <= as_of)]
    last = max(past, key=lambda r: r.end or r.start or date.min, default=None)
    last_end = (last.end or last.start) if last else None
    indicators = _indicators(ctx, incidents, as_of)
    return ProcessStatus(
        as_of=as_of,
        n_articles=len({r.canonical for r in ctx.refs.values()}),
        n_stories=len(ctx.stories),
        last_round=last.round_id if last else None,
        last_round_end=last_end,
        days_since_last_round=(as_of - last_end).days if as_of and last_end else None,
        escalation=bool(indicators and indicators[-1].escalation),
    )


# -- definitions, suggestions, store access ---------------------------------------------


def parse_parties(text: str) -> tuple[str, ...]:
    """ "ARM,AZE" -> ("ARM", "AZE"); raises ConfigError unless 2+ distinct ISO3 codes."""
    parties = tuple(dict.fromkeys(p.strip().upper() for p in text.split(",") if p.strip()))
    bad = [p for p in parties if not _ISO3.match(p)]
    if bad or len(parties) < 2:
        raise ConfigError(
            f"--parties {text!r}: give two or more ISO 3166-1 alpha-3 codes separated by "
            "commas, e.g. ARM,AZE" + (f" ({', '.join(bad)} not a code)" if bad else "")
        )
    return parties


@dataclass(frozen=True)
class ProcessSuggestion:
    """A pair of countries with both talks and incidents: a process worth defining."""

    parties: tuple[str, str]
    talks: int  # articles reporting talks between them
    incidents: int  # articles reporting incidents between them
    defined: str | None = None  # id of an existing process with these parties

    @property
    def id(self) -> str:
        return "-".join(self.parties)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "parties": list(self.parties),
            "talks": self.talks,
            "incidents": self.incidents,
            "defined": self.defined,
        }


def suggest_processes(
    events: Iterable[Event],
    defined: Iterable[ProcessDef] = (),
    *,
    min_talks: int = 1,
    min_incidents: int = 1,
) -> list[ProcessSuggestion]:
    """Country pairs with at least ``min_talks`` and ``min_incidents`` reporting articles."""
    talks: dict[tuple[str, str], set[str]] = defaultdict(set)
    clashes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in events:
        a = e.source.country if e.source else None
        b = e.target.country if e.target else None
        if e.negated or e.certainty == "speculative" or not a or not b or a == b:
            continue
        if not (_ISO3.match(a) and _ISO3.match(b)) or "IGO" in (a, b):
            continue
        pair = (min(a, b), max(a, b))
        if e.type == "CONSULT":
            talks[pair].add(e.article_id)
        elif e.type in INCIDENT_TYPES:
            clashes[pair].add(e.article_id)
    known = {frozenset(p.parties): p.id for p in defined}
    out = [
        ProcessSuggestion(pair, len(talks[pair]), len(clashes[pair]), known.get(frozenset(pair)))
        for pair in set(talks) | set(clashes)
        if len(talks[pair]) >= min_talks and len(clashes[pair]) >= min_incidents
    ]
    out.sort(key=lambda s: (-min(s.talks, s.incidents), -(s.talks + s.incidents), s.id))
    return out


def process_inputs(store: Store, defn: ProcessDef) -> tuple[list[Event], list[CodedArticle]]:
    """The stored events that involve a party, and the coded articles they come from."""
    events: dict[str, Event] = {}
    for party in defn.parties:
        for e in store.iter_events(EventQuery(country=party)):
            events[e.event_id] = e
    ids = sorted({e.article_id for e in events.values()})
    return list(events.values()), store.get_articles(ids)


def show_process(
    store: Store,
    process_id: str,
    settings: Settings,
    *,
    as_of: date | None = None,
    rules: ProcessRules | None = None,
) -> ProcessView:
    """The view of a stored process definition; raises ConfigError if it is unknown."""
    defn = store.get_process(process_id)
    if defn is None:
        hint = ""
        parts = process_id.upper().split("-")
        if len(parts) >= 2 and all(_ISO3.match(p) for p in parts):
            hint = f" (add it: parley process add {process_id} --parties {','.join(parts)})"
        raise ConfigError(f"no process {process_id!r} is defined in this database{hint}")
    events, articles = process_inputs(store, defn)
    return build_process(
        defn, events, articles, roles=make_role_lookup(settings), rules=rules, as_of=as_of
    )
