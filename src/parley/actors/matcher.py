"""From spaCy tokens to actors: dictionary spans, role nouns, fuzzy names, coreference.

``ActorResolver.scan(doc)`` finds dictionary spans in a parsed text (countries,
demonyms, capitals, organisations, people; misspelled people by fuzzy match).
``ActorResolver.resolve(token, scan, ctx)`` turns the head of a noun phrase
into zero or more actors:

- a person ("Foreign Minister Ararat Mirzoyan", "Berbock"), with the sector
  of the role they held on the article's date;
- a Phoenix person (phoenix_people.tsv: "Moody Awori", "President Bill
  Clinton"), by full name only and never by fuzzy match; a bare surname only
  after the full name earlier in the article; "Mali's minister Abdoulaye Diop"
  is a namesake of Senegal's, not him;
- a role noun with its country ("Armenian forces" -> ARM MIL, "the foreign
  ministers of Armenia and Azerbaijan" -> ARM GOV, AZE GOV);
- a country, capital or government metonym ("Baku said" -> AZE GOV);
- an organisation (UN, EU, Hezbollah);
- a pronoun or definite role noun resolved to an earlier actor of the
  article ("he", "the minister");
- an unknown named actor, kept with its text and a null country.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span, Token

from parley.actors.dictionary import (
    NAME_PARTICLES,
    ActorDictionary,
    Entry,
    Role,
    RoleNoun,
    fold_key,
    name_key,
    normalise,
)
from parley.models import Actor

MAX_ALIAS_TOKENS = 9  # "National Union for the Total Independence of Angola"
STANCE_PREFIXES = frozenset({"pro"})
ANTI = frozenset({"anti"})
# words that make a demonym after them a region's, not a state's ("Latin American leaders",
# "South American", "West Indian"); "South African", "North Korean" are aliases of their own
REGION_WORDS = frozenset(
    {
        "latin",
        "north",
        "south",
        "east",
        "west",
        "central",
        "southeast",
        "northeast",
        "southwest",
        "northwest",
        "sub-saharan",
        "pan",
    }
)
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: sectors of a state's own posts, which a state body reporting on one means as its own
#: ("The Polish presidency said the president had travelled ...")
STATE_POSTS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})

# what "it" in "X said it would ..." can stand for
ORG_SPEAKERS = frozenset({"country", "capital", "government", "igo", "group"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# people who speak for a party: "representatives of the army and the RSF" are both sides
EMISSARY_NOUNS = frozenset(
    {"representative", "delegation", "delegate", "envoy", "emissary", "negotiator"}
)
# whom a state posts abroad, besides its emissaries ("Ukraine's ambassador to the OSCE")
POSTING_NOUNS = frozenset({"ambassador", "mission", "embassy"})
POSSESSIVES = frozenset({"its", "their", "his", "her"})
# weapons that act as the subject of an attack verb ("its missiles had destroyed a warship")
FIRED_WEAPONS = frozenset({"missile", "rocket", "shell", "bomb", "artillery", "munition"})
PERSON_KINDS = frozenset({"person"})
# words that say a post is held no more ("former President", "the ex-president"), and
# titles no longer held for other reasons ("the late king", "the ousted president")
FORMER_WORDS = frozenset({"former", "ex", "ex-"})
PAST_TITLE_WORDS = FORMER_WORDS | {"late", "ousted", "deposed"}
COUNTRY_KINDS = frozenset({"country", "capital", "government", "demonym"})
PHOENIX_ID = "person:phoenix:"  # actor ids of phoenix_people.tsv people
# nouns naming others by their relation to the possessor: "Ukraine's allies"
RELATIONAL_NOUNS = frozenset(
    {
        "ally",
        "partner",
        "neighbour",
        "neighbor",
        "enemy",
        "rival",
        "critic",
        "opponent",
        "adversary",
        "foe",
        "backer",
        "sponsor",
    }
)
# plural nouns that refer back to the two parties just named ("the two sides", "both
# governments") and the kinds of dictionary entry that can be those parties
BOTH_SIDES_NOUNS = frozenset(
    {"side", "party", "country", "nation", "government", "state", "leader", "president"}
    # "urged the two rivals to honour the deal", "urged the two neighbours to ..."
    | {"rival", "foe", "adversary", "enemy", "neighbour", "neighbor"}
)
# what a clause "after ..." or "following ..." tells: the cause of an appeal to "the two sides"
CAUSE_PREPS = frozenset({"after", "following", "amid", "over"})
PARTY_KINDS = frozenset({"country", "capital", "government", "demonym", "person", "group", "igo"})
# prepositions of a venue ("talks in Astana", "met at Camp David"), not a party
VENUE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around"})
# a government named by its leader ("the Bush administration", "the Netanyahu government")
LEADER_GOVERNMENTS = frozenset({"administration", "government", "regime", "cabinet", "presidency"})
# modifiers that can carry an actor's country or role: "Armenian forces", "Armenia's army"
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "nummod"})
NP_LEFT_DEPS = MODIFIER_DEPS | {"det", "predet", "case", "quantmod", "advmod"}
# "the North" / "the South" as short names of a divided country's two states, in an
# article whose text names that country (any of the words)
DIVIDED_STATES: dict[tuple[str, ...], dict[str, str]] = {
    ("Korea", "Korean", "Koreans", "Seoul", "Pyongyang"): {"North": "PRK", "South": "KOR"},
}
# how a dictionary match is preferred when several entries share an alias
KIND_RANK = {
    "person": 0,
    "group": 1,
    "igo": 2,
    "government": 3,
    "country": 4,
    "capital": 5,
    "demonym": 6,
}


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary span of the doc: token indexes [start, end) and its entry."""

    start: int
    end: int
    entry: Entry
    fuzzy: bool = False


# "U.S.-led coalition": the leader stands for the body it leads, as "Saudi-led" does
# (not "U.S.-backed fighters": a patron is not the actor)
LEADING_PARTICIPLES = frozenset({"led"})


@dataclass
class Scan:
    """Dictionary matches of one doc, indexed by token."""

    matches: list[Match] = field(default_factory=list)
    by_token: dict[int, Match] = field(default_factory=dict)

    def at(self, i: int) -> Match | None:
        return self.by_token.get(i)


@dataclass
class ArticleContext:
    """What coreference needs: the article date and the actors seen so far."""

    date: date | None = None
    last_person: Actor | None = None
    # the person named before the last one: whom an object "him"/"her" means when the
    # last one is the clause's own subject ("The Turkish leader urged him to ...")
    previous_person: Actor | None = None
    last_org: Actor | None = None  # the organisation or state a later "it" means
    # the person who was the subject of the last sentence's main clause: whom its next
    # sentence's subject "he"/"she" means ("Zelensky met Scholz ... He thanked him")
    subject_person: Actor | None = None
    by_role: dict[str, Actor] = field(default_factory=dict)
    # surname -> the person named in full earlier (None: two such people): "Lord Owen
    # ... Owen said", "Yoweri Museveni ... Museveni"
    surnames: dict[str, Actor | None] = field(default_factory=dict)
    # events coded so far, in order: what "the move", "the raid", "the accusation" refer to
    events: list[Any] = field(default_factory=list)
    # the country of the article's dateline ("KABUL (Reuters) -"), if it names a place
    dateline: str | None = None
    # the one country the current sentence names, if it names exactly one
    home: str | None = None
    # the country of the last sentence that named one: what a later "across the country"
    # means ("Nicaraguan police raided ... . Hundreds were detained across the country.")
    last_home: str | None = None
    # what each pronoun already resolved to (token start offset -> actors): "He held
    # talks with X and praised ..." asks twice for the same "He"
    pronouns: dict[int, list[Actor]] = field(default_factory=dict)
    # the last group of people named with a country ("three Kosovo police officers"):
    # what a later "the men" or "the women" means
    last_group: Actor | None = None
    # the last organisation of the dictionary's groups named (an armed group, party or
    # NGO): what a later "the group", "the militia" or "the movement" means
    last_named_group: Actor | None = None
    # the last international organisation named: what a later "the bloc" means
    last_igo: Actor | None = None
    # the leader of the "X-led coalition" named last: whose a later "the coalition" or
    # "coalition warplanes" is ("the Saudi-led coalition ... coalition jets struck")
    coalition: tuple[str, Entry] | None = None
    # armed forces, police and spies named with a country, by sector: what a later bare
    # "soldiers" or "the troops" acting means ("Israeli troops raided Jenin. Soldiers shot
    # dead two gunmen"); None once forces of two countries were named (either could act)
    forces: dict[str, Actor | None] = field(default_factory=dict)
    # the two parties of the article's last two-sided event ("Armenia and Azerbaijan
    # agreed a truce ... <new paragraph> Both sides accused each other"): what a later
    # "the two sides" means when its own paragraph names no two parties
    sides: list[Actor] = field(default_factory=list)

    def remember_forces(self, actor: Actor) -> None:
        """Note forces named with a country; a second country makes the sector ambiguous."""
        if actor.sector not in COMMANDED_SECTORS or not actor.country:
            return
        known = self.forces.get(actor.sector, actor)
        same = known is not None and known.country == actor.country
        self.forces[actor.sector] = actor if same else None

    def remember_surname(self, actor: Actor) -> None:
        """Note the surname a later bare "Museveni" names (None: two such people)."""
        if actor.name and actor.actor_id and actor.actor_id.startswith("person:"):
            key = _surname(actor.name)  # Phoenix people, and curated ones without an alias
            plain = "".join(
                c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c)
            )  # "Izetbegović" written "Izetbegovic"
            for k in {key, plain}:
                known = self.surnames.get(k, actor)
                same = known is not None and known.actor_id == actor.actor_id
                self.surnames[k] = actor if same else None

    def remember(self, actor: Actor, role: str | None) -> None:
        if actor.actor_id and actor.actor_id.startswith("person:"):
            if self.last_person is not None and self.last_person.actor_id != actor.actor_id:
                self.previous_person = self.last_person
            self.last_person = actor
            self.remember_surname(actor)
        if role and actor.country:
            self.by_role[role] = actor


class ActorResolver:
    """Resolve noun-phrase heads to actors with one dictionary."""

    def __init__(self, dictionary: ActorDictionary, fuzzy_threshold: int = 85) -> None:
        self.dictionary = dictionary
        self.fuzzy_threshold = fuzzy_threshold
        self._person_keys: list[str] = []
        self._person_entries: list[Entry] = []
        for key, entries in dictionary.aliases.items():
            for entry in entries:
                if entry.kind == "person" and len(key) >= 5:
                    self._person_keys.append(key)
                    self._person_entries.append(entry)
        self._role_words = {w for term in dictionary.roles for w in term.split()}
        # every name's word-prefixes ("united", "united nations"): a piece that ends at a
        # space and begins no name cannot grow into one, so _longest stops there
        self._name_prefixes = _word_prefixes(dictionary.aliases)
        self._fallback_prefixes = _word_prefixes(dictionary.fallback_people)
        self._surname_index: dict[str, list[Entry]] | None = None  # see _titled_surname
        self._fallback_surnames: dict[str, list[str]] | None = None
        self._first_names: set[str] | None = None  # see _leading_names
        self._bare_index: dict[str, dict[str, Entry]] | None = None  # see _bare_people
        # one-word country names and demonyms, for misspellings ("Ethopia", "Afganistan")
        self._state_keys: list[str] = []
        self._state_entries: list[Entry] = []
        self._state_cache: dict[str, Entry | None] = {}
        for key, entries in dictionary.aliases.items():
            state = next((e for e in entries if e.kind in ("country", "demonym")), None)
            if state is not None and " " not in key and len(key) >= 6:
                self._state_keys.append(key)
                self._state_entries.append(state)

    # -- scanning ---------------------------------------------------------------------------

    def scan(self, doc: Doc | Span) -> Scan:
        """Longest dictionary matches starting at capitalised tokens, then fuzzy names."""
        scan = Scan()
        tokens = list(doc)
        offset = tokens[0].i if tokens else 0
        n = len(tokens)
        i = 0
        while i < n:
            text = tokens[i].text
            if not text[:1].isupper() and text not in ("the", "al", "el"):
                i += 1  # no name starts here (_longest's own first test, without the call)
                continue
            found = self._longest(tokens, i, offset)
            if found is not None and tokens[i].lower_ == "the" and i + 1 < n:
                # "The Sudan Doctors Network": "The Sudan" is an alias of the country, but
                # a longer name starts after the article
                after = self._longest(tokens, i + 1, offset)
                if after is not None and after.end > found.end:
                    found = after
                    i += 1
            if found is not None and (
                (
                    found.entry.kind == "demonym"
                    and found.end - found.start == 1
                    and _after_region_word(tokens, i)
                )
                or (
                    found.entry.kind in ("demonym", "country", "igo")
                    and _stance_prefixed(tokens[i])
                )
            ):
                # "Latin American leaders", "pro-Russian separatists", "pro-EU
                # demonstrators": no state or organisation of theirs
                i += 1
                continue
            if (
                found is not None
                and found.entry.kind == "country"
                and _inside_place_name(tokens, i)
            ):
                # "a military base in Puerto Jordan": a town whose name ends in a
                # country's, not that country
                i += 1
                continue
            if found is not None and found.entry.kind == "person" and _double_barrelled(tokens, i):
                # "Nazanin Zaghari-Ratcliffe": the second half of a hyphenated surname is
                # not the namesake the bare surname names ("Ratcliffe")
                i += 1
                continue
            if found is not None and _common_word_opening(tokens[i], found):
                # "Who attacked the convoy ...", "Memorial services were held ...": a
                # sentence's first word used as an everyday word, not the WHO or Memorial
                i += 1
                continue
            if found:
                self._add(scan, found)
                i += found.end - found.start
            else:
                i += 1
        self._share_elided_words(tokens, offset, scan)
        for ent in getattr(doc, "ents", ()):
            if any(t.i in scan.by_token for t in ent):
                continue
            if ent.label_ == "PERSON":
                match = self._fuzzy_person(ent)
            else:
                continue
            if match:
                self._add(scan, match)
        for tok in tokens:
            # NER often misses misspelled states or calls them people ("Ethopia")
            if (
                tok.pos_ == "PROPN"
                and tok.i not in scan.by_token
                and _alone(tok)
                and not _after_region_word(tokens, tok.i - offset)
                and not _stance_prefixed(tok)
            ):
                match = self._fuzzy_state(tok)
                if match:
                    self._add(scan, match)
        return scan

    def _share_elided_words(self, tokens: list[Token], offset: int, scan: Scan) -> None:
        """ "North and South Korean officials", "Greek and Turkish Cypriot leaders": a word
        coordinated with the first word of a longer name shares the rest of that name
        when the two make a name too ("North Korean", "Greek Cypriot"); alone it named
        nothing or something else (Greece)."""
        for m in list(scan.matches):
            k = m.start - offset  # the name's first token in ``tokens``
            if m.end - m.start < 2 or k < 2 or tokens[k - 1].lower_ not in ("and", "or"):
                continue
            word = tokens[k - 2]
            held = scan.at(word.i)
            if held is not None and held.end - held.start > 1:
                continue  # "Bosnian Serb and Bosnian Croat": a name of its own already
            rest = tokens[k + 1 : m.end - offset]
            entries = self.dictionary.aliases.get(normalise(f"{word.text} {_text(rest)}"))
            if not entries or not word.text[:1].isupper():
                continue
            if held is not None:
                scan.matches.remove(held)
            best = min(entries, key=lambda e: KIND_RANK.get(e.kind, 9))
            self._add(scan, Match(word.i, word.i + 1, best))

    @staticmethod
    def divided_states(text: str) -> dict[str, str]:
        """The states "the North" and "the South" stand for in an article with this
        text (Korea's when it names Korea, Seoul or Pyongyang), else none."""
        words = set(re.findall(r"[A-Z][a-z]+", text))
        sides: dict[str, str] = {}
        for names, pair in DIVIDED_STATES.items():
            if words.intersection(names):
                sides.update(pair)
        return sides

    def add_divided_states(self, doc: Doc | Span, scan: Scan, sides: dict[str, str]) -> None:
        """ "The North fired two missiles, the South's military said": "the North" and
        "the South" standing alone (not "the South China Sea", "the North Korean
        leader") are the states ``sides`` gives (see ``divided_states``)."""
        if not sides:
            return
        for tok in doc:
            code = sides.get(tok.text)
            if (
                code is None
                or tok.i in scan.by_token
                or (
                    (tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the")
                    and not _first_of_two_sides(tok, sides)
                )
                or (tok.dep_ in ("compound", "amod") and tok.doc[tok.i + 1 :][:1].text != "'s")
                or code not in self.dictionary.countries
            ):
                continue
            entry = Entry("country", f"country:{code}", self.dictionary.countries[code], code)
            self._add(scan, Match(tok.i, tok.i + 1, entry))

    def _longest(self, tokens: list[Token], i: int, offset: int) -> Match | None:
        """The longest dictionary name starting at ``tokens[i]``, if it is capitalised."""
        tok = tokens[i]
        n = len(tokens)
        if tok.text == "the":
            # "appeals from the Commonwealth": a name that needs its article, when the
            # capitalised word after it names nothing by itself
            if (
                i + 1 >= n
                or not tokens[i + 1].text[:1].isupper()
                or self._longest(tokens, i + 1, offset) is not None
            ):
                return None
        elif _arabic_article(tokens, i):
            pass  # "al-Shabaab", "al Qaeda": a name whose article agencies write lower-case
        elif not tok.text[:1].isupper() or not (
            tok.is_alpha or "." in tok.text or tok.text.isalnum()
        ):
            return None
        found = None
        text = ""  # the piece's text (as _text has it), a word longer each time
        for length in range(1, min(MAX_ALIAS_TOKENS, n - i) + 1):
            piece = tokens[i : i + length]
            text += piece[-1].text_with_ws
            key = normalise(text.strip())
            entries = self.dictionary.aliases.get(key)
            if not entries and length == 1 and "-" in tok.text:
                # "U.S.-led": the tokenizer keeps an abbreviation and its participle as
                # one word; the name is the part before the hyphen
                stem, _, participle = tok.text.rpartition("-")
                if participle.lower() in LEADING_PARTICIPLES and "." in stem:
                    entries = self.dictionary.aliases.get(normalise(stem))
            if entries:
                best = min(entries, key=lambda e: KIND_RANK.get(e.kind, 9))
                found = Match(offset + i, offset + i + length, best)
            elif length > 1:
                # a Phoenix person: a full name, every word capitalised ("Moody Awori"),
                # not the start of a longer name ("George P. Shultz ... Training Center")
                person = self.dictionary.lookup_fallback(key)
                if (
                    person is not None
                    and _name_cased(piece)
                    and not _continues_name(tokens, i + length)
                ):
                    found = Match(offset + i, offset + i + length, person)
            if (
                piece[-1].whitespace_
                and key not in self._name_prefixes
                and fold_key(key) not in self._fallback_prefixes
            ):
                break  # at a space, and no name goes on from here: none is longer
        return found

    def _fuzzy_state(self, tok: Token) -> Match | None:
        """A misspelled country or demonym ("Ethopia"): a close match to one of them."""
        key = normalise(tok.text)
        if len(key) < 6 or not self._state_keys:
            return None
        if key not in self._state_cache:  # names repeat: look each up once
            if len(self._state_cache) > 50_000:
                self._state_cache.clear()  # bounded over a long run
            best = process.extractOne(key, self._state_keys, scorer=fuzz.ratio, score_cutoff=90)
            self._state_cache[key] = self._state_entries[best[2]] if best else None
        entry = self._state_cache[key]
        return Match(tok.i, tok.i + 1, entry, fuzzy=True) if entry is not None else None

    @staticmethod
    def _add(scan: Scan, match: Match) -> None:
        scan.matches.append(match)
        for i in range(match.start, match.end):
            scan.by_token[i] = match

    def _fuzzy_person(self, ent: Span) -> Match | None:
        toks = [t for t in ent if not t.is_punct and t.text.lower() not in ("'s", "’s")]
        if not toks or not self._person_keys:
            return None
        key = normalise(_text(toks))
        if len(key) < 5:
            return None
        best = process.extractOne(
            key, self._person_keys, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold
        )
        if best is None:
            return None
        entry = self._person_entries[best[2]]
        return Match(toks[0].i, toks[-1].i + 1, entry, fuzzy=True)

    # -- resolving --------------------------------------------------------------------------

    def resolve(self, head: Token, scan: Scan, ctx: ArticleContext) -> list[Actor]:
        """All actors a noun-phrase head (and its conjuncts) refers to."""
        actors: list[Actor] = []
        conjuncts = [t for t in head.conjuncts if not _trailing_speaker(t)]
        conjuncts += self._listed_states(head, scan)
        conjuncts += _people_before_and(head, scan)
        conjuncts += _side_before_and(head, scan)
        people = [t for t in conjuncts if (m := scan.at(t.i)) and m.entry.kind == "person"]
        # "the foreign ministers, X and Y": the plural role noun describes X and Y
        describes = bool(people) and head.tag_ == "NNS" and scan.at(head.i) is None
        members = _included(head, scan)
        if members and scan.at(head.i) is None:
            # "Western countries, including France, Germany and Italy, expelled ...":
            # the named members act, not the unnamed whole
            conjuncts, describes = conjuncts + members, True
        for tok in ([] if describes else [head]) + conjuncts:
            found = self._resolve_one(tok, scan, ctx)
            shared = _shared_nationality(tok, scan)
            if shared and len(found) == 1 and found[0].country is None and found[0].sector:
                # "U.S. and British warplanes and warships": a bare noun conjoined after
                # a role noun shares its nationality modifiers
                found = [replace(found[0], country=code) for code in shared]
            for actor in found:
                if actor not in actors:
                    actors.append(actor)
        sectors = {a.sector for a in actors if a.sector}
        if len(actors) > 1 and len(sectors) == 1:
            # "Kyrgyz and Tajik border guards" parsed as "Kyrgyz" + "Tajik border guards":
            # the bare nationality shares the other conjunct's noun
            [sector] = sectors
            actors = [
                replace(a, sector=sector)
                if a.sector is None and a.country and " " not in a.text
                else a
                for a in actors
            ]
        return actors

    def _sides_represented(self, tok: Token, scan: Scan, ctx: ArticleContext) -> list[Actor]:
        """ "Representatives of the Sudanese army and the RSF met": each party the
        emissaries speak for, so that the meeting is between them, even when both are
        of one country (one actor of that country would meet nobody)."""
        if tok.lemma_.lower() not in EMISSARY_NOUNS or tok.tag_ != "NNS":
            return []
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.conjuncts:
                    found = self.resolve(obj, scan, ctx)
                    # (parties of distinct countries are already one actor per country:
                    # "envoys from France and Germany" stay the envoys)
                    if len(found) > len({a.country for a in found}):
                        return found
        return []

    @staticmethod
    def _listed_states(head: Token, scan: Scan) -> list[Token]:
        """ "Saudi Arabia, Egypt, the UAE and Bahrain cut ties": a list of states the
        parser hung on the first as an apposition."""
        first = scan.at(head.i)
        if first is None or first.entry.kind not in ("country", "capital"):
            return []
        out: list[Token] = []
        for child in head.children:
            match = scan.at(child.i)
            if child.dep_ == "appos" and match is not None and match.entry.kind == "country":
                out.extend([child, *child.conjuncts])
        return out

    def _resolve_one(self, tok: Token, scan: Scan, ctx: ArticleContext) -> list[Actor]:
        inner = quantity_head(tok)
        if inner is not None:  # "tens of thousands of protesters" -> "protesters"
            return self.resolve(inner, scan, ctx)
        if (
            tok.lemma_.lower() in CROWD_NUMBERS
            and tok.dep_ == "nsubj"
            and tok.head.lemma_.lower() in CROWD_VERBS
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        ):  # "Thousands took to the streets": people
            return [Actor(text=np_text(tok), name=None, country=None, sector="CVL")]
        match = scan.at(tok.i)
        if match is not None and match.entry.kind == "person" and match.end - match.start == 1:
            earlier = self._surname_of_earlier(tok, scan, ctx)
            if earlier is not None and earlier.actor_id != match.entry.actor_id:
                # "Thorvald Stoltenberg ... Stoltenberg said": the man just named in full,
                # not the namesake the bare surname means in the dictionary
                return [_retext(earlier, np_text(tok))]
        if (
            match is not None
            and match.entry.kind == "person"
            and match.end - match.start == 1
            and ctx.date is not None
            and not _holds(match.entry, ctx.date)
        ):
            # "Aliyev" in 1999 is Heydar, not Ilham whose alias it is: the one person of
            # that surname in office then
            other = self._bare_surname(tok, ctx, known=True)
            if other is not None and other.actor_id != match.entry.actor_id:
                return [other]
        if match is not None and not self._namesake(tok, match, scan):
            return [self._from_match(tok, match, scan, ctx)]
        lower = tok.lower_
        if tok.lemma_.lower() in ("country", "nation") and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children
        ):
            # "Kim said his country would not hesitate ...": the speaker's state
            person = self._clause_speaker(tok, scan, ctx)
            if person is None and (subject := _clause_subject(tok)) is not None:
                # "France's armed forces minister visited Yerevan and announced that his
                # country would ...": a speaker named by title, not by name
                person = next((a for a in self.resolve(subject, scan, ctx) if a.country), None)
            person = person or ctx.last_person
            if person is not None and person.country and person.country not in ("IGO", "NGO"):
                return [self.country_actor(person.country, np_text(tok), "GOV")]
        if tok.lemma_.lower() in FIRED_WEAPONS and tok.dep_ in ("nsubj", "nsubjpass"):
            owner = self._possessor(tok, scan)
            if owner is not None:  # "Russia said its missiles had destroyed a warship"
                return [self.country_actor(owner, np_text(tok), "MIL")]
        if lower == "its" and tok.dep_ == "poss":
            owner = self._possessor(tok.head, scan)  # the nearest state before it
            if owner is not None:
                return [self.country_actor(owner, tok.text, "GOV")]
            return []
        if lower in PERSON_PRONOUNS and tok.pos_ == "PRON":
            if tok.idx in ctx.pronouns:
                return ctx.pronouns[tok.idx]
            if (partner := self._earlier_object(tok, scan)) is not None:
                found = self.resolve(partner, scan, ctx)
                ctx.pronouns[tok.idx] = [_retext(a, tok.text) for a in found]
                return ctx.pronouns[tok.idx]
            speaker = self._clause_speaker(tok, scan, ctx) or (
                ctx.subject_person if _main_subject(tok) else None
            )
            speaker = speaker or ctx.last_person
            # ("Bouteflika said he is prepared to ...": the speaker)
            if speaker is not None and self._own_subject(tok, speaker, scan, ctx):
                speaker = ctx.previous_person  # an object "him" is not the subject
            found = [_retext(speaker, tok.text)] if speaker is not None else []
            ctx.pronouns[tok.idx] = found
            return found
        if (
            lower == "it"
            and tok.pos_ == "PRON"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.lemma_ != "be"
        ):  # not "it was their third meeting"
            speaker = self._clause_speaker(tok, scan, ctx, kinds=ORG_SPEAKERS)
            if speaker is not None:  # "Iran told the UN that it accepted ..."
                return [_retext(speaker, tok.text)]
            return [_retext(ctx.last_org, tok.text)] if ctx.last_org else []
        earlier = self._surname_of_earlier(tok, scan, ctx)
        if earlier is not None:  # "Yoweri Museveni ... Museveni said"
            return [_retext(earlier, np_text(tok))]
        if (
            tok.tag_ == "NNS"
            and tok.lemma_.lower() in ("country", "nation", "government", "state")
            and any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
            and (reporter := _clause_subject(tok)) is not None
        ):
            # "The juntas of Mali, Burkina Faso and Niger announced that their countries
            # were leaving ECOWAS": the reporting subject's states
            own = [a for a in self.resolve(reporter, scan, ctx) if a.country]
            if len({a.country for a in own}) > 1:
                return [_retext(a, np_text(tok)) for a in own]
        if both_sides(tok) or _pair_of_officials(tok) or _the_parties(tok):
            named = self._last_two_named(tok, scan) or [_retext(a, np_text(tok)) for a in ctx.sides]
            if named:  # "Armenia and Azerbaijan held talks ... The two sides agreed"
                return named
        if _urged_them(tok) and len({a.country for a in ctx.sides}) == 2:
            # "Fighting flared between Kyrgyzstan and Tajikistan ... The Kremlin urged them
            # to resolve the conflict": an outsider's appeal to "them" is to the two sides
            subject = _clause_subject(tok)
            outsider = subject is None or not {
                a.country for a in self.resolve(subject, scan, ctx)
            } & {a.country for a in ctx.sides}
            if outsider:
                return [_retext(a, tok.text) for a in ctx.sides]
        if tok.lemma_.lower() in RELATIONAL_NOUNS:
            # "Iran's ally, Russia, vetoed ...", "Moscow's closest partner Belarus": the
            # ally the apposition names, not the state it is allied to
            for app in (c for c in tok.children if c.dep_ == "appos"):
                named = [a for a in self.resolve(app, scan, ctx) if a.country]
                if named:
                    return named
        sides = self._sides_represented(tok, scan, ctx)
        if sides:
            return sides
        role = self._role_of(tok)
        appositives = self._appositive_people(tok, scan, ctx)
        if appositives:
            return appositives
        countries = self._countries_of(tok, scan, ctx)
        if match is not None and match.entry.kind == "person":
            # a namesake: not the country of the dictionary's person of that name
            countries = [(c, e) for c, e in countries if e.actor_id != match.entry.actor_id]
        group = (
            (_group_named_before(tok, scan) or ctx.last_named_group)
            if not countries and tok.lemma_.lower() in GROUP_ANAPHORS
            else None  # (only "the group", "the rebels" ... look for one)
        )
        if (
            not countries
            and group is not None
            and (
                tok.lemma_.lower() in ORG_ANAPHORS
                # "the alliance" after an alliance of armed groups (not after NATO)
                or (
                    tok.lemma_.lower() == "alliance"
                    and group.sector == "REB"
                    and ctx.last_igo is None
                )
            )
            and tok.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not any(
                c.dep_ in ("prep", "poss", "compound") and not _charge_of_accused(tok, c)
                for c in tok.children
            )
        ):
            # "The paramilitary group said ..." after "RSF fighters killed ...": the group
            return [_retext(group, np_text(tok))]
        if (
            not countries
            and group is not None
            and group.sector == "REB"
            and tok.lemma_.lower() in REBEL_ANAPHORS
            and tok.tag_ == "NNS"
            and [(c.dep_, c.lower_) for c in tok.children] == [("det", "the")]
        ):
            # "The rebels agreed to hand over their weapons" after "the FARC": the armed
            # group named last, not the country of a venue's dateline
            return [_retext(group, np_text(tok))]
        if (
            not countries
            and tok.lemma_.lower() in IGO_ANAPHORS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not any(
                c.dep_ in ("prep", "poss", "compound", "amod") and not _charge_phrase(c)
                for c in tok.children
            )
            and (igo := _group_named_before(tok, scan, "igo") or ctx.last_igo) is not None
        ):
            # "Mali, Burkina Faso and Niger left the bloc" after "ECOWAS suspended Niger"
            return [_retext(igo, np_text(tok))]
        if (
            role is None
            and not countries
            and tok.lower_ in GROUP_NOUNS
            and ctx.last_group is not None
            and any(c.lower_ == "the" for c in tok.children)
        ):
            return [_retext(ctx.last_group, np_text(tok))]  # "the men" after "three officers"
        if role is None and not countries:
            titled = self._titled_surname(tok, scan, ctx)
            if titled is not None:  # "President Carter" in 1979
                return [titled]
            bare = self._bare_surname(tok, ctx)
            if bare is not None:  # "Christopher met Kozyrev" in 1995
                return [bare]
            return self._unknown_named(tok, scan)
        text = np_text(tok)
        if role is not None and role.country and not countries:
            # "the pope"; "its peacekeepers" are still the possessor's
            owner = self._possessor(tok, scan)
            return [self.country_actor(owner or role.country, text, role.sector)]
        if role is not None and not countries:
            name = role.role or role.term
            previous = ctx.by_role.get(name)
            if previous is None:
                # "the envoy" after "the UN special envoy X", "the minister" after
                # "Foreign Minister Y": the one earlier post of that kind
                kin = [a for k, a in ctx.by_role.items() if k.endswith("_" + name)]
                if len({a.actor_id or a.text for a in kin}) == 1:
                    previous = kin[0]
            has_det = any(c.lower_ in ("the", "this", "that") for c in tok.children)
            if (
                previous is None
                and has_det
                and role.person
                and ctx.last_person is not None
                # ("the former general" after "Ratko Mladic commanded ...": a past post
                # names the person, whatever his sector is on the article's date)
                and (ctx.last_person.sector == role.sector or _former(tok))
                and tok.tag_ == "NN"
                # not someone the same sentence names ("X declined to meet the envoy")
                and not any(
                    m.entry.actor_id == ctx.last_person.actor_id
                    for m in scan.matches
                    if tok.sent.start <= m.start < tok.sent.end
                )
            ):
                previous = ctx.last_person  # "the general" after "Gen. X said ..."
            if previous is not None and has_det and role.person:
                return [_retext(previous, text)]
            if has_det and role.person and role.sector == "IGO" and ctx.last_igo is not None:
                # "The United Nations voiced alarm ... The secretary-general called on":
                # an organisation's post, of the organisation the article named
                return [_retext(ctx.last_igo, text)]
            owner = self._possessor(tok, scan)
            if (
                owner is None
                and has_det
                and role.person
                and tok.tag_ == "NN"
                and role.sector in STATE_POSTS
            ):
                # "Hungary's foreign ministry said the prime minister had telephoned ...":
                # a post named alone in what a state body reports is that state's
                owner = self._speaker_state(tok, scan)
            if owner is not None:  # "Islamabad said its air force had shot down ..."
                actor = self.country_actor(owner, text, role.sector)
                ctx.remember(actor, role.role)
                return [actor]
            commander = _commander(tok) if role.sector in COMMANDED_SECTORS else None
            if commander is not None:
                # "Vucic ordered the army to raise its readiness": the orderer's army
                found = [a for a in self.resolve(commander, scan, ctx) if a.country]
                if len(found) == 1 and found[0].country not in ("IGO", "NGO"):
                    return [self.country_actor(found[0].country, text, role.sector)]  # type: ignore[arg-type]
            forces = ctx.forces.get(role.sector or "") if _acting_forces(tok) else None
            if forces is not None and forces.country:
                return [self.country_actor(forces.country, text, role.sector)]
            return [Actor(text=text, name=None, country=None, sector=role.sector)]
        if role is None and tok.pos_ == "PROPN":
            role = self._adjective_role(tok)
        sector = role.sector if role else None
        out = []
        for code, entry in countries:
            # no role noun: an organisation names the sector ("the UNITA militarist wing")
            org_sector = entry.sector if entry.kind in ("group", "igo") else None
            actor = self.country_actor(code, text, sector or org_sector)
            out.append(actor)
            ctx.remember(actor, role.role if role else None)
            if len(countries) == 1 and role is not None:
                ctx.remember_forces(actor)
        if len(out) == 1 and tok.tag_ == "NNS" and role is not None and role.person:
            ctx.last_group = out[0]
        return out

    def _titled_surname(self, tok: Token, scan: Scan, ctx: ArticleContext) -> Actor | None:
        """A surname after a title ("President Carter", "Chancellor Kohl") naming the one
        dictionary person of that surname who held that role on the article's date; any
        first names given must be among that person's names ("President George Bush")."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            return None
        lefts = list(tok.lefts)
        if any(t.lower_ in PAST_TITLE_WORDS for t in lefts):
            return None
        title = next(
            (r for c in lefts if c.dep_ == "compound" and (r := self._role_of(c)) is not None),
            None,
        )
        if title is None:
            # "Secretary of State Baker": the parser makes "Secretary of State" a modifier
            for c in lefts:
                if c.dep_ not in ("nmod", "compound") or c.pos_ not in ("NOUN", "PROPN"):
                    continue
                for prep in c.rights:
                    objs = [o for o in prep.children if o.dep_ == "pobj"]
                    if prep.lower_ == "of" and objs:
                        title = self.dictionary.role(f"{c.lower_} of {objs[0].lower_}")
                        break
                if title is not None:
                    break
        if title is None or not title.person or not title.role:
            return None
        given = {
            c.lower_.rstrip(".")
            for c in lefts
            if c.dep_ == "compound" and c.pos_ == "PROPN" and self._role_of(c) is None
        }
        surname = normalise(tok.text)
        if ctx.date is None:
            return self._titled_surname_undated(tok, surname, title, given)
        found: list[tuple[Entry, str | None, str | None]] = []
        for entry in self._surnames().get(surname, []):
            sector, role = entry.at(ctx.date)
            names = set(normalise(entry.name).replace(".", "").split())
            if role == title.role and given <= names:
                found.append((entry, sector, role))
        if not found and title.sector == "GOV":
            # Phoenix people carry no role names: the one in government on the date
            found = [
                (e, s, None) for e, s in self._fallback_in_government(surname, given, ctx.date)
            ]
        if len(found) != 1:
            return None
        entry, sector, role = found[0]
        text = " ".join(t.text for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.pos_ != "DET")
        actor = Actor(
            text=text,
            name=entry.name,
            country=entry.country_at(ctx.date),
            sector=sector,
            actor_id=entry.actor_id,
        )
        ctx.remember(actor, role)
        return actor

    def _titled_surname_undated(
        self, tok: Token, surname: str, title: RoleNoun, given: set[str]
    ) -> Actor | None:
        """A titled surname in a text without a date ("President Bush", "Secretary of
        State Baker"): the country that every dictionary person of that surname who
        ever held that role held it for; the person too when there is only one."""
        found: list[tuple[Entry, Role]] = []
        for entry in self._surnames().get(surname, []):
            names = set(normalise(entry.name).replace(".", "").split())
            if given <= names:
                found.extend((entry, r) for r in entry.roles if r.role == title.role)
        if not found and title.sector == "GOV" and surname not in self._leading_names():
            # Phoenix people carry no role names: those ever in government (not when
            # the name also leads other names, as "Kim" does in "Kim Jong Un")
            found = [
                (e, r)
                for e in self._fallback_people_named(surname, given)
                for r in e.roles
                if r.sector == "GOV"
            ]
        countries = {r.country or e.country for e, r in found}
        if len(countries) != 1 or None in countries:
            return None
        entries = {e.actor_id: e for e, _r in found}
        sectors = {r.sector for _e, r in found}
        one = next(iter(entries.values())) if len(entries) == 1 else None
        text = " ".join(t.text for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.pos_ != "DET")
        return Actor(
            text=text,
            name=one.name if one else None,
            country=countries.pop(),
            sector=sectors.pop() if len(sectors) == 1 else title.sector,
            actor_id=one.actor_id if one else None,
        )

    def _leading_names(self) -> set[str]:
        """First words of the dictionary's multi-word person names ("kim", "ho")."""
        if self._first_names is None:
            keys = [
                k
                for k, es in self.dictionary.aliases.items()
                if any(e.kind == "person" for e in es)
            ]
            keys += list(self.dictionary.fallback_people)
            self._first_names = {k.split()[0] for k in keys if " " in k}
        return self._first_names

    def _fallback_index(self) -> dict[str, list[str]]:
        """Phoenix people's name keys by the last word of the name."""
        if self._fallback_surnames is None:
            index: dict[str, list[str]] = {}
            for key in self.dictionary.fallback_people:
                if " " in key:
                    index.setdefault(key.rsplit(" ", 1)[1], []).append(key)
            self._fallback_surnames = index
        return self._fallback_surnames

    def _fallback_people_named(self, surname: str, given: set[str]) -> list[Entry]:
        """Phoenix people with this surname (and these first names)."""
        out = []
        for key in self._fallback_index().get(surname, []):
            entry = self.dictionary.lookup_fallback(key)
            if entry is not None and given <= set(name_key(entry.name).split()):
                out.append(entry)
        return out

    def _surnames(self) -> dict[str, list[Entry]]:
        """Curated people by the last word of each of their names and aliases."""
        if self._surname_index is None:
            index: dict[str, list[Entry]] = {}
            for key, entries in self.dictionary.aliases.items():
                bucket = index.setdefault(key.split()[-1], [])
                bucket.extend(e for e in entries if e.kind == "person" and e not in bucket)
            self._surname_index = index
        return self._surname_index

    def _bare_surname(self, tok: Token, ctx: ArticleContext, known: bool = False) -> Actor | None:
        """A bare surname ("Christopher met Kozyrev", "Mr Keating said") naming the one
        curated person of that surname holding a dated role on the article's date, when
        no other dictionary person of that surname (curated or Phoenix) holds any role
        then; ambiguous surnames stay unknown names."""
        if (
            ctx.date is None
            or (tok.pos_ != "PROPN" and not known)  # (a dictionary alias may be tagged NN)
            or not tok.text[:1].isupper()
            or not tok.is_alpha
            or tok.ent_type_ in NOT_PERSON_ENTS
            or tok.lower_ in NAME_FOLLOWERS
        ):
            return None
        if any(
            c.dep_ not in ("punct", "appos") and c.lower_.rstrip(".") not in HONORIFICS
            for c in tok.lefts
        ):
            return None  # "the Clinton administration", "Hillary Clinton", "former X"
        surname = normalise(tok.text)
        holders = self._surname_holders(surname, ctx.date)
        if len(holders) != 1 or self._surname_count(surname) > COMMON_SURNAME:
            return None  # ambiguous then, or a common surname ("Singh", "Silva", "Khan")
        entry = holders[0]
        when = ctx.date
        if entry.actor_id not in self._bare_people().get(surname, {}):
            return None  # a Phoenix person, or a given name ("Hussein" of "King Hussein")
        if not any(r.start is not None and r.covers(when) for r in entry.roles):
            return None  # only an undated role: not known to hold it then
        sector, role = entry.at(when)
        actor = Actor(
            text=np_text(tok),
            name=entry.name,
            country=entry.country_at(when),
            sector=sector,
            actor_id=entry.actor_id,
        )
        ctx.remember(actor, role)
        return actor

    def _surname_count(self, surname: str) -> int:
        """How many dictionary people, on any date, a surname may name."""
        curated = set(self._bare_people().get(surname, {})) | {
            e.actor_id for e in self._surnames().get(surname, [])
        }
        return len(curated) + len(self._fallback_index().get(surname, []))

    def _bare_people(self) -> dict[str, dict[str, Entry]]:
        """Curated people by the surname a bare mention of them uses, by actor id."""
        if self._bare_index is None:
            index: dict[str, dict[str, Entry]] = {}
            for entry in self.dictionary.people:
                words = entry.name.split()
                if len(words) > 2 and words[-2].lower() in NAME_PARTICLES:
                    continue  # "Zine El Abidine Ben Ali" is not a bare "Ali"
                index.setdefault(_surname(entry.name), {})[entry.actor_id] = entry
            self._bare_index = index
        return self._bare_index

    def _surname_holders(self, surname: str, when: date) -> list[Entry]:
        """Dictionary people (curated and Phoenix) with this surname, or a name or alias
        ending in it ("King Hussein"), holding a role on ``when``."""
        candidates = dict(self._bare_people().get(surname, {}))
        candidates.update((e.actor_id, e) for e in self._surnames().get(surname, []))
        out = [e for e in candidates.values() if _holds(e, when)]
        for key in self._fallback_index().get(surname, []):
            phoenix = self.dictionary.lookup_fallback(key)
            if phoenix is None or not _holds(phoenix, when):
                continue
            if not any(e.actor_id == phoenix.actor_id or e.name == phoenix.name for e in out):
                out.append(phoenix)
        return out

    def _fallback_in_government(
        self, surname: str, given: set[str], when: date
    ) -> list[tuple[Entry, str]]:
        """Phoenix people with this surname (and these first names) in government on
        ``when``, for ``_titled_surname``."""
        out: dict[str, tuple[Entry, str]] = {}
        for entry in self._fallback_people_named(surname, given):
            if any(r.sector == "GOV" and r.covers(when) for r in entry.roles):
                out[entry.actor_id] = (entry, "GOV")
        return list(out.values())

    def country_actor(self, code: str, text: str, sector: str | None) -> Actor:
        """A state named by ``text`` ("Yerevan", "his country", "Armenian troops")."""
        return Actor(
            text=text,
            name=self.dictionary.countries.get(code, code),
            country=code,
            sector=sector,
            actor_id=f"country:{code}",
        )

    def opposed_states(self, noun: Token) -> list[Actor]:
        """States an "anti-" modifier of the noun names ("anti-Israel protests",
        "anti-American demonstrators"): whom the protest is against."""
        out: list[Actor] = []
        doc = noun.doc
        for tok in doc[noun.left_edge.i : noun.i]:
            if not _stance_prefixed(tok, ANTI):
                continue
            for entry in self.dictionary.aliases.get(normalise(tok.text), ()):
                if entry.kind in ("demonym", "country") and entry.country:
                    actor = self.country_actor(entry.country, tok.text, "GOV")
                    if actor not in out:
                        out.append(actor)
                    break
        return out

    def state_actor(self, code: str, sector: str | None) -> Actor:
        """A state named by its own name ("Israel" for the side that held the prisoners)."""
        return self.country_actor(code, self.dictionary.countries.get(code, code), sector)

    def _from_match(self, tok: Token, match: Match, scan: Scan, ctx: ArticleContext) -> Actor:
        entry = match.entry
        doc = tok.doc
        end = match.end
        while end > match.start + 1 and doc[end - 1].is_currency:
            end -= 1  # "gave Ukraine $4.5 billion": the name, not the sum's sign
        text = np_text(tok) if entry.kind == "demonym" else doc[match.start : end].text
        text = text.rstrip(".,;:")
        if entry.kind == "person":
            sector, role = entry.at(ctx.date)
            if sector is None:
                sector = self._title_sector(tok)  # "President Bill Clinton", no dated role
            country = entry.country_at(ctx.date)
            if sector is None and self._igo_post(tok, scan):
                # "Kenzo Oshima, the UN relief coordinator": speaks for the organisation
                # now, whatever country the dictionary gives him
                country, sector = "IGO", "IGO"
            actor = Actor(
                text=_person_text(doc, match),
                name=entry.name,
                country=country,
                sector=sector,
                actor_id=entry.actor_id,
            )
            ctx.remember(actor, role)
            return actor
        if entry.kind == "demonym":
            noun = self._role_of(tok)
            sector = noun.sector if noun else ("CVL" if entry.plural_people else None)
            return Actor(
                text=text,
                name=entry.name,
                country=entry.country,
                sector=sector,
                actor_id=entry.actor_id,
            )
        return Actor(
            text=text,
            name=entry.name,
            country=entry.country,
            sector=entry.sector,
            actor_id=entry.actor_id,
        )

    def _igo_post(self, tok: Token, scan: Scan) -> bool:
        """Whether an appositive gives the person a post in an international
        organisation ("X, the United Nations envoy for Yemen")."""
        for appos in (c for c in tok.children if c.dep_ == "appos"):
            if self._role_of(appos) is None:
                continue
            found = self._countries_of(appos, scan, ArticleContext())
            if found and all(code == "IGO" for code, _ in found):
                return True
        return False

    def _namesake(self, tok: Token, match: Match, scan: Scan) -> bool:
        """A Phoenix person whose noun phrase names another country ("Mali's Foreign
        Minister Abdoulaye Diop" is not Senegal's Abdoulaye Diop): resolve as if unknown."""
        if not match.entry.fallback:
            return False
        named = {
            code
            for code, entry in self._countries_of(tok, scan, ArticleContext())
            if entry.actor_id != match.entry.actor_id  # (the name's own first word)
        }
        if not named:
            # "Abdoulaye Diop, Mali's top diplomat": an apposition with a post in a state
            for appos in (c for c in tok.children if c.dep_ == "appos"):
                if self._role_of(appos) is not None:
                    found = self._countries_of(appos, scan, ArticleContext())
                    named |= {code for code, _ in found if code not in ("IGO", "NGO")}
        return bool(named) and match.entry.country not in named

    def _surname_of_earlier(self, tok: Token, scan: Scan, ctx: ArticleContext) -> Actor | None:
        """The person named in full earlier in the article whose surname this bare proper
        noun is ("Museveni", "President Museveni"; not "Janet Museveni")."""
        named = tok.pos_ == "PROPN" or (tok.dep_ in ("nsubj", "nsubjpass") and tok.is_title)
        if not named or not ctx.surnames or not tok.text[:1].isupper():
            return None  # (a subject surname the tagger took for a plural noun: "Griffiths")
        earlier = ctx.surnames.get(tok.lower_)
        if earlier is None:
            return None
        for child in tok.lefts:
            if (
                child.dep_ == "compound"
                and child.pos_ == "PROPN"
                and scan.at(child.i) is None
                and self._role_of(child) is None
                and child.lower_ not in NAME_PARTICLES
            ):
                return None  # another first name
        return earlier

    def _earlier_object(self, tok: Token, scan: Scan) -> Token | None:
        """The person an object "him"/"her" of a second verb means when the first verb's
        object is one: "met Ukraine's president in Kyiv and urged him to ..." (the two
        verbs share their subject, which "him" cannot be)."""
        if tok.dep_ != "dobj" or tok.lower_ not in ("him", "her") or tok.head.dep_ != "conj":
            return None
        first = tok.head.head
        objects = [c for c in first.children if c.dep_ == "dobj"] + [
            p
            for c in first.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if len(objects) != 1:
            return None
        obj = objects[0]
        role = self._role_of(obj)
        match = scan.at(obj.i)
        person = match is not None and match.entry.kind == "person"
        return obj if person or (role is not None and role.person) else None

    def _own_subject(self, tok: Token, person: Actor, scan: Scan, ctx: ArticleContext) -> bool:
        """Whether an object "him"/"her" would be the subject of its own clause: "The
        Turkish leader urged him to ..." (the leader, just named, is not "him")."""
        if tok.dep_ not in ("dobj", "dative", "pobj") or tok.lower_ not in ("him", "her"):
            return False
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return False
        found = self.resolve(subject, scan, ctx)
        return (
            any(
                (a.actor_id is not None and a.actor_id == person.actor_id)
                or (  # "the Turkish leader": a title of the same country, no other person
                    a.country is not None
                    and a.country == person.country
                    and not (a.actor_id or "").startswith("person:")
                )
                for a in found
            )
            and ctx.previous_person is not None
        )

    def _clause_speaker(
        self,
        tok: Token,
        scan: Scan,
        ctx: ArticleContext,
        kinds: frozenset[str] = frozenset({"person"}),
    ) -> Actor | None:
        """ "X said he would ...", "X, who ..., said she ...": a subject pronoun in a
        clause under a verb whose subject is a named person means that person."""
        subject = _clause_subject(tok)
        if subject is None:
            return None
        match = scan.at(subject.i)
        if match is None or match.entry.kind not in kinds:
            return None
        return self._from_match(subject, match, scan, ctx)

    @staticmethod
    def _group_meant(tok: Token, scan: Scan, ctx: ArticleContext) -> Entry | None:
        """The group a definite "the group" / "the movement" refers back to (the last
        one named), when ``tok`` is such an anaphor and names nothing itself."""
        if (
            tok.lemma_.lower() not in ORG_ANAPHORS
            or tok.tag_ != "NN"
            or scan.at(tok.i) is not None
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        ):
            return None
        group = _group_named_before(tok, scan) or ctx.last_named_group
        if group is None or not group.country:
            return None
        key = group.actor_id or f"group:{group.text}"
        return Entry("group", key, group.name or group.text, group.country, group.sector)

    @staticmethod
    def _speaker_state(tok: Token, scan: Scan) -> str | None:
        """The state of the body whose report holds ``tok`` ("The Polish presidency said
        the president had travelled ..." -> POL): a state, capital or state body (not a
        person, an organisation or an NGO) as the subject of the speech verb."""
        speaker = _reported_speaker(tok)
        if speaker is None:
            return None
        inside = {t.i for t in speaker.subtree}
        codes = {
            m.entry.country
            for m in scan.matches
            if m.start in inside and m.entry.kind in ("country", "capital", "government", "demonym")
        }
        return codes.pop() if len(codes) == 1 else None

    def _possessor(self, tok: Token, scan: Scan) -> str | None:
        """The country of whoever "its"/"their"/"his" in front of a role noun means: the
        nearest state, organisation or (for "his"/"her") person named before it in the
        sentence ("Islamabad said its air force ...", "the U.S. security firm Blackwater
        ... after its guards shot ...", "rebel leader Foday Sankoh ... his bodyguards")."""
        pron = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None)
        if pron is None:
            return None
        person = pron.lower_ in ("his", "her")
        kinds = PERSON_KINDS if person else ORG_SPEAKERS | {"demonym"}
        before = [m for m in scan.matches if tok.sent.start <= m.start and m.end <= pron.i]
        agents = _subject_agents(tok, lambda t: self.names_actor(t, scan))
        speaker = _reported_speaker(pron) if person else None
        plural = False  # a plural group named before "its" was passed over
        if speaker is not None:
            # "the crown prince met President X and said his government would ...": the
            # speaker's, not the nearest person's
            inside = [m for m in scan.matches if m.start in {t.i for t in speaker.subtree}]
            inside.sort(key=lambda m: m.entry.kind != "person")
            code = next((m.entry.country for m in inside if m.entry.country), None)
            if code is not None:
                return code if code not in ("IGO", "NGO") else None
        for match in sorted(before, key=lambda m: -m.start):
            if match.entry.kind not in kinds and not (person and match.entry.kind == "demonym"):
                continue
            if match.end - 1 in agents:
                continue  # "an air strike attributed to Israel destroyed its consulate"
            if (
                (match.entry.kind == "demonym" or tok.doc[match.end - 1].dep_ == "compound")
                and not person
                and tok.doc[match.end - 1].head in pron.ancestors
            ):
                continue  # "Azerbaijani attacks on its territory": not Azerbaijan's own
                # ("China condemned the NATO bombing of its embassy": China's, not NATO's)
            if not person and match.entry.kind != "person" and pron.lower_ == "its":
                noun = tok.doc[match.end - 1]
                while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
                    noun = noun.head
                if noun.tag_ in ("NNS", "NNPS") and scan.at(noun.i) is None:
                    # "fighters seized the ship and held its crew": the ship's; but "Maersk
                    # said Houthi rebels attacked one of its container ships": with no
                    # thing named between, the organisation named before them
                    plural = True
                    continue
            if plural:
                head = tok.doc[match.end - 1]
                while head.dep_ in ("compound", "amod") and head.head.i > head.i:
                    head = head.head  # (past its own noun: "the Danish shipping company")
                if any(
                    t.tag_ == "NN" and scan.at(t.i) is None
                    for t in tok.doc[max(match.end, head.i + 1) : pron.i]
                ):
                    return None
            if match.entry.kind == "demonym" and person:
                continue
            code = match.entry.country
            return code if code and code not in ("IGO", "NGO") else None
        return None

    def _title_sector(self, tok: Token) -> str | None:
        """The sector a title in front of a name gives ("President", "Gen."), unless
        the text says the title is past ("former President")."""
        lefts = list(tok.lefts)
        if any(t.lower_ in PAST_TITLE_WORDS for t in lefts):
            return None
        for t in lefts:
            if t.dep_ in ("compound", "amod") and (role := self._role_of(t)) is not None:
                return role.sector
        return None

    def _adjective_role(self, tok: Token) -> RoleNoun | None:
        """A role word before a name that the tagger read as an adjective ("Chinese
        dissident Fang Lizhi")."""
        return next(
            (
                r
                for c in tok.lefts
                if c.dep_ == "amod" and c.pos_ == "ADJ" and (r := self.dictionary.role(c.lower_))
            ),
            None,
        )

    def names_actor(self, tok: Token, scan: Scan) -> bool:
        """Whether a word is part of a dictionary name or is a role noun ("the
        government", "rebels"): something that can act."""
        return scan.at(tok.i) is not None or self._role_of(tok) is not None

    def _role_of(self, tok: Token) -> RoleNoun | None:
        """The role noun of a head, trying its compound/amod modifiers first."""
        if tok.pos_ == "ADJ" and tok.dep_ in ("amod", "compound") and tok.lower_ in ARMED_MODIFIERS:
            return self.dictionary.role(tok.lower_)  # "came under rebel attack": the rebels
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in PERSON_PRONOUNS:
            return None
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.is_alpha]
        for k in range(len(mods), 0, -1):
            words = [m.lower_ for m in mods[-k:]]
            for last in (tok.lemma_.lower(), tok.lower_):
                role = self.dictionary.role(" ".join([*words, last]))
                if role:
                    return role
        found = self.dictionary.role(tok.lemma_) or self.dictionary.role(tok.lower_)
        if found is None and tok.lemma_.lower() in OFFICE_NOUNS:
            # "the Afghan president's office", "the prime minister's office": the
            # leader's office, as "the office of the president" is
            holder = next((c for c in tok.children if c.dep_ == "poss"), None)
            held = self._role_of(holder) if holder is not None else None
            if held is not None and held.person and held.sector == "GOV":
                return self.dictionary.role("presidential office")
        if (
            found is None
            and mods
            and tok.lemma_.lower() in SITE_NOUNS
            and (
                tok.dep_ in ("dobj", "nsubjpass")
                or (tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against"))
            )
        ):
            # "shelled government positions", "overran an army camp": the force holding
            # the site is what is attacked (not "met at a U.S. air force base": a venue)
            site = self.dictionary.role(mods[-1].lower_)
            if site is not None and site.sector in SITE_SECTORS:
                return site
        if (
            found is None
            and (tok.tag_ == "NNPS" or (tok.tag_ == "NNP" and tok.is_sent_start))
            and tok.lower_.endswith("s")
        ):
            # "Rebels laid siege ...": a capitalised plural the tagger took for a name
            found = self.dictionary.role(tok.lower_[:-1])
        if (found is not None and found.sector == "LAB") or tok.lemma_.lower() in STAFF_NOUNS:
            # "three employees of an international medical charity": the charity's people
            employer = of_object(tok)
            role = self._role_of(employer) if employer is not None else None
            if role is not None and role.sector in ("NGO", "IGO"):
                return role
        if found is None and tok.pos_ == "NOUN":
            # "the chief of army staff", "the head of state": a title with its "of" phrase
            for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"):
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.right_edge.i - obj.left_edge.i < 4:
                    phrase = obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text.lower()
                    found = self.dictionary.role(f"{tok.lower_} of {phrase}")
        return found

    def _countries_of(self, tok: Token, scan: Scan, ctx: ArticleContext) -> list[tuple[str, Entry]]:
        """Countries named by a head's modifiers or its "of"/"from" complement."""
        found: list[tuple[str, Entry]] = []
        based: list[tuple[str, Entry]] = []  # "Kabul-based militants": if nothing else
        led: list[tuple[str, Entry]] = []  # "the Saudi-led coalition": the leader's side
        coordinated = any(c.dep_ == "cc" for m in tok.children for c in [m, *m.children])
        relational = tok.lemma_.lower() in RELATIONAL_NOUNS
        for child in tok.children:
            if child.dep_ == "poss" and relational:
                continue  # "Ukraine's allies" are not Ukraine
            if child.dep_ == "poss" and both_sides(child) and not found:
                # "the two sides' chief negotiators": each side's
                sides = (
                    ctx.sides
                    if len({a.country for a in ctx.sides}) == 2
                    else self._last_two_named(child, scan)
                )
                found.extend(
                    (
                        a.country,
                        Entry("country", f"country:{a.country}", a.name or a.text, a.country),
                    )
                    for a in sides
                    if a.country
                )
                continue
            if child.dep_ == "poss" and (group := self._group_meant(child, scan, ctx)):
                # "The group's deputy foreign minister": of the group the article named
                found.append((group.country, group))  # type: ignore[arg-type]
                continue
            if child.dep_ == "amod" and child.lower_ == "based":
                self._based_at(tok, child, scan, based)
                continue
            if child.dep_ in ("amod", "compound") and child.lower_ in SIDE_PARTICIPLES:
                # "the Saudi-led coalition", "Vietnamese-led forces": the leader's side;
                # "a Portuguese-flagged ship", "a British-owned freighter": the owner's
                for inner in child.children:
                    if inner.dep_ in ("npadvmod", "compound", "nmod", "amod"):
                        self._country_at(inner, scan, found)
                        led = [*led, *found[len(led) :]]
                continue
            if child.dep_ in MODIFIER_DEPS:
                if found and child.dep_ != "poss" and not coordinated:
                    # "Kosovo Albanian protesters": the first modifier is the country, but
                    # an organisation wins over a nationality ("an Irish UN peacekeeper")
                    org = [
                        (e.country, e)
                        for t in [child]
                        if (m := scan.at(t.i))
                        and (e := m.entry).kind in ("igo", "group")
                        and e.country
                    ]
                    if org and all(e.kind == "demonym" or (c, e) in led for c, e in found):
                        # ("the Moscow-led CSTO military alliance": the CSTO, not Russia)
                        found = org
                    continue
                for t in [child, *child.conjuncts]:
                    if (
                        _stance_prefixed(t, ANTI)
                        and (m := scan.at(t.i)) is not None
                        and m.entry.kind in ("demonym", "country", "igo")
                    ):
                        # "anti-American protesters" are not American, "anti-NATO
                        # protesters" not NATO (but "anti-Taliban fighters" are of the
                        # Taliban's country)
                        continue
                    if self._leader_country(t, tok, scan, ctx, found):
                        continue  # "the Bush administration", "the Putin government"
                    if not self._country_at(t, scan, found) and (
                        t.dep_ == "compound"
                        # "Chinese dissident Fang Lizhi" ("dissident" tagged an adjective)
                        or (t.dep_ == "amod" and self.dictionary.role(t.lower_) is not None)
                        # "the Iraqi prime minister's office", "the Afghan president's
                        # spokesman": the office-holder's state
                        or (t.dep_ == "poss" and (r := self._role_of(t)) is not None and r.person)
                    ):
                        for inner in t.children:  # "Kyrgyz border guards"
                            if (
                                inner.dep_ in MODIFIER_DEPS
                                and not self._country_at(inner, scan, found)
                                and inner.dep_ == "compound"
                            ):
                                # "Chinese foreign ministry spokesman Wang Wenbin": the
                                # demonym on the title's own compound
                                for deeper in inner.children:
                                    if deeper.dep_ in MODIFIER_DEPS:
                                        self._country_at(deeper, scan, found)
                    elif tok.lemma_.lower() in JOINT_NOUNS:
                        # "a US-French proposal", "Egyptian-Qatari mediation": both
                        # states' (not "a Greek-Cypriot leader": one people)
                        for inner in t.children:
                            if inner.dep_ in MODIFIER_DEPS and _hyphened(inner, t):
                                self._country_at(inner, scan, found)
            elif child.dep_ == "acl" and child.lemma_.lower() in OWNER_PARTICIPLES:
                # "drones launched by Russia", "a tanker owned by a Greek firm": the owner's
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                        if not self._country_at(pobj, scan, found):
                            for nested in self._countries_of(pobj, scan, ctx):
                                if nested not in found:
                                    found.append(nested)
            elif child.dep_ == "acl" and child.lemma_.lower() == "belong":
                # "rigs belonging to the U.S. company Helmerich & Payne": the owner's
                for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "to"):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        if not self._country_at(pobj, scan, found):
                            for nested in self._countries_of(pobj, scan, ctx):
                                if nested not in found:
                                    found.append(nested)
            elif child.dep_ == "appos" and (code := _ship_navy(child)) is not None:
                # "the cruiser USS Vincennes": the navy the ship's prefix names
                name = self.dictionary.countries.get(code, code)
                found.append((code, Entry("country", f"country:{code}", name, code)))
            elif child.dep_ == "amod" and child.lemma_.lower() == "loyal":
                # "militiamen loyal to General Aidid": the side of whom they serve
                for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "to"):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        self._country_at(pobj, scan, found)
            elif child.dep_ == "prep" and child.lower_ == "in" and not found:
                self._seated_in(tok, child, scan, found)
            elif (
                child.dep_ == "prep"
                and child.lower_ == "to"
                and found
                and tok.lemma_.lower() in EMISSARY_NOUNS | POSTING_NOUNS
            ):
                continue  # "the Palestinian delegation to the UN": where they are posted
            elif child.dep_ == "prep" and (
                child.lower_ in ("of", "from", "to")
                # "a spokesman for the Houthi rebels" speaks for them (but "the UN envoy
                # for Yemen" is the UN's)
                or (child.lower_ == "for" and tok.lemma_.lower() in SPEAKER_NOUNS)
                # "the nuclear deal with Tehran" is "the Iran nuclear deal"
                or (child.lower_ == "with" and tok.lemma_.lower() in PACT_NOUNS)
            ):
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    for t in [pobj, *pobj.conjuncts]:
                        if not self._country_at(t, scan, found):
                            for nested in self._countries_of(t, scan, ctx):
                                if nested not in found:
                                    found.append(nested)
        if not found:
            self._city_force(tok, scan, found)
        if any(
            t.lemma_.lower() in MEMBERSHIP_NOUNS
            for t in [tok, *(c for c in tok.children if c.dep_ == "compound")]
        ) and (
            any(e.kind in ("country", "capital", "demonym") for _, e in found)
            or any(c.dep_ == "poss" for c in tok.children)  # "its NATO bid": its, not NATO
        ):
            # "the NATO membership bids of Finland and Sweden", "Ukraine's EU accession":
            # the states that would join, not the organisation they would join
            found = [(c, e) for c, e in found if e.kind != "igo"]
        if led and tok.lemma_.lower() == "coalition":
            ctx.coalition = led[0]
        elif not found and not based and ctx.coalition is not None and _bare_coalition(tok):
            found = [ctx.coalition]
        return found or based

    def _city_force(self, tok: Token, scan: Scan, out: list[tuple[str, Entry]]) -> None:
        """The country of "Rotterdam police", "Mumbai police": a city's police are its
        state's (the city named before them, not a state the dictionary knows)."""
        role = self._role_of(tok)
        if role is None or role.sector != "COP":
            return
        from parley.events.places import load_gazetteer  # the events layer's gazetteer

        for city in (c for c in tok.children if c.dep_ == "compound" and c.text[:1].isupper()):
            if scan.at(city.i) is not None or self.dictionary.role(city.lower_) is not None:
                continue  # (a name the dictionary knows gives its own country; "Police
                # forces" is no town)
            code = load_gazetteer().find(tok.doc[city.left_edge.i : city.i + 1].text).country
            if code and code in self.dictionary.countries:
                name = self.dictionary.countries[code]
                out.append((code, Entry("country", f"country:{code}", name, code)))
                return

    def _seated_in(self, tok: Token, prep: Token, scan: Scan, out: list[tuple[str, Entry]]) -> None:
        """The countries of "the juntas in Bamako and Niamey", "the authorities in Port
        Sudan", "lawmakers in Mogadishu": a government's people placed in a state's
        capital or city are that state's. Only civil state sectors: "troops in Iraq" or
        "aid workers in Gaza" are often foreigners there."""
        role = self._role_of(tok)
        if role is None or role.sector not in SEATED_SECTORS or role.role in POSTED_ROLES:
            return  # ("its embassy in Belgrade", "diplomats in Kyiv": another state's)
        if tok.lemma_.lower() in EMISSARY_NOUNS or any(c.dep_ == "poss" for c in tok.children):
            return  # ("its military advisers in Damascus": whoever "its" means)
        from parley.events.places import load_gazetteer  # the events layer's gazetteer

        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for t in [pobj, *pobj.conjuncts]:
                t = _named_area(t)
                match = scan.at(t.i)
                if match is not None and match.entry.kind not in ("country", "capital"):
                    continue  # "officials in the Kremlin", "ministers in the EU"
                if self._country_at(t, scan, out) or not t.text[:1].isupper():
                    continue
                name = tok.doc[t.left_edge.i : t.i + 1].text
                code = load_gazetteer().find(name).country
                if code and code in self.dictionary.countries:
                    name = self.dictionary.countries[code]
                    entry = Entry("country", f"country:{code}", name, code)
                    if (code, entry) not in out:
                        out.append((code, entry))

    def _based_at(self, tok: Token, based: Token, scan: Scan, out: list[tuple[str, Entry]]) -> None:
        """The country of X in "X-based" ("Kabul-based militants", "a Goma-based
        group"): a dictionary name, else a gazetteer place. Only for armed groups,
        forces and governments: the media, NGOs, companies, exiles and activists are
        often based abroad ("a London-based rights group"); a bare "group" or
        "organisation" is armed when it says so ("militant") or acts so ("fired
        rockets")."""
        role = self._role_of(tok)
        if role is not None and role.sector not in BASED_SECTORS:
            return
        if role is None and not _armed(tok):
            return
        for inner in based.children:
            if inner.dep_ not in ("npadvmod", "compound", "nmod", "amod"):
                continue
            if self._country_at(inner, scan, out) or not inner.text[:1].isupper():
                continue
            from parley.events.places import load_gazetteer  # the events layer's gazetteer

            name = tok.doc[inner.left_edge.i : inner.i + 1].text
            code = load_gazetteer().find(name, towns=False).country
            if code and code in self.dictionary.countries:
                entry = Entry("country", f"country:{code}", self.dictionary.countries[code], code)
                out.append((code, entry))

    def _last_two_named(self, tok: Token, scan: Scan) -> list[Actor]:
        """The two parties named last in the paragraph before ``tok`` (states, or armed
        groups and organisations; people stand for their states), skipping venues ("held
        talks in Astana"); none unless there are two."""
        out: list[Actor] = []
        seen: set[str | None] = set()
        start = tok.left_edge.i
        # "The AU's mediator, former Nigerian president X, said the two sides had agreed":
        # who tells of the sides is not one of them
        teller: set[int] = set()
        clause = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            # "China and the EU urged both countries to ...", "... welcomed it and called
            # on the two countries to ...": who acts on the two sides is not one of them
            verb = clause.head if clause.dep_ == "prep" else clause
            while True:
                subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
                    break
                verb = verb.head
            for c in subjects:
                teller.update(t.i for t in c.subtree)
        while clause.dep_ == "ccomp" and clause.head.i != clause.i:
            clause = clause.head
            for c in clause.children:
                if c.dep_ == "nsubj":
                    teller.update(t.i for t in c.subtree)
        # "urged the two neighbours to show restraint after Kyrgyz and Tajik border guards
        # exchanged fire": named after it, in the clause that tells why
        base = clause.head if clause.dep_ == "prep" else clause  # ("called on both countries")
        heads = [base, *(c for c in base.children if c.dep_ == "xcomp")]
        after = {
            t.i
            for h in heads
            for c in h.children
            if c.i > tok.i and (c.dep_ == "advcl" or (c.dep_ == "prep" and c.lower_ in CAUSE_PREPS))
            for t in c.subtree
        }
        before = sorted((m for m in scan.matches if m.start < start), key=lambda m: -m.start)
        later = [m for m in scan.matches if m.start in after]
        places: list[int] = []
        for m in before + later:
            if m.entry.kind not in PARTY_KINDS or not m.entry.country:
                continue
            if m.start in teller:
                continue
            if m.entry.country in ("IGO", "NGO") and m.entry.kind != "igo":
                continue
            end = m.end
            while end > m.start + 1 and tok.doc[end - 1].is_punct:
                end -= 1  # "... and Ukraine." matched with its full stop
            span = tok.doc[m.start : end]
            if any(t.dep_ == "pobj" and t.head.lower_ in VENUE_PREPS for t in span):
                continue  # "talks in Astana": where, not who
            if any(t.dep_ == "pobj" and t.head.dep_ == "agent" for t in span):
                continue  # "talks hosted by Turkey": the host, not a side
            entry = m.entry
            code = entry.country
            if code is None:
                continue  # (never: filtered above)
            key = entry.actor_id if entry.kind in ("group", "igo") else code
            if key in seen:
                continue
            seen.add(key)
            if entry.kind in ("group", "igo"):
                actor = Actor(span.text, entry.name, code, entry.sector, entry.actor_id)
            else:
                actor = self.country_actor(code, span.text, "GOV")
                noun = span[-1].head
                if span[-1].dep_ in ("amod", "compound", "poss") and noun.i < start:
                    # "the Sudanese army and the RSF": the army, not the state
                    sector = next(
                        (
                            a.sector
                            for a in self.resolve(noun, scan, ArticleContext())
                            if a.country == code
                        ),
                        None,
                    )
                    if sector is None and entry.kind == "demonym":
                        # "shelled homes and the Saudi hospital": a building's name, not
                        # a side of the story
                        seen.discard(key)
                        continue
                    actor = self.country_actor(code, np_text(noun), sector)
            out.append(actor)
            places.append(m.start)
            if len(out) == 2:
                return out if places[0] < places[1] else out[::-1]
        return []

    def _leader_country(
        self,
        mod: Token,
        head: Token,
        scan: Scan,
        ctx: ArticleContext,
        found: list[tuple[str, Entry]],
    ) -> bool:
        """ "the Bush administration", "the Putin government": a surname naming a
        government is its leader's country. Dated, the country of the curated people of
        that surname in office then; undated, of all curated people of that surname if
        they share one. Only when the dictionary has no entry for the word itself."""
        if (
            head.lemma_.lower() not in LEADER_GOVERNMENTS
            or mod.dep_ != "compound"
            or mod.pos_ != "PROPN"
            or not mod.text[:1].isupper()
            or scan.at(mod.i) is not None
        ):
            return False
        surname = normalise(mod.text)
        people = dict(self._bare_people().get(surname, {}))
        people.update((e.actor_id, e) for e in self._surnames().get(surname, []))
        when = ctx.date
        codes = {e.country_at(when) for e in people.values() if when and _holds(e, when)}
        if not codes:  # undated, or a past government ("the Bush administration" in 2020)
            codes = {e.country for e in people.values()}
        known = {c for c in codes if c is not None}
        if len(codes) != 1 or not known:
            return False
        [code] = known
        name = self.dictionary.countries.get(code, code)
        pair = (code, Entry("country", f"country:{code}", name, code))
        if pair not in found:
            found.append(pair)
        return True

    @staticmethod
    def _country_at(tok: Token, scan: Scan, found: list[tuple[str, Entry]]) -> bool:
        match = scan.at(tok.i)
        # "advisors to President Aliyev" -> AZE; "Houthi fighters" -> YEM
        kinds = COUNTRY_KINDS | {"person", "group", "igo"}
        if match and match.entry.kind in kinds and match.entry.country:
            pair = (match.entry.country, match.entry)
            if pair not in found:
                found.append(pair)
            return True
        return False

    def _appositive_people(self, tok: Token, scan: Scan, ctx: ArticleContext) -> list[Actor]:
        """ "the foreign ministers of A and B, X and Y" -> the people X and Y."""
        out: list[Actor] = []
        for child in tok.children:
            if child.dep_ != "appos":
                continue
            for t in [child, *child.conjuncts]:
                match = scan.at(t.i)
                if match and match.entry.kind == "person":
                    out.append(self._from_match(t, match, scan, ctx))
        return out

    def _unknown_named(self, tok: Token, scan: Scan) -> list[Actor]:
        """A proper name the dictionary does not know: keep its text, guess nothing
        beyond what an appositive says ("X, a spokesman for the Kremlin")."""
        ent = _entity_of(tok)
        if ent is not None and any(t.pos_ in ("VERB", "AUX") for t in ent):
            ent = None  # "Rebels Welcome The Decision Of The Court" tagged one ORG
        if tok.pos_ != "PROPN" and (ent is None or tok.ent_type_ not in ("PERSON", "ORG")):
            return []
        if _amount(tok) or (ent is None and tok.ent_type_ == "" and _title_cased(tok.sent)):
            # "$50,000 Worth Of Drugs", "Protesters Demand The Removal Of ...": an amount,
            # or a common noun a headline capitalised, not a name
            return []
        text = ent.text if ent is not None else np_text(tok)
        prefix = text.removeprefix("the ").removeprefix("The ").split(" ", 1)[0]
        if tok.pos_ == "PROPN" and prefix in SHIP_PREFIXES and " " in text:
            # "the USS Carney", "HMS Defender"
            return [Actor(text=text, name=None, country=SHIP_PREFIXES[prefix], sector="MIL")]
        if tok.ent_type_ in ("PERSON", "ORG") or tok.ent_type_ == "":
            found = self._countries_of(tok, scan, ArticleContext())
            own = scan.at(tok.i)  # a namesake's own name: not its dictionary country
            found = [(c, e) for c, e in found if own is None or e.actor_id != own.entry.actor_id]
            role = next(
                (r for c in tok.lefts if c.dep_ == "compound" and (r := self._role_of(c))), None
            ) or self._adjective_role(tok)
            if found:  # "RSF commander Mohamed Hamdan Dagalo", "Iranian activist X"
                return [
                    Actor(
                        text=text,
                        name=None,
                        country=found[0][0],
                        sector=role.sector if role else None,
                    )
                ]
            if role is not None:  # "President Mohamed Bazoum": a role, country unknown
                # the name is the text: a named person, whom no place or sentence may place
                return [Actor(text=text, name=text, country=None, sector=role.sector)]
            described = self._apposition_actor(tok, text, scan, need_role=False)
            last = text.rstrip(".,").rsplit(" ", 1)[-1].lower().rstrip(".")
            sector = "BUS" if " " in text and last in CORPORATE_SUFFIXES else None  # "Acme Corp"
            return described or [Actor(text=text, name=None, country=None, sector=sector)]
        # a name NER calls a nationality or a place, described by an apposition:
        # "Zaman, Turkey's largest-circulation newspaper"
        return self._apposition_actor(tok, np_text(tok), scan, need_role=True)

    def _apposition_actor(
        self, tok: Token, text: str, scan: Scan, *, need_role: bool
    ) -> list[Actor]:
        """The country (and sector) the first apposition naming a country gives a name
        ("X, a spokesman for the Kremlin"); with ``need_role`` only one with a role noun."""
        for child in (c for c in tok.children if c.dep_ == "appos"):
            role = self._role_of(child)
            found = self._countries_of(child, scan, ArticleContext())
            if found and (role is not None or not need_role):
                sector = role.sector if role else None
                return [Actor(text=text, name=None, country=found[0][0], sector=sector)]
        return []


def _side_before_and(head: Token, scan: Scan) -> list[Token]:
    """ "North and South Korea sealed a deal": the parser hangs "North" on "Korea" and
    "South" on "North", so the head's match ("South Korea") has the other state's side
    word (matched on its own, see ``_first_of_two_sides``) as its coordinated first part."""
    match = scan.at(head.i)
    if match is None or match.entry.kind != "country":
        return []
    start = head.doc[match.start]
    other = scan.at(start.head.i)
    if (
        start.dep_ == "conj"
        and start.head.i < match.start
        and other is not None
        and other.entry.kind == "country"
        and other.entry.country != match.entry.country
    ):
        return [start.head]
    return []


def _first_of_two_sides(tok: Token, sides: dict[str, str]) -> bool:
    """ "North and South Korea": the first side word shares the state's name with the
    second ("South Korea"), so it names the other state."""
    nxt = tok.doc[tok.i + 1 : tok.i + 4]
    return (
        len(nxt) == 3
        and nxt[0].lower_ in ("and", "or")
        and nxt[1].text in sides
        and nxt[1].text != tok.text
        and nxt[2].is_title
    )


def _charge_of_accused(noun: Token, prep: Token) -> bool:
    """ "blamed the movement for the bombing", "accused the group of ...": the charge,
    hung on the accused by the parser, is no part of the accused's name."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("for", "of")
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in ("blame", "accuse", "charge", "hold", "fault")
    )


def _group_named_before(tok: Token, scan: Scan, kind: str = "group") -> Actor | None:
    """The armed or political group (or the organisation of another ``kind``) named last
    before `tok` in its own sentence ("The Muslim Brotherhood was declared a terrorist
    organisation by the government, which blamed the movement for ..."; "The OIC
    condemned the raid, and the bloc called on ..."); earlier sentences are the article
    context's."""
    found = [
        m
        for m in scan.matches
        if m.entry.kind == kind and tok.sent.start <= m.start and m.end <= tok.i
    ]
    if not found:
        return None
    m = max(found, key=lambda m: m.start)
    e = m.entry
    return Actor(tok.doc[m.start : m.end].text, e.name, e.country, e.sector, e.actor_id)


# nouns by which an article refers back to an organisation it named ("the group said")
ORG_ANAPHORS = frozenset(
    {"group", "militia", "movement", "faction", "organisation", "organization"}
)

# what a later bare plural ("the rebels", "the insurgents") calls the armed group named last
REBEL_ANAPHORS = frozenset({"rebel", "insurgent", "guerrilla", "militant"})
# the nouns that look for the group named last (resolve: "the group", "the rebels", and
# "the alliance" of armed groups)
GROUP_ANAPHORS = ORG_ANAPHORS | REBEL_ANAPHORS | {"alliance"}

# what a later mention of an international organisation named before is called
IGO_ANAPHORS = frozenset({"bloc", "alliance", "grouping"})
GROUP_NOUNS = frozenset({"men", "women", "two", "three", "four", "five", "detainees", "captives"})
CROWD_VERBS = frozenset(
    {
        "take",
        "march",
        "rally",
        "gather",
        "protest",
        "demonstrate",
        "chant",
        "converge",
        "riot",
        "throng",
        "flood",
        "fill",
        "pour",
        "pack",
        "crowd",
        "swarm",
        "jam",
        "line",
        "mass",
    }
)
CROWD_NUMBERS = frozenset({"thousand", "hundred", "dozen", "million", "thousands", "hundreds"})
SIDE_PARTICIPLES = frozenset({"led", "flagged", "owned", "registered", "operated"})
COMMANDED_SECTORS = frozenset({"MIL", "COP", "SPY"})
ORDER_VERBS = frozenset(
    {"order", "instruct", "command", "direct", "tell", "authorize", "authorise"}
)


# plural office titles that refer back to the two office-holders just named
PAIR_TITLES = frozenset(
    {"minister", "president", "leader", "premier", "envoy", "negotiator", "chancellor"}
)


def _pair_of_officials(tok: Token) -> bool:
    """ "Mirzoyan met Bayramov in Almaty. The ministers agreed ...": a plural title with
    "the" and nothing but an office word before it ("the foreign ministers") refers to
    the two people named last, when it is the subject of a clause."""
    if tok.lemma_.lower() not in PAIR_TITLES or tok.tag_ != "NNS" or tok.dep_ != "nsubj":
        return False
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and all(
        c.dep_ in ("det", "amod", "compound")
        and c.pos_ in ("DET", "ADJ", "NOUN")
        and not c.ent_type_
        for c in kids
    )


def _acting_forces(tok: Token) -> bool:
    """ "Soldiers shot dead two gunmen", "were shot by soldiers", "the troops shelled":
    plural forces with nothing saying whose they are, as the doer of the clause (not
    "two soldiers were killed": victims may be of either side)."""
    if tok.tag_ != "NNS":
        return False
    if any(c.dep_ != "det" or c.lower_ != "the" for c in tok.children if c.i < tok.i):
        return False
    return tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


def _main_subject(tok: Token) -> bool:
    """The subject of its sentence's main verb ("He thanked him for ...")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"


def both_sides(tok: Token) -> bool:
    """ "the two sides", "both countries", "both governments", "the two nations", and a
    bare "the two" as a subject ("X met Y, and the two agreed to ...")."""
    if tok.lower_ == "two" and tok.dep_ in ("nsubj", "nsubjpass"):
        return [(c.dep_, c.lower_) for c in tok.children] == [("det", "the")]
    if tok.lemma_.lower() not in BOTH_SIDES_NOUNS or tok.tag_ != "NNS":
        return False
    kids = {c.lower_: c.dep_ for c in tok.children}
    if kids.get("both") in ("det", "predet", "preconj"):
        return True
    return kids.get("two") == "nummod" and kids.get("the") == "det"


# verbs of appeal whose object "them" is the two sides a story is about
URGING_VERBS = frozenset({"urge", "press", "ask", "encourage", "implore", "exhort", "call"})


def _urged_them(tok: Token) -> bool:
    """ "urged them to resolve the conflict", "called on them to ...": a bare "them" as
    the one appealed to."""
    if tok.lower_ != "them":
        return False
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" else tok.head
    return tok.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in URGING_VERBS


def _the_parties(tok: Token) -> bool:
    """A bare "the parties" ("urged the parties to implement the deal") or "the
    delegations" ("welcomed the delegations"): the two sides of the talks or the deal
    the article is about."""
    return (
        tok.lower_ in ("parties", "delegations")
        and tok.tag_ == "NNS"
        and [(c.dep_, c.lower_) for c in tok.children if c.dep_ != "prep"] == [("det", "the")]
        # (a venue may hang on it: "welcomed the delegations at the palace")
        and all(c.lower_ in VENUE_PREPS for c in tok.children if c.dep_ == "prep")
    )


# short words some headline styles leave in lower case ("Police Seize Drugs in Raid")
HEADLINE_LOWER = frozenset(
    {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "as"}
    | {"with", "from", "over", "into", "off", "up", "out", "vs"}
)
AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})


def _amount(tok: Token) -> bool:
    """ "$50,000 worth", "200 Tons": a sum or a quantity, not a name."""
    return tok.ent_type_ in AMOUNT_ENTS or any(
        c.dep_ in ("nummod", "nmod", "quantmod") and (c.ent_type_ in AMOUNT_ENTS or c.is_currency)
        for c in tok.children
    )


def _title_cased(sent: Span) -> bool:
    """A headline set in title case ("Protesters Demand The Removal Of The Governor"),
    where a capital letter does not make a name."""
    words = [t for t in sent if t.is_alpha and t.lower_ not in HEADLINE_LOWER]
    common = [t for t in words if t.pos_ != "PROPN"]
    return len(common) >= 2 and all(t.text[:1].isupper() for t in words)


NOT_NAME_POS = frozenset({"PRON", "VERB", "AUX", "ADJ", "ADV", "DET", "ADP", "SCONJ", "CCONJ"})


def _double_barrelled(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` follows a hyphen glued to a capitalised word ("Zaghari-")."""
    return (
        i >= 2
        and tokens[i - 1].text == "-"
        and not tokens[i - 1].whitespace_
        and not tokens[i - 2].whitespace_
        and tokens[i - 2].text[:1].isupper()
    )


def _common_word_opening(tok: Token, match: Match) -> bool:
    """A one-word organisation alias opening a sentence in sentence case, which the
    tagger reads as a word no name is (a pronoun, verb, adjective, adverb): "Who
    attacked ...", "Let the record show", "Memorial services". Upper-case acronyms
    ("WHO") and words tagged as nouns or names ("Hamas said", "Interpol arrested")
    stay matches."""
    return (
        match.end - match.start == 1
        and match.entry.kind in ("group", "igo")
        and tok.is_sent_start
        and not tok.text.isupper()
        and tok.text[1:].islower()
        and tok.pos_ in NOT_NAME_POS
    ) is True


def _ship_navy(tok: Token) -> str | None:
    """The navy a ship's name prefix names ("USS Vincennes" -> USA), if any."""
    if tok.pos_ != "PROPN":
        return None
    prefix = next((c.text for c in tok.lefts if c.dep_ == "compound"), None)
    return SHIP_PREFIXES.get(prefix) if prefix else None


def _commander(tok: Token) -> Token | None:
    """Who orders the forces ``tok`` names to act ("X ordered the army to ...")."""
    if (
        tok.dep_ == "dobj"
        and tok.head.lemma_.lower() in ORDER_VERBS
        and any(c.dep_ in ("xcomp", "ccomp") for c in tok.head.children)
    ):
        return next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return None


# warship name prefixes that name one navy
SHIP_PREFIXES = {
    "USS": "USA",
    "HMS": "GBR",
    "HMAS": "AUS",
    "HMCS": "CAN",
    "HMNZS": "NZL",
    "PNS": "PAK",
    "ROKS": "KOR",
}
#: the last word of a company's name ("Acme Corp", "Northwind Holdings"); not "AG"/"SA"
CORPORATE_SUFFIXES = frozenset(
    {"inc", "corp", "corporation", "plc", "ltd", "llc", "gmbh", "holdings", "co", "limited"}
)


def _alone(tok: Token) -> bool:
    """A one-word name: not part of a longer entity or compound name."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.ent_iob_ == "I" or (tok.ent_iob_ == "B" and nxt is not None and nxt.ent_iob_ == "I"):
        return False  # inside a longer entity
    return not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) and not (
        tok.dep_ == "compound" and tok.head.pos_ == "PROPN"
    )


QUANTITY_HEADS = frozenset(
    {
        "ten",
        "tens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "dozen",
        "dozens",
        "score",
        "scores",
        "group",
        "crowd",
        "number",
        "contingent",
        "team",
        "unit",
        "band",
        "alliance",
        "coalition",
        "wave",
        "column",
        "convoy",  # "struck a convoy of aid workers"
        "delegation",  # "talks between delegations of the army and the RSF": the parties
        "delegations",
    }
)


# words before a country's name that name a part of it ("Mainland China", "Northern Iraq")
PART_WORDS = REGION_WORDS | {"mainland", "northern", "southern", "eastern", "western"}


def _inside_place_name(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] ends a longer place name the tagger reads as one ("Puerto
    Jordan", "New Mexico"): a capitalised name right before it, its compound, opening
    the same place entity, and no word for a part of a country."""
    if i < 1:
        return False
    word, name = tokens[i - 1], tokens[i]
    return (
        word.pos_ == "PROPN"
        and word.text[:1].isupper()
        and word.dep_ == "compound"
        and word.head.i == name.i
        and word.ent_iob_ == "B"
        and name.ent_iob_ == "I"
        and name.ent_type_ in ("GPE", "LOC", "FAC")
        and word.lower_ not in PART_WORDS
    )


def _after_region_word(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] follows a region word ("Latin American", "Latin-American")."""
    j = i - 1
    if j >= 1 and tokens[j].text == "-" and not tokens[j].whitespace_:
        j -= 1
    return j >= 0 and tokens[j].lower_ in REGION_WORDS and tokens[j].text[:1].isupper()


def stance_of(tok: Token) -> str | None:
    """ "pro" or "anti" when the token is the name in "pro-Russian", "anti-Israel"."""
    if tok.i < 2:
        return None
    dash, word = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if dash.text == "-" and not dash.whitespace_ and not word.whitespace_:
        return word.lower_ if word.lower_ in ("pro", "anti") else None
    return None


def _stance_prefixed(tok: Token, prefixes: frozenset[str] = STANCE_PREFIXES) -> bool:
    """ "pro-Russian separatists": the state is whom they side with, not theirs."""
    return stance_of(tok) in prefixes


def _clause_subject(tok: Token) -> Token | None:
    """The subject, before ``tok``, of the verb over the clause whose subject ``tok`` is
    ("X said he would ...", "X visited Y and announced that his country would ...")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ not in (
        "ccomp",
        "advcl",
        "relcl",  # "told the UN in a letter that it accepted ..." (parsed as relcl)
    ):
        return None
    main = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if main is None:
        return None
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subject is None and main.dep_ == "conj":
        # "Trump pulled out of the deal and said he would ...": the first verb's subject
        subject = next((c for c in main.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.i < tok.i else None


def _reported_speaker(pron: Token) -> Token | None:
    """The subject of the speech verb whose reported clause holds ``pron`` ("X met Y and
    said his government would ..." -> X), when it comes before the pronoun."""
    clause = pron
    while clause.dep_ != "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_ not in ("say", "tell", "announce", "add", "pledge"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.i < pron.i else None


def _subject_agents(tok: Token, is_actor: Callable[[Token], bool]) -> set[int]:
    """Tokens naming whom the subject of the possessed noun's clause is put down to ("an
    air strike attributed to Israel", "an attack claimed by the Taliban"): a possessive in
    that clause's object means someone else (the main subject, "Iran vowed ... after an
    air strike attributed to Israel destroyed its consulate"), not the strike's author."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i == tok.i:
        return set()
    found = {
        t.i
        for t in subject.subtree
        if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent") and t.head.head.pos_ == "VERB"
    }
    if not is_actor(subject):  # "an Israeli strike destroyed its consulate": Iran's
        found |= {
            c.i for c in subject.children if c.dep_ in ("amod", "compound") and c.i < subject.i
        }
    return found


# nouns whose plural is the singular form, which the tagger reads as singular
INVARIANT_PLURALS = frozenset({"aircraft", "personnel", "police", "artillery"})


def _plural(tok: Token) -> bool:
    """A plural noun: tagged so, or one whose plural form is its singular ("aircraft")."""
    return tok.tag_ == "NNS" or tok.lower_ in INVARIANT_PLURALS


def _shared_nationality(tok: Token, scan: Scan) -> list[str]:
    """The countries of the nationality words in front of the noun a bare plural is
    conjoined to ("U.S. and British warplanes and warships" -> USA, GBR for "warships");
    none when the conjunct has words of its own ("Israeli troops and the police")."""
    first = tok.head
    if (
        tok.dep_ != "conj"
        or not _plural(tok)
        or not _plural(first)
        or first.i > tok.i
        or scan.at(tok.i) is not None
        or any(c.i < tok.i and c.dep_ not in ("cc", "punct") for c in tok.children)
    ):
        return []
    mods = [c for c in first.children if c.i < first.i and c.dep_ in ("amod", "compound", "nmod")]
    codes: list[str] = []
    for mod in [t for m in mods for t in (m, *m.conjuncts)]:
        match = scan.at(mod.i)
        if match is None or match.entry.kind not in ("demonym", "country"):
            return []  # "Houthi fighters and drones": a group's, not a nation's
        if match.entry.country and match.entry.country not in codes:
            codes.append(match.entry.country)
    return codes


def _included(head: Token, scan: Scan) -> list[Token]:
    """The dictionary actors listed after a plural noun by "including" or "such as"
    ("several states, including Qatar and Egypt"), or named in apposition to a common
    noun ("The militant group, Hezbollah, fired", "Three countries, Mali, Burkina Faso
    and Niger, announced"); none unless every one is known."""
    out: list[Token] = []
    if head.pos_ == "NOUN" and not any(  # (not "Kenya's ruling party, X": Kenya's)
        c.dep_ in ("poss", "amod", "compound", "nmod") and scan.at(c.i) is not None
        for c in head.children
    ):
        for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            listed = [appos, *appos.conjuncts]
            # (people: "Pakistan's prime minister, X" is read from the title already)
            # (nor places, "the capital, Kabul", nor an organisation's own body: "the
            # peacekeeping force, X" is often read from the place already)
            if all(
                (m := scan.at(t.i)) is not None and m.entry.kind in ("country", "group")
                for t in listed
            ):
                out.extend(listed)
    if head.tag_ != "NNS":
        return out
    preps = list(head.children)
    if head.dep_ == "dobj":  # "freed 24 hostages on Friday, including 13 Israelis": the
        preps += [c for c in head.head.rights if c.i > head.i]  # parser hangs it on the verb
    for prep in preps:
        if prep.dep_ != "prep" or not (
            prep.lower_ == "including"
            or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))
        ):
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            listed = [pobj, *pobj.conjuncts]
            if all(scan.at(t.i) is not None for t in listed):
                out.extend(listed)
    return out


def _people_before_and(head: Token, scan: Scan) -> list[Token]:
    """ "U.S. President Donald Trump and Russian President Vladimir Putin spoke": two
    titled people the parser hung on the second name as one phrase; the dictionary
    people named before an "and" inside the phrase are conjuncts of their own."""
    own = scan.at(head.i)
    if own is None or own.entry.kind != "person":
        return []
    ands = [t for t in head.subtree if t.i < own.start and t.lower_ == "and" and t.dep_ == "cc"]
    if not ands:
        return []
    return [
        head.doc[m.end - 1]
        for m in scan.matches
        if m.entry.kind == "person"
        and m.entry is not own.entry
        and head.left_edge.i <= m.start
        and m.end <= ands[-1].i
    ]


def _trailing_speaker(tok: Token) -> bool:
    """ "... by about 30 men in army uniforms, witnesses and church officials said": a
    conjunct the parser hung on the last noun phrase that is really the subject of a
    closing reporting verb left without one."""
    after = tok.right_edge.i + 1
    if after >= len(tok.doc):
        return False
    verb = tok.doc[after]
    return (
        verb.dep_ == "ROOT"
        and verb.lemma_.lower() in REPORT_LEMMAS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


REPORT_LEMMAS = frozenset({"say", "report", "tell", "add", "announce", "state", "confirm"})


def _hyphened(left: Token, right: Token) -> bool:
    """ "US-French": two words joined by a hyphen, with no space."""
    between = left.doc[left.i + 1 : right.i]
    return (
        left.i < right.i
        and len(between) == 1
        and between[0].text == "-"
        and not left.whitespace_
        and not between[0].whitespace_
    )


# things two states can put forward together ("a US-French proposal")
JOINT_NOUNS = frozenset(
    {
        "proposal",
        "plan",
        "initiative",
        "mediation",
        "draft",
        "resolution",
        "offer",
        "deal",
        "agreement",
        "accord",
        "talk",
        "talks",
        "statement",
        "declaration",
        "roadmap",
        "effort",
        "bid",
        "push",
        "framework",
    }
)


# participles whose agent owns or wields the thing: "drones launched by Russia"
OWNER_PARTICIPLES = frozenset({"launch", "fire", "fly", "operate", "own", "flag", "charter"})


# people who work for an organisation: "staff of the aid group" are the group's
STAFF_NOUNS = frozenset({"staff", "staffer", "member", "volunteer", "employee", "worker"})


def quantity_head(tok: Token) -> Token | None:
    """The real head of "thousands of protesters", "a group of soldiers"."""
    if (
        tok.lemma_.lower() not in QUANTITY_HEADS
        and tok.lower_ not in QUANTITY_HEADS
        and not (tok.tag_ == "CD" and tok.like_num)  # "20 of its soldiers"
    ):
        return None
    inner = of_object(tok)
    if inner is not None and _charge_phrase(inner.head):
        return None  # "accused the alliance of aggression": the charge, not its members
    return (quantity_head(inner) or inner) if inner is not None else None


def _bare_coalition(tok: Token) -> bool:
    """ "the coalition" or "coalition warplanes" with no leader or member named: the
    coalition the article named by its leader before."""
    if tok.lemma_.lower() == "coalition":
        return [(c.dep_, c.lower_) for c in tok.children] == [("det", "the")]
    return any(
        c.dep_ in ("compound", "amod") and c.lower_ == "coalition" and not list(c.children)
        for c in tok.children
    )


def _charge_phrase(prep: Token) -> bool:
    """Whether an "of" phrase on an accused object is the charge, not a part of it
    ("accused the alliance of aggression", "of waging war"; not "a group of militants")."""
    obj = prep.head
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and obj.dep_ == "dobj"
        and obj.head.lemma_.lower() in CHARGING_VERBS
        and any(p.tag_ in ("NN", "VBG") for p in prep.children if p.dep_ in ("pobj", "pcomp"))
    )


# verbs whose object's "of" phrase may be the charge ("accused the coalition of aggression")
CHARGING_VERBS = frozenset({"accuse", "suspect", "convict", "charge", "acquit"})


def of_object(tok: Token) -> Token | None:
    """The object of a head's first "of" phrase ("a group of soldiers" -> soldiers)."""
    return next(
        (
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )


def _arabic_article(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a lower-case "al"/"el" before a capitalised word, as
    "al-Shabaab" or "al Qaeda" (with or without the hyphen)."""
    if tokens[i].text not in ("al", "el"):
        return False
    rest = tokens[i + 1 : i + 3]
    if rest and rest[0].text == "-":
        rest = rest[1:]
    return bool(rest) and rest[0].text[:1].isupper()


def _name_cased(tokens: Sequence[Token]) -> bool:
    """Every word of a name starts upper-case, except particles ("al", "de", "ul")."""
    return all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in tokens if t.is_alpha)


# entity types a bare surname cannot have ("May" the month, "Rice" a dish is NOUN anyway)
NOT_PERSON_ENTS = frozenset(
    {"DATE", "TIME", "LOC", "FAC", "EVENT", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
    | {"ORDINAL", "LAW", "LANGUAGE", "WORK_OF_ART", "PRODUCT"}
)
# "X-based" gives X's country to these sectors only (armed groups, forces, police,
# governments: "the Tripoli-based government")
BASED_SECTORS = frozenset({"REB", "MIL", "CRM", "COP", "SPY", "GOV"})
SEATED_SECTORS = frozenset({"GOV", "COP", "JUD"})
# sites a force holds, named by the force ("army positions", "a police post")
SITE_NOUNS = frozenset(
    {"position", "post", "outpost", "base", "camp", "checkpoint", "barracks", "garrison"}
)
SITE_SECTORS = frozenset({"MIL", "COP", "GOV"})
SPEAKER_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
PACT_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty"})
# kinds of area named before or after their name ("Anbar province", "the province of Anbar")
AREA_NOUNS = frozenset({"province", "region", "district", "state", "county", "governorate"})


def _named_area(tok: Token) -> Token:
    """The name in "Anbar province" or "the province of Anbar" (else ``tok`` itself)."""
    if tok.lemma_.lower() not in AREA_NOUNS:
        return tok
    named = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    named += [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "PROPN"
    ]
    return named[-1] if named else tok


# joining an organisation ("NATO membership", "EU accession")
MEMBERSHIP_NOUNS = frozenset({"membership", "accession", "bid", "application"})
# a leader's staff named by the leader ("the president's office")
OFFICE_NOUNS = frozenset({"office", "palace", "camp", "entourage"})
POSTED_ROLES = frozenset({"embassy", "diplomat", "ambassador", "envoy", "special_envoy"})
ARMED_MODIFIERS = frozenset(
    {"armed", "militant", "jihadist", "rebel", "insurgent", "extremist", "islamist"}
    | {"terrorist", "guerrilla", "separatist", "paramilitary", "militia", "jihadi"}
)
ARMED_VERBS = frozenset(
    {"attack", "fire", "shell", "bomb", "kill", "ambush", "raid", "storm", "abduct"}
    | {"kidnap", "seize", "capture", "launch", "clash", "fight", "behead", "massacre"}
)
# more dictionary people than this share a surname: too common to resolve bare
COMMON_SURNAME = 8
# courtesy titles that leave a surname bare ("Mr Keating", "Mrs Thatcher")
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "miss", "madam", "mme", "m"})
# capitalised words that may follow a person's name in running text
NAME_FOLLOWERS = frozenset(
    {"jr", "sr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december"}
)


def _continues_name(tokens: Sequence[Token], end: int) -> bool:
    """A capitalised word right after a name makes it part of a longer proper name
    ("Jomo Kenyatta International Airport"), except a weekday, a month or "Jr"."""
    if end >= len(tokens):
        return False
    nxt = tokens[end]
    return nxt.is_alpha and nxt.text[:1].isupper() and nxt.lower_ not in NAME_FOLLOWERS


def _armed(tok: Token) -> bool:
    """A noun phrase without a role noun that names an armed group: an armed modifier
    ("a Gaza-based militant group") or the subject of an armed act ("a Gaza-based
    group fired rockets")."""
    if any(c.lemma_.lower() in ARMED_MODIFIERS for c in tok.children):
        return True
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_.lower() in ARMED_VERBS


def _holds(entry: Entry, when: date) -> bool:
    """Whether a person holds any role on ``when``."""
    return any(r.covers(when) for r in entry.roles)


# generational suffixes after a surname: "Benigno Aquino III" is a later bare "Aquino"
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _surname(name: str) -> str:
    """The key a bare surname is remembered by ("Bashar al-Assad" -> "assad",
    "Benigno Aquino III" -> "aquino")."""
    words = normalise(name).split()
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-1].split("-")[-1]


def _word_prefixes(keys: Iterable[str]) -> frozenset[str]:
    """Each key's leading words, one word more at a time ("a b c": "a", "a b", "a b c")."""
    out: set[str] = set()
    for key in keys:
        words = key.split(" ")
        out.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return frozenset(out)


def _text(tokens: Sequence[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _retext(actor: Actor | None, text: str) -> Actor:
    assert actor is not None
    return Actor(text, actor.name, actor.country, actor.sector, actor.actor_id)


def _entity_of(tok: Token) -> Span | None:
    """The named entity `tok` is part of, read from its IOB tags (as ``doc.ents`` is
    built) rather than by building every entity span of the doc."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def _person_text(doc: Doc, match: Match) -> str:
    """The noun phrase of a person's name, whichever of its tokens the parse made a
    head ("Bashar al-Assad" can parse as three): the name and its head's left modifiers."""
    root = doc[match.start : match.end].root
    left = min([match.start, *(c.left_edge.i for c in root.lefts if c.dep_ in NP_LEFT_DEPS)])
    return doc[left : max(match.end, root.i + 1)].text.rstrip(".,;:")


def np_text(tok: Token) -> str:
    """The text of a noun phrase: left modifiers and the head ("the Armenian forces")."""
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in NP_LEFT_DEPS:
            left = min(left, child.left_edge.i)
    span = tok.doc[left : tok.i + 1]
    return span.text.rstrip(".,;:")


def _former(tok: Token) -> bool:
    """A post named as held in the past ("the former general", "the ex-president")."""
    return any(c.lower_ in FORMER_WORDS for c in tok.lefts)
