"""Parse repairs: the first stage of coding a sentence.

spaCy's small model misparses some news-English shapes (headline verbs read as nouns,
passive participles read as adjectives, clause subjects hung on the wrong verb). These
functions re-attach heads and relabel tokens in place before any trigger is looked at,
and tell the later stages when a word was misread.

Moved out of coder.py unchanged (behaviour-preserving split); EventCoder calls them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from parley.actors.matcher import Scan
from parley.events.certainty import ACCUSATION_NOUNS
from parley.events.tokens import _infinitive, doc_words

log = logging.getLogger(__name__)


def _noun_tagged_as_verb(tok: Token) -> bool:
    """A plural noun the tagger took for a verb: an object with a verb's -s form."""
    return tok.pos_ == "VERB" and tok.dep_ in ("dobj", "pobj") and tok.tag_ == "VBZ"


VOWELS = "aeiou"


def _undoubled(word: str, lemma: str) -> bool:
    """ "raped" lemmatised "rap": a one-syllable verb ending consonant-vowel-consonant
    doubles its last letter before -ed ("rapped", "scrapped"), so a past form that does
    not is the past of the verb in -e ("rape", "scrape")."""
    syllables = sum(
        1 for i, c in enumerate(lemma) if c in VOWELS and (i == 0 or lemma[i - 1] not in VOWELS)
    )
    return (
        word == lemma + "ed"
        and len(lemma) >= 3
        and lemma[-1] not in VOWELS + "wxy"
        and lemma[-2] in VOWELS
        and lemma[-3] not in VOWELS
        and syllables == 1
    )


# verbs that report a whole clause ("Armenia said Azerbaijan concentrated troops"), not
# ones that take a noun phrase ("described Iran supplied drones as ...")
SAY_VERBS = frozenset({"say", "report", "claim", "confirm", "announce", "state", "add"})


# words of a noun phrase that opens a clause ("The U.S. military", "Qatar's emir")
SUBJECT_PHRASE_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "POS", "CD"})


def _phrase_start(tok: Token) -> int:
    """Where the noun phrase ending at ``tok`` starts, by tags (and coordinated
    modifiers)."""
    start, doc = tok.i, tok.doc
    while start > tok.sent.start:
        before = doc[start - 1]
        coordinated = (  # "Jordanian and Egyptian air force planes": two demonyms
            before.tag_ == "CC"
            and start - 2 >= tok.sent.start
            and doc[start - 2].tag_ in ("JJ", "NNP")
            and before.head.i == start - 2
        )
        if before.tag_ not in SUBJECT_PHRASE_TAGS and not coordinated:
            break
        start -= 1
    return start


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
    if tok.tag_ == "JJ" and tok.lower_.endswith("ed") and tok.dep_ in ("ROOT", "ccomp"):
        # "French military planes parachuted pallets of food": an "-ed" adjective that
        # heads a clause with a subject and an object is a past tense
        subj = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
        obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
        if subj is not None and obj is not None:
            return subj, obj
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
        obj.dep_ == "nsubj" and obj.head.tag_ == "VB" and _infinitive(obj.head)
    )  # "scrambled fighter jets to intercept two bombers"
    verbless = verbless or (
        obj.dep_ == "nsubj"
        and obj.head.lemma_.lower() in SAY_VERBS
        and any(c.dep_ == "nsubj" and c.i > obj.i for c in obj.head.children)
    )  # "Moscow concentrated forces near Kupiansk, Ukraine's military said": two subjects
    verbless = verbless or (obj.dep_ == "nsubj" and _dangling_and(obj))
    verbless = verbless or (
        obj.dep_ in ("dobj", "appos") and obj.head.i == subj.i and subj.dep_ == "ROOT"
    )  # "ECOWAS imposed sanctions on Niger": the name read as the verb; "air force planes
    # parachuted pallets of food": the object read as the subject's apposition
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


def _repair_the_two(doc: Doc) -> None:
    """ "X received Y in Delhi, and the two signed agreements on rail links": the small
    model reads "the two signed agreements" as one noun phrase, the verb an adjective of
    its object. After "and", a past verb between "the two" and a noun is made a clause
    conjoined to the verb the phrase hung on, "the two" its subject and the noun its
    object."""
    for verb in doc:
        if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.i < 3:
            continue
        two, the, conj = doc[verb.i - 1], doc[verb.i - 2], doc[verb.i - 3]
        obj = verb.head
        if (
            two.lower_ != "two"
            or the.lower_ != "the"
            or conj.lower_ != "and"
            or obj.i <= verb.i
            or two.head.i != obj.i
            or the.head.i != obj.i
            or obj.head.pos_ not in ("VERB", "AUX")
        ):
            continue
        head = obj.head
        verb.head, verb.dep_ = head, "conj"
        two.head, two.dep_ = verb, "nsubj"
        the.head = two
        obj.head, obj.dep_ = verb, "dobj"
        conj.head = head


def _repair_agent_of_deed(doc: Doc) -> None:
    """ "opened an inquiry on Friday into alleged atrocities by Ethiopian forces": the
    small model hangs the "by" phrase on the active verb, where it reads as the verb's
    agent. Right after the object of "into" or "over" ("sanctions over abuses by the
    police"), on a verb with a subject of its own, it is the deed's doer."""
    for by in doc:
        if by.lower_ != "by" or by.dep_ != "prep" or by.i == 0:
            continue
        deed, verb = doc[by.i - 1], by.head
        if (
            deed.pos_ == "NOUN"
            and deed.dep_ == "pobj"
            and deed.head.lower_ in ("into", "over")
            and deed.head.head.i == verb.i
            and verb.pos_ == "VERB"
            and any(c.dep_ == "nsubj" for c in verb.children)
        ):
            by.head = deed


def _repair_active_agent(doc: Doc) -> None:
    """ "Washington stuck by Riyadh", "stood by its ally": the parser marks the "by"
    phrase of an active verb (a subject, no passive auxiliary) as its agent; there it is
    a plain preposition, and the "by" party is no doer."""
    for by in doc:
        if by.dep_ != "agent" or by.head.tag_ not in FINITE_TAGS:
            continue
        deps = {c.dep_ for c in by.head.children}
        if "nsubj" in deps and not deps & {"auxpass", "nsubjpass"}:
            by.dep_ = "prep"


def _repair_name_read_as_verb(doc: Doc) -> None:
    """ "expressed gratitude to Denmark for its pledge": the small model reads "to" as an
    infinitive marker and the name as its verb (a relative clause). A capitalised name
    the entity tagger marks as a place, people or body is no verb: "to" is a preposition
    with the name as its object, and the name's phrases go back to what "to" hangs on."""
    for name in doc:
        if (
            name.pos_ != "VERB"
            or name.i < 2
            or name.ent_type_ not in NAME_LABELS
            or not name.text[:1].isupper()
        ):
            continue
        to = doc[name.i - 1]
        if to.lower_ != "to" or to.dep_ != "aux" or to.head.i != name.i:
            continue
        host = name.head if name.dep_ != "ROOT" else None
        if host is None:
            continue
        for c in list(name.children):
            if c.dep_ == "prep":
                c.head = host
        to.head, to.dep_ = host, "prep"
        name.head, name.dep_ = to, "pobj"
        name.pos_, name.tag_ = "PROPN", "NNP"


# entity labels of names the parser may misread as verbs
NAME_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


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
            verb.dep_ = "conj"
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
            verb.dep_ = "conj"
            first.head, first.dep_ = own, dep  # "on Friday"


def _subjectless_verb_after(doc: Doc, end: int, anchor: Token) -> Token | None:
    """The finite verb right after ``end`` (past any auxiliary or adverb), conjoined to
    the clause that holds ``anchor``, when it has no subject of its own."""
    if end + 1 >= len(doc):
        return None
    verb = doc[end + 1]
    while verb.dep_ in PRE_VERB_DEPS and verb.head.i > verb.i:
        verb = verb.head
    # ("freed four soldiers on Saturday and Israel released 200 prisoners": the second
    # verb read as an adverbial clause with no word that subordinates it)
    unmarked = verb.dep_ == "advcl" and not any(c.dep_ in ("mark", "advmod") for c in verb.children)
    if (
        verb.pos_ != "VERB"
        or (verb.dep_ != "conj" and not unmarked)
        or verb.head.pos_ not in ("VERB", "AUX")
        or anchor not in verb.head.subtree
        or not any(t.tag_ in FINITE_TAGS for t in doc[end + 1 : verb.i + 1])
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    ):
        return None
    return verb


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


# prepositions of the attack in which people died or were hurt ("killed in shelling")
CAUSE_PREPS = frozenset({"in", "during", "amid"})


def _gerund_attack(prep: Token) -> None:
    """ "two soldiers died in shelling by Azerbaijani forces": the small model reads the
    attack noun after "in" as a gerund clause; it is made the object of the preposition
    so that its "by" phrase names the attacker."""
    gerund = next((c for c in prep.children if c.dep_ == "pcomp"), None)
    if (
        gerund is None
        or gerund.tag_ != "VBG"
        or gerund.lower_ not in UNDER_ATTACK_NOUNS
        or gerund.i != prep.i + 1
        or any(c.dep_ in ("dobj", "nsubj") for c in gerund.children)  # "in shelling the town"
    ):
        return
    gerund.pos_, gerund.tag_, gerund.lemma_ = "NOUN", "NN", gerund.lower_
    gerund.dep_ = "pobj"


def _repair_under_attack(doc: Doc) -> None:
    """ "Kharkiv came under heavy Russian shelling", "two soldiers died in Azerbaijani
    shelling": the small model makes the nationality the object of "under" (or "in") and
    "shelling" a clause of the verb. The attack noun is made the object of the
    preposition, the nationality (and what modified it) its modifiers, so that the
    attacker is read off the noun."""
    for prep in doc:
        if prep.lower_ in CAUSE_PREPS and prep.dep_ == "prep":
            _gerund_attack(prep)
        if not (
            (prep.lower_ == "under" and prep.head.lemma_.lower() in ("come", "be"))
            or (prep.lower_ in CAUSE_PREPS and prep.dep_ == "prep" and prep.head.pos_ == "VERB")
        ):
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


def _repair_fronted_participle(doc: Doc) -> None:
    """ "Visiting Yerevan on Friday, the minister announced ...", "Accusing Mugabe's
    supporters of violence, Tsvangirai pulled out ...": a sentence that opens with a
    participle clause set off by a comma. The small model makes the participle the main
    verb's clausal subject, or an adjective of the noun after it (the object's head then
    a second subject). The participle is made an adverbial clause of the first finite verb
    after the comma that has a subject there, and what it governed before the comma its
    own again, so that both acts share the main clause's subject."""
    starts = [s.start for s in doc.sents]
    for start in starts:
        first = doc[start]
        if first.tag_ != "VBG" or not first.is_title or first.dep_ == "ROOT":
            continue
        sent_end = first.sent.end
        comma = next((t for t in doc[start + 1 : sent_end] if t.lower_ == ","), None)
        if comma is None or comma.i - start < 2:
            continue
        verb = next(
            (
                t
                for t in doc[comma.i + 1 : sent_end]
                if t.tag_ in FINITE_TAGS
                and t.pos_ in ("VERB", "AUX")
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > comma.i for c in t.children)
            ),
            None,
        )
        if verb is None or first.head.i not in (verb.i, *range(start, comma.i)):
            continue
        if first.dep_ == "csubj" and first.head.i < comma.i:
            continue  # "Attacking Iran would be a mistake, analysts said": its own clause
        inside = range(start, comma.i + 1)
        loose = [t for t in doc[start + 1 : comma.i] if t.head.i not in inside]
        first.head, first.dep_ = verb, "advcl"
        for t in loose:
            t.head = first
            if t.dep_ in ("nsubj", "nsubjpass", "csubj"):
                t.dep_ = "dobj"
        comma.head = verb


# words that open a fronted phrase before the main clause ("After talks in Doha, ...")
FRONTING_WORDS = frozenset(
    {"in", "after", "following", "under", "at", "during", "with", "amid", "before", "as"}
)


def _date_phrase(prep: Token) -> bool:
    """ "on Tuesday", "late on Wednesday": a preposition whose objects are all dates."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _repair_fronted_subject(doc: Doc) -> None:
    """ "In a deal brokered by Erdogan, Ethiopia and Somalia agreed ...", "After talks
    hosted by Anwar, Thailand and Cambodia agreed ...": the small model runs the main
    clause's subject into the fronted phrase, as a conjunct or apposition of its last
    noun, and leaves
    the verb without a subject (or takes the noun after "After" for it). The noun phrase
    right after the comma, hung on a word before it, is made the subject of the verb that
    follows it; a stolen subject after "After" becomes its object again."""
    for start in [s.start for s in doc.sents]:
        opener = doc[start]
        if opener.lower_ not in FRONTING_WORDS:
            continue
        end = opener.sent.end
        comma = next((t for t in doc[start + 1 : end] if t.lower_ == ","), None)
        if comma is None or comma.i + 1 >= end:
            continue
        subj = doc[comma.i + 1]
        while subj.head.i > subj.i and subj.head.i < end and subj.dep_ not in ("conj", "appos"):
            subj = subj.head  # "the Myanmar military": up to the noun
        if (
            subj.dep_ not in ("conj", "appos")
            or subj.head.i >= comma.i
            or subj.left_edge.i != comma.i + 1
            or subj.pos_ not in ("PROPN", "NOUN")
        ):
            continue
        after = subj.right_edge.i + 1
        while after < end:
            word = doc[after]
            if word.pos_ in ("ADV", "AUX") and word.tag_ != "VBD":
                after += 1
            elif word.dep_ == "prep" and _date_phrase(word):
                after = word.right_edge.i + 1  # "South Korea on Tuesday fully suspended"
            else:
                break
        if after >= end:
            continue
        verb = doc[after]
        if verb.pos_ == "AUX" and verb.head.i > verb.i:
            verb = verb.head  # "were dispatched"
        if verb.tag_ not in FINITE_TAGS | {"VBN"} or verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.i > comma.i for c in subjects):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        subj.head, subj.dep_ = verb, "nsubjpass" if passive else "nsubj"
        comma.head = verb
        for old in subjects:  # "After talks in Putrajaya": "talks" is the object of "After"
            if opener.head.i == verb.i and opener.dep_ == "mark" and old.i > opener.i:
                opener.dep_, opener.pos_ = "prep", "ADP"
                old.head, old.dep_ = opener, "pobj"


RELATIVE_WORDS = frozenset({"that", "who", "whom", "which"})


def _repair_cleft(doc: Doc) -> None:
    """ "It was Yerevan that he blamed for ...", "It was Hamas that fired the rockets": a
    cleft puts the verb's object or subject after "It was" and leaves "that" in its place.
    The clefted name is made the verb's object (or subject) again."""
    for be in doc:
        if be.lemma_.lower() != "be" or be.dep_ not in ("ROOT", "ccomp"):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
            continue
        focus = next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        verb = next((c for c in be.children if c.dep_ in ("ccomp", "relcl")), None)
        if focus is None or verb is None or verb.i < focus.i:
            continue
        rel = next(
            (
                c
                for c in verb.children
                if c.lower_ in RELATIVE_WORDS
                and c.dep_ in ("dobj", "nsubj", "nsubjpass")
                and c.i == focus.right_edge.i + 1
            ),
            None,
        )
        if rel is None:
            continue
        focus.head, focus.dep_ = verb, rel.dep_
        rel.dep_ = "mark"


def _repair_coordinated_modifier(doc: Doc, is_actor: Callable[[Token], bool]) -> None:
    """ "Sudan's government and southern rebels signed a deal": the small model hangs the
    first of two coordinated actors on the second as its modifier ("government" an nmod
    of "rebels", with the "and" under it), so the pair reads as one actor. When both
    words are actors, the first is made the phrase's head (taking its place in the
    clause and the words before it) and the second its conjunct. "The defence and
    interior ministers" is left alone: "defence" is no actor."""
    for first in doc:
        cc = next((c for c in first.children if c.dep_ == "cc" and c.i == first.i + 1), None)
        second = first.head
        if (
            cc is None
            or cc.lower_ not in ("and", "or")
            or first.dep_ not in ("nmod", "compound")
            or first.pos_ not in ("NOUN", "PROPN")
            or second.pos_ not in ("NOUN", "PROPN")
            or second.i <= first.i
            or not (is_actor(first) and is_actor(second))
        ):
            continue
        # "Colombia's government and FARC rebels": the name read as the conjunct is the
        # second actor's modifier
        inner = [c for c in first.children if c.dep_ == "conj"]
        if any(c.i > second.i or c.pos_ not in ("NOUN", "PROPN") for c in inner):
            continue
        for c in inner:
            c.head, c.dep_ = second, "compound"
        before = [c for c in second.children if c.i < first.i]  # "Sudan's", "the"
        rooted = second.head.i == second.i  # the phrase was the sentence's root
        first.head, first.dep_ = (first if rooted else second.head), second.dep_
        second.head, second.dep_ = first, "conj"
        for c in before:
            c.head = first


def _repair_apposed_predicate(doc: Doc) -> None:
    """ "The Taliban's acting foreign minister, Amir Khan Muttaqi, whose government ...,
    held talks with ...": after a long apposition the small model may find no verb,
    make the subject noun the root and read the past tense after the last comma as an
    adjective of its object ("held talks" an apposition of the name). A past form right
    after a comma, modifying the noun right after it, in a sentence whose root is a
    noun, is the verb: it becomes the root, with the root noun its subject and the noun
    its object."""
    for tok in doc:
        if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or tok.i < 1:
            continue
        obj, root = tok.head, tok.sent.root
        if (
            doc[tok.i - 1].text != ","
            or obj.i != tok.i + 1
            or obj.dep_ != "appos"
            or root.pos_ not in ("NOUN", "PROPN")
            or root.i >= tok.i
            or obj not in root.subtree
        ):
            continue
        tok.head, tok.dep_, tok.tag_, tok.pos_ = tok, "ROOT", "VBD", "VERB"
        obj.head, obj.dep_ = tok, "dobj"
        root.head, root.dep_ = tok, "nsubj"


# dashes that set off an aside ("Ruto - fresh from a tour - held talks"; the parse
# stage reads a spaced hyphen as the dash)
DASHES = frozenset({"\u2014", "\u2013"})


def _repair_dashed_aside(doc: Doc) -> None:
    """ "Kenyan President William Ruto — fresh from a tour of the region — held talks":
    the small model may make the name the subject of the aside's adjective. A subject
    before an aside set off by two dashes, hung inside it, is the subject of the verb
    right after the second dash when that verb has none."""
    dashes = [t for t in doc if t.text in DASHES]
    for first, second in pairwise(dashes):
        verb = second.nbor() if second.i + 1 < len(doc) else None
        if (
            verb is None
            or first.sent != second.sent
            or verb.tag_ not in ("VBD", "VBZ", "VBP")
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            continue
        for subj in doc[first.sent.start : first.i]:
            if subj.dep_ == "nsubj" and first.i < subj.head.i < second.i:
                subj.head = verb
                break


def _repair_adverbial_name(doc: Doc) -> None:
    """ "Premier Zhu Rongji visited Washington.": a name right after a verb that has no
    object is sometimes read as an adverbial (npadvmod, as for "Tuesday"); a place,
    organisation or person name there is the verb's object."""
    for tok in doc:
        verb = tok.head
        if (
            tok.dep_ == "npadvmod"
            and tok.pos_ == "PROPN"
            and tok.ent_type_ in ("GPE", "ORG", "PERSON")
            and verb.pos_ == "VERB"
            and verb.i < tok.i
            and all(w.head.i == tok.i and w.i < tok.i for w in doc[verb.i + 1 : tok.i])
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
        ):
            tok.dep_ = "dobj"


# participles that qualify a place after a preposition ("in occupied Melitopol")
PLACE_PARTICIPLES = frozenset(
    {"occupied", "annexed", "besieged", "blockaded", "encircled", "liberated", "divided"}
)


def _repair_place_participle(doc: Doc) -> None:
    """ "struck a command post in occupied Melitopol": the parser leaves the
    preposition without an object and reads the participle as a verb whose object is the
    place; the place is the preposition's object, the participle its modifier (no act of
    occupying told)."""
    for part in doc:
        if part.lower_ not in PLACE_PARTICIPLES or part.i == 0 or part.pos_ != "VERB":
            continue
        prep = doc[part.i - 1]
        if prep.dep_ != "prep" or any(c.dep_ == "pobj" for c in prep.children):
            continue
        place = next(
            (c for c in part.children if c.dep_ == "dobj" and c.left_edge.i == part.i + 1),
            None,
        )  # (the place right after: "in occupied Melitopol", "in occupied East Jerusalem")
        if place is None or place.pos_ != "PROPN":
            continue
        head = part.head
        for c in list(part.children):
            if c.i > place.i:
                c.head = head if c.dep_ == "prep" else place
        place.head = prep
        place.dep_ = "pobj"
        part.head = place
        part.dep_ = "amod"


# envoys a government "calls in" to hear a protest
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge", "d'affaire"})


def _repair_called_in(doc: Doc) -> None:
    """ "Tokyo called in China's ambassador": the parser reads "in" as a preposition
    with the envoy as its object; it is the particle of "call in" and the envoy the
    verb's object, as after "summoned"."""
    for verb in doc:
        if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            continue
        prep = next(
            (c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1),
            None,
        )
        if prep is None or prep.lower_ != "in":
            continue
        envoy = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if envoy is None or envoy.lemma_.lower() not in ENVOY_NOUNS:
            continue
        prep.dep_ = "prt"
        envoy.head, envoy.dep_ = verb, "dobj"


def _repair_said_in_report(doc: Doc) -> None:
    """ "Amnesty said in a report that soldiers had tortured detainees": the parser may
    hang the "that" clause on the document noun as a relative clause; with "that" as its
    conjunction and a subject of its own it is what the speaker said (as it parses after
    "in a statement")."""
    for mark in doc:
        if mark.lower_ != "that" or mark.dep_ != "mark":
            continue
        clause = mark.head
        noun = clause.head
        if clause.dep_ not in ("relcl", "acl") or noun.dep_ != "pobj" or noun.i > mark.i:
            continue
        prep = noun.head
        verb = prep.head
        if (
            prep.lower_ != "in"
            or prep.dep_ != "prep"
            or verb.lemma_.lower() not in SAY_VERBS
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        ):
            continue
        clause.head, clause.dep_ = verb, "ccomp"


# tags that open a noun phrase shifted after its "as" label
NP_OPENING_TAGS = frozenset({"DT", "NNP", "NNPS", "JJ", "PRP$", "CD"})


def _repair_shifted_object(doc: Doc) -> None:
    """ "Rwanda rejected as baseless a U.N. report", "dismissed as fabricated the
    claims": a heavy object moved after its "as" label is read as the label's subject
    or object (or the label as its adjective); it is the verb's object."""
    for as_ in doc[1:-2]:
        verb, label = doc[as_.i - 1], doc[as_.i + 1]
        if as_.lower_ != "as" or verb.pos_ != "VERB":
            continue
        if label.pos_ not in ("ADJ", "VERB", "NOUN") or doc[as_.i + 2].tag_ not in NP_OPENING_TAGS:
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            continue
        obj = next(
            (
                t
                for t in doc[as_.i + 2 : as_.sent.end]
                if t.head.i in (label.i, as_.i)
                and t.pos_ in ("NOUN", "PROPN")
                and t.dep_ in ("nsubj", "dobj", "pobj")
            ),
            None,
        )
        if obj is None:
            continue
        if label.head.i == obj.i:  # "as absurd the claims": the label is not the noun's
            label.head, label.dep_ = as_, "pobj"
            as_.head, as_.dep_ = verb, "prep"
        obj.head, obj.dep_ = verb, "dobj"


# people and missions posted "to" a state or body ("the Palestinian delegation to the UN")
POSTED_NOUNS = frozenset(
    {"delegation", "delegate", "ambassador", "envoy", "mission", "representative", "embassy"}
)


def _repair_posted_to(doc: Doc) -> None:
    """ "refused visas to members of the Palestinian delegation to the U.N.": a second
    "to" phrase right after a first one that ends in a delegation or envoy says where
    they are posted; the parser hangs it on the verb as a second addressee."""
    for verb in doc:
        tos = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
        for first, second in pairwise(tos):
            last = doc[first.right_edge.i]
            if first.right_edge.i + 1 != second.i:
                continue
            if last.lemma_.lower() in POSTED_NOUNS and last.pos_ == "NOUN":
                second.head = last


# nouns a place's name stands beside ("in the capital Nairobi", "in the port city Aden")
NAMED_PLACE_NOUNS = frozenset({"capital", "city", "town", "port"})


def _repair_named_capital(doc: Doc) -> None:
    """ "Protesters in the capital Nairobi set fire to ...": the parser may read the
    city's name as a second subject of the verb; it names the capital (an apposition)."""
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.left_edge.i == 0:
            continue
        noun = doc[tok.left_edge.i - 1]
        if (
            noun.lower_ in NAMED_PLACE_NOUNS
            and noun.dep_ == "pobj"
            and any(c.dep_ == "nsubj" and c.i < noun.i for c in tok.head.children)
            and tok.head in noun.ancestors
        ):
            tok.head, tok.dep_ = noun, "appos"


def _repair_split_demonym(doc: Doc, is_demonym: Callable[[str], bool]) -> None:
    """ "accused Azerbaijani forces of ...": the parser may read the demonym as a noun of
    its own, a second object beside "forces"; it is the noun's modifier."""
    for tok in doc[:-1]:
        if tok.pos_ != "PROPN":
            continue
        noun = tok.nbor()
        if (
            is_demonym(tok.text)
            and noun.pos_ == "NOUN"
            and tok.dep_ == noun.dep_
            and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
            and tok.head.i == noun.head.i
        ):
            tok.head, tok.dep_ = noun, "amod"


# nouns for a body that its name may follow ("the West African bloc ECOWAS")
BODY_NOUNS = frozenset(
    {"bloc", "alliance", "group", "organisation", "organization", "union", "coalition"}
    | {"movement", "grouping", "militia", "body"}
)


def _repair_named_body(doc: Doc, scan: Scan) -> None:
    """ "were leaving the West African regional bloc ECOWAS": the tagger may read an
    all-capital name after a body noun as a verb ("ecowa") of its own clause; a name
    the dictionary knows as an organisation there is the noun's apposition."""
    for noun in doc[:-1]:
        name = noun.nbor()
        if noun.lower_ not in BODY_NOUNS or noun.pos_ != "NOUN" or name.pos_ not in ("VERB", "AUX"):
            continue
        match = scan.at(name.i)
        if match is None or match.start != name.i or match.entry.kind not in ("igo", "group"):
            continue
        if any(a.i == name.i for a in noun.ancestors):
            # "The bloc ECOWAS imposed sanctions": the noun is the misread name's subject,
            # the whole clause hangs on the name; re-hanging the name under the noun
            # would make each the other's head, and the clause reads best as it is
            continue
        for c in list(name.children):  # "... ECOWAS with immediate effect": the clause's
            c.head = noun.head if noun.head.i != noun.i else noun
        name.pos_, name.tag_ = "PROPN", "NNP"
        name.head, name.dep_ = noun, "appos"


def _repair_claim_subject(doc: Doc) -> None:
    """ "X accused Y of ..., a charge Caracas rejected": the parser may make the claim noun
    a second subject of the denial; it is the denial's object (the accusation stays the
    clause before it, see certainty.claim_tail)."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) == 1 and verb.pos_ == "VERB":
            # "..., a charge Abu Dhabi denies": the claim noun read as the first word
            # of a two-word name ("charge" a compound of "Dhabi")
            claim = next(
                (
                    c
                    for c in subjects[0].lefts
                    if c.dep_ == "compound" and c.lemma_.lower() in ACCUSATION_NOUNS
                ),
                None,
            )
            if claim is None:
                continue
            before = [c for c in subjects[0].lefts if c.i < claim.i]  # "a"
            start = min([claim.i, *(c.i for c in before)])
            if (
                start > 0
                and any(c.dep_ == "ccomp" and c.i < claim.i for c in verb.children)
                and doc[start - 1].text == ","
            ):
                for c in before:
                    c.head = claim
                claim.head, claim.dep_ = verb, "dobj"
            continue
        if len(subjects) != 2 or subjects[0].lemma_.lower() not in ACCUSATION_NOUNS:
            continue
        claim, subject = subjects
        if claim.i > subject.i or not any(
            c.dep_ == "ccomp" and c.i < claim.i for c in verb.children
        ):
            continue
        if claim.i > 0 and doc[claim.left_edge.i - 1].text == ",":
            claim.dep_ = "dobj"


# speech acts a speaker adds to a report ("... had sent drones and warned of retaliation");
# a deed ("had stormed the hotel and killed 20") stays in the reported clause
SPEAKER_VERBS = frozenset(
    {"warn", "vow", "threaten", "urge", "demand", "call", "pledge", "promise", "insist"}
    | {"deny", "accuse", "blame", "condemn", "denounce", "say", "add", "appeal"}
)


MODAL_AUX = frozenset({"would", "will", "could", "should", "might", "may"})


def _repair_reported_conj(doc: Doc) -> None:
    """ "Pyongyang charged that Seoul had sent drones ... and warned of retaliation": a
    simple-past verb coordinated with a past-perfect reported clause belongs to the
    reporting verb (the speaker warned), not to the reported act."""
    for clause in doc:
        if clause.dep_ != "ccomp" or clause.head.tag_ != "VBD":
            continue
        if clause.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in clause.children
        ):
            # "said there would be no return to war and announced the release of 30
            # prisoners": a simple past after a modal clause is the speaker's next act
            for verb in [c for c in clause.children if c.dep_ == "conj"]:
                if verb.tag_ == "VBD" and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children
                ):
                    verb.head = clause.head
            continue
        if clause.tag_ != "VBN":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
            continue
        for verb in [c for c in clause.children if c.dep_ == "conj"]:
            if verb.lemma_.lower() in SPEAKER_VERBS and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children
            ):
                verb.head = clause.head


def _repair_gerund_conj(doc: Doc) -> None:
    """ "The OLA denied killing civilians and blamed government-allied militias": a
    simple past with no subject of its own, read as coordinated with a gerund object
    ("killing"), is the finite verb's second act (the group blamed; it did not deny
    blaming)."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ != "VBD":
            continue
        gerund = verb.head
        if gerund.tag_ != "VBG" or gerund.dep_ not in ("xcomp", "pcomp"):
            continue
        finite = gerund.head.head if gerund.dep_ == "pcomp" else gerund.head
        if finite.tag_ not in ("VBD", "VBZ", "VBP") or finite.i > gerund.i:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            verb.head = finite


# "a plan for ending the war": a gerund of purpose inside a noun phrase
PURPOSE_PREPS = frozenset({"for", "toward", "towards"})
# when the clause's act happened ("on Tuesday", "after talks in Moscow with ...")
CLAUSE_TIME_PREPS = frozenset({"on", "after", "following", "before"})


def _repair_purpose_gerund_adjuncts(doc: Doc) -> None:
    """ "Medvedev agreed to a plan for ending the war in Georgia on Tuesday after talks in
    Moscow with Sarkozy": the day and the "after" talks tell when the agreeing verb's act
    happened, not the purpose's; the parser hangs them on the gerund ("ending")."""
    for gerund in doc:
        if (
            gerund.tag_ != "VBG"
            or gerund.dep_ != "pcomp"
            or gerund.head.lower_ not in PURPOSE_PREPS
        ):
            continue
        up = gerund.head.head  # the noun the purpose is of ("plan"), up to its verb
        for _ in range(4):
            if up.pos_ == "VERB" or up.dep_ not in ("pobj", "prep", "dobj") or up.head is up:
                break
            up = up.head
        if up.pos_ != "VERB" or up.tag_ not in FINITE_TAGS or up.i > gerund.i:
            continue
        for c in list(gerund.children):
            if c.dep_ != "prep" or c.lower_ not in CLAUSE_TIME_PREPS:
                continue
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if c.lower_ == "on" and not all(o.ent_type_ == "DATE" for o in objs):
                continue  # "ending the war on terror"
            if objs:
                c.head = up


# verbs with two objects ("gave U.S. officials information") and the people that are
# their first, the receivers
TWO_OBJECT_VERBS = frozenset({"give", "hand", "send", "offer", "grant", "show", "pass", "lend"})
RECEIVER_NOUNS = frozenset(
    {
        "official",
        "authority",
        "investigator",
        "agent",
        "diplomat",
        "counterpart",
        "prosecutor",
        "negotiator",
        "leader",
        "minister",
    }
)


def _repair_receiver_compound(doc: Doc) -> None:
    """ "Syrian intelligence gave U.S. officials information on al Qaeda cells": the
    receivers before the object are read as its compound ("officials information"); a
    plural noun of people is no compound of a thing, it is the verb's first object."""
    for tok in doc:
        if tok.dep_ != "compound" or tok.tag_ != "NNS" or tok.lemma_.lower() not in RECEIVER_NOUNS:
            continue
        obj = tok.head
        verb = obj.head
        if (
            obj.dep_ == "dobj"
            and obj.i == tok.i + 1
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in TWO_OBJECT_VERBS
            and verb.i < tok.i
        ):
            tok.head, tok.dep_ = verb, "dative"


def _repair_second_object(doc: Doc) -> None:
    """ "Niger's junta showed the French ambassador the door": the second object of a
    two-object verb is read as an apposition of the first (the receiver); with no comma
    between them it is the verb's object."""
    for tok in doc:
        first = tok.head
        if tok.dep_ != "appos" or first.dep_ != "dative" or tok.i < first.i:
            continue
        verb = first.head
        if (
            verb.lemma_.lower() in TWO_OBJECT_VERBS
            and not doc[tok.left_edge.i - 1].is_punct
            and any(c.dep_ == "det" for c in tok.children)
            and not any(c.dep_ == "dobj" for c in verb.children)
        ):
            tok.head, tok.dep_ = verb, "dobj"


def _vocabulary(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The doc's lower-case words and lower-case lemmas, read from spaCy's arrays (no
    Python loop over tokens). Repairs re-attach heads and relabel dependencies but never
    change a word or its lemma, so the sets hold for the whole repair pass."""
    from spacy.attrs import LEMMA

    strings = doc.vocab.strings
    lemmas = frozenset(strings[int(h)].lower() for h in set(doc.to_array(LEMMA).tolist()))
    return doc_words(doc), lemmas


def repair_parse(
    doc: Doc,
    scan: Scan,
    object_verbs: frozenset[str],
    is_actor: Callable[[Token], bool],
    is_demonym: Callable[[str], bool],
) -> None:
    """Run every repair over a parsed doc, in order (a later repair reads the parse an
    earlier one mended). A repair that needs a word or lemma the doc does not hold is
    skipped: each one's own test would find nothing there, so skipping changes nothing
    and saves a walk over every token (most news paragraphs need few of the repairs)."""
    words, lemmas = _vocabulary(doc)
    _repair_clause_subjects(doc, scan)
    if lemmas & object_verbs:
        _repair_object_clauses(doc, object_verbs)
    if words & SAME_FORM_PARTICIPLES:
        _repair_passive_participles(doc)
    if words & UNDER_PREPS and words & UNDER_ATTACK_NOUNS:
        _repair_under_attack(doc)
    _repair_verbless_pair(doc)
    if "two" in words:
        _repair_the_two(doc)
    if "by" in words and ("into" in words or "over" in words):
        _repair_agent_of_deed(doc)
    if "by" in words:
        _repair_active_agent(doc)
    if "to" in words:
        _repair_name_read_as_verb(doc)
    _repair_fronted_participle(doc)
    _repair_fronted_subject(doc)
    if "it" in words and "be" in lemmas:
        _repair_cleft(doc)
    if words & COORDINATORS:
        _repair_coordinated_modifier(doc, is_actor)
    _repair_adverbial_name(doc)
    if "," in words:
        _repair_apposed_predicate(doc)
    if words & DASHES:
        _repair_dashed_aside(doc)
    if words & PLACE_PARTICIPLES:
        _repair_place_participle(doc)
    if "call" in lemmas and "in" in words and lemmas & ENVOY_NOUNS:
        _repair_called_in(doc)
    if lemmas & ACCUSATION_NOUNS:
        _repair_claim_subject(doc)
    if "that" in words and "in" in words and lemmas & SAY_VERBS:
        _repair_said_in_report(doc)
    if "as" in words:
        _repair_shifted_object(doc)
    if "to" in words and lemmas & POSTED_NOUNS:
        _repair_posted_to(doc)
    if ("had" in words and lemmas & SPEAKER_VERBS) or words & MODAL_AUX:
        _repair_reported_conj(doc)
    _repair_split_demonym(doc, is_demonym)
    if words & NAMED_PLACE_NOUNS:
        _repair_named_capital(doc)
    if words & BODY_NOUNS:
        _repair_named_body(doc, scan)
    if "and" in words:
        _repair_gerund_conj(doc)
        if "'s" in words:
            _repair_coordinated_possessive(doc)
    if words & PURPOSE_PREPS and words & CLAUSE_TIME_PREPS:
        _repair_purpose_gerund_adjuncts(doc)
    if lemmas & TWO_OBJECT_VERBS and lemmas & RECEIVER_NOUNS:
        _repair_receiver_compound(doc)
    if lemmas & TWO_OBJECT_VERBS:
        _repair_second_object(doc)
    _break_cycles(doc)


def _repair_coordinated_possessive(doc: Doc) -> None:
    """ "the subsidiaries of France's Danone and Denmark's Carlsberg": the small model
    reads the first owned name as a modifier of the second and the second owner as the
    first name's conjunct. The first name takes the second's place, the second becomes
    its conjunct, and the second owner the second name's owner."""
    for first in doc:
        second = first.head
        if (
            first.dep_ != "nmod"
            or first.pos_ != "PROPN"
            or second.pos_ != "PROPN"
            or second.i < first.i
            or second.dep_ == "ROOT"
            or not any(c.dep_ == "poss" for c in first.children)
            or any(c.dep_ == "poss" for c in second.children)
        ):
            continue
        owner = next(
            (
                c
                for c in first.children
                if c.dep_ == "conj" and any(g.dep_ == "case" for g in c.children)
            ),
            None,
        )
        if owner is None:
            continue
        first.head, first.dep_ = second.head, second.dep_
        second.head, second.dep_ = first, "conj"
        owner.head, owner.dep_ = second, "poss"


def _break_cycles(doc: Doc) -> None:
    """A repair must never make a token its own ancestor, but if one ever does, every walk
    up the tree (to a clause, to the root) would never end: the loop is cut at its
    first token, which becomes a root. One pass, each token visited once, on the heads
    read from spaCy's arrays (no Token objects but for a loop's)."""
    from spacy.attrs import DEP, HEAD

    # (a token with no dependency label has no head: Token.head is the token itself)
    rows = doc.to_array([HEAD, DEP]).astype("int64").tolist()
    heads = [i + rel if dep else i for i, (rel, dep) in enumerate(rows)]
    done: set[int] = set()
    for start in range(len(heads)):
        path: list[int] = []
        on_path: set[int] = set()
        node = start
        while node not in done and heads[node] != node:
            if node in on_path:
                tok = doc[node]
                log.warning("parse repair left a loop at %r; cutting it", tok.text)
                tok.head, tok.dep_ = tok, "ROOT"
                heads[node] = node
                break
            path.append(node)
            on_path.add(node)
            node = heads[node]
        done.update(path)
        done.add(node)


# the prepositions _repair_under_attack starts from, and the words that join coordinated
# modifiers (_repair_coordinated_modifier)
UNDER_PREPS = CAUSE_PREPS | {"under"}
COORDINATORS = frozenset({"and", "or"})
