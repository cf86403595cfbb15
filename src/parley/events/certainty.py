"""How sure the text is of an event: certainty, attribution, negation, opinion.

Cues come from ``events/data/cues.yaml``. The scope of a cue is the trigger's
own clause and the clauses above it (a reporting verb governing the event,
"according to X" in the sentence), never a neighbouring phrase: in "detained
a soldier during an alleged sabotage attempt" the detention is asserted.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span, Token

from parley.events.lexicon import Cues
from parley.events.tokens import _infinitive, _sent_somewhere, doc_words

# strongest doubt wins when several cues apply
RANK = {"asserted": 0, "reported": 1, "claimed": 2, "alleged": 3, "speculative": 4}
MODAL_SPECULATIVE = frozenset({"may", "might", "could", "would", "should", "can", "must"})
MODAL_FUTURE = frozenset({"will", "shall"})
DOUBT_ADVERBS = {
    "reportedly": "reported",
    "allegedly": "alleged",
    "purportedly": "alleged",
    "apparently": "speculative",
    "possibly": "speculative",
    "probably": "speculative",
    "perhaps": "speculative",
    "likely": "speculative",
    "supposedly": "alleged",
    # a habit, not one act ("the drills usually draw protests from Pyongyang")
    "usually": "speculative",
    "typically": "speculative",
    "habitually": "speculative",
}
INTENT_MODALS = frozenset({"will", "shall", "would"})
# aspect verbs whose "-ing"/"to" complement is the act itself ("would keep attacking",
# "will continue to shell"): their modal and negation belong to that act
ASPECT_VERBS = frozenset({"keep", "continue", "resume", "carry"})
# verbs of obligation whose infinitive takes their modal ("would have to be approved")
OBLIGATION_VERBS = frozenset({"have", "need"})
INTENT_VERBS = frozenset(
    {"plan", "intend", "aim", "prepare", "seek", "want", "hope", "decide", "resolve", "mean"}
)
# verbs that put off an event named as their subject or object ("talks were postponed")
DEFERRAL_VERBS = frozenset({"postpone", "delay", "defer", "adjourn", "reschedule", "cancel"})
OPINION_LABELS = ("opinion:", "analysis:", "comment:", "editorial:", "column:", "op-ed:")
# wire slugs of what reports no new event: explainers, fact boxes, timelines, photo
# captions of file pictures and the headlines of related stories ("FACTBOX-Key facts
# about ...", "FILE PHOTO: Iraqi soldiers patrol ...", "RELATED COVERAGE: Israel strikes")
NON_NEWS_LABELS = (
    "analysis-",
    "explainer:",
    "explainer-",
    "factbox",
    "fact box",
    "timeline-",
    "timeline:",
    "file photo",
    "related coverage",
    "related:",
    "q&a:",
    "q+a-",
)
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "determined", "eager", "set"})
EXPECTATION_ADJECTIVES = frozenset(
    {
        "likely",
        "unlikely",
        "expected",
        "due",
        "poised",
        "keen",
        "reluctant",
        "unwilling",
        "unable",
        "certain",
        "sure",
        "bound",
        "free",
    }
)
EXPECTATION_VERBS = frozenset({"expect", "predict", "forecast", "anticipate"})
# nouns whose "to ..." clause is an aim ("a campaign to force X to resign")
CAMPAIGN_NOUNS = frozenset({"campaign", "plan", "bid", "effort", "push", "drive"})  # not "attempt"
# nouns whose clause is what someone asks for, not what happened
DEMAND_NOUNS = frozenset(
    {"demand", "appeal", "request", "plea", "ultimatum", "insistence", "deadline"}
)
# nouns of a stance toward an act ("support for a boycott"), and of a part in one
# ("involvement in the attacks"): the act is not reported by them
STANCE_NOUNS = frozenset({"support", "backing", "sympathy", "endorsement"})
PART_NOUNS = frozenset({"involvement", "role", "complicity", "participation", "hand"})


def _stance_toward(trigger: Token, anchor: Token) -> bool:
    """ "over their support for a boycott", "evidence of his involvement in the attacks":
    an event noun held by a noun of stance toward it, or of a part in it, on its way up
    to its clause's verb is not reported by the sentence."""
    node = trigger
    for _ in range(6):
        prep = node.head
        if prep.i == node.i or prep.i == anchor.i or prep.dep_ != "prep":
            return False
        holder = prep.head
        lemma = holder.lemma_.lower()
        if holder.pos_ == "NOUN" and (
            (lemma in STANCE_NOUNS and prep.lower_ == "for")
            or (lemma in PART_NOUNS and prep.lower_ == "in")
        ):
            return True
        if holder.i == anchor.i or prep.lower_ != "of":
            return False  # (only through "of": not "support for statehood in talks")
        node = holder
    return False


# verbs that take a gathering as the audience of a speech ("told a rally", "addressed a
# crowd of supporters"), and the gatherings
AUDIENCE_VERBS = frozenset({"tell", "address"})
AUDIENCE_NOUNS = frozenset({"rally", "crowd", "gathering", "demonstration"})
# verbs of ordering: as a participle on a ruling or decree ("a ruling ordering Warsaw to
# suspend the chamber") they tell what was ordered, not done
ORDER_VERBS = frozenset({"order", "instruct", "direct", "require", "oblige"})
INQUIRY_VERBS = frozenset({"investigate", "probe", "inspect", "examine", "verify", "monitor"})

# warnings whose "against" phrase names the act warned off, not one done
WARNING_WORDS = frozenset({"warn", "warning", "caution", "caveat"})

# verbs that send or move people or arms somewhere; their "to ..." infinitive is a
# purpose that has not happened yet ("sent fighters to Syria to fight", "called up
# reservists to fight", "rolled into Chechnya to crush the independence drive")
SENDING_VERBS = frozenset(
    {
        "send",
        "deploy",
        "dispatch",
        "call",
        "mobilise",
        "mobilize",
        "recruit",
        "train",
        "mass",
        "move",
        "station",
        "position",
        "rush",
        "fly",
        "airlift",
        "ship",
        "draft",
        "muster",
        "assemble",
        "roll",
        "advance",
        "cross",
        "enter",
        "head",
    }
)
# verbs of giving money or goods; an infinitive on what they give is its purpose
GIVING_VERBS = frozenset({"grant", "give", "lend", "extend", "provide"})
# verbs of meeting: "flew to Beijing to meet Xi" tells a visit (not "sent an envoy to ...")
MEETING_VERBS = frozenset({"meet", "discuss", "talk", "negotiate", "confer", "consult"})
# a feared act and a rumoured one are not reported as done (nor as anyone's intent)
FEAR_VERBS = frozenset({"fear", "worry"})
RUMOUR_NOUNS = frozenset({"rumour", "rumor", "speculation"})
EVIDENCE_VERBS = frozenset({"show", "suggest", "indicate", "find"})
POLL_NOUNS = frozenset({"poll", "survey", "study"})
FIRST_PERSON = frozenset({"i", "we", "my", "our", "us", "me"})


@dataclass
class Modality:
    certainty: str = "asserted"
    negated: bool = False
    intent: bool = False  # future or intended by its actor ("will send", "is ready to")
    conditional: bool = False  # "if ...", "unless ..."
    unless: bool = False  # "will do X unless Y acts": the condition makes the intent a threat
    conditioned_step: bool = False  # "could do X if ...": an intent only for a hostile step
    modal_intent: bool = False  # "will"/"would": intent when the text attributes it
    plain_future: bool = False  # "will"/"shall" on the trigger itself
    unattributed_intent: bool = False  # intent read from a plain "will", nobody quoted
    source_of_claim: Token | None = None  # the subject of the verb that reports/claims it

    def doubt(self, level: str, who: Token | None = None) -> None:
        if RANK[level] > RANK[self.certainty]:
            self.certainty = level
            if who is not None:
                self.source_of_claim = who
        elif who is not None and self.source_of_claim is None and level != "speculative":
            self.source_of_claim = who


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    for child in verb.children:  # "..., according to the ministry"
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)  # "visited Yerevan and announced that ...": shared subject
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        # "cut ties with Kyiv, alleging that it supported terrorists": the one who cut ties
        return _subject(verb.head)
    return None


def _clause_chain(trigger: Token, anchor: Token) -> list[Token]:
    """The trigger, its clause verb and every governing verb up to the root."""
    chain = [trigger]
    node = anchor
    while True:
        if node not in chain:
            chain.append(node)
        if node.head.i == node.i or _stated_setting(node):
            break
        node = node.head
    return chain


def _stated_setting(verb: Token) -> bool:
    """ "... during a visit to Chisinau, where he met President Maia Sandu": a past
    "where"/"when" clause states what happened there, whatever governs the place."""
    return (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBD"
        and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in verb.children)
    )


def _direct_question(anchor: Token) -> bool:
    """Whether the anchor's sentence is a direct question ("Will X approve ...?",
    "Was the court ever going to acquit him?"): it ends in "?" and its main verb has an
    auxiliary put before the subject."""
    if "?" not in doc_words(anchor.doc):
        return False
    sent = anchor.sent
    last = sent[-1] if sent[-1].text.strip() else sent[-2]
    if last.text != "?" or sent.text.lstrip().startswith(('"', "\u201c", "'")):
        return False
    root = sent.root
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if root.pos_ == "AUX" and subj:
        return root.i < subj[0].i  # "Was the court ever going to ...?"
    if root.pos_ == "AUX" and root.i == sent.start:
        return True  # "Is the United States prepared to ...?": the subject under "prepared"
    return bool(aux and subj and aux[0].i < subj[0].i)


# what an act is demanded or granted as, before another can happen
CONDITION_NOUNS = frozenset({"condition", "precondition", "prerequisite"})


def _fronted_condition_aux(verb: Token) -> bool:
    """ "Were Tehran to free the hostages, ...": the parser makes the sentence-opening
    auxiliary the head of the condition's verb."""
    head = verb.head
    return (
        verb.dep_ in ("advcl", "xcomp", "ccomp")
        and head.pos_ == "AUX"
        and head.lower_ in ("were", "had", "should")
        and head.i == verb.sent.start
        and head.i < verb.i
    )


# modals of ability whose act, held out on an "if" or "unless", is a stated step
CONDITIONED_MODALS = frozenset({"could", "may", "might"})


def _if_clause(verb: Token) -> bool:
    """Whether a verb carries an "if"/"unless" clause of its own (or on the verb it
    governs: "could stop cooperating if ...")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for h in heads
        for c in h.children
    )


def _inverted_condition(verb: Token, aux: Token) -> bool:
    """ "Had Kyiv backed down, ...", "Were Iran to comply, ...", "Should talks fail, ...":
    a condition clause that puts its auxiliary before the subject, with no "if"."""
    if verb.dep_ != "advcl" or aux.dep_ not in ("aux", "auxpass"):
        return False
    if aux.lower_ not in ("had", "were", "should") or aux.i != verb.left_edge.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in verb.children)


def _misparsed_inversion(verb: Token) -> bool:
    """ "Lives might have been saved had the peacekeepers been reinforced": the inverted
    "had" read as a verb of its own, with the condition's clause as its complement."""
    aux = verb.head
    return (
        verb.dep_ == "ccomp"
        and aux.lower_ in ("had", "were", "should")
        and aux.dep_ in ("advcl", "dep")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in aux.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and aux.i < c.i < verb.i for c in verb.children)
    )


def modality(trigger: Token, anchor: Token, cues: Cues) -> Modality:
    """Certainty, negation and who the claim is attributed to, for one trigger."""
    m = Modality()
    own = {trigger, anchor}
    if anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in ASPECT_VERBS:
        # "said it would keep attacking": the aspect verb carries the clause's modal
        own.add(anchor.head)
    if (
        anchor.dep_ == "xcomp"
        and anchor.head.lemma_.lower() in OBLIGATION_VERBS
        and any(
            c.dep_ == "aux" and c.lower_ in MODAL_FUTURE | MODAL_SPECULATIVE
            for c in anchor.head.children
        )
    ):
        m.doubt("speculative")  # "would first have to be approved": a condition, no intent
    if (
        anchor.dep_ == "conj"
        and anchor.pos_ == "VERB"
        and anchor.head.pos_ == "VERB"
        and not any(c.dep_ in SHARED_BLOCKERS for c in anchor.children)
    ):
        # "Russia will withdraw its forces and hand over control": a second verb with
        # no subject or auxiliary of its own shares the first one's modal
        for child in anchor.head.children:
            if child.dep_ == "aux" and child.lower_ in MODAL_FUTURE | MODAL_SPECULATIVE:
                m.doubt("speculative")
                m.plain_future = m.plain_future or child.lower_ in MODAL_FUTURE
                m.modal_intent = m.modal_intent or child.lower_ in INTENT_MODALS
    for tok in own:
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "neg" or (low == "no" and child.dep_ == "det"):
                m.negated = True
            elif low == "longer" and any(g.lower_ == "no" for g in child.children):
                m.negated = True  # "would no longer support its bid": the act stops
            elif child.dep_ in ("nsubj", "nsubjpass") and any(
                g.dep_ == "det" and g.lower_ == "no" for g in child.children
            ):
                m.negated = True  # "No Russian bombs struck Kharkiv": a negated subject
            elif _inverted_condition(tok, child):
                m.doubt("speculative")  # "Had Kyiv backed down, the war might have ended"
                m.conditional = True
            elif child.dep_ == "aux" and low in MODAL_FUTURE | MODAL_SPECULATIVE:
                m.doubt("speculative")
                if low in INTENT_MODALS:
                    m.modal_intent = True  # an intent only when someone states it
                elif low in CONDITIONED_MODALS and _if_clause(tok):
                    # "said Tehran could stop cooperating if ...": a hostile step held out
                    # on a condition, stated (a threat; the coder keeps it for those)
                    m.modal_intent = m.conditioned_step = True
                if low in MODAL_FUTURE:
                    m.plain_future = True
            elif child.dep_ in ("advmod", "amod") and low in DOUBT_ADVERBS:
                m.doubt(DOUBT_ADVERBS[low])
            elif child.dep_ == "det" and low in GENERIC_DETS and tok.pos_ == "NOUN":
                m.doubt("speculative")  # "every Russian strike on a power plant": no one act
            elif child.dep_ == "amod" and low in ("alleged", "suspected", "purported"):
                m.doubt("alleged")
            elif child.dep_ == "mark" and low in ("if", "unless", "whether"):
                m.doubt("speculative")  # ("it is unclear whether Japan will send aid")
                m.conditional = True
            elif child.dep_ in ("parataxis", "ccomp") and child.pos_ == "VERB":
                _reporting(child, m, cues)  # "X attacked Y, the ministry said"
            elif child.dep_ == "conj" and _trailing_report(child):
                _reporting(child, m, cues)  # the same, parsed as a coordinated verb
            elif child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ == "unless" for g in child.children
            ):
                m.unless = True  # "will withdraw its force unless ...": a threat
    if _direct_question(anchor):
        m.doubt("speculative")  # "Will Congress approve a new aid package?": asks, reports nothing
        m.conditional = True  # and its "will" states no one's intent
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "without":
        m.negated = True
    if _misparsed_inversion(anchor):
        m.doubt("speculative")  # "... had the peacekeepers been reinforced in time"
        m.conditional = True
    if (
        trigger.dep_ == "csubj"
        and trigger.tag_ == "VBG"
        and not any(c.dep_ == "nsubj" for c in trigger.children)
    ):
        m.doubt("speculative")  # "Freezing Russia's assets raised legal questions": the
        # act as a topic, no one's deed
    if _fronted_condition_aux(anchor):
        m.doubt("speculative")  # "Were Tehran to free the hostages, ...": a condition
        m.conditional = True
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "for"
        and trigger.head.head.lemma_.lower() in CONDITION_NOUNS
    ):
        m.doubt("speculative")  # "ceded a zone as a condition for peace talks": not yet held
    if _purpose_of_sending(trigger):
        m.doubt("speculative")
    if (
        anchor.dep_ == "csubj"
        and anchor.tag_ == "VBG"
        and any(
            c.dep_ == "aux" and c.lower_ in MODAL_FUTURE | MODAL_SPECULATIVE
            for c in anchor.head.children
        )
    ):
        m.doubt("speculative")  # "Retaking Crimea would take years": a hypothetical act
    if (
        anchor.dep_ == "advcl"
        and anchor.tag_ in ("VBZ", "VBP")
        and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("before", "until", "once", "when")
            for c in anchor.children
        )
    ):
        m.doubt("speculative")  # "... before Belgrade recognises Kosovo": a condition
        # ("the war would end only when the RSF surrenders")
    if (
        anchor.dep_ == "advcl"
        and anchor.head.lower_ == "long"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in anchor.children)
    ):
        m.doubt("speculative")  # "as long as the group's fighters occupy homes"
        m.conditional = True
    chain = _clause_chain(trigger, anchor)
    if _stance_toward(trigger, anchor):
        m.doubt("speculative")
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ in ("dobj", "dative")
        and trigger.head.lemma_.lower() in AUDIENCE_VERBS
        and trigger.lemma_.lower() in AUDIENCE_NOUNS
    ):
        m.doubt("speculative")  # "the president told a rally in Khartoum": an audience
    for below, node in pairwise(chain):
        lemma = node.lemma_.lower()
        if below.dep_ == "ccomp" and claim_tail(node, below):
            break  # "X accused Y of ..., a charge Y denies": the denial is not about X's act
        claim = labelled_clause(below) if below.dep_ == "ccomp" else None
        if claim is not None and not claim.left_edge.i <= trigger.i <= claim.right_edge.i:
            m.doubt("alleged", _subject(node))  # "X said Y armed Z, an allegation Y denies"
        if below.dep_ == "xcomp" and node.pos_ == "ADJ" and lemma in INTENT_ADJECTIVES:
            m.doubt("speculative")  # "is ready to send troops"
            m.intent = True
        elif below.dep_ == "xcomp" and node.pos_ == "ADJ" and lemma in EXPECTATION_ADJECTIVES:
            m.doubt("speculative")  # "are unlikely to resume talks", "is due to meet"
        if (
            below.dep_ == "nsubj"
            and below.pos_ == "NOUN"
            and any(
                c.dep_ == "acomp" and c.lemma_.lower() in EXPECTATION_ADJECTIVES | {"possible"}
                for c in node.children
            )
        ):
            m.doubt("speculative")  # "a summit between Putin and Zelensky is unlikely",
            # "a new round of talks is possible"
        if (
            node.pos_ == "NOUN"
            and below.dep_ in ("pcomp", "pobj", "prep", "acl")
            and any(c.lower_ == "no" and c.dep_ == "det" for c in node.children)
        ):
            m.negated = True  # "had no intention of invading"
        if (
            node.pos_ == "NOUN"
            and below.dep_ in ("relcl", "ccomp")
            and node.lemma_.lower() in PROOF_NOUNS
            and any(c.lower_ == "no" and c.dep_ == "det" for c in node.children)
        ):
            m.negated = True  # "there was no evidence (that) Syrian troops had used ..."
        if (
            node.pos_ == "NOUN"
            and below.dep_ in ("relcl", "acl")
            and any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in node.children)
        ):
            m.doubt("speculative")  # "for every Israeli strike that hit civilians",
            # "would target any U.S. ships that attacked Yemen"
        if below.dep_ == "acl" and node.lemma_.lower() in CAMPAIGN_NOUNS:
            m.doubt("speculative")  # "launched a campaign to force the president to resign"
        if (
            below.dep_ in ("acl", "ccomp", "relcl")
            and node.pos_ == "NOUN"
            and (lemma in DEMAND_NOUNS or (lemma == "call" and _infinitive(below)))
            and below.i > node.i
        ):
            m.doubt("speculative")  # "Moscow's demand that Kyiv cede four regions", "calls
            # to withdraw": asked for (not "said in a phone call that ...")
        if (
            below.dep_ == "advcl"
            and _infinitive(below)
            and any(
                c.dep_ == "dobj"
                and c.lemma_.lower() in DEMAND_NOUNS
                and c.right_edge.i + 1 == below.left_edge.i
                for c in node.children
            )
        ):
            m.doubt("speculative")  # "defied a deadline to suspend enrichment", the
            # infinitive parsed as the verb's purpose: it is the deadline's demand
        if below.dep_ == "xcomp" and lemma in ORDER_VERBS and node.tag_ == "VBG":
            m.doubt("speculative")  # "a ruling ordering it to suspend the chamber": ordered
        if below.dep_ == "xcomp" and lemma in ORDER_VERBS and _sent_somewhere(node):
            m.doubt("speculative")  # "ordered troops to the border to block aid": a purpose
        if (
            below.dep_ in ("acl", "ccomp")
            and node.pos_ == "NOUN"
            and lemma in CLAIM_NOUNS
            and below.i > node.i
            and (
                below.tag_ in ("VBD", "VBZ", "VBP")
                or any(c.dep_ in ("mark", "aux", "auxpass") for c in below.children)
            )
            and not _infinitive(below)
        ):
            # "rejected accusations that it had used chemical weapons": what a claim says
            # is the claimant's word; denied, it is also negated
            m.doubt("alleged")
            if node.dep_ == "dobj" and node.head.lemma_.lower() in cues.denial:
                m.negated = True
        if (
            below.dep_ == "prep"
            and below.lower_ == "against"
            and (
                lemma in WARNING_WORDS
                or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in WARNING_WORDS for c in node.children
                )
            )
        ):
            m.doubt("speculative")  # "(issued) a warning to Iran against arming Russia"
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "acomp" and c.lower_ == "due" for c in node.children) or (
            lemma == "expect" and any(c.dep_ == "auxpass" for c in node.children)
        ):
            m.doubt("speculative")  # "is due in Moscow for talks", "is expected in Damascus"
        if lemma in ("comment", "confirm", "verify") and (
            any(c.dep_ == "neg" for c in node.children)
            or (node.dep_ == "xcomp" and node.head.lemma_.lower() in ("decline", "refuse"))
            # "Neither Israeli nor Hamas officials would confirm reports that ..."
            or any(
                d.lower_ == "neither"
                for c in node.children
                if c.dep_ == "nsubj"
                for d in c.subtree
                if d.i < c.i
            )
        ):
            m.doubt("speculative")  # "declined to comment on reports that troops were ..."
        if (
            lemma in BLOCKING_VERBS
            and below.dep_ == "dobj"
            and below.pos_ == "NOUN"
            and below.i != trigger.i
            and any(c.dep_ in ("acl", "relcl") for c in below.children)
        ):
            m.doubt("speculative")  # "blocked a joint statement condemning China"
        wished = ("ccomp",) if lemma in ("want", "wish") else ()  # "want X to demand ..."
        if (lemma in cues.deliberation or lemma in PLANNING_VERBS) and any(
            c.dep_ in ("dobj", "xcomp", "pcomp", *wished)
            and c.left_edge.i <= trigger.i <= c.right_edge.i
            for c in node.children
        ):
            m.doubt("speculative")  # "is considering new sanctions", "paves the way for ...",
            # "is planning a nationwide strike"
        if (
            below.dep_ == "xcomp"
            and lemma == "estimate"
            and any(c.dep_ == "auxpass" for c in node.children)
        ):
            m.doubt("speculative")  # "the war is estimated to have killed 600,000": a toll
        if (
            below.dep_ in ("xcomp", "ccomp")
            and (lemma in ENABLING_VERBS or (lemma in COST_VERBS and below.dep_ == "xcomp"))
            and any(
                c.dep_ == "aux" and c.lower_ in MODAL_FUTURE | MODAL_SPECULATIVE
                for c in node.children
            )
        ):
            m.doubt("speculative")  # "the bill would allow police to detain suspects",
            # "the army would need months to retake the city"
        if (
            lemma in BINDING_VERBS
            and below.dep_ in ("xcomp", "ccomp")
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in DEAL_NOUNS for c in node.children)
        ):
            m.doubt("speculative")  # "the deal commits the United States to withdraw":
            m.conditional = True  # the terms of a text, not an act or a party's own word
        if below.dep_ == "xcomp" and lemma in ATTEMPT_VERBS:
            m.doubt("speculative")  # "jailed for conspiring to kill the president": not done
        if (
            below is trigger
            and below.dep_ in ("nsubj", "nsubjpass")
            and trigger.pos_ == "NOUN"
            and lemma in cues.future
            and any(c.dep_ in ("auxpass", "xcomp") for c in node.children)
        ):
            m.doubt("speculative")  # "talks are scheduled to resume", "a vote is planned"
        if lemma in DEFERRAL_VERBS and below is trigger and below.dep_ in ("nsubjpass", "dobj"):
            m.doubt("speculative")  # "the meeting was postponed": it has not taken place
        if lemma == "aim" and below.dep_ == "prep" and below.lower_ == "at":
            m.doubt("speculative")  # "a dinner aimed at easing tensions": a purpose
        if below.dep_ == "xcomp" and lemma in cues.future:
            m.doubt("speculative")
            m.intent = lemma in INTENT_VERBS  # "plans to", not "is expected to"
        elif below.dep_ == "ccomp" and lemma in EXPECTATION_VERBS:
            m.doubt("speculative")  # "they expected the rebels to free the hostages"
        elif (
            below.dep_ == "ccomp"
            and lemma in BELIEF_VERBS
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in ONLOOKER_NOUNS for c in node.children)
        ):
            m.doubt("speculative")  # "experts believe Iran has been supplying ...": a view
        if below.dep_ == "ccomp" and (
            lemma in FEAR_VERBS
            or any(c.dep_ == "nsubj" and c.lemma_.lower() in RUMOUR_NOUNS for c in node.children)
        ):
            m.doubt("speculative")  # "observers fear the junta will expel ...", "rumours
            m.conditional = True  # swirled that the army chief had been arrested": no act,
            # and no one's stated intent
        if lemma in EVIDENCE_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in POLL_NOUNS for c in node.children
        ):
            m.doubt("speculative")  # "polls show a majority support the pullout"
        if (
            below.dep_ == "xcomp"
            and lemma == "hesitate"
            and any(c.dep_ == "neg" for c in node.children)
        ):
            m.doubt("speculative")  # "would not hesitate to annihilate": a stated intent
            m.intent = True
            continue
        if below.dep_ == "xcomp" and lemma in cues.negation:
            m.negated = True
        speaker = _fronted_report(below, node)
        if speaker is not None:  # "Moscow concentrated forces near X, Ukraine's military said"
            _reporting(node, m, cues, who=speaker)
        governs = node.i == anchor.head.i and anchor.dep_ != "conj"
        second_act = (  # "dismissed his government, bowing to protests": a participle
            # after a denial verb is what its subject also did, not what is denied
            below.dep_ == "advcl"
            and below.tag_ == "VBG"
            and below.i in (trigger.i, anchor.i)
            and lemma in cues.denial
        )
        if (below.dep_ in ("ccomp", "xcomp", "advcl", "parataxis") or governs) and not second_act:
            # a coordinated verb is a second act, not something the first one reports:
            # "denied any role and accused Kurti of ..." accuses; it is not a denial
            _reporting(node, m, cues, skip_self=node.i == anchor.i)
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                m.doubt("speculative")
                m.conditional = True
            elif child.dep_ in ("mark", "advmod") and child.lower_ in ("whether", "how"):
                m.doubt("speculative")  # "did not say how many were wounded"
                # "whether Congress will approve the aid remains unclear": no commitment
                m.conditional = m.conditional or child.lower_ == "whether"
    _according_to(trigger.sent, m)
    if m.modal_intent and m.source_of_claim is not None:
        m.intent = True  # "X will send aid, the minister said": a stated intent (checked
        # against the speaker's country by the coder)
    elif m.modal_intent and m.plain_future and not m.conditional and not m.intent:
        # "Japan will provide aid to ...": news states a commitment this way (the coder
        # does not take scheduled meetings for one: "X will meet Y next week")
        m.intent = m.unattributed_intent = True
    return m


# verbs of plotting: the act they govern did not (or not yet) happen ("tried to storm"
# stays asserted: annotators code an attempted attack as the attack)
ATTEMPT_VERBS = frozenset({"plot", "conspire", "scheme"})
# verbs of striving: an agreement they govern is sought, not reached ("tried to reach a
# deal", "are trying to broker a truce"); an attack tried is still coded (see above)
STRIVING_VERBS = frozenset(
    {"try", "attempt", "seek", "strive", "endeavour", "endeavor", "struggle"}
)


# nouns of an aim pursued: "preparations to sign the accord" (not yet signed)
AIM_NOUNS = frozenset({"preparation", "bid", "effort", "attempt", "push", "drive", "quest"})


def on_condition(verb: Token) -> bool:
    """Whether a verb carries its own condition clause ("would sign the deal if Egypt
    dropped its demand", "will free them once the ransom is paid")."""
    return any(
        c.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ in ("if", "unless", "once") for g in c.children)
        for c in verb.children
    )


def only_sought(anchor: Token) -> bool:
    """Whether the clause of an agreement is only its aim: the complement of a verb of
    striving ("tried to reach an accord") or of a noun of aim ("preparations to sign"), or
    a purpose infinitive of another act ("met in Addis Ababa to hammer out a deal")."""
    node = anchor
    for _ in range(3):
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in STRIVING_VERBS:
            return True
        if (
            node.dep_ == "advcl"
            and node.tag_ == "VB"
            and _infinitive(node)
            and not any(c.dep_ in ("nsubj", "mark") for c in node.children)
            and node.head.pos_ == "VERB"
        ):
            return True
        if node.dep_ == "acl" and _infinitive(node) and node.head.lemma_.lower() in AIM_NOUNS:
            return True  # "suspended preparations to sign", "in a bid to reach a deal"
        if node.dep_ != "conj":
            return False
        node = node.head
    return False


# verbs that stop a text from being adopted: what the text says was never said ("vetoed a
# resolution demanding a ceasefire", "blocked a joint statement condemning China"); a
# text "rejected" by one member may still have passed, so "reject" is not here
BLOCKING_VERBS = frozenset({"block", "veto", "scupper", "torpedo"})

# determiners that make an event noun generic: "every strike", "any attack", "each raid"
GENERIC_DETS = frozenset({"every", "any", "each"})

# verbs by which a law, deal or act lets or makes someone act ("would allow police to");
# also persuasion ("sanctions will not persuade Pyongyang to give up its weapons")
ENABLING_VERBS = frozenset(
    {
        "allow",
        "let",
        "enable",
        "permit",
        "force",
        "require",
        "authorize",
        "authorise",
        "empower",
        "persuade",
        "convince",
        "induce",
        "see",  # "a pact that would see all U.S. troops leave Iraq"
    }
)

# texts whose terms bind the parties ("the deal commits X to ...")
DEAL_NOUNS = frozenset(
    {
        "deal",
        "agreement",
        "accord",
        "treaty",
        "pact",
        "plan",
        "resolution",
        "truce",
        "ceasefire",
        "proposal",
        "roadmap",
        "protocol",
        "framework",
        "memorandum",
        "arrangement",
    }
)
# verbs by which such a text binds a party to an act still to be done
BINDING_VERBS = frozenset({"commit", "oblige", "obligate", "bind", "require", "compel"})

# dependents that give a coordinated verb a clause of its own (its own modal, or none)
SHARED_BLOCKERS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})

# nouns of proof: "no evidence that X did it" says the act is not shown to have happened
PROOF_NOUNS = frozenset({"evidence", "sign", "indication", "proof", "trace", "truth"})
# verbs whose object is an act still to come ("is planning a strike", "scheduled a vote")
PLANNING_VERBS = frozenset({"plan", "schedule"})

# verbs of what an act would cost ("would need months to retake the city", "could
# take years to rebuild"): under a modal the act is weighed, not done
COST_VERBS = frozenset({"need", "take"})

# nouns that name a claim someone made ("a charge Iran denies")
CLAIM_NOUNS = frozenset({"accusation", "claim", "allegation", "charge", "report"})
# the claim nouns that make a charge against someone ("an allegation Y denied"); a
# "report" only tells
ACCUSATION_NOUNS = CLAIM_NOUNS - {"report"}


def claim_tail(verb: Token, clause: Token) -> bool:
    """ "Washington accused Tehran of ..., a charge Iran denies": the parser hangs the
    accusation under the denial, whose object is the claim noun between them."""
    return clause.i < verb.i and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS and clause.i < c.i < verb.i
        for c in verb.children
    )


def labelled_clause(clause: Token) -> Token | None:
    """The claim noun the writer appends to a reported clause ("said Hamas was using
    hospitals as command centres, an allegation the group denied"), if any."""
    for tok in clause.subtree:
        if (
            tok.lemma_.lower() in ACCUSATION_NOUNS
            and tok.pos_ == "NOUN"
            and tok.dep_ in ("dobj", "appos", "npadvmod")
            and tok.left_edge.i > clause.doc[clause.left_edge.i].i
            and clause.doc[tok.left_edge.i - 1].text == ","
            and _governing_verb(tok).i == clause.i
        ):
            return tok
    return None


def _governing_verb(tok: Token) -> Token:
    """The nearest verb above a noun (through objects, appositions, prepositions)."""
    node = tok.head
    while node.pos_ not in ("VERB", "AUX") and node.head is not node:
        node = node.head
    return node


def _purpose_of_sending(trigger: Token) -> bool:
    """ "called up 300,000 reservists to fight in Ukraine": what forces are sent to do
    (sending inspectors "to investigate" opens the investigation: PLOVER codes it)."""
    if (
        trigger.lemma_.lower() in MEETING_VERBS
        and trigger.head.tag_ == "VBD"
        and not any(c.dep_ == "dobj" for c in trigger.head.children)
    ):
        return False  # "flew to Beijing to meet Xi": the traveller's own visit, told
    # ("drafting 300,000 reservists to fight in Ukraine": the infinitive read as a
    # clause on the forces sent)
    sender = (
        trigger.head.head
        if trigger.dep_ == "relcl" and trigger.head.dep_ == "dobj"
        else trigger.head
        if trigger.dep_ in ("xcomp", "advcl")
        else None
    )
    if (
        trigger.dep_ == "relcl"
        and trigger.head.dep_ == "dobj"
        and trigger.head.head.lemma_.lower() in GIVING_VERBS
        and _infinitive(trigger)
    ):
        return True  # "granted Islamabad a credit line to shore up its reserves": its purpose
    return (
        sender is not None
        and trigger.lemma_.lower() not in INQUIRY_VERBS
        and sender.lemma_.lower() in SENDING_VERBS
        and _infinitive(trigger)
    )


def _trailing_report(verb: Token) -> bool:
    """ "..., the World Food Programme said on Monday." parsed as a conjunct: a verb with
    its own subject after a comma, not joined by "and"/"but"."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    start = verb.left_edge.i
    before = verb.doc[start - 1] if start > 0 else None
    return (
        before is not None
        and before.text == ","
        and not any(
            c.dep_ == "cc" and c.i < verb.i for c in verb.head.children if c.i > verb.head.i
        )
    )


def _fronted_report(subject: Token, verb: Token) -> Token | None:
    """ "Moscow concentrated forces near Kupiansk, Ukraine's military said": the parser
    makes the reported clause a second subject of "said", before a comma; the speaker
    is the subject after it."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    for other in verb.children:
        if other.dep_ == "nsubj" and other.i > subject.i:
            between = verb.doc[subject.right_edge.i : other.left_edge.i + 1]
            if any(t.text == "," for t in between):
                return other
    return None


# people who comment on what parties do or will do; their views and forecasts report
# no event ("analysts said Israel would ...", "experts believe Iran has been ...")
ONLOOKER_NOUNS = frozenset(
    {"analyst", "expert", "observer", "commentator", "economist", "researcher", "scholar", "pundit"}
)
BELIEF_VERBS = frozenset({"believe", "think", "suspect", "reckon", "assume"})


def _reporting(
    verb: Token, m: Modality, cues: Cues, skip_self: bool = False, who: Token | None = None
) -> None:
    if skip_self:
        return
    lemma = verb.lemma_.lower()
    who = who if who is not None else _subject(verb)
    if lemma in cues.claimed:
        m.doubt("claimed", who)
    elif lemma in cues.alleged:
        m.doubt("alleged", who)
    elif lemma in cues.denial:
        m.negated = True
        m.doubt("reported", who)
    elif lemma in cues.reported:
        m.doubt("reported", who)


def _according_to(sent: Span, m: Modality) -> None:
    if "according" not in doc_words(sent.doc):
        return
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            pobj = next((c for c in tok.nbor().children if c.dep_ == "pobj"), None)
            m.doubt("reported", pobj)
            return


GENERIC_SUBJECTS = frozenset(
    {"we", "you", "one", "it", "this", "that", "everyone", "nobody", "anyone", "world", "everybody"}
)


def _generic_root(modal: Token) -> bool:
    """A modal on the sentence's main verb whose subject is generic or absent."""
    verb = modal.head
    if verb.dep_ != "ROOT":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subjects or all(s.lemma_.lower() in GENERIC_SUBJECTS for s in subjects)


def _quoted_label(tok: Token) -> bool:
    """An evaluative word that labels an actor's object, in the actor's voice, not the
    writer's: "dismissed the accusations as absurd", "called the plan ridiculous"."""
    node = tok
    while node.dep_ in ("amod", "advmod", "conj", "pobj") and node.head is not node:
        node = node.head
        if node.dep_ == "prep" and node.lower_ == "as":  # also "rejected the charges as ..."
            obj = node.head
            return obj.pos_ == "VERB" or (obj.dep_ == "dobj" and obj.head.pos_ == "VERB")
    return (
        node.dep_ in ("oprd", "ccomp")
        and node.head.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in node.head.children)
    )


def is_opinion(sent: Span, cues: Cues) -> bool:
    """Opinion or analysis with no reported action: evaluative cues, no reporting."""
    low = sent.text.lower()
    if low.lstrip().startswith(OPINION_LABELS + NON_NEWS_LABELS):
        return True
    marker = any(p in low for p in cues.opinion_phrases)
    words = doc_words(sent.doc)
    if not marker and not (
        words.isdisjoint(cues.opinion_adjectives)
        and words.isdisjoint(FIRST_PERSON)
        and words.isdisjoint(cues.opinion_modals)
    ):  # (the doc's words first: most paragraphs have none of these)
        for tok in sent:
            if (
                tok.lower_ in cues.opinion_adjectives
                and tok.pos_ in ("ADJ", "ADV")
                and not _quoted_label(tok)
            ):
                marker = True
                break
            if tok.lower_ in FIRST_PERSON and tok.pos_ == "PRON" and '"' not in sent.text:
                marker = True
                break
            if tok.lower_ in cues.opinion_modals and tok.dep_ == "aux" and _generic_root(tok):
                marker = True  # "we must", "the world should": not "X agreed they should"
                break
    if not marker:
        return False
    reported = (
        any(t.pos_ == "VERB" and t.lemma_.lower() in cues.reported | cues.claimed for t in sent)
        or "according to" in low
    )
    return not reported
