"""Where and when a coded event happened: the place and date rules of the event coder
(``EventCoder`` takes them from ``PlaceAndDate``), with the word lists they use."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from parley.actors.matcher import (
    ActorResolver,
    Scan,
    of_object,
)
from parley.events.arguments import (
    COMPASS_PARTS,
    FORCE_NOUNS,
    MISSION_NOUNS,
    PART_OF_PLACE_NOUNS,
    SETTLEMENT_NOUNS,
    _place_name,
    _region_after,
    _whole_place,
)
from parley.events.dates import names_a_day, resolve_date
from parley.events.places import SECESSIONS, Gazetteer
from parley.events.tokens import (
    _compound_text,
    _prep_objects,
    _span_text,
    _Trig,
    sent_ents,
)
from parley.events.triggers import (
    DISPLACED_NOUNS,
)
from parley.models import Actor, Location

DEPLOYMENT_PREPS = frozenset({"near", "along", "around"})  # MOBILIZE only


HIT_PREPS = frozenset({"on", "with", "against"})  # "opened fire on", "clashed with"


PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "into", "through"})


EDGE_OF_PLACE_NOUNS = frozenset(
    {"coast", "coastline", "shore", "shores", "outskirts", "outskirt", "edge", "bank"}
)


# sites an attack hits, which belong to the country of the town they are in ("a
# hospital in Omdurman", "a power station in Kharkiv"); not the actor matcher's
# SITE_NOUNS, the posts a force holds ("army positions")
STRUCK_SITE_NOUNS = frozenset(
    {
        "hospital",
        "clinic",
        "school",
        "university",
        "market",
        "marketplace",
        "mosque",
        "church",
        "temple",
        "station",
        "plant",
        "refinery",
        "airport",
        "hotel",
        "factory",
        "warehouse",
        "bridge",
        "dam",
        "substation",
    }
)


# material events whose target may be the country of the place they happen in
PLACE_TARGET_TYPES = frozenset(
    {"ASSAULT", "COERCE", "MOBILIZE", "AID", "PROTEST", "RETREAT", "CONCEDE"}
)  # (CONCEDE: "eased its blockade of Gaza", as RETREAT "lifted the blockade of Gaza")


# the prepositions whose object is where an act of the type went ("left/withdrew from",
# "moved/deployed to", "airlifted to")
PLACE_OBJECT_PREPS = {
    "RETREAT": frozenset({"from"}),
    "MOBILIZE": frozenset({"to"}),
    "AID": frozenset({"to"}),
}


NOT_PLACES = frozenset({"government", "person", "igo", "group"})


# nouns that name a kind of place before its name ("the region of Nakhchivan")
TOWN_NOUNS = frozenset({"village", "town", "city", "hamlet"})


# parts of a country named by its possessor ("in Syria's northwest", "Nepal's highlands")
COUNTRY_PART_NOUNS = COMPASS_PARTS | frozenset(
    {
        "hill",
        "hills",
        "highland",
        "highlands",
        "lowland",
        "lowlands",
        "interior",
        "countryside",
        "heartland",
        "hinterland",
        "coast",
        "mountains",
        "mountain",
        "region",
        "province",
        "provinces",
        "capital",
        "borderland",
        "borderlands",
    }
)


COMPASS_ADJECTIVES = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
    }
)


def _compass_part(name: Token, place: Location) -> Location:
    """ "strikes on southern Lebanon", "a patrol in northeast Syria": the part of a
    country or region the text names, kept with the country (no point: a part has no
    coordinates of its own); a city keeps its point ("northern Kharkiv" is Kharkiv)."""
    if place.lat is not None:
        return place
    part = next(
        (
            c
            for c in name.lefts
            if c.dep_ in ("amod", "compound", "nmod")
            and (c.lower_ in COMPASS_ADJECTIVES or c.lower_ in COMPASS_PARTS)
        ),
        None,
    )
    if part is None:
        return place
    return Location(f"{part.lower_} {place.name}", place.country)


# event types whose content said in a statement is done when it is said ("told X on
# Monday that it accepted", "announced on Tuesday that it would normalise relations")
SAID_WHEN_SAID_TYPES = frozenset(
    {"AGREE", "REJECT", "THREATEN", "REQUEST", "ACCUSE", "SUPPORT", "DEMAND"}
)


def _clause_dates(scope: Token, trig: _Trig, ents: list[Span]) -> list[Span]:
    """The date of the clause an event's own words are part of, when they carry none:
    a joined verb ("on Monday demanded ... and called on"), a participle of the same
    moment ("pulled out on Sunday, accusing ..."), and for what a statement does, the
    statement ("told Annan on Monday that Iran accepted"). Not across "after"/"before"
    ("a day after protesters stormed parliament") nor what is reported as done."""
    if not ents:
        return []
    tok = scope
    for _ in range(4):
        dep = tok.dep_
        joined = dep == "conj"
        participle = (
            dep == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children)
        )
        said = dep == "ccomp" and trig.entry.type in SAID_WHEN_SAID_TYPES
        if not (joined or participle or said) or tok.head.i == tok.i:
            return []
        tok = tok.head
        own = [e for e in ents if _dates_clause(e.root) == tok.i]
        if own:
            return own[:1]
    return []


SPAN_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "hour": 0, "hours": 0, "minutes": 0}


COUNT_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


def _date_offset(scope: Token) -> tuple[Token, int | None] | None:
    """ "two days after troops shelled a post", "a day after the storming of parliament":
    the clause whose date an event's is counted from, and by how many days (None: "days
    after", a number not given); None when the event is not dated that way."""
    if scope.pos_ in ("VERB", "AUX"):
        mark = next((c for c in scope.children if c.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in ("after", "before") or scope.dep_ != "advcl":
            return None
        span = next((c for c in scope.children if c.dep_ == "npadvmod"), None)
        main, word = scope.head, mark.lower_
    elif scope.dep_ == "pobj" and scope.head.lower_ in ("after", "before"):
        prep = scope.head
        word = prep.lower_
        if prep.head.dep_ == "npadvmod":  # "a day after the storming"
            span, main = prep.head, prep.head.head
        else:
            span = next((c for c in prep.children if c.dep_ == "npadvmod"), None)
            main = prep.head
    else:
        return None
    if span is None or span.lower_ not in SPAN_DAYS or main.pos_ not in ("VERB", "AUX"):
        return None
    unit = SPAN_DAYS[span.lower_]
    counts = [c for c in span.children if c.dep_ in ("nummod", "det")]
    if not counts:
        n: int | None = 1 if span.lower_ in ("day", "week", "hour") else None
    else:
        word_n = counts[0].lower_
        n = int(word_n) if word_n.isdigit() else COUNT_WORDS.get(word_n)
    if unit == 0:
        n = 0  # "hours after": the same day
    if n is None:
        return main, None
    return main, (-n * unit if word == "after" else n * unit)


def _own_date(verb: Token, base: date | None) -> date | None:
    """The date a verb's own "on Wednesday" (or bare "Wednesday") gives."""
    for c in verb.children:
        on = c.dep_ == "prep" and c.lower_ == "on"
        words = [p for p in c.children if p.dep_ == "pobj"] if on else [c]
        for w in words:
            text = w.doc[w.left_edge.i : w.right_edge.i + 1].text.rstrip(" ,")
            if (
                w.dep_ in ("pobj", "npadvmod")
                and w.lower_ not in SPAN_DAYS
                # ("Friday night", a TIME entity that names its day)
                and (any(t.ent_type_ == "DATE" for t in w.subtree) or names_a_day(text))
            ):
                when, _until = resolve_date(text, base)
                if when is not None:
                    return when
    return None


def _dates_clause(tok: Token) -> int:
    """The verb a date phrase modifies directly ("on Monday", "Monday", "overnight")."""
    head = tok.head
    for _ in range(3):  # "told Annan in a letter on Monday": the telling's date
        if head.dep_ == "prep":
            head = head.head
        if head.pos_ == "NOUN" and head.dep_ == "pobj":
            head = head.head
            continue
        break
    return head.i


def _named_part(noun: Token) -> bool:
    """ "Russia's Kursk region", "Georgia's breakaway region of South Ossetia": a part of
    a country that carries its own name, which is the more exact place."""
    for c in noun.children:
        if c.dep_ in ("compound", "nmod", "appos") and _a_name(c):
            return True  # (a name the tagger read as a verb too: "Myanmar's Sagaing region")
        if (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.dep_ == "pobj" and _a_name(g) for g in c.children)
        ):
            return True
    return False


def _a_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or bool(tok.ent_type_) or tok.is_title


class PlaceAndDate:
    """The event coder's place and date rules; needs the coder's gazetteer and resolver."""

    gazetteer: Gazetteer
    resolver: ActorResolver

    def _date(self, trig: _Trig, sent: Span, base: date | None) -> tuple[date | None, date | None]:
        scope = trig.anchor if trig.anchor is not None else trig.tok
        offset = _date_offset(scope) or _date_offset(trig.tok)
        if offset is not None:
            # "recalled its envoy on Wednesday, two days after troops shelled a post": the
            # shelling was on Monday; "days after" with no number is a date unknown
            main, days = offset
            when = _own_date(main, base)
            if when is None or days is None:
                return None, None
            return when + timedelta(days=days), None
        # ("on Friday night" is one TIME entity: a day named in a time is a date)
        ents = [
            e
            for e in sent_ents(sent, ("DATE", "TIME"))
            if e.label_ == "DATE" or (e.label_ == "TIME" and names_a_day(e.text))
        ]
        inside = [
            e for e in ents if scope.left_edge.i <= e.start and e.end <= scope.right_edge.i + 1
        ]
        for ent in inside or (ents if len(ents) == 1 else []):
            when, until = resolve_date(ent.text, base)
            if when is not None:
                return when, until
        # (its own words carry no date, or only a vague one: "more than 20 years after")
        for ent in _clause_dates(scope, trig, [e for e in ents if e not in inside]):
            when, until = resolve_date(ent.text, base)
            if when is not None:
                return when, until
        return None, None

    def _place(self, trig: _Trig, sent: Span, scan: Scan, actors: list[Actor]) -> Location | None:
        scope = trig.anchor if trig.anchor is not None else trig.tok
        # "airdropped food over Gaza", "shot down over Ukraine" (not "talks over Kashmir")
        preps = PLACE_PREPS | {"over"} if trig.entry.type in ("AID", "ASSAULT") else PLACE_PREPS
        if trig.entry.type == "MOBILIZE":  # "massed fighters around El Fasher"
            preps = preps | DEPLOYMENT_PREPS
        found = None
        if trig.entry.type in PLACE_TARGET_TYPES:
            found = self._named_settlement(trig, sent, scan)  # "stormed the village of X"
        # "The ruling party in South Africa condemned Israel's offensive in Gaza": an act
        # whose noun names its own doer did not happen where the subject is
        own_doer = trig.tok.pos_ == "NOUN" and any(
            c.dep_ in ("poss", "amod", "compound") and scan.at(c.i) is not None
            for c in trig.tok.lefts
        )
        apart = (
            frozenset(
                t.i
                for c in scope.children
                if c.dep_ == "nsubj" and trig.tok.i not in {d.i for d in c.subtree}
                for t in c.subtree
            )
            if own_doer and trig.tok is not scope
            else frozenset()
        )
        found = found or self._place_in(scope, sent, scan, actors, preps, apart)
        if found is None and scope.dep_ in ("advcl", "xcomp") and scope.head.pos_ == "VERB":
            # "rallied outside the base in Niamey to demand ...": the demand was made there
            found = self._place_in(scope.head, sent, scan, actors)
        if found is None and trig.entry.type in PLACE_TARGET_TYPES:
            found = self._place_object(trig, scan)  # "shelled the town of Macomia"
        if found is None and scope.dep_ == "relcl" and trig.entry.type in PLACE_TARGET_TYPES:
            # "strikes on southern Lebanon that killed 11 people": where the noun's act was
            noun = scope.head
            found = self._place_in(noun, sent, scan, actors, preps)
            hit = _prep_objects(noun, HIT_PREPS)
            for obj in hit if found is None and trig.entry.type == "ASSAULT" else []:
                found = self._settlement(obj, trig, scan)
                if found is not None:
                    found = _compass_part(obj, found)
                    break
        if found is None and scope.dep_ == "advcl" and scope.tag_ == "VBG":
            # "shelled Kharkiv overnight, killing three civilians": killed in Kharkiv
            for obj in (c for c in scope.head.children if c.dep_ in ("dobj", "nsubjpass")):
                found = self._settlement(obj, trig, scan)
                if found is not None:
                    break
        return found

    def _placed(self, head: Token, actors: list[Actor], trig: _Trig, scan: Scan) -> list[Actor]:
        """A settlement hit by a material event stands for its country ("struck Kharkiv",
        "attacked the town of Macomia") when the dictionary knows no actor by that name;
        a place the text puts in a country ("the village of X in northern Kosovo") is
        that country's."""
        if trig.entry.type not in PLACE_TARGET_TYPES:
            return actors
        toks = [head, *head.conjuncts]
        if not actors and head.lower_ in PART_OF_PLACE_NOUNS:
            # "shelled the outskirts of Goma", "the centre of Kharkiv": the place itself
            toks = _prep_objects(head, frozenset({"of"}))
            toks = [t for p in toks for t in (p, *p.conjuncts)]
        if not actors:  # "struck Kharkiv and Odesa", which NER took for a title
            places = [(t, self._settlement(t, trig, scan)) for t in toks]
            return [
                self.resolver.country_actor(p.country, _compound_text(t), None)
                for t, p in places
                if p is not None and p.country
            ]
        if trig.entry.type == "COERCE" and head.lemma_.lower() in DISPLACED_NOUNS:
            # "ordered residents of eastern Rafah to evacuate": the town's people
            for pobj in _prep_objects(head, frozenset({"of"})):
                if pobj.pos_ != "PROPN":
                    continue
                town = self.gazetteer.find(_compound_text(pobj), (), towns=True)
                if town.country:
                    text = _span_text(head)
                    return [self.resolver.country_actor(town.country, text, "CVL")]
        out = []
        for actor in actors:
            tok = None
            if not (actor.country or actor.sector or actor.actor_id):
                tok = next((t for t in toks if actor.text in (t.text, _span_text(t))), None)
                tok = tok if tok is not None or len(actors) > 1 else head
            place = self._settlement(tok, trig, scan) if tok is not None else None
            if place is not None and place.country:
                text = place.name if len(place.name) > len(actor.text) else actor.text
                actor = self.resolver.country_actor(place.country, text, None)
            out.append(actor)
        return out

    def _sited(self, head: Token, actors: list[Actor], trig: _Trig, scan: Scan) -> list[Actor]:
        """ "RSF drones struck a hospital in Omdurman": a site an attack hits stands for
        the country of the town it is in (the place hung on the site or on the verb it
        is the object of)."""
        if head.lemma_.lower() not in STRUCK_SITE_NOUNS or any(
            a.country or a.actor_id for a in actors
        ):
            return actors
        ins = frozenset({"in"})
        held = _prep_objects(head.head, ins) if head.dep_ == "dobj" else []
        for p in _prep_objects(head, ins) or held:
            place = self._settlement(p, trig, scan)
            if place is not None and place.country:
                sector = actors[0].sector if actors else None
                return [self.resolver.country_actor(place.country, _span_text(head), sector)]
        return actors

    def _named_settlement(self, trig: _Trig, sent: Span, scan: Scan) -> Location | None:
        """ "stormed the village of Banjska in northern Kosovo", "an attack on the town of
        Macomia in Cabo Delgado province": the settlement the act was done to is the
        place, named as written even when the gazetteer does not know it (in the country
        of the region the sentence puts it in)."""
        objs = [c for c in trig.tok.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += _prep_objects(trig.tok, HIT_PREPS)
        for obj in objs:
            if obj.lemma_.lower() not in TOWN_NOUNS:
                continue
            inner = of_object(obj)
            if inner is None or inner.pos_ != "PROPN":
                continue
            # (not "Macomia in", a misread title spanning the next word)
            name = _span_text(inner) if inner.ent_type_ in ("GPE", "LOC") else _compound_text(inner)
            within = self._place_in(obj, sent, scan, []) or self._place_in(trig.tok, sent, scan, [])
            # "the Armenian town of Jermuk": the nationality says whose town (not Turkey's
            # Cermik, which GeoNames also calls Jermuk)
            owner = next(
                (
                    m.entry.country
                    for c in obj.children
                    if c.dep_ in ("amod", "compound")
                    and (m := scan.at(c.i)) is not None
                    and m.entry.kind in ("demonym", "country")
                ),
                None,
            )
            country = owner or (within.country if within is not None else None)
            place = self.gazetteer.find(name, (country,) if country else ())
            if place.country and (country is None or place.country == country):
                return place
            if country is not None:
                return Location(name, country)
        return None

    def _settlement(self, tok: Token, trig: _Trig, scan: Scan) -> Location | None:
        """The settlement ``tok`` names, if it names one the gazetteer knows."""
        settlement = tok.lemma_.lower() in SETTLEMENT_NOUNS
        if not settlement and tok.pos_ != "PROPN":
            return None
        one_word = not any(c.dep_ == "compound" for c in tok.lefts) and "-" not in tok.text
        left = (  # "troops withdrew from Kherson", "left Niger": forces leave places
            trig.entry.type == "RETREAT"
            and trig.mode == "withdraw"
            and (
                (tok.dep_ == "pobj" and tok.head.lower_ in ("from", "of"))
                or (tok.dep_ == "dobj" and tok.head.i == trig.tok.i)
            )
        )
        if (
            not settlement
            and trig.entry.type != "ASSAULT"
            and not left
            and tok.ent_type_ not in ("GPE", "LOC")
            and (one_word or tok.ent_type_ == "")
        ):
            return None  # "police arrested Lopez": a person, whatever city shares the name
        name = _place_name(tok) if settlement else _span_text(tok)
        if name and not settlement and " and " in name:
            name = _compound_text(tok)  # "Kharkiv and Odesa" tagged as one entity
        if not name:
            return None
        person = tok.ent_type_ == "PERSON" and not settlement
        within = self._place_in(trig.tok, tok.sent, scan, [])
        prefer = (within.country,) if within is not None and within.country else ()
        # NER calls many towns people ("struck Kharkiv"): only cities for those
        place = self.gazetteer.find(name, prefer, towns=not person)
        if not place.country:
            return None
        if within is not None and within.country and within.country != place.country:
            return within  # "the village of Banjska in northern Kosovo"
        return place

    def _taken_town(self, trig: _Trig, sources: list[Actor]) -> Location | None:
        """The town a capture verb's lone proper-noun object names ("captured Goma",
        "captured Marib"): tagged a place, or a conflict-news place of regions.yaml, or
        (taken by troops or rebels, who capture towns more than people) a city the
        gazetteer knows. A title or first name makes it a person ("captured rebel
        commander Lopez")."""
        if trig.tok.pos_ != "VERB":
            return None
        armed = bool(sources) and all(a.sector in ("MIL", "REB") for a in sources)
        objects = [c for c in trig.tok.children if c.dep_ == "dobj"]
        # "took/seized control of Kirkuk": the town is what control is taken of
        objects += [
            p for o in objects if o.lower_ == "control" for p in _prep_objects(o, frozenset({"of"}))
        ]
        for obj in objects:
            if obj.pos_ != "PROPN" or any(c.dep_ != "punct" for c in obj.children):
                continue
            tagged = obj.ent_type_ in ("GPE", "LOC")
            if not (tagged or armed or obj.lower_ in self.gazetteer.regions):
                continue
            place = self.gazetteer.find(obj.text, towns=tagged)
            if place.country:
                return place
        return None

    def _place_object(self, trig: _Trig, scan: Scan) -> Location | None:
        """A settlement a material event is done to ("overran the town of X", "shelled
        Kharkiv") is where it happened."""
        objs = [c for c in trig.tok.children if c.dep_ in ("dobj", "nsubjpass")]
        # where the act goes: "strikes on southern Lebanon", "the invasion of Kuwait",
        # "withdrew from Avdiivka", "warheads moved to Belarus"
        toward = PLACE_OBJECT_PREPS.get(trig.entry.type, frozenset())
        if trig.entry.type == "ASSAULT" and trig.tok.pos_ == "NOUN":
            toward = toward | {"on", "of"}
        objs += _prep_objects(trig.tok, toward)
        for obj in objs + [c for o in objs for c in o.conjuncts]:
            place = self._settlement(obj, trig, scan)
            if place is not None:
                return _compass_part(obj, place)
        return None

    def _place_in(
        self,
        scope: Token,
        sent: Span,
        scan: Scan,
        actors: list[Actor],
        preps: frozenset[str] = PLACE_PREPS,
        apart: frozenset[int] = frozenset(),
    ) -> Location | None:
        prefer = tuple(a.country for a in actors if a.country)
        # "struck Rafah and Hamas fired rockets at Ashkelon": a conjoined clause with an
        # actor of its own happened where it says, not where this one did (but "a
        # peacekeeper was killed and three others were wounded when ...": one incident)
        others = (
            {
                t.i
                for c in scope.children
                if c.dep_ == "conj"
                and c.pos_ in ("VERB", "AUX")
                and any(g.dep_ == "nsubj" for g in c.children)
                for t in c.subtree
            }
            if any(c.dep_ == "nsubj" for c in scope.children)
            else set()
        )
        for tok in [*scope.subtree] if scope.sent == sent else []:
            if tok.dep_ != "prep":
                continue
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            edge = (
                pobj is not None
                and tok.lower_ in ("on", "along")
                and pobj.lower_ in EDGE_OF_PLACE_NOUNS
            )
            # "aid to residents of the city of Aleppo": where the people live
            people = tok.lower_ == "of" and tok.head.lemma_.lower() in DISPLACED_NOUNS
            if (
                (tok.lower_ not in preps and not edge and not people)
                or tok.i in others
                or tok.i in apart
                or tok.head.lower_ == "based"
            ):
                continue  # (not "a group based in Geneva": where it sits, not where it acts)
            if pobj is None:
                continue
            outer, pobj = pobj, _whole_place(pobj)  # "in the east of Congo": in Congo
            if pobj.lemma_.lower() in MISSION_NOUNS:
                continue  # "outside the US embassy in Baghdad": in Baghdad, not the US
            first: Location | None = None
            cands = [pobj, *(c for c in pobj.children if c.dep_ in ("nmod", "compound", "appos"))]
            # "Pakistan-administered Kashmir": a country named inside the phrase comes first
            # ... or a nationality qualifying it: "the southern Chilean city of Concepcion"
            # ... or a city owning it: "London's Docklands" (not Melbourne's)
            qualifiers = [*cands[1:], *(c for c in pobj.children if c.dep_ in ("amod", "poss"))]
            named = [
                m.entry.country
                for c in qualifiers
                for t in c.subtree
                if (m := scan.at(t.i)) is not None
                and m.entry.kind in ("country", "demonym", "capital")
                and m.entry.country
            ]
            prefer = (*named, *prefer)
            # "at the Santa Cruz cemetery in Dili": the town the site is in, not a city
            # that shares the site's name (the nested "in" comes next in the walk); a
            # state the dictionary knows ("a U.S. drone strike in") still counts
            sited = pobj.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ == "in" for c in pobj.children
            )
            part_of: Location | None = None
            if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in COUNTRY_PART_NOUNS:
                # "in Papua New Guinea's highlands", "in Syria's northwest": a part of
                # the country that owns it (not "in Russia's attack on Kyiv"; a part
                # with its own name, "Russia's Kursk region", is that place if the
                # gazetteer knows it: below)
                holder = next(
                    (
                        m
                        for c in pobj.children
                        if (m := scan.at(c.i)) is not None
                        and m.entry.country
                        and (
                            (c.dep_ == "poss" and m.entry.kind == "country")
                            # "in the Iranian capital", "in the Syrian northwest"
                            or (c.dep_ == "amod" and m.entry.kind == "demonym")
                        )
                    ),
                    None,
                )
                if holder is not None:
                    known = pobj.doc[holder.start : holder.end].text
                    part_of = Location(known, holder.entry.country)
                    if not _named_part(pobj):
                        return part_of
            for cand in cands:
                match = scan.at(cand.i)
                if (
                    sited
                    and cand is not pobj
                    and cand.dep_ == "compound"
                    and (match is None or match.entry.kind not in ("country", "demonym"))
                ):
                    continue
                if match is not None and match.entry.kind in NOT_PLACES:
                    seat = cand.doc[match.start : match.end].text.rstrip(",.;:")
                    if match.entry.kind == "igo" and (found := self._seat(seat)) is not None:
                        return found  # "talks in Brussels": the EU's city, a place here
                    if match.entry.kind == "government" and match.entry.country:
                        # "talks at the Kremlin", "on the White House lawn": the capital
                        # the seat of government is in
                        city = self.resolver.dictionary.capitals.get(match.entry.country)
                        if city and (found := self._seat(city)) is not None:
                            return found
                    continue  # "at the White House": a government, not Casablanca
                if cand.ent_type_ == "NORP" or (
                    match is not None and match.entry.kind == "demonym"
                ):
                    continue  # "near the Thai border": a nationality (Alor Setar's old name)
                if cand is not pobj and pobj.lemma_.lower() in FORCE_NOUNS:
                    continue  # "fired at U.S. troops": whose troops, not where they are
                if match is not None and match.entry.kind in ("capital", "country"):
                    known = cand.doc[match.start : match.end].text.rstrip(",.;:")
                    place = self.gazetteer.find(known, prefer)
                    if place.country:
                        return _compass_part(cand, place)
                    if match.entry.kind == "country" and match.entry.country:
                        return Location(known, match.entry.country)  # "Bosnia", "Ivory Coast"
                name = _place_name(cand)
                region = _region_after(cand)
                if name and region:
                    place = self.gazetteer.find(name, prefer, region)
                    if place.country:
                        return place
                if not name and cand.pos_ == "PROPN" and cand.ent_type_ not in ("PERSON", "ORG"):
                    name = _span_text(cand)  # an untagged proper noun the gazetteer may know
                    place = self.gazetteer.find(name, prefer)
                    if place.country:
                        return place
                    continue
                if not name and cand.ent_type_ == "ORG" and match is None:
                    # "around El Fasher" tagged as an organisation: a city of the
                    # actors' country if one is called so (not a small town, not abroad:
                    # organisations share their names); "in the Basque Country": a
                    # region of the hand-made conflict list
                    text = _span_text(cand)
                    regional = text.lower().removeprefix("the ") in self.gazetteer.regions
                    place = self.gazetteer.find(text, prefer, towns=False)
                    if place.country and (
                        regional or (place.country in prefer and place.lat is not None)
                    ):
                        return place
                    continue
                if not name and cand.ent_type_ == "PERSON" and match is None:
                    # "in Maungdaw", "in Malam Fatori" tagged as people: only a place of
                    # the hand-made conflict list (regions.yaml), never a namesake city
                    text = _span_text(cand)
                    if text.lower().removeprefix("the ") in self.gazetteer.regions:
                        place = self.gazetteer.find(text, prefer)
                        if place.country:
                            return place
                    continue
                if name:
                    place = self.gazetteer.find(name, prefer)
                    owner = next(
                        (
                            m.entry.country
                            for c in pobj.children
                            if c.dep_ == "poss"
                            and (m := scan.at(c.i)) is not None
                            and m.entry.kind in ("country", "capital")
                        ),
                        None,
                    )
                    if owner and place.country != owner:
                        return Location(name, owner)  # "London's Docklands": not Melbourne's
                    if place.country in SECESSIONS and SECESSIONS[place.country][0] in named:
                        # "the southern Sudanese town of Torit": the older state the
                        # text names, not the one the town is in today
                        return Location(name, SECESSIONS[place.country][0])
                    if place.country:
                        return _compass_part(cand, place)
                    first = first or place
            if first is not None and first.country is None:
                # "near the village of Tongo Tongo in Niger": a place the gazetteer does
                # not know is in the country its own "in" phrase names
                within = next(
                    (
                        m.entry.country
                        for t in pobj.subtree
                        if t.dep_ == "prep" and t.lower_ == "in"
                        for o in t.children
                        if o.dep_ == "pobj"
                        and (m := scan.at(o.i)) is not None
                        and m.entry.kind == "country"
                    ),
                    None,
                )
                # "the northern Italian region of Lombardy": the nationality on the region
                within = within or next(
                    (
                        m.entry.country
                        for c in outer.children
                        if c.dep_ == "amod"
                        and (m := scan.at(c.i)) is not None
                        and m.entry.kind == "demonym"
                    ),
                    None,
                )
                if within:
                    return Location(first.name, within)
            if first is not None:
                return first
            if part_of is not None:
                return part_of  # "in northern Iraq's Qandil mountains": Iraq, at least
            if pobj.lower_ in PART_OF_PLACE_NOUNS:  # "in Syria's north-west", "Ukraine's east"
                for poss in (c for c in pobj.children if c.dep_ == "poss"):
                    m = scan.at(poss.i)
                    if m is not None and m.entry.kind in ("country", "capital") and m.entry.country:
                        return Location(_compound_text(poss), m.entry.country)
        return None

    def _seat(self, text: str) -> Location | None:
        """A city that also names an organisation as an actor ("Brussels" for the EU):
        the city, when the gazetteer knows it as one (never a small namesake town)."""
        place = self.gazetteer.find(text, towns=False)
        if place.country and place.lat is not None and place.name == text:
            return place  # (not "the UN" for a town called Un)
        return None
