"""Trigger finding: the second stage of coding a sentence.

Whether a lexicon trigger really names an event here (its requirements, negation-like
readings, habitual or historical uses, refusals and ultimatums, nouns that retype an
event), as predicates on the trigger token.

Moved out of coder.py unchanged (behaviour-preserving split); EventCoder calls them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from spacy.tokens import Doc, Token

from parley.actors.matcher import Match
from parley.events.arguments import (
    AFTER_PREPS,
    ARRIVAL_VERBS,
    FORCE_NOUNS,
    _acl_subject,
    _event_agents,
    _quantity_of,
    _subjects,
)
from parley.events.certainty import CLAIM_NOUNS
from parley.events.dates import MONTHS
from parley.events.lexicon import Trigger
from parley.events.repair import _misread_verb
from parley.events.tokens import _infinitive, _pobjs, _prep_objects, _same, _Trig, doc_years
from parley.models import Actor

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


# acceptances whose negation is a refusal ("will not accept", "failed to reach a deal")
REFUSABLE = frozenset({"accept", "agree", "reach", "sign", "approve", "endorse", "ratify"})


ELECTION_NOUNS = ("election", "run-off", "runoff", "referendum", "vote", "poll", "ballot")


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


CROWD_SECTORS = frozenset({"OPP", "CVL", "EDU", "LAB"})


ORDINALS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)


CLASH_VERBS = frozenset({"clash", "skirmish", "fight", "battle", "exchange"})


EXERCISE_NOUNS = frozenset(
    {"exercise", "drill", "manoeuvre", "maneuver", "wargame", "game"}
)  # "war games"
# what makes drills or patrols shared ("joint naval exercises", "coordinated sea patrols")
DRILL_TOGETHER = frozenset({"joint", "combined", "bilateral", "coordinated", "trilateral"})


# -- parse helpers ------------------------------------------------------------------------------


LONG_SPANS = ("decade", "decades", "years", "century", "centuries", "generations")


# verbs of a lasting state before a participle ("remains detained", "stayed closed"; the
# tagger may read them as auxiliaries and keep the inflected form as the lemma)
STATE_VERBS = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})


REPEATED_ADVERBS = frozenset({"repeatedly", "often", "frequently", "regularly", "consistently"})


# how often a kind of event happens somewhere ("strikes are rare in Japan")
HABITUAL_STATES = frozenset(
    {"common", "commonplace", "rare", "frequent", "routine", "uncommon", "widespread", "unusual"}
)


def _cause_of(tok: Token, triggers: set[int]) -> bool:
    """ "Russia's invasion of Ukraine has reshaped Europe's security order": an event noun
    as the subject of a present-perfect verb that is no event itself is named as the
    cause of a state of affairs (background), unless the sentence dates it. The same for
    the subject of "remain" ("Japan's wartime apologies remain a sore point"): a lasting
    state, not news."""
    head = tok.head
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "nsubj"
        and head.i not in triggers
        and (
            (
                head.pos_ == "VERB"
                and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in head.children)
            )
            or head.lemma_.lower() == "remain"
            or (  # "protests over fuel prices are common in Nigeria": what usually
                # happens there, not news
                head.lemma_.lower() == "be"
                and head.tag_ in ("VBZ", "VBP")
                and any(c.dep_ == "acomp" and c.lower_ in HABITUAL_STATES for c in head.children)
            )
        )
        and not any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree)
    )


# spans of fighting whose relative clause gives a toll ("weeks of fighting that killed ...")
TOLL_SPANS = frozenset(
    {"fighting", "war", "conflict", "violence", "day", "week", "month", "year", "insurgency"}
)


def _running_toll(verb: Token) -> bool:
    """A perfect passive with no agent whose subject is counted in thousands ("more
    than 93,000 people have been killed"): a cumulative figure, not one attack. With an
    agent, only when counted since a point in the past ("more than 1,000 people have been
    killed by security forces since the coup")."""
    if any(c.dep_ == "agent" for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ == "since" for c in verb.children
    ):
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


# nouns of a part of a year a tally is counted over ("in the first half of the year")
PERIOD_NOUNS = frozenset({"half", "quarter"})


def _counted_over_span(verb: Token, perfect: bool) -> bool:
    """A passive with no agent whose subject is counted, over a span of months ("more
    than 500 people have been killed in clashes since January", "at least 1,200
    civilians were killed in the first half of the year"): a tally, not one attack."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if not any(c.dep_ == "nsubjpass" and any(t.like_num for t in c.subtree) for c in verb.children):
        return False
    for prep in (t for t in verb.subtree if t.dep_ == "prep"):
        objs = [c for c in prep.children if c.dep_ == "pobj"]  # dates included
        if perfect and prep.lower_ == "since" and any(p.lower_ in MONTHS for p in objs):
            return True
        if prep.lower_ in ("in", "during", "over") and any(
            p.lemma_.lower() in PERIOD_NOUNS
            or (p.lemma_.lower() == "month" and any(n.dep_ == "nummod" for n in p.children))
            for p in objs
        ):
            return True
    return False


def _many(noun: Token) -> bool:
    """A noun counted in tens or more ("more than 150 attacks", "dozens of raids")."""
    return any(
        (
            c.dep_ == "nummod"
            and c.text.replace(",", "").isdigit()
            and int(c.text.replace(",", "")) >= 10
        )
        or c.lower_ in COUNT_WORDS
        for c in noun.children
    )


def _kept_forces(noun: Token) -> bool:
    """Whether a noun is in the object of a present "has" ("has 4,000 troops in
    Somalia"), however the parser hung its phrases."""
    while noun.dep_ in ("pobj", "prep"):
        noun = noun.head
    have = noun.head if noun.dep_ == "dobj" else noun
    return (
        have.lemma_ == "have"
        and have.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "dobj" for c in have.children)
    )


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
    if (
        anchor.dep_ == "relcl"
        and anchor.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in anchor.children)
        and not any(c.dep_ == "aux" for c in anchor.children)
    ):
        return True  # "Hamas, which is designated a terrorist group by the U.S.": a
        # present passive in a relative clause tells a standing state, not an act
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children)
    if anchor.tag_ == "VBN" and (
        any(c.dep_ in ("aux", "auxpass") and c.lower_ in STATE_VERBS for c in anchor.children)
        or (anchor.dep_ in ("acomp", "xcomp", "oprd") and anchor.head.lemma_ in STATE_VERBS)
    ):
        return True  # "Bazoum, who remains detained in the palace", "the border stays
        # closed": a standing state, not an act the article reports
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in anchor.children):
        return True  # "the first extradition since Barco declared war on the cartels": a
        # point in the past that dates something else
    if (
        (perfect or anchor.dep_ == "relcl")
        and trig.entry.type == "ASSAULT"
        and _running_toll(anchor)
    ):
        return True  # "more than 93,000 people have been killed in Syria's conflict"
    if trig.entry.type == "ASSAULT" and _counted_over_span(anchor, perfect):
        return True
    if (
        perfect
        and anchor.dep_ == "relcl"
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in anchor.children)
    ):
        return True  # "Pakistan, which has fought three wars with India since
        # independence, ...", "a group that has been fighting the army since April": a
        # count of acts, or an activity, since a time, beside the news
    if (
        perfect
        and trig.entry.type == "ASSAULT"
        and trig.tok.dep_ == "dobj"
        and _many(trig.tok)
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in anchor.children)
    ):
        return True  # "have carried out more than 150 attacks on U.S. forces since
        # October": a tally of attacks over a span, not one
    tok = trig.tok
    if (
        tok.dep_ in ("pobj", "pcomp")
        and tok.head.lower_ == "since"
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.head.head.children)
        and tok.pos_ in ("NOUN", "VERB")
    ):
        return True  # "have fled since fighting (erupted)": parsed as the object of "since"
    if anchor.dep_ == "acl" and anchor.tag_ == "VBG" and _kept_forces(anchor.head):
        return True  # "Ethiopia has thousands of troops in Somalia fighting al Shabaab":
        # a standing deployment described, not an act reported
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "nsubj"
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.head.children)
    ):
        return True  # "Russia's blockade of the ports since its invasion has trapped
        # grain": a state lasting since then, the figure's background
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
        t.lower_ == "past" and t.dep_ == "pobj" and t.head.lower_ == "in" for t in anchor.subtree
    ):
        return True  # "Pakistan has rejected similar accusations in the past": not this news
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
    if perfect and any(
        c.dep_ == "npadvmod"
        and c.lemma_.lower() == "time"
        and any(n.dep_ == "nummod" or n.lower_ in COUNT_WORDS for n in c.children)
        for c in anchor.children
    ):
        return True  # "has used its veto more than 40 times": a tally, not this news
    if _dated_aside(anchor):
        return True  # "Hamas, which rejected an earlier proposal in March, said ...": an
        # earlier act recalled beside the news
    tails = []
    if perfect:  # "has defied resolutions banning its programme for years": the span
        # hung on the object's clause or the verb's purpose still times the verb
        tails = [c for c in anchor.children if c.dep_ == "xcomp"]
        tails += [
            a for d in anchor.children if d.dep_ == "dobj" for a in d.children if a.dep_ == "acl"
        ]
    for child in [c for v in (anchor, *anchor.conjuncts, *tails) for c in v.children]:
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
        words = _span_words(child)
        if (
            child.lower_ == "for"
            and anchor.tag_ == "VBG"
            and perfect
            and words & {"months", "weeks"}
            and trig.entry.type not in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE")
        ):
            return True  # "have been mediating between Israel and Hamas for months": an
            # ongoing effort, not this news (but "have been shelling Kharkiv for weeks"
            # is the violence still going on)
        if words & set(LONG_SPANS) or (
            child.lower_ == "since"
            and any(t.like_num and len(t.text) >= 4 for t in child.subtree)
            # (a simple past cannot run "since 2014": "opened an investigation into
            # crimes in the territories since 2014" spans the crimes, not the opening)
            and (perfect or anchor.tag_ != "VBD")
        ):
            return True
    return False


def _span_words(prep: Token) -> set[str]:
    """The words of a "for"/"over"/"since" phrase that may give a span of time, less any
    clause or apposition hung on its noun ("for a six-month ceasefire, the biggest step
    in efforts to end six decades of conflict": the ceasefire, not the six decades)."""
    skip = {
        t.i
        for d in prep.subtree
        if d.dep_ in ("appos", "acl", "relcl") and d.i != prep.i
        for t in d.subtree
    }
    return {t.lower_ for t in prep.subtree if t.i not in skip}


# quantity words of a tally of times ("dozens of times", "several times")
COUNT_WORDS = frozenset({"several", "many", "dozens", "hundreds", "countless", "numerous"})


def _dated_aside(anchor: Token) -> bool:
    """A relative clause set off by commas on the subject of the main verb, in the past
    and dated by a month or year of its own ("Hamas, which rejected an earlier proposal
    in March, said on Tuesday ..."): an earlier act recalled beside the news."""
    if anchor.dep_ != "relcl" or anchor.tag_ != "VBD" or anchor.head.dep_ != "nsubj":
        return False
    doc = anchor.doc
    first = anchor.left_edge.i
    if first == 0 or doc[first - 1].text != "," or anchor.head.i >= first:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(
            p.ent_type_ == "DATE" and (p.lower_ in MONTHS or (p.is_digit and len(p.text) == 4))
            for p in c.children
            if p.dep_ == "pobj"
        )  # ("in March", "in 2019"; not "their first talks in three years", a span)
        for c in anchor.children
    )


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
    if _time_reference(trig.tok) or _linked_event(trig.tok):
        return True
    if any(
        c.lower_ == "ago"
        and any(n.lemma_.lower() in ("year", "decade", "century") for n in c.children)
        for c in trig.anchor.children
    ):
        return True  # "Ten years ago today, Russia annexed Crimea": an anniversary recalled
    if published is None or not doc_years(trig.tok.doc):
        return False  # (every test below needs a year written in digits)
    if trig.anchor.dep_ == "relcl" and (
        _year_named(named := trig.anchor.head, published)
        or (named.dep_ == "pobj" and _year_named(named.head.head, published))
    ):
        return True  # "the 2008 Mumbai attacks, in which 166 people were killed", "a 1991
        # car bombing that killed five officers", "the 1998 bombing in Nairobi, which
        # killed ..." (hung on the place): what the old event did
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
        if node.ent_type_ == "DATE" and node.lower_ in MONTHS:
            # "began in November 2020 when Abiy sent troops": the month's year
            scope.extend(node.children)
    for tok in scope:
        if _decade(tok):
            # "fought two wars in Chechnya in the 1990s", "have kidnapped hundreds since
            # the 1960s": a decade over before last year dates the act to history
            if tok.dep_ == "pobj" and 1900 <= int(tok.text[:4]) + 9 < published.year - 1:
                return True
            continue
        if not (tok.like_num and len(tok.text) == 4 and tok.text.isdigit()):
            continue
        if (
            tok.head.lower_ == "since"
            and tok.head.head.i == trig.anchor.i
            and trig.anchor.tag_ == "VBD"
            and not any(c.dep_ == "aux" for c in trig.anchor.children)
        ):
            continue  # "opened an investigation into crimes ... since 2014": a simple past
            # is not spanned by "since"; the year dates what the inquiry is into
        # the event's own date ("in 1964", "since 1984", "in March 1990"), not a year
        # naming something ("the 2015 nuclear deal")
        dated = tok.dep_ == "pobj" or (tok.head.dep_ == "pobj" and tok.head.ent_type_ == "DATE")
        # "since 1984, when Iraq began attacking": the year governs the event's clause
        governs = any(a.i == tok.i for a in trig.anchor.ancestors)
        if (dated or governs) and (
            1900 <= int(tok.text) < published.year - 1 or _months_before(tok, published) >= 9
        ):
            return True
    return False


def _decade(tok: Token) -> bool:
    """A decade written in digits ("the 1990s")."""
    text = tok.text
    return len(text) == 5 and text[4] == "s" and text[:4].isdecimal() and text[3] == "0"


def _months_before(year: Token, published: date) -> int:
    """How many months before publication a month named with its year lies ("in July
    2015" in August 2016: 13; a year can be last year's news, a dated month not); 0 when
    the year names no month."""
    month = MONTHS.get(year.head.lower_) if year.dep_ == "nummod" else None
    if month is None:
        return 0
    return (published.year - int(year.text)) * 12 + published.month - month


def _time_reference(tok: Token) -> bool:
    """An event named only as the point a time is counted from ("at their first news
    conference since seizing Kabul", "two years after deadly clashes"): an earlier event
    the sentence measures from, not its news."""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ONSET_VERBS:
        # "more than a year after Russia's invasion began", "since the uprising started"
        return any(
            m.dep_ == "mark"
            and (
                m.lower_ == "since"
                or (
                    m.lower_ in ("after", "before")
                    and (_years_counted(m) or _years_counted(tok.head))
                )  # ("three years" may hang on the verb)
            )
            for m in tok.head.children
        )
    if tok.dep_ == "advcl" and tok.pos_ == "VERB":
        # "ten years after they first arrived", "half a century after Soviet forces
        # arrived" (the count hung on the main verb, just before the "after")
        return any(
            m.dep_ == "mark"
            and m.lower_ in ("after", "before")
            and (
                _years_counted(tok)
                or any(
                    c.dep_ == "npadvmod"
                    and c.lemma_.lower() in ("year", "decade", "century")
                    and c.i == m.i - 1
                    for c in tok.head.children
                )
            )
            for m in tok.children
        )
    if tok.dep_ not in ("pobj", "pcomp"):
        return False
    prep = tok.head
    if prep.lower_ == "since":
        return True
    return prep.lower_ in ("after", "before") and _years_counted(prep)


# verbs that tie someone to an earlier act ("prosecutors linked him to an arson attack")
LINK_VERBS = frozenset({"link", "tie", "connect"})


def _linked_event(tok: Token) -> bool:
    """An event noun someone is linked to ("expelled a diplomat after prosecutors linked
    him to an arson attack", "a man tied to the bombing"): the earlier act the news is
    about, not news itself."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "to"
        and tok.head.head.lemma_.lower() in LINK_VERBS
    )


# verbs of an event's start, the point a time is counted from
ONSET_VERBS = frozenset({"begin", "start", "erupt", "break"})


def _years_counted(prep: Token) -> bool:
    """ "two years after", "a decade before": a count of years hung on the word."""
    return any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "decade", "century")
        for c in prep.children
    )


def _own_statement(speaker: Actor | None, actors: Sequence[Actor | None]) -> bool:
    """Intent counts when its own side (one of ``actors``, the events' sources) states
    it ("Finland will give ..., the ministry said"), or when no speaker is named; not
    when others predict it."""
    if speaker is None:
        return True
    if any(a is not None and _same(a, speaker) for a in actors):
        return True  # "The Khmer Rouge said it would boycott ...": the same actor
    sources = {a.country for a in actors if a and a.country}
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
    if trig.entry.type == "SUPPORT" and tok.pos_ == "VERB" and _stated_future(tok):
        # "said Ankara would not approve the bids of Finland and Sweden", "would never
        # recognise Kosovo": a stated refusal to back
        subject, passive = _subjects(tok)
        return bool(subject) and not passive
    if trig.entry.type not in ("AGREE", "CONCEDE", "CONSULT") or tok.pos_ != "VERB":
        return False
    if trig.entry.type == "CONSULT" and (tok.lemma_.lower() != "meet" or not _stated_future(tok)):
        return False  # "would not meet X" refuses; "did not / has never met X" only negates
    if trig.entry.type == "AGREE" and tok.lemma_.lower() not in REFUSABLE:
        return False
    if any(c.lower_ == "yet" for c in tok.children):
        return False  # "has not yet eased the restrictions": pending, not refused
    if any(c.lower_ == "never" for c in tok.children) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children
    ):
        return False  # "Tokyo has never apologised for ...": a long state, no refusal
    subject, passive = _subjects(tok)
    return bool(subject) and not passive


def _stated_future(tok: Token) -> bool:
    """Whether a verb carries "will" or "would" ("will not meet"), a stated intent."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in tok.children)


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
    """ "insisted that Israel withdraw": a bare subjunctive after a verb of insisting
    (after a past "insisted", a present form is one too: "insisted that the United States
    lift all sanctions", never "insisted that the talks are over")."""
    return (
        verb.lemma_.lower() == "insist"
        and (
            clause.tag_ == "VB"
            or (
                clause.tag_ == "VBP"
                and verb.tag_ == "VBD"
                and clause.lemma_.lower() not in ("be", "have")
            )
        )
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    )


def _has_to(clause: Token) -> bool:
    """ "said Sweden had to crack down on ...": an obligation put on the subject."""
    return (
        clause.lemma_.lower() == "have"
        and clause.pos_ == "VERB"
        and not any(c.dep_ == "neg" for c in clause.children)
        and any(c.dep_ == "xcomp" and _infinitive(c) for c in clause.children)
    )


HOLDING_VERBS = frozenset({"hold", "detain", "capture", "keep", "jail", "imprison", "abduct"})


def _holders(tok: Token) -> list[Token]:
    """ "the release of prisoners held by Azerbaijan": who holds the people to be freed
    (the agent of a holding participle under the released noun), or where they are held
    ("prisoners held in Israeli jails": the jails' state)."""
    return [
        p
        for t in tok.subtree
        if t.head.lemma_.lower() in HOLDING_VERBS
        and (t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "in"))
        for p in t.children
        if p.dep_ == "pobj" and (t.dep_ == "agent" or _custody(p))
    ]


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
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("respond", "react", "answer"):
        return False
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        return False
    answered = [
        # "aggression to which Pakistan shall respond": what the relative pronoun stands for
        tok.head if p.lower_ in ("which", "that") and tok.dep_ == "relcl" else p
        for p in _prep_objects(tok, frozenset({"to"}))
    ]
    if tok.lemma_.lower() == "answer":  # "will answer any provocation with force"
        answered = [c for c in kids if c.dep_ == "dobj"]
    provoked = any(p.lemma_.lower() in PROVOCATION_NOUNS for p in answered)
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in VOW_VERBS:
        return provoked or not answered  # "Moscow vowed to respond": a retaliation
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in kids):
        return False
    # "shall respond at the time and place of its choosing", "will respond decisively":
    # the words of a promised retaliation, even with nothing named as answered; so are
    # "would respond with military-technical measures" and "would respond if Finland
    # joined NATO" (a response held out against another side's step)
    # ("will respond forcefully to the barrage": the manner makes any answer a retaliation)
    forceful = any(c.dep_ == "advmod" and c.lower_ in RETALIATION_MANNER for c in kids) or any(
        p.lemma_.lower() == "force" for p in _prep_objects(tok, frozenset({"with"}))
    )
    unnamed = not answered and tok.lemma_.lower() != "answer"
    return (
        provoked
        or forceful
        or (
            unnamed
            and (
                any(t.lower_ == "choosing" and t.dep_ == "pobj" for t in tok.subtree)
                or any(c.dep_ == "prep" and c.lower_ == "with" for c in kids)
                or any(
                    c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                    for c in kids
                )
            )
        )
    )


# how a promised response is a retaliation: "will respond decisively / militarily"
RETALIATION_MANNER = frozenset(
    {"decisively", "forcefully", "firmly", "militarily", "harshly", "resolutely", "strongly"}
)


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
        if c.dep_ in ("advcl", "relcl", "acl", "xcomp", "ccomp") and _infinitive(c):
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
        or _placed_party(w)
    ]
    return (who[0], clause) if who else None


def _told_deadline(tok: Token) -> tuple[Token, Token] | None:
    """ "told Israel (in a letter) that it had 30 days to improve the situation or risk
    losing aid": telling a named party it has a time limit to act is an ultimatum, as
    "gave Israel 30 days to ..." is. Returns (addressee, clause)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("tell", "inform", "warn"):
        return None
    listener = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if listener is None:
        return None
    # the "that" clause, or where the parser hung it: on the noun of "in a letter that"
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    clauses += [
        c
        for p in tok.children
        if p.dep_ == "prep"
        for n in _pobjs(p)
        for c in n.children
        if c.dep_ == "relcl" and any(m.dep_ == "mark" for m in c.children)
    ]
    for have in clauses:
        if have.lemma_.lower() != "have":
            continue
        spans = [
            c
            for c in have.children
            if c.dep_ == "dobj"
            and c.lemma_.lower() in ULTIMATUM_SPANS
            and any(n.dep_ == "nummod" for n in c.children)
        ]
        clause = next((c for h in (have, *spans) if (c := _to_clause(h))), None)
        if spans and clause is not None:
            return listener, have
    return None


def _placed_party(noun: Token) -> bool:
    """ "the junta in Niger": a party named by where it rules or fights (the "in" phrase
    on the noun, or hung by the parser on the verb right after it)."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"]
    preps += [
        c
        for c in noun.head.children
        if c.dep_ == "prep" and c.lower_ == "in" and c.i == noun.i + 1 and noun.dep_ == "dobj"
    ]
    # (a name, whatever the tagger made of it: "Niger a week" is read as one date)
    return any(p.pos_ == "PROPN" for c in preps for p in c.children if p.dep_ == "pobj")


# a state's diplomatic posts abroad, which another state can order shut
ENVOY_POSTS = frozenset({"embassy", "consulate", "legation", "chancery", "mission"})


def _ordered_out(tok: Token) -> bool:
    """ "ordered all Americans working for the inspection teams to leave the country":
    an expulsion (SANCTION expel)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("order", "tell", "give", "instruct"):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if objs and any(  # "ordered Beijing to close its consulate in Houston": an expulsion
        c.dep_ in ("xcomp", "ccomp")
        and c.lemma_.lower() in ("close", "shut", "vacate")
        and any(o.dep_ == "dobj" and o.lemma_.lower() in ENVOY_POSTS for o in c.children)
        for c in tok.children
    ):
        return True
    if any(o.ent_type_ == "GPE" for o in objs):
        return False  # "Kyiv told Moscow to leave Ukraine": a demand made of a state
    # "gave Canada's ambassador 24 hours to leave": a diplomat given time to go is expelled
    # (an armed party given hours to leave a city is under an ultimatum)
    envoy = any(o.lemma_.lower() in ENVOY_NOUNS for o in objs)
    return bool(objs) and any(
        (c.dep_ in ("xcomp", "ccomp") or (envoy and c.dep_ == "advcl" and _infinitive(c)))
        and c.lemma_.lower() == "leave"
        for c in tok.children
    )


# a state's representatives abroad, whom a host state expels
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "attache", "consul", "chargé"})


AID_CARRIERS = frozenset({"convoy", "truck", "lorry", "shipment", "ship", "plane", "flight"})


AID_WORDS = frozenset({"aid", "relief", "humanitarian", "food", "medical"})

# goods a carrier brings as relief ("trucks carrying flour, medicine and blankets")
RELIEF_GOODS = frozenset(
    {"food", "flour", "rice", "grain", "wheat", "medicine", "medicament", "blanket", "tent"}
    | {"water", "fuel", "vaccine", "ration", "supply", "aid", "relief", "shelter"}
)


# goods or forces reaching a place, and the ways convoys and ships arrive
AID_ARRIVAL_VERBS = ARRIVAL_VERBS | {"roll", "dock"}


def _aid_arrived(tok: Token) -> bool:
    """ "A Jordanian aid convoy crossed into Gaza", "Turkish relief planes landed in
    Adana": aid arriving is aid given, by whoever the carrier's modifiers name (with no
    giver named, no actor resolves and nothing is coded; never an assault)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in AID_ARRIVAL_VERBS:
        return False
    if _infinitive(tok) or any(c.dep_ == "neg" for c in tok.children):
        return False  # (not "refused to allow a convoy to enter": no arrival told)
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
        words |= {  # "a convoy of 40 trucks carrying flour, medicine and blankets"
            g.lemma_.lower()
            for h in (subj, *carried)
            for a in h.children
            if a.dep_ == "acl" and a.lemma_.lower() in ("carry", "load", "laden", "bring")
            for o in a.children
            if o.dep_ == "dobj" or (o.dep_ == "prep" and o.lower_ == "with")
            for n in ([o] if o.dep_ == "dobj" else _pobjs(o))
            # "carrying 650 tonnes of rice and medicines": the goods the amount is of
            for m in (
                n,
                *(_prep_objects(n, frozenset({"of"})) if n.ent_type_ == "QUANTITY" else ()),
            )
            for g in (m, *m.conjuncts)
        }
        giver = any(
            t.ent_type_ in ("NORP", "GPE", "ORG") or t.dep_ == "poss"
            for t in subj.subtree
            if t.i != subj.i
        )
        # (no giver named: no event, and no assault)
        if words & (AID_WORDS | RELIEF_GOODS) and giver:
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


def _said_no(tok: Token, word: str = "no") -> bool:
    """ "Israel said no to a Palestinian state", "Greece said 'no' to the bailout
    terms": saying no to something is rejecting it (REJECT); with ``word`` "yes",
    "Pakistan said yes to an Indian offer of talks" is accepting it (AGREE)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "say":
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    to = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and _pobjs(c)]
    return bool(to) and any(
        t.lower_ == word and t.dep_ in ("intj", "dobj", "npadvmod")
        for c in (tok, *to)
        for t in c.children
    )


# people an army or a government orders away from their homes (a forced evacuation)
DISPLACED_NOUNS = frozenset(
    {"resident", "civilian", "inhabitant", "villager", "population", "family", "household"}
)


DISPLACEMENT_VERBS = frozenset(
    {"evacuate", "leave", "flee", "vacate", "relocate", "abandon", "move"}
)


def _ordered_away(tok: Token) -> bool:
    """ "The army ordered residents of Rafah to evacuate", "residents were ordered to
    leave their homes by the military": a forced evacuation (COERCE), not an expulsion
    of foreigners and not a withdrawal."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("order", "force", "compel", "tell"):
        return False
    people = [
        c
        for c in tok.children
        if c.dep_ in ("dobj", "nsubjpass")
        and (
            c.lemma_.lower() in DISPLACED_NOUNS
            # "ordered 1.1 million Palestinians in northern Gaza to move south": a people
            or (c.tag_ == "NNPS" and any(n.like_num for n in c.subtree if n.i < c.i))
        )
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
    about the incident", "said sorry to the victims": an apology (CONCEDE); not "sorry
    to hear" nor "sorry for the families" (sympathy) nor "was not sorry"."""
    lemma = tok.lemma_.lower()
    if lemma not in ("say", "be", "feel") or any(c.dep_ == "neg" for c in tok.children):
        return False
    if lemma == "say":  # "Rudd said sorry to Aboriginal Australians for ..."
        return any(
            c.lower_ == "sorry"
            and c.i == tok.i + 1
            and not any(g.dep_ in ("xcomp", "ccomp") or g.tag_ == "TO" for g in c.children)
            for c in tok.children
        )
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


# where prisoners are held ("released from Israeli jails", "freed from Turkish custody")
CUSTODY_NOUNS = frozenset({"jail", "prison", "custody", "detention", "captivity", "gaol"})


def _custody(noun: Token) -> bool:
    return noun.lemma_.lower() in CUSTODY_NOUNS


def _agentless(verb: Token) -> bool:
    """A passive verb with no "by" agent ("troops were withdrawn")."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children
    )


def _agent_named(verb: Token) -> bool:
    """A passive verb with its doer in a "by" phrase ("the accord was brokered by
    Holbrooke"): its subject is what was done, not who did it."""
    return any(c.dep_ == "agent" for c in verb.children) and any(
        c.dep_ == "nsubjpass" for c in verb.children
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


def _demand_authors(noun: Token) -> list[Token]:
    """Who made a demand: "the Quartet's demand", "a demand by the Quartet", "a U.S.
    ultimatum"."""
    named = [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
    ]
    return _event_agents(noun) + named


# means whose purpose an infinitive names ("weapons to fight Islamic State", "money to
# rebuild the bridges"): what they are for is no act that happened
MEANS_NOUNS = frozenset(
    {"weapon", "arm", "ammunition", "equipment", "money", "fund", "funding", "aid", "loan"}
    | {"assistance", "help", "support", "means", "capability", "resource", "tool", "supply"}
)


def _means_purpose(tok: Token) -> bool:
    """ "asked for heavier weapons to fight Islamic State militants": the verb says what
    the means are for (an infinitival relative on the noun), not an act."""
    return (
        tok.pos_ == "VERB"
        and tok.dep_ in ("relcl", "acl")
        and tok.head.lemma_.lower() in MEANS_NOUNS
        and _infinitive(tok)
    )


# verbs of calling in or sending away an envoy, whose infinitive says why
ENVOY_CALLING_VERBS = frozenset({"summon", "recall", "expel"})


def _aim_of_act(trig: _Trig, triggers: set[int]) -> bool:
    """What a purpose clause says an act was for ("launched air strikes to halt their
    advance", "sent troops to help quell protests", "fired tear gas to disperse them"):
    the act is the event; its aim is not one more."""
    if trig.entry.type not in AIM_TYPES:
        return False  # "stormed the embassy to arrest X", "rallied to demand": acts too
    clause = trig.anchor
    while clause.dep_ == "xcomp" and not any(c.dep_ == "aux" for c in clause.children):
        clause = clause.head  # "to help quell": the purpose verb is "help"
    act = clause.head
    # ("summoned the envoy to protest": a purpose the parser read as the envoy's act)
    summoned = clause.dep_ == "xcomp" and act.lemma_.lower() in ENVOY_CALLING_VERBS
    if (clause.dep_ != "advcl" and not summoned) or not _infinitive(clause):
        return False
    return act.pos_ == "VERB" and (
        act.i in triggers or any(c.dep_ == "dobj" and c.i in triggers for c in act.children)
    )


def _deal_sought(trig: _Trig, trigs: list[_Trig]) -> bool:
    """ "negotiated through the night to reach a trade deal", "met to try to strike a
    deal": an agreement the talks were for is their aim, not yet reached."""
    if trig.entry.type != "AGREE" or trig.tok.pos_ != "VERB":
        return False
    clause = trig.tok
    while clause.dep_ == "xcomp" and clause.head.lemma_.lower() in ATTEMPT_WORDS:
        clause = clause.head  # "to try to reach": the purpose verb is "try"
    if clause.dep_ not in ("advcl", "xcomp") or not _infinitive(clause):
        return False
    return any(t.tok.i == clause.head.i and t.entry.type == "CONSULT" for t in trigs)


ATTEMPT_WORDS = frozenset({"try", "seek", "attempt", "hope", "aim", "work"})


def _consult_aim(trig: _Trig, trigs: list[_Trig]) -> bool:
    """ "Putin telephoned Erdogan to discuss the grain corridor", "met Scholz to discuss
    Ukraine": talks in a purpose clause of a meeting or call are that meeting; what they
    discuss is no one they meet. Not when the clause names its own partner ("travelled
    to Beijing to discuss trade with Wang Yi")."""
    clause = trig.tok
    if trig.entry.type != "CONSULT" or clause.pos_ != "VERB":
        return False
    if clause.dep_ not in ("advcl", "xcomp") or not _infinitive(clause):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in clause.children):
        return False
    return any(t.tok.i == clause.head.i and t.entry.type == "CONSULT" for t in trigs)


def _met_for_purpose(trig: _Trig, trigs: list[_Trig]) -> list[Token]:
    """Whom a meeting or call was with, when a verbal act is its purpose clause ("met
    Assad in Damascus to press for a ceasefire"): the act is aimed at them."""
    clause = trig.tok
    if clause.pos_ != "VERB" or clause.dep_ not in ("advcl", "xcomp") or not _infinitive(clause):
        return []
    if not any(t.tok.i == clause.head.i and t.entry.type == "CONSULT" for t in trigs):
        return []
    return [c for c in clause.head.children if c.dep_ == "dobj"]


def _visit_host(trig: _Trig) -> list[Token]:
    """Whom a verbal act was made to while visiting them ("renewed his plea for air
    defence systems during a visit to Washington"): the "to" place of the visit."""
    verb = trig.tok if trig.tok.pos_ == "VERB" else trig.tok.head
    if verb.pos_ != "VERB":
        return []
    return [
        host
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("during", "on")
        for visit in _pobjs(c)
        if visit.lemma_.lower() in ("visit", "trip", "tour")
        for host in _prep_objects(visit, frozenset({"to"}))
    ]


def _gathered_to_demand(tok: Token, sources: list[Actor], triggers: set[int]) -> bool:
    """A demand in a purpose clause ("to demand", "to call for") of a crowd's act that
    is no event of its own ("gathered", "laid flowers", "drove tractors into Paris")."""
    head = tok.head
    crowd = [c for c in head.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")]
    return (
        tok.dep_ in ("advcl", "xcomp")
        and (
            _infinitive(tok)
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


# what two sides fight as the verb's own object ("fought a hand-to-hand battle"): no
# third side
BATTLE_OBJECTS = frozenset(
    {"battle", "gunbattle", "firefight", "skirmish", "duel", "clash", "fight", "war"}
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
            (c.dep_ == "dobj" and c.lemma_.lower() not in BATTLE_OBJECTS)
            or c.dep_ == "agent"
            or (c.dep_ == "prep" and c.lower_ == "against")
            or (c.dep_ == "prep" and c.lower_ == "with" and not _with_weapons(c))
            for c in tok.children
        )
    )


# what sides fight with, not whom: "fought with rocks and clubs"
WEAPON_NOUNS = frozenset(
    {
        "rock", "stone", "club", "stick", "rod", "knife", "baton", "fist", "weapon",
        "gun", "rifle", "artillery", "mortar", "tank", "grenade", "rocket", "machete",
    }
)  # fmt: skip


def _with_weapons(prep: Token) -> bool:
    """ "clashed with sticks and stones": a "with" phrase naming arms, not a side."""
    objs = _pobjs(prep)
    return bool(objs) and all(
        o.lemma_.lower() in WEAPON_NOUNS for p in objs for o in (p, *p.conjuncts)
    )


# what marks a person handed over as wanted by the law ("Ramzi Yousef, the suspected
# mastermind of the bombing", "an accused war criminal", "three suspects")
WANTED_WORDS = frozenset(
    {"suspect", "fugitive", "mastermind", "suspected", "accused", "wanted", "alleged"}
)


def _suspect_handed(tok: Token) -> bool:
    """ "handed over Ramzi Yousef, the suspected mastermind of the bombing, to U.S.
    authorities": a suspect handed to another state is judicial cooperation, not a
    release (the "to" phrase may hang inside the object)."""
    return tok.lemma_.lower() == "hand" and any(
        t.lemma_.lower() in WANTED_WORDS or t.lower_ in WANTED_WORDS
        for obj in tok.children
        if obj.dep_ in ("dobj", "nsubjpass")
        for t in obj.subtree
        if t.dep_ not in ("relcl", "pobj") or t.head.i == obj.i
    )


# who speaks for a state: "a protest from the foreign ministry"
STATE_VOICE_NOUNS = frozenset({"government", "ministry", "embassy", "capital"})


def _protest_from_state(noun: Token) -> bool:
    """ "prompting a protest from Beijing", "drew a protest from the Chinese foreign
    ministry": a state's protest is criticism (ACCUSE), not a demonstration (not
    "protests from students"); so are protests a deed draws from states ("drew angry
    protests from Canada and Sweden")."""
    drawn = noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("draw", "earn", "attract")
    return (noun.tag_ == "NN" or drawn) and any(
        p.ent_type_ == "GPE" or p.lemma_.lower() in STATE_VOICE_NOUNS
        # (the "from" phrase hung on the noun, or on the verb that drew it)
        for c in (*noun.children, *(noun.head.children if drawn else ()))
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in _pobjs(c)
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
    if (
        entry.type == "PROTEST"
        and lemma == "protest"
        and tok.dep_ == "compound"
        and head.lemma_.lower() == "note"
    ):
        return replace(entry, type="ACCUSE", mode="disapprove")  # "delivered a protest note"
    if entry.type == "PROTEST" and lemma == "protest" and _protest_from_state(tok):
        return replace(entry, type="ACCUSE", mode="disapprove")  # "a protest from Paris"
    if (
        entry.type == "PROTEST"
        and lemma == "protest"
        and tok.pos_ == "VERB"
        and tok.dep_ in ("advcl", "xcomp")
        and _infinitive(tok)
        and head.lemma_.lower() in PROTEST_NOTE_VERBS | {"recall", "expel"}
    ):
        # "summoned the Afghan envoy to protest against a cross-border attack": a state's
        # diplomatic protest is criticism, not a demonstration
        return replace(entry, type="ACCUSE", mode="disapprove")
    if lemma == "strike" and entry.type == "ASSAULT":
        labour = tok.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in ("VERB", "AUX")
        if labour or any(c.lower_ in STRIKE_MODIFIERS for c in tok.children):
            return Trigger("strike", "NOUN", "PROTEST", "strike")  # "went on strike"
    if (
        entry.type == "MOBILIZE"
        and lemma in EXERCISE_NOUNS | {"patrol"}
        and any(c.lower_ in DRILL_TOGETHER for c in tok.subtree if c.i < tok.i)
    ):
        return replace(entry, type="COOPERATE", mode=None)  # "joint naval exercises"
    if entry.type in ("ASSAULT", "COERCE", "ACCUSE") and any(
        c.lower_ == "joint" and c.dep_ == "amod" for c in tok.children
    ):
        # "a joint raid", "a joint offensive against the Taliban", "a joint
        # investigation into the crash": two forces or services acting as one
        return replace(entry, type="COOPERATE", mode=None)
    if entry.type == "RETREAT" and entry.mode == "withdraw" and _pact_left(tok):
        return replace(entry, type="SANCTION", mode="withdraw")
    if entry.type == "ASSAULT" and _halt_to(tok):
        return replace(entry, type="RETREAT", mode="ceasefire")
    return entry


# nouns of stopping: "called a halt to hostilities", "put an end to the fighting"
END_NOUNS = frozenset({"halt", "end", "stop", "cessation"})


def _halt_to(noun: Token) -> bool:
    """ "The MILF called a halt to hostilities with government troops": fighting brought
    to a stop is a truce (the "to" on the stop noun, or on its verb)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return False
    holder = noun.head.head
    return holder.lemma_.lower() in END_NOUNS or (
        holder.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in END_NOUNS for c in holder.children)
    )


# verbs that end what a state did for another: "stopped approving arms exports to
# Riyadh", "halted selling gas to Europe" (reduce or stop aid or trade, CAMEO 16)
HALTING_VERBS = frozenset({"stop", "halt", "cease", "suspend"})


def _halted_act(tok: Token) -> bool:
    """A gerund under "stop"/"halt"/"cease"/"suspend" that is not itself negated: the
    stopping is the event ("Germany stopped approving arms exports")."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("xcomp", "dobj")
        and tok.head.lemma_.lower() in HALTING_VERBS
        and not any(c.dep_ == "neg" for c in tok.head.children)
    )


# what a state can pull out of that is a commitment, not a place ("its withdrawal from
# the Non-Proliferation Treaty", "exit from the nuclear deal")
LEFT_PACTS = frozenset({"deal", "treaty", "agreement", "accord", "pact", "convention"})


def _pact_left(noun: Token) -> bool:
    """ "announced its withdrawal from the nuclear Non-Proliferation Treaty": a state
    leaving a treaty (or an organisation) reduces relations (SANCTION withdraw); not
    "the withdrawal of troops from ..." (forces named with "of")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    for left in _left_nouns(noun):
        if left.lemma_.lower() in LEFT_PACTS:
            return True
        if left.pos_ == "PROPN" or (left.text.isupper() and len(left.text) > 2):
            words = {t.lower_ for t in left.subtree if t.pos_ in ("PROPN", "NOUN")}
            if words & (ORGANISATION_WORDS | LEFT_PACTS):
                return True
    return False


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


# people a government receives as guests ("welcomed President Putin in Hanoi")
GUEST_NOUNS = frozenset(
    {"president", "leader", "minister", "premier", "king", "prince", "chancellor", "counterpart"}
    | {"delegation", "envoy", "emissary", "guest", "visitor", "secretary", "emir", "pope"}
)


# where a guest is received ("welcomed Putin in Hanoi", "to Beijing", "at the palace")
RECEPTION_PREPS = frozenset({"in", "to", "at"})


def _welcomed_guest(tok: Token) -> bool:
    """ "Vietnam's leaders welcomed Putin in Hanoi with a red-carpet ceremony": welcoming
    a person at a place is a reception (CONSULT visit), not praise of a decision."""
    if tok.lemma_.lower() not in ("welcome", "greet") or tok.pos_ != "VERB":
        return False
    guests = [c for c in tok.children if c.dep_ == "dobj"]
    if not any(g.ent_type_ == "PERSON" or g.lemma_.lower() in GUEST_NOUNS for g in guests):
        return False
    places = [p for h in (tok, *guests) for p in _prep_objects(h, RECEPTION_PREPS)]
    return any(p.ent_type_ in ("GPE", "FAC", "LOC") for p in places)  # or "Xi in Astana"


def _courtesy_call(tok: Token) -> bool:
    """ "Jaishankar called on Sri Lanka's president in Colombo": "called on" a person
    with nothing asked of him is a visit (CONSULT), not an appeal; "called on Iran to
    release the tanker", "called on both sides for restraint" or "..., saying" ask."""
    if tok.lemma_.lower() != "call" or tok.pos_ != "VERB":
        return False
    hosts = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for p in _pobjs(c)]
    if not any(h.ent_type_ == "PERSON" or h.lemma_.lower() in GUEST_NOUNS for h in hosts):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "advcl", "parataxis", "dobj") for c in tok.children):
        return False
    for t in tok.subtree:
        if t.tag_ == "TO" or t.lower_ in ("for", ":", '"', "“") or t.dep_ in ("relcl", "acl"):
            return False  # an act asked of the host ("on Iran to ...", "who must ...")
    return True


# verbs that give back what was taken or held: "handed back", "restituted", "released"
RETURN_VERBS = frozenset(
    {"return", "hand", "restitute", "release", "free", "transfer", "repatriate", "unfreeze"}
)


# nouns for such a giving back ("the return of the islands", "the restitution of ...")
RETURN_NOUNS = frozenset({"return", "restitution", "handover", "repatriation", "release"})


def _returned_thing_participle(tok: Token) -> bool:
    """ "handed back three vessels seized off Crimea", "restituted treasures looted from
    Dahomey", "to release withheld tax revenues": a participle on what is given back says
    how it came to be held (background); the news is its return."""
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in ("acl", "amod", "dep"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False  # a clause of its own ("vessels it had seized"), not a description
    head = tok.head
    if tok.dep_ == "dep":  # "release withheld revenues": the adjective read as a verb
        verb = head if head.i == tok.i - 1 else None
    elif head.dep_ == "pobj" and head.head.lower_ == "of":
        # "called for the return of four islands seized by Soviet troops"
        return head.head.head.lemma_.lower() in RETURN_NOUNS
    else:
        verb = head.head if head.dep_ == "dobj" and head.head.i < head.i else None
    return verb is not None and verb.lemma_.lower() in RETURN_VERBS


def _received_guest(tok: Token) -> bool:
    """ "Olmert was received by Mubarak at the palace": a leader or envoy received by
    someone named is a reception (CONSULT visit), not a letter or a proposal received."""
    if tok.lemma_.lower() != "receive" or tok.pos_ != "VERB":
        return False
    guests = [c for c in tok.children if c.dep_ == "nsubjpass"]
    hosts = [p for c in tok.children if c.dep_ == "agent" for p in _pobjs(c)]
    hosts += [  # (or hung on the place: "received at the palace by Mubarak")
        p
        for c in tok.children
        if c.dep_ == "prep"
        for n in _pobjs(c)
        for b in n.children
        if b.dep_ == "prep" and b.lower_ == "by"
        for p in _pobjs(b)
    ]
    return bool(hosts) and any(
        g.ent_type_ == "PERSON" or g.lemma_.lower() in GUEST_NOUNS for g in guests
    )


# verbs of hurrying that "... to the defence of X" makes verbal support
RALLY_VERBS = frozenset({"leap", "leapt", "come", "rush", "spring", "jump", "rally"})


DEFENCE_NOUNS = frozenset({"defence", "defense"})


def _came_to_defence(tok: Token) -> bool:
    """ "Erdogan leapt to the defence of Qatar": speaking up for a party (SUPPORT);
    only "defence" is read so (a rush "to the aid of" may send troops)."""
    if tok.lemma_.lower() not in DEFENCE_NOUNS or tok.dep_ != "pobj":
        return False
    to = tok.head
    if to.lower_ != "to" or to.head.lemma_.lower() not in RALLY_VERBS:
        return False
    if any(  # "troops rushed to the defence of the city": a military defence
        c.dep_ == "nsubj" and c.lemma_.lower() in ARMED_SUBJECTS for c in to.head.children
    ):
        return False
    return bool(_prep_objects(tok, frozenset({"of"})))


ARMED_SUBJECTS = frozenset(
    {"troop", "soldier", "force", "army", "fighter", "unit", "militia", "reinforcement"}
    | {"warship", "jet", "navy", "battalion", "brigade", "militiaman", "volunteer"}
)


# what crowds gather for that is no protest ("took to the streets to celebrate the win")
REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def _self_immolation(tok: Token) -> bool:
    """ "A monk set himself on fire", "set themselves ablaze": burning oneself is a protest
    (self-immolation), not an arson attack."""
    if tok.lemma_.lower() != "set" or tok.pos_ != "VERB":
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.children):
        return False
    return any(
        c.lower_ in ("ablaze", "alight")
        or (c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ == "fire" for p in _pobjs(c)))
        for c in tok.children
    )


CELEBRATE_LEMMAS = frozenset(
    # (and remembrance: "veterans marched through London to commemorate Armistice Day")
    {"celebrate", "cheer", "welcome", "greet", "party", "dance", "commemorate", "honour", "honor"}
    | {"mourn", "remember"}
)


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


# lists a party is put on as a sanction ("its unreliable entity list", "a blacklist")
LIST_NOUNS = frozenset({"list", "blacklist"})


# what one is handed over to face ("to face charges", "to stand trial")
TRIAL_NOUNS = frozenset({"charge", "trial", "prosecution", "justice", "court"})


def _within_object(word: Token, verb: Token) -> bool:
    """Whether the parser hung ``word`` inside the verb's object ("handed over 32
    servicemen": "over" on "32")."""
    node = word
    for _ in range(3):
        if node.head.i == node.i:
            return False
        if node.dep_ == "dobj" and node.head.i == verb.i:
            return node.i != word.i
        node = node.head
    return False


# verbs that bring a stretch of talks to its close, and the stretches they close
CLOSING_VERBS = frozenset({"end", "conclude", "close", "wrap"})
SPAN_NOUNS = frozenset({"day", "hour", "week", "month", "round", "session", "year"})


# nouns of a stage of a process, whose "of" object is what a verb acts on ("blocked the
# start of talks" blocks the talks)
PHASE_NOUNS = frozenset({"start", "opening", "launch", "resumption", "beginning", "adoption"})


def _requirements_met(tok: Token, entry: Trigger, memo: dict[Any, Any] | None = None) -> bool:
    """Whether ``tok`` has what ``entry`` asks for: subject, particle, object. ``memo``,
    one per token, keeps what the token carries for its other entries."""
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
            and _infinitive(c)
            for c in tok.children
        )
    ):
        return False
    if (
        entry.type == "SANCTION"
        and entry.object in LIST_NOUNS
        and not any(
            t.pos_ == "PROPN" or t.ent_type_ == "NORP"
            for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass")  # ("Huawei was added to a trade blacklist")
            for t in c.subtree
        )
    ):
        return False  # "put two U.S. firms on its entity list" (not "put the issue on a list")
    if memo is None:
        memo = {}
    if "misread" not in memo:  # "Azerbaijan concentrated troops": (subject, object)
        memo["misread"] = _misread_verb(tok)
    misread = memo["misread"]
    if entry.subject is not None:
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            # "officers burst into the flat and led him away": the first verb's subject
            subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        subjects += [s for s in [_acl_subject(tok)] if s is not None]
        subjects += list(misread[:1]) if misread else []
        # "the town has been surrounded by Russian troops": the agent of a passive
        subjects += [p for c in tok.children if c.dep_ == "agent" for p in _pobjs(c)]
        # "the first contingent of 400 police officers landed": the contingent or its people
        words = {
            w.lemma_.lower() for s in subjects for w in [s, *_prep_objects(s, frozenset({"of"}))]
        }
        # "a Cuban medical brigade arrived": a two-word class member ("medical brigade")
        words |= {
            f"{m.lower_} {s.lemma_.lower()}"
            for s in subjects
            for m in s.children
            if m.dep_ in ("amod", "compound")
        }
        if not words & entry.subject:
            return False
    if entry.particle:
        # (what the verb carries is worked out once per token, whichever entry asks)
        # ("let a relief team into the delta": "into" hung on the object, too)
        spread = (
            bool(entry.object)
            or (entry.particle == "over" and entry.type == "ACCUSE")
            or entry.lemma == "let"
        )
        give = entry.lemma == "give"
        if ("particles", give, spread) not in memo:
            memo["particles", give, spread] = _particle_words(tok, give, spread)
        if entry.particle.lower() not in memo["particles", give, spread]:
            return False
    elif (
        entry.type == "CONSULT"
        and entry.mode == "phone"
        and entry.object is None
        and not _called_someone(tok)
    ):
        return False
    if entry.object:
        particle = (entry.particle or "").lower()
        if ("objects", particle) not in memo:
            memo["objects", particle] = _object_words(tok, particle, misread)
        objs = memo["objects", particle]
        wanted = entry.object.lower()
        if " " in wanted:  # "drew a red line", "poured cold water on": the head and its modifiers
            *mods, head = wanted.split()
            if head not in objs or not _modified_object(tok, head, mods):
                return False
        elif wanted not in objs:
            return False
    return True


def _particle_words(tok: Token, give: bool, object_preps: bool) -> set[str]:
    """The particles and prepositions ``tok`` carries (``give``: not "gave $10 million in
    relief"; ``object_preps``: also those under its object)."""
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
    if nxt is not None and nxt.tag_ == "RP" and _within_object(nxt, tok):
        words.add(nxt.lower_)  # "handed over 32 servicemen": "over" hung on the number
    words |= {  # "handed the Taba enclave on the Red Sea back to Egypt", "sent 28 men
        # convicted of crimes back to Afghanistan": "back to" hung inside the object
        g.lower_
        for c in tok.children
        if c.dep_ == "dobj"
        for g in c.subtree
        if g.lower_ == "back"
        and g.dep_ == "advmod"
        and any(p.dep_ == "prep" and p.lower_ == "to" for p in g.children)
    }
    words |= {  # a preposition counts unless it introduces a date ("called on Monday";
        # not "bowing to weeks of protests": a span of time that holds the real object)
        c.lower_
        for c in tok.children
        if c.dep_ == "prep"
        and not any(
            p.dep_ == "pobj"
            and p.ent_type_ in ("DATE", "TIME")
            and not any(g.dep_ == "prep" and g.lower_ == "of" for g in p.children)
            for p in c.children
        )
        # "gave $10 million in flood relief": a phrase with "in", not "gave in"
        and not (give and c.lower_ == "in" and any(p.dep_ == "pobj" for p in c.children))
    }
    words |= {  # an object predicate: "held X responsible", "took 200 people hostage"
        c.lower_
        for c in tok.children
        if c.dep_ == "oprd"
        or (c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("ADJ", "NOUN"))
        # "set 26 prisoners free overnight": the adjective read as a clause of its own
        or (
            c.dep_ == "advcl" and c.pos_ == "ADJ" and not any(g.dep_ == "nsubj" for g in c.children)
        )
        # "took more than 800 people hostage in a theatre": the noun read as a clause,
        # right after the object
        or (
            c.dep_ == "advcl"
            and c.pos_ == "NOUN"
            and any(d.dep_ == "dobj" and d.i == c.i - 1 for d in tok.children)
        )
    }
    words |= {  # "called the arrest an act of terror": what kind of act
        p.lower_
        for c in tok.children
        if c.dep_ == "oprd" and c.lemma_.lower() == "act"
        for p in _prep_objects(c, frozenset({"of"}))
    }
    words |= {  # "set ten prisoners free on Friday": the predicate read as the object's
        g.lower_  # adjective, after it
        for c in tok.children
        if c.dep_ == "dobj"
        for g in c.children
        if g.dep_ == "amod" and g.pos_ == "ADJ" and g.i == c.i + 1
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
    if object_preps:
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
    return words


def _object_words(tok: Token, particle: str, misread: tuple[Token, Token] | None) -> set[str]:
    """The lemmas that can stand as the object of ``tok`` (``particle``: also what the
    particle's phrase names)."""
    # (an object misread as an adverbial noun: "stopped a march by ...")
    objs = {
        c.lemma_.lower()
        for c in tok.children
        if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "npadvmod" and c.ent_type_ == "")
    }
    if any(c.dep_ == "advmod" and c.lower_ in ("home", "back") for c in tok.children):
        # "called home its ambassador": the object read as an object predicate
        objs |= {c.lemma_.lower() for c in tok.children if c.dep_ == "oprd"}
    objs |= {  # "received South Korean President Kim Dae-jung": the title before a name
        g.lemma_.lower()
        for c in tok.children
        if c.dep_ == "dobj" and c.ent_type_ == "PERSON"
        for g in c.children
        if g.dep_ == "compound" and g.ent_type_ == ""
    }
    objs |= {  # "handed filmmaker Oleg Sentsov a 20-year prison term": the second object
        # of a giving verb, which the parser hangs on the first as an apposition
        a.lemma_.lower()
        for c in tok.children
        if c.dep_ == "dobj" and c.pos_ == "PROPN"
        for a in c.children
        if a.dep_ == "appos"
        and a.pos_ == "NOUN"
        and any(d.lower_ in ("a", "an") for d in a.children if d.dep_ == "det")
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
    if any(  # "handed over X to face fraud charges / to stand trial": a suspect
        c.dep_ in ("advcl", "xcomp")
        and c.lemma_.lower() in ("face", "stand")
        and any(g.dep_ == "dobj" and g.lemma_.lower() in TRIAL_NOUNS for g in c.children)
        for c in tok.children
    ):
        objs.add("suspect")
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i < tok.i:
        objs.add(tok.head.lemma_.lower())  # "aid sent by Jordan": the noun it modifies
    objs |= {  # "blocked the start of membership talks", "the adoption of a resolution"
        p.lemma_.lower()
        for c in tok.children
        if c.dep_ == "dobj" and c.lemma_.lower() in PHASE_NOUNS
        for p in _prep_objects(c, frozenset({"of"}))
    }
    objs |= {  # "flew two planes carrying 55 tonnes of medical supplies": the cargo
        g.lemma_.lower()
        for c in tok.children
        if c.dep_ == "dobj" and c.lemma_.lower() in AID_CARRIERS
        for a in c.children
        if a.dep_ == "acl" and a.lemma_.lower() in ("carry", "load", "bring")
        for o in a.children
        if o.dep_ == "dobj"
        for m in (o, *(_prep_objects(o, frozenset({"of"})) if o.ent_type_ == "QUANTITY" else ()))
        for g in (m, *m.conjuncts)
    }
    if misread:  # (and the substance of its amount: "parachuted pallets of food")
        objs.add(misread[1].lemma_.lower())
        objs |= {p.lemma_.lower() for p in _prep_objects(misread[1], frozenset({"of"}))}
    if particle:  # "took to the streets": the particle's object
        particles = frozenset({particle})
        held = [p for d in tok.children if d.dep_ == "dobj" for p in _prep_objects(d, particles)]
        # "stayed away from the summit": what the adverb particle's own phrase names
        under = [
            p
            for c in tok.children
            if c.dep_ in ("prt", "advmod") and c.lower_ in particles
            for prep in c.children
            if prep.dep_ == "prep"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        for p in _prep_objects(tok, particles) + held + under:
            objs.add(p.lemma_.lower())
            # "on the highest state of alert": what the state is of
            objs |= {q.lemma_.lower() for q in _prep_objects(p, frozenset({"of"}))}
    objs |= {  # "handed over 700 kg of medicine": the substance of an amount
        p.lemma_.lower()
        for c in tok.children
        if c.dep_ == "dobj"
        # (not "ended two days of talks": the talks came to their end, none broke off)
        and not (tok.lemma_.lower() in CLOSING_VERBS and c.lemma_.lower() in SPAN_NOUNS)
        for prep in c.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
        # ("hundreds of Bangladeshi and Nepali nationals": the parser makes the first
        # nationality the object and the people its conjunct)
        for p in (o, *(g for g in o.conjuncts if g.pos_ == "NOUN"))
    }
    dobjs = [c for c in tok.children if c.dep_ == "dobj"]
    # "rushed a rescue team and emergency supplies": any of the coordinated objects
    objs |= {g.lemma_.lower() for c in dobjs for g in c.conjuncts if g.pos_ == "NOUN"}
    # "dispatched the carrier strike group": a group is what its compounds name
    objs |= {
        g.lemma_.lower()
        for c in dobjs
        if c.lemma_.lower() == "group"
        for g in c.children
        if g.dep_ == "compound"
    }
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
    return objs


# participles that make whoever they describe a suspect ("a man wanted for murder")
SUSPECT_PARTICIPLES = frozenset({"accuse", "suspect", "want", "charge", "indict", "convict"})


# what one had in an act ("took part in", "their role in the coup")
SHARE_NOUNS = frozenset({"part", "role", "involvement", "participation", "hand"})


SUSPECT_NOUNS = frozenset(
    {"suspect", "fugitive", "perpetrator", "culprit", "mastermind", "accomplice", "ringleader"}
)


# "suspects in", "wanted for", "accused of", "the men behind" an act
SUSPECT_PREPS = frozenset({"in", "for", "over", "of", "behind"})


def _suspected_of(noun: Token) -> bool:
    """An act named as what someone is suspected or wanted for ("three suspects in the
    Mumbai attacks", "a man wanted for the mall attack", "commanders accused of leading
    the assault on El Geneina"): an earlier event, not news. A share in the act counts
    the same ("convicted of taking part in the protests", "jailed for their role in")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        share = noun.head.head
        if share.lemma_.lower() in SHARE_NOUNS:
            noun = share  # "of participation in the protests"
        elif share.tag_ == "VBG" and any(  # "of taking part in": "in" hung on the verb
            c.dep_ == "dobj" and c.lemma_.lower() in SHARE_NOUNS for c in share.children
        ):
            noun = share
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
            mods_of = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod")]
            # "search-and-rescue teams": a modifier coordinated with another
            mods_of += [g for c in mods_of for g in c.conjuncts]
            have = {c.lower_ for c in mods_of} | {c.lemma_.lower() for c in mods_of}
            if all(m in have for m in mods):
                return True
    return False


# "in response to X", "in retaliation for X": the act answered
ANSWER_NOUNS = frozenset({"response", "retaliation", "reply", "reaction", "answer"})


def _after_event(tok: Token) -> bool:
    """A nominal event in an "after ..." or "in response to ..." phrase ("withdrew the bill
    after two nights of protests"): it happened, but the main verb's subject did not do it."""
    holder = tok.head.head if _quantity_of(tok) else tok
    if holder.dep_ != "pobj":
        return False
    if holder.head.lower_ in AFTER_PREPS:
        return True
    # "in response to a barrage of missiles fired by Pyongyang, Seoul suspended ...": what
    # is answered is the other side's act
    answer = holder.head.head
    return (
        holder.head.lower_ in ("to", "for")
        and answer.lemma_.lower() in ANSWER_NOUNS
        and answer.dep_ == "pobj"
        and answer.head.lower_ == "in"
    )


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
    return bool(objs) and all(  # ("telephoned the leaders of Armenia and Azerbaijan")
        o.pos_ == "PROPN"
        or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or o.lemma_.lower() in GUEST_NOUNS
        for o in objs
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
VISIT_TRAVEL_VERBS = {"arrive": "in", "land": "in", "fly": "to", "travel": "to", "jet": "to"}


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


def _partnered_purpose(prep: Token) -> bool:
    """ "(flew to Cairo) for talks with Egyptian officials": a purpose that names the
    partner, which the purpose noun codes; "for talks on a truce" names none, and the
    place travelled to is the host."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and not any(
            n.lemma_.lower() in ("talk", "meeting", "summit", "consultation", "negotiation")
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in n.children)
            for n in _pobjs(prep)
        )
    )


def _arrival(tok: Token) -> Token | None:
    """ "Ethiopian Prime Minister Abiy Ahmed arrived in Asmara", "Qatar's foreign
    minister flew to Tehran": the place a named leader, envoy or delegation travelled to
    (a visit there). Not when a purpose is given ("arrived for talks": the talks are
    coded), not for troops or crowds."""
    prep_word = VISIT_TRAVEL_VERBS.get(tok.lemma_.lower())
    if tok.pos_ != "VERB" or prep_word is None:
        return None
    if any(c.dep_ == "neg" or _partnered_purpose(c) for c in tok.children):
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
