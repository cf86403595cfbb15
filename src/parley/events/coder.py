"""Where a sentence becomes events.

For each sentence of a parsed article:

1. opinion or analysis with no reported action is flagged and not coded;
2. triggers are found from the lexicon (verbs by lemma, with a required
   particle or object where the lexicon says so; nouns by lemma or
   compound + lemma: "talks", "arms deal", "clashes");
3. triggers that are the *content* of another ("threatened to attack",
   "agreed to withdraw") give that one its mode instead of an event of their
   own; "accused X of shelling" keeps the shelling as a claim by the accuser;
4. source and target come from the parse: subject/object, passive agent,
   "between A and B", "with/against/on X", possessives, coordination;
   a nominal event takes the subject of the verb that governs it
   ("Armenia signed arms deals with France");
5. "hosted/mediated by X" adds a third-party CONSULT from the mediator;
6. date (resolved against the publication date), place (GeoNames),
   certainty, attribution and negation are attached.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from itertools import product

from spacy.tokens import Doc, Span, Token

from parley.actors.matcher import (
    RELATIONAL_NOUNS,
    ActorResolver,
    ArticleContext,
    Match,
    Scan,
    both_sides,
    of_object,
    quantity_head,
    stance_of,
)
from parley.events.certainty import CLAIM_NOUNS, claim_tail, is_opinion, modality
from parley.events.dates import resolve_date
from parley.events.lexicon import Lexicon, Trigger
from parley.events.places import SECESSIONS, Gazetteer, as_of, dateline_place
from parley.models import (
    CONFLICT_TYPES,
    SYMMETRIC_TYPES,
    Actor,
    Article,
    Event,
    Location,
    Sentence,
)

CONTENT_GOVERNORS = frozenset({"THREATEN", "REQUEST", "REJECT", "AGREE"})
# prepositions whose object is an event's target, on a verb or an event noun
TARGET_PREPS = frozenset(
    {"with", "against", "on", "upon", "at", "to", "toward", "towards", "into", "from", "for"}
)
DEPLOYMENT_PREPS = frozenset({"near", "along", "around"})  # MOBILIZE only
PARTY_PREPS = frozenset({"between", "among", "amongst"})
VENUE_PREPS = frozenset({"in", "at"})  # where a meeting or a signing was held
# what is held at a venue ("talks in Turkey", "a signing ceremony in Qatar")
VENUE_NOUNS = frozenset(
    {"talk", "meeting", "summit", "conference", "ceremony", "negotiation", "round", "session"}
)
# verbs of speaking about an event: their subject did not do it ("described the detention")
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "report",
        "describe",
        "call",
        "mention",
        "cite",
        "note",
        "explain",
        "recall",
        "term",
        "label",
        "characterize",
        "characterise",
        "dismiss",
        "question",
    }
)
# verbs whose object is the subject of their infinitive: "urged Armenia to withdraw"
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "call",
        "press",
        "force",
        "order",
        "persuade",
        "tell",
        "allow",
        "help",
        "encourage",
        "invite",
        "pressure",
        "compel",
        "instruct",
        "authorize",
        "authorise",
        "permit",
        "enable",
        "push",
        "oblige",
        "require",
        "prompt",  # "prompting Azerbaijan to accuse Paris": Azerbaijan accuses
        "spur",
        "provoke",
        "cause",
    }
)
# restrictions whose "of" phrase is what they close off ("the blockade of Gaza")
CLOSURE_NOUNS = frozenset({"blockade", "siege", "encirclement", "occupation", "closure"})
OBJECT_TARGET_PREPS = frozenset(
    {"with", "against", "between", "to", "at", "on", "into", "toward", "towards", "for"}
)
# a nominal trigger under these prepositions is background, not a reported event
# ("during", "amid", "following" and "for" introduce events that did happen: "during a
# visit to Nakhchivan", "arrived for talks with Houthi leaders")
BACKGROUND_PREPS = frozenset(
    {
        "before",
        "since",
        "amidst",  # but not "amid"
        "under",  # "under the agreement, peacekeepers are to ...": the deal is context
        "despite",
        "over",
        "about",
        "of",
        "like",
        "than",
        "until",
        "ahead",
        "by",
        "as",
        "around",
        "on",
        "regarding",
        "concerning",
    }
)
# "went on strike", "arrived in Amman on a two-day visit": the noun after "on" is the event
ON_EVENT_VERBS = frozenset(
    {
        "be",
        "go",
        "remain",
        "stay",
        "arrive",
        "travel",
        "come",
        "fly",
        "head",
        "embark",
        "leave",
        "put",
        "place",
        "keep",
    }  # "put its troops on high alert"
)
QUANTITY_NOUNS = frozenset(
    {
        "round",
        "series",
        "wave",
        "spate",
        "string",
        "day",
        "days",
        "package",
        "night",
        "week",
        "weeks",
        # amounts: "5 million dollars of aid", "25,000 tons of food aid"
        "dollar",
        "euro",
        "pound",
        "ton",
        "tonne",
        "worth",
        "shipment",
        "consignment",
        "convoy",
        "truckload",
        "truck",
        "lorry",
        "planeload",
        "shipload",
    }
)
# words of diplomatic recognition, whose object may be a breakaway place
RECOGNITION_WORDS = frozenset({"recognise", "recognize", "recognition"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "into", "through"})
# nouns for a part of a place ("the east of Congo", "the west coast of Aceh"): where is the
# place they are part of; the edge-like ones also take "on" ("on the coast of Java")
PART_OF_PLACE_NOUNS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "centre",
        "center",
        "part",
        "parts",
        "interior",
        "heart",
        "coast",
        "coastline",
        "shore",
        "shores",
        "outskirts",
        "outskirt",
        "edge",
        "border",
        "bank",
    }
)
EDGE_OF_PLACE_NOUNS = frozenset(
    {"coast", "coastline", "shore", "shores", "outskirts", "outskirt", "edge", "bank"}
)
# material events whose target may be the country of the place they happen in
# verbs that send an envoy on a visit ("China sent an envoy to Kyiv"; own name: a later
# SENDING_VERBS of bodies sent used to replace this one)
ENVOY_SENDING_VERBS = frozenset({"send", "dispatch"})
EMISSARY_WORDS = frozenset(
    {
        "envoy",
        "envoys",
        "delegation",
        "delegations",
        "emissary",
        "emissaries",
        "negotiator",
        "negotiators",
        "mediator",
        "mediators",
        "delegate",
        "delegates",
        "representative",
        "representatives",
    }
)
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "PROTEST", "RETREAT"})
INTENT_AGREE_TYPES = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
INTENT_THREAT_MODES: dict[str, str | None] = {
    "ASSAULT": "violence",
    "COERCE": "arrest",
    "SANCTION": "restrict",
    "PROTEST": None,  # "said they would boycott all contact"
    "REJECT": None,  # "said it would veto any resolution", "would block the bid"
}
OBLIGATION_MODALS = frozenset({"must", "should"})
# "said X was responsible/to blame for the attack": naming the culprit (ACCUSE)
CULPRIT_ADJECTIVES = frozenset({"responsible", "culpable", "guilty"})
# verbs by which an inquiry or a government states a finding ("determined that ...")
FINDING_VERBS = frozenset({"determine", "find", "conclude", "establish"})
# what one "commits" that is a grave crime of force ("committed genocide")
ATROCITY_NOUNS = frozenset({"genocide", "atrocity", "massacre", "cleansing"})


def _atrocity(noun: Token) -> bool:
    """ "genocide", "atrocities", "ethnic cleansing", "war crimes", "crimes against
    humanity": what committing is a grave act of force."""
    lemma = noun.lemma_.lower()
    if lemma in ATROCITY_NOUNS:
        return True
    if lemma != "crime":
        return False
    return any(c.dep_ == "compound" and c.lower_ == "war" for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "against" for c in noun.children
    )


HOSTILE_DEEDS = frozenset(
    {"attack", "bombing", "blast", "explosion", "killing", "plot", "massacre", "violence", "death"}
)
# events whose object may be the source's own forces or goods, the other side in a
# prepositional phrase ("withdrew its troops from Lebanon", "offered its troops to ...")
OWN_OBJECT_TYPES = frozenset({"RETREAT", "AGREE", "AID", "COOPERATE", "SUPPORT", "SANCTION"})
# "lodged a protest with Albania": a protest note is criticism (ACCUSE)
PROTEST_NOTE_VERBS = frozenset(
    {"lodge", "file", "send", "deliver", "hand", "register", "issue", "submit", "summon"}
)
STRIKE_MODIFIERS = frozenset(
    {
        "general",
        "nationwide",
        "national",
        "labour",
        "labor",
        "indefinite",
        "open-ended",
        "teachers",
        "workers",
        "doctors",
        "hunger",
        "warning",
        "24-hour",
        "48-hour",
    }
)
RAISING_VERBS = frozenset({"allow", "let", "permit", "force", "help", "enable"})
# answers to another side's proposal, whose "from X" names that side
RESPONSE_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE", "SUPPORT"})
# participles after an event noun whose "by" phrase names whose act it was ("a strike
# called by the unions", "a bombing claimed by Islamic State")
AUTHOR_VERBS = frozenset(
    {"call", "organise", "organize", "stage", "lead", "launch", "mount", "claim"}
)
# verbs whose subject suffered the act the "in ..." phrase names ("two soldiers died in
# an attack by ..."): a victim, never the attacker
VICTIM_VERBS = frozenset({"die", "perish"})
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE"})
# acceptances whose negation is a refusal ("will not accept", "failed to reach a deal")
REFUSABLE = frozenset({"accept", "agree", "reach", "sign", "approve", "endorse", "ratify"})
# what crowds do in a participle after their noun ("demonstrators protesting ...")
CROWD_VERBS = frozenset(
    {"protest", "demand", "chant", "denounce", "condemn", "demonstrate", "march", "rally"}
)
# nouns whose complement says whom a protest is against
DEFIANCE = frozenset({"protest", "defiance", "disapproval", "opposition", "anger", "outrage"})
ELECTION_NOUNS = ("election", "run-off", "runoff", "referendum", "vote", "poll", "ballot")
# statements that answer an earlier act or claim ("rejected the accusation")
REFERRING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "CONCEDE"})
EVENT_REFERENCES = frozenset(
    {
        "move",
        "step",
        "decision",
        "raid",
        "attack",
        "strike",
        "incident",
        "action",
        "accusation",
        "claim",
        "allegation",
        "charge",
        "report",
        "demand",
        "proposal",
        "plan",
        "offer",
        "ultimatum",
        "assault",
        "operation",
        "killing",
        "arrest",
        "detention",
        "expulsion",
        "deal",
        "agreement",
        "announcement",
        "statement",
        "remark",
        "comment",
        # "Seoul condemned the launch", "Kyiv denounced the shelling": the act just reported
        "launch",
        "test",
        "bombing",
        "shelling",
        "seizure",
        "invasion",
        "incursion",
        "provocation",
        "deployment",
        "crackdown",
        "execution",
        "blockade",
        "annexation",
    }
)
NEIGHBOUR_NOUNS = frozenset(
    {"neighbour", "neighbor", "rival", "adversary", "enemy", "foe", "counterpart", "ally"}
)
ORGANISATION_WORDS = frozenset(
    {
        "community",
        "union",
        "organization",
        "organisation",
        "alliance",
        "league",
        "court",
        "council",
        "commonwealth",
        "treaty",
        "pact",
        "bloc",
        "federation",
        "opec",
        "nato",
        "ecowas",
    }
)
TREATY_NOUNS = frozenset({"deal", "treaty", "agreement", "accord", "pact", "convention"})
CROWD_SECTORS = frozenset({"OPP", "CVL", "EDU", "LAB"})
CROWD_MODES = frozenset({"crowd-control"})
# "support for X", "commitment to X": what a trigger's named object is about
OBJECT_OF_PREPS = frozenset({"for", "to", "with", "on", "against"})
AWAY_PREPS = frozenset({"from", "of"})
ORDINALS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)
CLASH_VERBS = frozenset({"clash", "skirmish", "fight", "battle", "exchange"})
INQUIRY_NOUNS = frozenset({"inquiry", "enquiry", "investigation", "probe", "review"})
# buildings that stand for a state abroad: a protest outside one is aimed at that state
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "base", "legation"})
RIOT_VERBS = frozenset(
    {
        "storm",
        "attack",
        "ransack",
        "torch",
        "stone",
        "besiege",
        "occupy",
        "invade",
        "burn",
        "loot",
        "vandalize",
        "vandalise",
        "smash",
        "overrun",
        "set",  # "setting fire to one of its doors"
    }
)
BROKER_VERBS = frozenset({"broker", "mediate", "host", "sponsor", "facilitate"})
FORCE_NOUNS = frozenset(
    {"troop", "soldier", "force", "peacekeeper", "army", "contingent", "unit", "marine"}
)
# things put forward, whose content has not happened ("a plan for a ceasefire")
PROPOSAL_NOUNS = frozenset(
    {
        "plan",
        "proposal",
        "blueprint",
        "roadmap",
        "framework",
        "draft",
        "resolution",
        "bid",
        "push",
        "effort",
        "campaign",
        "initiative",
        "idea",
        "scheme",
        "formula",
        "motion",
        "appeal",  # "Egypt's appeal for a truce", "pleas for calm": what is asked for
        "plea",
        "hope",
    }
)
# nouns for goods on their way: an event noun after "of" is their contents
CARGO_NOUNS = frozenset(
    {"shipment", "delivery", "consignment", "cargo", "supply", "stockpile", "transfer", "batch"}
)
# verbs of guarding: "protect X from attacks" names attacks in general, none that happened
PROTECT_VERBS = frozenset({"protect", "shield", "defend", "guard", "safeguard", "secure"})

EFFORT_NOUNS = frozenset({"effort", "mission", "bid", "initiative", "attempt", "push", "drive"})
EXERCISE_NOUNS = frozenset(
    {"exercise", "drill", "manoeuvre", "maneuver", "wargame", "game"}
)  # "war games"
STOP_VERBS = frozenset(
    {
        "cease",
        "stop",
        "halt",
        "end",
        "suspend",
        "refrain",
        "abandon",
        "postpone",
        "delay",
        "cancel",
        "call",
    }  # "call off"
)
TIME_PREPS = frozenset(
    {"after", "before", "since", "during", "amid", "following", "despite", "until"}
)
# what an actor issues in words: "issued a statement condemning ..."
STATEMENT_NOUNS = frozenset(
    {
        "statement",
        "declaration",
        "communique",
        "communiqué",
        "letter",
        "note",
        "message",
        "resolution",
        "decree",
        "ultimatum",
        "appeal",
        "release",
        "video",
        "bulletin",
    }
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACES = frozenset({"government", "person", "igo", "group"})
ORG_KINDS = frozenset({"country", "capital", "government", "igo", "group"})
SETTLEMENT_NOUNS = frozenset(
    {
        "village",
        "town",
        "city",
        "region",
        "district",
        "province",
        "settlement",
        "area",
        "state",
        "oblast",
        "governorate",
        "county",
        "department",
        "prefecture",
        "camp",  # "Israel raids Jenin refugee camp", "the Zamzam camp"
        "port",  # "Russian missiles hit Odesa port", "the port of Hodeidah"
        # "the insurgent stronghold of Falluja", "his hometown of Sirte"
        "stronghold",
        "bastion",
        "hometown",
        "enclave",
        "suburb",
    }
)


@dataclass
class _Trig:
    tok: Token
    entry: Trigger
    mode: str | None
    anchor: Token  # the verb of the clause the trigger belongs to
    content_of: _Trig | None = None
    dropped: bool = False
    mediated: bool = False  # an event noun whose verb is a mediator's ("hosted talks")
    addressee: Token | None = None  # "X said Y must ...": Y, whom the demand is made of


class EventCoder:
    """Codes parsed articles into events with one lexicon, resolver and gazetteer."""

    def __init__(self, lexicon: Lexicon, resolver: ActorResolver, gazetteer: Gazetteer) -> None:
        self.lex = lexicon
        self.resolver = resolver
        self.gazetteer = gazetteer
        assert lexicon.cues is not None
        self.cues = lexicon.cues
        self._trigger_tokens: set[int] = set()
        # verbs whose every reading is a material act on an object ("detain", "shell"):
        # they take no reported clause ("detained five Palestinians and Hamas condemned")
        # (or force at least, with no reading that reports: "struck Rafah", "strike a deal")
        self._object_verbs = frozenset(
            lemma
            for lemma, entries in lexicon.verbs.items()
            if entries
            and lemma not in SMALL_CLAUSE_VERBS
            and (
                all(e.type in OBJECT_VERB_TYPES for e in entries)
                or (
                    any(e.type in ("ASSAULT", "COERCE") for e in entries)
                    and not any(e.type in CLAUSE_TYPES and e.object is None for e in entries)
                )
            )
        )

    # -- article level ----------------------------------------------------------------------

    def code_article(
        self, article: Article, docs: Iterable[tuple[Doc, int]]
    ) -> tuple[list[Sentence], list[Event]]:
        """Sentences and events of an article parsed paragraph by paragraph.

        ``docs`` yields each paragraph's Doc with its character offset in
        ``article.text``, in order.
        """
        ctx = ArticleContext(date=article.date)
        dateline = dateline_place(article.text, self.gazetteer)
        ctx.dateline = dateline.country if dateline is not None else None
        sentences: list[Sentence] = []
        events: list[Event] = []
        sides = self.resolver.divided_states(article.text)
        for doc, offset in docs:
            scan = self.resolver.scan(doc)
            self.resolver.add_divided_states(doc, scan, sides)  # "the North" in Korea news
            _repair_clause_subjects(doc, scan)
            _repair_object_clauses(doc, self._object_verbs)
            _repair_passive_participles(doc)
            _repair_under_attack(doc)
            _repair_verbless_pair(doc)
            for sent in doc.sents:
                if not sent.text.strip():
                    continue
                opinion = is_opinion(sent, self.cues)
                sentence = Sentence(
                    len(sentences),
                    offset + sent.start_char,
                    offset + sent.end_char,
                    sent.text,
                    opinion,
                )
                sentences.append(sentence)
                if not opinion:
                    events.extend(self.code_sentence(sent, sentence, scan, ctx, article))
                self._remember_people(sent, scan, ctx)
        return sentences, events

    def _remember_people(self, sent: Span, scan: Scan, ctx: ArticleContext) -> None:
        """The last person named in a sentence is who a later "he"/"she" means; the first
        organisation or state named is what a later "it" means."""
        inside = [m for m in scan.matches if sent.start <= m.start < sent.end]
        orgs = [m for m in inside if m.entry.kind in ORG_KINDS]
        if orgs:  # what a later "it" means
            ctx.last_org = _matched_org(sent.doc, min(orgs, key=lambda m: m.start))
        igos = [m for m in inside if m.entry.kind == "igo"]
        if igos:  # what a later "the bloc" means
            ctx.last_igo = _matched_org(sent.doc, max(igos, key=lambda m: m.start))
        groups = [m for m in inside if m.entry.kind == "group"]
        if groups:  # what a later "the group" means
            ctx.last_named_group = _matched_org(sent.doc, max(groups, key=lambda m: m.start))
        people = [m for m in inside if m.entry.kind == "person"]
        for m in people:
            self._remember_titles(sent.doc, m, ctx)
        if people:
            m = max(people, key=lambda m: m.start)
            sector, role = m.entry.at(ctx.date)
            text = sent.doc[m.start : m.end].text
            country = m.entry.country_at(ctx.date)  # "Soviet foreign minister Shevardnadze"
            ctx.remember(Actor(text, m.entry.name, country, sector, m.entry.actor_id), role)

    def _remember_titles(self, doc: Doc, m: Match, ctx: ArticleContext) -> None:
        """The titles a person is named with ("Sudan's army chief, General Abdel Fattah
        al-Burhan") are what a later "the general" or "the army chief" means, even when
        another person was named after him."""
        country = m.entry.country_at(ctx.date)
        if not country:
            return
        head = doc[m.end - 1]
        titles = [t for t in doc[max(m.start - 3, 0) : m.start] if t.head.i >= m.start]
        if head.dep_ == "appos" and head.head.i < m.start:
            titles.append(head.head)  # "the army chief, General X"
        sector, _role = m.entry.at(ctx.date)
        actor = Actor(doc[m.start : m.end].text, m.entry.name, country, sector, m.entry.actor_id)
        for tok in titles:
            role = self.resolver._role_of(tok)
            if role is not None and role.person and role.role:
                ctx.by_role[role.role] = actor

    # -- sentence level ---------------------------------------------------------------------

    def code_sentence(
        self, sent: Span, sentence: Sentence, scan: Scan, ctx: ArticleContext, article: Article
    ) -> list[Event]:
        trigs = self._find_triggers(sent)
        if trigs:
            if ctx.home:
                ctx.last_home = ctx.home
            ctx.home = self._sentence_home(sent, scan, ctx)
        elif ctx.home is None and ctx.last_home is None:
            # "Daniel Ortega has tightened his grip. The government stripped critics of
            # their citizenship": an opening sentence with no event still says whose
            # country the story is in
            ctx.last_home = self._sentence_home(sent, scan, ctx)
        self._link_content(trigs)
        self._absorb_nominals(trigs)
        events: list[Event] = []
        for trig in trigs:
            if trig.dropped:
                continue
            found = self._events_for(trig, trigs, sent, sentence, scan, ctx, article)
            events.extend(found)
            ctx.events.extend(e for e in found if not e.negated and e.certainty != "speculative")
        events = [_as_of(e, article.date) for e in events]
        events = _drop_sourceless_duplicates(events)
        events = _shared_targets(events)
        events = _answered_attacks(events, ctx.events, sentence.index)
        events = self._other_of_two(sent, events, scan)
        events = _own_side_between(sent, events)
        events = _one_per_dyad(events)
        events = _crowd_targets(events)
        kind = self._in_kind(sent, events, scan, ctx)
        if kind:  # "retaliated in kind": the copy replaces the verb's own event
            copied = {e.trigger for e in kind}
            events = [e for e in events if e.trigger not in copied] + kind
        events.extend(self._brokered(sent, events, scan, ctx))
        events = self._aid_shares(sent, events, scan, ctx)
        unique: list[Event] = []
        seen: set[tuple[object, ...]] = set()
        for ev in events:
            key = (ev.type, ev.source, ev.target, ev.trigger)
            if key not in seen:
                seen.add(key)
                unique.append(ev.with_id())
        return unique

    def _sentence_home(self, sent: Span, scan: Scan, ctx: ArticleContext) -> str | None:
        """The one country a sentence names (by a state, a demonym, a person, a group or a
        city), or the dateline's when it names none: where its unnamed actors belong
        ("police fired tear gas", "the army") when nothing closer says."""
        found: set[str] = set()
        for m in scan.matches:
            if (
                sent.start <= m.start < sent.end
                and m.entry.country
                and not (  # "anti-American protesters" are not at home in the US
                    m.entry.kind in ("demonym", "country")
                    and stance_of(sent.doc[m.start]) == "anti"
                )
                and not _base_of(sent.doc[m.end - 1])
            ):
                found.add(m.entry.country)
        for ent in sent.ents:
            if (
                ent.label_ in ("GPE", "LOC")
                and scan.at(ent.start) is None
                and not _base_of(ent.root)
            ):
                place = self.gazetteer.find(ent.text, towns=False)
                if place.country:
                    found.add(place.country)
        found -= {"IGO", "NGO"}
        if not found:
            # a sentence naming no country goes on in the paragraph's ("Human Rights Watch
            # published a report on killings in Burkina Faso. It accused the army ...")
            return ctx.dateline or ctx.last_home
        return next(iter(found)) if len(found) == 1 else None

    def _aid_shares(
        self, sent: Span, events: list[Event], scan: Scan, ctx: ArticleContext
    ) -> list[Event]:
        """ "80 million euros in aid for the Sahel, including 20 million for Chad": each
        state an amount of the package is for receives aid from its giver (one with a
        regional or unnamed recipient gives way to the states)."""
        aid = [e for e in events if e.type == "AID" and e.source is not None and not e.negated]
        if not aid:
            return events
        shares: list[Actor] = []
        for tok in sent:
            if tok.lemma_.lower() != "include" or tok.tag_ != "VBG":
                continue
            amounts = [
                a for c in tok.children if c.dep_ in ("pobj", "dobj") for a in [c, *c.conjuncts]
            ]
            for amount in (a for a in amounts if _amount_noun(a)):
                for pobj in _prep_objects(amount, frozenset({"for", "to"})):
                    for t in [pobj, *pobj.conjuncts]:
                        shares += [a for a in self.resolver.resolve(t, scan, ctx) if a.country]
        if not shares:
            return events
        # the package's events: the aid, and the promise of it ("will provide ...")
        package = [
            e
            for e in events
            if e.trigger == aid[0].trigger
            and e.source == aid[0].source
            and e.type in ("AID", "AGREE")
            and (e.target is None or not e.target.country)
        ]
        out = [e for e in events if all(e is not p for p in package)]
        for base in package or aid[:1]:
            for actor in shares:
                if actor.country != aid[0].source.country and all(  # type: ignore[union-attr]
                    e.target is None or e.target.country != actor.country
                    for e in out
                    if e.type == base.type
                ):
                    out.append(replace(base, target=actor))
        return out

    def _other_of_two(self, sent: Span, events: list[Event], scan: Scan) -> list[Event]:
        """ "(Modi arrived in Hanoi.) He hailed the ties between the two nations": praise
        of the bond between "the two countries" with no one named is aimed at the other
        state, the one other state this sentence names (even as a venue: "during a visit
        to Pakistan"), else the nearest one named before it in the paragraph."""
        if not any(both_sides(t) and t.head.lower_ in ("between", "of") for t in sent):
            return events
        out = []
        for e in events:
            src = e.source.country if e.source is not None else None
            if (
                e.type in ("SUPPORT", "AGREE", "COOPERATE")
                and (e.target is None or not e.target.country)
                and src
                and src not in ("IGO", "NGO")
            ):
                other = self._other_state(sent, scan, src)
                if other is not None:
                    e = replace(e, target=other)
            out.append(e)
        return out

    def _other_state(self, sent: Span, scan: Scan, own: str) -> Actor | None:
        """The one state other than ``own`` the sentence names, else the last one named
        before it in the paragraph."""

        def state(m: Match) -> bool:
            kinds = ("country", "capital", "demonym", "person", "government")
            return m.entry.kind in kinds and m.entry.country not in (None, own, "IGO", "NGO")

        inside = [m for m in scan.matches if sent.start <= m.start < sent.end and state(m)]
        if len({m.entry.country for m in inside}) == 1:
            m = inside[0]
        else:
            before = [m for m in scan.matches if m.start < sent.start and state(m)]
            if inside or not before:
                return None
            m = max(before, key=lambda m: m.start)
        code = m.entry.country
        assert code is not None
        text = sent.doc[m.start : m.end].text.rstrip(",.;:")  # "... to Pakistan."
        return self.resolver.country_actor(code, text, "GOV")

    def _brokered(
        self, sent: Span, events: list[Event], scan: Scan, ctx: ArticleContext
    ) -> list[Event]:
        """ "reached an EU-brokered deal", "a US-mediated ceasefire": the broker mediated
        between the parties of the agreement (CONSULT, third-party)."""
        out: list[Event] = []
        for tok in sent:
            if tok.dep_ != "amod" or tok.lemma_.lower() not in BROKER_VERBS:
                continue
            names = [c for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod")]
            brokers = [a for n in names for a in self.resolver.resolve(n, scan, ctx)]
            brokers = [a for a in brokers if a.country]
            noun = tok.head
            deals = [
                e
                for e in events
                if e.type in ("AGREE", "RETREAT", "CONSULT")
                and e.trigger
                and e.trigger.split()[0] in (noun.text, noun.head.text, noun.head.head.text)
            ]
            for broker in brokers[:1]:
                for deal in deals[:1]:
                    for party in (deal.source, deal.target):
                        if party is None or party.country == broker.country:
                            continue
                        out.append(
                            replace(
                                deal,
                                type="CONSULT",
                                mode="third-party",
                                source=broker,
                                target=party,
                                negated=False,
                                intensity=self.lex.intensity_of("CONSULT", "third-party"),
                                cameo=self.lex.cameo_of("CONSULT", "third-party"),
                                trigger=tok.text,
                            )
                        )
        return out

    def _find_triggers(self, sent: Span) -> list[_Trig]:
        out = []
        muted: set[int] = set()  # "said X was behind the attack": the attack is not coded
        for tok in sent:
            if self._open_threat(tok):  # "refused to rule out a strike on Iran": a threat
                kept_open = Trigger("rule", "VERB", "THREATEN", None, particle="out")
                out.append(_Trig(tok, kept_open, None, _anchor(tok)))
                continue
            if _vowed_response(tok):  # "said it would respond to the Iranian attack": a
                # retaliation to come, which the stated-intent rule makes a THREATEN
                response = Trigger("respond", "VERB", "ASSAULT", None)
                out.append(_Trig(tok, response, None, _anchor(tok)))
                continue
            if _no_tolerance(tok):  # "said it would no longer tolerate attacks": a threat
                intolerance = Trigger("tolerate", "VERB", "THREATEN", None)
                out.append(_Trig(tok, intolerance, None, _anchor(tok)))
                continue
            if any(self._open_threat(c) for c in tok.children if c.dep_ == "xcomp"):
                continue  # the refusal to rule it out is the threat itself, not a REJECT
            entry = self._match(tok) or self._labelling(tok)
            if entry is not None:
                out.append(_Trig(tok, entry, entry.mode, _anchor(tok)))
            elif self._pressing(tok):
                entry = Trigger(tok.lemma_.lower(), "VERB", "REQUEST", None)
                out.append(_Trig(tok, entry, None, _anchor(tok)))
            elif (held_out := self._hinted_force(tok)) is not None:  # "hinted at the
                # use of nuclear weapons": mode violence, or none for sanctions and such
                mode = held_out or None
                entry = Trigger(tok.lemma_.lower(), "VERB", "THREATEN", mode)
                out.append(_Trig(tok, entry, mode, _anchor(tok)))
                muted |= {t.i for t in tok.subtree if t.i != tok.i}
            elif (named := _named_culprit(tok)) is not None:  # "pointed to Kosovo as
                # the culprit behind the violence": an accusation of Kosovo
                entry = Trigger("point", "VERB", "ACCUSE", "allege")
                out.append(_Trig(tok, entry, "allege", _anchor(tok), addressee=named[0]))
                muted |= {t.i for t in named[1].subtree}
            elif _said_no(tok):  # "Israel said no to a Palestinian state": a refusal
                entry = Trigger("reject", "VERB", "REJECT", None)
                out.append(_Trig(tok, entry, None, _anchor(tok)))
            elif _aid_arrived(tok):  # "a Jordanian aid convoy crossed into Gaza"
                entry = Trigger("deliver", "VERB", "AID", None, contexts=("humanitarian",))
                out.append(_Trig(tok, entry, None, _anchor(tok)))
            elif _ordered_away(tok):  # "ordered residents of Rafah to evacuate"
                entry = Trigger(tok.lemma_.lower(), "VERB", "COERCE", None)
                out.append(_Trig(tok, entry, None, _anchor(tok)))
            elif (clause := self._said_of(tok, _options_open)) is not None and (
                _faced(clause) is not None or _about_force(tok)
            ):
                # "Israel said all options were on the table (in responding to Iran)":
                # the speaker threatens; the party named in the clause is the target
                entry = Trigger("option", "VERB", "THREATEN", None)
                out.append(_Trig(tok, entry, None, _anchor(tok), addressee=_faced(clause)))
                muted |= {t.i for t in clause.subtree}
            elif (
                _options_open(tok)
                and not _said_clause(tok)
                and (_faced(tok) is not None or _about_force(tok))
            ):  # "kept all options on the table against North Korea"
                entry = Trigger("option", "VERB", "THREATEN", None)
                out.append(_Trig(tok, entry, None, _anchor(tok)))
            elif (clause := self._said_of(tok, _sorry)) is not None and any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children
            ):  # "the minister said he was sorry for the deaths": the speaker apologises
                entry = Trigger("apologise", "VERB", "CONCEDE", None)
                out.append(_Trig(tok, entry, None, _anchor(tok)))
                muted |= {t.i for t in clause.subtree}
            elif _sorry(tok) and not _said_clause(tok):  # "Japan is sorry for the collision"
                entry = Trigger("apologise", "VERB", "CONCEDE", None)
                out.append(_Trig(tok, entry, None, _anchor(tok)))
            elif _ordered_out(tok):
                entry = Trigger(tok.lemma_.lower(), "VERB", "SANCTION", "expel")
                out.append(_Trig(tok, entry, entry.mode, _anchor(tok)))
            elif _leaving_organisation(tok):
                entry = Trigger(tok.lemma_.lower(), "VERB", "SANCTION", "withdraw")
                out.append(_Trig(tok, entry, entry.mode, _anchor(tok)))
            elif _forces_leaving(tok):
                entry = Trigger("leave", "VERB", "RETREAT", "withdraw")
                out.append(_Trig(tok, entry, entry.mode, _anchor(tok)))
            elif (addressee := self._obligation(tok)) is not None:
                entry = Trigger(tok.lemma_.lower(), "VERB", "REQUEST", None)
                out.append(_Trig(tok, entry, None, _anchor(tok), addressee=addressee))
            elif (culprit := self._culprit(tok)) is not None:
                entry = Trigger(tok.lemma_.lower(), "VERB", "ACCUSE", "allege")
                out.append(_Trig(tok, entry, "allege", _anchor(tok), addressee=culprit))
                muted |= {t.i for t in culprit.head.subtree}  # the deed is not coded
            elif (given := _ultimatum(tok)) is not None:
                entry = Trigger(tok.lemma_.lower(), "VERB", "THREATEN", None)
                out.append(_Trig(tok, entry, None, _anchor(tok), addressee=given[0]))
                muted |= {t.i for t in given[1].subtree}  # the act demanded is not coded
            elif (host := _arrival(tok)) is not None:  # "Abiy Ahmed arrived in Asmara"
                entry = Trigger("arrive", "VERB", "CONSULT", "visit")
                out.append(_Trig(tok, entry, "visit", _anchor(tok), addressee=host))
            elif (payer := self._price_threat(tok)) is not None:
                entry = Trigger(tok.lemma_.lower(), "VERB", "THREATEN", None)
                out.append(_Trig(tok, entry, None, _anchor(tok), addressee=payer))
                reason = {t.i for t in payer.head.subtree}  # "... for the attack": its reason
                out = [t for t in out if t.tok.i not in reason]
        out = [t for t in out if t.tok.i not in muted]
        self._trigger_tokens = {t.tok.i for t in out}
        return out

    def _open_threat(self, tok: Token) -> bool:
        """ "refused to rule out a strike on Iran", "did not rule out sending troops":
        keeping the use of force open is a threat (THREATEN), not a refusal."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() != "rule":
            return False
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            return False
        refused = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("refuse", "decline")
        if not refused and not any(c.dep_ == "neg" for c in tok.children):
            return False
        for c in tok.children:
            if c.dep_ in ("dobj", "xcomp", "pcomp", "ccomp"):
                entry = self._match(c)
                if entry is not None and entry.type in FORCEFUL_TYPES:
                    return True
        return False

    def _hinted_force(self, tok: Token) -> str | None:
        """ "Medvedev hinted at the use of nuclear weapons against Ukraine", "raised the
        prospect of military action against Niger": holding out force is a threat.
        Returns the THREATEN mode ("violence", or "" for a non-violent measure), or None."""
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        if lemma == "hint":
            nouns = _prep_objects(tok, frozenset({"at"}))
        elif lemma in ("raise", "float", "hold"):
            nouns = [
                n
                for c in tok.children
                if c.dep_ == "dobj" and c.lemma_.lower() in PROSPECT_NOUNS
                for n in _prep_objects(c, frozenset({"of"}))
            ]
        else:
            return None
        for noun in nouns:
            if noun.lemma_.lower() == "use":  # "the use of force / of nuclear weapons"
                noun = next(iter(_prep_objects(noun, frozenset({"of"}))), noun)
            types = {e.type for e in self.lex.nouns.get(noun.lemma_.lower(), ())}
            if noun.lemma_.lower() in FORCE_WORDS or "ASSAULT" in types:
                return "violence"
            if types & FORCEFUL_TYPES:
                return ""
        return None

    @staticmethod
    def _pressing(tok: Token) -> bool:
        """ "kept pressing Managua to restore press freedom": pressing someone to act
        is a demand."""
        return (
            tok.pos_ == "VERB"
            and tok.lemma_.lower() in ("press", "push", "prod", "nudge")
            and any(c.dep_ == "dobj" for c in tok.children)
            and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
        )

    def _meeting_left(self, tok: Token) -> Token | None:
        """ "pulled out of the meeting with Pashinyan": the meeting noun a withdrawal
        verb leaves (a refusal to meet, REJECT), if any."""
        for noun in _left_nouns(tok):
            entries = self.lex.nouns.get(noun.lemma_.lower(), ())
            if any(e.type == "CONSULT" for e in entries):
                return noun
        return None

    def _price_threat(self, tok: Token) -> Token | None:
        """ "A Houthi spokesman said Washington and London would pay a heavy price": a
        warning that another party will pay is a threat against it (THREATEN)."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.obligation_speech:
            return None
        for clause in (c for c in tok.children if c.dep_ == "ccomp"):
            priced = clause.lemma_.lower() == "pay" and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "price" for c in clause.children
            )
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if priced and subject is not None and subject.pos_ in ("PROPN", "NOUN"):
                return subject
        return None

    def _said_of(self, tok: Token, test: Callable[[Token], bool]) -> Token | None:
        """The clause a speech verb reports ("said [all options were on the table]")
        if it passes the test."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.obligation_speech:
            return None
        return next((c for c in tok.children if c.dep_ == "ccomp" and test(c)), None)

    @staticmethod
    def _told_to(tok: Token) -> Token | None:
        """ "The EU told Serbia to recognise Kosovo", "the ICJ ordered Israel to halt its
        offensive": telling or ordering a named party to act is a demand."""
        if tok.lemma_.lower() not in ("tell", "order", "instruct", "direct"):
            return None
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        clause = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
        if obj is None or clause is None or obj.pos_ != "PROPN":
            return None
        if tok.lemma_.lower() != "tell" and obj.ent_type_ != "GPE":
            return None  # "Putin ordered Shoigu to withdraw troops": an order at home
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return obj
        return None

    def _obligation(self, tok: Token) -> Token | None:
        """ "Russia said Sudan must return the helicopter": a statement that another
        party must or should act is a demand made of that party (REQUEST)."""
        if tok.pos_ == "VERB" and (told := self._told_to(tok)) is not None:
            if tok.lemma_.lower() == "tell":
                return told
            # "ordered Israel to halt": an order to a state (not "ordered Shoigu to ...")
            name = told.doc[told.left_edge.i : told.i + 1].text
            if self.gazetteer.find(name, towns=False).country:
                return told
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.obligation_speech:
            return None
        for clause in tok.children:
            if clause.dep_ != "ccomp":
                continue
            modal = next(
                (c for c in clause.children if c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS),
                None,
            )
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if modal is None and (_mandative(tok, clause) or _has_to(clause)):
                modal = clause  # "insisted that Israel withdraw", "said Sweden had to act"
            if (
                modal is not None
                and subject is not None
                and subject.i < modal.i  # not "Should Belgrade recognise Kosovo, ...": a condition
                and subject.pos_ in ("PROPN", "NOUN")
            ):
                return subject
        return None

    def _culprit(self, tok: Token) -> Token | None:
        """ "Israel said Hezbollah was behind the attack", "said the PLO had been
        responsible for terrorist attacks", "said Iran bore responsibility for the
        shelling": naming who did a hostile act is an accusation of that party."""
        if tok.pos_ != "VERB" or (
            tok.lemma_.lower() not in self.lex.obligation_speech
            and tok.lemma_.lower() not in FINDING_VERBS
        ):
            return None
        for clause in (c for c in tok.children if c.dep_ == "ccomp"):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
                continue
            if any(c.dep_ == "neg" for c in clause.children):
                continue  # "said Iran was not behind the attack": a defence
            lemma = clause.lemma_.lower()
            heads = []  # the words whose "for"/"behind" object is the deed
            if lemma == "be":
                heads = [
                    c
                    for c in clause.children
                    if (c.dep_ == "acomp" and c.lemma_.lower() in CULPRIT_ADJECTIVES)
                    or (c.dep_ == "xcomp" and c.lemma_.lower() == "blame")
                ]
                heads += [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "behind"]
            elif lemma == "commit" and any(
                c.dep_ == "dobj" and _atrocity(c) for c in clause.children
            ):
                return subject  # "determined that his forces had committed genocide"
            elif lemma in ("bear", "carry", "have"):
                heads = [
                    c
                    for c in clause.children
                    if c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "blame")
                ]
            for head in heads:
                if head.dep_ == "xcomp" and head.lemma_.lower() == "blame":
                    return subject  # "said Rwanda was to blame for the fall of Rubaya"
                preps = (
                    [head]
                    if head.lower_ == "behind"
                    else [c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"]
                )
                if any(self._hostile_deed(n) for p in preps for n in _pobjs(p)):
                    return subject
        return None

    def _hostile_deed(self, noun: Token) -> bool:
        """A noun naming a hostile act: one the lexicon codes as force or coercion."""
        lemma = noun.lemma_.lower()
        return lemma in HOSTILE_DEEDS or any(
            e.type in ("ASSAULT", "COERCE") for e in self.lex.nouns.get(lemma, ())
        )

    def _labelling(self, tok: Token) -> Trigger | None:
        """ "Islamabad called the strikes an act of war": criticism (or praise) by label;
        "declared the Brotherhood a terrorist organisation": a ban (COERCE)."""
        lemma = tok.lemma_.lower()
        if lemma in DESIGNATION_VERBS and tok.pos_ == "VERB":
            passive = any(c.dep_ == "nsubjpass" for c in tok.children)
            label_deps = ("oprd", "xcomp", "attr", "ccomp", *(("dobj",) if passive else ()))
            labels = [c for c in tok.children if c.dep_ in label_deps]
            labels += [
                p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in _pobjs(c)
            ]
            labels += [
                c
                for o in tok.children
                if o.dep_ in ("dobj", "nsubjpass")
                for c in o.children
                if c.dep_ in ("oprd", "appos") and c.i > o.i
            ]
            if any(
                t.lemma_.lower() in ("terrorist", "terror") for lab in labels for t in lab.subtree
            ):
                return Trigger(lemma, "VERB", "COERCE", "restrict")
        if lemma not in ("call", "describe", "label", "brand", "term"):
            return None
        if any(
            c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children
        ):
            return None  # "launched what it called anti-terrorist operations": a hedge, no label
        label = next((c for c in tok.children if c.dep_ in ("oprd", "xcomp", "acomp")), None)
        if label is None:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            label = (
                next(
                    (
                        c
                        for c in obj.children
                        if c.dep_ in ("oprd", "appos", "amod") and c.i > obj.i
                    ),
                    None,
                )
                if obj is not None
                else None
            )
        if label is None:
            return None
        words = {t.lemma_.lower() for t in label.subtree}
        if words & self.cues.negative_labels:
            return Trigger(tok.lemma_.lower(), "VERB", "ACCUSE", "disapprove")
        if words & self.cues.positive_labels:
            return Trigger(tok.lemma_.lower(), "VERB", "SUPPORT", None)
        return None

    def _match(self, tok: Token) -> Trigger | None:
        lemma = tok.lemma_.lower()
        if _noun_tagged_as_verb(tok):  # "held joint air force drills"
            for entry in self.lex.nouns.get(lemma, ()):
                if not entry.light_verb_only:
                    return _retype_noun(tok, entry)
        misread = tok.pos_ in ("ADJ", "NOUN") and _misread_verb(tok) is not None
        if (
            (misread and tok.pos_ == "ADJ") or (tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN"))
        ) and lemma not in self.lex.verbs:
            # "Tehran relaxed curbs": lemma "relaxed"; "staged a coup": lemma "stag"
            word = tok.lower_
            stems = (word[:-1], word[:-2], word[:-3]) if word.endswith("ed") else ()
            lemma = next((w for w in stems if w in self.lex.verbs), lemma)
        if (
            tok.pos_ == "VERB"
            or (misread and lemma in self.lex.verbs)
            or (tok.pos_ == "AUX" and lemma not in ("be", "have", "do"))
        ):
            blocked = self.lex.blocked.get(lemma)
            governed = _complements(tok)
            governed += [  # "regained control of parliament": what the object is of
                p for c in governed if c.dep_ == "dobj" for p in _prep_objects(c, frozenset({"of"}))
            ]
            if blocked and any(c.lemma_.lower() in blocked for c in governed):
                return None  # "declined to comment"
            if blocked and "@score" in blocked and _has_score(tok):
                return None  # "beat France 2-1": a match result
            if _subject_lemma(tok) in self.lex.non_actor_subjects:
                return None  # "the storm hit the coast", "an earthquake struck Turkey"
            if (
                lemma in self.lex.descriptive_participles
                and tok.tag_ == "VBN"
                and tok.dep_ in ("acl", "advcl")
            ):
                return None  # "M23 rebels backed by Rwanda captured ...", "Armed with drones, ..."

            for entry in self.lex.verbs.get(lemma, ()):
                if _requirements_met(tok, entry):
                    if entry.type == "PROTEST" and _celebration(tok):
                        return None  # "fans took to the streets to celebrate the win"
                    if entry.type == "PROTEST" and _spoken_protest(tok):
                        return replace(entry, type="ACCUSE", mode="disapprove")
                    if entry.type == "SANCTION" and lemma == "walk" and _in_protest(tok):
                        # "walked out of parliament in protest at the bill"
                        return replace(entry, type="PROTEST", mode="demo")
                    if entry.type == "RETREAT" and self._meeting_left(tok) is not None:
                        return replace(entry, type="REJECT", mode="meet")
                    if entry.type == "RETREAT" and _election_left(tok):
                        return replace(entry, type="PROTEST", mode="boycott")
                    if entry.type == "RETREAT" and _leaving_organisation(tok):
                        # "Mali, Burkina Faso and Niger quit ECOWAS", "withdrew from NATO"
                        return replace(entry, type="SANCTION", mode="withdraw")
                    if entry.type == "RETREAT" and _left(tok, TREATY_NOUNS):
                        # "pulled the United States out of the Iran nuclear deal"
                        return replace(entry, type="SANCTION", mode="withdraw")
                    if entry.type == "ASSAULT" and _test_fired(tok):
                        return replace(entry, type="MOBILIZE", mode="weapons")
                    return entry
            return None
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        doc = tok.doc
        if (
            tok.i >= 2
            and doc[tok.i - 1].text == "-"
            and (
                doc[tok.i - 2].head.i == tok.i
                or tok.head.i == tok.i - 2
                # "did a U-turn": both words (and the hyphen) read as objects of the verb
                or doc[tok.i - 2].head.i == doc[tok.i - 1].head.i == tok.head.i != tok.i
            )
        ):  # "sit-in", "walk-out": hyphenated nouns the tokenizer split (either word the head)
            joined = f"{doc[tok.i - 2].lower_}-{lemma}"
            for entry in self.lex.nouns.get(joined, ()):
                return _retype_noun(tok, entry)
        if lemma == "march" and _month_march(tok):
            return None  # "took effect in March": a month, never a march
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "to"
            and tok.head.head.lemma_.lower() == "end"
            and tok.head.head.pos_ == "NOUN"
        ):
            return None  # "an end to the blockade": what is to end, not a new act
        if (
            lemma == "protest"
            and tok.tag_ == "NN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "in"
            and not any(c.dep_ == "det" for c in tok.children)
        ):
            return None  # "suspended talks in protest at ...": the manner of another act
        blocked = self.lex.blocked.get(lemma)
        if blocked and any(
            p.lemma_.lower() in blocked for p in _prep_objects(tok, _NOUN_BLOCK_PREPS)
        ):
            return None  # "a war of words", "its battle against inflation"
        undoers = self.lex.blocked_governors.get(lemma)
        governor = tok.head.head if tok.dep_ == "pobj" else tok.head  # "a pause in fighting"
        if (
            undoers
            and tok.dep_ in ("dobj", "nsubjpass", "pobj")
            and governor.lemma_.lower() in undoers
        ):
            return None  # "shattering the ceasefire", "overturn the agreement": no truce, no deal
        compounds = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
        for k in range(len(compounds), 0, -1):
            phrase = " ".join([*(c.lower_ for c in compounds[-k:]), lemma])
            entries = self.lex.nouns.get(phrase)
            if entries:
                return entries[0]
        for c in compounds[:-1]:  # "joint counter-terrorism operations": "joint operation"
            entries = self.lex.nouns.get(f"{c.lower_} {lemma}")
            if entries:
                return entries[0]
        if lemma in ("fire", "attack", "criticism") and _under_attack(tok):
            if lemma == "criticism" or _figurative_attack(tok):
                # "the minister came under fire from lawmakers over the deal": criticism
                return Trigger(lemma, "NOUN", "ACCUSE", "disapprove")
            if lemma == "fire":
                return Trigger("fire", "NOUN", "ASSAULT", "firearms")  # "came under fire"
        for entry in self.lex.nouns.get(lemma, ()):
            if entry.plural_only and tok.tag_ not in ("NNS", "NNPS"):
                continue
            if entry.particle and not _noun_particle(tok, entry.particle.lower()):
                continue  # "a call for talks", not "a call from Putin"
            if entry.object and not any(  # "the departure of French troops"
                (quantity_head(p) or p).lemma_.lower() == entry.object
                for p in _prep_objects(tok, frozenset({"of"}))
            ):
                continue
            if entry.light_verb_only and not (
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.lex.light_verbs
            ):
                continue
            return _retype_noun(tok, entry)
        return None

    def _link_content(self, trigs: list[_Trig]) -> None:
        """Mark triggers that are the content of a governing trigger."""
        by_tok = {t.tok.i: t for t in trigs}
        for trig in trigs:
            node = trig.tok
            stopped = False  # "agreed to cease hostilities": the content is an end to force
            via_of = False  # "accused them of inciting violence": inside what is alleged
            for _ in range(4):
                stopped = stopped or (node.pos_ == "VERB" and node.lemma_.lower() in STOP_VERBS)
                infinitive = node.dep_ == "advcl" and (
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
                    or (node.tag_ == "VBG" and not any(c.dep_ == "mark" for c in node.children))
                )  # "have sworn to fight", "ruled out ceding territory": adverbial parses
                if not infinitive and node.dep_ not in (
                    "xcomp",
                    "ccomp",
                    "pcomp",
                    "pobj",
                    "dobj",
                    "prep",
                    "conj",
                    "dative",
                    "acl",
                    "oprd",  # "held X responsible for the rocket fire"
                ):
                    break
                if node.dep_ == "conj" and node.head.i in by_tok and node.pos_ == "VERB":
                    break  # "met and agreed": two events of their own (not coordinated
                    # objects: "demand the withdrawal of the bill and the resignation of X")
                if node.dep_ == "conj" and node.tag_ == "VBD" and node.head.tag_ == "VB":
                    break  # "called on Assad to step aside and imposed sanctions": a past
                    # verb coordinated with the infinitive is the caller's own act
                if node.dep_ == "prep" and node.lower_ in TIME_PREPS:
                    break  # "agreed to a ceasefire after two days of fighting": a time
                coordinated = node.dep_ == "conj"
                via_of = via_of or (node.dep_ == "prep" and node.lower_ in ("of", "for"))
                node = node.head
                gov = by_tok.get(node.i)
                light_noun = gov is None and infinitive  # "renewed its call for Azerbaijan
                if light_noun:  # to withdraw": the act demanded hangs on the light verb
                    gov = next(
                        (
                            by_tok[c.i]
                            for c in node.children
                            if c.dep_ == "dobj"
                            and c.pos_ == "NOUN"
                            and c.i in by_tok
                            and by_tok[c.i].entry.type in ("REQUEST", "THREATEN")
                        ),
                        None,
                    )
                if gov is None or gov is trig:
                    continue
                if coordinated and gov.entry.type not in CONTENT_GOVERNORS:
                    continue  # "the withdrawal of the bill and the resignation of X": go on up
                if gov.entry.type == "REJECT" and _second_act_of_denier(trig) is not None:
                    break  # "denied that Belgrade had any role and accused Kurti of ...": the
                    # parser joins the accusation to the denied clause; it is the denier's act
                if gov.entry.type == "AGREE" and trig.entry.type in ("COOPERATE", "AID"):
                    break  # "signed an arms deal": the deal is the event (see absorb)
                spoken_noun = (
                    gov.tok.pos_ == "NOUN"
                    and (
                        (
                            gov.entry.type in ("REQUEST", "THREATEN")
                            and trig.anchor.dep_ in ("acl", "ccomp", "advcl")
                            and trig.anchor.head.i == gov.tok.i
                        )  # "its demand that Baghdad pull its forces out", "an appeal for X to"
                        or (
                            gov.entry.type == "REQUEST"
                            and trig.tok.dep_ == "pobj"
                            and trig.tok.head.lower_ == "for"
                            and trig.tok.head.head.i == gov.tok.i
                        )  # "rejected calls for a ceasefire": what is asked for
                    )
                ) or light_noun
                if (
                    gov.entry.type == "REJECT"
                    and node.i == gov.tok.i
                    and claim_tail(gov.tok, trig.anchor)
                ):
                    break  # "X accused Y of ..., a charge Y denies": both acts stand
                if gov.entry.type in CONTENT_GOVERNORS and (gov.tok.pos_ == "VERB" or spoken_noun):
                    trig.content_of = gov
                    trig.dropped = True
                    if (
                        gov.entry.type == "AGREE"
                        and trig.entry.type in INTENT_THREAT_MODES
                        and not stopped
                        # "agreed to allow fuel in, reversing its earlier refusal": a refusal
                        # left behind; a refusal vowed is a verb ("vowed to block the bid")
                        and not (trig.entry.type == "REJECT" and trig.tok.pos_ != "VERB")
                    ):
                        gov.entry = replace(gov.entry, type="THREATEN")  # "vowed to retaliate"
                        gov.mode = INTENT_THREAT_MODES[trig.entry.type]
                    gov.mode = gov.mode or self._complement_mode(gov.entry.type, trig.tok)
                elif gov.entry.type == "ACCUSE" and (
                    trig.tok.dep_ in ("pcomp", "pobj")
                    or via_of
                    # "Moscow blamed Ukrainian shelling for the breach": the act blamed
                    # (also when the parser makes "Ukrainian" the object and "shelling"
                    # a participle clause)
                    or (
                        gov.tok.lemma_.lower() == "blame"
                        and (
                            trig.tok.dep_ == "dobj"
                            or (
                                trig.tok.dep_ == "advcl"
                                and trig.tok.tag_ == "VBG"
                                and trig.tok.nbor(-1).dep_ == "dobj"
                                and trig.tok.nbor(-1).head.i == gov.tok.i
                            )
                        )
                    )
                ):
                    trig.content_of = gov  # "accused Y of shelling": a claim by the accuser
                break
            if trig.content_of is None and trig.entry.type in ("REQUEST", "REJECT", "THREATEN"):
                for child in trig.tok.children:
                    if child.dep_ in ("xcomp", "dobj", "pobj", "ccomp") or child.dep_ == "prep":
                        target = child
                        if child.dep_ == "prep":
                            target = next((c for c in child.children if c.dep_ == "pobj"), child)
                        trig.mode = trig.mode or self._complement_mode(trig.entry.type, target)

    def _complement_mode(self, type_: str, tok: Token) -> str | None:
        table = self.lex.threaten_modes if type_ == "THREATEN" else self.lex.request_modes
        if type_ == "AGREE":
            return None
        return table.get(tok.lemma_.lower()) or table.get(tok.lower_)

    def _absorb_nominals(self, trigs: list[_Trig]) -> None:
        """A verb trigger and the event noun it governs are one event, not two."""
        by_tok = {t.tok.i: t for t in trigs}
        for trig in trigs:
            head = trig.tok.head
            if (
                trig.entry.type == "ASSAULT"
                and trig.tok.lemma_.lower() == "target"
                and trig.tok.dep_ in ("acl", "advcl")
                and head.i in by_tok
                and by_tok[head.i].entry.type in ("SANCTION", "COERCE")
            ):
                trig.dropped = True  # "sanctions targeting Russian gas exports": their aim
            if (
                trig.entry.type == "RETREAT"
                and trig.mode == "release"
                and trig.tok.pos_ == "VERB"
                and trig.tok.dep_ in ("advcl", "conj")
                and head.i in by_tok
                and by_tok[head.i].entry.type == "ASSAULT"
            ):
                # "stormed the prison, freeing thousands of inmates": freed by force, as
                # part of the assault; no captor let anyone go
                trig.dropped = True
            if (
                trig.entry.type == "ASSAULT"
                and trig.tok.dep_ in ("xcomp", "dobj")
                and head.i in by_tok
                and by_tok[head.i].entry.type == "RETREAT"
                and by_tok[head.i].mode == "ceasefire"
                and head.lemma_.lower() in STOP_VERBS
            ):
                trig.dropped = True  # "Armenia and Azerbaijan stopped fighting": the halt
            if (
                trig.entry.lemma in ("order", "command", "instruct")
                and trig.addressee is None
                and any(
                    c.dep_ == "xcomp"
                    and c.tag_ == "VB"
                    and c.i in by_tok
                    and by_tok[c.i].entry.type != "MOBILIZE"
                    for c in trig.tok.children
                )
            ):
                trig.dropped = True  # "ordered troops to withdraw": the withdrawal
        for trig in trigs:
            if trig.tok.pos_ not in ("NOUN", "PROPN") or trig.dropped:
                continue
            if trig.entry.pos == "VERB":
                continue  # a verb read as a noun ("Russia, Ukraine swap prisoners"): no nominal
            if _fled_from(trig.tok):
                trig.dropped = True  # "as residents fled the fighting": what they escaped
                continue
            if _suspected_of(trig.tok):
                trig.dropped = True  # "three suspects in the Mumbai attacks": history
                continue
            if trig.tok.dep_ == "pobj" and (
                (trig.tok.head.lower_ == "of" and trig.tok.head.head.lemma_.lower() in CARGO_NOUNS)
                or (
                    trig.tok.head.lower_ == "from"
                    and trig.tok.head.head.lemma_.lower() in PROTECT_VERBS
                )
            ):
                # "paused a shipment of 2,000-pound bombs": goods, not an attack; "to
                # protect shipping from Houthi attacks": what is guarded against
                trig.dropped = True
                continue
            if (
                trig.tok.dep_ == "dobj"
                and trig.tok.head.tag_ == "VBG"
                and trig.tok.head.lemma_.lower() in COMPLETION_VERBS
                and any(
                    t is not trig
                    and t.entry.type == trig.entry.type
                    and t.tok.pos_ == "VERB"
                    and t.tok.i < trig.tok.i
                    for t in trigs
                )
            ):
                # "the last Soviet soldier left Afghanistan ..., completing a withdrawal
                # that began in May": the act just told, seen as a whole
                trig.dropped = True
                continue
            if (
                trig.tok.dep_ == "pobj"
                and trig.tok.head.lower_ in ("for", "on", "toward", "towards")
                and trig.tok.head.head.lemma_.lower() in PROPOSAL_NOUNS
                and trig.tok.head.head.i not in by_tok
            ):
                trig.dropped = True  # "endorsed a plan for a ceasefire": what is proposed
                continue
            if (
                trig.tok.dep_ == "pobj"
                and trig.tok.head.head.tag_ == "VBN"
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in trig.tok.head.head.children)
            ):
                trig.dropped = True  # "as set out in their June peace agreement": a reference
                continue
            if trig.entry.type == "AGREE" and _left_agreement(trig.tok, by_tok):
                trig.dropped = True  # "walked away from the grain deal": no new agreement
                continue
            if (
                trig.tok.dep_ == "compound"
                and trig.tok.head.lemma_.lower() in EFFORT_NOUNS
                and trig.entry.type == "CONSULT"
                and trig.tok.head.i not in by_tok
            ):
                # "launched a mediation effort between A and B": the effort is the event
                trig.tok = trig.tok.head
                trig.anchor = _anchor(trig.tok)
            elif trig.tok.dep_ in ("compound", "amod", "nmod", "poss"):
                trig.dropped = True  # "a sabotage attempt": a modifier, not the event
                continue
            if (
                trig.tok.dep_ == "pobj"
                and trig.tok.head.lower_ == "on"
                and trig.tok.head.head.lemma_.lower() in ON_EVENT_VERBS
            ):
                pass  # "has been on hunger strike", "arrived on a visit": the event itself
            elif (
                trig.tok.dep_ == "pobj"
                and trig.tok.head.lower_ == "for"
                and trig.tok.head.head.lemma_.lower() in ("exchange", "return")
            ):
                trig.dropped = True  # "in exchange for a ceasefire": what is bargained for
                continue
            elif (
                trig.tok.dep_ == "pobj"
                and trig.entry.type == "CONSULT"
                and trig.tok.head.lower_ in ("after", "at", "in")
                and not _quantity_of(trig.tok)
            ):
                pass  # "agreed ... after talks in Moscow with X", "at a meeting in Y"
            elif trig.tok.dep_ == "pobj" and _inquiry_subject(trig.tok.head):
                trig.dropped = True  # "an inquiry into the massacres": what is looked into
                continue
            elif _after_event(trig.tok) and trig.tok.head.head.lower_ in LONG_SPANS:
                trig.dropped = True  # "ten years after the annexation": history
                continue
            elif _nth_day_of(trig.tok):
                pass  # "..., the third night of demonstrations against the government"
            elif _under_attack(trig.tok) and not any(
                c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.non_actor_subjects
                for c in trig.tok.head.head.children
            ):
                pass  # "came under fire": the attack itself (not "the rupee came under attack")
            elif trig.tok.dep_ == "pobj" and trig.tok.head.lower_ in BACKGROUND_PREPS:
                holder = trig.tok.head.head if _quantity_of(trig.tok) else None
                if holder is None or (
                    holder.dep_ == "pobj" and holder.head.lower_ in BACKGROUND_PREPS
                ):
                    trig.dropped = True  # "after days of clashes": background
                    continue
            prep = trig.tok.head
            if (
                trig.tok.dep_ == "pobj"
                and prep.dep_ == "prep"
                and prep.head.i in by_tok
                and prep.head.pos_ == "VERB"
                and prep.lower_ not in PARTY_PREPS
                and prep.lower_ not in ("during", "amid")  # "... during a visit to Baku"
                and not (
                    trig.entry.type == "CONSULT" and by_tok[prep.head.i].entry.type != "CONSULT"
                )  # "apologised to Aliyev in a phone call": a call as well
            ):
                trig.dropped = True  # "freed prisoners in an amnesty": one event
                continue
            head = trig.anchor
            used = trig.tok.dep_ == "dobj" or (
                trig.tok.dep_ == "conj" and trig.tok.head.dep_ == "dobj"
            )  # what was used, not "..., the third night of demonstrations"
            if (
                used
                and head.lemma_.lower() in ("use", "employ")
                and any(c.dep_ in ("xcomp", "advcl") and c.i in by_tok for c in head.children)
            ):
                trig.dropped = True  # "used tear gas to disperse protesters": one event
                continue
            gov = by_tok.get(head.i) if head is not None else None
            if (
                gov is not None
                and gov is not trig
                and gov.content_of is not None
                and trig.tok.dep_ in ("dobj", "nsubjpass")
            ):
                # "threatened to impose sanctions": the sanctions are the threat's content
                trig.dropped = True
                trig.content_of = gov.content_of
                continue
            if (
                gov is not None
                and gov is not trig
                and gov.dropped
                and gov.content_of is not None
                and (trig.tok.dep_ == "dobj" or trig.tok.head.lower_ in ("to", "with", "into"))
            ):
                # "refused to send a delegation to the talks": the talks are part of what
                # was refused (or demanded, threatened), not an event of their own
                trig.dropped = True
                trig.content_of = gov.content_of
                continue
            if gov is None or gov is trig or gov.dropped:
                continue
            if gov.entry.type == "AGREE" and trig.entry.type in ("COOPERATE", "AID"):
                gov.dropped = True  # "signed an arms deal": the deal is the cooperation
            elif gov.entry.type == "CONSULT" and gov.mode == "third-party":
                trig.mediated = True  # "hosted talks between A and B": both events
                continue
            elif trig.entry.type == "PROTEST" and gov.mode == "crowd-control":
                continue  # "broke up a march by ...": the march took place (not "prevented")
            elif (
                gov.entry.type == "ACCUSE"
                and gov.tok.pos_ == "VERB"
                and gov.tok.lemma_.lower() in DENUNCIATION_VERBS
                and trig.tok.dep_ == "dobj"
                and trig.entry.type in CONDEMNED_ACTS
            ):
                continue  # "Kyiv condemned the Russian strikes on Odesa": both happened
            elif (
                trig.entry.type == gov.entry.type
                or trig.tok.dep_ in ("dobj", "nsubjpass")
                or (gov.tok.dep_ == "amod" and gov.tok.head.i == trig.tok.i)
            ):  # (the last: "Tehran relaxed restrictions", the object of a misread verb)
                trig.dropped = True

    # -- one trigger --------------------------------------------------------------------------

    def _events_for(
        self,
        trig: _Trig,
        trigs: list[_Trig],
        sent: Span,
        sentence: Sentence,
        scan: Scan,
        ctx: ArticleContext,
        article: Article,
    ) -> list[Event]:
        if _in_exchange(trig.tok, self._trigger_tokens):
            return []  # "... in exchange for prisoners released from Israeli jails": below
        if _aim_of_act(trig, self._trigger_tokens):
            return []  # "launched air strikes to halt their advance": the aim, not an act
        if _participle_after_to(trig.tok):
            return []  # "withdraw to internationally recognised borders": an adjective
        if trig.entry.lemma in AGENT_ONLY_VERBS and not any(
            c.dep_ in ("nsubj", "agent") for c in trig.tok.children
        ):
            return []  # "residents confined to their homes": a state, not someone's act
        if _consult_aim(trig, trigs):
            return []  # "telephoned Erdogan to discuss the grain corridor": one call
        if trig.tok.pos_ == "NOUN" and any(
            t.tok.dep_ == "relcl"
            and t.tok.head.i == trig.tok.i
            and t.entry.type == trig.entry.type
            and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in t.tok.children)
            for t in trigs
        ):
            return []  # "the attack that killed 12 soldiers": one event, the verb's (below)
        sources, targets = self._arguments(trig, scan, ctx)
        denial = trig.entry.type == "REJECT" and trig.entry.object is None and _denies_act(trig.tok)
        if denial:
            # "Iran denied supplying drones to Russia": a denial answers whoever made the
            # charge (named earlier in the article, or no one), not the act's target
            trig.mode = None
            trig.entry = replace(trig.entry, mode=None)
            targets = self._accusers(sources, ctx)
        if trig.entry.type == "ASSAULT" and _into_the_sea(trig.tok):
            # "fired 18 ballistic missiles into the sea": a weapons test or show of force
            trig.entry = replace(trig.entry, type="MOBILIZE", mode="weapons")
            trig.mode = "weapons"
            targets = []
        if not sources and trig.tok.pos_ == "VERB":
            sources, targets = self._from_event_noun(trig, trigs, scan, ctx, targets)
        elif trig.tok.pos_ == "VERB" and not any(t.country for t in targets):
            # "a Russian missile strike on Kyiv has killed 12 people": the dead are where
            # the strike its subject names was aimed
            noun = next(
                (
                    t
                    for t in trigs
                    if t is not trig
                    and t.tok.dep_ == "nsubj"
                    and t.tok.head.i == trig.tok.i
                    and t.entry.type == trig.entry.type
                ),
                None,
            )
            if noun is not None:
                hit = [a for a in self._arguments(noun, scan, ctx)[1] if a.country]
                targets = hit or targets
        if not sources and trig.entry.type in ("MOBILIZE", "RETREAT") and _agentless(trig.tok):
            # "Chinese warships were deployed around Taiwan", "Russian troops were pulled
            # out of Kherson": forces moved by an unnamed order move for their own state
            forces = [
                a
                for c in trig.tok.children
                if c.dep_ == "nsubjpass"
                for a in self.resolver.resolve(c, scan, ctx)
                if a.sector == "MIL" and a.country
            ]
            if forces:
                sources = forces[:1]
                preps = AWAY_PREPS if trig.entry.type == "RETREAT" else DEPLOYMENT_PREPS
                heads = [trig.tok] + [
                    c for c in trig.tok.children if c.lower_ in ("out", "back", "away")
                ]  # "pulled out of Somalia"
                targets = [
                    a
                    for head in heads
                    for h in _prep_objects(head, preps)
                    for a in self._placed(h, self.resolver.resolve(h, scan, ctx), trig, scan)
                    if a.country and a.country != forces[0].country
                ]
        mod = modality(trig.tok, trig.anchor, self.cues)
        if trig.entry.type == "THREATEN" and trig.entry.lemma in ("rule", "tolerate"):
            mod.negated = False  # "did not rule out sending troops": the act kept open
            self_stated = mod.source_of_claim is None or any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" for c in trig.tok.children
            )  # "Israel said it would no longer tolerate", not "analysts said Israel would"
            if trig.entry.lemma == "tolerate" and self_stated and not mod.conditional:
                mod.certainty = "reported" if mod.source_of_claim is not None else "asserted"
        denier = _second_act_of_denier(trig)
        if denier is not None:
            # "Moscow denied that its troops had shelled the plant and blamed Ukraine":
            # the blame is Moscow's own act, neither denied nor reported
            said_by = [a for c in _subjects(denier)[0] for a in self.resolver.resolve(c, scan, ctx)]
            sources = said_by or sources
            mod.negated, mod.certainty, mod.source_of_claim = False, "asserted", None
        if mod.negated and trig.content_of is None and _refusal(trig):
            # "will not accept any more refugees", "failed to reach agreement", "would
            # not meet the hostage-takers' demands": a refusal (REJECT), which happened
            mode = "meet" if trig.entry.type == "CONSULT" else "yield"
            trig.entry = replace(trig.entry, type="REJECT", mode=mode)
            trig.mode = mode
            mod.negated = False
            mod.intent = False  # the refusal is the event, not an intent to reject
            if mod.certainty == "speculative" and not mod.conditional:
                mod.certainty = "asserted"  # "said it would not ...": the refusal is stated
        extra: list[Event] = []
        attributed: Actor | None = None
        if mod.source_of_claim is not None:
            found = self.resolver.resolve(mod.source_of_claim, scan, ctx)
            attributed = found[0] if found else None
        certainty = mod.certainty
        if (
            trig.entry.type == "AGREE"
            and mod.intent
            and not mod.unattributed_intent  # "will sign the accord next week": a plan
            and not mod.negated
            and not mod.conditional
            and certainty == "speculative"
        ):
            # "said it was ready to abide by the resolution": the stated readiness is the
            # agreement PLOVER codes
            certainty = "reported" if mod.source_of_claim is not None else "asserted"
        if trig.content_of is not None and trig.content_of.entry.type == "ACCUSE":
            accuser, accused = self._arguments(trig.content_of, scan, ctx)
            sources = accused or sources
            certainty, attributed = "claimed", (accuser[0] if accuser else attributed)
        if trig.entry.type == "CONSULT" and trig.mode == "third-party":
            own = [a for a in targets if a.country or a.actor_id]
            if len(own) >= 2:  # "Scholz hosted Aliyev and Pashinyan": they met, too
                extra.extend(self._hosted_meeting(trig, own, sent, sentence, article, mod))
            targets = own[:1] or self._mediated_parties(trig, trigs, scan, ctx) or targets
        if (
            trig.entry.type == "COERCE"
            and trig.mode == "restrict"
            and sources
            and all(a.sector in NON_STATE_SECTORS for a in sources)
        ):
            trig.entry = replace(trig.entry, type="PROTEST")  # protesters blocking a road
            trig.mode = "obstruct"
        if trig.entry.type == "REQUEST" and _gathered_to_demand(
            trig.tok, sources, self._trigger_tokens
        ):
            # "Thousands of Serbs gathered outside parliament to demand ...", "wives of
            # mobilised soldiers laid flowers near the Kremlin to demand ...": a crowd's
            # demand made by turning out is a demonstration
            trig.entry = replace(trig.entry, type="PROTEST", mode="demo")
            trig.mode = "demo"
        if self._damage_of_attack(trig):
            return []  # "struck energy facilities, cutting power to 200,000 homes"
        if (
            _habitual(trig)
            or _historical(trig, article.date)
            or _cause_of(trig.tok, self._trigger_tokens)
        ):
            return []  # "have fought over the region for three decades": background
        if trig.content_of is not None and (
            _habitual(trig.content_of) or _historical(trig.content_of, article.date)
        ):
            return []  # "has long accused Tehran of seeking ...": what a standing charge says
        where = self._place(trig, sent, scan, sources + targets)
        if trig.entry.type == "COERCE" and trig.mode in ("arrest", "seize"):
            taken = self._taken_town(trig, sources)
            if taken is not None:  # "M23 rebels captured Goma": a town, not a person
                trig.entry = replace(trig.entry, mode="seize")
                trig.mode = "seize"
                where = where or taken
                if all(t.country is None for t in targets):
                    text = targets[0].text if len(targets) == 1 else taken.name
                    targets = [self.resolver.country_actor(taken.country or "", text, None)]
        if trig.entry.type == "REJECT" and trig.mode == "meet" and not targets:
            meeting = self._meeting_left(trig.tok)  # "... out of the meeting with Pashinyan"
            if meeting is not None:
                others = [p for c in meeting.children if c.dep_ == "prep" for p in _pobjs(c)]
                targets = [
                    a
                    for h in others
                    for a in self.resolver.resolve(h, scan, ctx)
                    if a.country and a not in sources
                ]
        if trig.entry.type == "REJECT" and trig.tok.pos_ == "VERB":
            # "rejected a U.S. ultimatum for Saddam to leave", "rejected a demand by the
            # Quartet that it recognise Israel": the refusal answers the demand's author
            authors = [
                a
                for d in trig.tok.children
                if d.dep_ == "dobj" and d.lemma_.lower() in DEMAND_NOUNS
                for h in _demand_authors(d)
                for a in self.resolver.resolve(h, scan, ctx)
                if a.country and a not in sources
            ]
            if authors and not {a.country for a in authors} & {t.country for t in targets}:
                targets = authors  # (kept when they already name the author: "US-French")
        if not targets and sources and trig.entry.type == "MOBILIZE":
            targets = self._opponent(trig, scan, ctx, sources)  # "for a war against Iraq"
        if (
            sources
            and trig.entry.type in REFERRING_TYPES
            and (
                not targets
                or (trig.tok.dep_ == "relcl" and trig.tok.head.lemma_.lower() in CLAIM_NOUNS)
            )
        ):
            targets = self._referred_actor(trig, sources, ctx) or targets
        if trig.addressee is not None:  # whom "must ..." is said of, if not the speaker
            speakers = {a.country for a in sources}
            targets = list(self.resolver.resolve(trig.addressee, scan, ctx))
            if trig.entry.lemma == "arrive" and (
                not any(a.country and a.country not in speakers for a in targets)
                or not all(a.sector in ("GOV", "IGO") for a in sources)
            ):
                # a trip at home, to a place of no known country, or by someone who does
                # not travel for a state ("the opposition candidate arrived in Spain")
                return []
            targets = [
                a
                for a in targets
                if a.country is None
                or a.country not in speakers
                # an ultimatum may be put on a party at home: "the army gave the RSF 48 hours"
                or (trig.entry.type == "THREATEN" and a.sector not in {b.sector for b in sources})
            ]
            if not targets or not sources:
                return []
        if not targets and sources and trig.entry.type in ("MOBILIZE", "RETREAT"):
            targets = self._across_border(trig, scan, ctx, sources)
        mutual = len(sources) > 1 and _mutual(trig.tok)  # "A and B restored ties": each other
        if not targets and not mutual and not _unnamed_addressee(trig) and not denial:
            targets = self._content_targets(trig, trigs, scan, ctx, sources)
        if trig.mode == "visit" and trig.tok.lemma_.lower() in ENVOY_SENDING_VERBS:
            # "China sent an envoy to Kyiv": the envoy travels; the host is the target
            targets = [a for a in targets if a.text.split()[-1].lower() not in EMISSARY_WORDS]
            if not targets and not any(
                p.ent_type_ == "GPE"
                for c in trig.tok.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for p in _pobjs(c)
            ):
                return []  # "plans to send an envoy to the Great Lakes region": no host named
        if trig.mode == "visit" and all(
            a.country is None and a.actor_id is None and a.sector is None for a in targets
        ):
            targets = []  # "a visit to Nakhchivan": a place, whose country is visited
        if not targets and sources and trig.mode == "visit":
            where = self._visited(trig, sent, scan, sources) or where  # "a visit to Shanghai"
        if sources and all(t.country is None for t in targets):
            targets = self._resolution_author(trig, ctx) or targets  # "vetoed a draft resolution"
        if (
            sources
            and trig.tok.lemma_.lower() in RECOGNITION_WORDS
            and all(t.country is None for t in targets)
        ):
            targets = self._recognised(trig, sources) or targets  # "recognised Abkhazia"
        if (
            not targets
            and sources
            and where is not None
            and where.country
            and not _person_object(trig.tok)
        ):
            targets = self._place_target(trig, where, sources)
        if not targets and sources and trig.entry.type == "ASSAULT" and _under_attack(trig.tok):
            targets = self._unnamed_place_under_fire(trig, sources, ctx)
        place = where.country if where is not None and where.country else None
        if (
            not sources
            and trig.entry.type == "PROTEST"
            and trig.tok.pos_ == "NOUN"
            and (place or ctx.home)
            and not mod.negated
        ):
            # "after two nights of mass protests in Tbilisi": the protesters are the
            # people of the place, even unnamed
            sources = [Actor(text="protesters", name=None, country=place or ctx.home, sector="CVL")]
        if (
            not sources
            and trig.entry.type == "COERCE"
            and trig.mode == "arrest"
            and trig.tok.pos_ == "VERB"
            and _agentless(trig.tok)
            and not mod.negated
        ):
            # "hundreds of activists were detained in dawn raids across the country",
            # "the men had been arrested inside Serbian territory": by that state's police
            held = (
                place
                or (  # "Belgrade said the men had been arrested": its own police
                    attributed.country
                    if attributed is not None and attributed.sector in STATE_SECTORS
                    else None
                )
                or next((t.country for t in targets if t.country), None)
                or ctx.home  # "... in dawn raids across the country"
                or (ctx.last_home if _the_country(trig.tok) else None)
            )
            if held and held not in ("IGO", "NGO"):
                sources = [self.resolver.state_actor(held, "COP")]
        if (
            not sources
            and place
            and place not in ("IGO", "NGO")
            and trig.entry.type == "AID"
            and "refugees" in trig.entry.contexts
            and _agentless(trig.tok)
            and not mod.negated
            and all(t.country != place for t in targets)
        ):
            # "Assad and his family have been granted asylum in Moscow": by that state
            sources = [self.resolver.state_actor(place, "GOV")]
        if not sources and trig.entry.type == "RETREAT" and trig.mode == "release":
            sources, targets = self._released_from_custody(trig, scan, ctx, targets)
        if not sources and place and trig.entry.type == "ASSAULT" and _downing(trig.tok):
            # "20 Ukrainian drones were shot down over the Moscow region": by its defenders
            sources = [self.resolver.state_actor(place, "MIL")]
        stateless = all(t.country is None for t in targets)  # before a place fills one in
        sources, targets = _infer_countries(
            trig.entry.type, sources, targets, place, ctx.home, trig.mode
        )
        if not targets and sources and trig.entry.type == "COERCE":
            # "blocked aid convoys from entering Gaza": aimed at the place kept out of reach
            dest = _blocked_destination(trig.tok)
            kept = self.gazetteer.find(_span_text(dest)) if dest is not None else None
            if kept is not None and kept.country and kept.country != sources[0].country:
                targets = [self.resolver.state_actor(kept.country, "GOV")]
        if not targets and sources:
            targets = self._own_state(trig, sources, where)
        sources, targets = _home_government(sources, targets), _home_government(targets, sources)
        self._retype_by_parties(trig, sources, targets)
        if self._business_only(trig.entry.type, sources, targets):
            return []  # "Shell attacked the plan", "Intel will invest $20 billion in Ohio"
        if (
            (
                (trig.tok.lemma_.lower() in self.lex.reciprocal or _mutual(trig.tok))
                and len(sources) > 1
                and stateless  # (not "swapped prisoners in Abu Dhabi": the UAE's)
            )
            or _sides_clashed(trig.tok, sources)
            or (  # "India and China completed disengagement": each side from the other
                trig.entry.type == "RETREAT"
                and all(t.country is None for t in targets)  # not their own "troops"
                and len({a.country for a in sources if a.country}) > 1
                and not _joint_force(trig.tok, sources)
            )
            or (  # "the army and the RSF ceased hostilities (in Khartoum)": sides of one
                # state stop fighting each other; a place named is where, not a side
                trig.mode == "ceasefire"
                and trig.tok.pos_ == "VERB"
                and len({(a.country, a.sector, a.text) for a in sources}) > 1
                and len({a.sector for a in sources}) > 1
                and all(
                    t.sector is None and (t.actor_id or "country:").startswith("country:")
                    for t in targets
                )
            )
        ):
            targets = []  # "Russia and Ukraine swapped prisoners": each to the other
            pairs: list[tuple[Actor | None, Actor | None]] = [
                (a, b)
                for i, a in enumerate(sources)
                for j, b in enumerate(sources)
                if a is not b
                and a != b
                # a symmetric act is one event: "A and B signed a bilateral ceasefire"
                and (i < j or trig.entry.type not in SYMMETRIC_TYPES)
            ]
        elif trig.mode == "third-party" and targets:
            # "talks facilitated by Saudi Arabia and the United States": each mediator
            # with the parties, not one co-mediator with the other (but with no party
            # named, "South Korea and Japan resumed their shuttle diplomacy": each other)
            pairs = [(a, b) for a in sources for b in targets if not _same(a, b)]
        else:
            pairs = _pairs(trig.entry.type, sources, targets)
        if trig.entry.type == "CONSULT":
            # "met reporters", "told journalists": a press encounter, not consultation
            pairs = [
                (a, b)
                for a, b in pairs
                if not (b is not None and b.sector == "MED" and b.actor_id is None)
            ]
        if not pairs:
            return []
        when, until = self._date(trig, sent, article.date)
        contexts = self._contexts(trig, sent)
        out = []
        for src, tgt in pairs:
            ev = Event(
                event_id="",
                article_id=article.id,
                sentence=sentence.text,
                sentence_index=sentence.index,
                span=(sentence.start, sentence.end),
                type=trig.entry.type,
                mode=trig.mode,
                contexts=contexts,
                source=src,
                target=tgt,
                date=when,
                date_end=until,
                location=where,
                certainty=certainty,
                attributed_to=attributed,
                negated=mod.negated,
                intensity=self.lex.intensity_of(trig.entry.type, trig.mode),
                trigger=_trigger_text(trig),
                cameo=self.lex.cameo_of(trig.entry.type, trig.mode),
            )
            out.append(ev)
        if trig.entry.type == "RETREAT" and out and not mod.negated:
            out.extend(self._exchanged(trig, out[0], scan, ctx))
        if trig.entry.type == "ASSAULT" and out:
            out = self._fought_alongside(trig, out, scan, ctx)
        if (
            mod.intent
            and not (mod.unattributed_intent and trig.entry.type == "CONSULT")
            and not mod.negated
            and (not mod.conditional or mod.unless)
            and trig.content_of is None
            and _own_statement(attributed, out)
            # "Analysts said Israel would attack Iran": a prediction by onlookers
            and not (
                mod.source_of_claim is not None
                and mod.source_of_claim.lemma_.lower() in ONLOOKER_NOUNS
            )
        ):
            out.extend(self._intent_events(trig, out, attributed, threat=mod.unless))
        if trig.entry.type == "CONSULT" and trig.mode != "third-party" and not mod.negated:
            ctx_pair = [a for a in (pairs[0][0], pairs[0][1]) if a is not None]
            ctx.by_role["__consult__"] = ctx_pair[0]
            if len(ctx_pair) > 1:
                ctx.by_role["__consult_target__"] = ctx_pair[1]
        return out + extra

    def _fought_alongside(
        self, trig: _Trig, out: list[Event], scan: Scan, ctx: ArticleContext
    ) -> list[Event]:
        """ "North Korean troops are fighting alongside Russian forces in Kursk": the
        fighters cooperate with their ally (COOPERATE), and the fight has a target only
        when an opponent is named ("... against jihadists"), not the place it is in."""
        tok = trig.tok
        allies = [
            a
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ == "alongside"
            for p in _pobjs(prep)
            for a in self.resolver.resolve(p, scan, ctx)
            if a.country
        ]
        if not allies:
            return out
        sides = {e.source for e in out if e.source is not None}
        coop = [
            replace(
                out[0],
                type="COOPERATE",
                mode=None,
                source=src,
                target=ally,
                intensity=self.lex.intensity_of("COOPERATE", None),
                cameo=self.lex.cameo_of("COOPERATE", None),
            )
            for src in sides
            for ally in allies
            if not _same(src, ally)
        ]
        opponent = any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "against") for c in tok.children
        )
        return (out if opponent else []) + coop

    @staticmethod
    def _retype_by_parties(trig: _Trig, sources: list[Actor], targets: list[Actor]) -> None:
        """Readings that depend on who the parties are: leaving or expelling an
        international organisation is a sanction; exercises held by two states are
        cooperation."""
        type_, mode = trig.entry.type, trig.mode
        to_igo = bool(targets) and all(
            t.country in ("IGO", "NGO") or t.sector in ("IGO", "NGO") for t in targets
        )
        if to_igo and (
            (type_ == "RETREAT" and mode == "withdraw") or (type_ == "COERCE" and mode == "deport")
        ):
            # "Mali withdrew from ECOWAS", "Jakarta expelled the UN refugee agency"
            new_mode = "withdraw" if type_ == "RETREAT" else "expel"
            trig.entry = replace(trig.entry, type="SANCTION", mode=new_mode)
            trig.mode = new_mode
        elif (
            type_ == "ASSAULT"
            and sources
            and all(a.sector in CROWD_SECTORS for a in sources)
            and trig.tok.lemma_.lower() in RIOT_VERBS
        ):
            # "protesters stormed parliament", "supporters attacked the French embassy":
            # a crowd's violence is a riot (PROTEST), not an armed attack
            trig.entry = replace(trig.entry, type="PROTEST", mode="riot")
            trig.mode = "riot"
        elif (
            type_ == "COERCE"
            and mode == "seize"
            and sources
            and all(a.sector in CROWD_SECTORS for a in sources)
            and trig.tok.lemma_.lower() == "occupy"
        ):
            # "students occupied the campus", "protesters occupied the square": a sit-in
            # (PROTEST obstruct), not a seizure of territory
            trig.entry = replace(trig.entry, type="PROTEST", mode="obstruct")
            trig.mode = "obstruct"
        elif (
            type_ == "COERCE"
            and mode == "arrest"
            and sources
            and all(a.sector == "REB" for a in sources)
            and trig.tok.lemma_.lower() in ("capture", "seize", "grab", "snatch")
            and targets
            and all(t.sector is not None for t in targets)
        ):
            # "Hezbollah captured two Israeli soldiers", "the rebels captured a general":
            # an armed group taking people is an abduction, not an arrest (but what it
            # "detains" it holds, and "captured two military posts" is a seizure)
            trig.entry = replace(trig.entry, type="ASSAULT", mode="abduct")
            trig.mode = "abduct"
        elif (
            type_ == "SANCTION"
            and mode == "withdraw"
            and trig.tok.lemma_.lower() == "walk"
            and sources
            and all(a.sector in ("LAB", "HLH", "EDU") for a in sources)
        ):
            # "junior doctors walked out of hospitals": a strike, not leaving talks
            trig.entry = replace(trig.entry, type="PROTEST", mode="strike")
            trig.mode = "strike"
        elif (
            type_ == "SANCTION"
            and targets
            and all(t.sector == "MED" for t in targets)
            and trig.tok.lemma_.lower() in ("suspend", "ban", "close", "shut")
        ):
            # "suspended the BBC and Voice of America": censorship
            trig.entry = replace(trig.entry, type="COERCE", mode="censor")
            trig.mode = "censor"
        elif (
            type_ == "SANCTION"
            and mode == "expel"
            and sources
            and targets
            and all(
                t.sector == "MIL" and t.country in {a.country for a in sources} for t in targets
            )
        ):
            # "Putin ordered troops to leave Kherson": sending one's own forces out is a pullback
            trig.entry = replace(trig.entry, type="RETREAT", mode="withdraw")
            trig.mode = "withdraw"
        elif (
            type_ == "MOBILIZE"
            and trig.tok.lemma_.lower() in EXERCISE_NOUNS
            and len({a.country for a in sources if a.country}) > 1
        ):
            # "Russia and Belarus held military drills"
            trig.entry = replace(trig.entry, type="COOPERATE", mode=None)
            trig.mode = None

    @staticmethod
    def _business_only(type_: str, sources: list[Actor], targets: list[Actor]) -> bool:
        """Companies' acts that are no political event: a company "attacking" or
        "protesting" a plan is a figure of speech, and its investments, purchases and
        pledges with no state or international organisation on the other side are
        business news ("Intel will invest $20 billion in Ohio", "Microsoft agreed to
        buy Activision"). Deals with a government stay ("Rosatom signed a deal with
        Egypt")."""
        if not sources or any(a.sector != "BUS" for a in sources):
            return False
        if type_ in ("ASSAULT", "PROTEST"):
            # the company itself, named or as "the company"/"Acme Corp", not its guards
            # or contractors ("its guards shot dead eight civilians" is an assault)
            return all(
                (a.actor_id or "").startswith(("group:", "igo:"))
                or a.text.lower().rstrip(".").rsplit(" ", 1)[-1] in COMPANY_WORDS
                for a in sources
            )
        return type_ in ("AGREE", "COOPERATE") and not any(
            t.sector in STATE_SECTORS or t.country in ("IGO", "NGO") for t in targets
        )

    def _hosted_meeting(
        self,
        trig: _Trig,
        parties: list[Actor],
        sent: Span,
        sentence: Sentence,
        article: Article,
        mod: object,
    ) -> list[Event]:
        """The parties a host received met each other: one CONSULT between them."""
        when, until = self._date(trig, sent, article.date)
        where = self._place(trig, sent, Scan(), parties)
        ev = Event(
            event_id="",
            article_id=article.id,
            sentence=sentence.text,
            sentence_index=sentence.index,
            span=(sentence.start, sentence.end),
            type="CONSULT",
            mode=None,
            contexts=self._contexts(trig, sent),
            source=parties[0],
            target=parties[1],
            date=when,
            date_end=until,
            location=where,
            certainty=getattr(mod, "certainty", "asserted"),
            negated=getattr(mod, "negated", False),
            intensity=self.lex.intensity_of("CONSULT", None),
            trigger=_trigger_text(trig),
            cameo=self.lex.cameo_of("CONSULT", None),
        )
        return [ev]

    @staticmethod
    def _referred_actor(trig: _Trig, sources: list[Actor], ctx: ArticleContext) -> list[Actor]:
        """ "Baku rejected the accusation", "called the raid an authoritarian act",
        "condemned the move": whoever did the act (or made the claim) the article has
        just reported is the target."""
        ref = next(
            (
                c
                for c in trig.tok.children
                if c.dep_ in ("dobj", "nsubjpass")
                and c.lemma_.lower() in EVENT_REFERENCES
                and any(d.lower_ in ("the", "this", "that", "such", "these") for d in c.children)
            ),
            None,
        )
        if ref is None and trig.tok.dep_ == "relcl" and trig.tok.head.lemma_.lower() in CLAIM_NOUNS:
            ref = trig.tok.head  # "..., a charge Iran denies"
        if ref is None:
            return []
        own = {a.country for a in sources}
        claim = ref.lemma_.lower() in CLAIM_NOUNS
        for event in reversed(ctx.events):
            # "rejected the accusation": whoever made the claim; "the raid": whoever did it
            candidates = (
                [event.attributed_to, event.source if event.type == "ACCUSE" else None]
                if claim
                else [event.source]
            )
            for actor in candidates:
                if actor is not None and actor.country and actor.country not in own:
                    return [actor]
        return []

    def _damage_of_attack(self, trig: _Trig) -> bool:
        """A supply cut told as what an attack did ("missiles struck the grid, cutting
        power to 200,000 homes"): damage done by the attack, not a second, coercive act."""
        tok = trig.tok
        return (
            trig.entry.type == "COERCE"
            and trig.mode == "withhold"
            and tok.tag_ == "VBG"
            and tok.dep_ in ("advcl", "conj", "xcomp")
            and tok.head.i in self._trigger_tokens
            and any(e.type == "ASSAULT" for e in self.lex.verbs.get(tok.head.lemma_.lower(), ()))
        )

    def _released_from_custody(
        self, trig: _Trig, scan: Scan, ctx: ArticleContext, targets: list[Actor]
    ) -> tuple[list[Actor], list[Actor]]:
        """Who let prisoners go when no one is named: the state (or group) that held
        them, by "39 Palestinian prisoners were released from Israeli jails", "freed
        from Turkish custody", "freed from Hamas captivity"."""
        if trig.tok.pos_ != "VERB" or not _agentless(trig.tok):
            return [], targets
        held = [h for h in _prep_objects(trig.tok, frozenset({"from"})) if _custody(h)]
        holders = [
            a
            for h in held
            for a in self.resolver.resolve(h, scan, ctx)
            if a.country and a.country not in ("IGO", "NGO")
        ]
        if not holders:
            return [], targets
        holder = holders[0]
        if holder.country and not (holder.actor_id or "").startswith("group:"):
            holder = self.resolver.state_actor(holder.country, "GOV")
        spans = {h.doc[h.left_edge.i : h.right_edge.i + 1].text for h in held}
        return [holder], [t for t in targets if t.text not in spans]

    def _opponent(
        self, trig: _Trig, scan: Scan, ctx: ArticleContext, sources: list[Actor]
    ) -> list[Actor]:
        """Whom forces are readied against: "mobilised reservists for a possible war
        against Iraq"."""
        own = {a.country for a in sources}
        for tok in trig.anchor.subtree:
            if tok.dep_ == "prep" and tok.lower_ == "against":
                for head in _pobjs(tok):
                    found = self._actor_within(head, scan, ctx, sources)
                    found = [a for a in found if a.country not in own]
                    if found:
                        return found
        return []

    def _visited(
        self, trig: _Trig, sent: Span, scan: Scan, sources: list[Actor]
    ) -> Location | None:
        """The place a visit goes "to" ("a visit to Shanghai by President Putin"), or the
        place visited ("visited Kharkiv", "toured the region of Nakhchivan")."""
        places = [
            p for c in trig.tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in _pobjs(c)
        ]
        if trig.tok.pos_ == "VERB":
            places += [c for c in trig.tok.children if c.dep_ == "dobj"]
        for pobj in places:
            if pobj.lemma_.lower() in PLACE_KIND_NOUNS and (inner := of_object(pobj)) is not None:
                pobj = inner  # "the exclave of Nakhchivan"
            name = _place_name(pobj) or (pobj.text if pobj.pos_ == "PROPN" else None)
            if name:
                prefer = tuple(a.country for a in sources if a.country)
                place = self.gazetteer.find(name, prefer)
                if place.country:
                    return place
        return None

    def _across_border(
        self, trig: _Trig, scan: Scan, ctx: ArticleContext, sources: list[Actor]
    ) -> list[Actor]:
        """ "launched exercises near the border with Guyana", "pulled back the troops it had
        massed near the border with Kosovo": the state across the border faces the move."""
        scope = trig.anchor if trig.anchor is not None and trig.anchor.pos_ == "VERB" else trig.tok
        own = {a.country for a in sources}
        for tok in scope.subtree:
            if tok.lemma_.lower() in BORDER_NOUNS and tok.i != trig.tok.i:
                beyond = _beyond_border(tok)
                if beyond is tok:
                    continue
                found = [a for a in self.resolver.resolve(beyond, scan, ctx) if a.country]
                if found and all(a.country not in own for a in found):
                    return found
        return []

    def _resolution_author(self, trig: _Trig, ctx: ArticleContext) -> list[Actor]:
        """The body whose resolution an act is about, when no one is named: the UN for a
        veto or a General Assembly resolution ("vetoed a draft resolution"), else the
        international organisation the article named last ("The AU passed a resolution
        ... Ethiopia rejected the resolution")."""
        objs = [c for c in trig.tok.children if c.dep_ in ("dobj", "nsubjpass")]
        res = [o for o in objs if o.lemma_.lower() == "resolution"]
        if not res:
            return []
        words = {t.lower_ for o in res for t in o.doc[o.left_edge.i : o.i]}
        text = res[0].doc[res[0].left_edge.i : res[0].i + 1].text  # "a draft resolution"
        if trig.tok.lemma_.lower() == "veto" or {"general", "assembly"} <= words:
            entry = next(
                (e for e in self.resolver.dictionary.aliases.get("un", []) if e.kind == "igo"),
                None,
            )
            if entry is not None:
                return [Actor(text, entry.name, entry.country, entry.sector, entry.actor_id)]
        if ctx.last_igo is not None and any(c.lower_ == "the" for o in res for c in o.children):
            return [replace(ctx.last_igo, text=text)]
        return []

    def _recognised(self, trig: _Trig, sources: list[Actor]) -> list[Actor]:
        """ "recognised Abkhazia and South Ossetia", "recognised the independence of the
        Donetsk and Luhansk people's republics": breakaway entities the dictionary does
        not know but the gazetteer places stand for the country they are in (one only)."""
        objs = [c for c in trig.tok.children if c.dep_ == "dobj"]
        if trig.tok.pos_ == "NOUN":  # "the recognition of Somaliland"
            objs = _prep_objects(trig.tok, frozenset({"of"}))
        own = {a.country for a in sources}
        found: dict[str, str] = {}
        for obj in objs:
            for tok in obj.subtree:
                if tok.pos_ != "PROPN" or tok.dep_ == "compound":
                    continue
                if tok.ent_type_ == "PERSON" and tok.dep_ != "conj":
                    continue  # "recognised Guaido as president" (not "Donetsk and Luhansk")
                name = _compound_text(tok)
                code = self.gazetteer.find(name, towns=False).country
                if code and code not in own:
                    found.setdefault(code, name)
        if len(found) != 1:
            return []
        [(code, name)] = found.items()
        return [self.resolver.country_actor(code, name, None)]

    def _unnamed_place_under_fire(
        self, trig: _Trig, sources: list[Actor], ctx: ArticleContext
    ) -> list[Actor]:
        """ "Fighting flared in southern Lebanon. The town came under Israeli fire": a
        town or village the text does not name is in the country the story is about (the
        sentence's, or the one before when this one names only the attacker's)."""
        subjects, _passive = _subjects(trig.tok.head.head)
        if not any(
            s.lemma_.lower() in PLACE_KIND_NOUNS | {"village", "neighbourhood", "neighborhood"}
            and any(c.dep_ == "det" and c.lower_ == "the" for c in s.children)
            for s in subjects
        ):
            return []
        attackers = {a.country for a in sources}
        for home in (ctx.home, ctx.last_home):
            if home and home not in ("IGO", "NGO") and home not in attackers:
                return [self.resolver.state_actor(home, None)]
        return []

    def _place_target(self, trig: _Trig, where: Location, sources: list[Actor]) -> list[Actor]:
        """ "struck sites in Pakistan", "visited Yerevan": the place's country is the target
        of material events and visits when the text names no other."""
        type_ = trig.entry.type
        if type_ not in PLACE_TARGET_TYPES and trig.mode != "visit":
            return []
        if type_ == "CONSULT" and trig.mode != "visit":
            return []
        if any(a.country == where.country for a in sources) and type_ == "CONSULT":
            return []
        sector = "GOV" if type_ == "CONSULT" else None
        return [self.resolver.country_actor(where.country or "", where.name, sector)]

    def _intent_events(
        self, trig: _Trig, events: list[Event], attributed: Actor | None, threat: bool = False
    ) -> list[Event]:
        """An actor's stated intent is itself an event in PLOVER: to cooperate -> AGREE
        ("Finland will give Tanzania a grant"), to use force -> THREATEN, and anything
        it says it will do "unless" others act is a threat."""
        type_ = trig.entry.type
        if threat:
            new_type, new_mode = "THREATEN", INTENT_THREAT_MODES.get(type_)
        elif type_ in INTENT_AGREE_TYPES or (
            type_ == "MOBILIZE"
            and (
                _peace_mission(trig) or any(e.target and e.target.country == "IGO" for e in events)
            )
        ):
            # "ready to send 200 peacekeepers to Sudan": an offer of troops for a mission
            new_type, new_mode = "AGREE", None
        elif type_ in INTENT_THREAT_MODES:
            new_type, new_mode = "THREATEN", INTENT_THREAT_MODES[type_]
        else:
            return []
        certainty = "reported" if attributed is not None else "asserted"
        return [
            replace(
                e,
                type=new_type,
                mode=new_mode,
                certainty=certainty,
                intensity=self.lex.intensity_of(new_type, new_mode),
                cameo=self.lex.cameo_of(new_type, new_mode),
            )
            for e in events
        ]

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
        if (tok.pos_ in ("VERB", "AUX") or misread) and trig.entry.pos != "NOUN":
            _verb_args(tok, src_heads, tgt_heads, party_heads, late, trig.entry.object)
            # "rejected an offer from Kabul", "accepted demands from the rebels"
            fallback = _object_preps(tok, with_from=trig.entry.type in RESPONSE_TYPES)
        else:
            # "officials described the detention as ...": who speaks of an event did not do it
            spoken = (
                trig.anchor.lemma_.lower() in SPEECH_VERBS
                # "the EU condemned the killing": who condemns an act did not do it
                or (trig.anchor.lemma_.lower() in DENUNCIATION_VERBS and trig.tok.dep_ == "dobj")
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
            if trig.mode == "third-party" and party_heads and not src_heads and not spoken:
                # "Qatar launched a mediation effort between A and B": the verb's subject
                # mediates between the parties
                subj, passive = _subjects(trig.anchor)
                if not passive:
                    src_heads.extend(subj)
        resolve = self.resolver.resolve
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
        if trig.entry.type == "ASSAULT" and not _downing(tok):
            # "fired missiles at X": not a target (but "shot down a drone" is)
            tgt_heads = [h for h in tgt_heads if not self._instrument(h)]
        elif trig.entry.type == "MOBILIZE":  # "moved troops to its border with Belarus"
            moved = [misread[1]] if misread else []  # "concentrated troops along the line"
            tgt_heads = [h for h in tgt_heads if h.dep_ not in ("dobj", "nsubjpass")]
            tgt_heads = [h for h in tgt_heads if h not in moved]
            late += [p for h in moved for p in _prep_objects(h, DEPLOYMENT_PREPS)]
            late = [_beyond_border(h) for h in late + _prep_objects(tok, DEPLOYMENT_PREPS)]
        elif trig.entry.type in SYMMETRIC_TYPES:  # "met at the United Nations": a venue
            tgt_heads = [h for h in tgt_heads if not (h.dep_ == "pobj" and h.head.lower_ == "at")]
            late = [h for h in late if not (h.dep_ == "pobj" and h.head.lower_ == "at")]
        # an event noun as object is not the target: "reaffirmed Ankara's support for X"
        event_nouns = [h for h in tgt_heads if h.dep_ == "dobj" and h.i in self._trigger_tokens]
        if event_nouns:
            tgt_heads = [h for h in tgt_heads if h not in event_nouns]
            if trig.entry.type == "ACCUSE":
                # "condemned Russia's missile attack on a hospital": whose act it was;
                # "condemned the American air raids on Tripoli": the raiders' state
                agents = [a for n in event_nouns for a in _event_agents(n)]
                tgt_heads += agents or [
                    n for n in event_nouns if any(a.country for a in resolve(n, scan, ctx))
                ]
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
        src_heads = [self._speaker_for(self._firer(h)) for h in src_heads]
        tgt_heads = [_object_for(h, tok) for h in tgt_heads]
        if (
            trig.entry.object
            and trig.entry.particle
            and not self.resolver.dictionary.role(trig.entry.object)
        ):
            # "took to the streets (of Belgrade)": the idiom's own noun is no one (but
            # "took in Syrian refugees": people)
            idiom = trig.entry.object
            tgt_heads = [h for h in tgt_heads if h.lemma_.lower() != idiom]
            late = [h for h in late if h.lemma_.lower() != idiom]
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
                        (_prep_objects(h, OBJECT_OF_PREPS) or _prep_objects(h, frozenset({"from"})))
                        if not self.resolver.dictionary.role(h.lemma_.lower())
                        else _prep_objects(h, frozenset({"with"}))
                    )
                    or [h]
                    if h.lemma_.lower() == trig.entry.object
                    else [h]
                )
            ]
        sources = [a for h in src_heads for a in resolve(h, scan, ctx)]
        if not sources:
            sources = self._owned_role(src_heads, scan, ctx)
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
        targets = [a for h in tgt_heads for a in self._placed(h, resolve(h, scan, ctx), trig, scan)]
        parties = [a for h in party_heads for a in resolve(h, scan, ctx)]
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
        homes = {s.country for s in sources if s.country}
        # "Russia withdrew its troops", "Putin ordered his forces": not a target of its own
        targets = [t for t in targets if not (t.country in homes and _possessed(t))]
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

    def _content_targets(
        self,
        trig: _Trig,
        trigs: list[_Trig],
        scan: Scan,
        ctx: ArticleContext,
        sources: list[Actor],
    ) -> list[Actor]:
        """The target a statement is about: the target of the action it agrees to,
        demands or threatens ("agreed to hand villages back to Azerbaijan"), else the
        first actor with a country in what the verb governs ("demanded that the RSF
        halt", "warned that any Israeli ship ...")."""
        src_countries = {a.country for a in sources}
        if trig.entry.type == "THREATEN":  # "... unless President Assad halted ...": Assad
            for tok in trig.tok.subtree:
                if tok.dep_ == "mark" and tok.lower_ in ("unless", "if"):
                    for subj in (c for c in tok.head.children if c.dep_ == "nsubj"):
                        found = self.resolver.resolve(subj, scan, ctx)
                        found = [a for a in found if a.country and a.country not in src_countries]
                        if found:
                            return found
        if trig.entry.type == "REQUEST":  # "demanded that the US cancel ...": the US
            for clause in trig.tok.children:
                if clause.dep_ not in ("ccomp", "acl"):
                    continue
                for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                    found = self.resolver.resolve(subj, scan, ctx)
                    found = [a for a in found if a.country and a.country not in src_countries]
                    if found and subj.dep_ == "nsubj":
                        return found
        for content in (t for t in trigs if t.content_of is trig):
            c_src, tgt = self._arguments(content, scan, ctx)
            tgt = _home_government(tgt, sources)  # "threatened to attack government troops"
            other = [a for a in c_src if a.country and a.country not in src_countries]
            if trig.entry.type in ("THREATEN", "REQUEST") and other:
                # "warned that British troops deployed there would be targets", "demanded
                # that Baghdad pull its forces out of Kuwait": whoever is to act
                return other
            if trig.entry.type == "REQUEST" and content.entry.type == "RETREAT":
                # "demanded the release of its prisoners held by Azerbaijan": the holder
                holders = [
                    a
                    for h in _holders(content.tok)
                    for a in self.resolver.resolve(h, scan, ctx)
                    if a.country and a.country not in src_countries
                ]
                if holders:
                    return holders[:1]
            # "ruled out ceding Ukrainian territory to Russia": another side first
            tgt = [a for a in tgt if a.country and a.country not in src_countries] or [
                a for a in tgt if a.country and a not in sources
            ]
            if tgt:
                return tgt[:1]
        if trig.entry.type == "PROTEST":  # "rallied ..., chanting slogans against Israel"
            return self._protest_targets(trig, trigs, scan, ctx, sources)
        if trig.entry.type not in CONTENT_TARGET_TYPES:
            return []
        joint = len(sources) > 1 or any(
            s.conjuncts or any(c.conjuncts for c in s.children if c.dep_ in ("amod", "compound"))
            for s in _subjects(trig.tok)[0]
        )
        if joint and trig.entry.type in SYMMETRIC_TYPES:
            # "Ethiopian and Tigrayan commanders agreed to a plan in Pretoria", "the presidents
            # of A, B and C initialled a peace agreement at a U.S. air base": the parties are
            # the subjects; what else the clause names is a venue or a broker
            return []
        for child in trig.tok.children:
            infinitive = child.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            )
            if child.dep_ not in ("dobj", "ccomp", "xcomp", "prep", "dative") and not infinitive:
                continue
            if (
                trig.entry.type in SYMMETRIC_TYPES
                and child.dep_ == "prep"
                and child.lower_ in VENUE_PREPS
            ):
                continue  # "Zelensky signed a security pact in London": a venue, no party
            for tok in child.subtree:
                if tok.pos_ not in ("PROPN", "NOUN", "ADJ") or scan.at(tok.i) is None:
                    continue
                if _aside(tok, child):
                    continue  # "after a night of Russian strikes", "Ukraine's allies"
                if trig.entry.type in SYMMETRIC_TYPES and _venue(tok, scan):
                    # "the rebels agreed to a ceasefire in talks in Lusaka": where, not who
                    continue
                if _culprits_victim(tok, child):
                    continue  # "the perpetrators of the attack on Chinese engineers"
                entry = scan.at(tok.i).entry  # type: ignore[union-attr]
                # another side, or an armed group or party at home ("broke off peace
                # talks with the Revolutionary Armed Forces of Colombia")
                if entry.country and (entry.country not in src_countries or entry.kind == "group"):
                    found = self.resolver.resolve(tok, scan, ctx) if tok.pos_ != "ADJ" else []
                    found = [a for a in found if a.country]
                    if found:
                        return found[:1]
                    name = self.resolver.dictionary.countries.get(entry.country, entry.country)
                    return [
                        Actor(
                            text=tok.text,
                            name=name,
                            country=entry.country,
                            sector=entry.sector,
                            actor_id=entry.actor_id,
                        )
                    ]
        return []

    def _protest_targets(
        self,
        trig: _Trig,
        trigs: list[_Trig],
        scan: Scan,
        ctx: ArticleContext,
        sources: list[Actor],
    ) -> list[Actor]:
        """Whom a protest is against: "against X" in its clause, else the target of the
        demand it makes ("rallied ... to demand the departure of French troops")."""
        heads: list[Token] = []
        for tok in trig.anchor.subtree:
            if tok.dep_ == "prep" and (
                tok.lower_ == "against"
                or (tok.lower_ in ("of", "at", "for", "to") and tok.head.lemma_.lower() in DEFIANCE)
            ):
                heads.extend(_pobjs(tok))  # "in protest against/of/at X", "in defiance of X"
            elif (
                tok.dep_ == "dobj"
                and tok.head.lemma_.lower() == "protest"
                and tok.head.pos_ == "VERB"
            ):
                heads.append(tok)  # "to protest President Assad's failure to reform"
            elif (
                tok.dep_ == "pobj"
                and tok.head.lower_ in ("outside", "at", "near", "before")
                and tok.lemma_.lower() in MISSION_NOUNS
            ):
                heads.append(tok)  # "protested outside the Turkish embassy in Berlin"
        for head in heads:
            found = self._actor_within(head, scan, ctx, sources)
            if found:
                return found
        # "an anti-Israel protest", "anti-American demonstrators rallied": the state
        for noun in [trig.tok, *(c for c in trig.tok.children if c.dep_ == "nsubj")]:
            found = self.resolver.opposed_states(noun)
            if found:
                return found
        for other in trigs:
            if other.entry.type == "REQUEST" and other.tok.head.i == trig.anchor.i:
                _, tgt = self._arguments(other, scan, ctx)
                tgt = [a for a in tgt if a.country]
                if tgt:
                    return tgt
        return []

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
        inner += [  # "violations committed by X"
            p
            for c in noun.children
            if c.dep_ == "acl"
            for a in c.children
            if a.dep_ == "agent"
            for p in _pobjs(a)
        ]
        for tok in inner:
            found = [a for a in self.resolver.resolve(tok, scan, ctx) if a.country]
            if found:
                return found
        return []

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

    def _mediated_parties(
        self, trig: _Trig, trigs: list[_Trig], scan: Scan, ctx: ArticleContext
    ) -> list[Actor]:
        """The parties a mediator's CONSULT points at: the talks' own parties,
        else the parties of the article's previous round of talks."""
        mediators, _ = self._arguments(trig, scan, ctx)
        others = sorted(
            (t for t in trigs if t is not trig and t.mode != "third-party"),
            key=lambda t: t.entry.type != "CONSULT",
        )  # talks first
        for other in others:
            src, tgt = self._arguments(other, scan, ctx)
            parties = [a for a in src + tgt if a not in mediators]
            if parties:
                return parties[:1]
        previous = ctx.by_role.get("__consult__")
        return [previous] if previous is not None else []

    def _date(self, trig: _Trig, sent: Span, base: date | None) -> tuple[date | None, date | None]:
        scope = trig.anchor if trig.anchor is not None else trig.tok
        ents = [e for e in sent.ents if e.label_ == "DATE"]
        inside = [
            e for e in ents if scope.left_edge.i <= e.start and e.end <= scope.right_edge.i + 1
        ]
        for ent in inside or (ents if len(ents) == 1 else []):
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
        found = self._place_in(scope, sent, scan, actors, preps)
        if found is None and scope.dep_ in ("advcl", "xcomp") and scope.head.pos_ == "VERB":
            # "rallied outside the base in Niamey to demand ...": the demand was made there
            found = self._place_in(scope.head, sent, scan, actors)
        if found is None and trig.entry.type in PLACE_TARGET_TYPES:
            found = self._place_object(trig, scan)  # "shelled the town of Macomia"
        if found is None and scope.dep_ == "advcl" and scope.tag_ == "VBG":
            # "shelled Kharkiv overnight, killing three civilians": killed in Kharkiv
            for obj in (c for c in scope.head.children if c.dep_ in ("dobj", "nsubjpass")):
                found = self._settlement(obj, trig, scan)
                if found is not None:
                    break
        return found

    def _accusers(self, denier: list[Actor], ctx: ArticleContext) -> list[Actor]:
        """Who most recently accused the denier's country, in the sentences before (the
        one answered by "X denied ...")."""
        countries = {a.country for a in denier if a.country}
        for event in reversed(ctx.events[-12:]):
            if (
                event.type == "ACCUSE"
                and event.target is not None
                and event.target.country in countries
                and event.source is not None
                and event.source.country not in countries
            ):
                return [event.source]
        return []

    def _own_state(self, trig: _Trig, sources: list[Actor], where: Location | None) -> list[Actor]:
        """Domestic acts with no one named on the other side are done to (or demanded of)
        the actor's own state: strikes and protests, curfews and crackdowns, concessions,
        a rebel ceasefire ("ETA declared a permanent ceasefire", "the unions called off
        the strike", "authorities relaxed the curfew")."""
        type_ = trig.entry.type
        src = sources[0]
        if not src.country or src.country in ("IGO", "NGO") or len(sources) > 1:
            return []
        if where is not None and where.country and where.country != src.country:
            return []  # abroad: whose state is unclear
        name = self.resolver.dictionary.countries.get(src.country, src.country)
        if src.actor_id == f"country:{src.country}" and src.text in (name, src.name):
            return []  # "Armenia declared martial law": the state itself, not a party to it
        state = src.sector in STATE_SECTORS
        domestic = (
            (type_ == "RETREAT" and src.sector in ("REB", "OPP"))  # a rebel ceasefire
            or (type_ == "PROTEST" and not state)
            or (type_ in ("CONCEDE", "COERCE") and trig.mode != "seize")
            # "protesters marched in Hong Kong to demand the bill's withdrawal": the demand
            # of a domestic protest is made of the same state as the protest
            or (
                type_ == "REQUEST"
                and not state
                and trig.tok.dep_ in ("advcl", "xcomp")
                and trig.tok.head.i in self._trigger_tokens
                and trig.tok.head.lemma_.lower() in PROTEST_MARCH_VERBS
            )
        )
        if not domestic:
            return []
        return [self.resolver.state_actor(src.country, "GOV")]

    def _in_kind(
        self, sent: Span, events: list[Event], scan: Scan, ctx: ArticleContext
    ) -> list[Event]:
        """ "Azerbaijan expelled two French diplomats, and Paris responded in kind": the
        same act the other way round."""
        out: list[Event] = []
        for tok in sent:
            if tok.lower_ != "kind" or tok.head.lower_ != "in" or tok.head.head.pos_ != "VERB":
                continue
            verb = tok.head.head
            subjects, passive = _subjects(verb)
            actors = [a for h in subjects for a in self.resolver.resolve(h, scan, ctx)]

            def usable(e: Event, verb: Token = verb) -> bool:
                return bool(e.source and e.source.country) and e.trigger != verb.text

            earlier = [e for e in events if usable(e)] or [e for e in ctx.events[-4:] if usable(e)]
            if passive or not actors or not earlier:
                continue
            base = earlier[-1]
            if actors[0].country and actors[0].country != base.source.country:  # type: ignore[union-attr]
                mod = modality(verb, verb, self.cues)  # "said it would respond in kind"
                certainty = "speculative" if mod.certainty == "speculative" else base.certainty
                out.append(
                    replace(
                        base,
                        source=actors[0],
                        target=base.source,
                        trigger=verb.text,
                        certainty=certainty,
                        negated=mod.negated,
                    )
                )
        return out

    def _exchanged(self, trig: _Trig, first: Event, scan: Scan, ctx: ArticleContext) -> list[Event]:
        """ "Hamas freed three Israeli hostages in exchange for 183 Palestinian prisoners":
        the other side released the prisoners (RETREAT the other way round)."""
        src, tgt = first.source, first.target
        if src is None or tgt is None or not src.country or not tgt.country:
            return []
        people: list[Token] = []
        for prep in (c for c in trig.tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            for noun in _pobjs(prep):
                if noun.lemma_.lower() == "exchange":
                    people += [p for c in noun.children if c.lower_ == "for" for p in _pobjs(c)]
        if not people:
            return []
        found = [a for h in people for a in self.resolver.resolve(h, scan, ctx) if a.country]
        # the side that held the people the first act released, named by its country
        other = self.resolver.state_actor(tgt.country, "GOV")
        released = found[0] if found else self.resolver.country_actor(src.country, src.text, None)
        return [replace(first, source=other, target=released)]

    def _from_event_noun(
        self,
        trig: _Trig,
        trigs: list[_Trig],
        scan: Scan,
        ctx: ArticleContext,
        targets: list[Actor],
    ) -> tuple[list[Actor], list[Actor]]:
        """ "Five people were killed in an Israeli air strike on Gaza City", "died in a
        clash with ELN rebels": a verb with no actor of its own takes the actors of the
        event noun that says how it happened."""
        nouns = {t.tok.i for t in trigs if t is not trig and t.tok.pos_ == "NOUN"}
        head = trig.tok.head
        noun_trig = next((t for t in trigs if t.tok.i == head.i and t is not trig), None)
        if (
            trig.tok.dep_ == "relcl"
            and noun_trig is not None
            and noun_trig.entry.type == trig.entry.type
            and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in trig.tok.children)
        ):
            # "claimed responsibility for the attack that killed 12 soldiers", "apologised
            # for a strike that killed three aid workers": the attack's actors did it (and
            # "strikes on southern Lebanon that killed 11 people" hit Lebanon)
            found, hit = self._arguments(noun_trig, scan, ctx)
            if found:
                return found, targets if any(t.country for t in targets) else hit or targets
        # ... or that is its subject: "a car bombing blamed on the PKK killed 12 people"
        subjects = [c for c in trig.tok.children if c.dep_ == "nsubj" and c.i in nouns]
        heads = [
            _pobjs(prep)
            for prep in trig.tok.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "by")
        ] + [subjects]
        for group in heads:
            for pobj in group:
                if pobj.i not in nouns:
                    continue
                src: list[Token] = []
                tgt: list[Token] = []
                parties: list[Token] = []
                _noun_args(pobj, pobj, src, tgt, parties, from_verb=False)
                if not src and not parties and pobj.lemma_.lower() in CLASH_VERBS:
                    # "killed in a clash with Chinese troops": the other side
                    parties = [t for t in tgt if t.head.lower_ == "with"]
                    tgt = [t for t in tgt if t not in parties]
                src = src or parties  # "a clash between A and B": its sides
                found = [a for h in src for a in self.resolver.resolve(h, scan, ctx)]
                if not found:
                    continue
                if not any(t.country for t in targets):
                    placed = [
                        a
                        for h in tgt
                        for a in self._placed(h, self.resolver.resolve(h, scan, ctx), trig, scan)
                    ]
                    targets = [a for a in placed if a.country] or targets
                return found, targets
        return [], targets

    def _placed(self, head: Token, actors: list[Actor], trig: _Trig, scan: Scan) -> list[Actor]:
        """A settlement hit by a material event stands for its country ("struck Kharkiv",
        "attacked the town of Macomia") when the dictionary knows no actor by that name;
        a place the text puts in a country ("the village of X in northern Kosovo") is
        that country's."""
        if trig.entry.type not in PLACE_TARGET_TYPES:
            return actors
        toks = [head, *head.conjuncts]
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

    def _settlement(self, tok: Token, trig: _Trig, scan: Scan) -> Location | None:
        """The settlement ``tok`` names, if it names one the gazetteer knows."""
        settlement = tok.lemma_.lower() in SETTLEMENT_NOUNS
        if not settlement and tok.pos_ != "PROPN":
            return None
        one_word = not any(c.dep_ == "compound" for c in tok.lefts) and "-" not in tok.text
        if (
            not settlement
            and trig.entry.type != "ASSAULT"
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
        for obj in (c for c in trig.tok.children if c.dep_ == "dobj"):
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
        for obj in objs + [c for o in objs for c in o.conjuncts]:
            place = self._settlement(obj, trig, scan)
            if place is not None:
                return place
        return None

    def _place_in(
        self,
        scope: Token,
        sent: Span,
        scan: Scan,
        actors: list[Actor],
        preps: frozenset[str] = PLACE_PREPS,
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
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            edge = (
                pobj is not None
                and tok.lower_ in ("on", "along")
                and pobj.lower_ in EDGE_OF_PLACE_NOUNS
            )
            # "aid to residents of the city of Aleppo": where the people live
            people = tok.lower_ == "of" and tok.head.lemma_.lower() in DISPLACED_NOUNS
            if (
                tok.dep_ != "prep"
                or (tok.lower_ not in preps and not edge and not people)
                or tok.i in others
                or tok.head.lower_ == "based"
            ):
                continue  # (not "a group based in Geneva": where it sits, not where it acts)
            if pobj is None:
                continue
            pobj = _whole_place(pobj)  # "in the east of Congo": in Congo
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
            for cand in cands:
                match = scan.at(cand.i)
                if match is not None and match.entry.kind in NOT_PLACES:
                    continue  # "at the White House": a government, not Casablanca
                if cand.ent_type_ == "NORP" or (
                    match is not None and match.entry.kind == "demonym"
                ):
                    continue  # "near the Thai border": a nationality (Alor Setar's old name)
                if match is not None and match.entry.kind in ("capital", "country"):
                    known = cand.doc[match.start : match.end].text.rstrip(",.;:")
                    place = self.gazetteer.find(known, prefer)
                    if place.country:
                        return place
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
                    # organisations share their names)
                    place = self.gazetteer.find(_span_text(cand), prefer, towns=False)
                    if place.country in prefer and place.lat is not None:
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
                    if place.country:
                        return place
                    first = first or place
            if first is not None:
                return first
            if pobj.lower_ in PART_OF_PLACE_NOUNS:  # "in Syria's north-west", "Ukraine's east"
                for poss in (c for c in pobj.children if c.dep_ == "poss"):
                    m = scan.at(poss.i)
                    if m is not None and m.entry.kind in ("country", "capital") and m.entry.country:
                        return Location(_compound_text(poss), m.entry.country)
        return None

    def _contexts(self, trig: _Trig, sent: Span) -> tuple[str, ...]:
        tags = list(trig.entry.contexts)
        if trig.mode == "third-party":
            tags.append("mediation")
        text = sent.text.lower()
        for key, tag in self.lex.contexts.items():
            if tag not in tags and key in text:
                tags.append(tag)
        return tuple(tags)


# -- parse helpers ------------------------------------------------------------------------------


LONG_SPANS = ("decade", "decades", "years", "century", "centuries", "generations")


INSURGENT_SECTORS = frozenset({"REB", "OPP", "CVL", "CRM"})
NON_STATE_SECTORS = frozenset({"OPP", "CVL", "LAB", "EDU", "REL", "NGO", "REF", "HLH"})
VERBAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)
# verbal events whose target may sit inside what they govern
CONTENT_TARGET_TYPES = frozenset(
    {"REJECT", "ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "SANCTION"}
)
# events a state does to people at home: an unnamed target shares the source's country
DOMESTIC_TYPES = frozenset({"COERCE", "RETREAT", "CONCEDE", "PROTEST"})
FOREIGN_MODES = frozenset({"deport", "expel"})  # done to foreigners
# a state's act whose other side another act of the same sentence names
SHARED_TARGET_TYPES = frozenset(
    {"SANCTION", "THREATEN", "REJECT", "MOBILIZE", "ASSAULT", "REQUEST", "ACCUSE"}
)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "REB"})


def _with_country(actor: Actor, code: str) -> Actor:
    return replace(actor, country=code)


# words by which wire copy calls forces foreign to where they act ("allied warplanes")
FOREIGN_FORCE_WORDS = frozenset({"allied", "coalition", "foreign", "multinational"})


def _foreign_forces(actor: Actor) -> bool:
    """Unnamed forces described as foreign or allied ("Allied warplanes", "coalition
    troops", "foreign forces"), whose country the place cannot give."""
    words = actor.text.lower().split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    if actor.country is not None or actor.actor_id is not None or not words:
        return False
    if words[0] in REGIONAL_WORDS and len(words) > 1:
        return True  # "Arab leaders meeting in Cairo", "Western diplomats in Kyiv": many states
    if len(words) > 2 and words[0] in COMPASS_WORDS and words[1] in CONTINENT_ADJECTIVES:
        return True  # "South American leaders", "East African troops": a region's states
    return actor.sector in ("MIL", "REB") and words[0] in FOREIGN_FORCE_WORDS


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
) -> tuple[list[Actor], list[Actor]]:
    """Countries the text implies for unnamed actors with a sector and no country:
    the country of the place the event happened in ("rebels ... in northern Mali"), or,
    for an armed or civil group fighting a state's forces, that state ("rebels killed
    Malian soldiers"), or else the one country the sentence (or the dateline) names
    ("police fired tear gas at Zaman's supporters"). That last guess is not made for
    whom armed forces attack: "Russian soldiers killed civilians" says nothing of where.
    Named people and organisations keep what the dictionary says."""
    armed = type_ == "ASSAULT" and any(s.sector in ("MIL", "REB") for s in sources)
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

    def fill(actors: list[Actor], others: list[Actor], side: str) -> list[Actor]:
        out = []
        for a in actors:
            if _proper_name(a) or _foreign_forces(a):
                # "blogger Pavel Lisitsyn": a named person keeps no country; "allied
                # warplanes pounded Baghdad": forces the text calls foreign are not the
                # place's or the sentence's one country
                out.append(a)
                continue
            if (
                side == "target"
                and a.country is None
                and a.sector in ("IGO", "NGO")
                and a.actor_id is None
            ):
                # "a convoy of World Central Kitchen aid workers": the organisation's, not
                # the country it works in
                a = _with_country(a, a.sector)
            elif a.country is None and a.sector == "REB" and a.actor_id is not None and place:
                # "drove Islamic State militants out of the Syrian town of Kobani": a
                # transnational group takes the country it fights in
                a = _with_country(a, place)
            elif a.country is None and a.sector is not None and a.actor_id is None:
                if venue and a.sector in INSURGENT_SECTORS:
                    out.append(a)
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
                    and not (side == "target" and (armed or (foreign and a.sector != "OPP")))
                    and not (side == "source" and abroad and a.sector in STATE_SECTORS)
                    and not (side == "source" and visitors)
                ):
                    a = _with_country(a, home)
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
        and not any(w in ("in", "of", "from", "at", "on") for w in words)
    )


# last words of a company's own name or description ("the carmaker", "Acme Corp")
COMPANY_WORDS = frozenset(
    {"company", "firm", "corporation", "conglomerate", "carmaker", "automaker"}
    | {"chipmaker", "drugmaker", "retailer", "airline", "insurer", "lender"}
    | {"manufacturer", "bank", "startup", "supplier", "giant", "major", "club"}
    | {"inc", "corp", "plc", "ltd", "llc", "gmbh", "holdings", "co", "limited"}
)
REPEATED_ADVERBS = frozenset({"repeatedly", "often", "frequently", "regularly", "consistently"})


def _cause_of(tok: Token, triggers: set[int]) -> bool:
    """ "Russia's invasion of Ukraine has reshaped Europe's security order": an event noun
    as the subject of a present-perfect verb that is no event itself is named as the
    cause of a state of affairs (background), unless the sentence dates it."""
    head = tok.head
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "nsubj"
        and head.pos_ == "VERB"
        and head.i not in triggers
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in head.children)
        and not any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree)
    )


# spans of fighting whose relative clause gives a toll ("weeks of fighting that killed ...")
TOLL_SPANS = frozenset(
    {"fighting", "war", "conflict", "violence", "day", "week", "month", "year", "insurgency"}
)


def _running_toll(verb: Token) -> bool:
    """A perfect passive with no agent whose subject is counted in thousands ("more
    than 93,000 people have been killed"): a cumulative figure, not one attack."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    counted = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in TOLL_SPANS:
        counted += [c for c in verb.children if c.dep_ == "dobj"]  # "34 days of fighting
        # that killed more than 1,100 people", "a war that has killed 200,000"
    for subj in counted:
        for num in (t for t in subj.subtree if t.like_num):
            digits = num.text.replace(",", "")
            if digits.isdigit() and int(digits) >= 1000:
                return True
            if num.lower_ in ("thousands", "thousand", "million", "millions"):
                return True
    return False


def _habitual(trig: _Trig) -> bool:
    """A clause about a long stretch of time ("for three decades", "since the 1990s")
    describes background, not an event the article reports; so does a past-perfect
    relative clause ("pulled back the troops it had massed near the border")."""
    anchor = trig.anchor
    if (
        anchor.dep_ == "relcl"
        and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in anchor.children)
        and anchor.head.dep_ in ("dobj", "pobj")
    ):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children)
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in anchor.children):
        return True  # "the first extradition since Barco declared war on the cartels": a
        # point in the past that dates something else
    if (
        (perfect or anchor.dep_ == "relcl")
        and trig.entry.type == "ASSAULT"
        and _running_toll(anchor)
    ):
        return True  # "more than 93,000 people have been killed in Syria's conflict"
    tok = trig.tok
    if (
        tok.dep_ in ("pobj", "pcomp")
        and tok.head.lower_ == "since"
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.head.head.children)
        and tok.pos_ in ("NOUN", "VERB")
    ):
        return True  # "have fled since fighting (erupted)": parsed as the object of "since"
    clause = anchor
    for _ in range(3):  # the start of a running toll or trend, inside its "since" clause
        if (
            clause.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "since" for m in clause.children)
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.head.children)
        ):
            return True  # "12 million have fled since fighting erupted", "traffic has fallen
            # since the Houthis began attacking ships": background to the figure
        if clause.dep_ not in ("xcomp", "ccomp", "conj", "nsubj", "nsubjpass"):
            break
        clause = clause.head  # (a noun event's clause: "since fighting erupted")
    if perfect and any(
        c.dep_ == "advmod" and (c.lower_ in ("long", "before") or c.lower_ in REPEATED_ADVERBS)
        for c in anchor.children
    ):
        return True  # "Washington has long accused Tehran of ...": a standing position;
        # "Qana has been shelled before": earlier times, not this news;
        # "Tehran has repeatedly threatened to close Hormuz": a pattern, not news
    if (
        trig.entry.type == "REJECT"
        and anchor.tag_ in ("VBZ", "VBP")
        and (
            any(
                c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS and c.i < anchor.i
                for c in anchor.children
            )
            or (anchor.dep_ == "relcl" and anchor.head.lemma_.lower() in CLAIM_NOUNS)
        )
    ):
        return True  # "..., a charge Iran denies": boilerplate, not a new denial
    for child in [c for v in (anchor, *anchor.conjuncts) for c in v.children]:
        if (
            perfect
            and child.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children)
            # (but "police have detained 300 people since the protests erupted": arrests
            # made, news of the unrest, not a toll of a war's background)
            and trig.mode != "arrest"
        ):
            return True  # "200,000 have been killed since the war began": a running toll
        if child.dep_ != "prep" or child.lower_ not in ("for", "over", "since", "throughout"):
            continue
        if child.lower_ == "for" and trig.entry.type in ("COERCE", "SANCTION"):
            continue  # "jailed a journalist for 16 years": the term of a sentence
        if child.lower_ == "for" and any(p.lemma_.lower() == "time" for p in _pobjs(child)):
            continue  # "for the first time in seven years": news of a first, not a span
        words = {t.lower_ for t in child.subtree}
        if words & set(LONG_SPANS) or (
            child.lower_ == "since" and any(t.like_num and len(t.text) >= 4 for t in child.subtree)
        ):
            return True
    return False


def _year_named(noun: Token, published: date) -> bool:
    """A noun named by a year well before publication ("a 2022 coup", "the 2008 war")."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("nummod", "compound", "amod")
        and c.text.isdigit()
        and len(c.text) == 4
        and 1900 <= int(c.text) < published.year - 1
        for c in noun.children
    )


def _inside_other_noun(tok: Token, top: Token) -> bool:
    """A year that dates another noun under the phrase ("over a jailbreak in 2011",
    "the first conversation since 1979"), not the phrase itself ("in March 1990")."""
    node = tok.head
    while node.i != top.i and node.head.i != node.i:
        if node.pos_ in ("NOUN", "PROPN") and node.ent_type_ not in ("DATE", "TIME"):
            return True
        node = node.head
    return top.dep_ == "npadvmod" and top.pos_ == "NOUN" and top.ent_type_ not in ("DATE", "TIME")


def _historical(trig: _Trig, published: date | None) -> bool:
    """An event the text dates to a year well before publication ("sentenced to life
    in 1964", "sanctions imposed in 1990", "since 1984, when Iraq began attacking") is
    history the article recalls, not news."""
    if published is None:
        return False
    if trig.tok.pos_ == "NOUN" and any(
        c.dep_ in ("nummod", "compound", "amod")
        and c.like_num
        and len(c.text) == 4
        and c.text.isdigit()
        and 1900 <= int(c.text) < published.year - 1
        for c in trig.tok.children
    ):
        return True  # "during the 2022 protests", "the 2008 war": an event named by its year
    scope: list[Token] = []
    heads = [trig.anchor, trig.tok]
    anchor = trig.anchor
    if (
        anchor.dep_ == "pcomp"
        and anchor.head.lower_ in ("after", "before", "upon", "while")
        and anchor.head.head.pos_ == "VERB"
    ):
        heads.append(anchor.head.head)  # "held Goma in 2012 before withdrawing": then, too
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and any(p.lemma_.lower() == "time" for p in _pobjs(child)):
                continue  # "for the first time since 2016": news of a first
            if (
                child.dep_ == "prep"
                and child.lower_ in ("in", "during")
                and any(_year_named(p, published) for p in _pobjs(child))
            ):
                return True  # "who seized power in a 2022 coup": the act is that old event
            if child.dep_ in ("prep", "npadvmod") or (
                child.dep_ == "advmod" and child.lower_ == "back"
            ):  # "back in 1962, the Soviet Union threatened ..."
                scope.extend(t for t in child.subtree if not _inside_other_noun(t, child))
            elif child.dep_ == "acl":  # "sanctions imposed in 1990"
                scope.extend(t for g in child.children if g.dep_ == "prep" for t in g.subtree)
    node = trig.anchor
    for _ in range(3):  # "since 1984, when Iraq began attacking ships"
        if node.head.i == node.i:
            break
        node = node.head
        scope.append(node)
    for tok in scope:
        if not (tok.like_num and len(tok.text) == 4 and tok.text.isdigit()):
            continue
        # the event's own date ("in 1964", "since 1984", "in March 1990"), not a year
        # naming something ("the 2015 nuclear deal")
        dated = tok.dep_ == "pobj" or (tok.head.dep_ == "pobj" and tok.head.ent_type_ == "DATE")
        # "since 1984, when Iraq began attacking": the year governs the event's clause
        governs = any(a.i == tok.i for a in trig.anchor.ancestors)
        if (dated or governs) and 1900 <= int(tok.text) < published.year - 1:
            return True
    return False


# people who comment on what parties will do; their "X would ..." is no stated intent
ONLOOKER_NOUNS = frozenset(
    {"analyst", "expert", "observer", "commentator", "economist", "researcher", "scholar", "pundit"}
)


def _own_statement(speaker: Actor | None, events: list[Event]) -> bool:
    """Intent counts when its own side states it ("Finland will give ..., the ministry
    said"), or when no speaker is named; not when others predict it."""
    if speaker is None:
        return True
    if any(e.source is not None and _same(e.source, speaker) for e in events):
        return True  # "The Khmer Rouge said it would boycott ...": the same actor
    sources = {e.source.country for e in events if e.source and e.source.country}
    if speaker.country is None and speaker.actor_id is None:
        # "Kenya will deploy police to Haiti, the government said": the state's own organ
        return bool(sources) and OWN_ORGAN.match(speaker.text.lower()) is not None
    return speaker.country in sources


# an unnamed organ of the state an intent is stated for
OWN_ORGAN = re.compile(
    r"^(the|a) ([a-z-]+ )?(government|ministry|cabinet|presidency|army|military|minister|"
    r"president|spokesman|spokeswoman|spokesperson|foreign office)$"
)


def _nth_day_of(noun: Token) -> bool:
    """ "the third night of demonstrations", "a fifth day of strikes": an event still
    going on, counted by its days (not "after days of clashes")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    span = prep.head
    return span.lemma_.lower() in ("day", "night", "week") and any(
        c.dep_ == "amod" and c.lower_ in ORDINALS for c in span.children
    )


def _second_act_of_denier(trig: _Trig) -> Token | None:
    """The denial verb whose subject also did this speech act, when the parser joined
    the act to the denied clause ("denied that Belgrade had any role and accused Kurti
    of ..."): a subjectless coordinated accusation, demand or threat under a clause
    that a denial verb governs."""
    tok = trig.tok
    if (
        trig.entry.type not in ("ACCUSE", "REQUEST", "THREATEN")
        or tok.dep_ != "conj"
        or tok.pos_ != "VERB"
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    ):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in ("deny", "reject", "dismiss"):
        return None
    return clause.head


def _refusal(trig: _Trig) -> bool:
    """A negated acceptance or meeting by an actor named as its subject."""
    tok = trig.tok
    if (
        trig.entry.type == "RETREAT"
        and tok.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in tok.children)
    ):
        # "would not hand over its weapons as long as ...": a stated refusal to yield
        subject, passive = _subjects(tok)
        return bool(subject) and not passive
    if trig.entry.type not in ("AGREE", "CONCEDE", "CONSULT") or tok.pos_ != "VERB":
        return False
    if trig.entry.type == "CONSULT" and tok.lemma_.lower() != "meet":
        return False
    if trig.entry.type == "AGREE" and tok.lemma_.lower() not in REFUSABLE:
        return False
    if any(c.lower_ == "yet" for c in tok.children):
        return False  # "has not yet eased the restrictions": pending, not refused
    subject, passive = _subjects(tok)
    return bool(subject) and not passive


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
        if e.source is None or not e.source.country or e.target is None or not e.target.country:
            out.append(e)
            continue
        k = (e.type, e.source.country, e.target.country, e.negated, e.certainty == "speculative")
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
    unplaced = {
        (e.type, e.source.country or e.source.text, e.negated, e.certainty == "speculative")
        for e in kept
        if e.source is not None
        and e.target is None
        and (e.trigger or "").lower() not in TOLL_PARTICIPLES
    }
    return [
        e
        for e in kept
        if not (
            (e.trigger or "").lower() in TOLL_PARTICIPLES
            and e.target is None
            and e.source is not None
            and (e.type, e.source.country or e.source.text, e.negated, e.certainty == "speculative")
            in unplaced
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
    out = []
    for e in events:
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
            and e.type in SHARED_TARGET_TYPES
            and len(others.get(e.source.country or "", ())) == 1
        ):
            [code] = others[e.source.country]  # type: ignore[index]
            target = next(
                x.target for x in events if x.target is not None and x.target.country == code
            )
            e = replace(e, target=target)
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


def _left_nouns(tok: Token) -> list[Token]:
    """What a withdrawal verb leaves: the objects of its "out (of)", "from", "of"."""
    out: list[Token] = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("out", "from", "of"):
            out += _pobjs(prep)
            out += [p for c in prep.children if c.dep_ == "prep" for p in _pobjs(c)]
    return out


def _left(tok: Token, nouns: frozenset[str]) -> bool:
    """Whether a withdrawal verb leaves one of ``nouns`` ("out of the deal")."""
    return any(n.lemma_.lower() in nouns for n in _left_nouns(tok))


def _election_left(tok: Token) -> bool:
    """ "pulled out of Friday's presidential run-off": quitting an election is a boycott."""
    for noun in _left_nouns(tok):
        words = "".join(t.text_with_ws for t in noun.subtree).lower().replace(" ", "")
        if any(w in words for w in ELECTION_NOUNS):
            return True
    return False


def _mandative(verb: Token, clause: Token) -> bool:
    """ "insisted that Israel withdraw": a bare subjunctive after a verb of insisting."""
    return (
        verb.lemma_.lower() == "insist"
        and clause.tag_ == "VB"
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    )


def _has_to(clause: Token) -> bool:
    """ "said Sweden had to crack down on ...": an obligation put on the subject."""
    return (
        clause.lemma_.lower() == "have"
        and clause.pos_ == "VERB"
        and not any(c.dep_ == "neg" for c in clause.children)
        and any(
            c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in clause.children
        )
    )


HOLDING_VERBS = frozenset({"hold", "detain", "capture", "keep", "jail", "imprison", "abduct"})


def _holders(tok: Token) -> list[Token]:
    """ "the release of prisoners held by Azerbaijan": who holds the people to be freed
    (the agent of a holding participle under the released noun)."""
    return [
        p
        for t in tok.subtree
        if t.dep_ == "agent" and t.head.lemma_.lower() in HOLDING_VERBS
        for p in t.children
        if p.dep_ == "pobj"
    ]


# acts whose use, kept open ("did not rule out sending troops"), is a threat
FORCEFUL_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "SANCTION"})
# what a stated "response" answers: a hostile act or move of another side
PROVOCATION_NOUNS = frozenset(
    {
        "attack",
        "strike",
        "aggression",
        "provocation",
        "deployment",
        "incursion",
        "escalation",
        "assault",
        "bombing",
        "killing",
        "assassination",
        "move",
        "expansion",
        "sanction",
    }
)


def _vowed_response(tok: Token) -> bool:
    """ "said it would respond to the Iranian attack", "will respond to any aggression":
    a response to come to another side's hostile act (a retaliation; stated, a threat)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("respond", "react"):
        return False
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        return False
    answered = _prep_objects(tok, frozenset({"to"}))
    provoked = any(p.lemma_.lower() in PROVOCATION_NOUNS for p in answered)
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in VOW_VERBS:
        return provoked or not answered  # "Moscow vowed to respond": a retaliation
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in kids):
        return False
    return provoked


# verbs of solemn promise whose "to respond" is a promised retaliation
VOW_VERBS = frozenset({"vow", "pledge", "swear", "threaten"})


def _no_tolerance(tok: Token) -> bool:
    """ "will not tolerate provocations", "would no longer tolerate attacks": a stated
    refusal to put up with another side's acts is a threat (THREATEN)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "tolerate":
        return False
    kids = list(tok.children)
    kids += [g for c in kids if c.dep_ == "advmod" and c.lower_ == "longer" for g in c.children]
    return any(c.dep_ == "neg" for c in kids) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "wo") for c in kids
    )


ULTIMATUM_SPANS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})


def _to_clause(head: Token) -> Token | None:
    """The "to ..." infinitive clause hanging on ``head``, if any."""
    for c in head.children:
        if c.dep_ in ("advcl", "relcl", "acl", "xcomp", "ccomp") and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children
        ):
            return c
    return None


def _ultimatum(tok: Token) -> tuple[Token, Token] | None:
    """ "gave the RSF 48 hours to leave the capital", "gave the rebels until Friday to
    free the hostages", "set a deadline for Hamas to accept": a time limit put on a party
    to act is an ultimatum (THREATEN against that party). Returns (addressee, clause)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("give", "set", "issue", "impose"):
        return None
    spans = [
        c
        for c in tok.children
        if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in ULTIMATUM_SPANS
    ]
    until = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "until"]
    if not spans and not (until and tok.lemma_.lower() == "give"):
        return None
    # the clause hangs on the verb, the span ("a week to hand over") or the date ("until
    # the end of the month to release")
    heads = [tok, *spans, *(p for u in until for p in u.subtree if p.pos_ in ("NOUN", "PROPN"))]
    clause = next((c for h in heads if (c := _to_clause(h))), None)
    if clause is None:
        return None
    who = [c for c in tok.children if c.dep_ in ("dative", "nsubjpass")]
    who += [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() not in ULTIMATUM_SPANS]
    who += [c for c in clause.children if c.dep_ == "nsubj"]  # "a deadline for Hamas to accept"
    # a named party ("Kabul", "the ELN rebels", "Niger's junta"), not "gave journalists
    # two hours to film the site"
    who = [
        w
        for w in who
        if w.pos_ == "PROPN"
        or any(c.dep_ in ("compound", "amod", "poss") and c.pos_ == "PROPN" for c in w.children)
        or any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in w.children)
    ]
    return (who[0], clause) if who else None


def _ordered_out(tok: Token) -> bool:
    """ "ordered all Americans working for the inspection teams to leave the country":
    an expulsion (SANCTION expel)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("order", "tell", "give", "instruct"):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if any(o.ent_type_ == "GPE" for o in objs):
        return False  # "Kyiv told Moscow to leave Ukraine": a demand made of a state
    return bool(objs) and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "leave" for c in tok.children
    )


AID_CARRIERS = frozenset({"convoy", "truck", "lorry", "shipment", "ship", "plane", "flight"})
AID_WORDS = frozenset({"aid", "relief", "humanitarian", "food", "medical"})
# (a module-level name of its own: a later ARRIVAL_VERBS used to replace this one)
AID_ARRIVAL_VERBS = frozenset({"cross", "enter", "reach", "arrive", "roll", "land", "dock"})


def _aid_arrived(tok: Token) -> bool:
    """ "A Jordanian aid convoy crossed into Gaza", "Turkish relief planes landed in
    Adana": aid arriving is aid given, by whoever the carrier's modifiers name (with no
    giver named, no actor resolves and nothing is coded; never an assault)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in AID_ARRIVAL_VERBS:
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    for subj in (c for c in tok.children if c.dep_ == "nsubj"):
        if subj.lemma_.lower() not in AID_CARRIERS:
            continue
        carried = [
            n
            for p in subj.children
            if p.dep_ == "prep" and p.lower_ in ("of", "with", "carrying")
            for n in _pobjs(p)
        ]  # "a convoy of Egyptian aid trucks"
        words = {
            c.lemma_.lower()
            for h in (subj, *carried)
            for c in (h, *h.children)
            if c is not subj and (c.dep_ in ("compound", "amod") or c in carried)
        }
        giver = any(
            t.ent_type_ in ("NORP", "GPE", "ORG") or t.dep_ == "poss"
            for t in subj.subtree
            if t.i != subj.i
        )
        if words & AID_WORDS and giver:  # no giver named: no event (and no assault)
            return True
    return False


CULPRIT_ROLES = frozenset(
    {"culprit", "perpetrator", "aggressor", "instigator", "provocateur", "mastermind"}
    | {"attacker", "organiser", "organizer", "sponsor"}
)


def _named_culprit(tok: Token) -> tuple[Token, Token] | None:
    """ "Serbia pointed to Kosovo as the culprit behind the violence", "singled out Iran
    as the aggressor": naming a party as the doer is an accusation. Returns (the party,
    the "as" phrase, whose deed is not coded)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("point", "single", "identify", "name"):
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    roles = [
        c
        for c in tok.children
        if c.dep_ == "prep"
        and c.lower_ == "as"
        and any(n.lemma_.lower() in CULPRIT_ROLES for n in _pobjs(c))
    ]
    if not roles:
        return None
    parties = _prep_objects(tok, frozenset({"to", "at"})) or [
        c for c in tok.children if c.dep_ == "dobj"
    ]
    parties = [p for p in parties if p.pos_ == "PROPN"]
    return (parties[0], roles[0]) if parties else None


def _said_no(tok: Token) -> bool:
    """ "Israel said no to a Palestinian state", "Greece said 'no' to the bailout
    terms": saying no to something is rejecting it (REJECT)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "say":
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    to = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and _pobjs(c)]
    return bool(to) and any(
        t.lower_ == "no" and t.dep_ in ("intj", "dobj", "npadvmod")
        for c in (tok, *to)
        for t in c.children
    )


PROSPECT_NOUNS = frozenset({"prospect", "spectre", "specter", "possibility", "threat"})
FORCE_WORDS = frozenset({"force", "weapon", "action", "intervention", "retaliation"})


# people an army or a government orders away from their homes (a forced evacuation)
DISPLACED_NOUNS = frozenset(
    {"resident", "civilian", "inhabitant", "villager", "population", "family", "household"}
)
DISPLACEMENT_VERBS = frozenset({"evacuate", "leave", "flee", "vacate", "relocate", "abandon"})


def _ordered_away(tok: Token) -> bool:
    """ "The army ordered residents of Rafah to evacuate", "residents were ordered to
    leave their homes by the military": a forced evacuation (COERCE), not an expulsion
    of foreigners and not a withdrawal."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("order", "force", "compel", "tell"):
        return False
    people = [
        c
        for c in tok.children
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DISPLACED_NOUNS
    ]
    return (
        bool(people)
        and not any(c.dep_ == "neg" for c in tok.children)
        and any(c.dep_ == "xcomp" and c.lemma_.lower() in DISPLACEMENT_VERBS for c in tok.children)
    )


def _options_open(tok: Token) -> bool:
    """ "Israel said all options were on the table", "Washington kept all options on the
    table": keeping the use of force open is a threat; "no option is off the table" too."""
    lemma = tok.lemma_.lower()
    if lemma in ("be", "remain", "stay"):
        holders = [c for c in tok.children if c.dep_ == "nsubj"]
    elif lemma in ("keep", "leave"):
        holders = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    for holder in holders:
        negated = any(c.lower_ in ("no", "none") for c in holder.children) or holder.lower_ in (
            "nothing",
            "none",
        )
        if holder.lemma_.lower() not in ("option", "nothing", "none"):
            continue
        wanted = "off" if negated else "on"
        tables = [
            n
            for p in list(tok.children) + list(holder.children)
            if p.dep_ == "prep" and p.lower_ == wanted
            for n in _pobjs(p)
        ]
        if any(n.lemma_.lower() == "table" for n in tables):
            return True
    return False


# who did a deed, in a demand that they be punished ("the perpetrators of the attack")
CULPRIT_NOUNS = frozenset(
    {"perpetrator", "attacker", "killer", "culprit", "assailant", "mastermind", "organiser"}
    | {"organizer", "gunman", "bomber"}
)


def _culprits_victim(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is the victim of a deed named after its doers ("urged that the
    perpetrators of the attack on Chinese engineers be punished", "those responsible
    for the killing of Russian soldiers"): the victim is not whom the demand is made of."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        prep = node.head
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "of"):
            deed = prep.head
            link = deed.head
            if deed.pos_ == "NOUN" and link.dep_ == "prep" and link.lower_ in ("of", "for"):
                doer = link.head
                if doer.lemma_.lower() in CULPRIT_NOUNS or doer.lemma_.lower() == "responsible":
                    return True
        node = node.head
    return False


def _said_clause(tok: Token) -> bool:
    """Whether the token heads a clause a speech verb reports."""
    return tok.dep_ == "ccomp" and tok.head.pos_ == "VERB"


FACED_PREPS = frozenset({"to", "against", "regarding", "toward", "towards", "with", "over", "on"})


def _faced(clause: Token) -> Token | None:
    """The party an open threat is aimed at: the first proper noun of the clause
    under "to/against/regarding/with..." ("all options were on the table in
    responding to Iran", "... regarding North Korea")."""
    for tok in clause.subtree:
        if tok.dep_ == "pobj" and tok.pos_ == "PROPN" and tok.head.lower_ in FACED_PREPS:
            return tok
    return None


# words that make "all options are on the table" a matter of force, not of policy
FORCE_CONTEXT = frozenset(
    {"military", "force", "strike", "attack", "retaliation", "retaliate", "war", "nuclear"}
    | {"troop", "invasion", "respond", "response", "army"}
)


def _about_force(tok: Token) -> bool:
    """Whether the sentence speaks of force ("all options, including military ones")."""
    return any(t.lemma_.lower() in FORCE_CONTEXT for t in tok.sent)


# whom one is sorry *for* in sympathy rather than in apology ("sorry for the families")
SYMPATHY_NOUNS = frozenset({"family", "victim", "people", "relative", "loved", "child", "parent"})


def _sorry(tok: Token) -> bool:
    """ "The minister said he was sorry for the deaths", "said it was deeply sorry
    about the incident": an apology (CONCEDE); not "sorry to hear" nor "sorry for the
    families" (sympathy) nor "was not sorry"."""
    if tok.lemma_.lower() not in ("be", "feel") or any(c.dep_ == "neg" for c in tok.children):
        return False
    for adj in (c for c in tok.children if c.dep_ == "acomp" and c.lemma_.lower() == "sorry"):
        if any(c.dep_ == "neg" for c in adj.children):
            continue
        if any(c.dep_ == "ccomp" for c in adj.children):
            return True  # "sorry that the strike had killed civilians"
        for prep in (c for c in adj.children if c.dep_ == "prep" and c.lower_ in ("for", "about")):
            for noun in _pobjs(prep):
                if noun.pos_ == "NOUN" and noun.lemma_.lower() not in SYMPATHY_NOUNS:
                    return True
    return False


def _leaving_organisation(tok: Token) -> bool:
    """ "were leaving the Economic Community of West African States", "Mali, Burkina
    Faso and Niger quit ECOWAS", "left the bloc", "withdrew from the alliance": quitting
    an international organisation is a sanction (withdraw). Not a person quitting ("the
    minister quit the council": a resignation), nor troops pulled out of a mission."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in ("leave", "quit", "exit", "withdraw", "pull"):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma in ("withdraw", "pull"):
        if objs:
            return False  # "withdrew its troops from the alliance's mission"
        left = _left_nouns(tok)
    else:
        left = objs + _left_nouns(tok)
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.dep_ in ("xcomp", "conj"):  # "decided to quit the bloc"
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in PERSON_TITLES or s.lower_ in ("he", "she") for s in subjects):
        return False  # (not the tagger's PERSON: it calls "Mali" and "Niger" persons)
    for obj in left:
        if obj.pos_ == "PROPN" or (obj.text.isupper() and len(obj.text) > 2):  # "ECOWAS"
            words = {t.lower_ for t in obj.subtree if t.pos_ in ("PROPN", "NOUN")}
            if words & ORGANISATION_WORDS:
                return True
        elif obj.pos_ == "NOUN" and obj.lemma_.lower() in ORGANISATION_BLOC_NOUNS:
            return True
    return False


# common nouns that stand for an international organisation once it has been named
ORGANISATION_BLOC_NOUNS = frozenset({"bloc", "alliance", "organisation", "organization"})


def _forces_leaving(tok: Token) -> bool:
    """ "The last Soviet soldiers left Afghanistan": troops leaving a place withdraw."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "leave":
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "xcomp":  # "peacekeepers began leaving Karabakh"
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    places = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    return bool(places) and any(s.lemma_.lower() in FORCE_NOUNS for s in subjects)


def _participle_after_to(tok: Token) -> bool:
    """ "to internationally recognised borders", parsed as an infinitive of a past
    participle: the participle is an adjective of the noun after it."""
    kids = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return (
        tok.tag_ == "VBN"
        and any(c.lower_ == "to" for c in kids)
        and not any(c.lemma_ in ("have", "be") for c in kids)
    )


# verbs of a crowd protesting whose purpose clause says what it demands
PROTEST_MARCH_VERBS = frozenset(
    {"march", "rally", "protest", "demonstrate", "gather", "strike", "picket", "take"}
)

# participles that sum up the act just told ("..., completing a withdrawal")
COMPLETION_VERBS = frozenset({"complete", "finish", "conclude", "end"})

# verbs that are an act only with someone doing them ("confined by Israeli troops")
AGENT_ONLY_VERBS = frozenset({"confine"})

# where prisoners are held ("released from Israeli jails", "freed from Turkish custody")
CUSTODY_NOUNS = frozenset({"jail", "prison", "custody", "detention", "captivity", "gaol"})


def _custody(noun: Token) -> bool:
    return noun.lemma_.lower() in CUSTODY_NOUNS


def _agentless(verb: Token) -> bool:
    """A passive verb with no "by" agent ("troops were withdrawn")."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children
    )


# the preposition that introduces whom a demand is addressed to ("pleaded with donors")
ADDRESSEE_PREPS = {"plead": "with", "appeal": "to", "call": "on"}


def _the_country(verb: Token) -> bool:
    """ "were detained across the country", "throughout the country", "nationwide": the
    country a sentence refers back to."""
    return any(c.dep_ == "advmod" and c.lower_ == "nationwide" for c in verb.children) or any(
        p.lemma_.lower() == "country" and any(d.lower_ == "the" for d in p.children)
        for c in verb.children
        if c.dep_ == "prep"
        for p in (*_pobjs(c), *(q for o in _pobjs(c) for g in o.children for q in _pobjs(g)))
    )


def _unnamed_addressee(trig: _Trig) -> bool:
    """A demand addressed to people the text does not tie to a state ("urged its Western
    partners to lift restrictions on strikes inside Russia", "pleaded with donors for
    money for Haiti"): its target is those people, not a country named in the demand."""
    tok = trig.tok
    if trig.entry.type != "REQUEST" or tok.pos_ != "VERB":
        return False
    addressees = []
    if any(c.dep_ == "xcomp" for c in tok.children):
        addressees = [c for c in tok.children if c.dep_ == "dobj"]  # "urged X to ..."
    prep = ADDRESSEE_PREPS.get(tok.lemma_.lower())
    addressees += [
        p for c in tok.children if c.dep_ == "prep" and c.lower_ == prep for p in _pobjs(c)
    ]
    return any(
        a.pos_ == "NOUN" and a.tag_ == "NNS" and a.lemma_.lower() not in NAMED_BEFORE
        for a in addressees
    )


# plural nouns that refer back to states or parties named nearby ("called on both
# countries", "urged the two sides")
NAMED_BEFORE = frozenset({"side", "party", "country", "nation", "government", "state"})


def _matched_org(doc: Doc, m: Match) -> Actor:
    """The organisation or state a dictionary match names, with the text it has here."""
    e = m.entry
    return Actor(doc[m.start : m.end].text, e.name, e.country, e.sector, e.actor_id)


def _under_attack(noun: Token) -> bool:
    """ "came under fire", "was under attack", "came under heavy shelling"."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "under"
        and noun.head.head.lemma_.lower() in ("come", "be")
    )


def _figurative_attack(noun: Token) -> bool:
    """ "came under fire over the deal", "the minister came under attack from lawmakers":
    coming under fire for something, or as a person, is being criticised."""
    verb = noun.head.head
    if any(
        c.dep_ == "prep" and c.lower_ in ("over", "for")
        for w in (verb, *noun.subtree)
        for c in w.children
    ):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.ent_type_ == "PERSON" or s.lemma_.lower() in PERSON_TITLES for s in subjects)


# heads of noun phrases that name one office holder ("the minister came under fire")
PERSON_TITLES = frozenset(
    {
        "minister",
        "president",
        "premier",
        "chancellor",
        "leader",
        "secretary",
        "governor",
        "mayor",
        "ambassador",
        "envoy",
        "spokesman",
        "spokeswoman",
        "chief",
        "head",
    }
)


# verbs by which a side beats off an attack ("repelled a Russian assault")
REPEL_VERBS = frozenset({"repel", "repulse", "rebuff", "withstand"})

# nouns that name a kind of place before its name ("the region of Nakhchivan")
PLACE_KIND_NOUNS = frozenset(
    {"region", "city", "town", "village", "province", "exclave", "enclave", "island", "district"}
)

# verbs of escaping: what people flee is no new event ("fled the fighting")
FLIGHT_VERBS = frozenset({"flee", "escape", "evade"})


def _fled_from(noun: Token) -> bool:
    """An event noun that people fled or escaped ("thousands fled the fighting",
    "families escaping from the shelling"): the flight is reported, the fighting was
    coded (or not) where it is told."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "from":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in FLIGHT_VERBS


# what a purpose clause names as an act's aim rather than as a second act
AIM_TYPES = frozenset({"RETREAT", "PROTEST", "COOPERATE"})


# what a refusal can answer: its author is whom the refusal is addressed to
DEMAND_NOUNS = frozenset(
    {"demand", "ultimatum", "call", "request", "proposal", "offer", "appeal", "plan", "condition"}
)


def _demand_authors(noun: Token) -> list[Token]:
    """Who made a demand: "the Quartet's demand", "a demand by the Quartet", "a U.S.
    ultimatum"."""
    named = [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
    ]
    return _event_agents(noun) + named


def _aim_of_act(trig: _Trig, triggers: set[int]) -> bool:
    """What a purpose clause says an act was for ("launched air strikes to halt their
    advance", "sent troops to help quell protests", "fired tear gas to disperse them"):
    the act is the event; its aim is not one more."""
    if trig.entry.type not in AIM_TYPES:
        return False  # "stormed the embassy to arrest X", "rallied to demand": acts too
    clause = trig.anchor
    while clause.dep_ == "xcomp" and not any(c.dep_ == "aux" for c in clause.children):
        clause = clause.head  # "to help quell": the purpose verb is "help"
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    ):
        return False
    act = clause.head
    return act.pos_ == "VERB" and (
        act.i in triggers or any(c.dep_ == "dobj" and c.i in triggers for c in act.children)
    )


def _consult_aim(trig: _Trig, trigs: list[_Trig]) -> bool:
    """ "Putin telephoned Erdogan to discuss the grain corridor", "met Scholz to discuss
    Ukraine": talks in a purpose clause of a meeting or call are that meeting; what they
    discuss is no one they meet. Not when the clause names its own partner ("travelled
    to Beijing to discuss trade with Wang Yi")."""
    clause = trig.tok
    if trig.entry.type != "CONSULT" or clause.pos_ != "VERB":
        return False
    if clause.dep_ not in ("advcl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in clause.children):
        return False
    return any(t.tok.i == clause.head.i and t.entry.type == "CONSULT" for t in trigs)


def _gathered_to_demand(tok: Token, sources: list[Actor], triggers: set[int]) -> bool:
    """A demand in a purpose clause ("to demand", "to call for") of a crowd's act that
    is no event of its own ("gathered", "laid flowers", "drove tractors into Paris")."""
    head = tok.head
    crowd = [c for c in head.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")]
    return (
        tok.dep_ in ("advcl", "xcomp")
        and (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            or (tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children))
        )  # "to demand", or "filled the square demanding an end to his rule"
        and head.pos_ == "VERB"
        and head.i not in triggers
        and head.lemma_.lower() not in PETITION_VERBS
        and bool(crowd)  # people, not "the opposition leader travelled to Brussels to ..."
        and bool(sources)
        and all(a.sector in CROWD_SECTORS or a.sector is None for a in sources)
        and all(a.country not in ("IGO", "NGO") for a in sources)
    )


# acts by which a group asks in writing or in court, not by turning out
PETITION_VERBS = frozenset({"write", "send", "sign", "petition", "file", "sue", "appeal", "use"})


def _joint_force(tok: Token, sources: list[Actor]) -> bool:
    """ "Russian and Belarusian troops ceased fire", "Chinese and Russian warships
    withdrew": one force that two nationality words describe acts together, not each
    side towards the other (unlike "India and China" disengaging, two named sides, or
    "disengaged from each other")."""
    return (
        len({a.text for a in sources}) == 1
        and not _mutual(tok)
        and not tok.lemma_.lower().startswith("disengag")
        and not any(  # "pulled back from each other"
            p.lower_ in ("other", "another")
            for c in (
                *tok.children,
                *(g for t in tok.children if t.dep_ == "advmod" for g in t.children),
            )
            if c.dep_ == "prep"
            for p in _pobjs(c)
        )
    )


def _sides_clashed(tok: Token, sources: list[Actor]) -> bool:
    """ "Indian and Chinese troops clashed in the Galwan Valley", "government troops and
    rebels clashed near Goma": two sides (countries or sectors) that clashed or fought,
    with no one else named, fought each other."""
    return (
        tok.lemma_.lower() in CLASH_VERBS
        and all(a.country for a in sources)
        and len({(a.country, a.sector) for a in sources}) > 1
        and not any(
            c.dep_ in ("dobj", "agent") or (c.dep_ == "prep" and c.lower_ in ("with", "against"))
            for c in tok.children
        )
    )


def _mutual(tok: Token) -> bool:
    """ "A and B upgraded their diplomatic ties", "established relations": each side
    acts towards the other (as in "expelled each other's diplomats", "expelled
    diplomats in a tit-for-tat row")."""
    if tok.lemma_.lower() in ("trade", "exchange") and tok.pos_ == "VERB":
        return True  # "traded accusations", "exchanged threats": each at the other
    misread = _misread_verb(tok)  # ("Russia, Moldova expel diplomats in tit-for-tat row")
    tree = [*tok.subtree, *(misread[1].subtree if misread is not None else ())]
    if any(w.lower_ == "tat" for w in tree) or any(
        g.lower_ == "other" and g.dep_ == "poss"
        for c in tok.children
        if c.dep_ == "dobj"
        for g in c.children
    ):
        return True
    if any(  # "accused each other of ...", "blamed one another"
        c.dep_ in ("dobj", "dative")
        and (
            (c.lower_ in ("other", "another") and c.i > 0 and c.nbor(-1).lower_ in ("each", "one"))
            or (c.lower_ == "one" and any(g.lower_ == "another" for g in c.children))
        )
        for c in tok.children
    ):
        return True
    return any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in ("relation", "tie", "relations", "ties")
            or any(
                (g.dep_ == "poss" and g.lower_ == "their")
                or (g.dep_ == "amod" and g.lower_ in ("mutual", "bilateral"))
                for g in c.children
            )
        )
        for c in tok.children
    )


def _test_fired(tok: Token) -> bool:
    """ "test-fired two ballistic missiles": a weapons test (MOBILIZE), not an attack."""
    if tok.lemma_.lower() not in ("fire", "launch"):
        return False
    before = tok.doc[max(tok.i - 2, 0) : tok.i]
    return any(t.lower_ == "test" for t in before) or any(c.lower_ == "test" for c in tok.children)


def _retype_noun(tok: Token, entry: Trigger) -> Trigger:
    """Readings of an event noun that depend on its phrase."""
    lemma = tok.lemma_.lower()
    head = tok.head
    if entry.type == "PROTEST" and lemma == "protest" and tok.dep_ in ("dobj", "pobj"):
        verb = head if tok.dep_ == "dobj" else head.head
        if verb.lemma_.lower() in PROTEST_NOTE_VERBS or head.lemma_.lower() == "note":
            return replace(entry, type="ACCUSE", mode="disapprove")  # "lodged a protest"
    if lemma == "strike" and entry.type == "ASSAULT":
        labour = tok.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in ("VERB", "AUX")
        if labour or any(c.lower_ in STRIKE_MODIFIERS for c in tok.children):
            return Trigger("strike", "NOUN", "PROTEST", "strike")  # "went on strike"
    if (
        entry.type == "MOBILIZE"
        and lemma in EXERCISE_NOUNS
        and any(
            c.lower_ in ("joint", "combined", "bilateral") for c in tok.subtree if c.i < tok.i
        )  # "joint naval exercises", "joint air force drills"
    ):
        return replace(entry, type="COOPERATE", mode=None)  # "joint naval exercises"
    return entry


def _in_protest(tok: Token) -> bool:
    """ "walked out ... in protest": the act is a protest."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(p.lemma_.lower() == "protest" for p in _pobjs(c))
        for c in tok.children
    )


def _spoken_protest(tok: Token) -> bool:
    """ "..., a rights group protested", "protested that ...", "protested to the UN": a
    protest in words is criticism (ACCUSE), not a demonstration."""
    if tok.lemma_.lower() not in ("protest", "complain"):
        return False
    if any(c.dep_ == "ccomp" for c in tok.children):
        return True
    if any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(p.pos_ in ("PROPN", "NOUN") for p in _pobjs(c))
        for c in tok.children
    ):
        return True  # "protested to the UN", not "to protest X's failure to usher in ..."
    if any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ == "GPE" for c in tok.children):
        return True  # "Japan protested the missile launch": a state protests in words
    return tok.dep_ in ("parataxis", "ccomp") and tok.head.i < tok.i


# what crowds gather for that is no protest ("took to the streets to celebrate the win")
CELEBRATE_LEMMAS = frozenset({"celebrate", "cheer", "welcome", "greet", "party", "dance"})


def _celebration(tok: Token) -> bool:
    """A crowd out to celebrate: "took to the streets to celebrate", "in celebration"."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in CELEBRATE_LEMMAS:
            return True
        if c.dep_ == "prep" and any(
            p.lemma_.lower() in ("celebration", "jubilation") for p in c.children
        ):
            return True
    return False


# verbs of pressure that are a demand only with an infinitive ("pushed Washington to
# approve the aid", "leaned on Baku to return"; not "pushed into the city")
PRESSURE_VERBS = frozenset({"push", "nudge", "lean", "spur"})


def _requirements_met(tok: Token, entry: Trigger) -> bool:
    if entry.type == "REQUEST" and tok.lemma_.lower() == "ask" and not _asked_for(tok):
        return False  # "declined to comment when asked by journalists": a question
    if (
        entry.type == "REQUEST"
        and tok.lemma_.lower() in PRESSURE_VERBS
        and entry.particle != "for"
        and not any(
            # an infinitive, read as a purpose only when someone is pushed ("pushed
            # Washington to approve"; not "pushed forward to retake the village")
            (
                c.dep_ in ("xcomp", "ccomp")
                or (
                    c.dep_ == "advcl"
                    and any(d.dep_ == "dobj" and d.pos_ == "PROPN" for d in tok.children)
                )
            )
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in tok.children
        )
    ):
        return False
    misread = _misread_verb(tok)  # "Azerbaijan concentrated troops": (subject, object)
    if entry.subject is not None:
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects += [s for s in [_acl_subject(tok)] if s is not None]
        subjects += list(misread[:1]) if misread else []
        # "the town has been surrounded by Russian troops": the agent of a passive
        subjects += [p for c in tok.children if c.dep_ == "agent" for p in _pobjs(c)]
        # "the first contingent of 400 police officers landed": the contingent or its people
        words = {
            w.lemma_.lower() for s in subjects for w in [s, *_prep_objects(s, frozenset({"of"}))]
        }
        if not words & entry.subject:
            return False
    if entry.particle:
        words = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")}
        words |= {  # "pulled back north of the Litani": the particle hung on the adverb
            g.lower_
            for c in tok.children
            if c.dep_ == "advmod"
            for g in c.children
            if g.dep_ in ("prt", "advmod") and g.i == tok.i + 1
        }
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        if (
            nxt is not None
            and nxt.dep_ == "amod"
            and nxt.head.dep_ == "dobj"
            and nxt.head.head.i == tok.i
            and nxt.nbor().dep_ != "compound"
        ):  # "set free two hostages": "free" read as the object's adjective (not "set
            words.add(nxt.lower_)  # free trade zones", "set free market prices")
        words |= {  # a preposition counts unless it introduces a date ("called on Monday")
            c.lower_
            for c in tok.children
            if c.dep_ == "prep"
            and not any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children)
            # "gave $10 million in flood relief": a phrase with "in", not "gave in"
            and not (
                entry.lemma == "give"
                and c.lower_ == "in"
                and any(p.dep_ == "pobj" for p in c.children)
            )
        }
        words |= {  # an object predicate: "held X responsible", "took 200 people hostage"
            c.lower_
            for c in tok.children
            if c.dep_ == "oprd" or (c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("ADJ", "NOUN"))
        }
        words |= {  # "calling for the prime minister to step down": "for" read as the
            # mark of the infinitive clause right after the verb
            g.lower_
            for c in tok.children
            if c.dep_ in ("advcl", "ccomp", "xcomp")
            for g in c.children
            if g.dep_ == "mark" and g.lower_ == "for" and g.i == tok.i + 1
        }
        words |= {  # a bare infinitive with its own subject: "let ten detainees go"
            c.lemma_.lower()
            for c in tok.children
            if c.dep_ in ("ccomp", "xcomp")
            and c.pos_ == "VERB"
            and not any(g.dep_ == "aux" for g in c.children)
            and any(g.dep_ == "nsubj" for g in c.children)
        }
        if entry.object or (entry.particle == "over" and entry.type == "ACCUSE"):
            # "placed its artillery units on combat readiness": on the object; "bashed the
            # US ambassador over her comments": the grievance parsed under the object (not
            # "took a hard line over the dispute", which takes nothing over)
            words |= {
                g.lower_
                for c in tok.children
                if c.dep_ == "dobj"
                for g in c.children
                if g.dep_ == "prep" and g.i > c.i
            }
        if entry.particle.lower() not in words:
            return False
    elif (
        entry.type == "CONSULT"
        and entry.mode == "phone"
        and entry.object is None
        and not _called_someone(tok)
    ):
        return False
    if entry.object:
        # (an object misread as an adverbial noun: "stopped a march by ...")
        objs = {
            c.lemma_.lower()
            for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "npadvmod" and c.ent_type_ == "")
        }
        objs |= {  # "halted fighting": a gerund object, whose lemma is the verb's
            c.lower_
            for c in tok.children
            if c.dep_ in ("dobj", "xcomp")
            and (c.tag_ == "VBG" or c.lower_.endswith("ing"))
            and not any(
                p.ent_type_ not in ("DATE", "TIME")
                and p.lemma_.lower() not in ("hour", "day", "week", "month", "year")
                for p in _prep_objects(c, frozenset({"for"}))
            )
        }  # (not "stopped fighting for higher wages": a cause; "for four days" is a time)
        if any(c.dep_ == "auxpass" for c in tok.children):  # "is opposed to the plan"
            objs |= {p.lemma_.lower() for p in _prep_objects(tok, frozenset({"to"}))}
        if any(  # "two Libyans accused of the bombing were handed over": suspects
            c.dep_ in ("dobj", "nsubjpass")
            and any(a.dep_ == "acl" and a.lemma_.lower() in SUSPECT_PARTICIPLES for a in c.children)
            for c in tok.children
        ):
            objs.add("suspect")
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i < tok.i:
            objs.add(tok.head.lemma_.lower())  # "aid sent by Jordan": the noun it modifies
        if misread:
            objs.add(misread[1].lemma_.lower())
        if entry.particle:  # "took to the streets": the particle's object
            particle = frozenset({entry.particle.lower()})
            held = [p for d in tok.children if d.dep_ == "dobj" for p in _prep_objects(d, particle)]
            # "stayed away from the summit": what the adverb particle's own phrase names
            under = [
                p
                for c in tok.children
                if c.dep_ in ("prt", "advmod") and c.lower_ in particle
                for prep in c.children
                if prep.dep_ == "prep"
                for p in prep.children
                if p.dep_ == "pobj"
            ]
            for p in _prep_objects(tok, particle) + held + under:
                objs.add(p.lemma_.lower())
                # "on the highest state of alert": what the state is of
                objs |= {q.lemma_.lower() for q in _prep_objects(p, frozenset({"of"}))}
        objs |= {  # "handed over 700 kg of medicine": the substance of an amount
            p.lemma_.lower()
            for c in tok.children
            if c.dep_ == "dobj"
            for prep in c.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj"
        }
        dobjs = [c for c in tok.children if c.dep_ == "dobj"]
        goods = _prep_objects(tok, frozenset({"with"})) if dobjs else []
        objs |= {  # "provided Kyiv with weapons": the goods, when the object is the receiver
            p.lemma_.lower() for p in goods
        }
        objs |= {  # "provided $1 billion in fuel", "provided Yemen with $1 billion in fuel"
            p.lemma_.lower()
            for c in dobjs + goods
            if c.ent_type_ == "MONEY"
            for head in (tok, c)
            for p in _prep_objects(head, frozenset({"in"}))
        }
        objs |= {  # "reopened the Kerem Shalom crossing", parsed as a name and a participle
            w
            for c in tok.children
            if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i + 1 < len(c.doc)
            for nxt in [c.doc[c.i + 1]]
            if nxt.head.i == tok.i and nxt.tag_ == "VBG"
            for w in (nxt.lower_, nxt.lemma_.lower())
        }
        objs |= {  # "allowed a Red Cross convoy to enter": the object of a raising verb
            g.lemma_.lower()
            for c in tok.children
            if c.dep_ in ("ccomp", "xcomp")
            for g in c.children
            if g.dep_ == "nsubj"
        }
        wanted = entry.object.lower()
        if " " in wanted:  # "drew a red line", "poured cold water on": the head and its modifiers
            *mods, head = wanted.split()
            if head not in objs or not _modified_object(tok, head, mods):
                return False
        elif wanted not in objs:
            return False
    return True


# words by which rebels' own government is named without its country
HOME_GOVERNMENT_WORDS = frozenset({"government", "regime", "pro-government"})


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
        and a.sector in STATE_SECTORS
        and HOME_GOVERNMENT_WORDS & set(a.text.lower().split())
        else a
        for a in side
    ]


# participles that make whoever they describe a suspect ("a man wanted for murder")
SUSPECT_PARTICIPLES = frozenset({"accuse", "suspect", "want", "charge", "indict", "convict"})
SUSPECT_NOUNS = frozenset(
    {"suspect", "fugitive", "perpetrator", "culprit", "mastermind", "accomplice", "ringleader"}
)


# "suspects in", "wanted for", "accused of", "the men behind" an act
SUSPECT_PREPS = frozenset({"in", "for", "over", "of", "behind"})


def _suspected_of(noun: Token) -> bool:
    """An act named as what someone is suspected or wanted for ("three suspects in the
    Mumbai attacks", "a man wanted for the mall attack", "commanders accused of leading
    the assault on El Geneina"): an earlier event, not news."""
    if noun.dep_ == "dobj" and noun.head.dep_ == "pcomp" and noun.head.tag_ == "VBG":
        noun = noun.head  # "accused of leading / carrying out the attack"
    prep = noun.head
    if noun.dep_ not in ("pobj", "pcomp") or prep.lower_ not in SUSPECT_PREPS:
        return False
    holder = prep.head
    return (holder.pos_ == "NOUN" and holder.lemma_.lower() in SUSPECT_NOUNS) or (
        holder.dep_ == "acl" and holder.lemma_.lower() in SUSPECT_PARTICIPLES
    )


def _modified_object(tok: Token, head: str, mods: list[str]) -> bool:
    """Whether an object with lemma ``head`` under the verb carries all of ``mods`` as its
    adjectives or compounds ("a red line", not "a line"; "cold water", not "water")."""
    for t in tok.subtree:
        if t.lemma_.lower() == head and t.i != tok.i:
            have = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
            have |= {c.lemma_.lower() for c in t.children if c.dep_ in ("amod", "compound")}
            if all(m in have for m in mods):
                return True
    return False


# phrases naming something that happened around an act, not by its actor ("after two
# nights of protests", "stepped down amid mass protests")
AFTER_PREPS = frozenset({"after", "following", "amid", "amidst", "despite", "during"})


def _after_event(tok: Token) -> bool:
    """A nominal event in an "after ..." phrase ("withdrew the bill after two nights of
    protests"): it happened, but the main verb's subject did not do it."""
    holder = tok.head.head if _quantity_of(tok) else tok
    return holder.dep_ == "pobj" and holder.head.lower_ in AFTER_PREPS


def _asked_for(tok: Token) -> bool:
    """ "asked X to ...", "asked for aid", "asked that ...": asking for something."""
    return any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "dative")
        or (c.dep_ == "prep" and c.lower_ == "for")
        or (c.dep_ == "nsubjpass" and any(x.dep_ == "xcomp" for x in tok.children))
        for c in tok.children
    )


def _complements(tok: Token) -> list[Token]:
    """What a verb governs: objects, complements, particles and prepositional objects."""
    out = []
    for child in tok.children:
        if child.dep_ in ("dobj", "xcomp", "ccomp", "attr", "nsubjpass", "prt"):
            out.append(child)  # a particle too: "was sworn in" is no vow
        elif child.dep_ == "prep":
            out.extend(_pobjs(child))
        if child.dep_ in ("prt", "advmod", "prep"):  # "walked away from a project", "pulled out of"
            out.extend(p for g in child.children if g.dep_ == "prep" for p in _pobjs(g))
    return out


_NOUN_BLOCK_PREPS = frozenset({"of", "against", "on", "over", "for", "with"})


def _month_march(tok: Token) -> bool:
    """ "in March", "March 2014", "early March": the month, not a protest march."""
    if tok.text != "March":
        return False
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        tok.ent_type_ == "DATE"
        or (nxt is not None and nxt.like_num)
        or any(
            c.like_num or c.lower_ in ("early", "late", "mid", "next", "last", "this")
            for c in tok.children
        )
        or (
            tok.dep_ == "pobj"
            and tok.head.lower_
            in (
                "in",
                "since",
                "until",
                "till",
                "by",
                "before",
                "after",
                "from",
                "through",
                "during",
                "for",
            )
            and not any(c.dep_ == "det" for c in tok.children)
        )
    )


def _has_score(tok: Token) -> bool:
    """A match score ("2-1", "95-70") among a verb's dependents or theirs."""
    near = [c for c in tok.children] + [g for c in tok.children for g in c.children]
    doc = tok.doc
    return any(
        t.like_num
        and t.i + 2 < len(doc)
        and doc[t.i + 1].text in ("-", "–")
        and doc[t.i + 2].like_num
        for t in near
    )


def _subject_lemma(tok: Token) -> str | None:
    """The lemma of a verb's subject, through "..., killing 12" and "which" to the antecedent."""
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in ("which", "that") and tok.dep_ == "relcl":
                subj = tok.head
            word = subj.lemma_.lower()  # a PROPN "Landslides" keeps its plural
            plural = subj.tag_ in ("NNS", "NNPS") or subj.pos_ == "PROPN"
            return word[:-1] if plural and word.endswith("s") else word
        if tok.dep_ not in ("advcl", "conj", "xcomp") or tok.head is tok:
            return None
        tok = tok.head
    return None


# what a call is made to do: talks, not a demand ("called Netanyahu to discuss ...")
CALL_PURPOSE_VERBS = frozenset(
    {"discuss", "talk", "review", "coordinate", "congratulate", "exchange", "consult", "brief"}
)


def _called_someone(tok: Token) -> bool:
    """ "Putin called Erdogan", "telephoned Erdogan to discuss the grain corridor", not
    "called the strikes an act of war" nor "called Kyiv to surrender"."""
    if any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp")
        and not (c.dep_ == "xcomp" and c.lemma_.lower() in CALL_PURPOSE_VERBS)
        for c in tok.children
    ):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(
        o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for o in objs
    )


def _noun_tagged_as_verb(tok: Token) -> bool:
    """A plural noun the tagger took for a verb: an object with a verb's -s form."""
    return tok.pos_ == "VERB" and tok.dep_ in ("dobj", "pobj") and tok.tag_ == "VBZ"


# verbs that report a whole clause ("Armenia said Azerbaijan concentrated troops"), not
# ones that take a noun phrase ("described Iran supplied drones as ...")
SAY_VERBS = frozenset({"say", "report", "claim", "confirm", "announce", "state", "add"})
# words of a noun phrase that opens a clause ("The U.S. military", "Qatar's emir")
SUBJECT_PHRASE_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "POS", "CD"})


def _phrase_start(tok: Token) -> int:
    """Where the noun phrase ending at ``tok`` starts, by tags only."""
    start = tok.i
    while start > tok.sent.start and tok.doc[start - 1].tag_ in SUBJECT_PHRASE_TAGS:
        start -= 1
    return start


# bodies a state or organisation sends to act for it, and the verbs that send them
SENT_BODIES = frozenset({"mission", "team", "delegation", "panel", "commission", "inspector"})
SENDING_VERBS = frozenset(
    {"send", "dispatch", "deploy", "appoint", "establish", "set", "form", "create"}
)


def _base_of(tok: Token) -> bool:
    """Whether a place name is where some organisation is based ("a London-based
    group", "a group based in Doha"): not where the sentence happens."""
    head = tok.head
    if head.lower_ == "based" and tok.dep_ in ("npadvmod", "compound", "nmod", "amod"):
        return True
    return tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lower_ == "based"


def _opens_clause(tok: Token) -> bool:
    """The noun phrase ending at ``tok`` opens a clause: it starts the sentence or
    follows a comma, "that" or a verb of saying ("Armenia said Azerbaijan ...")."""
    start = _phrase_start(tok)
    if start == tok.sent.start:
        return True
    before = tok.doc[start - 1]
    return before.lower_ in (",", "that") or before.lemma_.lower() in SAY_VERBS


def _headline_parties(tok: Token, least: int = 2) -> list[Token]:
    """ "Russia, Ukraine swap prisoners", "Russia and Ukraine swap prisoners": two (or
    ``least``) or more names that are all the sentence has before ``tok``, joined by
    commas or "and" (the last word of each name); empty otherwise."""
    names: list[Token] = []
    last = None
    for w in tok.doc[tok.sent.start : tok.i]:
        if w.lower_ in (",", "and") and last is not None:
            names.append(last)
            last = None
        elif (
            w.tag_ in ("NNP", "NNPS") or (w.tag_ == "NN" and w.text[:1].isupper())
        ) and w.ent_type_ not in ("DATE", "TIME"):  # ("Russia fires ...": "Russia" an NN)
            last = w
        else:
            return []
    names = [*names, last] if last is not None else []
    return names if len(names) >= least else []


def _headline_compound(tok: Token) -> tuple[Token, Token] | None:
    """ "Russia, Ukraine swap prisoners", "Armenia, Azerbaijan trade fire on border": a
    headline's present tense after the names of the parties, read as a noun compound
    (or adjective) of its object. Returns (last party, object)."""
    if tok.tag_ not in ("NN", "VB", "VBP", "VBZ", "JJ") or tok.dep_ not in ("compound", "amod"):
        return None
    obj = tok.head
    between = tok.doc[tok.i + 1 : obj.i]  # "sign grain deal": the object's own modifiers
    if obj.i <= tok.i or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(w.head.i != obj.i or w.dep_ not in ("compound", "amod") for w in between):
        return None
    # (one name will do for a verb's -s form: "North Korea fires missiles into sea")
    parties = _headline_parties(tok, 1 if tok.tag_ == "VBZ" else 2)
    return (parties[-1], obj) if parties else None


def _misread_verb(tok: Token) -> tuple[Token, Token] | None:
    """ "Azerbaijan concentrated troops along the line", "Qatar's emir hosted Hamas
    leader X", "Tehran relaxed curbs on foreign media": a past tense the small model read
    as an adjective of the next noun, in a clause with no verb of its own. Returns
    (subject, object): the noun phrase opening the clause and the noun modified.
    Not "Ukraine's occupied territories", "Iran-backed militias", "the detained
    protesters" (no noun right before it) nor "Russian armed groups attacked" (the noun
    has its own verb)."""
    if (headline := _headline_compound(tok)) is not None:
        return headline  # "Russia, Ukraine swap prisoners"
    if tok.tag_ in ("NN", "NNS") and tok.dep_ == "ROOT" and tok.i > tok.sent.start:
        # "Pakistan expels Afghan diplomats", "Police arrest protesters": a headline verb
        # read as a noun (a noun has no direct object); its subject is the capitalised
        # word before it or a subject the parser gave the "noun"
        obj = next(  # (or read as an adverbial noun: "Azerbaijan shells Armenian villages",
            (  # or an apposition: "US sanctions Russian oligarchs")
                c
                for c in tok.rights
                if c.dep_ in ("dobj", "npadvmod", "appos") and c.pos_ not in ("ADV", "PROPN")
            ),
            None,
        )
        name = tok.doc[tok.i - 1]
        if obj is not None and name.dep_ == "nsubj" and name.head.i == tok.i:
            return name, obj
        if (
            obj is not None
            and tok.tag_ == "NNS"
            and name.head.i == tok.i
            and name.dep_ in ("compound", "amod", "nmod")
            and name.text[:1].isupper()
            and _opens_clause(name)
        ):
            return name, obj
        return None
    if tok.dep_ != "amod" or not (
        tok.tag_ in ("VBD", "VBN") or (tok.tag_ == "JJ" and tok.lower_.endswith("ed"))
    ):
        return None
    obj, doc = tok.head, tok.doc
    while obj.dep_ == "compound" and obj.head.i > obj.i:  # "scrambled fighter jets"
        obj = obj.head
    nominal = obj.pos_ in ("NOUN", "PROPN") or (  # "relaxed visa rules": "rules" a verb
        obj.tag_ == "VBZ" and obj.dep_ == "ROOT"
    )
    if obj.i <= tok.i or not nominal or tok.i == tok.sent.start:
        return None
    subj = doc[tok.i - 1]
    owned = subj.tag_ == "JJ" and subj.i > tok.sent.start and doc[subj.i - 1].tag_ == "POS"
    # ("ECOWAS imposed sanctions": an acronym the parser read as the verb)
    acronym = subj.dep_ == "ROOT" and subj.text.isupper() and len(subj.text) > 1
    if not (subj.pos_ in ("NOUN", "PROPN") or owned or acronym) or subj.ent_type_ in (
        "DATE",
        "TIME",
    ):
        return None  # (a noun, or an adjective after "'s": "Myanmar's military seized")
    verbless = obj.dep_ == "ROOT" or (
        obj.dep_ in ("ccomp", "dobj") and obj.head.lemma_.lower() in SAY_VERBS
    )  # "..., Yerevan said", "Armenia said Azerbaijan concentrated troops ..."
    verbless = verbless or (
        obj.dep_ == "nsubj"
        and obj.head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in obj.head.children)
    )  # "scrambled fighter jets to intercept two bombers"
    verbless = verbless or (
        obj.dep_ == "nsubj"
        and obj.head.lemma_.lower() in SAY_VERBS
        and any(c.dep_ == "nsubj" and c.i > obj.i for c in obj.head.children)
    )  # "Moscow concentrated forces near Kupiansk, Ukraine's military said": two subjects
    verbless = verbless or (obj.dep_ == "nsubj" and _dangling_and(obj))
    verbless = verbless or (
        obj.dep_ == "dobj" and obj.head.i == subj.i and subj.dep_ == "ROOT"
    )  # "ECOWAS imposed sanctions on Niger": the name read as the verb
    if not verbless:
        return None
    if not _opens_clause(subj):
        return None  # "used Iran supplied drones": inside another clause
    return subj, obj


def _misread_subject(tok: Token) -> bool:
    """``tok`` ends the subject of a misread verb ("Qatar's emir hosted ...")."""
    if tok.i + 1 >= len(tok.doc):
        return False
    misread = _misread_verb(tok.nbor())
    return misread is not None and misread[0].i == tok.i


def _dangling_and(noun: Token) -> bool:
    """ "Azerbaijan concentrated troops along the border and shelled villages": an "and"
    hung on the noun with nothing coordinated to it joins two verbs."""
    return any(c.dep_ == "cc" for c in noun.children) and not any(
        c.dep_ == "conj" for c in noun.children
    )


def _misread_of(noun: Token) -> tuple[Token, Token] | None:
    """The (subject, object) of a misread verb modifying ``noun``, if any."""
    return next((m for c in noun.lefts if (m := _misread_verb(c)) is not None), None)


def _anchor(tok: Token) -> Token:
    """The verb of the clause a trigger belongs to (the trigger itself for verbs)."""
    if (tok.pos_ in ("VERB", "AUX") and not _noun_tagged_as_verb(tok)) or _misread_verb(tok):
        return tok
    misread = _misread_of(tok)
    if misread is not None:  # "Tehran relaxed restrictions": the object of a misread verb
        return misread[1].doc[misread[0].i + 1]  # (the verb follows its subject's last word)
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            return node
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return tok


def _quantity_of(tok: Token) -> bool:
    """ "a new round of talks": the event noun stands for its quantity noun."""
    prep = tok.head
    return prep.lower_ == "of" and prep.head.lemma_.lower() in QUANTITY_NOUNS


BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "line"})


def _venue(tok: Token, scan: Scan) -> bool:
    """A capital or state named as where talks or a ceremony were held: "in talks in
    Lusaka", "at a ceremony in Doha", "talks in Turkey" (not "a ceasefire in Ukraine",
    nor a bare "signed in Moscow", where the hosts are often the other side)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in VENUE_PREPS:
        return False
    match = scan.at(tok.i)
    if match is None:
        return False
    held = tok.head.head  # "talks in Turkey", "a ceremony in Qatar"
    return match.entry.kind in ("country", "capital") and held.lemma_.lower() in VENUE_NOUNS


def _aside(tok: Token, top: Token) -> bool:
    """Whether ``tok`` (under ``top``) names someone other than the one a statement is
    about: inside an "after ..." phrase, or the owner in "Ukraine's allies"."""
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in RELATIONAL_NOUNS:
        return True
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in AFTER_PREPS:
            return True
        node = node.head
    return False


def _beyond_border(tok: Token) -> Token:
    """ "its border with Belarus" -> Belarus (the side a deployment faces)."""
    if tok.lemma_.lower() in BORDER_NOUNS:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                inner = _pobjs(prep)
                if inner:
                    return inner[0]
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None:
            return owner  # "massed troops near Ukraine's border"
    return tok


def _person_object(trigger: Token) -> bool:
    """ "after the Spanish government granted him asylum" (in Spain): the other side is a
    person the pronoun means, never the place's country, even when it is unresolved."""
    return any(
        c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her") for c in trigger.children
    )


def _object_for(tok: Token, trigger: Token) -> Token:
    """ "expelled six diplomats, accusing them of ...", "cut ties with Qatar, accusing
    it of ...": an object pronoun in a participle clause is the main clause's object
    (a name in a partner phrase before a common noun like "ties")."""
    inner = quantity_head(tok)
    if inner is not None and inner.lower_ == "them":
        tok = inner  # "struck a convoy of aid workers, killing seven of them"
    relational = tok.lemma_.lower() in NEIGHBOUR_NOUNS and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children
    )  # "severed relations with Kigali, accusing its neighbour of ..."
    if not relational and (tok.pos_ != "PRON" or tok.lower_ not in ("them", "him", "her", "it")):
        return tok
    if trigger.dep_ not in ("advcl", "conj") or trigger.head.pos_ != "VERB":
        return tok
    main = trigger.head
    objects = [c for c in main.children if c.dep_ == "dobj"]
    preps = [c for c in main.children if c.dep_ == "prep"]
    preps += [p for o in objects for p in o.children if p.dep_ == "prep"]
    named = [o for o in objects if o.pos_ == "PROPN"] + [
        p
        for prep in preps
        if prep.lower_ in ("with", "against", "on", "to")
        for p in _pobjs(prep)
        if p.pos_ == "PROPN" and p.ent_type_ not in ("DATE", "TIME")
    ]
    if tok.lower_ in ("him", "her"):
        # a person pronoun means a person object, not "the embassy" ("stormed the
        # embassy ... hours after Mexico granted him asylum": the pronoun's own referent)
        people = [o for o in named + objects if o.ent_type_ == "PERSON"]
        return people[0] if people else tok
    if named:
        return named[0]
    # "imposed sanctions on two ministers, accusing them of ...": whom the sanctions hit
    hit = [p for prep in preps if prep.lower_ in ("on", "against") for p in _pobjs(prep)]
    if hit and objects and objects[0].pos_ == "NOUN" and hit[0].pos_ == "NOUN":
        return hit[0]
    return objects[0] if objects else tok


def _inquiry_subject(prep: Token) -> bool:
    """ "an inquiry into the massacres", "opened an investigation into the killing":
    the preposition of what an inquiry looks into."""
    if prep.lower_ not in ("into", "of"):
        return False
    head = prep.head
    if head.lemma_.lower() in INQUIRY_NOUNS:
        return True
    return prep.lower_ == "into" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in INQUIRY_NOUNS for c in head.children
    )


def _left_agreement(noun: Token, by_tok: dict[int, _Trig]) -> bool:
    """ "walked away from the grain deal", "suspended its participation in the New START
    treaty", "rejected the accord": an agreement noun that a withdrawal, suspension or
    rejection governs (through objects and prepositions) is what is left."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep", "dobj", "advmod") or node.head.i == node.i:
            return False
        node = node.head
        gov = by_tok.get(node.i)
        if gov is not None:
            return gov.entry.type in ("SANCTION", "REJECT")
    return False


def _event_agents(noun: Token) -> list[Token]:
    """Who did what an event noun names: its possessor ("Russia's attack") or its "by"
    phrase ("the shelling of Kharkiv by Russian forces")."""
    return [c for c in noun.children if c.dep_ == "poss"] + _prep_objects(noun, frozenset({"by"}))


def _noun_particle(tok: Token, particle: str) -> bool:
    """A noun's particle: that preposition, or an infinitive after the noun ("its call for
    talks", "renewed his call to end the war", parsed on the noun or on its verb)."""
    if any(c.dep_ == "prep" and c.lower_ == particle for c in tok.children):
        return True
    heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    return any(
        c.i > tok.i
        and c.dep_ in ("acl", "relcl", "advcl", "xcomp")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for h in heads
        for c in h.children
    )


def _trigger_preps(trig: _Trig, words: frozenset[str]) -> list[Token]:
    """Objects of these prepositions on the trigger word or on its anchor verb ("lodged
    a complaint with the OSCE against Azerbaijan": "against" hangs on "lodged")."""
    return [
        p for head in dict.fromkeys((trig.tok, trig.anchor)) for p in _prep_objects(head, words)
    ]


def _prep_objects(tok: Token, words: frozenset[str]) -> list[Token]:
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in words for p in _pobjs(c)]


def _pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition, never a date ("on Sunday" names no party)."""
    return [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")]


# who acts for a state in a headline "Thailand, Cambodia troops clash" (not "fans")
SIDE_NOUNS = FORCE_NOUNS | {"guard", "police", "leader", "minister", "official", "negotiator"}


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# words the parser leaves between a clause's subject and its verb ("Armenia has accused")
PRE_VERB_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def _repair_clause_subjects(doc: Doc, scan: Scan) -> None:
    """ "Azerbaijani forces killed two servicemen and Armenia accused Baku": the small
    model hangs "Armenia" on the object as its conjunct and leaves the second clause's
    verb without a subject. A conjunct of an object followed at once by a finite verb
    conjoined to the clause, with no subject of its own, is that verb's subject; the
    parse is mended in place so that targets, subjects and speakers all read it. So is
    an object whose own modifiers hold the "and" ("rolled into South Ossetia on Friday
    and Russian warplanes bombed targets": "Friday and Russian" read as modifiers of
    "warplanes")."""
    for tok in doc:
        if tok.pos_ not in ("PROPN", "NOUN"):
            continue
        if tok.dep_ == "conj" and tok.head.dep_ in ("dobj", "pobj", "dative", "attr", "conj"):
            # the end of the name: a dictionary name the parser split ("Reporters Without
            # Borders", its "Without" hung elsewhere) ends where the dictionary says
            match = scan.at(tok.i)
            end = max(tok.right_edge.i, match.end - 1 if match is not None else 0)
            verb = _subjectless_verb_after(doc, end, tok.head)
            if verb is None:
                continue
            # the "and" (and comma) before it now joins the two clauses
            joiners = [
                c
                for c in tok.head.children
                if c.dep_ in ("cc", "punct") and tok.left_edge.i - 2 <= c.i < tok.left_edge.i
            ]
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            left = tok.left_edge.i
            tok.head = verb
            tok.dep_ = "nsubjpass" if passive else "nsubj"
            for c in joiners:
                c.head = verb.head
            for t in doc[tok.i + 1 : end + 1]:
                if not left <= t.head.i <= end:
                    t.head = tok  # the rest of the split name
        elif tok.dep_ in ("dobj", "pobj") and tok.right_edge.i == tok.i:
            verb = _subjectless_verb_after(doc, tok.i, tok)
            if verb is None:
                continue
            ands = [t for t in doc[tok.left_edge.i : tok.i] if t.dep_ == "cc"]
            if len(ands) != 1:
                continue
            cc = ands[0]
            ids = set(range(tok.left_edge.i, cc.i))
            roots = [t for t in doc[tok.left_edge.i : cc.i] if t.head.i not in ids]
            if len(roots) != 1 or cc.i + 1 >= tok.i:
                continue
            first, own, dep = roots[0], tok.head, tok.dep_
            for t in doc[cc.i + 1 : tok.i]:
                if not cc.i < t.head.i <= tok.i:
                    t.head = tok  # "Russian" of "Russian warplanes"
                    if t.dep_ == "conj":
                        t.dep_ = "amod" if t.pos_ == "ADJ" else "compound"
            cc.head = verb.head
            tok.head, tok.dep_ = verb, "nsubj"
            first.head, first.dep_ = own, dep  # "on Friday"


def _subjectless_verb_after(doc: Doc, end: int, anchor: Token) -> Token | None:
    """The finite verb right after ``end`` (past any auxiliary or adverb), conjoined to
    the clause that holds ``anchor``, when it has no subject of its own."""
    if end + 1 >= len(doc):
        return None
    verb = doc[end + 1]
    while verb.dep_ in PRE_VERB_DEPS and verb.head.i > verb.i:
        verb = verb.head
    if (
        verb.pos_ != "VERB"
        or verb.dep_ != "conj"
        or verb.head.pos_ not in ("VERB", "AUX")
        or anchor not in verb.head.subtree
        or not any(t.tag_ in FINITE_TAGS for t in doc[end + 1 : verb.i + 1])
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    ):
        return None
    return verb


OBJECT_VERB_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "AID"})
# types whose verbs may report a clause ("warned that ...", "denied Russia and Iran had ...")
CLAUSE_TYPES = frozenset(
    {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "CONCEDE", "CONSULT", "AGREE"}
)
# verbs that take a subject and verb after them ("let aid trucks and tankers enter")
SMALL_CLAUSE_VERBS = frozenset({"let", "permit", "set", "open", "stop", "see", "watch", "help"})


def _repair_object_clauses(doc: Doc, object_verbs: frozenset[str]) -> None:
    """ "Israeli troops detained five Palestinians and Hamas condemned the raids": the
    small model makes "five Palestinians and Hamas" the subject of a clause reported by
    "detained". A verb of material action with no object of its own takes no reported
    clause: the words before the "and" are its object, those after it the subject of
    a second clause conjoined to the first."""
    for clause in doc:
        verb = clause.head
        if (
            clause.dep_ != "ccomp"
            or clause.i < verb.i
            or verb.lemma_.lower() not in object_verbs
            or any(c.dep_ in ("dobj", "mark") for c in verb.children)
            or any(c.dep_ == "mark" for c in clause.children)
        ):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.left_edge.i <= verb.i:
            continue
        span = doc[subj.left_edge.i : subj.right_edge.i + 1]
        ands = [t for t in span if t.dep_ == "cc"]
        if len(ands) != 1 or any(t.lower_ == "," for t in span):
            continue
        cc = ands[0]
        first = [t for t in span if t.i < cc.i]
        second = [t for t in span if t.i > cc.i]
        if not first or not second:
            continue

        def roots(part: list[Token]) -> list[Token]:
            ids = {t.i for t in part}
            return [t for t in part if t.head.i not in ids or t.head.i == t.i]

        left, right = roots(first), roots(second)
        if len(left) != 1 or left[0].pos_ not in ("NOUN", "PROPN"):
            continue
        head = next((t for t in right if t.head.i == clause.i), None) or right[-1]
        if head.pos_ not in ("NOUN", "PROPN"):
            continue
        for t in right:
            if t is head:
                continue
            t.head = head
            if t.i < head.i and t.dep_ == "conj":
                t.dep_ = "compound"  # "Human Rights Watch" split at "and"
        head.head, head.dep_ = clause, "nsubj"
        cc.head = verb
        left[0].head, left[0].dep_ = verb, "dobj"  # (last: spaCy recomputes its edges)
        clause.dep_ = "conj"
        across = [e for e in doc.ents if e.start < cc.i < e.end - 1]
        if across:  # "Kherson and Human Rights Watch" read as one name
            doc.ents = [e for e in doc.ents if e not in across] + [
                Span(doc, cc.i + 1, e.end, label=e.label) for e in across
            ]


# past participles spelled like their base or like a noun, which the small model tags as
# a noun, adjective or number after "was" ("the enclave was overrun by rebel forces")
SAME_FORM_PARTICIPLES = frozenset(
    {"overrun", "hit", "shut", "cut", "beat", "beaten", "upset", "spread", "outflanked"}
)


def _repair_passive_participles(doc: Doc) -> None:
    """ "The enclave was overrun by rebel forces", "the base was overrun": a passive
    participle the small model read as a noun (the root, with "was" as its auxiliary) or
    as the attribute of "was". The word is made the passive verb, "was" its auxiliary and
    the subject of "was" its passive subject. Only where "was" comes right before it (or
    an adverb between) and the word has no determiner ("was a hit", "was the cut")."""
    for tok in doc:
        if tok.lower_ not in SAME_FORM_PARTICIPLES or not (
            tok.pos_ in ("NOUN", "ADJ", "NUM") or (tok.tag_ == "VBN" and tok.dep_ == "acomp")
        ):
            continue  # (or a participle hung on "was" as its complement: "was overrun.")
        if any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children):
            continue
        aux = next((c for c in tok.children if c.dep_ == "auxpass"), None)
        lemma = "beat" if tok.lower_ == "beaten" else tok.lower_
        if aux is not None and any(c.dep_ == "nsubjpass" for c in tok.children):
            tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBN", lemma
            continue
        be = tok.head
        if (
            tok.dep_ not in ("attr", "acomp")
            or be.lemma_.lower() != "be"
            or be.i >= tok.i
            or any(t.pos_ != "ADV" for t in doc[be.i + 1 : tok.i])
        ):
            continue
        subjects = [c for c in be.children if c.dep_ == "nsubj"]
        if not subjects or not (
            tok.i + 1 == len(doc)
            or doc[tok.i + 1].is_punct
            or doc[tok.i + 1].pos_ in ("ADP", "ADV")  # "by rebels", "on Tuesday", "overnight"
        ):
            continue
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBN", lemma
        others = [c for c in be.children if c.i != tok.i]
        if be.head.i == be.i:
            tok.head, tok.dep_ = tok, "ROOT"
        else:
            tok.head, tok.dep_ = be.head, be.dep_
        be.head, be.dep_ = tok, "auxpass"
        for c in others:
            c.head = tok
            if c.dep_ == "nsubj":
                c.dep_ = "nsubjpass"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                c.dep_ = "agent"


# attack nouns the small model reads as a verb after "came under Russian"
UNDER_ATTACK_NOUNS = frozenset(
    {"shelling", "fire", "attack", "bombardment", "bombing", "assault", "strike", "strikes"}
)


def _repair_under_attack(doc: Doc) -> None:
    """ "Kharkiv came under heavy Russian shelling": the small model makes the
    nationality the object of "under" and "shelling" a clause of "came". The attack
    noun is made the object of "under", the nationality (and what modified it) its
    modifiers, so that the attacker is read off the noun."""
    for prep in doc:
        if prep.lower_ != "under" or prep.head.lemma_.lower() not in ("come", "be"):
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objs) != 1 or objs[0].i + 1 >= len(doc):
            continue
        adj = objs[0]
        noun = doc[adj.i + 1]
        if (
            adj.pos_ not in ("ADJ", "PROPN")
            or not adj.text[:1].isupper()
            or noun.lower_ not in UNDER_ATTACK_NOUNS
            or noun.head.i != prep.head.i
            or noun.dep_ not in ("advcl", "dobj", "npadvmod", "xcomp", "ccomp", "conj")
        ):
            continue
        for c in [c for c in adj.children if c.i < adj.i]:
            c.head = noun  # "heavy"
        noun.pos_, noun.tag_ = "NOUN", "NNS" if noun.lower_.endswith("s") else "NN"
        noun.lemma_ = noun.lower_[:-1] if noun.lower_ == "strikes" else noun.lower_
        noun.head, noun.dep_ = prep, "pobj"
        adj.head, adj.dep_ = noun, "amod"


def _repair_verbless_pair(doc: Doc) -> None:
    """ "The Sudanese army and the RSF ceased hostilities on Friday": the small model reads
    a whole sentence as one noun phrase ("the army and [the RSF-ceased hostilities]"),
    the verb a participle of its object, the second subject its adverbial. In a sentence
    whose root is that noun, the verb is made the root, the first noun its subject with
    the name before the verb as its conjunct, and the noun after the verb its object."""
    for verb in doc:
        if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
            continue
        obj = verb.head
        first = obj.head
        if (
            obj.i < verb.i
            or obj.dep_ != "conj"
            or first.dep_ != "ROOT"
            or first.pos_ not in ("NOUN", "PROPN")
            or first.i > verb.i
            or verb.i == 0
        ):
            continue
        name = doc[verb.i - 1]
        if name.head.i != verb.i or name.pos_ != "PROPN":
            continue
        if not any(c.dep_ == "cc" and c.i < name.i for c in first.children):
            continue
        lead = [c for c in obj.children if c.i < name.i]  # "the" of "the RSF"
        later = [c for c in first.children if c.i > obj.i]  # "on Friday", "."
        verb.head, verb.dep_ = verb, "ROOT"
        first.head, first.dep_ = verb, "nsubj"
        obj.head, obj.dep_ = verb, "dobj"
        name.head, name.dep_ = first, "conj"
        for c in lead:
            c.head = name
        for c in later:
            c.head = verb


def _subjects(verb: Token) -> tuple[list[Token], bool]:
    """Active subjects of a verb (inherited through conj/xcomp/relcl) and passivity."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)
    subj = [_true_subject(c) for c in verb.children if c.dep_ == "nsubj"]
    subj = [_antecedent(verb) if _relative_pronoun(c, verb) else c for c in subj]
    subj = [  # "Azerbaijan concentrated troops ... and shelled villages": Azerbaijan shelled
        m[0] if _dangling_and(c) and (m := _misread_of(c)) is not None else c for c in subj
    ]
    if (
        len(subj) == 2
        and subj[0].pos_ == "NOUN"
        and subj[1].pos_ == "PROPN"
        and subj[0].right_edge.i + 1 == subj[1].left_edge.i
    ):
        # "Sudan's army chief Abdel Fattah al-Burhan rejected ...": a title and the name
        # it introduces, parsed as two subjects, are one person
        subj = subj[1:]
    if not subj and not passive and verb.pos_ == "VERB" and verb.dep_ != "amod":
        # "Turkey unblocked access to Wikipedia", "Russia shells Kharkiv": a name opening
        # the clause, read as an adverbial noun or a compound of the verb, is its subject
        subj = [
            c
            for c in verb.lefts
            if (
                c.dep_ in ("npadvmod", "compound")
                # "Baerbock accused Russia ...": a surname the parser read as an adverb
                or (
                    c.dep_ == "advmod"
                    and c.i + 1 == verb.i
                    and (c.tag_ == "NNP" or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
                )
            )
            and (
                c.pos_ == "PROPN"
                or (c.dep_ == "advmod" and c.text[:1].isupper())
                or (  # "Sudan army shells Omdurman": a name's army, police, ...
                    c.pos_ == "NOUN"
                    and any(g.pos_ == "PROPN" and g.dep_ in ("compound", "nmod") for g in c.lefts)
                )
            )
            and c.ent_type_ not in ("DATE", "TIME")
            and c.nbor().tag_ != "HYPH"  # not "Russian-backed separatists"
            and _opens_clause(c)
        ][:1]
    elif len(subj) == 1 and (subj[0].pos_ == "PROPN" or subj[0].lemma_.lower() in SIDE_NOUNS):
        # "Turkey, Syria agree to restore ties", "India, China hold border talks": a
        # headline's comma for "and"; the first name was read as an adverbial noun (or
        # a modifier of the second: "Armenia, Azerbaijan hold talks"; "Thailand,
        # Cambodia troops clash": the second a name's troops)
        first = verb.doc[verb.sent.start]
        if (
            (
                (first.head.i == verb.i and first.dep_ in ("npadvmod", "dep"))
                or (first.head.i == subj[0].i and first.dep_ in ("nmod", "compound"))
            )
            and first.pos_ == "PROPN"
            and first.nbor().lower_ == ","
            and _phrase_start(subj[0]) == first.i + 2
            and first.nbor(2).pos_ == "PROPN"
        ):
            subj.insert(0, first)
    node = verb
    for _ in range(3):
        if subj or passive:
            break
        if (
            node.dep_ == "acl"
            and node.head.dep_ == "dobj"
            and node.head.lemma_.lower() in STATEMENT_NOUNS
            and node.head.head.pos_ == "VERB"
        ):
            # "issued a statement demanding ...": whoever issued it demands, unless the
            # statement names its own author ("blocked a joint EU statement condemning")
            authors = [
                c
                for c in node.head.children
                if (c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "GPE", "ORG"))
                or (c.dep_ == "poss" and c.pos_ == "PROPN")
            ]
            subj = authors or [
                _true_subject(c) for c in node.head.head.children if c.dep_ == "nsubj"
            ]
            break
        if node.dep_ == "advcl" and node.tag_ == "VBG":
            objs = [c for c in node.head.children if c.dep_ == "dobj"]
            if objs and objs[-1].right_edge.i == node.i - 1:
                # "broke up crowds of supporters trying to reach a rally": the parser
                # hangs the participle on the verb; the crowds are trying
                subj = objs[-1:]
                break
        if node.dep_ in ("conj", "xcomp", "advcl", "acomp") and node.head.i != node.i:
            node = node.head
            if node.pos_ == "ADJ" and node.dep_ == "acomp":
                node = node.head  # "Syria is willing to withdraw": the subject of "is"
            if node.pos_ not in ("VERB", "AUX"):
                # "Myanmar's military seized power, detaining ...": the misread verb's
                misread = _misread_of(node)
                subj = [misread[0]] if misread else []
                break
            objs = [c for c in node.children if c.dep_ == "dobj"]
            if verb.dep_ == "xcomp" and objs and node.lemma_.lower() in OBJECT_CONTROL:
                # "urged Armenia to withdraw": the object does the withdrawing
                subj = objs
                break
            subj = [c for c in node.children if c.dep_ == "nsubj"]
        elif (
            node.dep_ in ("relcl", "acl")
            and node.head.lemma_.lower() in SENT_BODIES
            and node.head.dep_ == "dobj"
            and node.head.head.lemma_.lower() in SENDING_VERBS
        ):
            # "voted to send a fact-finding mission to investigate ...": the mission
            # acts for whoever sends it
            subj = _subjects(node.head.head)[0] or [node.head]
            break
        elif node.dep_ == "relcl" or (
            node.dep_ == "acl" and node.tag_ == "VBG" and node.lemma_.lower() in CROWD_VERBS
        ):
            subj = [node.head]  # "demonstrators protesting election results"
            break
        elif (main := _acl_subject(node)) is not None:
            subj = [main]
            break
        elif node.dep_ == "acl" and (misread := _misread_of(node.head)) is not None:
            subj = [misread[0]]  # "Myanmar's military seized power, detaining X"
            break
        elif (
            node.dep_ == "pcomp"
            and (
                node.head.lower_ in ("by", "after", "before", "upon", "while")
                or (node.head.lower_ == "in" and node.head.head.lemma_.lower() == "join")
            )
            and node.head.head.pos_ in ("VERB", "AUX")
        ):
            # "Khartoum responded by expelling aid agencies": the one who responded;
            # "Britain joined the US in suspending funding": the one who joined;
            # "imposed sanctions after determining that ...": the one who imposed them
            node = node.head.head
            subj = [_true_subject(c) for c in node.children if c.dep_ == "nsubj"]
        elif (
            node.dep_ == "pcomp"
            and node.head.lower_ == "as"
            and node.head.head.lemma_.lower() == "quote"
        ):
            # "Tehran radio quoted Rafsanjani as calling for a holy war": the one quoted
            subj = [c for c in node.head.head.children if c.dep_ == "dobj"]
            break
        else:
            break
    return subj, passive


def _relative_pronoun(tok: Token, verb: Token) -> bool:
    """ "which"/"who" opening a non-restrictive relative clause in the simple past
    ("Ankara, which blamed the PKK for the bombing, closed the border"): a separate act
    of the noun it hangs on. Descriptions are left alone: "a judge who is investigating",
    "Resolution 598, which calls for a ceasefire", "a resolution that backed the plan"."""
    return (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBD"
        and tok.lower_ in ("which", "who")
        and tok.i < verb.i
        and tok.i > tok.sent.start
        and tok.nbor(-1).lower_ == ","
    )


def _antecedent(verb: Token) -> Token:
    """What a relative clause's "which"/"who" stands for: the noun it hangs on, or, when
    the parser hung it on a date ("by Egypt's government on Wednesday, which blamed
    ..."), the noun phrase just before that date's preposition."""
    head = verb.head
    if head.ent_type_ in ("DATE", "TIME") and head.dep_ == "pobj":
        before = head.doc[head.head.i - 1] if head.head.i > head.sent.start else None
        timeless = before is not None and before.ent_type_ not in ("DATE", "TIME")
        if before is not None and timeless and before.pos_ in ("NOUN", "PROPN"):
            return before
    return head


def _true_subject(tok: Token) -> Token:
    """ "The Red Cross operating in Iraq said": the small model makes the participle the
    subject; the organisation is its own subject."""
    if tok.pos_ == "VERB":
        inner = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if inner is not None and inner.i < tok.i:
            return inner
    return tok


# verbs of condemning an act that happened, and the acts: condemning one reports it
DENUNCIATION_VERBS = frozenset({"condemn", "denounce", "deplore", "decry"})
CONDEMNED_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})

# participles after "be" that describe their subject's stance, not something done to it
STATIVE_PASSIVES = frozenset({"oppose"})
# verbs that put a group on a list ("declared/designated X a terrorist organisation")
DESIGNATION_VERBS = frozenset(
    {"declare", "designate", "redesignate", "list", "label", "brand", "classify", "proscribe"}
)


def _verb_args(
    verb: Token,
    src: list[Token],
    tgt: list[Token],
    parties: list[Token],
    late: list[Token],
    object_lemma: str | None = None,
) -> None:
    subj, passive = _subjects(verb)
    if (
        passive
        and verb.lemma_.lower() in STATIVE_PASSIVES
        and not any(c.dep_ == "agent" for c in verb.children)
    ):
        # "Israel is opposed to French mediation": Israel opposes it
        passive, subj = False, [c for c in verb.children if c.dep_ == "nsubjpass"]
        tgt.extend(_prep_objects(verb, frozenset({"to"})))
    if passive:
        tgt.extend(c for c in verb.children if c.dep_ == "nsubjpass")
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            src.extend(_pobjs(agent))
        if verb.dep_ == "acl" and not tgt and verb.head.pos_ in ("NOUN", "PROPN"):
            tgt.append(verb.head)  # "soldiers killed by shelling"
        if verb.dep_ == "acl" and verb.head.dep_ == "nsubj":
            # "F-16 jets supplied by Denmark and the Netherlands arrived in Ukraine": the
            # goods went where they arrived (each supplier to it, not to each other)
            went = verb.head.head
            if went.lemma_.lower() in ARRIVAL_VERBS:
                late.extend(_prep_objects(went, frozenset({"in", "at", "to", "into"})))
                late.extend(c for c in went.children if c.dep_ == "dobj")  # "reached Kyiv"
    elif (misread := _misread_verb(verb)) is not None:
        # "Qatar's emir hosted Hamas leader X", "Tehran relaxed curbs on foreign media":
        # the phrase before the misread verb acts on the noun it was read as modifying
        # ("Russia, Ukraine swap prisoners", "Armenia and Azerbaijan concentrated
        # troops": each of the names opening the sentence)
        names = _headline_parties(verb)  # (the parser may make the last one a subject)
        src.extend(names or subj or misread[:1])
        if not (names and names[-1] in misread[1].subtree):
            tgt.append(misread[1])  # (not "Ukraine swap prisoners", read as one phrase)
        late.extend(p for p in _prep_objects(misread[1], TARGET_PREPS) if p.i > verb.i)
    else:
        src.extend(subj)
        tgt.extend(_receivers(verb, ("dobj", "dative")))
        if not tgt and verb.tag_ == "VBZ":
            # "Niger expels French ambassador", "Sudan army shells Omdurman": a headline's
            # object read as an adverbial noun (not a date: "attacks Monday")
            tgt.extend(
                c
                for c in verb.rights
                if c.dep_ == "npadvmod" and c.ent_type_ not in ("DATE", "TIME") and not c.like_num
            )
        if verb.lemma_.lower() in RAISING_VERBS and not any(
            c.dep_ == "dobj" for c in verb.children
        ):
            # "allowed a Red Cross convoy to enter": the convoy is the one let through
            tgt.extend(
                g
                for c in verb.children
                if c.dep_ in ("ccomp", "xcomp")
                for g in c.children
                if g.dep_ == "nsubj"
            )
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        word = prep.lower_
        if word in PARTY_PREPS:
            parties.extend(_pobjs(prep))
        elif word in TARGET_PREPS:
            # (not "met on the sidelines of the SCO summit": a venue)
            late.extend(p for p in _pobjs(prep) if p.lemma_.lower() not in ("sideline", "margin"))
        elif word in ("out", "back"):  # "pull its forces out of Kuwait"
            late.extend(p for c in prep.children if c.dep_ == "prep" for p in _pobjs(c))
        elif word == "by" and passive and not src:
            src.extend(_pobjs(prep))
    late.extend(_stray_recipient(verb))
    for adv in (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("back", "away")):
        # "pulled its soldiers back from Afrin" (the parser hangs "from" on "back")
        late.extend(
            p for c in adv.children if c.dep_ == "prep" and c.lower_ == "from" for p in _pobjs(c)
        )
    if passive and not src:  # "was recognised as a state by the United States": the
        # parser hung the agent on the noun before it ("was declared a terrorist
        # organisation by Egypt's government": on the object)
        for prep in (c for c in verb.children if c.dep_ in ("prep", "dobj", "oprd")):
            for obj in _pobjs(prep) if prep.dep_ == "prep" else [prep]:
                for inner in obj.children:
                    if inner.dep_ == "prep" and inner.lower_ == "by":
                        for agent in _pobjs(inner):
                            src.extend([agent, *agent.conjuncts])


# verbs of handing people or goods to someone ("handed over three suspects to India")
HANDING_VERBS = frozenset({"hand", "extradite", "surrender", "transfer", "deliver", "deport"})


def _stray_recipient(verb: Token) -> list[Token]:
    """Whom a handing verb hands to when the parser hung "to X" deep inside the object
    ("handed over three suspects in the Mumbai attacks to India": on "attacks")."""
    if verb.lemma_.lower() not in HANDING_VERBS or any(
        c.dep_ == "prep" and c.lower_ == "to" for c in verb.children
    ):
        return []
    return [
        p
        for obj in verb.children
        if obj.dep_ in ("dobj", "nsubjpass")
        for prep in obj.subtree
        if prep.dep_ == "prep" and prep.lower_ == "to" and prep.head.i != obj.i
        for p in _pobjs(prep)
    ][:1]


# verbs of goods or forces reaching a place ("jets supplied by Denmark arrived in Ukraine")
ARRIVAL_VERBS = frozenset({"arrive", "reach", "land", "enter", "cross"})


def _receivers(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """Objects and datives of a verb; a dative "to"/"for" stands for its object
    ("granted asylum to Belarusian journalist X")."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ not in deps:
            continue
        out.extend(_pobjs(c) if c.dep_ == "dative" and c.pos_ == "ADP" else [c])
    return out


def _object_preps(verb: Token, with_from: bool = False) -> list[Token]:
    """Partner prepositions on a verb's object noun ("deals with France"; with
    ``with_from``, also whoever an answered proposal came from)."""
    words = OBJECT_TARGET_PREPS | {"from"} if with_from else OBJECT_TARGET_PREPS
    out = []
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        for noun in [obj, *obj.conjuncts]:
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in words:
                    out.append(prep)
    return out


# what is said or given "from" someone: the "from" phrase names who did it ("drawing
# condemnation from Georgia", "a warning from Washington"); not "withdrawal from Iraq"
FROM_SPEAKER_NOUNS = frozenset(
    {
        "condemnation",
        "criticism",
        "rebuke",
        "censure",
        "warning",
        "threat",
        "praise",
        "protest",
        "objection",
        "aid",
        "assistance",
    }
)
DRAW_VERBS = frozenset({"draw", "attract", "earn", "prompt", "provoke", "spark", "trigger"})


# words for armed groups that, modifying an attack noun, name who attacked
ARMED_MODIFIERS = frozenset(
    {"rebel", "militant", "insurgent", "jihadist", "separatist", "guerrilla", "islamist"}
)
ATTACK_NOUNS = frozenset(
    {"attack", "assault", "offensive", "ambush", "raid", "shelling", "fire", "bombardment"}
)


def _noun_args(
    noun: Token,
    anchor: Token,
    src: list[Token],
    tgt: list[Token],
    parties: list[Token],
    from_verb: bool = True,
) -> None:
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":  # "their talks": the verb's subject
            src.append(child)
        elif (
            child.dep_ == "poss"
            and child.lower_ == "its"
            and noun.head.dep_ in ("pcomp", "prep", "pobj")
            and noun.dep_ in ("dobj", "pobj")
            and anchor.dep_ in ("pcomp", "pobj", "advcl")
        ):
            src.append(child)  # "praised Israel for completing its withdrawal": whose
        elif (
            child.dep_ == "poss"
            and child.lower_ in ("their", "its", "his", "her")
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "for"
            and any(c.dep_ == "dobj" for c in anchor.children)
        ):
            # "thanked the US and Qatar for their mediation": their = whom it thanked
            obj = next(c for c in anchor.children if c.dep_ == "dobj")
            src.extend([obj, *obj.conjuncts])
        elif (
            child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in AUTHOR_VERBS
        ):  # "a strike called by the unions", "a rally organised by the opposition"
            for agent in (c for c in child.children if c.dep_ == "agent"):
                src.extend(_pobjs(agent))
        elif child.dep_ == "acl" and child.lemma_.lower() in ("attribute", "blame"):
            # "an air strike widely attributed to Israel", "a bombing blamed on the PKK"
            src.extend(
                p
                for c in child.children
                if c.dep_ == "prep" and c.lower_ in ("to", "on")
                for p in _pobjs(c)
            )
        elif child.dep_ in ("amod", "compound") and stance_of(child) is not None:
            if stance_of(child) == "anti":  # "an anti-Israel protest": against Israel
                tgt.append(child)
        elif child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG"):
            src.append(child)  # "Azerbaijani shelling", "NATO exercises"
        elif (
            child.dep_ in ("amod", "compound")
            and child.lower_ in ARMED_MODIFIERS
            and noun.lemma_.lower() in ATTACK_NOUNS
        ):
            src.append(child)  # "came under rebel attack", "a militant attack on a post"
        elif child.dep_ == "compound" and child.pos_ == "NOUN" and not src:
            # "Russian missile strikes", "Israeli air raids": the weapon's nationality
            src.extend(
                g
                for g in child.children
                if g.dep_ in ("amod", "compound") and g.ent_type_ in ("NORP", "GPE")
            )
        elif child.dep_ == "prep":
            word = child.lower_
            if word in PARTY_PREPS:
                parties.extend(_pobjs(child))
            elif word == "by":
                src.extend(_pobjs(child))
            elif (
                word == "from"
                and noun.lemma_.lower() in FROM_SPEAKER_NOUNS
                and noun.head.dep_ != "relcl"
            ):
                src.extend(_pobjs(child))  # "drew condemnation from Georgia": who condemned
            elif word in TARGET_PREPS or word == "of":
                tgt.extend(_pobjs(child))
    if (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in DRAW_VERBS
        and noun.head.dep_ != "relcl"  # "a move that drew criticism": whose move is unclear
        and noun.lemma_.lower() in FROM_SPEAKER_NOUNS
    ):
        # "..., drawing condemnation from Australia": the critic is the "from" phrase (on
        # the noun or the verb); the one condemned is whoever drew it
        drew = noun.head
        if not any(t.head.i == noun.i for t in src):
            src.extend(_prep_objects(drew, frozenset({"from"})))
        if src and not tgt:
            subjects, _passive = _subjects(drew)
            if not subjects and drew.dep_ == "advcl":
                subjects, _passive = _subjects(drew.head)
            tgt.extend(subjects)
    if not tgt and noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        # "imposed a trade and financial embargo on Iraq": the parser hung "on" on "trade"
        # or on the verb
        first = noun.head
        holders = [first, first.head] if first.dep_ == "dobj" else [first]
        tgt.extend(
            p
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS and c.i > noun.i
            for p in _pobjs(c)
        )
    if not src and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        # "broke up a march by thousands of Albanians": the parser hung "by" on the verb
        for prep in noun.head.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ == "by" and prep.i > noun.i:
                src.extend(_pobjs(prep))
    if _under_attack(noun):
        # "Kharkiv came under heavy Russian shelling": whoever came under it is the target
        subj, _passive = _subjects(noun.head.head)
        attackers = [
            p
            for w in (noun, noun.head.head)
            for c in w.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in _pobjs(c)
        ]
        tgt[:] = [t for t in tgt if t not in attackers] or subj
        src.extend(a for a in attackers if a not in src)
        return
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in REPEL_VERBS:
        # "Ukrainian forces repelled a Russian assault": the attack was on whoever
        # repelled it, never by them
        subj, passive = _subjects(noun.head)
        if not passive and not tgt:
            tgt.extend(subj)
        return
    holder = noun
    if noun.dep_ == "pobj" and _quantity_of(noun):
        holder = noun.head.head  # the quantity noun ("round")
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.ent_type_ == "MONEY":
        holder = noun.head.head  # "extended $5 million in aid to Mozambique": the amount
    if anchor.i == noun.i or anchor.pos_ not in ("VERB", "AUX") or not from_verb:
        return  # a mediator's verb ("hosted talks") gives the talks no party
    if holder.dep_ == "dobj" and not tgt:  # "gave Tanzania a grant"
        tgt.extend(_receivers(anchor, ("dative",)))
    if holder.dep_ == "pobj" and not tgt:  # "told his counterpart ... in a phone call"
        tgt.extend(_receivers(anchor, ("dobj", "dative")))
    if (holder.dep_ in ("dobj", "pobj", "attr", "conj") or holder.head.i != anchor.i) and (
        not parties
    ):  # "clashes between A and B": the clash has its own parties
        subj, passive = _subjects(anchor)
        if anchor.lemma_.lower() in VICTIM_VERBS and holder.dep_ == "pobj" and not tgt:
            tgt.extend(subj)  # "two soldiers died in an attack by Taliban fighters" (but
            # in "died in fighting with rebels" they were a side)
        elif not passive and not src:
            src.extend(subj)
    if holder.dep_ in ("nsubjpass", "nsubj"):
        for agent in (c for c in anchor.children if c.dep_ == "agent"):
            src.extend(_pobjs(agent))
    for prep in (c for c in anchor.children if c.dep_ == "prep"):
        word = prep.lower_
        if word in PARTY_PREPS and not parties:
            parties.extend(_pobjs(prep))
        elif word in ("with", "against", "to", "at") and not tgt:
            tgt.extend(_pobjs(prep))  # "hurled petrol bombs at Israeli troops"
        elif word == "on" and not tgt and holder.dep_ == "dobj":
            # "imposed a total siege on Gaza" (not "on Monday", "on the sidelines")
            tgt.extend(
                p
                for p in _pobjs(prep)
                if p.ent_type_ not in ("DATE", "TIME")
                and p.lemma_.lower() not in ("sideline", "margin", "basis", "condition", "behalf")
            )


def _downing(tok: Token) -> bool:
    """ "shot down a drone", "intercepted two missiles": the weapon is what is hit."""
    return tok.lemma_.lower() in ("intercept", "down") or any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children
    )


def _acl_subject(verb: Token) -> Token | None:
    """ "The Saudi-led coalition bombed Sanaa", "400 police officers landed in Haiti": a
    sentence the parser read as a noun phrase with a participle clause. A past tense, or
    a participle with an object, under the sentence's root noun is its main verb."""
    if verb.dep_ != "acl":
        return None
    active = (
        verb.tag_ == "VBD"
        or (verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children))
        or (  # "Indian troops disengaged from the valley": no passive reading
            verb.lemma_.lower() in INTRANSITIVE_MOVES
            and not any(c.dep_ == "agent" for c in verb.children)
        )
    )
    top = verb.head
    while top.dep_ == "pobj" and top.head.lower_ == "of":  # "a contingent of officers"
        top = top.head.head
    reported = (
        top.dep_ == "nsubj"
        and top.head.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in top.head.children)
    )  # "About 700 M23 fighters disarmed and demobilised, the UN said": two subjects
    root = top.dep_ == "ROOT" or reported
    return verb.head if active and root and top.pos_ == "NOUN" else None


# verbs whose participle after a force noun is its act, not something done to it
INTRANSITIVE_MOVES = frozenset(
    {
        "disengage",
        "retreat",
        "withdraw",
        "demobilise",
        "demobilize",
        "disarm",
        "surrender",
        "regroup",
        "defect",
        "mutiny",
        "rally",
        "march",
        "protest",
        "clash",
    }
)


def _into_the_sea(tok: Token) -> bool:
    """Fired "into the sea", "into the Sea of Japan", "into waters off its coast"."""
    misread = _misread_verb(tok)  # "North Korea fires missiles into sea": on the object
    heads = [tok, misread[1]] if misread is not None else [tok]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "into"):
        for pobj in _pobjs(prep):
            if pobj.lemma_.lower() in ("sea", "water", "ocean") or pobj.text == "Sea":
                return True
    return False


def _in_exchange(tok: Token, triggers: set[int]) -> bool:
    """Inside "in exchange for ..." under another trigger ("freed hostages in exchange
    for prisoners released from Israeli jails")."""
    for a in tok.ancestors:
        if a.lemma_.lower() == "exchange" and a.head.lower_ == "in":
            has_for = any(c.lower_ == "for" for c in a.children)  # not "in an exchange
            return has_for and a.head.head.i in triggers  # brokered by the UAE"
    return False


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


def _peace_mission(trig: _Trig) -> bool:
    """Forces sent on a peace or stabilisation mission, or police sent abroad."""
    text = trig.tok.sent.text.lower()
    if any(k in text for k in ("peacekeep", "peace-keep", "peace force", "mission", "stabili")):
        return True
    return trig.mode == "police" or any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("police", "officer", "gendarme")
        for c in trig.tok.children
    )


def _possessed(actor: Actor) -> bool:
    """ "its troops", "their fighters": forces named as someone's own."""
    return actor.sector in FORCE_SECTORS and actor.text.lower().startswith(
        ("its ", "their ", "his ", "her ")
    )


# what a denial denies when it is a charge, not a request ("denied any involvement")
DENIED_CHARGES = frozenset(
    {
        "accusation",
        "allegation",
        "charge",
        "claim",
        "report",
        "responsibility",
        "role",
        "involvement",
        "link",
        "wrongdoing",
        "complicity",
        "knowledge",
    }
)


def _denies_act(verb: Token) -> bool:
    """ "denied supplying drones", "denied that its troops fired", "denied any role in
    the attack": a denial of a charge (not "denied Kyiv's request", a refusal)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "deny":
        return False
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.tag_ == "VBG"):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() in DENIED_CHARGES:
            return True
    return False


# a leader or envoy arriving in (or flying to) a foreign capital is visiting it
VISIT_TRAVEL_VERBS = {"arrive": "in", "fly": "to", "travel": "to", "jet": "to"}
VISITOR_NOUNS = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "envoy",
        "delegation",
        "leader",
        "secretary",
        "king",
        "emir",
        "prince",
        "diplomat",
        "counterpart",
        "ambassador",
        "mediator",
        "negotiator",
    }
)


def _arrival(tok: Token) -> Token | None:
    """ "Ethiopian Prime Minister Abiy Ahmed arrived in Asmara", "Qatar's foreign
    minister flew to Tehran": the place a named leader, envoy or delegation travelled to
    (a visit there). Not when a purpose is given ("arrived for talks": the talks are
    coded), not for troops or crowds."""
    prep_word = VISIT_TRAVEL_VERBS.get(tok.lemma_.lower())
    if tok.pos_ != "VERB" or prep_word is None:
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "prep" and c.lower_ == "for") for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or not (
        subject.ent_type_ == "PERSON"
        or (subject.pos_ == "PROPN" and subject.ent_type_ in ("ORG", ""))  # NER: "Lavrov" ORG
        or subject.lemma_.lower() in VISITOR_NOUNS
    ):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == prep_word:
            places = [p for p in _pobjs(prep) if p.pos_ == "PROPN" and p.ent_type_ == "GPE"]
            if places:
                return places[0]
    return None


# movements a blockade keeps from happening ("blocked convoys from entering Gaza")
BLOCKED_MOVES = frozenset({"enter", "reach", "cross", "access", "return", "travel", "go"})


def _blocked_destination(verb: Token) -> Token | None:
    """ "prevented aid trucks from reaching Darfur": the place named in the "from
    ...ing" clause of a blocking verb (its object, or "into/to" phrase)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for move in prep.children:
            if move.dep_ != "pcomp" or move.lemma_.lower() not in BLOCKED_MOVES:
                continue
            for c in move.children:
                if c.dep_ == "dobj" and c.pos_ == "PROPN":
                    return c
                if c.dep_ == "prep" and c.lower_ in ("into", "to"):
                    found = [p for p in _pobjs(c) if p.pos_ == "PROPN"]
                    if found:
                        return found[0]
    return None


def _place_name(pobj: Token) -> str | None:
    if pobj.lemma_.lower() in SETTLEMENT_NOUNS:
        for prep in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for inner in _pobjs(prep):
                return _span_text(inner)
        names = [c for c in pobj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names and pobj.lemma_.lower() == "camp" and names[-1].ent_type_ in ("ORG", "NORP"):
            return None  # "a Hamas training camp": whose, not where
        if names:  # "the Kalbajar district", "Shan State": a place whatever NER calls it
            return pobj.doc[names[0].left_edge.i : names[-1].i + 1].text
        return None
    if pobj.ent_type_ in PLACE_LABELS or (pobj.pos_ == "PROPN" and pobj.ent_type_ == ""):
        return _span_text(pobj)
    return None


CURRENCY_NOUNS = frozenset(
    {"dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "krona", "krone", "riyal"}
)


def _amount_noun(tok: Token) -> bool:
    """ "20 million euros", "$5 million", "a further 300 tonnes": an amount of money or goods."""
    return (
        tok.ent_type_ == "MONEY"
        or tok.lemma_.lower() in CURRENCY_NOUNS
        or (
            tok.lemma_.lower() in ("tonne", "ton") and any(c.dep_ == "nummod" for c in tok.children)
        )
    )


def _whole_place(pobj: Token) -> Token:
    """The place a part of a place is part of ("the west coast of Aceh province" ->
    "province", "the east of the Democratic Republic of Congo" -> "Republic")."""
    for _ in range(3):
        if pobj.lower_ not in PART_OF_PLACE_NOUNS:
            break
        inner = next(iter(_prep_objects(pobj, frozenset({"of"}))), None)
        if inner is None:
            break
        pobj = inner
    return pobj


def _region_after(tok: Token) -> str | None:
    """ "Arlington, Virginia": the region named right after a place, if any."""
    doc = tok.doc
    nxt = tok.i + 1
    if nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].pos_ == "PROPN":
        end = nxt + 2
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        return doc[nxt + 1 : end].text
    return None


def _span_text(tok: Token) -> str:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.text.removeprefix("the ")
    return _compound_text(tok)


def _compound_text(tok: Token) -> str:
    """A noun with the compound words in front of it ("Middle Shabelle")."""
    left = min([tok.i] + [c.i for c in tok.lefts if c.dep_ == "compound"])
    return tok.doc[left : tok.i + 1].text


def _trigger_text(trig: _Trig) -> str:
    parts = [trig.tok]
    parts += [c for c in trig.tok.children if c.dep_ == "prt"]
    parts += [c for c in trig.tok.lefts if c.dep_ == "compound" and trig.tok.pos_ == "NOUN"]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def _dedupe(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for a in actors:
        if a not in out:
            out.append(a)
    return out


def _same(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return False
    if a.actor_id and a.actor_id == b.actor_id:
        return a.text == b.text or a.actor_id.startswith("person:")
    return a.text == b.text and a.country == b.country


def _pairs(
    type_: str, sources: list[Actor], targets: list[Actor]
) -> list[tuple[Actor | None, Actor | None]]:
    pairs: list[tuple[Actor | None, Actor | None]]
    # "Mediators from Egypt and Qatar conferred with Hamas officials": one side, split by
    # country, meets another party (a party, not "a U.S. air base" or "jihadist fighters");
    # "France and Germany supplied Ukraine with tanks": co-suppliers are no partners (but
    # parties to a deal or a meeting are: its other actor is often a broker or a venue,
    # "signed ... with Turkey and the UN", "at the White House")
    others = [
        t
        for t in targets
        if t.country and t.sector and t.country not in {s.country for s in sources}
    ]
    split = len({s.text for s in sources}) == 1 or type_ == "COOPERATE"
    if type_ in SYMMETRIC_TYPES and len(sources) > 1 and split and others:
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
