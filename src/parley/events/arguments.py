"""Argument finding: the third stage of coding a sentence.

Who did it and to whom: subjects (through relative pronouns, conjunctions and control
verbs), objects and prepositional targets of verbs and of event nouns, receivers, and
the text helpers these use.

Moved out of coder.py unchanged (behaviour-preserving split); EventCoder calls them.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.actors.matcher import RELATIONAL_NOUNS, Scan, quantity_head, stance_of
from parley.events.repair import (
    _dangling_and,
    _headline_parties,
    _misread_of,
    _misread_verb,
    _noun_tagged_as_verb,
    _opens_clause,
    _phrase_start,
)
from parley.events.tokens import _infinitive, _pobjs, _prep_objects, _span_text, _Trig, doc_words
from parley.models import Actor

# prepositions whose object is an event's target, on a verb or an event noun
TARGET_PREPS = frozenset(
    {"with", "against", "on", "upon", "at", "to", "toward", "towards", "into", "from", "for"}
)


PARTY_PREPS = frozenset({"between", "among", "amongst"})

# what people travel on ("arrived on a Kenya Airways flight"): no party of the act
CONVEYANCE_NOUNS = frozenset({"flight", "plane", "aircraft", "airliner", "jet", "train", "bus"})
TRAVEL_VERBS = frozenset({"arrive", "land", "fly", "travel", "leave", "depart", "return", "come"})


# what one speaks "by" ("spoke by telephone with X")
CALL_MEANS = frozenset({"phone", "telephone", "videolink", "link", "video", "videoconference"})

VENUE_PREPS = frozenset({"in", "at"})  # where a meeting or a signing was held

# bodies and gatherings one speaks "at" ("laid into Britain at the Security Council"):
# a forum, not a side
FORUM_NOUNS = frozenset(
    {"council", "assembly", "forum", "summit", "conference", "session", "meeting", "gathering"}
)


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


OBJECT_TARGET_PREPS = frozenset(
    {"with", "against", "between", "to", "at", "on", "into", "toward", "towards", "for"}
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
        "hour",
        "session",
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
        # voices and bodies that stand for what they utter or do: "led a chorus of
        # condemnation", "set up a commission of inquiry into"
        "chorus",
        "commission",
    }
)


# nouns for a part of a place ("the east of Congo", "the west coast of Aceh"): where is the
# place they are part of; the edge-like ones also take "on" ("on the coast of Java")
COMPASS_PARTS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
PART_OF_PLACE_NOUNS = COMPASS_PARTS | frozenset(
    {
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


RAISING_VERBS = frozenset({"allow", "let", "permit", "force", "help", "enable"})


# participles after an event noun whose "by" phrase names whose act it was ("a strike
# called by the unions", "a bombing claimed by Islamic State")
AUTHOR_VERBS = frozenset(
    {"call", "organise", "organize", "stage", "lead", "launch", "mount", "claim"}
)


# verbs whose subject suffered the act the "in ..." phrase names ("two soldiers died in
# an attack by ..."): a victim, never the attacker
VICTIM_VERBS = frozenset({"die", "perish"})


# what crowds do in a participle after their noun ("demonstrators protesting ...")
CROWD_VERBS = frozenset(
    {"protest", "demand", "chant", "denounce", "condemn", "demonstrate", "march", "rally"}
)


NEIGHBOUR_NOUNS = frozenset(
    {"neighbour", "neighbor", "rival", "adversary", "enemy", "foe", "counterpart", "ally"}
)


INQUIRY_NOUNS = frozenset({"inquiry", "enquiry", "investigation", "probe", "review"})


FORCE_NOUNS = frozenset(
    {"troop", "soldier", "force", "peacekeeper", "army", "contingent", "unit", "marine"}
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
        "capital",  # "seized the provincial capital of Kunduz"
    }
)


FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "REB"})


def _under_attack(noun: Token) -> bool:
    """ "came under fire", "was under attack", "came under heavy shelling", "came in
    for criticism"."""
    if noun.dep_ != "pobj":
        return False
    prep, verb = noun.head, noun.head.head
    if prep.lower_ == "for":
        return verb.lemma_.lower() == "come" and any(
            c.dep_ == "prt" and c.lower_ == "in" for c in verb.children
        )
    return prep.lower_ == "under" and verb.lemma_.lower() in ("come", "be")


# verbs by which a side beats off an attack ("repelled a Russian assault")
REPEL_VERBS = frozenset({"repel", "repulse", "rebuff", "withstand"})
# verbs by which the authorities end a gathering; its holders are never their subject
STOPPING_VERBS = frozenset(
    {"disperse", "break", "ban", "stop", "halt", "crush", "quell", "suppress", "storm", "raid"}
)
GATHERING_NOUNS = frozenset(
    {"protest", "demonstration", "rally", "march", "sit-in", "vigil", "procession", "gathering"}
)


def _hyphen_lemma(tok: Token) -> str:
    """The lemma of a hyphenated noun the tokenizer split ("sit-in" ends in "in")."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-":
        return f"{doc[tok.i - 2].lower_}-{tok.lemma_.lower()}"
    return tok.lemma_.lower()


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


# the words each test of _mutual needs: one of them must be in the doc
MUTUAL_WORDS = frozenset(
    {
        *("tat", "other", "another", "their", "mutual", "bilateral"),
        *("relation", "relations", "tie", "ties"),
    }
)


def _mutual(tok: Token) -> bool:
    """ "A and B upgraded their diplomatic ties", "established relations": each side
    acts towards the other (as in "expelled each other's diplomats", "expelled
    diplomats in a tit-for-tat row")."""
    if tok.lemma_.lower() in ("trade", "exchange") and tok.pos_ == "VERB":
        return True  # "traded accusations", "exchanged threats": each at the other
    words = doc_words(tok.doc)
    if words.isdisjoint(MUTUAL_WORDS):
        return False  # (the doc's words first: the tests below walk the token's children)
    if "tat" in words:  # ("Russia, Moldova expel diplomats in tit-for-tat row")
        misread = _misread_verb(tok)
        tree = [*tok.subtree, *(misread[1].subtree if misread is not None else ())]
        if any(w.lower_ == "tat" for w in tree):
            return True
    if any(
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
                # "their countries' friendship", "their two nations' ties"
                or (
                    g.dep_ == "poss"
                    and any(h.dep_ == "poss" and h.lower_ == "their" for h in g.children)
                )
                or (g.dep_ == "amod" and g.lower_ in ("mutual", "bilateral"))
                for g in c.children
            )
        )
        for c in tok.children
    )


# phrases naming something that happened around an act, not by its actor ("after two
# nights of protests", "stepped down amid mass protests")
AFTER_PREPS = frozenset({"after", "following", "amid", "amidst", "despite", "during"})


# bodies a state or organisation sends to act for it, and the verbs that send them
SENT_BODIES = frozenset({"mission", "team", "delegation", "panel", "commission", "inspector"})


SENDING_VERBS = frozenset(
    {"send", "dispatch", "deploy", "appoint", "establish", "set", "form", "create"}
)


#: buildings that stand for a state abroad: a protest outside one is aimed at that
#: state, and "outside the US embassy in Baghdad" is in Baghdad
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "base", "legation", "chancery"})


def _emblem_of(tok: Token) -> bool:
    """Whether a state's name only qualifies its mission or flag ("the US embassy",
    "an American flag", "Israel's consulate"): people gathered at it or burning it are
    not of that state, and the mission stands in another country."""
    return tok.dep_ in ("compound", "amod", "nmod", "poss") and (
        tok.head.lemma_.lower() in MISSION_NOUNS or tok.head.lemma_.lower() == "flag"
    )


def _base_of(tok: Token) -> bool:
    """Whether a place name is where some organisation is based ("a London-based
    group", "a group based in Doha"): not where the sentence happens."""
    head = tok.head
    if head.lower_ == "based" and tok.dep_ in ("npadvmod", "compound", "nmod", "amod"):
        return True
    return tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lower_ == "based"


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
        if _backing(node):
            return True  # "Under pressure from Washington, Israel agreed ...": the backer
        node = node.head
    return False


# what a party acts under or with that another party gives: "under pressure from
# Washington", "with the backing of Russian air power", "at the urging of Paris"
BACKING_NOUNS = frozenset(
    {"pressure", "backing", "support", "help", "urging", "behest", "insistence", "blessing"}
)


def _backing(tok: Token) -> bool:
    """Whether ``tok`` is the object of an adjunct naming someone's backing or pressure
    ("under pressure", "with the backing of", "at the urging of"): whoever it names
    stands behind the act, and is not its target."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("under", "with", "at")
        and tok.head.dep_ == "prep"
        and tok.lemma_.lower() in BACKING_NOUNS
    )


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


def _agent_clause_verb(trigger: Token) -> Token | None:
    """ "was dismissed by Netanyahu's office, which said ...": the passive verb whose
    agent a relative clause describes."""
    if trigger.dep_ != "relcl":
        return None
    node = trigger.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "by Britain and Canada, which ..."
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ != "agent":
        return None
    return prep.head


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
    if (passive := _agent_clause_verb(trigger)) is not None:
        # "were sanctioned by Britain, which accused them of ...": whom the passive is about
        hit = [c for c in passive.children if c.dep_ == "nsubjpass"]
        return hit[0] if hit and tok.lower_ in ("them", "it") else tok
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
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in INQUIRY_NOUNS
            # "set up a commission of inquiry into the killing"
            or (
                c.lemma_.lower() in QUANTITY_NOUNS
                and any(
                    p.lower_ == "of" and any(n.lemma_.lower() in INQUIRY_NOUNS for n in p.children)
                    for p in c.children
                )
            )
        )
        for c in head.children
    )


def _left_agreement(noun: Token, by_tok: dict[int, _Trig], depth: int = 4) -> bool:
    """ "walked away from the grain deal", "suspended its participation in the New START
    treaty", "rejected the accord": an agreement noun that a withdrawal, suspension or
    rejection governs (through objects and prepositions, up to ``depth`` steps) is what
    is left."""
    node = noun
    for _ in range(depth):
        if node.dep_ not in ("pobj", "prep", "dobj", "advmod") or node.head.i == node.i:
            return False
        node = node.head
        gov = by_tok.get(node.i)
        if gov is not None:
            return gov.entry.type in ("SANCTION", "REJECT")
    return False


def _statement_issuer(node: Token) -> Token | None:
    """The verb whose subject issued the statement a participle hangs on: "issued a
    statement demanding ..." (the statement its object), "In a statement blaming X, the
    ministry said ..." (the statement in an "in" phrase on the verb)."""
    if node.dep_ != "acl" or node.head.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    gov = node.head.head
    if node.head.dep_ == "pobj" and gov.lower_ == "in" and gov.dep_ == "prep":
        gov = gov.head
    elif node.head.dep_ != "dobj":
        return None
    return gov if gov.pos_ == "VERB" else None


def _event_agents(noun: Token) -> list[Token]:
    """Who did what an event noun names: its possessor ("Russia's attack") or its "by"
    phrase ("the shelling of Kharkiv by Russian forces"), or the nationality the parser
    made the subject of a gerund ("Ukrainian shelling was blamed for ...")."""
    gerund = [
        c
        for c in noun.children
        if noun.tag_ == "VBG" and c.dep_ == "nsubj" and c.i + 1 == noun.i and c.pos_ == "ADJ"
    ]
    return (
        [c for c in noun.children if c.dep_ == "poss"]
        + gerund
        + (_prep_objects(noun, frozenset({"by"})) or _of_object_agents(noun))
    )


def _of_object_agents(noun: Token) -> list[Token]:
    """ "the expulsion of 18 embassy staff by the Czech government": the agent the parser
    hung on the "of" object, when that object is people counted or named by nationality
    (not "in defiance of a ruling by the World Court": the ruling's own author)."""
    return [
        a
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in _pobjs(c)
        if p.ent_type_ == "PERSON"
        or any(
            g.dep_ == "nummod" or (g.dep_ in ("amod", "compound") and g.ent_type_ == "NORP")
            for g in p.children
        )
        for by in p.children
        if by.dep_ == "prep" and by.lower_ == "by"
        for a in _pobjs(by)
        if _named_agent(a)
    ]


def _noun_particle(tok: Token, particle: str) -> bool:
    """A noun's particle: that preposition, or an infinitive after the noun ("its call for
    talks", "renewed his call to end the war", parsed on the noun or on its verb)."""
    if any(c.dep_ == "prep" and c.lower_ == particle for c in tok.children):
        return True
    heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    return any(
        c.i > tok.i and c.dep_ in ("acl", "relcl", "advcl", "xcomp") and _infinitive(c)
        for h in heads
        for c in h.children
    )


def _trigger_preps(trig: _Trig, words: frozenset[str]) -> list[Token]:
    """Objects of these prepositions on the trigger word or on its anchor verb ("lodged
    a complaint with the OSCE against Azerbaijan": "against" hangs on "lodged")."""
    return [
        p for head in dict.fromkeys((trig.tok, trig.anchor)) for p in _prep_objects(head, words)
    ]


# who acts for a state in a headline "Thailand, Cambodia troops clash" (not "fans")
SIDE_NOUNS = FORCE_NOUNS | {"guard", "police", "leader", "minister", "official", "negotiator"}


def _cataphor(subj: Token, verb: Token) -> Token:
    """ "As he welcomed Xi to Belgrade, Vucic thanked him": a pronoun subject of a clause
    fronted before the main verb means the main clause's subject, named after it."""
    if subj.lower_ not in ("he", "she", "they") or verb.dep_ != "advcl" or verb.i > verb.head.i:
        return subj
    if not any(  # "As he ...", "When she ..."
        (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")) and c.i < subj.i
        for c in verb.children
    ):
        return subj
    main = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i > verb.i]
    return main[0] if main and main[0].pos_ in ("PROPN", "NOUN") else subj


# verbs whose "to"-infinitive is what they say or decide, not a purpose ("troops sent to
# quell the riots" stays a participle)
INFINITIVE_TAKERS = frozenset(
    {"threaten", "vow", "pledge", "promise", "agree", "refuse", "offer", "decide", "vote"}
    | {"decline", "demand", "ask", "urge", "warn", "call", "seek", "try", "attempt"}
)


def _main_verb_misread(verb: Token) -> bool:
    """A past form read as a participle on the sentence's root noun, with an infinitive
    of its own ("the group's armed wing threatened on Monday to execute ..."): a noun
    cannot be a sentence's main verb, so the participle is."""
    return (
        verb.dep_ == "acl"
        and verb.lemma_.lower() in INFINITIVE_TAKERS
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.i < verb.i
        and any(c.dep_ in ("xcomp", "advcl") and _infinitive(c) for c in verb.children)
    )


def _subjects(verb: Token) -> tuple[list[Token], bool]:
    """Active subjects of a verb (inherited through conj/xcomp/relcl) and passivity."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        # "Yeltsin and Clinton conferred by telephone": an active subject makes a "by"
        # phrase a means the parser took for an agent
        any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ == "nsubj" for c in verb.children)
    )
    if _main_verb_misread(verb) and not passive:
        # "Hamas's armed wing threatened on Monday to execute ...": the parser took the
        # verb for a participle on the noun, so the sentence had no main verb
        return [verb.head], False
    subj = [_true_subject(c) for c in verb.children if c.dep_ == "nsubj"]
    subj = [_antecedent(verb) if _relative_pronoun(c, verb) else c for c in subj]
    subj = [_cataphor(c, verb) for c in subj]
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
        issuer = _statement_issuer(node)
        if issuer is not None:
            # "issued a statement demanding ...", "In a statement blaming Armenia ..., the
            # ministry said": whoever issued it (or speaks in it) demands, unless the
            # statement names its own author ("blocked a joint EU statement condemning")
            authors = [
                c
                for c in node.head.children
                if (c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "GPE", "ORG"))
                or (c.dep_ == "poss" and c.pos_ == "PROPN")
            ]
            subj = authors or [_true_subject(c) for c in issuer.children if c.dep_ == "nsubj"]
            break
        if (
            node.dep_ == "advcl"
            and node.tag_ == "VBG"
            and node.head.lemma_.lower() in ATTRIBUTION_VERBS
            and node.head.head.i == node.head.i  # "..., residents said": the sentence's
            and node.lemma_.lower() not in SPEAKERS_PARTICIPLES
            and not any(t.is_quote for t in node.doc[node.sent.start : node.head.i])
        ):
            # the parser hangs the report's own words on the attribution: "Fighting
            # flared in Hodeidah, residents said" (the report itself: no one's act) and
            # "Haftar's forces shelled Tripoli, residents said, breaching a truce" (the
            # reported clause's subject breached it, not the residents)
            if node.i < node.head.i:
                if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in node.children):
                    break  # a gerund subject of a misread verb: "Fighting flared ..."
                node = node.head  # "Speaking after talks in Beijing, the minister said"
                subj = [c for c in node.children if c.dep_ == "nsubj"]
                break
            told = next(
                (c for c in node.head.children if c.dep_ == "ccomp" and c.i < node.head.i),
                None,
            )
            if told is not None:
                subj = [c for c in told.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
                break
        if (
            node.dep_ == "advcl"
            and node.tag_ == "VBG"
            and node.lemma_.lower() in SPEAKERS_PARTICIPLES
            and node.head.lemma_.lower() == "be"
            and node.head.dep_ == "ccomp"
            and node.head.head.lemma_.lower() in ATTRIBUTION_VERBS
        ):
            # "Mulino said the canal was not for sale, brushing off Trump's threat": a
            # state the speaker describes does nothing; the speaker goes on to brush off
            node = node.head.head
            subj = [c for c in node.children if c.dep_ == "nsubj"]
            break
        if node.dep_ == "advcl" and node.tag_ == "VBG":
            objs = [c for c in node.head.children if c.dep_ == "dobj"]
            if objs and objs[-1].right_edge.i == node.i - 1:
                # "broke up crowds of supporters trying to reach a rally": the parser
                # hangs the participle on the verb; the crowds are trying
                subj = objs[-1:]
                break
        if node.dep_ in ("conj", "xcomp", "advcl", "acomp") and node.head.i != node.i:
            from_conj = node.dep_ == "conj"
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
            if not subj and from_conj and verb.tag_ in ("VBD", "VBZ", "VBP"):
                # "he was alarmed by the fighting and called on the two sides to ...":
                # an active finite verb joined to a passive shares its subject
                subj = [c for c in node.children if c.dep_ == "nsubjpass"]
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
            if (
                node.head.dep_ == "attr"
                and node.head.head.lemma_.lower() in ("be", "become")
                and _infinitive(node)
            ):
                # "Russia became the first country to recognise ...": the copula's subject
                subj = [c for c in node.head.head.children if c.dep_ == "nsubj"] or subj
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


# verbs that attribute a report to its source ("..., residents said")
ATTRIBUTION_VERBS = frozenset({"say", "report", "tell"})

# participles after "X said," that go on with the speaker's own words ("Zelenskiy said,
# accusing Moscow of ...")
SPEAKERS_PARTICIPLES = frozenset(
    {
        "accuse",
        "add",
        "urge",
        "call",
        "warn",
        "describe",
        "blame",
        "claim",
        "insist",
        "vow",
        "threaten",
        "condemn",
        "praise",
        "deny",
        "reject",
        "demand",
        "welcome",
        "pledge",
        "promise",
        "criticise",
        "criticize",
        "appeal",
        "ask",
        "argue",
        "dismiss",
        "brush",
        "rebuff",
        "spurn",
        "say",
        "note",
        "cite",
        "express",
        "thank",
        "hail",
        "denounce",
        "refuse",
        "rule",
        "speak",
    }
)


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


# participles after "be" that describe their subject's stance, not something done to it
STATIVE_PASSIVES = frozenset({"oppose"})


PHONE_NOUNS = frozenset({"phone", "telephone", "videolink", "video", "hotline"})


def _verb_preps(verb: Token) -> list[Token]:
    """The verb's prepositions, with a partner phrase the parser hung on the means:
    "spoke by telephone with German Chancellor Angela Merkel"."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    for prep in preps[:]:
        if prep.lower_ == "by":
            preps.extend(
                c
                for p in _pobjs(prep)
                if p.lemma_.lower() in PHONE_NOUNS
                for c in p.children
                if c.dep_ == "prep" and c.lower_ == "with"
            )
    return preps


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
    if verb.lemma_.lower() == "say":  # "said sorry to South Korea": whom the apology is to
        tgt.extend(
            p
            for c in verb.children
            if c.lower_ == "sorry"
            for p in _prep_objects(c, frozenset({"to"}))
        )
    if passive:
        tgt.extend(c for c in verb.children if c.dep_ == "nsubjpass")
        if not tgt and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            # "Protesters marched on the ministry and were dispersed by police": the
            # first verb's subject undergoes the second
            tgt.extend(c for c in verb.head.children if c.dep_ == "nsubj")
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            src.extend(_pobjs(agent))
        if not src:
            # "were abducted and killed by Islamic State gunmen": the agent of the last
            # of two passive verbs is the first one's too
            for conj in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"):
                for agent in (c for c in conj.children if c.dep_ == "agent"):
                    src.extend(_pobjs(agent))
                if not src:
                    # "twelve soldiers were killed and a helicopter was shot down in an
                    # ambush by jihadists": the doer of the act both happened in
                    src.extend(
                        p
                        for n in _prep_objects(conj, frozenset({"in", "during"}))
                        for p in _prep_objects(n, frozenset({"by"}))
                    )
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
        obj = misread[1]
        if misread[0] in obj.subtree and not names:
            # "Viktor Orban defied EU leaders": the subject hung on the object as its
            # compound; the object is what follows the verb ("EU" of "EU leaders")
            after = [
                c
                for c in obj.children
                if c.dep_ == "compound" and c.i > verb.i and c.pos_ == "PROPN"
            ]  # (a name: not "fighter" of "Beijing scrambled fighter jets")
            tgt.extend(after[:1] or [obj])
        elif not (names and names[-1] in obj.subtree):
            tgt.append(obj)  # (not "Ukraine swap prisoners", read as one phrase)
        late.extend(p for p in _prep_objects(misread[1], TARGET_PREPS) if p.i > verb.i)
    else:
        src.extend(subj)
        if not _topic_object(verb):
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
    for prep in _verb_preps(verb):
        word = prep.lower_
        if word in PARTY_PREPS:
            parties.extend(_pobjs(prep))
        elif word in TARGET_PREPS:
            # (not "met on the sidelines of the SCO summit": a venue)
            late.extend(
                p
                for p in _pobjs(prep)
                if p.lemma_.lower() not in ("sideline", "margin")
                and not _backing(p)  # (nor "with the backing of Russian air power")
                and not (word == "for" and p.lemma_.lower() in MEETING_NOUNS)
                and not (word == "at" and p.lemma_.lower() in FORUM_NOUNS)
                # (nor "landed on a Kenya Airways flight": how they came)
                and not (
                    word == "on"
                    and p.lemma_.lower() in CONVEYANCE_NOUNS
                    and verb.lemma_.lower() in TRAVEL_VERBS
                )
            )  # (nor "met for EU-facilitated talks": the meeting itself)
        elif word in ("out", "back"):  # "pull its forces out of Kuwait"
            late.extend(p for c in prep.children if c.dep_ == "prep" for p in _pobjs(c))
        elif word == "by" and passive and not src:
            src.extend(_pobjs(prep))
        elif word == "by":  # "spoke by telephone with U.S. President X": the parser hung
            late.extend(  # the partner on the means
                p
                for m in _pobjs(prep)
                if m.lemma_.lower() in CALL_MEANS
                for w in m.children
                if w.dep_ == "prep" and w.lower_ == "with"
                for p in _pobjs(w)
            )
    late.extend(_stray_recipient(verb))
    late.extend(  # "flew two planes carrying supplies to Beirut": where the cargo went
        p
        for o in verb.children
        if o.dep_ == "dobj"
        for a in o.children
        if a.dep_ == "acl" and a.lemma_.lower() in ("carry", "bring")
        for p in _prep_objects(a, frozenset({"to", "into"}))
    )
    for adv in (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("back", "away")):
        # "pulled its soldiers back from Afrin" (the parser hangs "from" on "back")
        late.extend(
            p for c in adv.children if c.dep_ == "prep" and c.lower_ == "from" for p in _pobjs(c)
        )
    if any(c.dep_ == "advmod" and c.lower_ in ("home", "back") for c in verb.children):
        # "called home its ambassador from Tehran": the object read as an object predicate
        late.extend(
            p
            for o in verb.children
            if o.dep_ == "oprd"
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in _pobjs(c)
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


# nouns of meetings: "talks with X on Y" has Y as its topic
MEETING_NOUNS = frozenset(
    {"talk", "meeting", "summit", "negotiation", "consultation", "discussion", "dialogue"}
)


def _partnered_talks(noun: Token) -> bool:
    """Whether a meeting noun names its partner ("talks with Russian officials"), so
    that its "on" phrase is the topic, not a party."""
    return noun.lemma_.lower() in MEETING_NOUNS and any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") and _pobjs(c) for c in noun.children
    )


# nouns whose "of" phrase is the third party acting ("under the auspices of Clinton")
PATRON_NOUNS = frozenset({"auspex", "auspice", "aegis"})


# verbs of talking whose object is the topic ("discussed Ukraine with Erdogan")
TOPIC_VERBS = frozenset({"discuss", "negotiate", "debate", "raise", "review"})


def _topic_object(verb: Token) -> bool:
    """Whether a talking verb names its partner in a "with" phrase, so that its object
    is what was talked about: "Putin discussed Ukraine with Erdogan" is Russia and
    Turkey talking, not a meeting with Ukraine."""
    if verb.lemma_.lower() not in TOPIC_VERBS:
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # (or hung on the topic)
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and _pobjs(c) for h in heads for c in h.children
    )


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
    """Partner prepositions on a verb's object noun ("deals with France", and the passive
    subject: "peace talks with the ELN were suspended"; with ``with_from``, also whoever
    an answered proposal came from)."""
    words = OBJECT_TARGET_PREPS | {"from"} if with_from else OBJECT_TARGET_PREPS
    out = []
    objects = (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN")
    for obj in objects:
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
        "rebuttal",
        "aid",
        "assistance",
    }
)


# nouns for a charge made, whose "that" clause names the accused ("the accusation that
# Moscow had ...")
ALLEGATION_NOUNS = frozenset({"accusation", "allegation", "charge", "claim"})


DRAW_VERBS = frozenset({"draw", "attract", "earn", "prompt", "provoke", "spark", "trigger"})


# words for armed groups that, modifying an attack noun, name who attacked
ARMED_MODIFIERS = frozenset(
    {"rebel", "militant", "insurgent", "jihadist", "separatist", "guerrilla", "islamist"}
)


ATTACK_NOUNS = frozenset(
    {"attack", "assault", "offensive", "ambush", "raid", "shelling", "fire", "bombardment"}
)


def _named_agent(tok: Token) -> bool:
    """ "by Israel", "by the Czech government": an actor, not a means or a time ("by
    force", "by the end of the year")."""
    named = ("GPE", "ORG", "NORP", "PERSON")
    return tok.ent_type_ in named or any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in named for c in tok.children
    )


def _noun_args(
    noun: Token,
    anchor: Token,
    src: list[Token],
    tgt: list[Token],
    parties: list[Token],
    from_verb: bool = True,
) -> None:
    if noun.dep_ == "pobj" and _quantity_of(noun):
        # "the EU's 14th package of sanctions", "Russia's latest wave of strikes": whose
        # the package or wave is
        src.extend(
            c for c in noun.head.head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")
        )
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
            elif word == "by" or (word == "of" and noun.lemma_.lower() in PATRON_NOUNS):
                src.extend(_pobjs(child))  # "under the auspices of the UN": the patron
            elif (
                word == "from"
                and noun.lemma_.lower() in FROM_SPEAKER_NOUNS
                and noun.head.dep_ != "relcl"
            ):
                src.extend(_pobjs(child))  # "drew condemnation from Georgia": who condemned
            elif word in TARGET_PREPS and (word != "on" or not _partnered_talks(noun)):
                tgt.extend(_pobjs(child))  # (not "talks with X on Y's future": a topic)
            elif word == "of":  # (not "a loan of 3.8 billion dollars": how much, not to whom)
                tgt.extend(p for p in _pobjs(child) if not _amount_noun(p))
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
    if not tgt and noun.lemma_.lower() in ALLEGATION_NOUNS:
        # "Kyiv's accusation that Moscow had targeted the grid": who is said to have done it
        tgt.extend(
            s
            for c in noun.children
            if c.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("PROPN", "NOUN")
        )
    if not tgt and noun.dep_ == "pobj" and _quantity_of(noun):
        # "a wave of strikes on Beirut's suburbs": the parser hung the target on the wave
        tgt.extend(
            p
            for c in noun.head.head.children
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS and c.i > noun.i
            for p in _pobjs(c)
        )
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
    if not src:
        # "the expulsion of 18 embassy staff by the Czech government": the parser hung
        # the agent on the "of" object
        src.extend(_of_object_agents(noun))
    if (
        not src
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        # (not "launched an inquiry into killings of civilians by its special forces":
        # after a phrase of the noun's own, "by" is the inner act's; a place or time
        # is no such phrase: "addressed the summit in Brussels by video")
        and not any(c.dep_ == "prep" and c.lower_ not in ("in", "at", "on") for c in noun.children)
    ):
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
    if (
        noun.dep_ in ("dobj", "npadvmod")
        and noun.head.lemma_.lower() in STOPPING_VERBS
        and _hyphen_lemma(noun) in GATHERING_NOUNS
    ):
        return  # "riot police dispersed a rally": the police stopped it, nobody named held it
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
    elif (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and (
            noun.head.head.ent_type_ == "MONEY"
            or noun.head.head.lemma_.lower() in QUANTITY_NOUNS  # "68 million euros" untagged
        )
    ):
        holder = noun.head.head  # "extended $5 million in aid to Mozambique": the amount
        if not tgt:  # "pledged $6 billion in aid for Ukraine": the amount's recipient
            tgt.extend(
                p
                for c in holder.children
                if c.dep_ == "prep" and c.lower_ in ("to", "for")
                for p in _pobjs(c)
            )
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
    """ "shot down a drone", "intercepted two missiles": the weapon is what is hit (not
    "gunned down", "mowed down": people killed)."""
    lemma = tok.lemma_.lower()
    return lemma in ("intercept", "down") or (
        lemma not in ("gun", "mow")
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children)
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
