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

The stages live in their own modules (split out of this file, behaviour unchanged):
tokens (shared token helpers), repair (parse repairs), arguments (argument finding),
triggers (trigger finding), actor_inference (countries and pairs), postprocess
(event-list filters).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import partial

from spacy.tokens import Doc, Span, Token

from parley.actors.matcher import (
    ActorResolver,
    ArticleContext,
    Match,
    Scan,
    _amount,
    both_sides,
    of_object,
    stance_of,
)
from parley.events.absorption import (
    DEAL_SUBJECTS,
    STOP_VERBS,
    TriggerAbsorption,
    _owned_accusation,
)
from parley.events.actor_inference import (
    STATE_SECTORS,
    _home_government,
    _infer_countries,
    _pairs,
    _with_country,
)
from parley.events.arguments import (
    BORDER_NOUNS,
    MISSION_NOUNS,
    VENUE_PREPS,
    _amount_noun,
    _aside,
    _base_of,
    _beyond_border,
    _blocked_destination,
    _downing,
    _emblem_of,
    _in_exchange,
    _into_the_sea,
    _joint_force,
    _mutual,
    _noun_args,
    _peace_mission,
    _person_object,
    _place_name,
    _subjects,
    _under_attack,
    _venue,
)
from parley.events.certainty import (
    CLAIM_NOUNS,
    ONLOOKER_NOUNS,
    Modality,
    claim_tail,
    is_opinion,
    modality,
    on_condition,
    only_sought,
)
from parley.events.finding import (
    CONTENT_NOUNS,
    LAUNCHED_WEAPONS,
    TREATY_NOUNS,
    UNDER_ATTACK_NOUNS,
    TriggerFinding,
    _term_of_deal,
)
from parley.events.lexicon import Lexicon
from parley.events.places import Gazetteer, dateline_place
from parley.events.placing import (
    DEPLOYMENT_PREPS,
    HIT_PREPS,
    PLACE_TARGET_TYPES,
)
from parley.events.postprocess import (
    _answered_attacks,
    _as_of,
    _crowd_targets,
    _drop_sourceless_duplicates,
    _drop_targetless_duplicates,
    _meeting_place,
    _one_per_dyad,
    _own_side_between,
    _shared_targets,
)
from parley.events.repair import (
    _repair_passive_participles,
    repair_parse,
)
from parley.events.sides import (
    EventSides,
)
from parley.events.tokens import (
    _compound_text,
    _fronted_adjunct,
    _infinitive,
    _participle_agents,
    _pobjs,
    _prep_objects,
    _same,
    _span_text,
    _Trig,
    _trigger_text,
    doc_words,
    per_sentence,
    sent_ents,
)
from parley.events.triggers import (
    CLASH_VERBS,
    CROWD_SECTORS,
    DEFENCE_NOUNS,
    ENVOY_NOUNS,
    EXERCISE_NOUNS,
    OWN_ORGAN,
    PHASE_NOUNS,
    _agentless,
    _aim_of_act,
    _cause_of,
    _consult_aim,
    _culprits_victim,
    _custody,
    _deal_sought,
    _demand_authors,
    _denies_act,
    _gathered_to_demand,
    _habitual,
    _halted_act,
    _historical,
    _holders,
    _matched_org,
    _means_purpose,
    _met_for_purpose,
    _own_statement,
    _participle_after_to,
    _refusal,
    _second_act_of_denier,
    _sides_clashed,
    _the_country,
    _unnamed_addressee,
    _visit_host,
)
from parley.models import SYMMETRIC_TYPES, Actor, Article, Event, Location, Sentence

# re-exported: tests and other modules import these from here
__all__ = ["EventCoder", "_repair_passive_participles"]


CONTENT_GOVERNORS = frozenset({"THREATEN", "REQUEST", "REJECT", "AGREE"})


# the words a remembered "X-led coalition" is written with
COALITION_WORDS = frozenset({"coalition", "coalitions"})


# killing by a state's sentence: with no one named, done by the state of the place
EXECUTION_WORDS = frozenset({"execute", "execution"})

# COOPERATE verbs that are cooperation only with another state on the receiving end
# ("trained Ukrainian recruits", "pumped crude to Turkey"; not "trained new recruits")
PARTNER_VERBS = frozenset({"train", "pump", "ship", "export"})


# restrictions whose "of" phrase is what they close off ("the blockade of Gaza")
def _claiming_responsibility(verb: Token) -> bool:
    """Whether a reporting verb carries "claiming responsibility" ("said in a statement
    claiming responsibility")."""
    return any(
        t.lemma_.lower() == "responsibility" and t.head.lemma_.lower() == "claim"
        for t in verb.subtree
    )


# words of diplomatic recognition, whose object may be a breakaway place
RECOGNITION_WORDS = frozenset({"recognise", "recognize", "recognition"})


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


INTENT_AGREE_TYPES = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})


INTENT_THREAT_MODES: dict[str, str | None] = {
    "ASSAULT": "violence",
    "COERCE": "arrest",
    "SANCTION": "restrict",
    "PROTEST": None,  # "said they would boycott all contact"
    "REJECT": None,  # "said it would veto any resolution", "would block the bid"
}


# the material types: deeds, not words ("defied the ban, marching on parliament")
DEED_TYPES = frozenset(
    {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "AID", "COOPERATE", "RETREAT"}
)


# nouns whose complement says whom a protest is against
DEFIANCE = frozenset({"protest", "defiance", "disapproval", "opposition", "anger", "outrage"})


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
        # "welcomed the accord", "hailed the truce", "welcomed the arrival": the deal or
        # the deployment just reported, made by its parties
        "accord",
        "pact",
        "treaty",
        "truce",
        "ceasefire",
        "arrival",
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


# a referring noun that names its kind of act: "condemned the bombing" means the last
# attack reported, not whatever was reported last (a protest at the bombing)
REFERENCE_TYPES: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        (
            "raid",
            "attack",
            "strike",
            "assault",
            "bombing",
            "shelling",
            "killing",
            "invasion",
            "incursion",
        ),
        frozenset({"ASSAULT"}),
    ),
    **dict.fromkeys(("arrest", "detention", "expulsion", "crackdown"), frozenset({"COERCE"})),
    **dict.fromkeys(("deal", "agreement", "accord", "pact", "treaty"), frozenset({"AGREE"})),
    **dict.fromkeys(("truce", "ceasefire"), frozenset({"AGREE", "RETREAT"})),
    **dict.fromkeys(("arrival", "deployment"), frozenset({"MOBILIZE", "AID"})),
}


# "called it a hijacking", "demanded their release": an object pronoun (or a release of
# "them") refers back to the act just reported, someone else's act against the speaker's
# side; these are the acts it can mean
REFERRED_ACTS = frozenset({"COERCE", "ASSAULT", "SANCTION", "MOBILIZE"})
RELEASE_NOUNS = frozenset({"release", "freedom", "return", "repatriation", "handover"})


def _pronoun_reference(verb: Token) -> Token | None:
    """The object of a verb that refers back by a pronoun: "condemned it", "called it a
    kidnapping", "demanded their release", "asked Caracas to free them"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("it", "this"):
            return c
        if (
            c.dep_ == "dobj"
            and c.lemma_.lower() in RELEASE_NOUNS
            and any(d.dep_ == "poss" and d.lower_ in ("their", "his", "her") for d in c.children)
        ):
            return c
    return None


AWAY_PREPS = frozenset({"from", "of"})


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


# sectors of people who act for no state (reporters, firms, clerics, teachers): putting
# them out of a country deports them (not "all Americans working for the inspection teams")
PRIVATE_SECTORS = frozenset({"MED", "BUS", "REL", "EDU"})


TIME_PREPS = frozenset(
    {"after", "before", "since", "during", "amid", "following", "despite", "until"}
)


ORG_KINDS = frozenset({"country", "capital", "government", "igo", "group"})


def _rejected_claims(verb: Token) -> list[Token]:
    """The claims a denial or dismissal answers: "denied Indian claims that ...",
    "Amnesty's allegation ... was dismissed by Riyadh" (its object, or its passive
    subject; a dismissal with a claim for object keeps its own target rules)."""
    if verb.pos_ != "VERB":
        return []
    return [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CLAIM_NOUNS
    ]


def _dated_person(doc: Doc, m: Match, ctx: ArticleContext) -> tuple[Actor, str | None]:
    """A dictionary person as named, with the sector, country and role held on the
    article's date ("Soviet foreign minister Shevardnadze")."""
    sector, role = m.entry.at(ctx.date)
    text = doc[m.start : m.end].text
    actor = Actor(text, m.entry.name, m.entry.country_at(ctx.date), sector, m.entry.actor_id)
    return actor, role


def _sum_given(trig: _Trig) -> bool:
    """ "gave 60 million euros to ...": the verb's object is an amount of money."""
    given = [c for c in trig.tok.children if c.dep_ == "dobj"]
    given += _prep_objects(trig.tok, frozenset({"with"}))  # "provided Yemen with $500 million"
    return trig.tok.pos_ == "VERB" and any(
        c.lemma_.lower() == trig.entry.object and _amount(c) for c in given
    )


# types whose "for <gerund>" phrase gives the punished act ("sanctioned X for selling")
PUNISHING_TYPES = frozenset({"SANCTION", "COERCE"})


def _punished_for(tok: Token, by_tok: dict[int, _Trig]) -> bool:
    """Whether ``tok`` is the act a sanction or arrest punishes ("sanctioned three
    Chinese firms for selling missile parts to Pakistan", "imposed sanctions on Iran
    for supplying drones"): the reason given for it, not an event the sentence reports."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "for":
        return False
    head = tok.head.head
    return any(
        c.i in by_tok and by_tok[c.i].entry.type in PUNISHING_TYPES
        for c in (head, *(c for c in head.children if c.dep_ == "dobj"))
    )


def _weapon(actor: Actor) -> str:
    """The weapon word an actor's text ends in, singular ("drones" -> "drone")."""
    return actor.text.split()[-1].lower().rstrip("s")


def _own_object(verb: Token) -> bool:
    """Whether a verb acts on its subject's own things ("shut down its reactor",
    "dismantle their weapons"): the object is owned by a possessive pronoun."""
    return any(
        c.dep_ == "dobj"
        and any(g.dep_ == "poss" and g.lower_ in ("its", "their", "his", "her") for g in c.children)
        for c in verb.children
    )


def _pronoun_subject(verb: Token) -> bool:
    """Whether a verb's subject is a pronoun ("said it would sign"): its speaker's own
    stance, not someone else's account of another party's."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


def _launched(e: Event) -> bool:
    """An interception of another state's weapons: "shot down 20 Ukrainian drones"."""
    tgt, src = e.target, e.source
    return (
        tgt is not None
        and src is not None
        and tgt.country not in (None, "IGO", "NGO")
        and src.country not in (None, tgt.country)
        and _weapon(tgt) in LAUNCHED_WEAPONS
        # (not "a U.S. surveillance drone": flying over is no attack; nor one drone, often
        # a scout, where "20 Ukrainian drones" or a missile is a strike)
        and not {"surveillance", "reconnaissance", "spy"} & set(tgt.text.lower().split())
        and not (tgt.text.lower().endswith(("drone", "uav")))
    )


def _downed_attack(e: Event, resolver: ActorResolver) -> Event:
    """The attack an interception stopped: the weapons' state on the interceptor's
    ("At least 20 Ukrainian drones were shot down over the Moscow region": Ukraine
    attacked Russia, and Russia shot the drones down)."""
    assert e.source is not None and e.target is not None and e.source.country
    attacked = resolver.state_actor(e.source.country, None)
    mode = "drone" if _weapon(e.target) in ("drone", "uav") else "aerial"
    return replace(e, source=e.target, target=attacked, mode=mode)


# dictionary matches that name a state: what forces are said to be of ("Russian forces")
COUNTRY_MATCH_KINDS = frozenset({"country", "capital", "demonym"})


# binding measures a state can defy ("violated UN sanctions"): the target is their author
BINDING_MEASURES = frozenset({"sanction", "embargo", "resolution"})


# "side by side with", "shoulder to shoulder with": said of an ally, as "alongside"
SIDE_BY_SIDE = frozenset({"side", "shoulder"})


def _ally_preps(tok: Token) -> list[Token]:
    """The prepositions that name who ``tok`` fights with: "alongside Russian forces",
    "side by side with Russian forces", "shoulder to shoulder with the army"."""
    out = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "alongside"]
    pairs = [c for c in tok.children if c.lower_ in SIDE_BY_SIDE]  # (parsed either way)
    pairs += [
        p
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in ("by", "to")
        for p in _pobjs(prep)
        if p.lower_ in SIDE_BY_SIDE
    ]
    return out + [w for p in pairs for w in p.children if w.dep_ == "prep" and w.lower_ == "with"]


# what a statement is written or spoken in ("was accused in a U.N. report of ...")
DOCUMENT_NOUNS = frozenset(
    {"report", "statement", "resolution", "letter", "communique", "declaration", "ruling"}
)
RULE_NOUNS = UNDER_ATTACK_NOUNS | DEFENCE_NOUNS


def _party(actor: Actor, parties: list[Actor]) -> bool:
    """Whether an actor is one of a deal's parties (the same name or dictionary entry)."""
    return any(
        _same(actor, p) or (actor.actor_id is not None and actor.actor_id == p.actor_id)
        for p in parties
    )


class EventCoder(TriggerAbsorption, TriggerFinding, EventSides):
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

        # the last word of every noun trigger ("operation" of "joint operation", "in" of
        # "sit-in", which the tokenizer splits) and the nouns read by rule: a noun that is
        # none of them is no trigger, and _match stops there
        heads = {key.split(" ")[-1] for key in lexicon.nouns}
        self._noun_heads = frozenset(heads | {word.split("-")[-1] for word in heads} | RULE_NOUNS)

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
            repair_parse(
                doc,
                scan,
                self._object_verbs,
                partial(self.resolver.names_actor, scan=scan),
                self._is_demonym,
            )
            for sent in doc.sents:
                text = sent.text  # (spaCy joins the words again at each call)
                if not text.strip():
                    continue
                if "\u2014" in text:
                    # a spaced hyphen parsed as a dash (nlp._dashed): keep the source's
                    source = article.text[offset + sent.start_char : offset + sent.end_char]
                    if len(source) == len(text):
                        text = source
                opinion = is_opinion(sent, self.cues)
                sentence = Sentence(
                    len(sentences),
                    offset + sent.start_char,
                    offset + sent.end_char,
                    text,
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
        for tok in sent if not doc_words(sent.doc).isdisjoint(COALITION_WORDS) else ():
            if tok.lemma_.lower() == "coalition" and tok.pos_ == "NOUN":
                # "The Saudi-led coalition intervened in 2015": whose a later one is
                self.resolver._countries_of(tok, scan, ctx)
        self._remember_titled_strangers(sent, scan, ctx)
        people = [m for m in inside if m.entry.kind == "person"]
        for m in people:
            self._remember_titles(sent.doc, m, ctx)
            # "Izetbegovic, Milosevic and Tudjman ...": each one's later bare surname
            ctx.remember_surname(_dated_person(sent.doc, m, ctx)[0])
        ctx.subject_person = self._subject_person(sent, people, ctx) or next(
            (
                self.resolver._surname_of_earlier(tok, scan, ctx)
                for tok in sent.root.children
                if tok.dep_ in ("nsubj", "nsubjpass")
            ),
            None,
        )  # '"...," Izetbegovic told reporters. He thanked ...': a surname subject, too
        for m in inside:  # "Russian forces pushed towards Pokrovsk. The troops shelled ..."
            last = sent.doc[m.end - 1]
            if m.entry.kind not in COUNTRY_MATCH_KINDS or not m.entry.country:
                continue
            if last.dep_ not in ("amod", "compound", "poss"):
                continue
            held = self.resolver._role_of(last.head)
            if held is not None and held.sector:
                force = self.resolver.country_actor(m.entry.country, last.head.text, held.sector)
                ctx.remember_forces(force)
        if people:
            ctx.remember(*_dated_person(sent.doc, max(people, key=lambda m: m.start), ctx))

    def _remember_titled_strangers(self, sent: Span, scan: Scan, ctx: ArticleContext) -> None:
        """A person the dictionary does not know, named in full with a state's title
        ("Mali's interim President Dioncounda Traore"): a later bare "Traore" is that
        state's, as a catalogued person's surname is."""
        for tok in sent:
            if (
                tok.pos_ != "PROPN"
                or tok.dep_ in ("compound", "flat")
                or scan.at(tok.i) is not None
                or tok.lower_ in ctx.surnames
                or not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
            ):
                continue
            titled = any(
                c.dep_ == "compound"
                and (role := self.resolver._role_of(c)) is not None
                and role.person
                for c in tok.children
            )
            # "the leader of the rebel movement Renamo, Ossufo Momade": the title is
            # the noun the name is in apposition to (the parser may hang it on the "of")
            post = tok.head if tok.dep_ == "appos" and tok.head.i < tok.i else None
            if post is not None and post.dep_ == "pobj" and post.head.lower_ == "of":
                post = post.head.head
            if post is not None and not titled:
                role = self.resolver._role_of(post)
                titled = role is not None and role.person
            if not titled:
                continue
            named = post if post is not None else tok
            found = [a for a in self.resolver.resolve(named, scan, ctx) if a.country]
            if post is not None:  # (a title joined to another name resolves with it)
                found = found[-1:] if len({a.country for a in found}) == 1 else found
            if len(found) == 1 and found[0].country not in ("IGO", "NGO"):
                ctx.surnames[tok.lower_] = found[0]

    @staticmethod
    def _subject_person(sent: Span, people: list[Match], ctx: ArticleContext) -> Actor | None:
        """The person the sentence's main clause is about: a named subject of its root
        verb, or the person its subject pronoun meant; None when the subject is not one
        person (a later "he" then means the last person named)."""
        for m in people:
            head = sent.doc[m.start : m.end].root
            if head.dep_ in ("nsubj", "nsubjpass") and head.head.i == sent.root.i:
                return _dated_person(sent.doc, m, ctx)[0]
        for tok in sent.root.children:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in ("he", "she"):
                found = ctx.pronouns.get(tok.idx) or []
                return found[0] if len(found) == 1 else None
        return None

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
        earlier = list(ctx.events[-12:])
        for trig in trigs:
            if trig.dropped:
                continue
            found = self._events_for(trig, trigs, sent, sentence, scan, ctx, article)
            events.extend(found)
            ctx.events.extend(e for e in found if not e.negated and e.certainty != "speculative")
        events = [_as_of(e, article.date) for e in events]
        events = _drop_sourceless_duplicates(events)
        if sum(t.entry.type == "ASSAULT" for t in trigs) == 1:
            events = _toll_of_last_attack(events, earlier)
        events = _drop_targetless_duplicates(events)
        events = _shared_targets(events)
        events = _answered_attacks(events, ctx.events, sentence.index)
        events = _retold_targets(events, earlier)
        events = _with_other_side(events, ctx.sides)
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
        events = _meeting_place(events)
        unique: list[Event] = []
        seen: set[tuple[object, ...]] = set()
        for ev in events:
            key = (ev.type, ev.source, ev.target, ev.trigger)
            if key not in seen:
                seen.add(key)
                unique.append(ev.with_id())
        sides = _two_sides(unique)
        known = {(a.country, a.actor_id) for a in ctx.sides}
        if sides and len(known & {(a.country, a.actor_id) for a in sides}) != 1:
            # (not a host with one of the sides: "welcomed the delegations" is Turkey
            # with Russia and with Ukraine; the sides are still Russia and Ukraine)
            ctx.sides = sides
            if sentence.index == 0 and ctx.dateline not in {a.country for a in sides}:
                # "JEDDAH - Sudan's army and the RSF signed ...": the dateline is the
                # venue of the talks, not the home of the story's unnamed actors
                ctx.dateline = None
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
                and not _emblem_of(sent.doc[m.end - 1])
                and not _backer_of(sent.doc[m.end - 1])
            ):
                found.add(m.entry.country)
        for ent in sent_ents(sent, ("GPE", "LOC")):
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
        if not any(e.type in ("SUPPORT", "AGREE", "COOPERATE") for e in events):
            return events  # none of the events below: no walk over the words
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
        between the parties of the agreement (CONSULT, third-party). A deal the parse gave
        the broker as its other side loses it (in ``events``, in place)."""
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
                    if _same(deal.target, broker) and deal.source is not None:
                        # "Wickremesinghe signed the Norwegian-brokered pact": the broker
                        # is no party the deal was made with
                        for known in (events, ctx.events):  # (later sentences refer back)
                            for i, e in enumerate(known):
                                if (
                                    e.trigger == deal.trigger
                                    and e.sentence == deal.sentence
                                    and _same(e.target, broker)
                                ):
                                    known[i] = replace(e, target=None)
                        deal = replace(deal, target=None)
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

    def _is_demonym(self, text: str) -> bool:
        """Whether a word is a nationality adjective (the parse repairs' test)."""
        return self._of_kind(text, "demonym")

    def _link_content(self, trigs: list[_Trig]) -> None:
        """Mark triggers that are the content of a governing trigger."""
        by_tok = {t.tok.i: t for t in trigs}
        for trig in trigs:
            if _punished_for(trig.tok, by_tok):
                trig.dropped = True
                continue
            node = trig.tok
            stopped = False  # "agreed to cease hostilities": the content is an end to force
            via_of = False  # "accused them of inciting violence": inside what is alleged
            for _ in range(4):
                stopped = stopped or (node.pos_ == "VERB" and node.lemma_.lower() in STOP_VERBS)
                infinitive = node.dep_ == "advcl" and (
                    _infinitive(node)
                    or (
                        node.tag_ == "VBG"
                        and not any(c.dep_ == "mark" for c in node.children)
                        and not _fronted_adjunct(node)
                        and not (
                            node is trig.tok
                            and node.i > 0
                            and node.doc[node.i - 1].text == ","
                            and (
                                trig.entry.type == "ACCUSE"
                                or (
                                    trig.entry.type in DEED_TYPES
                                    and any(c.dep_ == "dobj" for c in node.head.children)
                                )
                            )
                        )
                    )
                )  # "have sworn to fight", "ruled out ceding territory": adverbial parses
                # (", accusing Kyiv of ..." after a comma is an accusation of its own, and
                # so is a deed after a comma once the verb has its object: "defied a
                # ban on protests, marching on parliament"; not words: ", vowing to ...")
                blamed = node.dep_ == "nsubjpass" and node.head.lemma_.lower() == "blame"
                if (
                    not infinitive
                    and not blamed
                    and node.dep_
                    not in (
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
                    )
                ):
                    break
                if (
                    node.dep_ == "conj"
                    and node.head.i in by_tok
                    and node.pos_ == "VERB"
                    and not (node.tag_ == "VB" and _infinitive(node.head))
                ):
                    break  # "met and agreed": two events of their own (not coordinated
                    # objects: "demand the withdrawal of the bill and the resignation of X",
                    # nor infinitives sharing one "to": "signed accords to establish
                    # relations and open the border")
                if node.dep_ == "conj" and node.tag_ == "VBD" and node.head.tag_ == "VB":
                    break  # "called on Assad to step aside and imposed sanctions": a past
                    # verb coordinated with the infinitive is the caller's own act
                if node.dep_ == "prep" and node.lower_ in TIME_PREPS:
                    break  # "agreed to a ceasefire after two days of fighting": a time
                if (
                    node.dep_ == "prep"
                    and node.lower_ in ("at", "in")
                    and trig.tok.dep_ == "acl"
                    and trig.tok.head.head.i == node.i
                ):
                    break  # "signed the accord at a ceremony hosted by X": the setting
                if (
                    node.dep_ == "prep"
                    and node.lower_ in ("at", "during")
                    and trig.entry.type == "CONSULT"
                    and node.head.tag_ in ("VBD", "VBZ", "VBP")
                    and node.head.i in by_tok
                    and by_tok[node.head.i].entry.type == "AGREE"
                ):
                    break  # "At a summit in Asmara, A and B signed ...": where they met
                    # (not "urged NATO to offer a plan at their summit": what is urged)
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
                if (
                    gov.entry.type == "AGREE"
                    and trig.entry.type in ("COOPERATE", "AID")
                    and not (
                        trig.tok.pos_ == "VERB"
                        and gov.tok.pos_ == "VERB"
                        and trig.entry.particle is not None
                        and trig.entry.object is None
                    )
                ):
                    break  # "signed an arms deal": the deal is the event (see absorb);
                    # but "agreed to work together (on ...)", "agreed to team up": a
                    # phrasal promise of cooperation in general, not the act itself
                if (
                    gov.entry.type == "AGREE"
                    and gov.tok.lemma_.lower() == "agree"
                    and trig.entry.type == "SANCTION"
                    and trig.tok.dep_ == "xcomp"
                    and trig.tok.head.i == gov.tok.i
                ):
                    # "EU ministers agreed to ban imports of Iranian oil": a sanction
                    # decided by the bloc's members, not an intent or a threat to others
                    gov.dropped = True
                    break
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
                if gov.entry.type == "REJECT" and _owned_accusation(trig):
                    break  # "Kyiv's allegation that ... was dismissed": the claim is Kyiv's act
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
                        # "agreed to shut down its reactor": a concession on its own things
                        and not (gov.tok.lemma_.lower() == "agree" and _own_object(trig.tok))
                        # "agreed to respect a U.N. arms embargo": to abide by one
                        and not _abided(trig.tok)
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
                            trig.tok.dep_ in ("dobj", "nsubjpass")  # "shelling was blamed"
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

    # -- one trigger --------------------------------------------------------------------------

    def _not_an_event(self, trig: _Trig, trigs: list[_Trig]) -> bool:
        """Whether a trigger's words, read in their sentence, tell no act of their own:
        an aim, a purpose, a deal's terms, a time, a second telling of another trigger's
        act."""
        if _in_exchange(trig.tok, self._trigger_tokens):
            return True  # "... in exchange for prisoners released from Israeli jails": below
        if _aim_of_act(trig, self._trigger_tokens):
            return True  # "launched air strikes to halt their advance": the aim, not an act
        if _means_purpose(trig.tok):
            return True  # "weapons to fight Islamic State": what the weapons are for
        if _participle_after_to(trig.tok):
            return True  # "withdraw to internationally recognised borders": an adjective
        if self._toll_of_exchange(trig):
            return True  # "A and B exchanged fire, killing two civilians": by neither alone
        if trig.entry.lemma in AGENT_ONLY_VERBS and not any(
            c.dep_ in ("nsubj", "agent") for c in trig.tok.children
        ):
            return True  # "residents confined to their homes": a state, not someone's act
        if _content_of_deal(trig.tok):
            return True  # "agreed to a deal to evacuate fighters": what the deal provides
        if _time_of_told_event(trig.tok):
            return True  # "accused the coalition of air strikes during the talks": a time
        if _consult_aim(trig, trigs):
            return True  # "telephoned Erdogan to discuss the grain corridor": one call
        if _deal_sought(trig, trigs):
            return True  # "negotiated through the night to reach a deal": not yet reached
        if (
            trig.entry.type == "SANCTION"
            and _halted_act(trig.tok)
            and any(t.tok.i == trig.tok.head.i and t.entry.type == "SANCTION" for t in trigs)
        ):
            return True  # "could stop cooperating with the inspectors": the stopping verb's
            # own entry tells this sanction (with its condition)
        # "the attack that killed 12 soldiers": one event, the verb's
        return trig.tok.pos_ == "NOUN" and any(
            t.tok.dep_ == "relcl"
            and t.tok.head.i == trig.tok.i
            and t.entry.type == trig.entry.type
            and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in t.tok.children)
            for t in trigs
        )

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
        if self._not_an_event(trig, trigs):
            return []
        sources, targets = self._arguments(trig, scan, ctx)
        if not targets and trig.entry.type == "REQUEST":
            # "met Assad in Damascus to press for a ceasefire": asked of whom was met
            targets = [
                a
                for host in _met_for_purpose(trig, trigs) + _visit_host(trig)
                for a in self.resolver.resolve(host, scan, ctx)
            ]
        if trig.entry.type == "AGREE" and not any(t.country for t in targets):
            # "Olmert told Annan that Israel would accept the text", "assured Kyiv it would
            # honour the deal": an acceptance or pledge told to someone is made to them
            told = _told_listener(trig.tok)
            if told is not None:
                heard = [a for a in self.resolver.resolve(told, scan, ctx) if a.country]
                own = {a.country for a in sources}
                targets = [a for a in heard if a.country not in own] or targets
        if not targets and trig.entry.type in PROVOKED_TYPES:
            # "stormed the Mexican embassy ..., prompting Mexico to sever relations": the
            # response is aimed at whoever provoked it
            targets = [a for h in _provoker(trig.tok) for a in self.resolver.resolve(h, scan, ctx)]
        denial = (
            trig.entry.type == "REJECT"
            and trig.entry.object is None
            and (
                _denies_act(trig.tok)
                or any(c.dep_ == "nsubjpass" for c in _rejected_claims(trig.tok))
            )
        )
        if denial:
            # "Iran denied supplying drones to Russia": a denial answers whoever made the
            # charge (named earlier in the article, or no one), not the act's target
            trig.mode = None
            trig.entry = replace(trig.entry, mode=None)
            targets = (
                self._claimants(trig, sources, scan, ctx)
                or self._accusers(sources, ctx)
                or _reporters(sources, ctx)
            )
        if trig.entry.type == "ASSAULT" and _into_the_sea(trig.tok):
            # "fired 18 ballistic missiles into the sea": a weapons test or show of force
            trig.entry = replace(trig.entry, type="MOBILIZE", mode="weapons")
            trig.mode = "weapons"
            targets = []
        if trig.entry.type in ("ASSAULT", "COERCE") and _in_drills(trig.tok):
            # "warships surrounded Taiwan in drills that simulated a blockade": a
            # show of force, not the act it rehearses
            trig.entry = replace(trig.entry, type="MOBILIZE", mode=None)
            trig.mode = None
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
        if (
            not sources
            and trig.entry.type == "ACCUSE"
            and trig.tok.lemma_.lower() == "summon"
            and _agentless(trig.tok)
        ):
            sources = self._envoy_host(trig.tok, scan, ctx)
        if (
            not sources
            and trig.entry.type in ("ACCUSE", "SUPPORT")
            and trig.tok.pos_ == "VERB"
            and _agentless(trig.tok)
        ):
            sources = self._document_authors(trig.tok, scan, ctx)
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
        if trig.entry.type == "SANCTION" and _halted_act(trig.tok):
            mod.negated = False  # "stopped approving arms exports": the stop is the sanction
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
        # "Analysts said Iran would not accept the deal", "diplomats said Hungary would
        # not support ...": others' forecast, not a refusal its own side stated
        attributed: Actor | None = None
        if mod.source_of_claim is not None:
            found = self.resolver.resolve(mod.source_of_claim, scan, ctx)
            attributed = found[0] if found else None
        own_side = mod.source_of_claim is None or (
            mod.source_of_claim.lemma_.lower() not in ONLOOKER_NOUNS
            # (a source with no country yet, "the government", is the speaker's own)
            and (not any(a.country for a in sources) or _own_statement(attributed, sources))
        )
        if (
            mod.negated
            and trig.content_of is None
            and own_side
            and _refusal(trig)
            # "would not recognise the junta": a refusal to back someone the text names
            and (trig.entry.type != "SUPPORT" or any(t.country for t in targets))
        ):
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
        if (
            trig.entry.type == "ASSAULT"
            and attributed is not None
            and attributed.country
            and mod.source_of_claim is not None
            and _claiming_responsibility(mod.source_of_claim.head)
            and all(a.country is None and a.actor_id is None for a in sources)
        ):
            # "A suicide bomber killed 12 policemen, the Pakistani Taliban said in a
            # statement claiming responsibility": the claimant's own attack
            sources = [attributed]
        certainty = mod.certainty
        clause = trig.anchor if trig.anchor is not None else trig.tok
        if (
            trig.entry.type == "AGREE"
            and mod.intent
            and not mod.unattributed_intent  # "will sign the accord next week": a plan
            and not mod.negated
            and not mod.conditional
            and certainty == "speculative"
            # "diplomats said Ethiopia would sign the deal if ...": others' reading of a
            # conditional stance (an actor's own "said it would sign if ..." is an offer)
            and not (on_condition(clause) and not _pronoun_subject(clause))
        ):
            # "said it was ready to abide by the resolution": the stated readiness is the
            # agreement PLOVER codes
            certainty = "reported" if mod.source_of_claim is not None else "asserted"
        if trig.entry.type == "AGREE" and only_sought(clause):
            certainty = "speculative"  # "met to hammer out a deal", "tried to reach an accord"
        if trig.content_of is not None and trig.content_of.entry.type == "ACCUSE":
            accuser, accused = self._arguments(trig.content_of, scan, ctx)
            if (
                not accuser
                and trig.content_of.tok.pos_ == "VERB"
                and _agentless(trig.content_of.tok)
            ):
                accuser = self._document_authors(trig.content_of.tok, scan, ctx)
            sources = accused or sources
            if not sources:
                return []  # "accusing them of passing information to the court": the
                # charge is the event; an act alleged of no one named adds nothing
            certainty, attributed = "claimed", (accuser[0] if accuser else attributed)
        if trig.entry.type == "CONSULT" and trig.mode == "third-party":
            hosted = [a for a in targets if a.country or a.actor_id]
            if len(hosted) >= 2 and not trig.entry.lemma.startswith("shuttle"):
                # "Scholz hosted Aliyev and Pashinyan": they met, too (not "shuttled
                # between Belgrade and Pristina": the envoy went from one to the other)
                extra.extend(self._hosted_meeting(trig, hosted, sent, sentence, article, mod))
            targets = hosted[:1] or self._mediated_parties(trig, trigs, scan, ctx) or targets
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
        if self._damage_of_attack(trig) or self._effect_of_deal(trig):
            return []  # "struck energy facilities, cutting power to 200,000 homes"
        if trig.entry.type == "THREATEN" and _characterisation(trig.tok):
            return []  # "cautioned that it was a repositioning, not a withdrawal"
        if (
            _habitual(trig)
            or _historical(trig, article.date)
            or _cause_of(trig.tok, self._trigger_tokens)
            or _kind_described(trig.tok)
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
        if trig.entry.type == "REJECT" and trig.mode == "meet" and trig.tok.pos_ == "VERB":
            # "blocked the start of membership talks with Sweden and Finland": the side
            # the talks were to be held with
            talks = [
                p
                for d in trig.tok.children
                if d.dep_ == "dobj" and d.lemma_.lower() in PHASE_NOUNS
                for p in _prep_objects(d, frozenset({"of"}))
            ]
            parties = [
                a
                for t in talks
                for h in _prep_objects(t, frozenset({"with"}))
                for a in self.resolver.resolve(h, scan, ctx)
                if a.country and a not in sources
            ]
            targets = parties or targets
        if trig.entry.type == "REJECT" and trig.mode == "meet" and not targets:
            meeting = self._meeting_left(trig.tok)  # "... out of the meeting with Pashinyan"
            if meeting is not None:
                others = [  # (not where it was held: "out of the talks in Washington")
                    p
                    for c in meeting.children
                    if c.dep_ == "prep"
                    for p in _pobjs(c)
                    if not _venue(p, scan)
                ]
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
            homes = {a.country for a in sources if a.country and a.sector in STATE_SECTORS}
            if not targets and len(homes) == 1:
                # "Lukashenko rejected opposition demands for a new election": an
                # opposition or protest movement with no country of its own is at home
                home = next(iter(homes))
                targets = [
                    _with_country(a, home)
                    for d in trig.tok.children
                    if d.dep_ == "dobj" and d.lemma_.lower() in (*DEMAND_NOUNS, "call")
                    for h in d.children
                    if h.dep_ in ("compound", "poss", "amod") and h.lemma_.lower() in DISSENT_NOUNS
                    for a in self.resolver.resolve(h, scan, ctx)
                    if a.country is None and a.sector in ("OPP", "CVL")
                ]
        if not targets and sources and trig.entry.type == "MOBILIZE":
            targets = self._opponent(trig, scan, ctx, sources)  # "for a war against Iraq"
        if (
            sources
            and trig.entry.type in REFERRING_TYPES
            and (
                not targets
                or (trig.tok.dep_ == "relcl" and trig.tok.head.lemma_.lower() in CLAIM_NOUNS)
            )
        ) or (
            sources
            and trig.entry.type in (*REFERRING_TYPES, "REQUEST")
            and _pronoun_reference(trig.tok) is not None
            and not any(t.country not in {a.country for a in sources} for t in targets)
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
                # an ultimatum may be put on a party at home: "the army gave the RSF 48 hours",
                # and an accusation made of one: "Ankara said the PKK was behind the bombing"
                or (
                    trig.entry.type in ("THREATEN", "ACCUSE")
                    and a.sector not in {b.sector for b in sources}
                )
            ]
            if trig.entry.type == "ACCUSE":
                # "found that Sudanese government forces and allied militias had ...": the
                # culprits with a state, not also the stateless ones beside them
                targets = [a for a in targets if a.country] or targets
            if not targets or not sources:
                return []
        if not targets and sources and trig.entry.type in ("MOBILIZE", "RETREAT"):
            targets = self._across_border(trig, scan, ctx, sources)
        if trig.entry.type in ("AGREE", "CONCEDE") and trig.tok.pos_ == "VERB":
            # "agreed to a plan for ending the war in Georgia after talks in Moscow with
            # Sarkozy": the agreement is with whom it was negotiated (not the war's place)
            targets = self._negotiated_with(trig, scan, ctx, sources) or targets
        if not targets and len(sources) > 1 and trig.entry.type in SYMMETRIC_TYPES:
            # "Egypt and Qatar held talks with Hamas": joint subjects and whom they met
            targets = self._joint_partners(trig, scan, ctx, {a.country for a in sources})
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
        elif where is None and sources and trig.mode == "visit":
            where = self._visited(trig, sent, scan, sources)  # "visited Yerevan": there
        if (
            trig.entry.type == "REJECT"
            and trig.entry.mode == "yield"
            and trig.entry.object in BINDING_MEASURES
        ):
            targets = self._measure_author(trig, scan, ctx)  # "violated UN sanctions"
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
        if trig.entry.type == "COOPERATE" and trig.tok.lemma_.lower() == "hand":
            # "handed Hambali over to U.S. custody": the state whose custody takes him
            keepers = [
                a
                for t in trig.tok.subtree
                if t.dep_ == "pobj" and t.head.lower_ in ("to", "into") and _custody(t)
                for a in self.resolver.resolve(t, scan, ctx)
                if a.country and a.country not in ("IGO", "NGO")
            ]
            if keepers:
                targets = [self.resolver.state_actor(keepers[0].country, "GOV")]  # type: ignore[arg-type]
        if not sources and place and trig.entry.type == "ASSAULT" and _downing(trig.tok):
            # "20 Ukrainian drones were shot down over the Moscow region": by its defenders
            sources = [self.resolver.state_actor(place, "MIL")]
        if (
            not sources
            and place
            and place not in ("IGO", "NGO")
            and trig.entry.type == "ASSAULT"
            and trig.tok.lemma_.lower() in EXECUTION_WORDS
        ):
            # "condemned the execution of four prisoners in Iran": put to death by the
            # state whose courts sentenced them
            sources = [self.resolver.state_actor(place, "JUD")]
        stateless = all(t.country is None for t in targets)  # before a place fills one in
        targets = self._hit_with_object(trig, scan, ctx, targets)
        sources, targets = _infer_countries(
            trig.entry.type, sources, targets, place, ctx.home, trig.mode, ctx.dateline
        )
        if not targets and sources and trig.entry.type == "COERCE":
            # "blocked aid convoys from entering Gaza": aimed at the place kept out of reach
            dest = _blocked_destination(trig.tok)
            kept = self.gazetteer.find(_span_text(dest)) if dest is not None else None
            if kept is not None and kept.country and kept.country != sources[0].country:
                targets = [self.resolver.state_actor(kept.country, "GOV")]
        if sources and (
            not targets
            # "crowds marched on the Sule Pagoda": a protest at a place no state owns here
            or (trig.entry.type == "PROTEST" and all(t.country is None for t in targets))
        ):
            targets = self._own_state(trig, sources, where) or targets
        sources, targets = _home_government(sources, targets), _home_government(targets, sources)
        self._retype_by_parties(trig, sources, targets)
        if not targets and trig.entry.type in SYMMETRIC_TYPES and _rival_sides(sources):
            # "Yemen's warring parties agreed to a ceasefire": between that state's sides
            targets = [self.resolver.state_actor(sources[0].country, "GOV")]  # type: ignore[arg-type]
        if trig.entry.object == "operation" and not _armed_operations(trig.tok, sources):
            return []  # "Shell halted operations in the Delta": a firm's work, not a truce
        if self._business_only(trig.entry.type, sources, targets):
            return []  # "Shell attacked the plan", "Intel will invest $20 billion in Ohio"
        if (
            trig.entry.type == "COOPERATE"
            and trig.tok.lemma_.lower() in PARTNER_VERBS
            and not {t.country for t in targets} - {s.country for s in sources} - {None}
            and len({s.country for s in sources} - {None}) < 2  # ("Russia and Turkey began
            # pumping gas through Blue Stream": partners to each other)
        ):
            return []  # "the army trained new recruits", "Iraq began pumping oil": at
            # home; cooperation when another state is on the receiving end
        if trig.entry.type == "AID" and not any(t.country for t in targets) and _sum_given(trig):
            return []  # "gave away 2 billion pounds in tax cuts": money to no one named
        # joint subjects of a meeting or a deal that met or dealt "with" another party
        partnered = (
            len(sources) > 1
            and trig.entry.type in SYMMETRIC_TYPES
            and bool(targets)
            and bool(self._joint_partners(trig, scan, ctx, {a.country for a in sources}))
        )
        pairs = self._pairs_for(trig, sources, targets, stateless, partnered)
        if not pairs:
            return []
        out = self._build_events(
            trig, pairs, sent, sentence, article, where, certainty, attributed, mod.negated
        )
        out = self._follow_on_events(trig, out, pairs, mod, attributed, scan, ctx)
        return out + extra

    def _pairs_for(
        self,
        trig: _Trig,
        sources: list[Actor],
        targets: list[Actor],
        stateless: bool,
        partnered: bool = False,
    ) -> list[tuple[Actor | None, Actor | None]]:
        """Who did the act to whom, one pair an event: each to the other for a mutual
        act of several sources, each mediator with the parties, each host with the one
        met; never a press encounter or a speech to no named party. ``partnered``: the
        targets are whom joint subjects met or dealt "with" (see ``_pairs``)."""
        if (
            (
                (trig.tok.lemma_.lower() in self.lex.reciprocal or _mutual(trig.tok))
                and len(sources) > 1
                and stateless  # (not "swapped prisoners in Abu Dhabi": the UAE's)
            )
            or (  # "Indian and Pakistani troops exchanged fire in Kashmir": the place is
                # where the two sides fought, not a side (it is one of theirs)
                (trig.tok.lemma_.lower() in self.lex.reciprocal or _mutual(trig.tok))
                and len({s.country for s in sources} - {None}) > 1
                and targets
                and all(
                    t.sector is None
                    and (t.actor_id or "").startswith("country:")
                    and t.country in {s.country for s in sources}
                    for t in targets
                )
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
        elif (
            trig.mode == "release"
            and not sources
            and len({t.country for t in targets} - {None}) == 2
            and len(targets) == 2
        ):
            # "the exchange freed 95 Ukrainian and 95 Russian servicemen": people of two
            # sides freed in one act with no one named as freeing them are swapped, each
            # side's freed by the other
            first, second = targets
            pairs = [(second, first), (first, second)]
        elif trig.mode == "third-party" and targets:
            # "talks facilitated by Saudi Arabia and the United States": each mediator
            # with the parties, not one co-mediator with the other (but with no party
            # named, "South Korea and Japan resumed their shuttle diplomacy": each other)
            pairs = [(a, b) for a in sources for b in targets if not _same(a, b)]
        elif (
            trig.entry.type == "CONSULT"
            and len(sources) > 1
            and targets
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in trig.tok.children)
        ):
            # "Putin was met by Xi and Modi": each host with the one met, not the hosts
            # with each other
            pairs = [(a, b) for a in sources for b in targets if not _same(a, b)]
        else:
            pairs = _pairs(trig.entry.type, sources, targets, partnered)
        if trig.entry.type == "CONSULT":
            # "met reporters", "told journalists": a press encounter, not consultation
            pairs = [
                (a, b)
                for a, b in pairs
                if not (b is not None and b.sector == "MED" and b.actor_id is None)
                # "spoke to Aliyev", not "spoke to the nation": a named party of a state
                and not (
                    trig.entry.lemma == "speak"
                    and trig.entry.particle == "to"
                    and (b is None or b.country is None)
                )
                # "a meeting of his security cabinet", "convened his security council":
                # a government conferring within itself, no one else's party
                and not (
                    b is not None
                    and a is not None
                    and a.country is not None
                    and a.country == b.country
                    and a.sector == b.sector == "GOV"
                    and b.text.lower().split()[0] in ("his", "her", "its", "their")
                )
            ]
        return pairs

    def _build_events(
        self,
        trig: _Trig,
        pairs: list[tuple[Actor | None, Actor | None]],
        sent: Span,
        sentence: Sentence,
        article: Article,
        where: Location | None,
        certainty: str,
        attributed: Actor | None,
        negated: bool,
    ) -> list[Event]:
        """One event a pair, with the trigger's date, contexts and place."""
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
                negated=negated,
                intensity=self.lex.intensity_of(trig.entry.type, trig.mode),
                trigger=_trigger_text(trig),
                cameo=self.lex.cameo_of(trig.entry.type, trig.mode),
            )
            out.append(ev)
        return out

    def _follow_on_events(
        self,
        trig: _Trig,
        out: list[Event],
        pairs: list[tuple[Actor | None, Actor | None]],
        mod: Modality,
        attributed: Actor | None,
        scan: Scan,
        ctx: ArticleContext,
    ) -> list[Event]:
        """What the coded events imply: the other half of an exchange, allies fighting
        alongside, an attack a downing answers, the stated intent a promise makes; and
        the meeting remembered for later references to "the talks"."""
        if trig.entry.type == "RETREAT" and out and not mod.negated:
            out.extend(self._exchanged(trig, out[0], scan, ctx))
        if trig.entry.type == "ASSAULT" and out:
            out = self._fought_alongside(trig, out, scan, ctx)
        if trig.entry.type == "ASSAULT" and out and _downing(trig.tok):
            out.extend(_downed_attack(e, self.resolver) for e in list(out) if _launched(e))
        stated = _speaker_organs(out, attributed) if mod.intent else out
        if (
            mod.intent
            and not (mod.unattributed_intent and trig.entry.type == "CONSULT")
            # "a court in Paris will deliver its verdict next month": a court's docket
            # is a schedule, not anyone's stated intent
            and not (
                mod.unattributed_intent
                and out
                and all(e.source is not None and e.source.sector == "JUD" for e in out)
            )
            and not mod.negated
            and (not mod.conditional or mod.unless)
            # ("Washington could ease some sanctions if Iran complies": no offer made)
            and not (mod.conditioned_step and trig.entry.type not in INTENT_THREAT_MODES)
            and trig.content_of is None
            and not _deal_subject(trig.tok)
            and _own_statement(attributed, [e.source for e in stated])
            # "Analysts said Israel would attack Iran": a prediction by onlookers
            and not (
                mod.source_of_claim is not None
                and mod.source_of_claim.lemma_.lower() in ONLOOKER_NOUNS
            )
        ):
            intents = self._intent_events(trig, stated, attributed, threat=mod.unless)
            if any(e.type == "THREATEN" and e.target is None for e in intents):
                # "would respond with military-technical measures if Finland joined
                # NATO": a threat with no one named is held out to the condition's doer
                party = self._condition_party(trig, scan, ctx, intents)
                intents = [
                    replace(e, target=party) if e.type == "THREATEN" and e.target is None else e
                    for e in intents
                ]
            if len(ctx.sides) == 2 and _term_of_deal(trig.tok):
                intents = _terms_by_sides(intents, ctx.sides)
            out.extend(intents)
        if trig.entry.type == "CONSULT" and trig.mode != "third-party" and not mod.negated:
            ctx_pair = [a for a in (pairs[0][0], pairs[0][1]) if a is not None]
            ctx.by_role["__consult__"] = ctx_pair[0]
            if len(ctx_pair) > 1:
                ctx.by_role["__consult_target__"] = ctx_pair[1]
        return out

    def _fought_alongside(
        self, trig: _Trig, out: list[Event], scan: Scan, ctx: ArticleContext
    ) -> list[Event]:
        """ "North Korean troops are fighting alongside Russian forces in Kursk": the
        fighters cooperate with their ally (COOPERATE), and the fight has a target only
        when an opponent is named ("... against jihadists"), not the place it is in."""
        tok = trig.tok
        allies = [
            a
            for prep in _ally_preps(tok)
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
            (c.dep_ == "dobj" and c.lower_ not in SIDE_BY_SIDE)
            or (c.dep_ == "prep" and c.lower_ == "against")
            for c in tok.children
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
        by_igo = bool(sources) and all(a.country == "IGO" for a in sources)
        if (
            type_ == "COERCE"
            and mode == "deport"
            and by_igo
            and targets
            and all(t.sector == "GOV" for t in targets)
        ):
            # "the Arab League expelled Syria", "Russia was thrown out of the Council of
            # Europe": a state put out of an organisation is sanctioned, not deported
            trig.entry = replace(trig.entry, type="SANCTION", mode="expel")
            trig.mode = "expel"
        elif to_igo and (
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
            # (not "settlers attacked Palestinian farmers": armed civilians' raids)
            and not any(a.text.lower().rstrip("s").endswith("settler") for a in sources)
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
            and (
                (targets and all(t.sector in PRIVATE_SECTORS for t in targets))
                # ("told her to leave": one person, not a mission)
                or any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in trig.tok.children)
            )
        ):
            # "told a BBC correspondent to leave the country": expelling a person who
            # represents no state is a deportation (CAMEO 174), not a diplomatic sanction
            trig.entry = replace(trig.entry, type="COERCE", mode="deport")
            trig.mode = "deport"
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
        elif (
            type_ == "MOBILIZE"
            and len({a.country for a in sources if a.country}) > 1
            and any(
                g.dep_ == "amod" and g.lower_ == "joint"
                for c in trig.tok.children
                if c.dep_ == "dobj"
                for g in c.children
            )
        ):
            # "Sudan and Chad deployed a joint force along their border": one force of two
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
        own = {a.country for a in sources}
        if ref is None and _pronoun_reference(trig.tok) is not None:
            # "Iran seized a Greek tanker, and Athens called it an act of piracy": whoever
            # did the last act the pronoun can mean, if not the speaker's side
            return next(
                (
                    [e.source]
                    for e in reversed(ctx.events)
                    if e.type in REFERRED_ACTS
                    and e.source is not None
                    and e.source.country not in (*own, None)
                ),
                [],
            )
        if ref is None:
            return []
        claim = ref.lemma_.lower() in CLAIM_NOUNS
        kinds = REFERENCE_TYPES.get(ref.lemma_.lower())
        events = ctx.events
        if kinds and any(e.type in kinds for e in events):
            events = [e for e in events if e.type in kinds]  # "the bombing": the last attack
        pact = ref.lemma_.lower() in TREATY_NOUNS
        if pact and any(e.target is not None and e.target.country for e in events):
            # "welcomed the agreement": the deal two parties made, not a speaker's "We
            # have reached an agreement" told in a quote after it
            events = [e for e in events if e.target is not None and e.target.country]
        for event in reversed(events):
            # "rejected the accusation": whoever made the claim; "the raid": whoever did it;
            # "the agreement": either party to it
            candidates = (
                [event.attributed_to, event.source if event.type == "ACCUSE" else None]
                if claim
                else [event.source, event.target]
                if pact
                else [event.source]
            )
            for actor in candidates:
                if actor is not None and actor.country and actor.country not in own:
                    return [actor]
            parties = [a for a in (event.source, event.target) if a is not None and a.country]
            if pact and parties and not any(_party(s, parties) for s in sources):
                # "President Kumaratunga criticised the agreement" the government signed
                # with the rebels: a party of her own state that is not herself
                return parties[:1]
            others = [p for p in parties if not any(_party(s, [p]) for s in sources)]
            if pact and len(parties) == 2 and len(others) == 1:
                # "A splinter group of Renamo fighters rejected the deal" Renamo's leader
                # signed with the president: the other party, though of the same state
                return others
        return []

    def _effect_of_deal(self, trig: _Trig) -> bool:
        """An end to fighting told as what a deal does ("signed a peace agreement,
        ending a rebellion"): the deal's effect, coded with the deal, not a second act
        of each side."""
        tok = trig.tok
        return (
            trig.entry.type == "RETREAT"
            and tok.tag_ == "VBG"
            and tok.dep_ in ("advcl", "conj", "xcomp")
            and tok.head.i in self._trigger_tokens
            and any(e.type == "AGREE" for e in self.lex.verbs.get(tok.head.lemma_.lower(), ()))
        )

    def _damage_of_attack(self, trig: _Trig) -> bool:
        """A supply cut told as what an attack did ("missiles struck the grid, cutting
        power to 200,000 homes"): damage done by the attack, not a second, coercive act.
        The same for what a sanction does ("slapped sanctions on the central bank,
        cutting Moscow off from its reserves"), or with the attack as its subject ("a
        drone attack on a power station cut electricity to the city")."""
        tok = trig.tok
        if trig.entry.type != "COERCE" or trig.mode != "withhold":
            return False
        if any(
            c.dep_ == "nsubj"
            and c.i in self._trigger_tokens
            and any(e.type == "ASSAULT" for e in self.lex.nouns.get(c.lemma_.lower(), ()))
            for c in tok.children
        ):
            return True
        return (
            tok.tag_ == "VBG"
            and tok.dep_ in ("advcl", "conj", "xcomp")
            and tok.head.i in self._trigger_tokens
            and any(
                e.type in ("ASSAULT", "SANCTION")
                for e in self.lex.verbs.get(tok.head.lemma_.lower(), ())
            )
        )

    def _document_authors(self, verb: Token, scan: Scan, ctx: ArticleContext) -> list[Actor]:
        """Who speaks in the report an agentless statement is made in ("Eritrea was
        accused in a U.N. report of arming ..."): the report's author."""
        return [
            a
            for d in _prep_objects(verb, frozenset({"in"}))
            if d.lemma_.lower() in DOCUMENT_NOUNS
            for a in self.resolver.resolve(d, scan, ctx)
            if a.country
        ]

    def _toll_of_exchange(self, trig: _Trig) -> bool:
        """Whether an attack participle tells the toll of fire two sides exchanged
        ("Indian and Pakistani troops exchanged fire, killing two civilians"): the
        exchange is coded each way; the dead were killed by neither side alone."""
        tok, head = trig.tok, trig.tok.head
        if not (
            trig.entry.type == "ASSAULT"
            and tok.tag_ == "VBG"
            and tok.dep_ == "advcl"
            and head.i in self._trigger_tokens
            and (head.lemma_.lower() in self.lex.reciprocal or _mutual(head))
        ):
            return False
        subjects, _passive = _subjects(head)
        return len(subjects) > 1 or any(
            c.conjuncts for s in subjects for c in s.children if c.dep_ in ("amod", "compound")
        )

    def _hit_with_object(
        self, trig: _Trig, scan: Scan, ctx: ArticleContext, targets: list[Actor]
    ) -> list[Actor]:
        """ "ambushed a Serbian police patrol near Pristina, killing two officers": the
        unnamed people an attack's participle kills are of the attacked object's
        country, not of the place it happened in."""
        tok = trig.tok
        if not (
            trig.entry.type == "ASSAULT"
            and tok.tag_ == "VBG"
            and tok.dep_ == "advcl"
            and tok.head.i in self._trigger_tokens
            and any(e.type == "ASSAULT" for e in self.lex.verbs.get(tok.head.lemma_.lower(), ()))
        ):
            return targets
        # ("opened fire on peacekeepers", "clashed with police": the attacked object
        # after the verb's preposition, too)
        objects = [c for c in tok.head.children if c.dep_ == "dobj"]
        hit_objects = objects + [
            p
            for h in [tok.head, *(o for o in objects if o.lemma_.lower() == "fire")]
            for p in _prep_objects(h, HIT_PREPS)
            if p.i < tok.i
        ]
        hit_actors = [a for c in hit_objects for a in self.resolver.resolve(c, scan, ctx)]
        hit = {a.country for a in hit_actors if a.country and a.country not in ("IGO", "NGO")}
        if not hit and {a.country for a in hit_actors} == {"IGO"}:
            # "clashed with NATO peacekeepers, injuring 30 soldiers": the soldiers hurt
            # are the peacekeepers attacked
            return [
                _with_country(t, "IGO")
                if t.country is None and t.actor_id is None and t.sector == "MIL"
                else t
                for t in targets
            ]
        if len(hit) != 1:
            return targets
        country = next(iter(hit))
        return [
            _with_country(t, country)
            if t.country is None and t.actor_id is None and t.sector in ("MIL", "COP", "CVL")
            else t
            for t in targets
        ]

    def _envoy_host(self, verb: Token, scan: Scan, ctx: ArticleContext) -> list[Actor]:
        """Who summoned an envoy when no one is named: the state he is posted to ("Beijing's
        ambassador in Manila was summoned", "the Russian envoy to Warsaw was summoned")."""
        posts = [
            p
            for c in verb.children
            if c.dep_ == "nsubjpass" and c.lemma_.lower() in ENVOY_NOUNS
            for p in _prep_objects(c, frozenset({"in", "to"}))
        ]
        hosts = [
            a.country
            for p in posts
            for a in self.resolver.resolve(p, scan, ctx)
            if a.country and a.country not in ("IGO", "NGO")
        ]
        return [self.resolver.state_actor(hosts[0], "GOV")] if hosts else []

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
            return self._released_under_deal(trig, scan, ctx), targets
        holder = holders[0]
        if holder.country and not (holder.actor_id or "").startswith("group:"):
            holder = self.resolver.state_actor(holder.country, "GOV")
        spans = {h.doc[h.left_edge.i : h.right_edge.i + 1].text for h in held}
        return [holder], [t for t in targets if t.text not in spans]

    def _released_under_deal(self, trig: _Trig, scan: Scan, ctx: ArticleContext) -> list[Actor]:
        """ "Ten Thai nationals were freed under a deal between Hamas and Thailand": the
        one party of the deal that is not the freed people's state let them go."""
        deals = [
            d
            for d in _prep_objects(trig.tok, frozenset({"under"}))
            if d.lemma_.lower() in DEAL_SUBJECTS | {"swap", "exchange"}
        ]
        parties = [
            a
            for d in deals
            for p in _prep_objects(d, frozenset({"between"}))
            for t in [p, *p.conjuncts]
            for a in self.resolver.resolve(t, scan, ctx)
            if a.country and a.country not in ("IGO", "NGO")
        ]
        if len({a.country for a in parties}) != 2:
            return []
        subjects = [c for c in trig.tok.children if c.dep_ == "nsubjpass"]
        freed = {
            a.country
            for c in subjects
            for t in [c, *c.conjuncts]
            for a in self.resolver.resolve(t, scan, ctx)
        }
        holders = [a for a in parties if a.country not in freed]
        return holders[:1] if len({a.country for a in holders}) == 1 else []

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

    def _measure_author(self, trig: _Trig, scan: Scan, ctx: ArticleContext) -> list[Actor]:
        """Whose sanctions, embargo or resolution a state defied: the body named before
        the noun ("violated UN sanctions", "breached a Security Council resolution") or
        after "by" ("sanctions imposed by the EU"); never the state the measure is aimed
        at ("sanctions on North Korea")."""
        out: list[Actor] = []
        for obj in (c for c in trig.tok.children if c.dep_ in ("dobj", "nsubjpass")):
            if obj.lemma_.lower() not in BINDING_MEASURES:
                continue
            words = [t for t in obj.doc[obj.left_edge.i : obj.i] if t.dep_ != "det"]
            words += _participle_agents(obj)
            for tok in words:
                for actor in self.resolver.resolve(tok, scan, ctx):
                    if actor.country and all(a.country != actor.country for a in out):
                        out.append(actor)
        return out

    def _resolution_author(self, trig: _Trig, ctx: ArticleContext) -> list[Actor]:
        """The body whose resolution an act is about, when no one is named: the UN for a
        veto or a General Assembly resolution ("vetoed a draft resolution"), else the
        international organisation the article named last ("The AU passed a resolution
        ... Ethiopia rejected the resolution")."""
        objs = [c for c in trig.tok.children if c.dep_ in ("dobj", "nsubjpass")]
        # "ready to abide by / comply with / adhere to the resolution"
        objs += _prep_objects(trig.tok, frozenset({"by", "with", "to"}))
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

    def _condition_party(
        self, trig: _Trig, scan: Scan, ctx: ArticleContext, events: list[Event]
    ) -> Actor | None:
        """The doer of an "if"/"unless" clause on the trigger ("... if Finland joined NATO":
        Finland), when it is another country than the events' sources."""
        own = {e.source.country for e in events if e.source is not None}
        for clause in trig.tok.children:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children
            ):
                continue
            for subj in (c for c in clause.children if c.dep_ == "nsubj"):
                found = [
                    a
                    for a in self.resolver.resolve(subj, scan, ctx)
                    if a.country and a.country not in own
                ]
                if found:
                    return found[0]
        return None

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
        for clause in trig.tok.children:
            if clause.dep_ != "xcomp" or clause.lemma_.lower() not in HANDOVER_VERBS:
                continue
            # "refused to hand over bin Laden to the United States": the refusal (or the
            # promise) answers whom the person would go to, not the person handed over
            receivers = [
                a
                for h in _prep_objects(clause, frozenset({"to"}))
                for a in self.resolver.resolve(h, scan, ctx)
                if a.country and a.country not in src_countries
            ]
            if receivers:
                return receivers[:1]
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
            if content.mode == "resign" and len(src_countries - {None}) == 1:
                # "threatened to quit the government": the speaker's own government
                home = next(iter(src_countries - {None}))
                tgt = [
                    _with_country(a, home)  # type: ignore[arg-type]
                    if a.country is None and a.actor_id is None and a.sector in STATE_SECTORS
                    else a
                    for a in tgt
                ]
            # "ruled out ceding Ukrainian territory to Russia": another side first
            tgt = [a for a in tgt if a.country and a.country not in src_countries] or [
                a for a in tgt if a.country and a not in sources
            ]
            if (
                len(tgt) > 1
                and all((a.actor_id or "").startswith("country:") for a in tgt)
                and _listed([a.text for a in tgt], trig.tok.sent.text)
            ):
                # "threatened to cut off aid to Honduras, Guatemala and El Salvador": each
                # state the act is aimed at
                return tgt
            if tgt:  # (each nation of "U.S. and British warplanes", one phrase)
                return [a for a in tgt if a.text == tgt[0].text]
        if trig.entry.type in ("ACCUSE", "REQUEST"):
            # "called the drills a provocation", "demanding an end to the attacks": the
            # doer of the act the article told
            kinds = {t.tok.i: t.entry.type for t in trigs if t.tok.pos_ == "NOUN"}
            objs = [c for c in trig.tok.children if c.dep_ == "dobj"]
            objs += [
                p
                for o in objs
                if o.lemma_.lower() in HALT_NOUNS
                for p in _prep_objects(o, frozenset({"to"}))
            ]
            for obj in objs:
                # (what is to end is no trigger of its own: the kind its noun retells)
                kind = kinds.get(obj.i) or min(REFERENCE_TYPES.get(obj.lemma_.lower(), [""]))
                told = _retold_event(obj, kind, ctx) if kind else None
                if told is not None and told.source.country not in src_countries:  # type: ignore[union-attr]
                    return [told.source]  # type: ignore[list-item]
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
            infinitive = (
                child.dep_ == "advcl" or (child.dep_ == "acl" and trig.tok.pos_ == "NOUN")
            ) and _infinitive(child)  # "issued a threat to launch an operation in Syria":
            # the noun's own infinitive, as the verb's ("threatened to launch ...")
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
                if (trig.entry.type in SYMMETRIC_TYPES or trig.mode == "meet") and _venue(
                    tok, scan
                ):
                    # "the rebels agreed to a ceasefire in talks in Lusaka", "walked out of
                    # the talks in Washington": where, not who
                    continue
                if _culprits_victim(tok, child):
                    continue  # "the perpetrators of the attack on Chinese engineers"
                if (
                    tok.head.lower_ in LEADER_PARTICIPLES
                    and tok.head.dep_ in ("amod", "compound")
                    and any(
                        scan.at(t.i) is not None
                        for t in (tok.head.head, *tok.head.head.children)
                        if t.i != tok.head.i
                    )
                ):
                    continue  # "in the Russian-led CSTO (military alliance)": the CSTO
                entry = scan.at(tok.i).entry  # type: ignore[union-attr]
                # another side, or an armed group or party at home ("broke off peace
                # talks with the Revolutionary Armed Forces of Colombia")
                if entry.country and (entry.country not in src_countries or entry.kind == "group"):
                    found = self.resolver.resolve(tok, scan, ctx) if tok.pos_ != "ADJ" else []
                    found = [a for a in found if a.country]
                    if found and tok.dep_ == "nsubj" and trig.entry.type in ("THREATEN", "REQUEST"):
                        return found  # "warned that Washington and London would pay": both
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

    def _negotiated_with(
        self, trig: _Trig, scan: Scan, ctx: ArticleContext, sources: list[Actor]
    ) -> list[Actor]:
        """Whom "after (or following) talks with X" names as the other side of what the
        verb's subject then agreed to or conceded (X of another country)."""
        names = [
            n
            for talks in _prep_objects(trig.tok, frozenset({"after", "following"}))
            if any(e.type == "CONSULT" for e in self.lex.nouns.get(talks.lemma_.lower(), ()))
            for name in _prep_objects(talks, frozenset({"with"}))
            for n in (name, *name.conjuncts)
        ]
        return self._other_parties(names, scan, ctx, {a.country for a in sources})

    def _joint_partners(
        self, trig: _Trig, scan: Scan, ctx: ArticleContext, src_countries: set[str | None]
    ) -> list[Actor]:
        """Another party that joint subjects of a meeting or a deal met or dealt with:
        the verb's object ("met Xi"), or what the verb, its event noun ("signed deals
        with Turkey") or the trigger noun ("held talks with Hamas") has "with"."""
        tok = trig.tok
        heads = [tok, tok.head] if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else [tok]
        heads += [
            c
            for c in tok.children
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in self.lex.nouns
        ]
        found = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
        found += [p for h in heads for p in _prep_objects(h, frozenset({"with"}))]
        found += [c for f in found for c in f.conjuncts]
        return self._other_parties(found, scan, ctx, src_countries)

    def _other_parties(
        self, names: list[Token], scan: Scan, ctx: ArticleContext, own: set[str | None]
    ) -> list[Actor]:
        """The actors the names resolve to that have a country other than ``own``, in
        order, each once."""
        out: list[Actor] = []
        for name in names:
            out += [
                a
                for a in self.resolver.resolve(name, scan, ctx)
                if a.country and a.country not in own and a not in out
            ]
        return out

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

    def _claimants(
        self, trig: _Trig, denier: list[Actor], scan: Scan, ctx: ArticleContext
    ) -> list[Actor]:
        """ "denied Indian claims that ...", "rejected Washington's allegations": a denial
        answers whoever the denied claim itself names as its author."""
        own = {a.country for a in denier if a.country}
        for claim in _rejected_claims(trig.tok):
            authors = [
                a
                for a in self.resolver.resolve(claim, scan, ctx)
                if a.country and a.country not in own
            ]
            if authors:
                return authors
        return []

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
            # "the army seized power": a coup is against its own state
            or (
                type_ == "COERCE"
                and any(c.dep_ == "dobj" and c.lower_ == "power" for c in trig.tok.children)
            )
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
                if not found and all(t.lower_ in WEEKDAYS for t in src):
                    # "the raids had killed", "killed in the attack", "Tuesday's raid
                    # killed": the act retold, with its doer, and where it struck unless
                    # named here
                    kind = next((t.entry.type for t in trigs if t.tok.i == pobj.i), None)
                    told = _retold_event(pobj, kind or trig.entry.type, ctx)
                    if told is not None:
                        if told.target is not None and not any(t.country for t in targets):
                            targets = [told.target]
                        return [told.source], targets  # type: ignore[list-item]
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

    def _contexts(self, trig: _Trig, sent: Span) -> tuple[str, ...]:
        tags = list(trig.entry.contexts)
        if trig.mode == "third-party":
            tags.append("mediation")

        def context_words(sentence: Span) -> list[str]:
            text = sentence.text.lower()
            return [tag for key, tag in self.lex.contexts.items() if key in text]

        # the sentence's context words, found once for all its triggers
        named = per_sentence(sent, "parley_context_tags", context_words)
        for tag in named:
            if tag not in tags:
                tags.append(tag)
        return tuple(tags)


def _in_drills(verb: Token) -> bool:
    """ "surrounded Taiwan in drills", "sank a target ship during exercises": an act done
    as part of an exercise, whose "in"/"during" phrase names the drills."""
    return verb.pos_ == "VERB" and any(
        p.lemma_.lower() in EXERCISE_NOUNS
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
        for p in _pobjs(prep)
    )


NON_STATE_SECTORS = frozenset({"OPP", "CVL", "LAB", "EDU", "REL", "NGO", "REF", "HLH"})


# verbal events whose target may sit inside what they govern
# domestic challengers whose demands a government turns down at home
DISSENT_NOUNS = frozenset({"opposition", "protester", "demonstrator", "student", "union"})

# verbs of handing a person or thing over to another side ("refused to extradite X to Y")
HANDOVER_VERBS = frozenset({"hand", "extradite", "surrender", "deliver", "deport", "transfer"})

CONTENT_TARGET_TYPES = frozenset(
    {"REJECT", "ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "SANCTION"}
)


# last words of a company's own name or description ("the carmaker", "Acme Corp")
COMPANY_WORDS = frozenset(
    {"company", "firm", "corporation", "conglomerate", "carmaker", "automaker"}
    | {"chipmaker", "drugmaker", "retailer", "airline", "insurer", "lender"}
    | {"manufacturer", "bank", "startup", "supplier", "giant", "major", "club"}
    | {"inc", "corp", "plc", "ltd", "llc", "gmbh", "holdings", "co", "limited"}
)


# acts whose use, kept open ("did not rule out sending troops"), is a threat
# verbs of a crowd protesting whose purpose clause says what it demands
PROTEST_MARCH_VERBS = frozenset(
    {"march", "rally", "protest", "demonstrate", "gather", "strike", "picket", "take"}
)


# verbs that are an act only with someone doing them ("confined by Israeli troops")
AGENT_ONLY_VERBS = frozenset({"confine"})


PLACE_KIND_NOUNS = frozenset(
    {"region", "city", "town", "village", "province", "exclave", "enclave", "island", "district"}
)


# what a refusal can answer: its author is whom the refusal is addressed to
DEMAND_NOUNS = frozenset(
    {"demand", "ultimatum", "call", "request", "proposal", "offer", "appeal", "plan", "condition"}
)


OBJECT_VERB_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "AID"})


# types whose verbs may report a clause ("warned that ...", "denied Russia and Iran had ...")
CLAUSE_TYPES = frozenset(
    {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "CONCEDE", "CONSULT", "AGREE"}
)


# verbs that take a subject and verb after them ("let aid trucks and tankers enter")
SMALL_CLAUSE_VERBS = frozenset({"let", "permit", "set", "open", "stop", "see", "watch", "help"})


# responses a participle of provocation ("prompting X to ...") aims at the provoker
PROVOKED_TYPES = frozenset({"SANCTION", "ACCUSE", "REJECT", "THREATEN"})
PROVOKING_VERBS = frozenset({"prompt", "force", "lead", "spur", "provoke", "push", "drive"})


def _provoker(tok: Token) -> list[Token]:
    """The subject of the clause a "prompting X to <verb>" participle hangs on
    ("police stormed the embassy to arrest him, prompting Mexico to cut ties": the
    police), climbing the purpose and complement verbs the parser hangs it on."""
    head = tok.head
    if not (
        tok.dep_ == "xcomp"
        and head.lemma_.lower() in PROVOKING_VERBS
        and head.tag_ == "VBG"
        and head.dep_ == "advcl"
    ):
        return []
    node = head.head
    for _ in range(3):
        subj = [c for c in node.children if c.dep_ == "nsubj"]
        if subj:
            return subj
        if node.dep_ not in ("advcl", "xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head
    return []


# "the Russian-led CSTO", "the Saudi-backed government": who leads or backs a named body
LEADER_PARTICIPLES = frozenset({"led", "backed", "sponsored", "dominated", "controlled"})


# modals under which an object names any member of a kind ("would sanction firms that ...")
KIND_MODALS = frozenset({"would", "will", "could", "may", "might", "wo", "'ll"})


def _kind_described(tok: Token) -> bool:
    """ "would sanction U.S. firms that sold arms to Taiwan": a relative clause on a bare
    plural object of a verb not yet done describes whoever would be such, not an act."""
    if tok.dep_ != "relcl" or tok.pos_ != "VERB":
        return False
    noun = tok.head
    if noun.tag_ != "NNS" or noun.dep_ != "dobj":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False  # "the firms that sold arms", "two firms that ...": particular ones
    return any(c.dep_ == "aux" and c.lower_ in KIND_MODALS for c in noun.head.children)


def _listed(names: list[str], text: str) -> bool:
    """Whether ``names`` stand in ``text`` as one list ("Honduras, Guatemala and El
    Salvador"): each follows the one before with only commas and "and" / "or" between."""
    at = text.find(names[0])
    if at < 0:
        return False
    end = at + len(names[0])
    for name in names[1:]:
        nxt = text.find(name, end)
        if nxt < 0:
            return False
        gap = f" {text[end:nxt]} ".replace(",", " ").replace(" and ", " ").replace(" or ", " ")
        if gap.strip():
            return False
        end = nxt + len(name)
    return True


# events whose source and target are the two sides a later "the two sides" means
SIDES_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "ASSAULT", "RETREAT"})


def _reporters(denier: list[Actor], ctx: ArticleContext) -> list[Actor]:
    """ "Pakistan denied that any militants had been killed": with no accuser, a denial
    answers whoever of another country reported the act last in the article."""
    own = {a.country for a in denier if a.country}
    for event in reversed(ctx.events[-12:]):
        teller = event.attributed_to
        if teller is not None and teller.country and teller.country not in own | {"NGO"}:
            return [teller]
    return []


def _deal_subject(tok: Token) -> bool:
    """ "The ceasefire will be monitored by an Angolan mechanism", "The truce aims to
    halt fighting": what a deal will do or how it will work is its terms (told as a
    plan of the deal's), not an actor's stated intent to cooperate."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
        return tok.lemma_.lower() in DEAL_SUBJECTS
    node = tok
    for _ in range(3):
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in DEAL_SUBJECTS
            for c in node.children
        ):
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


# the words of a toll told with no attacker ("32 people had been killed")
TOLL_WORDS = frozenset({"killed", "wounded", "injured", "died"})


def _toll_of_last_attack(events: list[Event], earlier: list[Event]) -> list[Event]:
    """ "Azerbaijan launched an offensive ... Separatist officials said at least 32 people
    had been killed": a toll with no attacker, in a sentence that tells of no other
    attack, right after an attack whose doer the article gave, is that attack's toll
    (one happening, the same doer), not a second attack by no one."""
    out = []
    for ev in events:
        if (
            ev.type == "ASSAULT"
            and ev.source is None
            and not ev.negated
            and (ev.trigger or "").lower() in TOLL_WORDS
        ):
            prior = next(
                (
                    e
                    for e in reversed(earlier)
                    if e.type in ("ASSAULT", "COERCE")
                    and e.source is not None
                    and e.source.country
                    and ev.sentence_index - e.sentence_index <= 2
                ),
                None,
            )
            if prior is not None:
                target = ev.target if ev.target is not None and ev.target.country else prior.target
                ev = replace(ev, source=prior.source, target=target).with_id()
        out.append(ev)
    return out


def _retold_targets(events: list[Event], earlier: list[Event]) -> list[Event]:
    """ "Indian jets struck a camp in Pakistan ... Pakistan said the Indian jets had dropped
    their bombs on an empty hillside": an attack across a border told again by its doer's
    country with no target country is the same attack, aimed where the article said."""
    out = []
    for ev in events:
        src = ev.source.country if ev.source is not None else None
        if ev.type == "ASSAULT" and src and (ev.target is None or not ev.target.country):
            prior = next(
                (
                    e
                    for e in reversed(earlier)
                    if e.type == "ASSAULT"
                    and e.source is not None
                    and e.source.country == src
                    and e.target is not None
                    and e.target.country not in (None, src, "IGO", "NGO")
                ),
                None,
            )
            if prior is not None:
                ev = replace(ev, target=prior.target).with_id()
        out.append(ev)
    return out


# verbs of telling whose object hears a pledge made in their "that"-clause
TELLING_VERBS = frozenset({"tell", "assure", "inform", "promise", "reassure"})


def _told_listener(tok: Token) -> Token | None:
    """The listener of the telling verb whose "that"-clause ``tok`` heads ("told Annan
    that Israel would accept"), if any."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.lemma_.lower() not in TELLING_VERBS:
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)


def _two_sides(events: list[Event]) -> list[Actor]:
    """The source and target of a sentence's first two-sided event that happened (as
    told or as claimed), both
    with a country and not the same actor ("Armenia and Azerbaijan agreed a truce"),
    else none."""
    for ev in events:
        if (
            ev.type in SIDES_TYPES
            and ev.mode != "third-party"
            and not ev.negated
            and ev.certainty != "speculative"
            and ev.source is not None
            and ev.target is not None
            and ev.source.country
            and ev.target.country
            and (ev.source.country, ev.source.actor_id) != (ev.target.country, ev.target.actor_id)
            # (two officials of one government are one side: "he and Vance had spoken")
            and (ev.source.country, ev.source.sector) != (ev.target.country, ev.target.sector)
        ):
            return [ev.source, ev.target]
    return []


# verbs of warning whose "that"-clause may only say what something is
CAUTION_VERBS = frozenset({"warn", "caution"})


def _characterisation(tok: Token) -> bool:
    """A warning whose clause only says what something is or was ("cautioned that it
    was a repositioning, not a withdrawal"): a verdict, no threat of consequences (not
    "warned that any attack would be ..." nor "that it will be a target")."""
    if tok.lemma_.lower() not in CAUTION_VERBS or any(c.dep_ == "xcomp" for c in tok.children):
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    return len(clauses) == 1 and (
        clauses[0].lemma_ == "be"
        and clauses[0].tag_ in ("VBD", "VBZ", "VBP")
        and any(
            c.dep_ == "attr" and c.lemma_.lower() not in THREAT_PREDICATES
            for c in clauses[0].children
        )
        and not any(c.dep_ == "aux" for c in clauses[0].children)
    )


# what a warning calls someone when it threatens them ("US bases were legitimate targets")
THREAT_PREDICATES = frozenset({"target", "game"})


# possessive days that date a retold act ("Tuesday's raid killed ...")
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _retold_event(noun: Token, type_: str, ctx: ArticleContext) -> Event | None:
    """The article's last event of this kind that a definite noun naming no actor of its
    own retells ("NATO warplanes struck bridges ... Serbian television said the raids had
    killed 10 civilians", "were killed in the attack", "Tuesday's raid killed"): one
    happening told again, so the same doer, not an unknown one."""
    kinds = REFERENCE_TYPES.get(noun.lemma_.lower())
    if kinds is not None and type_ not in kinds:
        return None
    if not any(
        (c.dep_ == "det" and c.lower_ in ("the", "these", "this", "that"))
        or (c.dep_ == "poss" and c.lower_ in WEEKDAYS)
        for c in noun.children
    ):
        return None  # "a raid killed ...": another one
    if any(
        (c.dep_ == "poss" and c.lower_ not in WEEKDAYS)
        or (
            c.dep_ in ("amod", "compound", "nmod")
            and (c.ent_type_ or c.pos_ == "PROPN")
            and c.lower_ not in WEEKDAYS  # ("Tuesday raid": a date, not an actor)
        )
        for c in noun.children
    ):
        return None  # "the Israeli raids", "Russia's strikes": a noun that names its own
    return next(
        (
            e
            for e in reversed(ctx.events)
            if e.type == type_ and e.source is not None and e.source.country
        ),
        None,
    )


# "the Saudi-backed government", "the Iran-aligned Houthis": a patron's participle
BACKER_PARTICIPLES = frozenset({"backed", "aligned", "sponsored", "supported", "funded", "armed"})


def _backer_of(tok: Token) -> bool:
    """Whether a country is named only as a patron ("the Saudi-backed government"): not
    a country the sentence happens in, so not the home of its unnamed actors."""
    head = tok.head
    return (
        tok.dep_ in ("npadvmod", "compound", "nmod", "amod")
        and head.lower_ in BACKER_PARTICIPLES
        and head.dep_ in ("amod", "compound")
    )


def _armed_operations(verb: Token, sources: list[Actor]) -> bool:
    """Whether the operations a verb halts are armed ones: "military operations", or
    those of forces ("the army suspended its operations"), not a firm's or a port's."""
    if any(a.sector in ("MIL", "REB") for a in sources):
        return True
    return any(
        c.dep_ == "dobj" and any(m.lower_ in ("military", "combat") for m in c.children)
        for c in verb.children
    )


# "Yemen's warring parties", "Libya's rival factions": the sides of one state's conflict
RIVAL_SIDE_NOUNS = frozenset({"parties", "sides", "factions", "rivals"})
RIVAL_SIDE_WORDS = frozenset({"warring", "rival", "feuding", "opposing"})


def _rival_sides(sources: list[Actor]) -> bool:
    """Whether the one source is a state's rival sides together ("Sudan's warring
    parties"), so a symmetric act of theirs is between that state's sides."""
    if len(sources) != 1 or not sources[0].country or sources[0].country in ("IGO", "NGO"):
        return False
    words = sources[0].text.lower().split()
    return len(words) >= 2 and words[-1] in RIVAL_SIDE_NOUNS and words[-2] in RIVAL_SIDE_WORDS


def _time_of_told_event(noun: Token) -> bool:
    """A bare definite event noun that only dates something else ("... continued air
    strikes during the talks", "throughout the negotiations"): the event the article
    told before, not a new one (its own parties named make it news: "during talks with
    Putin")."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("during", "throughout")
        and [(c.dep_, c.lower_) for c in noun.children] == [("det", "the")]
    )


# "an end to the attacks": what a demand asks to stop
HALT_NOUNS = frozenset({"end", "halt", "stop"})
# what one side of a story does with the other when the text names no one else
TWO_SIDED_TYPES = frozenset({"AGREE", "CONSULT", "RETREAT"})
TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})


def _with_other_side(events: list[Event], sides: list[Actor]) -> list[Event]:
    """ "Kyrgyzstan and Tajikistan agreed a ceasefire ... The heads of the two security
    services, X of Kyrgyzstan and Y of Tajikistan, signed a ceasefire protocol": a deal,
    talks or a truce of one of the story's two sides with no one else named is with the
    other side."""
    countries = {a.country for a in sides if a.country}
    if len(countries) != 2 or countries & {"IGO", "NGO"}:
        return events
    out = []
    for e in events:
        if (
            e.type in ("AGREE", "RETREAT")
            and e.target is None
            and e.source is not None
            and e.source.country not in countries
            and (e.trigger or "").lower() in TRUCE_NOUNS
            and f" the {e.trigger.lower()}" in f" {e.sentence.lower()}"  # type: ignore[union-attr]
        ):
            continue  # "Trump announced the ceasefire": the sides' truce, told by an outsider
        if (
            e.type in TWO_SIDED_TYPES
            and e.target is None
            and e.source is not None
            and e.source.country in countries
            and (e.type != "RETREAT" or e.mode == "ceasefire")
        ):
            other = next(a for a in sides if a.country and a.country != e.source.country)
            e = replace(e, target=other).with_id()
        out.append(e)
    return out


def _speaker_organs(out: list[Event], speaker: Actor | None) -> list[Event]:
    """ "China's defence ministry said the army would crush ...": an unnamed organ of a
    state ("the army", "the government") in what a state's speaker says it will do is
    that state's own."""
    if speaker is None or speaker.country is None or speaker.sector not in STATE_SECTORS:
        return out
    return [
        replace(e, source=replace(e.source, country=speaker.country))
        if e.source is not None
        and e.source.actor_id is None
        and e.source.country != speaker.country
        and OWN_ORGAN.match(e.source.text.lower()) is not None
        else e
        for e in out
    ]


def _terms_by_sides(intents: list[Event], sides: list[Actor]) -> list[Event]:
    """What a deal says will be done ("Under the accord, Ethiopian troops will withdraw
    ..., and a U.N. force will patrol a buffer zone"): a side's term is its promise to
    the other side; what an outsider will do under it is no promise of the outsider's."""
    countries = {a.country for a in sides if a.country}
    out = []
    for e in intents:
        if e.source is None or e.source.country not in countries:
            continue
        others = [a for a in sides if not _party(e.source, [a])]
        if (e.target is None or e.target.country not in countries) and len(others) == 1:
            e = replace(e, target=others[0])
        out.append(e)
    return out


def _content_of_deal(verb: Token) -> bool:
    """A to-infinitive the parser hangs on the verb right after a deal noun ("agreed to a
    Russian-brokered deal to evacuate fighters"): the deal's terms, not an act done."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return False
    start = verb.left_edge.i
    if start == 0:
        return False
    noun = verb.doc[start - 1]
    return (
        noun.lemma_.lower() in CONTENT_NOUNS
        and noun.dep_ in ("pobj", "dobj")
        and (noun.head.head.i == verb.head.i or noun.head.i == verb.head.i)
    )


# verbs of keeping to a rule someone else made: "respect an arms embargo"
ABIDE_VERBS = frozenset(
    {"respect", "honour", "honor", "observe", "uphold", "obey", "abide", "comply"}
)


def _abided(noun: Token) -> bool:
    """Whether a sanction noun is what one keeps to ("agreed to respect the arms
    embargo", "to abide by the sanctions"), not one imposed."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("by", "with"):
        head = head.head
    return noun.dep_ in ("dobj", "pobj") and head.lemma_.lower() in ABIDE_VERBS
