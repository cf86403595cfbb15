"""Event-list filters: the last stage of coding a document.

Works on the events already built: one event per dyad and type, shared targets,
sourceless duplicates, crowd targets, 'as of' dates.

Moved out of coder.py unchanged (behaviour-preserving split); EventCoder calls them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Span

from parley.events.actor_inference import STATE_SECTORS
from parley.events.places import SECESSIONS, as_of
from parley.models import CONFLICT_TYPES, Actor, Event

MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE"})
# acts a sentence often tells twice, once with the other side named and once without
RESTATED_TYPES = MATERIAL_CONFLICT | {"CONSULT"}


CROWD_MODES = frozenset({"crowd-control"})


# a state's act whose other side another act of the same sentence names ("shot down a
# Russian helicopter ... and apologised": the apology is to Russia)
SHARED_TARGET_TYPES = frozenset(
    {"SANCTION", "THREATEN", "REJECT", "MOBILIZE", "ASSAULT", "REQUEST", "ACCUSE", "CONCEDE"}
)


def _as_of(event: Event, when: date | None) -> Event:
    """The event with the countries its places and actors had on the article's date
    ("Sudanese rebels shelled Juba" in 1992 happened in Sudan, not South Sudan)."""
    if when is None:
        return event
    codes = {event.location.country if event.location else None}
    codes |= {a.country for a in (event.source, event.target) if a is not None}
    if not codes & SECESSIONS.keys():
        return event

    def actor(a: Actor | None) -> Actor | None:
        return a if a is None else replace(a, country=as_of(a.country, when))

    location = event.location
    if location is not None:
        location = replace(location, country=as_of(location.country, when))
    return replace(event, location=location, source=actor(event.source), target=actor(event.target))


def _one_per_dyad(events: list[Event]) -> list[Event]:
    """One event per type and pair of countries from different words of a sentence:
    "stormed the village in Kosovo, killing a Kosovo police officer" and "held talks
    with Putin at the Kremlin, his first visit to Moscow" are one event each. Several
    targets of the same word stay apart when they differ in sector ("praised Colombia's
    government and the FARC") and are one event when they do not ("sanctioned Israeli
    ministers Ben-Gvir and Smotrich": one sanction of Israel's government per sender)."""
    out: list[Event] = []
    first_trigger: dict[tuple[object, ...], str | None] = {}
    same_word: set[tuple[object, ...]] = set()
    for e in events:
        if e.source is None or e.target is None or not e.target.country:
            out.append(e)
            continue
        # "a suicide bomber blew himself up in Jerusalem, killing 16 people": an actor of
        # no country is still one party, known by its mention
        party = e.source.country or ("mention", e.source.text)
        k = (e.type, party, e.target.country, e.negated, e.certainty == "speculative")
        if k in first_trigger and first_trigger[k] != e.trigger:
            continue
        word = (*k, e.source.text, e.target.sector, e.trigger)
        if word in same_word and e.target.sector is not None:
            continue
        same_word.add(word)
        first_trigger.setdefault(k, e.trigger)
        out.append(e)
    # "left Niger, completing a withdrawal": the withdrawal with no target is the same one
    placed = {
        (e.type, e.mode, e.source.country, e.negated, e.certainty == "speculative")
        for e in out
        if e.source is not None and e.source.country and e.target is not None
    }
    kept = [
        e
        for e in out
        if not (
            e.target is None
            and e.source is not None
            and (e.type, e.mode, e.source.country, e.negated, e.certainty == "speculative")
            in placed
        )
    ]
    # "a Houthi missile struck the carrier ..., killing three crew members": the toll of
    # an attack whose target is unnamed is the same attack
    # (and "exchanged fire across the Line of Control, killing two soldiers": of an
    # attack whose target is named, whatever its mode)
    unplaced = {
        (e.type, e.source.country or e.source.text, e.negated, e.certainty == "speculative")
        for e in kept
        if e.source is not None and (e.trigger or "").lower() not in TOLL_PARTICIPLES
    }
    # ("ambushed a World Food Programme convoy in eastern Congo, killing a driver": the
    # toll of an attack on a named target, whoever the dead are taken to be)
    aimed = {
        (e.type, e.source.country or e.source.text, e.negated, e.certainty == "speculative")
        for e in kept
        if e.source is not None
        and e.target is not None
        and e.target.country
        and (e.trigger or "").lower() not in TOLL_PARTICIPLES
    }
    return [
        e
        for e in kept
        if not (
            (e.trigger or "").lower() in TOLL_PARTICIPLES
            and e.source is not None
            and (e.type, e.source.country or e.source.text, e.negated, e.certainty == "speculative")
            in (unplaced if e.target is None or not e.target.country else aimed)
        )
    ]


TOLL_PARTICIPLES = frozenset({"killing", "wounding", "injuring"})


RETALIATION = re.compile(r"\b(retaliat|aveng|revenge)", re.IGNORECASE)


def _shared_targets(events: list[Event]) -> list[Event]:
    """ "suspended the treaty, blaming Islamabad for the killing": a state's act with no
    one named on the other side is aimed at the one foreign state its other acts in the
    sentence target."""
    others: dict[str, set[str]] = {}
    for e in events:  # (an ally in a cooperative act is not the other side)
        if e.type not in CONFLICT_TYPES or e.negated:
            continue
        if (
            e.source is not None
            and e.source.country
            and e.target is not None
            and e.target.country
            and e.target.country != e.source.country
        ):
            others.setdefault(e.source.country, set()).add(e.target.country)
    attackers = [
        e.source
        for e in events
        if e.type == "ASSAULT" and e.source is not None and e.source.country and not e.negated
    ]
    agreed: dict[str, list[Actor]] = {}  # whom each state agreed with (one party each)
    for e in events:
        if (
            e.type == "AGREE"
            and not e.negated
            and e.source is not None
            and e.source.country
            and e.target is not None
            and e.target.country not in (None, e.source.country)
        ):
            parties = agreed.setdefault(e.source.country, [])
            if all(p.country != e.target.country for p in parties):
                parties.append(e.target)
    out = []
    for e in events:
        if (
            e.type == "ASSAULT"
            and e.target is not None
            and e.target.country is None
            and e.target.actor_id is None
            and e.source is not None
            and e.source.country
        ):
            # "killed 1,200 people in southern Israel and took 240 hostages": the people
            # the same attackers seized in the same raid are of the state they attacked
            hit = {
                x.target.country
                for x in events
                if x.type == "ASSAULT"
                and x.source is not None
                and x.source.country == e.source.country
                and x.target is not None
                and x.target.country
                and x.target.country != e.source.country
            }
            if len(hit) == 1:
                e = replace(e, target=replace(e.target, country=next(iter(hit))))
        if (
            e.target is None
            and e.source is not None
            and e.type in ("THREATEN", "ASSAULT")
            and RETALIATION.search(e.sentence) is not None
        ):
            # "Iran vowed to retaliate after an air strike attributed to Israel": at the
            # attacker
            foes = [a for a in attackers if a.country != e.source.country]
            if len({a.country for a in foes}) == 1:
                e = replace(e, target=foes[0])
        if (
            e.target is None
            and e.source is not None
            and e.source.sector in STATE_SECTORS
            and (
                e.type in SHARED_TARGET_TYPES
                # "suspended the treaty with Pakistan and closed the border crossing": a
                # restriction beside acts against one foreign state is against it too
                or (e.type == "COERCE" and e.mode == "restrict")
            )
            and len(others.get(e.source.country or "", ())) == 1
        ):
            [code] = others[e.source.country]  # type: ignore[index]
            target = next(
                x.target for x in events if x.target is not None and x.target.country == code
            )
            e = replace(e, target=target)
        if (
            e.type == "REJECT"
            and e.target is None
            and e.source is not None
            and e.source.country
            and len(agreed.get(e.source.country, ())) == 1
        ):
            # "agreed to let U.N. inspectors reinstall cameras, but refused to restore
            # their access to Fordow": the refusal is to the party of the agreement
            e = replace(e, target=agreed[e.source.country][0])
        out.append(e)
    return out


def _own_side_between(sent: Span, events: list[Event]) -> list[Event]:
    """ "Macron hailed the friendship between France and Germany": the praise is of
    Germany, not of France; the speaker's own state named beside another in a
    "between" phrase is no target when the same act has the other as one."""
    if not any(t.lower_ == "between" and t.dep_ == "prep" for t in sent):
        return events
    foreign = {
        (e.type, e.trigger, e.source.country)
        for e in events
        if e.source is not None
        and e.target is not None
        and e.target.country
        and e.target.country != e.source.country
    }
    return [
        e
        for e in events
        if not (
            e.source is not None
            and e.target is not None
            and e.target.country == e.source.country
            and e.type in ("SUPPORT", "AGREE", "COOPERATE")
            and (e.type, e.trigger, e.source.country) in foreign
        )
    ]


RESPONSE = re.compile(
    r"\b(retaliat|aveng|revenge|respon|react|reprisal|consequence|countermeasure)", re.IGNORECASE
)


def _answered_attacks(events: list[Event], earlier: list[Event], index: int) -> list[Event]:
    """ "Israeli jets struck targets near Damascus. Syria vowed to retaliate.": a
    retaliation threatened (or carried out) with no one named is aimed at the one state
    that attacked the speaker's in the two sentences before."""
    out = []
    for e in events:
        src = e.source.country if e.source is not None else None
        said = e.sentence if e.type == "THREATEN" else e.trigger or ""  # "vowed to retaliate"
        if (
            e.target is None
            and src
            and src not in ("IGO", "NGO")
            and e.type in ("THREATEN", "ASSAULT")
            and RESPONSE.search(said)
        ):
            attackers = {
                x.source.country: x.source
                for x in earlier
                if index - 2 <= x.sentence_index < index
                and x.type in ("ASSAULT", "COERCE")
                and not x.negated
                and x.source is not None
                and x.target is not None
                and x.target.country == src
                and x.source.country not in (None, src, "IGO", "NGO")
            }
            if len(attackers) == 1:
                e = replace(e, target=next(iter(attackers.values())))
        out.append(e)
    return out


def _drop_sourceless_duplicates(events: list[Event]) -> list[Event]:
    """ "A dozen people were killed when Russian bombs struck a store in Kharkiv": the
    killing with no named perpetrator is the strike the sentence attributes, not a
    second attack."""
    attributed = {
        e.type
        for e in events
        if e.type in MATERIAL_CONFLICT
        and e.source is not None
        and e.source.country
        and not e.negated
        and e.certainty != "speculative"
    }
    return [e for e in events if not (e.type in attributed and e.source is None and not e.negated)]


def _drop_targetless_duplicates(events: list[Event]) -> list[Event]:
    """ "Haftar's forces shelled Tripoli, residents said, breaching a truce": the same
    side's act of the same kind told again in the sentence with no target is the act
    already coded with its target, not a second one; the same for a meeting restated
    ("had an audience with Pope Francis, his first meeting with the pontiff")."""
    aimed = {
        (e.type, e.source.country)
        for e in events
        if e.type in RESTATED_TYPES
        and e.source is not None
        and e.source.country
        and e.target is not None
        and e.target.country
        and not e.negated
        and e.certainty != "speculative"
    }
    return [
        e
        for e in events
        if not (
            e.target is None
            and e.source is not None
            and not e.negated
            and (e.type, e.source.country) in aimed
        )
    ]


def _crowd_targets(events: list[Event]) -> list[Event]:
    """ "Police used tear gas to break up a march by thousands of Albanians": the
    crowd control is aimed at the marchers, not at the city it happened in."""
    protests = [e for e in events if e.type == "PROTEST" and e.source and e.source.country]
    if not protests:
        return events
    out = []
    for e in events:
        placed = e.target is None or (
            e.target.sector is None
            and e.location is not None
            and e.target.country == e.location.country
        )
        if e.type in ("ASSAULT", "COERCE") and e.mode in CROWD_MODES and placed:
            e = replace(e, target=protests[0].source)
        out.append(e)
    return out


# a meeting or a signing sets the place of what its parties do there
MEETING_TYPES = frozenset({"CONSULT", "AGREE"})
AT_MEETING_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "REJECT", "CONCEDE"})


def _meeting_place(events: list[Event]) -> list[Event]:
    """ "signed an agreement in Pretoria" (the talks too), "visited Yerevan and
    announced that Paris would supply ...", "reaffirmed Ankara's support during a visit
    to Nakhchivan": a diplomatic act with no place of its own, by a party of the one
    meeting or signing the sentence places, happened there."""
    places = {
        (e.location.name, e.location.country): e
        for e in events
        if e.type in MEETING_TYPES and e.location is not None and e.location.country
    }
    if len(places) != 1:
        return events
    meeting = next(iter(places.values()))
    parties = {a.country for a in (meeting.source, meeting.target) if a and a.country}
    out = []
    for e in events:
        sides = {a.country for a in (e.source, e.target) if a and a.country}
        if e.location is None and e.type in AT_MEETING_TYPES and sides & parties:
            e = replace(e, location=meeting.location)
        out.append(e)
    return out
