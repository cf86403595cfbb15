"""How sure the text is of an event: certainty, attribution, negation, opinion.

Cues come from ``events/data/cues.yaml``. The scope of a cue is the trigger's
own clause and the clauses above it (a reporting verb governing the event,
"according to X" in the sentence), never a neighbouring phrase: in "detained
a soldier during an alleged sabotage attempt" the detention is asserted.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from parley.events.lexicon import Cues

# strongest doubt wins when several cues apply
RANK = {"asserted": 0, "reported": 1, "claimed": 2, "alleged": 3, "speculative": 4}
MODAL_SPECULATIVE = frozenset({"may", "might", "could", "would", "should", "can", "must"})
MODAL_FUTURE = frozenset({"will", "shall"})
DOUBT_ADVERBS = {"reportedly": "reported", "allegedly": "alleged", "purportedly": "alleged",
                 "apparently": "speculative", "possibly": "speculative",
                 "probably": "speculative", "perhaps": "speculative",
                 "likely": "speculative", "supposedly": "alleged"}
FIRST_PERSON = frozenset({"i", "we", "my", "our", "us", "me"})


@dataclass
class Modality:
    certainty: str = "asserted"
    negated: bool = False
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
    return None


def _clause_chain(trigger: Token, anchor: Token) -> list[Token]:
    """The trigger, its clause verb and every governing verb up to the root."""
    chain = [trigger]
    node = anchor
    while True:
        if node not in chain:
            chain.append(node)
        if node.head.i == node.i:
            break
        node = node.head
    return chain


def modality(trigger: Token, anchor: Token, cues: Cues) -> Modality:
    """Certainty, negation and who the claim is attributed to, for one trigger."""
    m = Modality()
    own = {trigger, anchor}
    for tok in own:
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "neg" or (low == "no" and child.dep_ == "det"):
                m.negated = True
            elif child.dep_ == "aux" and low in MODAL_FUTURE | MODAL_SPECULATIVE:
                m.doubt("speculative")
            elif child.dep_ in ("advmod", "amod") and low in DOUBT_ADVERBS:
                m.doubt(DOUBT_ADVERBS[low])
            elif child.dep_ == "amod" and low in ("alleged", "suspected", "purported"):
                m.doubt("alleged")
            elif child.dep_ == "mark" and low in ("if", "unless"):
                m.doubt("speculative")
            elif child.dep_ in ("parataxis", "ccomp") and child.pos_ == "VERB":
                _reporting(child, m, cues)  # "X attacked Y, the ministry said"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "without":
        m.negated = True
    chain = _clause_chain(trigger, anchor)
    for below, node in zip(chain, chain[1:], strict=False):
        if node.pos_ not in ("VERB", "AUX"):
            continue
        lemma = node.lemma_.lower()
        if below.dep_ == "xcomp" and lemma in cues.future:
            m.doubt("speculative")
        if below.dep_ == "xcomp" and lemma in cues.negation:
            m.negated = True
        if below.dep_ in ("ccomp", "xcomp", "advcl", "parataxis") or node.i == anchor.head.i:
            _reporting(node, m, cues, skip_self=node.i == anchor.i)
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                m.doubt("speculative")
    _according_to(trigger.sent, m)
    return m


def _reporting(verb: Token, m: Modality, cues: Cues, skip_self: bool = False) -> None:
    if skip_self:
        return
    lemma = verb.lemma_.lower()
    who = _subject(verb)
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
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            pobj = next((c for c in tok.nbor().children if c.dep_ == "pobj"), None)
            m.doubt("reported", pobj)
            return


def is_opinion(sent: Span, cues: Cues) -> bool:
    """Opinion or analysis with no reported action: evaluative cues, no reporting."""
    low = sent.text.lower()
    marker = any(p in low for p in cues.opinion_phrases)
    if not marker:
        for tok in sent:
            if tok.lower_ in cues.opinion_adjectives and tok.pos_ in ("ADJ", "ADV"):
                marker = True
                break
            if tok.lower_ in FIRST_PERSON and tok.pos_ == "PRON" and '"' not in sent.text:
                marker = True
                break
            if tok.lower_ in cues.opinion_modals and tok.dep_ == "aux":
                marker = True
                break
    if not marker:
        return False
    reported = any(
        t.pos_ == "VERB" and t.lemma_.lower() in cues.reported | cues.claimed for t in sent
    ) or "according to" in low
    return not reported
