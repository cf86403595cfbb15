"""Token and span helpers shared by every stage of coding a sentence.

The trigger record (_Trig), prepositional objects, and the text of spans, compounds and
triggers, used by the repair, argument, trigger, country and filter stages alike.

Moved out of coder.py unchanged (behaviour-preserving split).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar, cast

from spacy.tokens import Doc, Span, Token

from parley.actors.matcher import _entity_of
from parley.events.lexicon import Trigger
from parley.models import Actor

T = TypeVar("T")


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


def _prep_objects(tok: Token, words: frozenset[str]) -> list[Token]:
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in words for p in _pobjs(c)]


DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})


def _sent_somewhere(verb: Token) -> bool:
    """ "ordered troops to the border with Colombia to block aid": an order that names
    where its object goes is a deployment, and its infinitive is their purpose, not an
    act the order itself reports (unlike "ordered troops to withdraw")."""
    return (
        verb.lemma_.lower() in ("order", "command")
        and any(c.dep_ == "dobj" for c in verb.children)
        and bool(_prep_objects(verb, DESTINATION_PREPS))
    )


def _infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive ("threatened to launch", "pressed X to allow")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition, never a date ("on Sunday" names no party)."""
    return [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")]


def _participle_agents(noun: Token) -> list[Token]:
    """The "by" agents of the participles on a noun ("violations committed by X", "a
    blockade imposed by Y")."""
    return [
        p
        for acl in noun.children
        if acl.dep_ == "acl"
        for agent in acl.children
        if agent.dep_ == "agent"
        for p in _pobjs(agent)
    ]


def _fronted_adjunct(verb: Token) -> bool:
    """ "Thanking Cairo for its support, the general ruled out talks": a participle clause
    set off by a comma before its verb is an act of its own, not what that verb rejects
    or demands (as "ceding territory" is in "ruled out ceding territory")."""
    return verb.i < verb.head.i and any(
        t.lower_ == "," and verb.right_edge.i < t.i < verb.head.i for t in verb.head.children
    )


def _span_text(tok: Token) -> str:
    ent = _entity_of(tok)
    if ent is not None:
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


def _same(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return False
    if a.actor_id and a.actor_id == b.actor_id:
        return a.text == b.text or a.actor_id.startswith("person:")
    return a.text == b.text and a.country == b.country


def doc_words(doc: Doc) -> frozenset[str]:
    """The doc's lower-case words, read once from spaCy's arrays (no Python loop over
    tokens) and kept on the doc: a cheap test before walking a subtree for a word."""
    words = doc.user_data.get("parley_words")
    if words is None:
        from spacy.attrs import LOWER

        strings = doc.vocab.strings
        words = frozenset(strings[int(h)] for h in set(doc.to_array(LOWER).tolist()))
        doc.user_data["parley_words"] = words
    return words


def doc_years(doc: Doc) -> frozenset[int]:
    """The four-digit numbers the doc writes ("in 1964", "the 2008 war"), and the first
    years of the decades it names ("in the 1990s"), kept on the doc: no year, no dating
    of an event to history."""
    years = doc.user_data.get("parley_years")
    if years is None:
        years = frozenset(
            int(w[:4])
            for w in doc_words(doc)
            if w[:4].isdecimal() and (len(w) == 4 or (len(w) == 5 and w[4] == "s"))
        )
        doc.user_data["parley_years"] = years
    return years


def per_sentence(sent: Span, name: str, build: Callable[[Span], T]) -> T:
    """What ``build`` finds in a sentence, built once and kept on the doc under ``name``
    (the coder asks once per trigger). Keep no spans or tokens in it: they would tie the
    doc to itself, and docs must be freed as soon as they are coded."""
    cache = sent.doc.user_data.setdefault(name, {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = build(sent)
    return cast(T, cache[key])


def sent_ents(sent: Span, labels: tuple[str, ...] | None = None) -> tuple[Span, ...]:
    """The sentence's named entities (``Span.ents`` walks all the doc's entities on every
    call), kept as offsets; with ``labels``, only those (no Span made for the others).
    Only for coding: the parse repairs, which may re-set ``doc.ents``, have run by then."""
    found = per_sentence(sent, "parley_sent_ents", _ents_within)
    return tuple(
        Span(sent.doc, start, end, label=label)
        for start, end, label in found
        if labels is None or label in labels
    )


def _ents_within(sent: Span) -> tuple[tuple[int, int, str], ...]:
    """What ``sent.ents`` holds, as offsets, from the doc's entities read once per doc
    (``Span.ents`` builds every entity of the doc on each call): those starting in the
    sentence, up to the first that runs past its end."""
    doc = sent.doc
    ents = doc.user_data.get("parley_ents")
    if ents is None:
        ents = doc.user_data["parley_ents"] = tuple((e.start, e.end, e.label_) for e in doc.ents)
    found = []
    for ent in ents:
        if ent[0] >= sent.start:
            if ent[1] > sent.end:
                break
            found.append(ent)
    return tuple(found)
