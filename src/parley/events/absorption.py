"""Which of a sentence's triggers are one event: a verb trigger and the event noun it
governs ("approved the sale of F-16 jets"), an act and the manner or purpose named with
it ("detaining the president in dawn raids"), are coded once.

Moved out of events/coder.py unchanged (a behaviour-preserving split); EventCoder takes
_absorb_nominals from the TriggerAbsorption class."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from parley.events.arguments import (
    PARTY_PREPS,
    _anchor,
    _inquiry_subject,
    _left_agreement,
    _quantity_of,
    _under_attack,
)
from parley.events.certainty import (
    ACCUSATION_NOUNS,
)
from parley.events.finding import (
    TREATY_NOUNS,
)
from parley.events.lexicon import Lexicon
from parley.events.sides import (
    DENUNCIATION_VERBS,
)
from parley.events.tokens import (
    _infinitive,
    _sent_somewhere,
    _Trig,
)
from parley.events.triggers import (
    LONG_SPANS,
    _after_event,
    _fled_from,
    _nth_day_of,
    _suspected_of,
)

# verbs of a government or court giving the go-ahead to an act it then carries out
APPROVAL_VERBS = frozenset({"approve", "authorise", "authorize", "clear"})


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


# nouns and adjectives of a feeling voiced "at" an act ("voiced alarm at the fighting",
# "expressed outrage at the killings"): the act is what the feeling is about
FEELING_WORDS = frozenset(
    {"alarm", "concern", "dismay", "outrage", "anger", "regret", "shock", "sadness", "alarmed"}
)


def _feeling_at(tok: Token) -> bool:
    """Whether a nominal trigger is the "at" object of a voiced feeling."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "at":
        return False
    owner = tok.head.head
    return owner.lower_ in FEELING_WORDS or any(
        c.dep_ in ("dobj", "acomp") and c.lower_ in FEELING_WORDS for c in owner.children
    )


# places and means an act may be launched from ("bases for strikes on Iran", "a
# staging ground for attacks on Russia", "a pretext for an invasion"): a possible use
USE_NOUNS = frozenset(
    {"base", "ground", "launchpad", "springboard", "platform", "pretext", "excuse", "airfield"}
)


def _use_for(tok: Token) -> bool:
    """Whether a nominal trigger is what a base or pretext would serve ("for X"), or
    what something is used for ("use their bases for strikes")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    owner = tok.head.head
    if owner.pos_ == "VERB":  # (but "Russia used Belarusian airfields for strikes": done)
        return owner.lemma_.lower() == "use" and owner.tag_ == "VB"
    # ("bases" may be read as the plural of "basis")
    return owner.pos_ == "NOUN" and (owner.lemma_.lower() in USE_NOUNS or owner.lower_ == "bases")


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


def _owned_accusation(trig: _Trig) -> bool:
    """ "Kyiv's allegation that Moscow ... was dismissed by the Kremlin": an accusation
    noun, the subject of its answer, with its author and what it says named is the
    author's act (not a bare "rejected Manila's accusations": only the answer is told)."""
    tok = trig.tok
    kids = list(tok.children)
    return (
        trig.entry.type == "ACCUSE"
        and tok.dep_ == "nsubjpass"  # (an object's "that" clause often names the answerer
        # by a pronoun: "rejected accusations by X that its army had ...")
        and tok.pos_ == "NOUN"
        and tok.lemma_.lower() in ACCUSATION_NOUNS
        and any(c.dep_ in ("acl", "ccomp") and c.i > tok.i for c in kids)
        and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in kids)
    )


def _amount_in(noun: Token, verb: Token) -> bool:
    """ "suspended $95 million in military aid": the noun names what the verb's object,
    an amount, is of (so the verb acts on it as on its object)."""
    amount = noun.head.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and amount.dep_ == "dobj"
        and amount.head.i == verb.i
        and (amount.ent_type_ == "MONEY" or amount.like_num)
    )


def _governing_verb(prep: Token) -> Token | None:
    """The verb a prepositional phrase belongs to, through the nouns it may be hung on
    ("detained X and leaders of the party in raids": detained)."""
    up = prep.head
    for _ in range(8):
        if up.pos_ in ("VERB", "AUX"):
            return up
        if up.dep_ not in ("dobj", "conj", "pobj", "prep", "appos", "compound") or up.head is up:
            return None
        up = up.head
    return None


# participles that sum up the act just told ("..., completing a withdrawal")
COMPLETION_VERBS = frozenset({"complete", "finish", "conclude", "end"})


CONDEMNED_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def _mediated_under(trig: _Trig, by_tok: dict[int, _Trig]) -> bool:
    """ "held talks under Egyptian mediation", "met under the auspices of the UN": a
    mediation under which talks named in the same clause were held is told, not
    background (as "under the agreement" is)."""
    if trig.entry.mode != "third-party" or trig.tok.dep_ != "pobj":
        return False
    if trig.tok.head.lower_ != "under":
        return False
    held = trig.tok.head.head  # the talks, their verb, or the light verb holding them
    talks = [held, *(c for c in held.children if c.dep_ == "dobj")]
    return any(t.i in by_tok and by_tok[t.i].entry.type == "CONSULT" for t in talks)


def _object_of_entry(noun: Token, by_tok: dict[int, _Trig]) -> bool:
    """Whether an event noun is the object a verb trigger's entry names, told as an
    amount of it ("is holding back $800 million in military aid", "froze $2 billion in
    funds"): the verb's event, not a second one."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "of"):
        return False
    amount = prep.head
    if amount.ent_type_ not in ("MONEY", "CARDINAL", "QUANTITY") or amount.dep_ != "dobj":
        return False
    gov = by_tok.get(amount.head.i)
    return gov is not None and gov.entry.object == noun.lemma_.lower()


# nouns for a deal or measure whose aims and workings are its terms, no one's intent
DEAL_SUBJECTS = TREATY_NOUNS | {"truce", "ceasefire", "plan", "resolution", "proposal", "text"}


# verbs by which a deal says what it holds ("provides for a withdrawal")
PROVIDING_VERBS = frozenset({"provide", "call", "allow"})


def _provided_for(tok: Token) -> bool:
    """ "The deal provides for the withdrawal of heavy weapons and the release of all
    prisoners": what a deal's subject provides for (each listed act) is its terms."""
    for up in tok.ancestors:  # (a listed act may hang on the one before it)
        if up.pos_ in ("VERB", "AUX"):
            return False
        if up.dep_ == "prep" and up.lower_ == "for":
            verb = up.head
            return verb.lemma_.lower() in PROVIDING_VERBS and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in DEAL_SUBJECTS for c in verb.children
            )
    return False


class TriggerAbsorption:
    """Which of a sentence's triggers are one event; needs the coder's lexicon."""

    lex: Lexicon

    def _absorb_nominals(self, trigs: list[_Trig]) -> None:
        """A verb trigger and the event noun it governs are one event, not two."""
        by_tok = {t.tok.i: t for t in trigs}
        for trig in trigs:
            head = trig.tok.head
            if (
                trig.entry.type == "AID"
                and trig.tok.dep_ == "pobj"
                and head.lower_ == "in"
                and head.head.dep_ == "dobj"
                and head.head.lemma_.lower() in self.lex.object_classes.get("@sums", ())
                and head.head.head.i in by_tok
                and by_tok[head.head.head.i].entry.type == "SUPPORT"
                and head.head.head.lemma_.lower() in APPROVAL_VERBS
            ):
                # "approved 50 billion euros in aid to Ukraine": the aid it grants, no praise
                by_tok[head.head.head.i].dropped = True
            if (
                trig.entry.type in ("COOPERATE", "AID")
                and trig.tok.dep_ == "dobj"
                and head.i in by_tok
                and by_tok[head.i].entry.type in ("SUPPORT", "AGREE")
                and head.lemma_.lower() in APPROVAL_VERBS
            ):
                # "approved the sale of F-16 jets to Taiwan", "approved the extradition of
                # X to the United States": the approval puts the act in train (an AGREE
                # when an apposition, ", a deal worth $8 billion", reads as its object)
                approval = by_tok[head.i]
                approval.entry = replace(approval.entry, type=trig.entry.type, mode=None)
                approval.mode = None
            if (
                trig.entry.type in ("COOPERATE", "AID")
                and trig.tok.pos_ == "VERB"
                and trig.tok.dep_ in ("relcl", "acl")
                and _infinitive(trig.tok)
                and head.dep_ == "dobj"
                and head.head.i in by_tok
                and by_tok[head.head.i].entry.type == "AGREE"
            ):
                trig.dropped = True  # "signed a $5 billion deal to buy S-400 systems from
                # Russia": the deal signed is the event, the purchase its content
            if (
                trig.entry.type == "ASSAULT"
                and trig.tok.pos_ == "NOUN"
                and trig.tok.dep_ == "pobj"
                and head.lower_ in ("in", "during")
                and (verb := _governing_verb(head)) is not None
                and verb.i in by_tok
                and by_tok[verb.i].entry.type == "COERCE"
            ):
                # "detaining the president in dawn raids": how the arrest was made (the
                # parser may hang the raids on whom it took: "detaining X and leaders of
                # the NLD in dawn raids")
                trig.dropped = True
            if (
                trig.entry.type == "ASSAULT"
                and trig.tok.lemma_.lower() == "target"
                and trig.tok.dep_ in ("acl", "advcl")
                and head.i in by_tok
                and by_tok[head.i].entry.type in ("SANCTION", "COERCE")
            ):
                trig.dropped = True  # "sanctions targeting Russian gas exports": their aim
            if (
                trig.entry.type == "ASSAULT"
                and trig.tok.dep_ == "acl"
                and head.dep_ == "pobj"
                and head.head.dep_ == "agent"
                and head.head.head.i in by_tok
                and by_tok[head.head.head.i].entry.type == "ASSAULT"
            ):
                # "was hit by missiles fired by the Houthis": the firing is the hit, whose
                # weapons' owner is its source
                trig.dropped = True
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
                trig.entry.type == "MOBILIZE"
                and trig.tok.pos_ == "VERB"
                and any(
                    c.dep_ == "advcl"
                    and c.tag_ == "VBG"
                    and c.lemma_.lower() in COMPLETION_VERBS
                    and any(
                        g.dep_ == "dobj" and g.i in by_tok and by_tok[g.i].entry.type == "RETREAT"
                        for g in c.children
                    )
                    for c in trig.tok.children
                )
            ):
                # "the last troops rolled across the border into Kuwait, completing the
                # withdrawal from Iraq": the move is the withdrawal, told as a whole after
                trig.dropped = True
            if (
                trig.entry.lemma in ("order", "command", "instruct")
                and trig.addressee is None
                and not _sent_somewhere(trig.tok)
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
            by = trig.tok.head
            if (
                trig.entry.type == "REJECT"
                and trig.tok.dep_ == "pcomp"
                and by.lower_ == "by"
                and by.head.i in by_tok
                and by_tok[by.head.i].entry.type in ("COERCE", "SANCTION")
            ):
                # "took RCTV off the air by refusing to renew its licence": the refusal is
                # how the coercion was done, one act
                trig.dropped = True
        for trig in trigs:
            if trig.tok.pos_ not in ("NOUN", "PROPN") or trig.dropped:
                continue
            if trig.entry.pos == "VERB":
                continue  # a verb read as a noun ("Russia, Ukraine swap prisoners"): no nominal
            if _object_of_entry(trig.tok, by_tok):
                trig.dropped = True  # "is holding back $800 million in military aid": one act
                continue
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
                    and (
                        t.entry.type == trig.entry.type
                        or (trig.entry.type == "AGREE" and t.entry.type == "COOPERATE")
                    )  # "took a stake in the port, completing a deal worth ..."
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
            if trig.entry.type == "CONSULT" and _left_agreement(trig.tok, by_tok, depth=6):
                # "suspended its role as a mediator in talks on a ceasefire": the talks
                # are what is left, not a new round
                trig.dropped = True
                continue
            if (
                trig.tok.dep_ == "compound"
                and trig.tok.head.i not in by_tok
                and (
                    (trig.tok.head.lemma_.lower() in EFFORT_NOUNS and trig.entry.type == "CONSULT")
                    or (trig.tok.head.lemma_.lower() == "note" and trig.entry.type == "ACCUSE")
                )
            ):
                # "launched a mediation effort between A and B": the effort is the event
                # (and "delivered a protest note to Warsaw": the note is the protest)
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
            elif _provided_for(trig.tok):
                trig.dropped = True  # "The deal provides for the release of all prisoners":
                continue  # its terms, not an act done
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
            elif _mediated_under(trig, by_tok):
                pass  # "held talks under the auspices of Clinton": the mediation of them
            elif _feeling_at(trig.tok):
                trig.dropped = True  # "voiced alarm at the fighting": what it is about
                continue
            elif _use_for(trig.tok):
                trig.dropped = True  # "a staging ground for attacks": what it may serve
                continue
            elif trig.tok.dep_ == "pobj" and trig.tok.head.lower_ in BACKGROUND_PREPS:
                holder = trig.tok.head.head if _quantity_of(trig.tok) else None
                if holder is None or (
                    holder.dep_ == "pobj" and holder.head.lower_ in BACKGROUND_PREPS
                ):
                    trig.dropped = True  # "after days of clashes": background
                    continue
            prep = trig.tok.head
            host = prep.head
            idiom = host.head.head if host.dep_ == "pobj" else host.head
            if (
                host.pos_ == "NOUN"
                and idiom.i in by_tok
                and by_tok[idiom.i].entry.object == host.lemma_.lower()
            ):
                host = idiom  # "took 12 lawmakers into custody in overnight raids": the verb's
            if (
                trig.tok.dep_ == "pobj"
                and prep.dep_ == "prep"
                and host.i in by_tok
                and host.pos_ == "VERB"
                and prep.lower_ not in PARTY_PREPS
                and prep.lower_ not in ("during", "amid")  # "... during a visit to Baku"
                and not (
                    trig.entry.type in ("CONSULT", "COOPERATE")
                    and by_tok[host.i].entry.type != trig.entry.type
                )  # "apologised to Aliyev in a phone call": a call as well; "seized
                # cocaine in a joint operation": the two forces cooperated as well
                and not _mediated_under(trig, by_tok)  # "met under Qatari mediation"
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
            elif _mediated_under(trig, by_tok):
                continue  # "met under Qatari mediation": the meeting and the mediation
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
            elif gov.entry.type == "REJECT" and _owned_accusation(trig):
                continue  # "Kyiv's allegation that ... was dismissed": the claim and its answer
            elif (
                trig.entry.type == gov.entry.type
                or trig.tok.dep_ in ("dobj", "nsubjpass")
                # "cut off all military and economic aid": the second of two objects
                or (
                    trig.tok.dep_ == "conj"
                    and trig.tok.head.dep_ == "dobj"
                    and gov.entry.object == trig.tok.lemma_.lower()
                )
                or (gov.tok.dep_ == "amod" and gov.tok.head.i == trig.tok.i)
                or _amount_in(trig.tok, gov.tok)
            ):  # (the last but one: "Tehran relaxed restrictions", the object of a misread
                # verb; the last: "suspended $95 million in military aid", the object too)
                trig.dropped = True
