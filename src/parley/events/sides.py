"""The event coder's choice of each trigger's sides: the source and target heads of a
trigger (verb, noun or construction) and the actors they resolve to.

Moved out of events/coder.py unchanged (a behaviour-preserving split); EventCoder takes
these methods from the EventSides class, with two helpers the rest of the coder uses too
(_of_kind, _actor_within)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from parley.actors.matcher import (
    RELATIONAL_NOUNS,
    ActorResolver,
    ArticleContext,
    Scan,
    of_object,
    quantity_head,
)
from parley.events.actor_inference import (
    _dedupe,
    _with_country,
)
from parley.events.arguments import (
    HANDING_VERBS,
    INQUIRY_NOUNS,
    OBJECT_TARGET_PREPS,
    PARTY_PREPS,
    SPEECH_VERBS,
    _beyond_border,
    _downing,
    _event_agents,
    _noun_args,
    _object_for,
    _object_preps,
    _possessed,
    _subjects,
    _trigger_preps,
    _verb_args,
)
from parley.events.certainty import (
    ACCUSATION_NOUNS,
)
from parley.events.finding import (
    DESIGNATION_VERBS,
)
from parley.events.lexicon import Cues, Lexicon
from parley.events.places import Gazetteer
from parley.events.placing import (
    DEPLOYMENT_PREPS,
    PLACE_TARGET_TYPES,
    PlaceAndDate,
)
from parley.events.repair import (
    _misread_subject,
    _misread_verb,
    _phrase_start,
)
from parley.events.tokens import (
    _participle_agents,
    _pobjs,
    _prep_objects,
    _span_text,
    _Trig,
)
from parley.events.triggers import (
    EXERCISE_NOUNS,
    _after_event,
    _halt_to,
)
from parley.models import SYMMETRIC_TYPES, Actor

# goods passing from one party to another ("the sale of fighter jets to Taiwan")
TRANSFER_NOUNS = frozenset({"sale", "delivery", "transfer", "supply", "shipment", "export"})


CLOSURE_NOUNS = frozenset({"blockade", "siege", "encirclement", "occupation", "closure"})


# events whose object may be the source's own forces or goods, the other side in a
# prepositional phrase ("withdrew its troops from Lebanon", "offered its troops to ...")
OWN_OBJECT_TYPES = frozenset({"RETREAT", "AGREE", "AID", "COOPERATE", "SUPPORT", "SANCTION"})


# answers to another side's proposal, whose "from X" names that side
RESPONSE_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE", "SUPPORT"})


# "support for X", "commitment to X": what a trigger's named object is about
OBJECT_OF_PREPS = frozenset({"for", "to", "with", "on", "against"})


# "bought a stake in Rosneft": the company (or state) the holding is in
STAKE_PREPS = {"stake": {"in"}, "holding": {"in"}}


# verbs of putting a member out of a body ("was thrown out of the Council of Europe") or
# people out of a state ("were deported from the United States", "were ordered out of
# Norway"): with no agent, the body or state left is who puts them out
EJECTION_VERBS = frozenset(
    {"expel", "suspend", "throw", "kick", "oust", "exclude", "deport", "order", "evict", "banish"}
)


# participles that name who holds a captive ("sailors detained by Iran")
CAPTIVITY_VERBS = frozenset(
    {"hold", "detain", "capture", "seize", "abduct", "kidnap", "arrest", "jail", "imprison"}
)


def _labelled_claim(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """ "Israel's military said Hamas was using hospitals as command centres, an
    allegation the group denied": a claim noun added after a reported clause labels it an
    accusation by the speaker against the clause's subject. Returns (speakers, accused)."""
    if noun.lemma_.lower() not in ACCUSATION_NOUNS or noun.pos_ != "NOUN":
        return None
    if noun.dep_ not in ("dobj", "appos", "npadvmod", "conj"):
        return None
    clause = noun.head
    while clause.pos_ in ("NOUN", "PROPN") and clause.dep_ in ("dobj", "pobj", "prep", "appos"):
        clause = clause.head  # "arming the Houthis, an allegation ...": hung on the object
    if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
        return None
    left = noun.left_edge
    if left.i == 0 or noun.doc[left.i - 1].text != ",":
        return None
    speech = clause.head
    if speech.lemma_.lower() not in SPEECH_VERBS | {"allege", "claim", "insist"}:
        return None
    speakers, passive = _subjects(speech)
    accused = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if passive or not speakers or not accused:
        return None
    return speakers, accused


def _origin_prep(prep: Token) -> bool:
    """ "from" or the "of" of "out of": a preposition naming the place left."""
    if prep.lower_ == "from":
        return True
    return prep.lower_ == "of" and (
        prep.head.lower_ == "out" or any(c.lower_ == "out" for c in prep.head.children)
    )


def _goods_dropped(
    tok: Token, tgt_heads: list[Token], targets: list[Actor], sources: list[Actor]
) -> list[Actor]:
    """ "Cuba sent a brigade of doctors to Italy": what is given or withdrawn (its own
    brigade, no country) is no second target beside the state that receives it."""
    own = {s.country for s in sources}
    if not any(t.country and t.country not in own for t in targets):
        return targets
    given = [h.doc[h.left_edge.i : h.right_edge.i + 1].text for h in tgt_heads if h.dep_ == "dobj"]
    given = [g for g in given if g]
    kept = [t for t in targets if t.country or not any(t.text in g for g in given)]
    return kept or targets


def _asked_for(head: Token, forces: frozenset[str]) -> bool:
    """Forces named, with no nation, as what a request is "for" ("for more peacekeepers")."""
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "for"
        and head.lemma_.lower() in forces
        and not any(c.ent_type_ in ("NORP", "GPE") for c in head.children)
    )


# verbs of condemning an act that happened, and the acts: condemning one reports it
DENUNCIATION_VERBS = frozenset({"condemn", "denounce", "deplore", "decry"})


# verbs whose "against/over <event>" names what is objected to, done by others
PROTESTING_VERBS = frozenset({"protest", "complain", "object"})


# vehicles an attack on which is an attack on whom they carry ("a car carrying PKK members")
CARRIERS = frozenset(
    {
        "car",
        "vehicle",
        "truck",
        "lorry",
        "bus",
        "van",
        "jeep",
        "motorbike",
        "motorcycle",
        "convoy",
        "boat",
        "minibus",
        "pickup",
    }
)


# participles by which machines or vehicles are with the forces that bring them
ESCORT_VERBS = frozenset({"escort", "accompany", "guard", "protect"})


def _escorts(head: Token) -> list[Token]:
    """Who escorts what ``head`` names ("bulldozers escorted by Israeli troops")."""
    return [
        p
        for a in head.children
        if a.dep_ == "acl" and a.lemma_.lower() in ESCORT_VERBS
        for g in a.children
        if g.dep_ == "agent"
        for p in _pobjs(g)
    ]


def _pronoun_head(head: Token) -> bool:
    """A pronoun, or an amount of one ("them", "one of them")."""
    inner = quantity_head(head)
    return head.pos_ == "PRON" or (inner is not None and inner.pos_ == "PRON")


# verbs by which goods come to their receiver ("the shipment arrived in Cairo")
ARRIVAL_VERBS = frozenset({"arrive", "land", "reach", "dock"})


def _arrival_place(giving: Token) -> list[Token]:
    """Where goods a giving participle describes arrived ("a shipment of doses donated by
    China arrived in Cairo"): the receiver, when the giving names none."""
    goods = giving.head
    while goods.dep_ == "pobj" and goods.head.lower_ == "of":  # "a shipment of doses"
        goods = goods.head.head
    verb = goods.head
    if goods.dep_ != "nsubj" or verb.lemma_.lower() not in ARRIVAL_VERBS:
        return []
    reached = [c for c in verb.children if c.dep_ == "dobj"]  # "reached Gaza"
    return reached + _prep_objects(verb, frozenset({"in", "at"}))


class EventSides(PlaceAndDate):
    """The event coder's choice of each trigger's sides; needs the coder's lexicon, cues,
    resolver and gazetteer, the trigger tokens it keeps, and the place rules (a place
    named as a target is where, not who)."""

    lex: Lexicon
    cues: Cues
    resolver: ActorResolver
    gazetteer: Gazetteer
    _trigger_tokens: set[int]

    def _each_nation(
        self, head: Token, actors: list[Actor], scan: Scan, ctx: ArticleContext
    ) -> list[Actor]:
        """ "U.S. and British warplanes": one actor per nation the coordinated modifiers
        name (the phrase resolves to the first one only); "the defector, a senior North
        Korean diplomat": a nameless head takes its apposition's country."""
        if len(actors) <= 1 and not any(a.country for a in actors):
            for appos in (c for c in head.children if c.dep_ == "appos"):
                found = [a for a in self.resolver.resolve(appos, scan, ctx) if a.country]
                if found and actors:
                    return [_with_country(actors[0], found[0].country)]  # type: ignore[arg-type]
                if found:  # "the men, two Iranian nationals": only the apposition is an actor
                    return found[:1]
        if len(actors) != 1 or actors[0].country is None:
            return actors
        # (or on a compound of the head: "Greek and Israeli air force pilots")
        near = [
            *head.children,
            *(g for c in head.children if c.dep_ == "compound" for g in c.children),
        ]
        mod = next(
            (
                c
                for c in near
                if c.dep_ in ("nmod", "amod", "compound") and c.ent_type_ in ("GPE", "NORP")
            ),
            None,
        )
        if mod is None:
            return actors
        out = list(actors)
        for other in mod.conjuncts:
            if other.ent_type_ not in ("GPE", "NORP") or other.head.i in (head.i, mod.head.i):
                continue  # (a conjunct hung on the head itself is resolved as its own actor)
            codes = [a.country for a in self.resolver.resolve(other, scan, ctx) if a.country]
            if codes and codes[0] not in {a.country for a in out}:
                # (the first nation's dictionary id is not the other's: "Greek and
                # Israeli air force pilots" are two forces, not one met twice)
                out.append(replace(_with_country(actors[0], codes[0]), actor_id=None))
        return out

    def _of_kind(self, text: str, kind: str) -> bool:
        """Whether the dictionary has a word as an entry of this kind: a state ("U.S.",
        "Russia": "country", not a city or a region), a nationality adjective
        ("Azerbaijani": "demonym")."""
        return any(e.kind == kind for e in self.resolver.dictionary.lookup(text))

    def _arguments(
        self, trig: _Trig, scan: Scan, ctx: ArticleContext
    ) -> tuple[list[Actor], list[Actor]]:
        tok = trig.tok
        src_heads: list[Token] = []
        tgt_heads: list[Token] = []
        party_heads: list[Token] = []
        fallback: list[Token] = []
        late: list[Token] = []
        misread = _misread_verb(tok)  # "Azerbaijan concentrated troops": (subject, object)
        labelled = _labelled_claim(tok) if trig.entry.type == "ACCUSE" else None
        if labelled is not None:  # "X said Y did Z, an allegation Y denied": X accuses Y
            src_heads, tgt_heads = labelled
        elif (tok.pos_ in ("VERB", "AUX") or misread) and trig.entry.pos != "NOUN":
            _verb_args(tok, src_heads, tgt_heads, party_heads, late, trig.entry.object)
            if trig.entry.object == "embassy":  # "reopened its embassy in Riyadh": the host
                late += [
                    p
                    for c in tok.children
                    if c.dep_ in ("dobj", "nsubjpass")
                    for p in _prep_objects(c, frozenset({"in"}))
                ]
            # "rejected an offer from Kabul", "accepted demands from the rebels"
            fallback = _object_preps(tok, with_from=trig.entry.type in RESPONSE_TYPES)
        else:
            # "officials described the detention as ...": who speaks of an event did not do it
            spoken = (
                trig.anchor.lemma_.lower() in SPEECH_VERBS
                # "the EU condemned the killing": who condemns an act did not do it
                or (trig.anchor.lemma_.lower() in DENUNCIATION_VERBS and trig.tok.dep_ == "dobj")
                # "summoned the envoy to protest against a cross-border attack": what is
                # protested against, too, is someone else's act
                or (
                    trig.anchor.lemma_.lower() in PROTESTING_VERBS
                    and trig.tok.dep_ == "pobj"
                    and trig.tok.head.lower_ in ("against", "over", "at")
                    and trig.tok.head.head.i == trig.anchor.i
                )
            ) and not (
                trig.entry.type == "CONSULT"
                and tok.dep_ == "pobj"
                and tok.head.lower_ in ("in", "during", "over")
            )  # "told his counterpart in a phone call": the speaker made the call
            _noun_args(
                tok,
                trig.anchor,
                src_heads,
                tgt_heads,
                party_heads,
                from_verb=not trig.mediated
                and not spoken
                and (trig.entry.type == "CONSULT" or not _after_event(tok)),
            )
            if (
                trig.entry.type == "COOPERATE"
                and tok.dep_ == "pobj"
                and tok.head.head.i in self._trigger_tokens
            ):  # "arrested X in a joint operation": X is the arrest's target, the
                # partners are the verb's subjects
                tgt_heads = [h for h in tgt_heads if h.i in {t.i for t in tok.subtree}]
            if trig.mode == "third-party" and party_heads and not src_heads and not spoken:
                # "Qatar launched a mediation effort between A and B": the verb's subject
                # mediates between the parties
                subj, passive = _subjects(trig.anchor)
                if not passive:
                    src_heads.extend(subj)
        resolve = self.resolver.resolve
        # "bulldozers escorted by Israeli troops demolished ...": machines that are no
        # actor act for those who escort them
        src_heads = [
            e
            for h in src_heads
            for e in (h.pos_ == "NOUN" and not resolve(h, scan, ctx) and _escorts(h)) or [h]
        ]
        if trig.entry.type == "COERCE" and tok.lemma_.lower() in DESIGNATION_VERBS:
            # "designated X a terrorist organisation": the label is no second target
            label = [c for c in tok.children if c.dep_ in ("dative", "dobj")][1:]
            tgt_heads = [h for h in tgt_heads if h not in label]
        if tok.pos_ == "NOUN" and (trig.entry.type == "MOBILIZE" or trig.mode == "withdraw"):
            # "the withdrawal of French troops from Mali", "the deployment of Kenyan police
            # to Haiti": whoever moves is the source, not the target ("announced the
            # deployment of 1,000 police officers to Haiti": the verb's subject is)
            movers = {
                h: any(a.country for a in resolve(h, scan, ctx))
                for h in tgt_heads
                if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.i == tok.i
            }
            if not src_heads:
                src_heads = [h for h, named in movers.items() if named]
                tgt_heads = [h for h in tgt_heads if h not in src_heads]
            elif len(movers) < len(tgt_heads):
                tgt_heads = [h for h in tgt_heads if movers.get(h, True)]
        if not src_heads and trig.entry.type == "RETREAT" and tok.pos_ == "NOUN" and _halt_to(tok):
            # "the MILF called a halt to hostilities with government troops": who stops
            stopper = tok.head.head if tok.head.head.pos_ == "VERB" else tok.head.head.head
            subj, passive = _subjects(stopper)
            if not passive:
                src_heads = list(subj)
        if (
            not src_heads
            and tok.lemma_.lower() in EJECTION_VERBS
            and trig.entry.type in ("COERCE", "SANCTION")
            and trig.entry.pos == "VERB"
            and _subjects(tok)[1]
        ):
            # "Russia was thrown out of the Council of Europe", "Syria was suspended from
            # the Arab League", "were deported from the United States": with no agent,
            # the body or state left is who expelled
            src_heads = _prep_objects(tok, frozenset({"from"})) + [
                p
                for c in tok.children
                if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")
                for p in _prep_objects(c, frozenset({"of"}))
            ]
        if (
            trig.mode == "release"
            and trig.entry.pos == "VERB"
            and not any(c.dep_ == "agent" for c in tok.children)
            and _subjects(tok)[1]
        ):
            # "three Thai soldiers held by Cambodia were freed": with no agent, the
            # captor named on the captives is who frees them, the captives the target
            held = [c for c in tok.children if c.dep_ == "nsubjpass"]
            captors = [
                p
                for s in held
                for c in s.children
                if c.dep_ == "acl" and c.lemma_.lower() in CAPTIVITY_VERBS
                for a in c.children
                if a.dep_ == "agent"
                for p in _pobjs(a)
            ]
            if captors:
                src_heads, tgt_heads = captors, held
        if trig.entry.type == "ASSAULT" and not _downing(tok):
            # "fired missiles at X": not a target (but "shot down a drone" is)
            tools = [
                h
                for h in tgt_heads
                if self._instrument(h)
                # "used force against": the force named by the entry is the means
                or (
                    trig.entry.object == "force"
                    and h.head.i == tok.i
                    and h.lemma_.lower() == "force"
                )
            ] + [
                h  # ("opened fire with mortars"; not "the deployment of US missiles")
                for h in late
                if h.dep_ == "pobj" and h.head.lower_ == "with" and self._instrument(h)
            ]
            tgt_heads = [h for h in tgt_heads if h not in tools]
            # "struck a car carrying PKK members": whom the vehicle carried
            carried = [
                d
                for h in tgt_heads
                if h.lemma_.lower() in CARRIERS
                for a in h.children
                if a.dep_ == "acl" and a.lemma_.lower() in ("carry", "transport")
                for d in a.children
                if d.dep_ == "dobj"
            ]
            tgt_heads = carried + [
                h for h in tgt_heads if not carried or h.lemma_.lower() not in CARRIERS
            ]
            # "stormed the residence, freeing hostages held by Tupac Amaru rebels": a
            # rescue is aimed at the captors
            captors = [
                p
                for a in tok.children
                if a.dep_ == "advcl" and a.lemma_.lower() in ("free", "rescue", "liberate")
                for d in a.children
                if d.dep_ == "dobj"
                for c in d.children
                if c.dep_ == "acl" and c.lemma_.lower() in CAPTIVITY_VERBS
                for g in c.children
                if g.dep_ == "agent"
                for p in _pobjs(g)
            ]
            tgt_heads = captors or tgt_heads
            late = [h for h in late if h not in tools] + [
                # "opened fire with mortars and drones on Armenian positions": the
                # target hung on the weapons
                p
                for h in tools
                for t in (h, *h.conjuncts)
                for p in _prep_objects(t, frozenset({"on", "at", "against"}))
                if not self._instrument(p) and p.ent_type_ not in ("DATE", "TIME")
            ]
        elif trig.entry.type == "MOBILIZE":  # "moved troops to its border with Belarus"
            if not src_heads and trig.entry.pos == "VERB" and _subjects(tok)[1]:
                # "riot police were deployed in central Moscow", "troops were put on
                # alert": with no agent, the forces named are who is mobilised
                src_heads = [h for h in tgt_heads if h.dep_ == "nsubjpass"]
            moved = [misread[1]] if misread else []  # "concentrated troops along the line"
            tgt_heads = [h for h in tgt_heads if h.dep_ not in ("dobj", "nsubjpass")]
            tgt_heads = [h for h in tgt_heads if h not in moved]
            late += [p for h in moved for p in _prep_objects(h, DEPLOYMENT_PREPS)]
            late = [_beyond_border(h) for h in late + _prep_objects(tok, DEPLOYMENT_PREPS)]
        elif trig.entry.type in SYMMETRIC_TYPES:  # "met at the United Nations": a venue
            tgt_heads = [h for h in tgt_heads if not (h.dep_ == "pobj" and h.head.lower_ == "at")]
            late = [h for h in late if not (h.dep_ == "pobj" and h.head.lower_ == "at")]
        if trig.entry.type == "AID" and tok.dep_ == "acl":
            late += _arrival_place(tok)  # "doses donated by China arrived in Cairo"
        if trig.entry.type == "RETREAT" and trig.mode == "withdraw":
            # "rolled out of Iraq into Kuwait", "withdrew from Iraq to Kuwait": the place
            # left is the target, not where the forces go
            heads = [*tgt_heads, *late]
            if any(h.dep_ == "pobj" and _origin_prep(h.head) for h in heads):
                tgt_heads, late = (
                    [h for h in hs if not (h.dep_ == "pobj" and h.head.lower_ in ("into", "to"))]
                    for hs in (tgt_heads, late)
                )
        # an event noun as object is not the target: "reaffirmed Ankara's support for X"
        blamed = ("dobj", "nsubjpass") if trig.entry.type == "ACCUSE" else ("dobj",)
        event_nouns = [  # (or the act blamed as passive subject: "shelling was blamed")
            h
            for h in tgt_heads
            if h.dep_ in blamed
            and h.i in self._trigger_tokens
            # (but "ambushed an army patrol": a unit of a force, whom the attack hit)
            and not (
                trig.entry.type in ("ASSAULT", "COERCE")
                and any(a.sector in ("MIL", "COP") for a in resolve(h, scan, ctx))
            )
        ]
        if event_nouns:
            tgt_heads = [h for h in tgt_heads if h not in event_nouns]
            if trig.entry.type == "ACCUSE":
                # "condemned Russia's missile attack on a hospital": whose act it was;
                # "condemned the American air raids on Tripoli": the raiders' state
                agents = [
                    a
                    for n in event_nouns
                    # (a gerund read as a verb keeps its own subject: "Ukrainian shelling
                    # was blamed by Moscow", "Ukrainian" the subject of "shelling")
                    for a in (self._act_agents(n) if n.pos_ == "NOUN" else _event_agents(n))
                ]
                tgt_heads += agents or [
                    n for n in event_nouns if any(a.country for a in resolve(n, scan, ctx))
                ]
            elif trig.entry.type == "SUPPORT":
                # "hailed the Iraqi government's recapture of Mosul": the praised act's doer
                tgt_heads += [a for n in event_nouns for a in self._act_agents(n)]
        if event_nouns and not tgt_heads:
            late = late + [
                p
                for n in event_nouns
                for c in n.children
                if c.dep_ == "prep"
                and (
                    c.lower_ in OBJECT_TARGET_PREPS
                    or (c.lower_ == "of" and n.lemma_.lower() in CLOSURE_NOUNS)
                )  # "eased its blockade of Gaza"
                for p in _pobjs(c)
            ] or [  # "received a phone call from Zelensky": the caller
                p
                for n in event_nouns
                if trig.entry.type == "CONSULT"
                for p in _prep_objects(n, frozenset({"from"}))
            ]
        if trig.entry.type == "ACCUSE" and any(
            h.dep_ == "pobj" and h.head.lower_ == "against" for h in (*tgt_heads, *late)
        ):
            # "brought a case against Ecuador at the World Court": the court is the venue
            tgt_heads, late = (
                [h for h in hs if not (h.dep_ == "pobj" and h.head.lower_ == "at")]
                for hs in (tgt_heads, late)
            )
        if trig.entry.type in ("ACCUSE", "SUPPORT"):
            # "condemned the removal of a Soviet memorial by the Estonian government",
            # "branded the British seizure of an Iranian tanker": whose act it was,
            # not everyone named inside it
            # (not the idiom's own noun: "reaffirmed Ankara's support for Azerbaijan")
            tgt_heads = [
                a
                for h in tgt_heads
                for a in ((h.lemma_.lower() != trig.entry.object and self._act_agents(h)) or [h])
            ]
        src_heads = [self._speaker_for(self._firer(h)) for h in src_heads]
        tgt_heads = [_object_for(h, tok) for h in tgt_heads]
        # "blocked two supply boats and fired water cannon at one of them"
        late = [_object_for(h, tok) if _pronoun_head(h) else h for h in late]
        if (
            trig.entry.object
            and trig.entry.particle
            and not self.resolver.dictionary.role(trig.entry.object)
        ):
            # "took to the streets (of Belgrade)": the idiom's own noun is no one (but
            # "took in Syrian refugees": people)
            idiom = trig.entry.object
            tgt_heads = [
                h
                for h in tgt_heads
                if h.lemma_.lower() != idiom
                # (but people of a nation: "sent 28 Afghan men back to Afghanistan")
                or (h.dep_ == "dobj" and any(c.ent_type_ == "NORP" for c in h.children))
            ]
            late = [h for h in late if h.lemma_.lower() != idiom]
        if trig.entry.type == "REQUEST" and len(tgt_heads) + len(late) > 1:
            # "appealed to the U.N. for more peacekeepers": the forces asked for are no side
            asked = self.lex.object_classes.get("@forces", frozenset())
            tgt_heads = [h for h in tgt_heads if not _asked_for(h, asked)] or tgt_heads
            late = [h for h in late if not _asked_for(h, asked)]
        if trig.entry.object and any(
            e.type == "PROTEST" for e in self.lex.nouns.get(trig.entry.object, ())
        ):
            # "prevented a rally by Kurdish students": the protesters are the target (the
            # parser may hang "by" on an active verb as if it were passive)
            marchers = [
                p
                for h in tok.children
                if h.dep_ in ("dobj", "npadvmod") and h.lemma_.lower() == trig.entry.object
                for p in _prep_objects(h, frozenset({"by"}))
            ]
            if any(c.dep_ == "nsubj" for c in tok.children):
                marchers += [
                    p
                    for c in tok.children
                    if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                    for p in _pobjs(c)
                ]
            if marchers:
                tgt_heads = marchers
                src_heads = [h for h in src_heads if h not in marchers] or [
                    c for c in tok.children if c.dep_ == "nsubj"
                ]
        if trig.entry.object:
            # "reaffirmed Ankara's support for Azerbaijan": the support's object, not the
            # support (the people of "expelled two diplomats" stay: they resolve to actors,
            # unless a partner follows: "shared intelligence with Israel", "exchanged
            # ambassadors with Saudi Arabia")
            tgt_heads = [
                a
                for h in tgt_heads
                for a in (
                    (
                        # ("received a call from Putin": the caller)
                        (
                            _prep_objects(
                                h, OBJECT_OF_PREPS | STAKE_PREPS.get(h.lemma_.lower(), set())
                            )
                            or _prep_objects(h, frozenset({"from"}))
                        )
                        if not self.resolver.dictionary.role(h.lemma_.lower())
                        else _prep_objects(h, frozenset({"with"}))
                    )
                    or [h]
                    if h.lemma_.lower() == trig.entry.object
                    else [h]
                )
            ]
        sources = [
            a for h in src_heads for a in self._each_nation(h, resolve(h, scan, ctx), scan, ctx)
        ]
        if (
            tok.lemma_.lower() in EXERCISE_NOUNS
            and tok.dep_ == "dobj"
            and sources
            and all(h.dep_ == "compound" and h.head.i != tok.head.i for h in src_heads)
            and not any(a.country or a.actor_id for a in sources)
        ):
            # "began their annual Foal Eagle exercises": the exercise's name, not who holds it
            subj, passive = _subjects(tok.head)
            if not passive and subj:
                sources = [
                    a for h in subj for a in self._each_nation(h, resolve(h, scan, ctx), scan, ctx)
                ]
        if not sources:
            sources = self._owned_role(src_heads, scan, ctx)
        if not sources and trig.entry.type == "AID":
            # "a convoy of trucks carrying flour from the Red Cross reached Srebrenica":
            # the goods' "from" phrase names the giver
            sources = [
                a
                for h in src_heads
                for t in h.subtree
                if t.dep_ == "prep" and t.lower_ == "from"
                for p in _pobjs(t)
                for a in resolve(p, scan, ctx)
            ][:1]
        misread_subject = next((h for h in src_heads if _misread_subject(h)), None)
        if misread_subject is not None and not any(a.country for a in sources):
            # "Qatar's emir hosted ...", "The U.S. military scrambled ...": the misparse
            # hung the subject's state on the object; take it from the words before
            words = tok.doc[_phrase_start(misread_subject) : misread_subject.i]
            home = next(
                (a.country for w in words if w.pos_ == "PROPN" for a in resolve(w, scan, ctx)),
                None,
            )
            sources = [_with_country(a, home) if home else a for a in sources]
        nations = {h.i: self._each_nation(h, resolve(h, scan, ctx), scan, ctx) for h in tgt_heads}
        if trig.entry.type == "ASSAULT" and any(s.country for s in sources):
            # (a site's town names the victim only beside a known attacker: not "a fire
            # burned three warehouses in Mombasa", "a drone strike hit the airport in Goma")
            nations = {h.i: self._sited(h, nations[h.i], trig, scan) for h in tgt_heads}
        targets = [a for h in tgt_heads for a in self._placed(h, nations[h.i], trig, scan)]
        parties = [a for h in party_heads for a in resolve(h, scan, ctx)]
        if not targets and trig.entry.type == "AID" and trig.entry.object:
            # "shored up Egypt's reserves", "rolled over Pakistan's debt": the idiom's
            # own noun belongs to the side helped
            targets = [
                a
                for c in tok.children
                if c.dep_ == "dobj" and c.lemma_.lower() == trig.entry.object
                for p in c.children
                if p.dep_ == "poss"
                for a in resolve(p, scan, ctx)
            ]
        if trig.entry.type in OWN_OBJECT_TYPES and targets and late:
            # "Syria withdrew its troops from Lebanon", "offered its troops to Lebanon":
            # the other side is the target, not the source's own forces
            own = {s.country for s in sources} | {None}
            # ("pulled its forces out of the Gaza Strip": a place stands for its country)
            left = [
                a
                for h in late
                for a in self._placed(h, resolve(h, scan, ctx), trig, scan)
                if a.country not in own
            ]
            if left and all(t.country in own for t in targets):
                targets = left
            elif (
                left
                and trig.entry.type == "COOPERATE"
                and (tok.lemma_.lower() in HANDING_VERBS or trig.entry.particle == "over")
            ):
                # "extradited Russian arms dealer Viktor Bout to the United States" (or
                # "turned over a Russian hacker to ..."): the state handed to is the
                # partner, not the suspect's own country
                targets = left
        if trig.entry.type in OWN_OBJECT_TYPES and len(targets) > 1:
            targets = _goods_dropped(tok, tgt_heads, targets, sources)
        if (
            trig.entry.type in ("SANCTION", "RETREAT", "AID")
            and trig.mode != "convict"
            and len(targets) > 1
        ):
            # "froze the London assets of Russian oligarchs", "pulled its army and police
            # units back from the border with Kosovo": beside a foreign side, the source's
            # own state (its places, its units) is no second target
            own = {s.country for s in sources if s.country}
            foreign = [t for t in targets if t.country and t.country not in own]
            if own and foreign:
                targets = [t for t in targets if t.country not in own]
        if not targets and not parties:  # "opened fire on Tajik soldiers", "aid to Gaza"
            targets = [a for h in late for a in self._placed(h, resolve(h, scan, ctx), trig, scan)]
        if not targets and not parties and fallback:
            # "signed arms deals with France": the object noun carries the partner
            for prep in fallback:
                found = [a for h in _pobjs(prep) for a in resolve(h, scan, ctx)]
                if prep.lower_ in PARTY_PREPS:
                    parties.extend(found)
                else:
                    targets.extend(found)
        if not parties and not targets and sources:
            # "reaffirmed support for Azerbaijan's territorial integrity", "demanded the
            # release of hostages held by Hamas": the actor inside the object phrase
            inner = [h for h in late if h.head.lower_ in ("for", "against", "to", "on", "with")]
            for head in [*tgt_heads, *inner]:
                found = self._actor_within(head, scan, ctx, sources)
                found = [a for a in found if a not in sources]
                if found:
                    targets = found
                    break
        if parties:
            if not sources:
                sources, targets = parties[:1], parties[1:] + targets
            else:
                targets = parties + targets
        if trig.entry.type == "ACCUSE" and not targets and tok.lemma_.lower() in INQUIRY_NOUNS:
            # "opened an investigation into the killing of prisoners by Russian troops"
            targets = [
                a
                for h in _trigger_preps(trig, frozenset({"into"}))
                for agent in _event_agents(h)
                for a in resolve(agent, scan, ctx)
                if a not in sources
            ]
        if (
            trig.entry.type == "ACCUSE"
            and not targets
            and tok.lemma_.lower() in INQUIRY_NOUNS
            and tok.dep_ == "dobj"
        ):
            # "opened a probe into former president Bolsonaro": "into" hung on the verb
            targets = [
                a
                for h in _prep_objects(tok.head, frozenset({"into"}))
                if h.i not in self._trigger_tokens
                for a in resolve(h, scan, ctx)
                if a not in sources
            ]
        if trig.entry.type == "ACCUSE":
            # "lodged a complaint with the OSCE against Azerbaijan": the OSCE only hears it
            against = [
                a
                for h in _trigger_preps(trig, frozenset({"against"}))
                for a in resolve(h, scan, ctx)
                if a.country and a not in sources
            ]
            if against:
                targets = against
        lodged_with_third_party = tok.pos_ != "VERB" and all(
            t.country in ("IGO", "NGO") for t in targets
        )  # "lodged a protest with the United Nations over Iraqi air raids"
        if (
            trig.entry.type == "ACCUSE"
            and (tok.pos_ == "VERB" or lodged_with_third_party)
            and not any(h.dep_ == "dobj" and t.country for h in tgt_heads for t in targets)
            and not any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children)
        ):  # ("lashed out at Washington over its arms sales": Washington)
            # "Lebanon complained to the UN over two Israeli air raids": the complaint is
            # about Israel; the UN is only whom it is lodged with (but "condemned the
            # United States over an arms sale to Taiwan" condemns the United States)
            own = {s.country for s in sources}
            for about in _trigger_preps(trig, frozenset({"over", "about"})):
                found = [
                    a
                    for a in self._actor_within(about, scan, ctx, sources)
                    if a.country and a.country not in own and a not in sources
                ]
                if found:
                    targets = found
                    break
        if trig.entry.type == "ACCUSE" and not targets and sources:
            # "led a chorus of condemnation after Belarus forced a jet to land",
            # "protested after Belarus forced ...": whoever did what prompted it
            own = {s.country for s in sources}
            verb = tok if tok.pos_ == "VERB" else trig.anchor
            targets = [
                a
                for clause in verb.children
                if clause.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "after" for m in clause.children)
                for subj in clause.children
                if subj.dep_ == "nsubj"
                for a in resolve(subj, scan, ctx)
                if a.country and a.country not in own
            ]
        if trig.entry.type == "ACCUSE" and len(targets) > 1:
            # "condemned the sale of American fighter jets to Taiwan": the seller of a
            # condemned transfer is accused, not whom the goods go to
            receivers = {
                a.country
                for h in tgt_heads
                if h.lemma_.lower() in TRANSFER_NOUNS
                for p in _prep_objects(h, frozenset({"to"}))
                for a in resolve(p, scan, ctx)
            }
            targets = [a for a in targets if a.country not in receivers] or targets
        if trig.entry.type == "REQUEST" and len(targets) > 1:
            # "called for the withdrawal of Iraqi troops from Kuwait": the place to be
            # left is not asked to do anything, the forces' state is
            vacated = {
                a.country
                for h in (*tgt_heads, *late)
                if any(e.type == "RETREAT" for e in self.lex.nouns.get(h.lemma_.lower(), ()))
                for p in _prep_objects(h, frozenset({"from"}))
                for a in self._placed(p, resolve(p, scan, ctx), trig, scan)
                if a.country
            }
            targets = [t for t in targets if t.country not in vacated] or targets
        if (
            trig.entry.type == "REQUEST"
            and len(targets) > 1
            and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.lex.nouns for c in tok.children
            )
        ):
            # "sought assurances from Beijing on the safety of Japanese nationals": the
            # party asked ("from") is the addressee, not the people the request is about
            addressed = {
                a.country
                for p in _prep_objects(tok, frozenset({"from"}))
                for a in resolve(p, scan, ctx)
                if a.country
            }
            targets = [t for t in targets if t.country in addressed] or targets
        homes = {s.country for s in sources if s.country}
        # "Russia withdrew its troops", "Putin ordered his forces": not a target of its own
        targets = [t for t in targets if not (t.country in homes and _possessed(t))]
        if trig.entry.type in ("ACCUSE", "SUPPORT") and homes:
            # (and praise: "the withdrawal of French troops from Niger was welcomed by the
            # government in Niamey" praises France, not Niger)
            # "slammed the expulsion of Russian diplomats from Prague", "found that
            # Sudanese forces and allied militias had ...": when the act accused has a
            # foreign doer, the accuser's own people and the stateless beside it are
            # not accused too
            foreign = [t for t in targets if t.country and t.country not in homes]
            if foreign:
                targets = foreign
        targets = [self._named_place(t, trig, scan) for t in targets]
        return _dedupe(sources), _dedupe([t for t in targets if t not in sources])

    def _owned_role(self, heads: list[Token], scan: Scan, ctx: ArticleContext) -> list[Actor]:
        """ "Myanmar's military seized power": a role the tagger read as an adjective after
        a possessive (no actor of its own) is that owner's, in the role's sector."""
        for h in heads:
            role = self.resolver.dictionary.role(h.lower_) if h.pos_ == "ADJ" else None
            if role is not None and h.i >= 2 and h.doc[h.i - 1].tag_ == "POS":
                owners = self.resolver.resolve(h.doc[h.i - 2], scan, ctx)
                text = f"{h.doc[h.i - 2].text}'s {h.text}"
                return [replace(a, text=text, sector=role.sector) for a in owners if a.country]
        return []

    def _named_place(self, actor: Actor, trig: _Trig, scan: Scan) -> Actor:
        """An unknown name the gazetteer knows as a place ("withdrew from Khan Younis",
        "from Nagorno-Karabakh") stands for the country it lies in."""
        if (
            actor.country
            or actor.sector
            or actor.actor_id
            or trig.entry.type not in (PLACE_TARGET_TYPES)
        ):
            return actor
        for tok in trig.tok.sent:
            if (
                tok.pos_ == "PROPN"
                and tok.dep_ != "compound"  # the name's head: "Younis" of "Khan Younis"
                and actor.text in (tok.text, _span_text(tok))
            ):
                place = self._settlement(tok, trig, scan)
                if place is not None and place.country:
                    return self.resolver.country_actor(place.country, actor.text, None)
                break
        return actor

    def _actor_within(
        self, noun: Token, scan: Scan, ctx: ArticleContext, sources: list[Actor]
    ) -> list[Actor]:
        """The actor an abstract noun is about: itself, else its possessor or its "by" /
        "of" complement ("violations by Algerian security forces", "Assad's failure",
        "the Russian government's refusal")."""
        found = [a for a in self.resolver.resolve(noun, scan, ctx) if a.country]
        if found:
            return found
        if noun.lemma_.lower() in RELATIONAL_NOUNS:
            return []  # "Ukraine's allies" are about someone other than Ukraine
        inner = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        inner += [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("by", "of")
            for p in _pobjs(c)
        ]
        inner += _participle_agents(noun)  # "violations committed by X"
        for tok in inner:
            found = [a for a in self.resolver.resolve(tok, scan, ctx) if a.country]
            if found:
                return found
        return []

    def _act_agents(self, head: Token) -> list[Token]:
        """Who did the act a plain noun names ("the removal ... by the Estonian
        government", "the British seizure of ...", "Iraq's recapture of Mosul"); none
        for a noun that names an actor ("the Israeli ambassador")."""
        if head.pos_ != "NOUN" or self.resolver.dictionary.role(head.lemma_.lower()):
            return []
        if head.i not in self._trigger_tokens and any(
            t.i in self._trigger_tokens for t in head.subtree
        ):
            return []  # "the EU's response to the Banjska attack": an act inside it
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
            return []  # "defended its ally Pakistan": the noun names who it is
        agents = _event_agents(head) + [
            c
            for c in head.children
            if (c.dep_ == "amod" and c.ent_type_ == "NORP")
            # "the latest U.S. arms sale to Taiwan": a state's name as a modifier
            or (c.dep_ == "compound" and self._of_kind(c.text, "country"))
        ]
        # (a pronoun is left to the resolver: "its ally", "their decision")
        return [a for a in agents if a.pos_ != "PRON"]

    def _instrument(self, tok: Token) -> bool:
        head = tok
        for _ in range(3):  # "a similar number of drones"
            inner = of_object(head)
            if head.lemma_.lower() in self.cues.instruments or inner is None:
                break
            head = inner
        return head.lemma_.lower() in self.cues.instruments

    def _firer(self, tok: Token) -> Token:
        """ "wounded by sniper fire from Armenian positions": whoever an instrument came
        from is the source."""
        if not self._instrument(tok):
            return tok
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                found = _pobjs(prep)
                if found:
                    return found[0]
        return tok

    @staticmethod
    def _speaker_for(tok: Token) -> Token:
        """ "M23 rebels said they had taken Goma": "they" is whoever said so."""
        if tok.lower_ not in ("they", "it", "we") or tok.pos_ != "PRON":
            return tok
        clause = tok.head
        if clause.dep_ in ("ccomp", "xcomp") and clause.head.pos_ == "VERB":
            speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            if speaker is not None and speaker.i != tok.i:
                return speaker
        return tok
