"""Actor and country inference: the fourth stage of coding a sentence.

Gives each resolved actor a country (foreign forces, a home government, countries named
nearby), pairs sources with targets and drops duplicate pairs.

Moved out of coder.py unchanged (behaviour-preserving split); EventCoder calls them.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import product

from parley.events.tokens import _same
from parley.models import SYMMETRIC_TYPES, Actor

INSURGENT_SECTORS = frozenset({"REB", "OPP", "CVL", "CRM"})


VERBAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)


# events a state does to people at home: an unnamed target shares the source's country
DOMESTIC_TYPES = frozenset({"COERCE", "RETREAT", "CONCEDE", "PROTEST"})


FOREIGN_MODES = frozenset({"deport", "expel"})  # done to foreigners


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})


def _with_country(actor: Actor, code: str) -> Actor:
    return replace(actor, country=code)


# words by which wire copy calls forces foreign to where they act ("allied warplanes")
FOREIGN_FORCE_WORDS = frozenset({"allied", "coalition", "foreign", "multinational"})


def _words(actor: Actor) -> list[str]:
    """The actor's words in lower case, without a leading article."""
    words = actor.text.lower().split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words


def _called_foreign(actor: Actor) -> bool:
    """An actor whose own words say it is not of the place ("foreign diplomats", "allied
    troops", "Western envoys")."""
    words = _words(actor)
    return bool(words) and (words[0] in FOREIGN_FORCE_WORDS or words[0] in REGIONAL_WORDS)


def _foreign_forces(actor: Actor) -> bool:
    """Unnamed forces described as foreign or allied ("Allied warplanes", "coalition
    troops", "foreign forces"), whose country the place cannot give."""
    words = _words(actor)
    if actor.country is not None or actor.actor_id is not None or not words:
        return False
    if words[-1] in ("power", "powers") and len(words) > 1:
        return True  # "world powers", "major powers": many states, none the place's
    if words[0] in REGIONAL_WORDS and len(words) > 1:
        return True  # "Arab leaders meeting in Cairo", "Western diplomats in Kyiv": many states
    if len(words) > 2 and words[0] in COMPASS_WORDS and words[1] in CONTINENT_ADJECTIVES:
        return True  # "South American leaders", "East African troops": a region's states
    return actor.sector in ("MIL", "REB") and words[0] in FOREIGN_FORCE_WORDS


# people wire copy names only by the attack they made ("gunmen", "a suicide bomber"):
# with no nationality or group given, the place or the victims' country is not theirs
ANONYMOUS_ATTACKERS = frozenset(
    {
        "gunman",
        "gunmen",
        "attacker",
        "attackers",
        "assailant",
        "assailants",
        "bomber",
        "bombers",
        "kidnapper",
        "kidnappers",
        "hijacker",
        "hijackers",
    }
)


def _anonymous_attacker(actor: Actor) -> bool:
    """ "Gunmen kidnapped two Italian aid workers in Baghdad", "a suicide bomber blew
    himself up in Jerusalem": an attacker the text gives no country or group keeps none
    (unlike "rebels in northern Mali", a side of a war that is fought there)."""
    words = actor.text.split()
    return (
        actor.country is None
        and actor.actor_id is None
        and bool(words)
        and words[-1].lower() in ANONYMOUS_ATTACKERS
        # (not "Islamic State gunmen", "Al-Qaeda gunmen": a group's name, capitalised
        # past its first word or inside it)
        and not any(w[:1].isupper() for w in words[1:-1])
        and not (len(words) > 1 and any(p[:1].isupper() for p in words[0].split("-")[1:]))
    )


COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "southeast", "northeast", "northwest"}
)


CONTINENT_ADJECTIVES = frozenset({"american", "african", "asian", "european"})


# words that make an unnamed group one of several states, not of the place it is in
REGIONAL_WORDS = frozenset(
    {
        "arab",
        "african",
        "asian",
        "european",
        "western",
        "gulf",
        "nordic",
        "baltic",
        "balkan",
        "latin",
        "international",
    }
)


def _infer_countries(
    type_: str,
    sources: list[Actor],
    targets: list[Actor],
    place: str | None,
    home: str | None = None,
    mode: str | None = None,
    dateline: str | None = None,
) -> tuple[list[Actor], list[Actor]]:
    """Countries the text implies for unnamed actors with a sector and no country:
    the country of the place the event happened in ("rebels ... in northern Mali"), or,
    for an armed or civil group fighting a state's forces, that state ("rebels killed
    Malian soldiers"), or else the one country the sentence (or the dateline) names
    ("police fired tear gas at Zaman's supporters"). That last guess is not made for
    whom armed forces attack: "Russian soldiers killed civilians" says nothing of where.
    Named people and organisations keep what the dictionary says."""
    armed = type_ == "ASSAULT" and any(s.sector in ("MIL", "REB") for s in sources)
    if sources and all(_anonymous_attacker(s) for s in sources):
        # "Gunmen killed 39 people in a township south of Johannesburg": no force of
        # one state attacking abroad, so whom they attack are of the place
        armed = False
    # "Pakistan expelled two diplomats": whom a state expels, accuses or meets is not
    # its own just because the sentence names no other country
    foreign = (type_ not in DOMESTIC_TYPES | {"ASSAULT"} or mode in FOREIGN_MODES) and home in {
        s.country for s in sources if s.sector in STATE_SECTORS | {"REB"}
    }  # (a union's "pressed the government" is its own government; whom a state
    # deports is not its own; "the Houthis warned shipping companies": nor are whom an
    # armed group warns or accuses)
    named = {a.country for a in sources + targets if a.country not in (None, "IGO", "NGO", place)}
    two_sided = type_ in SYMMETRIC_TYPES or mode == "ceasefire"  # a truce binds two sides
    if two_sided and place is not None and named and place not in named:
        # "Venezuela's government and the opposition signed an agreement in Barbados",
        # "Ukrainian officials and rebel leaders met in Minsk", "a ceasefire between the
        # army and ethnic armed groups in talks in Kunming": the venue of talks or a
        # signing is no party's home; an unnamed party is of the one country named
        place = next(iter(named)) if len(named) == 1 else None
    # "Rebels signed the deal in Doha", "opposition figures met in Geneva": with no
    # country named, the venue of talks is still no home of the rebels or opposition
    venue = (
        type_ in SYMMETRIC_TYPES
        and place is not None
        and not named
        # (with a state's forces a party, "rebels and the army agreed to a ceasefire in
        # northern Mali" is at home)
        and not any(a.sector in STATE_SECTORS for a in sources + targets)
    )
    # "Congress approved military aid to Israel": whoever acts on a named state from
    # outside is not of that state just because it is the one the sentence names
    abroad = type_ not in DOMESTIC_TYPES | {"ASSAULT"} and home in {
        t.country for t in targets if t.sector in STATE_SECTORS
    }

    # "the junta suspended the French broadcaster", "police arrested a French journalist":
    # a country only a nationality word on the target names marks foreigners (media,
    # companies), not the country of whoever acts on them (but "Zaman", a named paper)
    visitors = (
        home is not None
        and not any(s.country for s in sources)
        and any(t.country == home for t in targets)
        and all(
            t.sector in ("MED", "BUS")
            and (t.actor_id or "country:").startswith("country:")
            and " " in t.text
            for t in targets
            if t.country == home
        )
    )

    # "the RSF accused the army of bombing markets": an armed group of the home country
    # speaking of unnamed state forces means its own state's (not a foreign army)
    insurgents_home = bool(sources) and all(
        s.sector == "REB" and s.country == home for s in sources
    )

    def fill(actors: list[Actor], others: list[Actor], side: str) -> list[Actor]:
        out = []
        for a in actors:
            if (
                _proper_name(a)
                or _foreign_forces(a)
                or (side == "source" and _anonymous_attacker(a))
            ):
                # "blogger Pavel Lisitsyn": a named person keeps no country; "allied
                # warplanes pounded Baghdad": forces the text calls foreign are not the
                # place's or the sentence's one country
                out.append(a)
                continue
            if (
                (
                    side == "target"
                    or (
                        a.sector == "NGO"
                        and (
                            any(o.country for o in others)
                            # "rights groups accused the army and the rebels": forces
                            # the sentence's home country will give a country, too
                            or (
                                home is not None and any(o.sector in ("MIL", "REB") for o in others)
                            )
                        )
                    )
                )
                and a.country is None
                and a.sector in ("IGO", "NGO")
                and a.actor_id is None
            ):
                # "a convoy of World Central Kitchen aid workers": the organisation's, not
                # the country it works in; "aid agencies pressed the junta": an NGO acting
                # on a named party (not "aid agencies warn", a warning to nobody)
                a = _with_country(a, a.sector)
            elif a.country is None and a.sector == "REB" and a.actor_id is not None and place:
                # "drove Islamic State militants out of the Syrian town of Kobani": a
                # transnational group takes the country it fights in
                a = _with_country(a, place)
            elif a.country is None and a.sector is not None and a.actor_id is None:
                if (venue and a.sector in INSURGENT_SECTORS) or (
                    type_ in SYMMETRIC_TYPES and _travellers(a)
                ):
                    out.append(a)  # "the two delegations held talks in Geneva": not Swiss
                    continue
                if place is not None:
                    a = _with_country(a, place)
                elif (
                    a.sector in INSURGENT_SECTORS
                    and type_ in ("ASSAULT", "COERCE")
                    and mode not in FOREIGN_MODES
                    # "U.S. forces killed 11 people": whom forces attack is not theirs
                    and not (side == "target" and armed and a.sector == "CVL")
                ):
                    state = next(
                        (o for o in others if o.country and o.sector in STATE_SECTORS), None
                    )
                    if state is not None:
                        a = _with_country(a, state.country)  # type: ignore[arg-type]
                if (
                    a.country is None
                    and home is not None
                    and a.sector not in ("IGO", "NGO")  # "aid agencies warn": nobody's
                    # ("Maduro accused the opposition": a state's opposition is its own)
                    and not (
                        side == "target"
                        and (
                            # ("NATO aircraft bombed a train south of Belgrade, killing
                            # civilians": the one country named is no attacker's own)
                            (
                                armed
                                and not (
                                    all(o.country for o in others)
                                    and home not in {o.country for o in others}
                                )
                            )
                            or (
                                foreign
                                and a.sector != "OPP"
                                and not (
                                    insurgents_home
                                    and a.sector in STATE_SECTORS
                                    and not _called_foreign(a)  # ("foreign diplomats")
                                )
                            )
                        )
                    )
                    and not (side == "source" and abroad and a.sector in STATE_SECTORS)
                    # "Authorities deported 200 Afghans to Afghanistan": the deportees'
                    # country is not the deporters'
                    and not (
                        side == "source"
                        and mode in FOREIGN_MODES
                        and home in {o.country for o in others}
                    )
                    and not (side == "source" and visitors)
                ):
                    a = _with_country(a, home)
                elif (
                    side == "source"
                    and abroad
                    and a.country is None
                    and a.sector in STATE_SECTORS
                    and dateline not in (None, home, "IGO", "NGO")
                ):
                    # "MOSCOW (AP) - The foreign ministry expelled two Estonian diplomats":
                    # the one country named is whom it acts on; the dateline is its home
                    a = _with_country(a, dateline)
            out.append(a)
        return out

    sources, targets = fill(sources, targets, "source"), fill(targets, sources, "target")
    homes = {s.country for s in sources if s.country}
    if (
        type_ in ("ASSAULT", "COERCE")
        and len(homes) == 1
        and sources
        and all(s.sector in INSURGENT_SECTORS for s in sources)
        and next(iter(homes)) not in ("IGO", "NGO")
        # "Hamas fighters took hostages from an Israeli music festival": not when the
        # sentence names another country the people may be of
        and home in homes
    ):
        # "RSF fighters killed more than 100 people": armed groups coded to the country
        # they fight in attack people there
        home = next(iter(homes))
        targets = [
            _with_country(t, home)
            if t.country is None and t.sector == "CVL" and t.actor_id is None
            else t
            for t in targets
        ]
    if (
        type_ in DOMESTIC_TYPES
        and mode not in FOREIGN_MODES  # "deported dozens of migrants": not its own
        and len({s.country for s in sources if s.country}) == 1
    ):
        home = next(s.country for s in sources if s.country)
        targets = [
            _with_country(t, home)
            if t.country is None
            and t.sector is not None
            and t.actor_id is None
            and not _proper_name(t)
            and not _foreign_forces(t)  # "banned European airlines": not its own
            else t
            for t in targets
        ]
    return sources, targets


#: people whose work is to travel to talks: where the talks are says nothing of theirs
TRAVELLER_NOUNS = frozenset(
    {"delegation", "delegations", "negotiator", "negotiators", "envoy", "envoys", "mediator"}
    | {"mediators", "delegate", "delegates", "emissary", "emissaries"}
)


def _travellers(actor: Actor) -> bool:
    """Unnamed negotiators or delegations ("the two delegations met in Geneva")."""
    words = actor.text.lower().split()
    return actor.actor_id is None and bool(words) and words[-1] in TRAVELLER_NOUNS


def _proper_name(actor: Actor) -> bool:
    """An unknown actor the text names ("Journalist Mzia Amaglobeli"), as opposed to a
    description ("riot police", "Armed gangs")."""
    words = actor.text.split()
    if actor.actor_id is None and actor.name is not None and actor.name == actor.text:
        return True  # "President Bush": a titled name the dictionary does not know
    return (
        actor.actor_id is None
        and len(words) > 1
        and words[-1][:1].isupper()
        and words[-1].lower() not in FAITH_COMMUNITIES  # "Coptic Christians": a community
        and not any(w in ("in", "of", "from", "at", "on") for w in words)
    )


# followers of a faith, capitalised in English but no name ("Coptic Christians
# protested in Minya"): civilians of the place they are in
FAITH_COMMUNITIES = frozenset(
    {"christians", "muslims", "jews", "hindus", "buddhists", "sikhs", "copts", "catholics"}
    | {"protestants", "shiites", "sunnis", "alawites", "yazidis", "druze", "ahmadis"}
)


# words by which rebels' own government is named without its country
HOME_GOVERNMENT_WORDS = frozenset({"government", "regime", "pro-government", "army", "military"})


def _home_government(side: list[Actor], other: list[Actor]) -> list[Actor]:
    """ "The Tamil Tigers attacked government troops": an unnamed "government" that
    rebels fight is their own country's, which the rebel group's entry gives."""
    homes = {a.country for a in other if a.sector == "REB" and a.country}
    if len(homes) != 1 or not {"IGO", "NGO"}.isdisjoint(homes):
        return side
    home = next(iter(homes))
    return [
        replace(a, country=home)
        if a.country is None
        and a.actor_id is None
        and (
            (a.sector in STATE_SECTORS and HOME_GOVERNMENT_WORDS & set(a.text.lower().split()))
            # "blamed government-allied militias": the same government's auxiliaries
            or (a.sector == "REB" and _government_allied(a))
        )
        else a
        for a in side
    ]


def _government_allied(actor: Actor) -> bool:
    """ "government-allied militias", "pro-government militias", "government-backed
    paramilitaries": armed auxiliaries of the state."""
    words = actor.text.lower().replace(" - ", "-").split()
    return any(
        w == "pro-government" or (w.startswith("government-") and w.split("-")[1] in ALLIED_WORDS)
        for w in words
    )


ALLIED_WORDS = frozenset({"allied", "backed", "aligned", "sponsored", "affiliated"})


def _dedupe(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for a in actors:
        if a not in out:
            out.append(a)
    return out


def _pairs(
    type_: str, sources: list[Actor], targets: list[Actor], partnered: bool = False
) -> list[tuple[Actor | None, Actor | None]]:
    """Source-target pairs; ``partnered``: the targets are whom joint subjects of a
    meeting or a deal met or dealt "with" (``EventCoder._joint_partners``)."""
    pairs: list[tuple[Actor | None, Actor | None]]
    # "Mediators from Egypt and Qatar conferred with Hamas officials": one side, split by
    # country, meets another party (a party, not "a U.S. air base" or "jihadist fighters");
    # "France and Germany supplied Ukraine with tanks": co-suppliers are no partners (but
    # parties to a deal or a meeting are: another actor the clause names is often a broker
    # or a venue, "at the White House", unless they met or dealt with it: "Macron and
    # Scholz met Xi", "signed separate deals with Turkey and the UN")
    others = [
        t
        for t in targets
        if t.country and t.sector and t.country not in {s.country for s in sources}
    ]
    # ("Rubio and Vance spoke with officials of both countries": one state's officials
    # are one side, not each other's partners)
    one_state = len({s.country for s in sources}) == 1 and bool(sources[0].country)
    split = len({s.text for s in sources}) == 1 or type_ == "COOPERATE" or one_state
    if type_ in SYMMETRIC_TYPES and len(sources) > 1 and (split or partnered) and others:
        pairs = list(product(sources, others))
    elif type_ in SYMMETRIC_TYPES and len(sources) > 1:  # "Malian and Burkinabe troops"
        pairs = [(sources[0], other) for other in sources[1:]]
    else:
        srcs: list[Actor | None] = [*sources] or [None]
        tgts: list[Actor | None] = [*targets] or [None]
        pairs = list(product(srcs, tgts))
    kept: list[tuple[Actor | None, Actor | None]] = []
    for src, tgt in pairs:
        if not (_identified(src) or _identified(tgt)) and (src is None or type_ in VERBAL_TYPES):
            continue  # "40,000 people have been killed", "aid agencies warn": nobody to place
        if src is None and type_ in VERBAL_TYPES:
            continue  # a statement needs a speaker
        if _same(src, tgt):
            continue
        kept.append((src, tgt))
    return kept


def _identified(actor: Actor | None) -> bool:
    """An actor the data can place: a country, a dictionary entry or a proper name."""
    if actor is None:
        return False
    if actor.country or actor.actor_id:
        return True
    words = actor.text.split()
    # a proper name: "Mamoun", or a name after a title ("President Omar al-Bashir"); not
    # a capitalised common noun opening the sentence ("Troops", "Riot police")
    return actor.text[:1].isupper() and (
        actor.sector is None or any(w[:1].isupper() for w in words[1:])
    )
