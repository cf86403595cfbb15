"""Finding the triggers of a sentence: the lexicon match and the rules that read an event
from a construction rather than a word (the event coder takes them from
``TriggerFinding``), with the word lists they need."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from parley.actors.matcher import (
    quantity_head,
)
from parley.events.arguments import (
    INQUIRY_NOUNS,
    _anchor,
    _named_agent,
    _noun_particle,
    _under_attack,
)
from parley.events.certainty import (
    CLAIM_NOUNS,
)
from parley.events.lexicon import Cues, Lexicon, Trigger
from parley.events.places import Gazetteer
from parley.events.repair import (
    _misread_verb,
    _noun_tagged_as_verb,
    _undoubled,
)
from parley.events.tokens import (
    _infinitive,
    _pobjs,
    _prep_objects,
    _Trig,
)
from parley.events.triggers import (
    _about_force,
    _agent_named,
    _agentless,
    _aid_arrived,
    _arrival,
    _atrocity,
    _came_to_defence,
    _celebration,
    _complements,
    _courtesy_call,
    _election_left,
    _faced,
    _figurative_attack,
    _forces_leaving,
    _halted_act,
    _has_score,
    _has_to,
    _in_protest,
    _leaving_organisation,
    _left,
    _left_nouns,
    _mandative,
    _month_march,
    _named_culprit,
    _no_tolerance,
    _options_open,
    _ordered_away,
    _ordered_out,
    _received_guest,
    _requirements_met,
    _returned_thing_participle,
    _retype_noun,
    _said_clause,
    _said_no,
    _self_immolation,
    _sorry,
    _spoken_protest,
    _subject_lemma,
    _suspect_handed,
    _test_fired,
    _told_deadline,
    _ultimatum,
    _vowed_response,
    _welcomed_guest,
)

# the lemmas _options_open and _sorry test for: the only trigger rules after the lexicon's
# that read a word that is not a verb ("all options are on the table", "is sorry for")
UNVERBAL_RULE_LEMMAS = frozenset({"be", "remain", "stay", "keep", "leave", "say", "feel"})


# what a group or person is "<word> for": its reputation, not an act the article reports
REPUTATION_WORDS = frozenset(
    {"notorious", "known", "infamous", "famous", "renowned", "feared", "noted", "remembered"}
)


REGRET_PREPS = frozenset({"over", "at", "about"})


# verbs that credit a party with an act named in their "for" phrase ("thanked the UAE
# for its help in evacuating Indian nationals"): the act is the reason, not an event
CREDITING_VERBS = frozenset(
    {"thank", "praise", "commend", "congratulate", "laud", "hail", "applaud", "salute"}
)


# joint work one party joins another in ("joined Haitian police in the investigation")
JOINT_WORK_NOUNS = frozenset(
    {"investigation", "probe", "inquiry", "search", "hunt", "manhunt", "effort", "rescue"}
)


def _joined_in(tok: Token) -> tuple[Token, Token] | None:
    """ "FBI agents joined Haitian police in the investigation into the assassination":
    taking part in another's investigation or search is cooperation with it (the
    partner and the shared work, which is no event of its own)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "join":
        return None
    partner = next((c for c in tok.children if c.dep_ == "dobj"), None)
    work = next(
        (w for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for w in _pobjs(p)),
        None,
    )
    if partner is None or work is None or work.lemma_.lower() not in JOINT_WORK_NOUNS:
        return None
    return partner, work


def _credited_act(tok: Token) -> set[int]:
    """The words of what a thanked or praised party is credited with ("thanked Qatar for
    mediating the release of the hostages"); as with "accused X of shelling", the speech
    act is the event, and the act it is about is not coded again (but an act whose doer
    is named stays: "praised Israel for completing its withdrawal from Lebanon")."""
    if tok.lemma_.lower() not in CREDITING_VERBS or tok.pos_ != "VERB":
        return set()
    return {
        t.i
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for t in prep.subtree
        if t.i != prep.i and not any(c.dep_ in ("poss", "nsubj") for c in t.children)
    }


# nouns for a resolve taken, whose "to" clause says what was resolved ("Belgrade's
# decision to expel the OSCE envoy")
RESOLVE_NOUNS = frozenset({"decision", "move", "bid", "attempt", "plan", "refusal", "order"})


def _judged_resolve(tok: Token) -> set[int]:
    """The words of what a criticised or praised decision resolves ("criticised
    Belgrade's decision to expel the head of the OSCE mission"): the decision is what is
    judged, its content is not coded again."""
    acts = [
        c
        for obj in tok.children
        if obj.dep_ == "dobj" and obj.lemma_.lower() in RESOLVE_NOUNS
        for c in obj.children
        if c.dep_ == "acl" and _infinitive(c)
    ]
    # (the act and what it acts on, not a phrase the parser hung on it: "backed Ukraine's
    # bid to join NATO during a trip to Kyiv")
    return {a.i for a in acts} | {
        t.i
        for a in acts
        for c in a.children
        if c.dep_ in ("dobj", "xcomp", "ccomp", "dative", "prt")
        for t in c.subtree
    }


def _regret_at_other(tok: Token) -> bool:
    """ "Seoul voiced strong regret over Tokyo's decision": regret at an act another
    party's possessive names is diplomatic criticism (CAMEO 111), not an apology, which
    is regret "for" one's own act ("expressed regret for the deaths")."""
    for noun in (c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "regret"):
        for prep in (c for c in (*noun.children, *tok.children) if c.dep_ == "prep"):
            if prep.lower_ not in REGRET_PREPS:
                continue
            if any(
                p.dep_ == "pobj"
                and any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in p.children)
                for p in prep.children
            ):
                return True
    return False


OBLIGATION_MODALS = frozenset({"must", "should"})


# "said X was responsible/to blame for the attack": naming the culprit (ACCUSE)
CULPRIT_ADJECTIVES = frozenset({"responsible", "culpable", "guilty"})


# verbs that put a label on what they name ("called the strikes an act of war",
# "characterised the arms sale as interference"); the naming ones label only a culprit
# ("identified the Syrian air force as responsible for", "named two officers as suspects")
NAMING_VERBS = frozenset({"identify", "name"})


LABEL_VERBS = (
    frozenset({"call", "describe", "label", "brand", "term", "characterise", "characterize"})
    | frozenset({"portray"})
    | NAMING_VERBS
)


CULPRIT_LABELS = frozenset({"responsible", "suspect", "culprit", "perpetrator", "mastermind"})


# verbs by which an inquiry or a government states a finding ("determined that ...")
FINDING_VERBS = frozenset({"determine", "find", "conclude", "establish"})


HOSTILE_DEEDS = frozenset(
    {"attack", "bombing", "blast", "explosion", "killing", "plot", "massacre", "violence", "death"}
    # fighting named by its course ("bore full responsibility for the escalation")
    | {"escalation", "flare-up", "hostility", "fighting", "clash", "provocation"}
    | {"sabotage", "assassination"}
)


# breaking a binding text, charged in a reported clause ("said Russia had violated the
# INF treaty", "found that Iran had breached the nuclear deal")
BREACH_VERBS = frozenset({"violate", "breach", "flout", "contravene"})
BREACHED_THINGS = frozenset(
    {"treaty", "agreement", "accord", "deal", "ceasefire", "truce", "resolution", "sanction"}
    | {"embargo", "law", "convention", "pact", "ban", "sovereignty"}
)


# verbs by which a party is said to have authored a hostile act ("said the PKK had
# ordered the bombing", "masterminded the attack")
AUTHORSHIP_VERBS = frozenset(
    {"order", "mastermind", "orchestrate", "plan", "perpetrate", "commission", "organise"}
    | {"organize", "direct", "sponsor"}
)


# verbs by which a leader removes a government or an official
OUSTING_VERBS = frozenset({"dismiss", "sack", "fire", "oust", "remove"})


# nouns for a part taken in an act ("signs of Israeli involvement in the sabotage")
PART_NOUNS = frozenset({"involvement", "role", "complicity", "hand", "participation"})
# verbs that hold such a part ("had a hand in", "played a role in")
PART_VERBS = frozenset({"have", "play"})


TREATY_NOUNS = frozenset({"deal", "treaty", "agreement", "accord", "pact", "convention"})


# "would pay a heavy price", "will face the consequences": what a warned party is told
# it will pay or face
PRICE_OBJECTS = {"pay": frozenset({"price"}), "face": frozenset({"consequence"})}


# labels that judge a claim, not an act ("called the report baseless")
CLAIM_LABELS = frozenset({"baseless", "unfounded"})


# how goods travel, read as a passive's agent ("oil delivered by sea", "shipped by rail")
# (not vehicles, which may be a side's: "migrants rescued by Italian ships")
TRANSPORT_MEANS = frozenset({"sea", "air", "road", "rail", "land", "pipeline"})


# verbs that give an inquiry's cost or length ("the inquiry cost / lasted / took ...")
TALLY_VERBS = frozenset({"cost", "last", "take", "span", "total", "run"})


# measures a government welcomes (praise), besides the lexicon's event nouns
WELCOMED_ACTS = frozenset(
    {"decision", "move", "announcement", "step", "plan", "proposal", "news", "initiative"}
    | {"resolution", "outcome", "result", "verdict", "ruling", "statement", "offer"}
)


# what a speaker says it feels about another party's act: praise or criticism
FEELINGS = {
    **dict.fromkeys(("encourage", "hearten", "please", "gratify", "impress"), "SUPPORT"),
    **dict.fromkeys(("disappoint", "dismay", "alarm", "appal", "appall", "outrage"), "ACCUSE"),
}


def _felt_about(clause: Token) -> tuple[str, Token] | None:
    """ "said it was encouraged by Pakistan's reform efforts", "said it was deeply
    disappointed by Israel's decision": the speaker's own feeling (a pronoun subject)
    about a party's act (its owner the possessor, or the party itself)."""
    feeling = clause
    if clause.lemma_.lower() == "be":
        feeling = next((c for c in clause.children if c.dep_ == "acomp"), clause)
    kind = FEELINGS.get(feeling.lemma_.lower())
    if kind is None or feeling.tag_ != "VBN":
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in clause.children):
        return None
    causes = [
        p
        for c in feeling.children
        if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with", "at")
        for p in _pobjs(c)
    ]
    for cause in causes:
        if cause.pos_ == "PROPN":
            return kind, cause
        owner = next((c for c in cause.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None:
            return kind, owner
    return None


def _as_phrases(tok: Token) -> list[Token]:
    """The "as" phrases of a verb, also where the parser hung them on its object
    ("named two officers as the suspects")."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return [c for h in (tok, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]


# what is shot down or intercepted as someone's attack ("20 Ukrainian drones")
LAUNCHED_WEAPONS = frozenset({"drone", "missile", "rocket", "uav", "projectile", "shell"})


# what, as a verb's subject, makes "hit a market" a blow rather than a launch
FIRED_SUBJECTS = LAUNCHED_WEAPONS | {"airstrike", "bomb", "shelling", "bombardment", "mortar"}


STRIKE_KINDS = frozenset({"air", "drone", "missile", "aerial", "artillery", "rocket"})


BLOW_VERBS = frozenset({"hit", "strike"})  # verbs whose object a fired weapon reaches


def _fired_subject(tok: Token) -> bool:
    """Whether ``tok``'s subject is a weapon or an air strike ("a coalition air strike
    hit a market"): its object is what was struck, not a market or target reached."""
    if tok.lemma_.lower() not in BLOW_VERBS:
        return False
    for c in tok.children:
        if c.dep_ != "nsubj" or c.pos_ != "NOUN":
            continue  # (not "Shell walked away from a gas project": the company)
        lemma = c.lemma_.lower()
        if lemma in FIRED_SUBJECTS:
            return True
        if lemma == "strike" and any(
            g.dep_ in ("compound", "amod") and g.lower_ in STRIKE_KINDS for g in c.children
        ):
            return True
    return False


# nouns _match reads by rule before the lexicon: "came under fire / attack / criticism",
# and (triggers.DEFENCE_NOUNS) "leapt to the defence of"; _noun_heads keeps them
UNDER_ATTACK_NOUNS = frozenset({"fire", "attack", "criticism"})


# what an audience does: praise only of someone or something named ("applauded the deal")
AUDIENCE_VERBS = frozenset({"applaud", "cheer", "clap"})


# speech acts whose simple present in a relative clause is a standing stance
STANCE_TYPES = frozenset({"REJECT", "SUPPORT", "ACCUSE"})


# verbs of supplying weapons that give aid only to someone ("armed the rebels")
ARMING_VERBS = frozenset({"arm", "rearm"})


# passing freed people on, and the participles that say their release was told already
RELEASE_TOLD = frozenset({"hand", "transfer", "release", "free"})


RELEASED_WORDS = frozenset({"released", "freed", "liberated"})


def _told_released(verb: Token) -> bool:
    """ "the released hostages had been handed to the ICRC": the passive's subject is
    people the article has already told were let go."""
    return any(
        c.dep_ == "nsubjpass"
        and any(a.dep_ == "amod" and a.lower_ in RELEASED_WORDS for a in c.children)
        for c in verb.children
    )


def _by_named_agent(noun: Token) -> bool:
    """ "An appeal by the African Union for an immediate ceasefire": an event noun whose
    "by" phrase names who made it is that act, whatever verb it stands with."""
    return any(
        c.dep_ == "prep" and c.lower_ == "by" and any(_named_agent(p) for p in _pobjs(c))
        for c in noun.children
    )


PROSPECT_NOUNS = frozenset({"prospect", "spectre", "specter", "possibility", "threat"})


FORCE_WORDS = frozenset({"force", "weapon", "action", "intervention", "retaliation"})


# counts of people that, as a subject, make a crowd ("thousands of Georgians")
CROWD_COUNTS = frozenset({"thousand", "thousands", "hundred", "hundreds", "crowd", "throng"})


def _crowd_did(verb: Token) -> bool:
    """ "Thousands of Georgians filled Rustaveli Avenue in protest ...": a crowd that
    does something "in protest" is protesting (not "Georgia recalled its envoy in
    protest", the manner of another act)."""
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in CROWD_COUNTS and c.i < verb.i
        for c in verb.children
    )


_NOUN_BLOCK_PREPS = frozenset({"of", "against", "on", "over", "for", "with"})


# verbs that put a group on a list ("declared/designated X a terrorist organisation")
DESIGNATION_VERBS = frozenset(
    {"declare", "designate", "redesignate", "list", "label", "brand", "classify", "proscribe"}
)


def _yielded_to(tok: Token) -> set[int]:
    """ "bowing to weeks of street protests", "gave in to pressure from Washington": what a
    concession yields to is its cause, told as background; those words code nothing."""
    heads = [tok] + [
        c for c in tok.children if c.lower_ == "in" and c.dep_ in ("prt", "advmod", "prep")
    ]
    return {
        t.i
        for head in heads
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for t in c.subtree
    }


def _phrase(head: Token) -> list[Token]:
    """The words of a label's own phrase ("a flagrant violation of international law"),
    without the clauses hung on it: "(the rebels were) unlikely to pose a threat" is a
    forecast, not a threat; "crimes committed by ..." is labelled by "crimes"."""
    words, todo = [], [head]
    while todo:
        tok = todo.pop()
        words.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in CLAUSE_DEPS)
    return words


CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl", "csubj"})


def _manned_post(noun: Token) -> bool:
    """ "struck a Russian command post", "attacked a border post": a post named by what
    it holds is a position of forces, not the goalpost "hit the post" blocks."""
    return noun.lemma_.lower() == "post" and any(c.dep_ == "compound" for c in noun.children)


# irregular pasts the tagger leaves unlemmatised ("Russia forgave Cuba ... debt")
IRREGULAR_PASTS = {
    "forgave": "forgive",
    "forbade": "forbid",
    "overran": "overrun",
    "overthrew": "overthrow",
    "withdrew": "withdraw",
    "froze": "freeze",
    "slew": "slay",
}


def _past_stems(word: str) -> tuple[str, ...]:
    """The verbs a past form the tagger did not lemmatise may be of ("relaxed": relax or
    relaxe, "staged": stage, "defied": defy, "forgave": forgive), likeliest first."""
    if word in IRREGULAR_PASTS:
        return (IRREGULAR_PASTS[word],)
    if not word.endswith("ed"):
        return ()
    stems = (word[:-1], word[:-2], word[:-3])
    return (word[:-3] + "y", *stems) if word.endswith("ied") else stems


def _verb_lemmas(verb: Token) -> set[str]:
    """A verb's lemma, with the stems of a past form the tagger lemmatised wrongly
    ("staged a drill": lemma "stag")."""
    out = {verb.lemma_.lower()}
    word = verb.lower_
    if verb.tag_ in ("VBD", "VBN") and word.endswith("ed"):
        out |= {word[:-1], word[:-2]}
    return out


def _gone_somewhere(let: Token) -> bool:
    """ "let the children go home", "let them go to the shops": where they went, so not
    a release ("let six jailed Americans go on Saturday" is one)."""
    return any(
        g.lower_ in ("home", "to", "into", "out", "ahead", "back", "on")
        and not any(p.ent_type_ in ("DATE", "TIME") for p in g.children)
        for c in let.children
        if c.lemma_.lower() == "go"
        for g in c.children
        if g.dep_ in ("advmod", "prep", "prt", "npadvmod")
    )


def _put_out_of(verb: Token) -> bool:
    """ "was thrown out of the Council of Europe", "kicked two reporters out of the
    country": an "out of" phrase on the verb or after its object."""
    return any(
        c.lower_ == "out" and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        for c in verb.children
    )


# reflexive objects: "defend themselves" backs no one else
SELF_WORDS = frozenset({"himself", "herself", "itself", "themselves", "ourselves"})


FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})


# acts whose future reading is a threat
FORCEFUL_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION", "MOBILIZE"})


def _term_of_deal(verb: Token) -> bool:
    """ "Under the deal, the rebels will hand over their weapons and Jakarta will
    withdraw troops", "Under its terms, Armenia will hand back three districts": what a
    deal says its sides will do (not "Under the deal, Hamas freed 24 hostages")."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return False
    while verb.dep_ == "conj":
        verb = verb.head
    return any(
        c.dep_ == "prep"
        and c.lower_ == "under"
        and any(
            p.lemma_.lower() in CONTENT_NOUNS | {"term"} for p in c.children if p.dep_ == "pobj"
        )
        for c in verb.children
    )


# nouns whose to-infinitive says what was agreed or proposed
CONTENT_NOUNS = TREATY_NOUNS | frozenset({"plan", "proposal", "arrangement", "truce", "ceasefire"})


class TriggerFinding:
    """The event coder's trigger finding; needs the coder's lexicon, cues and gazetteer
    and the noun heads and trigger tokens it keeps."""

    lex: Lexicon
    cues: Cues
    gazetteer: Gazetteer
    _noun_heads: frozenset[str]
    _trigger_tokens: set[int]

    def _find_triggers(self, sent: Span) -> list[_Trig]:
        out = []
        muted: set[int] = set()  # "said X was behind the attack": the attack is not coded
        # verbs governing a "rule out" of force: "refused to rule out a strike on Iran"
        ruling_out = {t.head.i for t in sent if t.dep_ == "xcomp" and self._open_threat(t)}
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
            if tok.i in ruling_out:
                continue  # the refusal to rule it out is the threat itself, not a REJECT
            entry = self._match(tok) or self._labelling(tok)
            if (
                entry is not None
                and entry.type == "CONCEDE"
                and entry.object == "regret"
                and _regret_at_other(tok)
            ):
                entry = Trigger(entry.lemma, "VERB", "ACCUSE", "disapprove")
            if entry is not None and entry.mode == "primitive" and _in_protest(tok):
                # "hurled stones at the U.S. embassy in protest at ...": a riot
                entry = Trigger(entry.lemma, "VERB", "PROTEST", "riot")
            if entry is not None:
                out.append(_Trig(tok, entry, entry.mode, _anchor(tok)))
                if entry.type == "CONCEDE":
                    muted |= _yielded_to(tok)
                elif entry.type == "SUPPORT":
                    muted |= _credited_act(tok)
                elif entry.type == "ACCUSE" and tok.pos_ == "VERB":
                    # "identified X as responsible for sarin attacks", "denounced the
                    # drills as a rehearsal for invasion": the label (and a deed in it)
                    # is the accusation's content, not a second event
                    muted |= {t.i for p in _as_phrases(tok) for t in p.subtree}
                if entry.type in ("ACCUSE", "SUPPORT"):
                    muted |= _judged_resolve(tok)
            elif tok.pos_ != "VERB" and tok.lemma_.lower() not in UNVERBAL_RULE_LEMMAS:
                continue  # every test below wants a verb, but _options_open's and _sorry's
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
            elif _said_no(tok, "yes"):  # "Pakistan said yes to an Indian offer of talks"
                entry = Trigger("accept", "VERB", "AGREE", None)
                out.append(_Trig(tok, entry, None, _anchor(tok)))
            elif (joined := _joined_in(tok)) is not None:
                entry = Trigger("join", "VERB", "COOPERATE", None)
                out.append(_Trig(tok, entry, None, _anchor(tok), addressee=joined[0]))
                muted.add(joined[1].i)
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
            elif self._ousted_after_protest(tok):  # "dismissed the government after
                # protests over fuel prices": a change of leadership conceded to protesters
                entry = Trigger(tok.lemma_.lower(), "VERB", "CONCEDE", None)
                out.append(_Trig(tok, entry, None, _anchor(tok)))
            elif _sorry(tok) and not _said_clause(tok):  # "Japan is sorry for the collision"
                entry = Trigger("apologise", "VERB", "CONCEDE", None)
                out.append(_Trig(tok, entry, None, _anchor(tok)))
            elif _ordered_out(tok):
                entry = Trigger(tok.lemma_.lower(), "VERB", "SANCTION", "expel")
                out.append(_Trig(tok, entry, entry.mode, _anchor(tok)))
                # (what the expelled are told to do is the order's content: "to close
                # its consulate")
                muted |= {
                    t.i for c in tok.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree
                }
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
            elif self._warned_any(tok):
                # '"Any vessel that enters our waters will be sunk," a commander said':
                # force promised against whoever does something is a threat
                entry = Trigger(tok.lemma_.lower(), "VERB", "THREATEN", None)
                out.append(_Trig(tok, entry, None, _anchor(tok)))
            elif (judged := self._verdict(tok)) is not None:
                # '"This is a flagrant violation of international law," X said of the
                # decision': calling someone's act a wrong is criticism of its doer
                entry = Trigger(tok.lemma_.lower(), "VERB", "ACCUSE", "disapprove")
                out.append(_Trig(tok, entry, "disapprove", _anchor(tok), addressee=judged))
            elif (judgement := self._judged_act(tok)) is not None:
                # "said Sudan's move ... was a major step toward peace": praise (or, for
                # "was a violation of international law", criticism) of the act's owner
                kind, owner, clause = judgement
                entry = Trigger(tok.lemma_.lower(), "VERB", kind, None)
                mode = "disapprove" if kind == "ACCUSE" else None
                out.append(_Trig(tok, entry, mode, _anchor(tok), addressee=owner))
                muted |= {t.i for t in clause.subtree}
            elif (given := _ultimatum(tok) or _told_deadline(tok)) is not None:
                entry = Trigger(tok.lemma_.lower(), "VERB", "THREATEN", None)
                out.append(_Trig(tok, entry, None, _anchor(tok), addressee=given[0]))
                muted |= {t.i for t in given[1].subtree}  # the act demanded is not coded
            elif (host := _arrival(tok)) is not None:  # "Abiy Ahmed arrived in Asmara"
                entry = Trigger("arrive", "VERB", "CONSULT", "visit")
                out.append(_Trig(tok, entry, "visit", _anchor(tok), addressee=host))
            elif (due := self._time_for(tok)) is not None:
                # "said it was time for Russian troops to leave": a demand on them
                entry = Trigger(tok.lemma_.lower(), "VERB", "REQUEST", None)
                out.append(_Trig(tok, entry, None, _anchor(tok), addressee=due[0]))
                muted |= {t.i for t in due[1].subtree}  # the act demanded is not coded
            elif (payer := self._price_threat(tok)) is not None:
                entry = Trigger(tok.lemma_.lower(), "VERB", "THREATEN", None)
                payee = payer if payer.pos_ in ("PROPN", "NOUN") else None  # not "those who"
                out.append(_Trig(tok, entry, None, _anchor(tok), addressee=payee))
                reason = {t.i for t in payer.head.subtree}  # "... for the attack": its reason
                out = [t for t in out if t.tok.i not in reason]
        out = [t for t in out if t.tok.i not in muted]
        told = {t.tok.i for t in out}
        out = [  # "resigned on Tuesday, bowing to weeks of protests": one act, told twice
            t
            for t in out
            if not (
                t.entry.type == "CONCEDE"
                and t.tok.dep_ == "advcl"
                and t.tok.tag_ == "VBG"
                and t.tok.head.i in told
            )
        ]
        # "a general strike shut down shops and schools": what a protest does is the
        # protest's effect, not a coercion by the strikers
        protests = {t.tok.i for t in out if t.entry.type == "PROTEST" and t.tok.pos_ == "NOUN"}
        out = [
            t
            for t in out
            if not (
                t.entry.type == "COERCE"
                and any(c.dep_ == "nsubj" and c.i in protests for c in t.tok.children)
            )
            # "pledged not to use force against each other": a non-aggression pledge,
            # with no use of force in it for the pledge to hold out
            and not (t.entry.object == "force" and any(c.dep_ == "neg" for c in t.tok.children))
        ]
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
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("press", "push", "prod", "nudge"):
            return False
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            return bool(objs)
        # "pressed Myanmar's junta on Friday to allow ...": the parser makes the clause
        # after a date an adverbial one; a named party pressed to act is still a demand
        named = any(
            o.pos_ == "PROPN" or any(c.ent_type_ in ("GPE", "NORP", "ORG") for c in o.children)
            for o in objs
        )
        return named and any(c.dep_ == "advcl" and _infinitive(c) for c in tok.children)

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
            priced = any(
                c.dep_ == "dobj"
                and c.lemma_.lower() in PRICE_OBJECTS.get(clause.lemma_.lower(), ())
                for c in clause.children
            )
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if (
                priced
                and subject is not None
                and (
                    subject.pos_ in ("PROPN", "NOUN")
                    # "Those who fired on our cities will pay a heavy price": whoever did it
                    or subject.lower_ in ("those", "whoever", "anyone")
                )
            ):
                return subject
        return None

    def _time_for(self, tok: Token) -> tuple[Token, Token] | None:
        """ "It is time for the Russian troops to leave our soil," Sandu said: saying it
        is time for a party to act is demanding that it does. Returns (party, act)."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.obligation_speech:
            return None
        for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
            if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in clause.children):
                continue
            for time in (c for c in clause.children if c.dep_ == "attr" and c.lower_ == "time"):
                for act in (c for c in time.children if c.dep_ in ("relcl", "acl")):
                    marked = any(m.dep_ == "mark" and m.lower_ == "for" for m in act.children)
                    party = next((c for c in act.children if c.dep_ == "nsubj"), None)
                    if marked and party is not None and party.pos_ in ("NOUN", "PROPN"):
                        return party, act
        return None

    def _said_of(self, tok: Token, test: Callable[[Token], bool]) -> Token | None:
        """The clause a speech verb reports ("said [all options were on the table]")
        if it passes the test."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.obligation_speech:
            return None
        return next((c for c in tok.children if c.dep_ == "ccomp" and test(c)), None)

    def _told_to(self, tok: Token) -> Token | None:
        """ "The EU told Serbia to recognise Kosovo", "the ICJ ordered Israel to halt its
        offensive", "wants Bangladesh to hold the police accountable": telling, ordering
        or wanting a named party (or its "leaders", "junta") to act is a demand; so is
        wanting an act from a party ("wants an apology from Tokyo")."""
        lemma = tok.lemma_.lower()
        if lemma not in ("tell", "order", "instruct", "direct", "want"):
            return None
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if lemma == "want" and obj is not None and obj.lemma_.lower() in self.lex.nouns:
            giver = _prep_objects(obj, frozenset({"from"})) or _prep_objects(
                tok, frozenset({"from"})
            )
            if giver and giver[0].pos_ == "PROPN":
                return giver[0]
        clause = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
        if lemma == "want" and obj is None:  # ("wants Bangladesh to hold ...": the party
            # parsed as the subject of the infinitive)
            clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
            obj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
        if obj is None or clause is None:
            return None
        if obj.pos_ != "PROPN":  # "told Niger's coup leaders to ...": a named party's men
            obj = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if obj is None:
                return None
        if lemma not in ("tell", "want") and obj.ent_type_ != "GPE":
            return None  # "Putin ordered Shoigu to withdraw troops": an order at home
        if _infinitive(clause):
            return obj
        return None

    def _obligation(self, tok: Token) -> Token | None:
        """ "Russia said Sudan must return the helicopter": a statement that another
        party must or should act is a demand made of that party (REQUEST)."""
        if tok.pos_ == "VERB" and (told := self._told_to(tok)) is not None:
            if tok.lemma_.lower() in ("tell", "want"):
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

    def _warned_any(self, tok: Token) -> bool:
        """ "said any vessel that enters its waters will be sunk", "anyone who crosses the
        line would be shot": a speech verb whose clause puts force, in the future, on
        whoever does something (a subject with "any", "anyone", "whoever")."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.obligation_speech:
            return False
        for clause in (c for c in tok.children if c.dep_ == "ccomp"):
            if not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in clause.children
            ):
                continue
            if any(c.dep_ == "neg" for c in clause.children):
                continue
            forceful = any(
                e.type == "ASSAULT" for e in self.lex.verbs.get(clause.lemma_.lower(), ())
            )
            whoever = any(
                c.dep_ in ("nsubj", "nsubjpass")
                and (
                    c.lower_ in ("anyone", "anybody", "whoever")
                    or any(d.dep_ == "det" and d.lower_ == "any" for d in c.children)
                )
                for c in clause.children
            )
            if forceful and whoever and any(c.dep_ == "auxpass" for c in clause.children):
                return True
        return False

    def _verdict(self, tok: Token) -> Token | None:
        """ "X said what Israel is doing in Gaza is a crime", '"These are war crimes
        committed by Russian forces," Y said', '"This is an act of war," Z said of the
        sanctions': a statement that an act is a wrong (a negative label as what the act
        is) names its doer: the agent inside the label, else what the statement is "of",
        else the doer the subject names."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.obligation_speech:
            return None
        for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
            if any(c.dep_ in ("neg", "aux", "mark") for c in clause.children):
                continue  # "said it would not be a violation", "whether it was a crime"
            labels = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
            said = {t.lemma_.lower() for lab in labels for t in _phrase(lab)}
            if said.isdisjoint(self.cues.negative_labels):
                continue
            agents = [
                p for lab in labels for a in lab.subtree if a.dep_ == "agent" for p in _pobjs(a)
            ]
            # "said of the decision" ("said on Monday of ...": hung on the day)
            about = [
                p
                for c in tok.children
                for o in (
                    c,
                    *(o for d in c.children if d.ent_type_ == "DATE" for o in d.children),
                )
                if o.dep_ == "prep" and o.lower_ == "of"
                for p in _pobjs(o)
            ]
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "csubj")), None)
            if subject is not None and subject.dep_ == "csubj":  # "what Israel is doing"
                subject = next((c for c in subject.children if c.dep_ == "nsubj"), None)
            # ("This is an act of war," X said after a U.S. strike killed ...: the act the
            # "after" clause tells, whose subject names its doer)
            prompted = [
                s
                for c in tok.children
                if c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in ("after", "as") for m in c.children)
                for s in c.children
                if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")
            ]
            if subject is not None and subject.pos_ not in ("PROPN", "NOUN"):
                subject = None  # "This is ...", "It was ...": named, if at all, by "of"
            else:
                prompted = []
            for doer in (*agents, *about, *([subject] if subject is not None else []), *prompted):
                # "the American decision", "Israel's blockade", "the decision by the
                # United States": the act's owner
                agents = [p for a in doer.children if a.lower_ == "by" for p in _pobjs(a)]
                return next(
                    (
                        c
                        for c in doer.children
                        if c.dep_ in ("poss", "amod", "compound")
                        and c.ent_type_ in ("NORP", "GPE", "ORG")
                    ),
                    agents[0] if agents else doer,
                )
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
            involved = self._involved_party(clause)
            if involved is not None:
                return involved
            subject = next(
                (c for c in clause.children if c.dep_ == "nsubj"),
                # "said Azerbaijan bore ...": a name the parser hung on the verb as nmod
                next(
                    (
                        c
                        for c in clause.children
                        if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i == clause.i - 1
                    ),
                    None,
                ),
            )
            if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
                continue
            if any(c.dep_ == "neg" for c in clause.children):
                continue  # "said Iran was not behind the attack": a defence
            lemma = clause.lemma_.lower()
            if (
                lemma in BREACH_VERBS
                and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in BREACHED_THINGS
                    for c in clause.children
                )
                and self._match(clause) is None  # (a defiance of sanctions is its own event)
            ):
                return subject  # "said Russia had violated the INF treaty": a breach charged
            if tok.lemma_.lower() in FINDING_VERBS and (
                (found := self._match(clause)) is not None and found.type == "ASSAULT"
            ):
                return subject  # "concluded that a North Korean submarine had torpedoed ..."
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
            elif lemma in ("amount", "constitute") and any(
                _atrocity(n)
                for n in (
                    *(c for c in clause.children if c.dep_ == "dobj"),
                    *(p for c in clause.children if c.dep_ == "prep" for p in _pobjs(c)),
                )
            ):
                # "said China's treatment of Uighurs may amount to crimes against
                # humanity": the treatment's owner is accused
                owner = next(
                    (c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"),
                    None,
                )
                if owner is not None:
                    return owner
            elif lemma in AUTHORSHIP_VERBS and any(
                c.dep_ == "dobj" and self._hostile_deed(c) for c in clause.children
            ):
                return subject  # "said the PKK had ordered the bombing"
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

    def _judged_act(self, tok: Token) -> tuple[str, Token, Token] | None:
        """ "The United States said Sudan's move to normalise relations was a major step
        toward peace": a reported clause that labels a party's act (its owner named as
        possessor) praises it (SUPPORT) or condemns it (ACCUSE), as does the speaker's
        feeling about it ("said it was encouraged by ..."). Returns (type, owner, clause)."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.obligation_speech:
            return None
        for clause in (c for c in tok.children if c.dep_ == "ccomp"):
            if any(c.dep_ == "neg" for c in clause.children):
                continue
            felt = _felt_about(clause)
            if felt is not None:
                return felt[0], felt[1], clause
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if clause.lemma_.lower() in PART_VERBS and subject is not None:
                # "'Qatar has played an indispensable role,' Blinken said": the part a
                # named party played, labelled
                roles = [c for c in clause.children if c.dep_ == "dobj" and c.lemma_ == "role"]
                words = {m.lemma_.lower() for r in roles for m in r.children if m.dep_ == "amod"}
                if subject.pos_ == "PROPN" and words & self.cues.negative_labels:
                    return "ACCUSE", subject, clause
                if subject.pos_ == "PROPN" and words & self.cues.positive_labels:
                    return "SUPPORT", subject, clause
            if clause.lemma_.lower() != "be":
                continue
            if subject is None or not (
                subject.lemma_.lower() in WELCOMED_ACTS or subject.lemma_.lower() in self.lex.nouns
            ):
                continue
            owner = next(
                (c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None
            )
            if owner is None:
                continue
            words = {  # the label and its modifiers, not what it is about ("a step toward war")
                t.lemma_.lower()
                for c in clause.children
                if c.dep_ in ("attr", "acomp")
                for t in (c, *(m for m in c.children if m.dep_ in ("amod", "compound")))
            }
            if words & self.cues.negative_labels:
                return "ACCUSE", owner, clause
            if words & self.cues.positive_labels:
                return "SUPPORT", owner, clause
        return None

    def _involved_party(self, clause: Token) -> Token | None:
        """Who a reported clause says took part in a hostile act: "said Russian officers
        were involved in the blast", "said there were signs of Israeli involvement in the
        sabotage" (not under a negation: "no sign of Iranian involvement")."""
        if any(t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ == "no") for t in clause.subtree):
            return None
        for t in clause.subtree:
            lemma = t.lemma_.lower()
            if lemma != "involve" and lemma not in PART_NOUNS:
                continue
            # "had a hand in the attack", "played a role in": the part's verb holds it
            holder = (
                t.head
                if t.dep_ == "dobj" and t.head.lemma_.lower() in PART_VERBS and lemma != "involve"
                else None
            )
            deeds = _prep_objects(t, frozenset({"in"})) + (
                _prep_objects(holder, frozenset({"in"})) if holder is not None else []
            )
            if not any(self._hostile_deed(n) for n in deeds):
                continue
            if lemma == "involve":
                doers = [c for c in t.children if c.dep_ == "nsubjpass"]
            else:
                doers = [
                    c
                    for c in t.children
                    if (c.dep_ == "amod" and c.ent_type_ == "NORP")
                    or (c.dep_ == "poss" and c.pos_ == "PROPN")
                ] + _prep_objects(t, frozenset({"of"}))
                if holder is not None:  # the part's verb's subject took it
                    doers += [c for c in holder.children if c.dep_ == "nsubj"]
            doers = [d for d in doers if d.pos_ in ("PROPN", "NOUN", "ADJ")]
            if doers:
                return doers[0]
        return None

    def _ousted_after_protest(self, tok: Token) -> bool:
        """ "Tokayev dismissed the government after protests over fuel prices": a leader
        who removes a government or minister after (amid, following) protests yields to
        them (CAMEO 0832, accede to demands for a change in leadership)."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in OUSTING_VERBS:
            return False
        if not any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lex.object_classes["@rulers"]
            for c in tok.children
        ):
            return False
        protests = self.lex.object_classes["@protests"]
        return any(
            p.lemma_.lower() in protests or p.lemma_.lower() == "unrest"
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("after", "amid", "following")
            for p in _pobjs(c)
        )

    def _tried_to(self, tok: Token) -> bool:
        """ "sought to reassure its allies": "seek to" + a clause naming no event is an
        attempt; "sought to meet Putin" still asks for the meeting."""
        return any(
            c.dep_ == "xcomp"
            and c.pos_ == "VERB"
            and _infinitive(c)
            and not any(  # "sought to obtain the release of ...": asks for the release
                (t.lemma_.lower() in self.lex.verbs or t.lemma_.lower() in self.lex.nouns)
                # (not an act its verb cancels: "sought to justify the invasion")
                and t.head.lemma_.lower()
                not in self.lex.blocked_governors.get(t.lemma_.lower(), ())
                for t in c.subtree
            )
            for c in tok.children
        )

    def _welcomed_act(self, tok: Token) -> bool:
        """ "welcomed the decision/deployment/release ...": what is welcomed is an act or
        a measure, so the welcome is praise (SUPPORT), not the reception of a guest."""
        return any(
            c.dep_ == "dobj"
            and c.pos_ == "NOUN"
            and (c.lemma_.lower() in self.lex.nouns or c.lemma_.lower() in WELCOMED_ACTS)
            for c in tok.children
        )

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
                if o.dep_ in ("dobj", "dative", "nsubjpass")  # "designated the Houthis a ..."
                for c in o.children
                if c.dep_ in ("oprd", "appos") and c.i > o.i
            ]
            # "designated the opposition X a terrorist organisation": the label parsed as
            # a second object
            labels += [c for c in tok.children if c.dep_ in ("dative", "dobj")][1:]
            if any(
                t.lemma_.lower() in ("terrorist", "terror") for lab in labels for t in lab.subtree
            ):
                return Trigger(lemma, "VERB", "COERCE", "restrict")
        if lemma not in LABEL_VERBS:
            return None
        if any(
            c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children
        ):
            return None  # "launched what it called anti-terrorist operations": a hedge, no label
        label = next((c for c in tok.children if c.dep_ in ("oprd", "xcomp", "acomp")), None)
        if label is None and lemma != "call":  # "described the remarks as irresponsible"
            # (also where the parser hung the "as" phrase on the object: "described the
            # storming of X by Y as a violation")
            label = next(iter(_as_phrases(tok)), None)
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
        if lemma in NAMING_VERBS:  # "identified the air force as responsible for ..."
            if label.lower_ == "as" and words & CULPRIT_LABELS:
                return Trigger(lemma, "VERB", "ACCUSE", "allege")
            return None
        if words & self.cues.negative_labels and not (
            words & CLAIM_LABELS
            and tok.dep_ == "advcl"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS for c in tok.head.children)
        ):  # ("rejected a UN report ..., calling it baseless": the report's rejection)
            return Trigger(tok.lemma_.lower(), "VERB", "ACCUSE", "disapprove")
        if words & self.cues.positive_labels:
            return Trigger(tok.lemma_.lower(), "VERB", "SUPPORT", None)
        return None

    def _match(self, tok: Token) -> Trigger | None:
        lemma = tok.lemma_.lower()
        if _self_immolation(tok):  # "a monk set himself on fire": a protest
            return Trigger("immolate", "VERB", "PROTEST", None)
        if tok.tag_ in ("VBD", "VBN") and _undoubled(tok.lower_, lemma):
            lemma = tok.lower_[:-1]  # "raped": not "rap", whose past is "rapped"
        if _noun_tagged_as_verb(tok):  # "held joint air force drills"
            for entry in self.lex.nouns.get(lemma, ()):
                if not entry.light_verb_only:
                    return _retype_noun(tok, entry)
        # (the parse is looked at only for a word that can read as a lexicon verb)
        misread = (
            tok.pos_ in ("ADJ", "NOUN")
            and self._verb_reading(tok, lemma)
            and _misread_verb(tok) is not None
        )
        if (
            (misread and tok.pos_ == "ADJ")
            or (
                tok.pos_ == "VERB" and (tok.tag_ in ("VBD", "VBN") or tok.lower_ in IRREGULAR_PASTS)
            )
        ) and lemma not in self.lex.verbs:
            # "Tehran relaxed curbs": lemma "relaxed"; "staged a coup": lemma "stag";
            # "Orban defied EU leaders": lemma "defied" (-ied from -y)
            lemma = next((w for w in _past_stems(tok.lower_) if w in self.lex.verbs), lemma)
        if (
            tok.pos_ == "VERB"
            or (misread and lemma in self.lex.verbs)
            or (tok.pos_ == "AUX" and lemma not in ("be", "have", "do"))
        ):
            if lemma not in self.lex.verbs:
                return None  # no reading at all: nothing below could find one
            blocked = self.lex.blocked.get(lemma)
            governed = _complements(tok)
            governed += [  # "regained control of parliament": what the object is of
                p for c in governed if c.dep_ == "dobj" for p in _prep_objects(c, frozenset({"of"}))
            ]
            if blocked and not any(
                c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in tok.children
            ):
                # "expectations that the negotiators have struggled to meet", "the deadline
                # that Serbia failed to meet": a verb in a clause on a noun, with no object
                # but the relative pronoun, acts on that noun
                clause = tok
                while clause.dep_ == "xcomp":
                    clause = clause.head
                if clause.dep_ in ("acl", "relcl") and clause.head.pos_ == "NOUN":
                    governed.append(clause.head)
            if (
                blocked
                and any(c.lemma_.lower() in blocked and not _manned_post(c) for c in governed)
                and not _fired_subject(tok)
            ):
                return None  # "declined to comment"
            if tok.tag_ == "VBN" and any(
                c.dep_ == "npadvmod" and c.ent_type_ == "PERCENT" for c in tok.children
            ):
                return None  # "the appeal remains only 20 percent funded": a degree reached
            if (
                tok.tag_ == "VBN"
                and tok.dep_ == "acl"
                and any(
                    p.lemma_.lower() in TRANSPORT_MEANS
                    for c in tok.children
                    if c.dep_ == "agent"
                    for p in _pobjs(c)
                )
            ):
                return None  # "imports of Russian oil delivered by sea": how goods travel
            if blocked and "@score" in blocked and _has_score(tok):
                return None  # "beat France 2-1": a match result
            if _subject_lemma(tok) in self.lex.non_actor_subjects and not _agent_named(tok):
                return None  # "the storm hit the coast", "an earthquake struck Turkey"
            if (
                lemma in self.lex.descriptive_participles
                and tok.tag_ == "VBN"
                and tok.dep_ in ("acl", "advcl")
            ):
                return None  # "M23 rebels backed by Rwanda captured ...", "Armed with drones, ..."

            if (
                lemma in ("convict", "sentence")
                and tok.tag_ == "VBN"
                and tok.dep_ == "acl"
                and not any(c.dep_ == "agent" for c in tok.children)
            ):
                return None  # "sent 28 Afghan men convicted of crimes back": who they are
            if _term_of_deal(tok) and all(
                e.type in FORCEFUL_TYPES for e in self.lex.verbs.get(lemma, ())
            ):
                return None  # "Under the accord, the Maoists will confine their fighters to
                # camps": what the deal will have them do, no threat (a cooperative term,
                # "will hand over their weapons", is still the sides' promise, AGREE)
            if lemma in AUDIENCE_VERBS and not any(
                c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in tok.children
            ):
                return None  # "as hundreds of diplomats applauded": an audience, no praise
                # of anyone
            if (
                tok.dep_ == "relcl"
                and tok.tag_ in ("VBZ", "VBP")
                and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
                and all(e.type in STANCE_TYPES for e in self.lex.verbs.get(lemma, ()))
            ):
                return None  # "the court, whose jurisdiction Caracas rejects": a standing
                # stance that describes the noun, not a new act
            if lemma in ARMING_VERBS and not any(
                c.dep_ in ("dobj", "nsubjpass", "dative")
                for v in (tok, *tok.conjuncts)  # ("armed and trained the militia")
                for c in v.children
            ):
                return None  # "both governments had armed heavily": arming oneself, no aid
            if _returned_thing_participle(tok):
                return None  # "handed back vessels seized off Crimea": how they were held
            if lemma in RELEASE_TOLD and _agentless(tok) and _told_released(tok):
                return None  # "the released hostages were handed to the Red Cross": the
                # release the article told, not a second one by no one
            if (
                lemma == "ask"
                and tok.tag_ == "VBN"
                and tok.dep_ == "advcl"
                and tok.i < tok.head.i
                and not any(c.dep_ in ("agent", "nsubjpass") for c in tok.children)
            ):
                return None  # "Asked whether Washington would impose sanctions, the
                # spokesman said ...": a reporter's question
            if _received_guest(tok):  # "was received by Egypt's president in Cairo"
                return Trigger("receive", "VERB", "CONSULT", "visit")
            memo: dict[Any, Any] = {}  # what the token carries, worked out for its first entry
            for entry in self.lex.verbs.get(lemma, ()):
                if lemma == "throw" and entry.mode == "deport" and not _put_out_of(tok):
                    continue  # "threw out the case": a ruling, not an expulsion
                if lemma == "let" and entry.particle == "go" and _gone_somewhere(tok):
                    continue  # "let the children go home": no captives freed
                if _requirements_met(tok, entry, memo):
                    if lemma == "seek" and entry.object is None and self._tried_to(tok):
                        return None  # "sought to justify the war": an attempt, no request
                    if entry.type == "CONSULT" and lemma == "welcome" and self._welcomed_act(tok):
                        continue  # "welcomed the deployment of troops to Haiti": praise
                    if entry.type == "PROTEST" and _celebration(tok):
                        return None  # "fans took to the streets to celebrate the win"
                    if entry.type == "REQUEST" and _courtesy_call(tok):
                        return replace(entry, type="CONSULT", mode="visit")
                    if (
                        entry.type == "SUPPORT"
                        and entry.particle == "behind"
                        and any(
                            self._hostile_deed(p) for p in _prep_objects(tok, frozenset({"behind"}))
                        )
                    ):
                        return None  # "said Moscow stood behind the bombing": the culprit
                    if entry.type == "SUPPORT" and any(
                        c.dep_ == "dobj" and c.lower_ in SELF_WORDS for c in tok.children
                    ):
                        continue  # "would defend themselves if attacked": no one backed
                    if entry.type == "SUPPORT" and _welcomed_guest(tok):
                        return replace(entry, type="CONSULT", mode="visit")
                    if entry.type == "PROTEST" and _spoken_protest(tok):
                        return replace(entry, type="ACCUSE", mode="disapprove")
                    if (
                        entry.type == "SANCTION"
                        and lemma == "walk"
                        and self._meeting_left(tok) is not None
                    ):
                        # "walked out of the talks": leaving a meeting, as "pulled out of"
                        return replace(entry, type="REJECT", mode="meet")
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
                    if entry.type == "RETREAT" and entry.mode is None and _suspect_handed(tok):
                        return replace(entry, type="COOPERATE", contexts=("legal",))
                    if entry.type == "ASSAULT" and _test_fired(tok):
                        return replace(entry, type="MOBILIZE", mode="weapons")
                    if entry.type in ("COOPERATE", "AID", "SUPPORT") and _halted_act(tok):
                        # "stopped approving arms exports to Riyadh": a flow cut off
                        return replace(entry, type="SANCTION", mode="discontinue")
                    return entry
            return None
        if tok.pos_ not in ("NOUN", "PROPN") or lemma not in self._noun_heads:
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
            and not _crowd_did(tok.head.head)
        ):
            return None  # "suspended talks in protest at ...": the manner of another act
        blocked = self.lex.blocked.get(lemma)
        if blocked and any(
            p.lemma_.lower() in blocked for p in _prep_objects(tok, _NOUN_BLOCK_PREPS)
        ):
            return None  # "a war of words", "its battle against inflation"
        if blocked and any(
            c.dep_ in ("compound", "amod") and {c.lemma_.lower(), c.lower_} & blocked
            for c in tok.lefts
        ):
            return None  # "a price war", "a sales offensive": business, not force
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "for"
            and tok.head.head.lower_ in REPUTATION_WORDS
        ):
            return None  # "notorious for kidnappings", "known for its raids": what it is
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
        if (
            lemma in INQUIRY_NOUNS
            and tok.dep_ == "nsubj"
            and tok.head.lemma_.lower() in TALLY_VERBS
        ):
            return None  # "the inquiry cost 13 million pounds": a figure, not its opening
        if _came_to_defence(tok):  # "leapt to the defence of Qatar"
            return Trigger(lemma, "NOUN", "SUPPORT", None)
        if lemma in UNDER_ATTACK_NOUNS and _under_attack(tok):
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
            if entry.object and not any(  # "the departure of French troops", "a ban on
                # Russian crude" (an entry's particle names its object's preposition)
                (quantity_head(p) or p).lemma_.lower() == entry.object
                for p in _prep_objects(tok, frozenset({"of", (entry.particle or "of").lower()}))
            ):
                continue
            if entry.light_verb_only and not (
                (tok.dep_ == "dobj" and not self.lex.light_verbs.isdisjoint(_verb_lemmas(tok.head)))
                or _by_named_agent(tok)  # "an appeal by the African Union for a truce"
            ):
                continue
            if entry.type == "ASSAULT" and lemma == "raid" and self._police_search(tok):
                return replace(entry, type="COERCE", mode=None)
            return _retype_noun(tok, entry)
        return None

    def _police_search(self, raid: Token) -> bool:
        """A raid by law enforcement on premises ("a raid by anti-terror police on the
        offices of NewsClick", "a police raid on his home"): a search, as the verb with
        those sides is ("police raided the offices")."""
        lawmen = self.lex.object_classes["@lawmen"]
        raiders = [c for c in raid.children if c.dep_ == "compound"]
        raiders += _prep_objects(raid, frozenset({"by"}))
        if not any(r.lemma_.lower() in lawmen for r in raiders):
            return False
        premises = self.lex.object_classes["@premises"]
        # ("by police on the offices": the parser hangs the place on the raiders)
        return any(
            p.lemma_.lower() in premises
            for h in (raid, *raiders)
            for p in _prep_objects(h, frozenset({"on"}))
        )

    def _verb_reading(self, tok: Token, lemma: str) -> bool:
        """Whether the word is a lexicon verb as it stands or, for an adjective, with its
        "-ed" ending taken off as _match does ("relaxed", "staged")."""
        if lemma in self.lex.verbs:
            return True
        return tok.pos_ == "ADJ" and any(w in self.lex.verbs for w in _past_stems(tok.lower_))
