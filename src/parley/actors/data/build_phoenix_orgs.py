"""Regenerate ``phoenix_orgs.tsv`` from the Phoenix armed-group and international dictionaries.

Run from the repository root, with the folder that holds
``Phoenix.MilNonState.actors.txt`` and ``Phoenix.International.actors.txt``
(Open Event Data, MIT; not shipped with parley)::

    .venv/bin/python src/parley/actors/data/build_phoenix_orgs.py \\
        path/to/dictionaries/

The output is a tab-separated file, one organisation a line::

    name <TAB> kind <TAB> country <TAB> sector <TAB> aliases

* ``name``: display name ("Organization of African Unity", "UNITA",
  "Lashkar-e-Jhangvi"); acronyms stay upper-case;
* ``kind``: ``igo`` (intergovernmental and international non-governmental
  bodies, as in igos.yaml) or ``group`` (everything with a home country or
  none, as in groups.yaml);
* ``country``: ISO 3166-1 alpha-3, ``IGO``, ``NGO`` or ``-`` (none:
  transnational groups such as Phoenix's ``IMG`` codes);
* ``sector``: a parley sector (REB, IGO, NGO, LAB, MED, BUS, PTY, REL, ...);
* ``aliases``: ``;``-separated; multi-word names and acronyms.

The loader (``dictionary.py``) adds these names after every other dictionary
(countries, igos.yaml, groups.yaml, people, user dictionaries) and only where
no other entry has the name, so curated data always wins. The committed TSV
is what parley loads; this script only exists to reproduce it
(tests/test_actors.py checks that it does).

What is kept and how (the decisions, in one place)
--------------------------------------------------

* **Blocks.** A TABARI block is one or more name lines (a name line with its
  code on the same line, ``UNITA_ [ANGREB]``, stands alone; consecutive name
  lines without codes are synonyms), ``+ALIAS`` lines, then tab-indented
  ``[CODE]`` lines. A block whose codes are all dated or ``ELI`` is a person
  (leaders listed with their organisation) and is skipped.
* **Codes** (``parse_code``). ``IGO...``: an intergovernmental body (country
  and sector ``IGO``). ``NGO...``: country ``NGO``, or the ISO country that
  follows (``NGOISRHRI``: a national NGO, kind ``group`` as in groups.yaml);
  sector ``NGO`` unless its roles say trade union (LAB), media (MED),
  business (BUS), party (PTY) or only religion (REL). ``IMG...``
  (transnational militant groups): no country, REB. ``MED``: media, no
  country. A religion code first (``HINRAD``, ``BUDREB``): no country, REL or
  REB. Otherwise the first three letters are a country, mapped to ISO alpha-3
  as in countries.yaml (``COUNTRY_CODES`` of build_phoenix_people.py), and the
  first role that follows gives the sector (``SECTORS``; REB if none). ``MNC``
  (multinational companies) blocks are left out: thousands of brand names, not political
  actors. Region codes (``SAS``, ``WAF``, ``MEA``, ``INT``, ``KKL`` ...) give no
  country: then the one country the names name ("... of Angola",
  "(Colombia)", "Chadian ..."), else ``HOME`` (a hand-checked table), else none.
* **Names.** Underscores become spaces; words are capitalised except
  particles ("of", "al-", "-e-"); acronyms stay upper-case (parley's own, ones
  the source puts in parentheses, short one-word names that are no English
  word). A parenthesised acronym ("... (LTTE)") becomes an alias; another
  parenthesised part ("(Colombia)") stays in the display name, and the name
  without it is an alias. ``A/B`` of two multi-word names is two names.
* **People are not organisations** (``looks_like_person``): a name of up to
  four words without an organisation word (``ORG_WORDS``) that starts with a
  title or a given name of someone parley knows (people.yaml,
  phoenix_people.tsv) or has an initial; a single word that is a person's
  name; any full name of a known person. Under ``PEOPLE_CODES`` (IMG, HIN, BUD
  lists of militants) any such name with a non-English word is a person too.
  Phoenix lists leaders as aliases of their groups (Joseph Kony, LRA): dropped.
* **Names kept**: multi-word names, and single words (acronyms and names such
  as "Tupamaros") of 3+ letters that are no common English word (WordNet's
  lemma index as shipped in the spaCy model, plus spaCy's stop words, less
  ``WORDNET_NAMES``, organisations WordNet happens to list), no country code
  or name, and no name parley already has. Dropped as too generic: a name of
  ``GENERIC`` words only ("Popular Resistance", "People's Liberation Army");
  a country plus a role noun ("Iraqi Security Forces": parley's roles resolve
  it); a curated organisation plus a person noun ("UN Envoy"); two common
  English words without an organisation word for an armed group ("Red Line",
  "Black Friday"); names with "affiliated", "members", "based" and the like.
* **Curated data wins.** An organisation any of whose names is (after
  "the", hyphens and apostrophes) an organisation in igos.yaml or
  groups.yaml, or a spelling of one (rapidfuzz ratio 90, each word 80:
  "Laskar e Toiba"), is skipped whole; a name that is any other curated entry
  (country, capital, demonym, role, person) is dropped.
* **Duplicates.** Blocks with the same name, country and sector are merged,
  so are a group listed with and without a country (the country wins) and a
  one-word IGO block (``OAU_ [IGOAFROAU]``) with the one named block of the
  same code. A name two organisations still share is dropped from both; an
  organisation whose own name was dropped is named by its first alias left.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process
from spacy.lang.en.stop_words import STOP_WORDS

# one country-code table (and its lookup) for the people and organisation files
from parley.actors.data.build_phoenix_people import _iso, _words
from parley.actors.dictionary import (
    ActorDictionary,
    build_dictionary,
    fold_key,
    name_key,
    normalise,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "phoenix_orgs.tsv"
PEOPLE = HERE / "phoenix_people.tsv"
SOURCES = ("Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt")
#: Codes whose blocks list people beside groups (KEDS militant networks, Hindu radicals).
PEOPLE_CODES = ("IMG", "HIN", "BUD")
FUZZY = 90  # names this alike (rapidfuzz ratio), word by word 80, are one spelled two ways


#: Role codes of country-coded groups -> parley sector (first match wins; REB if none).
SECTORS = {
    "REB": "REB",
    "OPP": "OPP",
    "PTY": "PTY",
    "MIL": "MIL",
    "COP": "COP",
    "SPY": "SPY",
    "GOV": "GOV",
    "JUD": "JUD",
    "MED": "MED",
    "BUS": "BUS",
    "LAB": "LAB",
    "REL": "REL",
}
#: NGO role codes that make a non-governmental body something more specific.
NGO_SECTORS = {"LAB": "LAB", "MED": "MED", "BUS": "BUS", "PTY": "PTY"}
#: Religion codes: an NGO with only these is a religious body (REL).
RELIGION_CODES = _words(
    "REL CHR CTH PRO ORT JEW MUS MOS SHI SUN HIN BUD SIK JAN TAO ANI ZRO ITR ALE DRZ BAH"
)
#: Home countries of region-coded groups (SAS, MEA, WEU, INT ...) whose names name no
#: country, checked by hand; separatists go to the state they fight in (as groups.yaml).
HOME = {
    # South Asia
    "Achik National Volunteer Council": "IND",
    "All Tripura Tiger Force": "IND",
    "Bodo Liberation Tigers": "IND",
    "Borok National Council of Tripura": "IND",
    "Jammu and Kashmir Islamic Front": "IND",
    "Kamtapur Liberation Organization": "IND",
    "National Democratic Front of Bodoland": "IND",
    "National Liberation Front of Tripura": "IND",
    "National Socialist Council of Nagaland-Khaplang": "IND",
    "People's Revolutionary Party of Kangleipak": "IND",
    "Save Kashmir Movement": "IND",
    "United Achik National Front": "IND",
    "Vishwa Hindu Parishad": "IND",
    "Harakat ul-Jihad-i-Islami": "PAK",
    "Harakat ul-Mujahidin": "PAK",
    "Lashkar-e-Jhangvi": "PAK",
    "Hizbul Mujahideen": "IND",
    "Dukhtaran-e-Millat": "IND",
    "Jamiat ul-Mujahedin": "IND",
    "United National Liberation Front": "IND",
    "Harkat ul-Ansar": "PAK",
    "Hizb-i Islami Gulbuddin": "AFG",
    # South-East and East Asia
    "Democratic Karen Buddhist Army": "MMR",
    "God's Army": "MMR",
    "Karenni National Progressive Party": "MMR",
    "Kayin National Union": "MMR",
    "Free Aceh Movement": "IDN",
    "Free Papua Movement": "IDN",
    "South Maluku Republic": "IDN",
    "Pattani United Liberation Organization": "THA",
    "East Turkistan Liberation Organization": "CHN",
    "Uygur Holy War Organization": "CHN",
    "World United Formosans for Independence": "TWN",
    "Aum Shinrikyo": "JPN",
    # Africa
    "Revolutionary United Front": "SLE",
    "West Nile Bank Front": "UGA",
    "Islamic Salvation Front": "DZA",
    "South-West Africa People's Organization": "NAM",
    "Movement for Democracy and Development": "TCD",
    "Ogaden National Liberation Front": "ETH",
    "Oromo Liberation Front": "ETH",
    "Al-Ittihaad al-Islami": "SOM",
    "Front for the Liberation of the French Somali Coast": "DJI",
    # Middle East
    "Popular Resistance Committees": "PSE",
    "Martyr Abu-Ali Mustafa Brigades": "PSE",
    "Salah al-Din Battalions": "PSE",
    "Sheikh Ahmed Yassin Brigades": "PSE",
    "Jenin Martyr's Brigade": "PSE",
    "Tanzim": "PSE",
    "Black September Organization": "PSE",
    "Al-Qaeda Organization in the Land of the Two Rivers": "IRQ",
    "KACH": "ISR",
    "Al-Saiqa": "SYR",
    "Kurdistan Freedom Hawks": "TUR",
    "Al-Ahwaz Arab People's Democratic Front": "IRN",
    "Peykar": "IRN",
    # Europe and the former USSR
    "2nd of June Movement": "DEU",
    "Baader-Meinhof Group": "DEU",
    "Official IRA": "GBR",
    "Real Irish Republican Army": "GBR",
    "Irrintzi": "FRA",
    "Canary Islands Independence Movement": "ESP",
    "Special Purpose Islamic Regiment": "RUS",
    "Islamic International Peacekeeping Brigade": "RUS",
    # The Americas
    "Cinchoneros Popular Liberation Movement": "HND",
    "December 20 Torrijist Patriotic Vanguard": "PAN",
    "Var-Palmares": "BRA",
    "Opr-33": "URY",
    "Recontra 380": "NIC",
    "Fuerzas Armadas de Liberacion Nacional Puertoriquena": "PRI",
}
#: Words that make a name an organisation rather than a person.
ORG_WORDS = _words(
    """
    front army party movement organization organisation organizations union league council
    committee commission association associations federation alliance coalition group groups
    brigade brigades battalion battalions cell cells command commando commandos unit units
    nuclei forces force militia militias guard guards resistance liberation jihad mujahideen
    mujahidin mujahedin mujahiden lashkar laskar jaish jaysh jamaat jamiat jamaah jemaah
    harakat harkat
    hizb hizbul tanzim ansar foundation fund institute institution centre center society
    trust network agency bank programme program initiative mission office forum project
    campaign action aid relief watch international internationale club academy church
    conference community development rights fellowship friends service services tribunal
    court secretariat authority board corps ministries congress order
    tigers fighters guerrillas rebels brotherhood sisterhood partnership collective confederation
    faction factions chamber states nations sena dal sangh parishad samiti morcha
    corporation treaty
    institut fondation fundacion fundación asociacion asociación associazione centro
    """
)
#: Words that alone make nothing specific: a name made only of these (and of
#: function words) is too generic to match ("Popular Resistance").
GENERIC = _words(
    """
    national liberation army armed forces force front people's peoples people popular
    revolutionary revolution resistance movement group groups islamic islam muslim arab
    democratic democracy socialist socialism communist communists marxist leninist maoist
    anarchist anarchists anarchy faction party union council committee organization
    organisation secret struggle social unit units cell cells nuclei guerrilla guerrillas
    fighters militia militias brigade brigades battalion command commando commandos
    security guard guards defense defence self-defense self-defence independent freedom
    patriotic patriots justice jihad holy war martyrs action solidarity league alliance
    coalition federation association network anti-imperialist anti-capitalist proletarian
    liberty independence government governmental intergovernmental non-governmental
    """
)
#: Names WordNet lists as nouns (it knows many organisations): not common words.
WORDNET_NAMES = _words(
    """
    ruf auc ela flnc fps grapo rira pflp aiai uda kach interahamwe opcw iaa cira dflp pdflp
    jra kkk mek tanzim contras
    """
)
#: Phoenix entries that pass every rule but are not organisations (fictional, junk).
NOT_ORGS = frozenset({"Ra's al Ghul", "Ernst Stavro Blofeld", "Hong Kil Dong", "Surya Krishna"})
#: Words lower-case inside a name (English and the particles of Arabic and Romance names).
PARTICLES = _words(
    """
    of the and for in on at to by with from against without a an as or into over under
    between through de del della des du la le les
    el al ul ud e i y ye et pour contre para por con dei degli van von der den di da do dos
    das los las zur und ed en wa fi bin ibn
    """
)
#: Prepositions that end the head of a name ("Special Envoy | for Burma").
PREPOSITIONS = _words("of for in on at to by with from against")
#: The nouns that make two otherwise common words a name ("Mahdi Army", not "Red Line").
ORG_NOUNS = _words(
    """
    front army party movement organization organisation union league council committee
    commission association federation alliance coalition group groups brigade brigades
    battalion battalions cell cells command commando commandos forces force militia
    foundation fund institute society trust network agency bank
    """
)
#: Honorifics and titles that start a person's name ("Commander Khattab", "Sadhvi X").
PERSON_TITLES = _words(
    "mr mrs ms dr sir sheikh shaikh sheik emir amir mullah maulana imam sadhvi swami "
    "commander colonel general gen lt capt"
)
#: Words in an alias that say it is not the organisation's name.
NOT_A_NAME = _words(
    "affiliated affiliate linked operatives offshoot members member supporters countries "
    "based broadcaster extremist secessionist"
)
_CODE = re.compile(r"\[([A-Z]*)\s*([^\]]*)\]")
_ROMAN = re.compile(r"^[IVX]+$")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?\.?$|^[A-Za-z]$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)*$")
_PAREN = re.compile(r"\(([^)]*)\)")


@dataclass
class Block:
    """One TABARI entry as written: names, aliases and codes ("AGOREB", with dates)."""

    names: list[str]
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)
    closed: bool = False  # its code was on its name line: no more synonyms
    source: str = ""
    line: int = 0


@dataclass
class Org:
    name: str
    kind: str
    country: str | None
    sector: str
    aliases: list[str]
    code: str = ""
    source: str = ""
    region: bool = False  # its code names a region, not a country


# -- reading ---------------------------------------------------------------------------------


def read_blocks(lines: list[str], source: str = "") -> list[Block]:
    """TABARI blocks in file order."""
    blocks: list[Block] = []
    current: Block | None = None
    for n, raw in enumerate(lines, start=1):
        text = raw.rstrip("\n")
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        body = text.split("#")[0]
        if text[:1].isspace():  # a code line
            if current is not None:
                current.codes += _CODE.findall(body)
            continue
        body = body.strip()
        if body.startswith("+"):  # "+A_+B_" is two aliases
            if current is not None:
                current.aliases += [a for a in body[1:].split("+") if a.strip("_ ")]
            continue
        inline = _CODE.search(body)
        name = body[: inline.start()].strip() if inline else body
        if current is not None and not current.codes and not current.closed:
            current.names.append(name)
        else:
            current = Block([name], source=source, line=n)
            blocks.append(current)
        if inline:
            current.codes += _CODE.findall(body)
            current.closed = True
    return blocks


def parse_code(code: str, iso: set[str]) -> tuple[str | None, str, str] | None:
    """(country or None, sector, kind) of a Phoenix organisation code; None if unusable.

    Country None with kind ``group`` means "unknown: look at the name"; the
    caller tells a transnational ``IMG`` group (never looked up) from a region.
    """
    head, roles = code[:3], [code[i : i + 3] for i in range(3, len(code), 3)]
    if head == "IGO":
        return "IGO", "IGO", "igo"
    if head == "NGO":
        country = _iso(roles[0], iso) if roles else None
        if country:
            roles = roles[1:]
        return (country or "NGO"), _ngo_sector(roles), ("group" if country else "igo")
    if head == "IMG":
        return None, "REB", "group"
    if head in ("MNC", "ELI"):
        return None
    if head == "MED":
        return None, "MED", "group"
    if head in RELIGION_CODES:  # "HINRAD" Hindu radicals, "BUDREB" Aum Shinrikyo
        return None, ("REB" if "REB" in roles else "REL"), "group"
    sector = next((SECTORS[r] for r in roles if r in SECTORS), "REB")
    return _iso(head, iso), sector, "group"


def _ngo_sector(roles: list[str]) -> str:
    for role in roles:
        if role in NGO_SECTORS:
            return NGO_SECTORS[role]
    if roles and all(r in RELIGION_CODES for r in roles):
        return "REL"
    return "NGO"


# -- names -----------------------------------------------------------------------------------


def split_name(raw: str) -> tuple[list[str], list[str], list[str]]:
    """(names written in one TABARI name, acronyms in parentheses, other parenthesised words).

    ``A_/_B`` and ``A_B/C_D`` (two multi-word names around a slash) are two names.
    """
    text = raw.replace("_", " ").replace("`", "").strip(" ,")
    acronyms, qualifiers = [], []
    for inner in _PAREN.findall(text):
        inner = inner.strip()
        if _ACRONYM.match(inner):
            acronyms.append(inner)
        elif inner:
            qualifiers.append(inner)
    text = " ".join(_PAREN.sub(" ", text).replace("(", " ").replace(")", " ").split())
    parts = [p.strip() for p in text.split("/")]
    if len(parts) > 1 and (" / " in text or all(" " in p for p in parts)):
        return [p for p in parts if p], acronyms, qualifiers
    return ([text] if text else []), acronyms, qualifiers


def display(words: str, acronyms: frozenset[str]) -> str:
    """Capitalised words, particles lower-case inside, acronyms upper-case."""
    out = []
    for i, word in enumerate(words.split()):
        parts = word.split("-")
        out.append("-".join(_case(p, i == 0 and k == 0, acronyms) for k, p in enumerate(parts)))
    return " ".join(out)


def _case(part: str, first: bool, acronyms: frozenset[str]) -> str:
    low = part.lower()
    letters = [c for c in low if c.isalpha()]
    if not letters:
        return part
    if low[0].isdigit() or (low in PARTICLES and not first):
        return low  # "1st", "of", "al", "Lashkar-e-Taiba"
    if part.upper() in acronyms or _INITIALS.match(part) or not set(letters) & set("aeiouy"):
        return part.upper()
    if not first and _ROMAN.match(part.upper()) and len(part) > 1:
        return part.upper()  # "Order II"
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    if len(low) > 2 and low[1] == "'":
        return low[:2].upper() + low[2:].capitalize()  # "D'Ivoire"
    return "/".join(p[:1].upper() + p[1:] for p in low.split("/"))


# -- building --------------------------------------------------------------------------------


@dataclass
class Context:
    """What the rules consult: parley's own data, the people, the common words."""

    iso: set[str]
    taken: dict[str, str]  # folded key of a curated entry -> "org" or its kind
    curated_orgs: list[str]  # folded multi-word keys of igos.yaml/groups.yaml entries
    countries: dict[str, str]  # country name and demonym keys -> ISO code
    roles: set[str]
    person_roles: set[str]
    common: frozenset[str]
    given: set[str]  # first words of people's names
    person_words: set[str]  # every word of people's names
    people: set[str]  # name_key of every person parley knows
    acronyms: frozenset[str] = frozenset()


def make_context() -> Context:
    d = build_dictionary(phoenix=False)
    taken: dict[str, str] = {}
    for key, entries in d.aliases.items():
        kinds = {e.kind for e in entries}
        taken[fold_key(key)] = "org" if kinds & {"igo", "group"} else sorted(kinds)[0]
    for key in d.roles:
        taken.setdefault(fold_key(key), "role")
    countries = {
        key: es[0].country
        for key, es in d.aliases.items()
        if es[0].country
        and all(e.kind in ("country", "demonym") for e in es)
        and len({e.country for e in es}) == 1
    }
    given, person_words, people = _people_words(d)
    common = _common_words()
    given = {w for w in given if w not in common and w not in PARTICLES and w not in taken}
    return Context(
        iso=set(d.countries),
        taken=taken,
        curated_orgs=sorted(k for k, v in taken.items() if v == "org" and len(k) >= 8),
        countries=countries,
        roles=set(d.roles),
        person_roles={t for t, r in d.roles.items() if r.person},
        common=common,
        given=given,
        person_words=person_words,
        people=people,
    )


def _common_words() -> frozenset[str]:
    """English words: WordNet's lemma index (shipped with the spaCy model) and stop words."""
    from parley.nlp import load_model
    from parley.settings import Settings

    nlp = load_model(Settings().spacy_model)
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    words = {w for pos in index.values() for w in pos if "_" not in w}
    return frozenset((words | set(STOP_WORDS)) - WORDNET_NAMES)


def _people_words(d: ActorDictionary) -> tuple[set[str], set[str], set[str]]:
    """Given names, every name word, and the full-name keys of the people parley knows."""
    names = [e.name for e in d.people]
    for key, entries in d.aliases.items():
        if any(e.kind == "person" for e in entries) and " " in key:
            names.append(key)
    if PEOPLE.is_file():
        for row in PEOPLE.read_text(encoding="utf-8").splitlines():
            if not row.startswith("#"):
                fields = row.split("\t")
                names += [fields[0], *(a for a in fields[2].split(";") if a)]
    multi = [n for n in names if " " in n]
    given = {n.split()[0].lower() for n in multi}
    words = {w.lower() for n in multi for w in n.split()}
    return given, words, {name_key(n) for n in multi}


def _curated_acronyms() -> frozenset[str]:
    """Upper-case words of parley's own organisation and country names ("UN", "USA")."""
    found: set[str] = set()
    for name in ("igos.yaml", "groups.yaml", "countries.yaml"):
        for item in yaml.safe_load((HERE / name).read_text(encoding="utf-8")):
            for text in [item.get("name") or "", *(item.get("aliases") or [])]:
                found.update(w for w in re.split(r"[\s/-]+", str(text)) if _ACRONYM.match(w))
    return frozenset(w for w in found if len(w) >= 2 and (w == "US" or w.lower() not in STOP_WORDS))


def is_common(word: str, common: frozenset[str]) -> bool:
    """An English word (or its plural) -- never an alias on its own. Hyphenated
    words are names ("al-Jihad", "Lashkar-e-Omar"; WordNet lists some)."""
    low = word.lower()
    if "-" in low:
        return False
    return (
        low in common
        or (low.endswith("s") and low[:-1] in common)
        or (low.endswith("es") and low[:-2] in common)
    )


def looks_like_person(words: str, ctx: Context, strict: bool) -> bool:
    """Whether a name is a person's. ``strict`` for the IMG and HIN codes, whose
    blocks list people beside groups: there any name of up to four words with
    neither an organisation word nor an English word is a person."""
    toks = [w.lower().strip("'.,") for w in words.split()]
    if not toks or any(t in ORG_WORDS or t.rstrip("s") in ORG_WORDS for t in toks):
        return False
    if name_key(words) in ctx.people or toks[0] in PERSON_TITLES:
        return True
    if len(toks) == 1:
        word = toks[0]
        if strict and len(word) > 5 and not is_common(word, ctx.common):
            return True
        return word in ctx.person_words and not is_common(word, ctx.common)
    if len(toks) > 4:
        return False
    if toks[0] in ctx.given or any(_INITIALS.match(t) for t in words.split()):
        return True
    return strict and not all(is_common(t, ctx.common) for t in toks)


def _country_words(key: str, ctx: Context) -> tuple[list[str], set[str]]:
    """The words of a key that are not country names or demonyms, and those countries."""
    words, found = [w.removesuffix("'s") for w in key.replace("-", " ").split()], set()
    rest: list[str] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            piece = " ".join(words[i : i + n])
            if len(words[i : i + n]) == n and piece in ctx.countries:
                found.add(ctx.countries[piece])
                i += n
                break
        else:
            rest.append(words[i])
            i += 1
    return rest, found


def generic_reason(key: str, ctx: Context, armed: bool = True) -> str | None:
    """Why a multi-word name is too generic to be an alias, if it is. Two common
    words name an armed group too often by accident ("Red Line", "Black Friday");
    ``armed=False`` (NGOs, IGOs) lets "World Vision" through."""
    rest, countries = _country_words(key, ctx)
    if not rest:
        return "a place name"
    words = key.split()
    singular = [*rest[:-1], rest[-1].removesuffix("s")]
    if " ".join(rest) in ctx.roles or " ".join(singular) in ctx.roles:
        return "a role noun (parley's roles resolve it)"  # "Iraqi Security Forces"
    head = words[: next((i for i, w in enumerate(words) if w in PREPOSITIONS and i), len(words))]
    if head[-1].removesuffix("s") in ctx.person_roles and ctx.taken.get(head[0]) == "org":
        return "a role phrase (UN Envoy, ASEAN Defense Ministers)"
    if not countries and all(w in GENERIC or w in PARTICLES for w in rest):
        return "generic words only"
    if (
        armed
        and len(rest) == 2
        and not countries
        and all(is_common(w, ctx.common) for w in rest)
        and not any(w in ORG_WORDS or w.upper() in ctx.acronyms for w in rest)
    ):
        return "two common words"
    return None


def country_in_name(names: list[str], ctx: Context) -> str | None:
    """The one country the names name ("... of Angola", "(Colombia)"), if exactly one."""
    found: set[str] = set()
    for name in names:
        found |= _country_words(normalise(name), ctx)[1]
    return found.pop() if len(found) == 1 else None


def block_org(block: Block, ctx: Context, stats: Counter[str]) -> Org | None:
    """The organisation of one block (names not yet checked against each other)."""
    undated = [c for c, span in block.codes if not span.strip() and c != "ELI"]
    if not block.codes:
        stats["blocks skipped: no code"] += 1
        return None
    if not undated:
        stats["blocks skipped: dated or ELI codes only (people)"] += 1
        return None
    code = undated[0]
    parsed = parse_code(code, ctx.iso)
    if parsed is None:
        stats["blocks skipped: MNC (companies) or unusable code"] += 1
        return None
    country, sector, kind = parsed
    strict = code[:3] in PEOPLE_CODES
    names, acr, qualifiers = split_name(block.names[0])
    if not names or looks_like_person(names[0], ctx, strict):
        stats["blocks skipped: a person's name"] += 1
        return None
    name = display(names[0], ctx.acronyms)
    if name in NOT_ORGS:
        stats["blocks skipped: not an organisation (NOT_ORGS)"] += 1
        return None
    aliases = [display(n, ctx.acronyms) for n in names[1:]] + acr
    for raw in [*block.names[1:], *block.aliases]:
        more, a, _ = split_name(raw)
        for n in more:
            if looks_like_person(n, ctx, strict=False):
                stats["aliases dropped: a person's name"] += 1
            else:
                aliases.append(display(n, ctx.acronyms))
        aliases += a
    if qualifiers:
        aliases.insert(0, name)  # matched without the qualifier
        name = f"{name} ({display(' '.join(qualifiers), ctx.acronyms)})"
    region = country is None and regional(code)
    if region:
        homes = {HOME[n] for n in [name, *aliases] if n in HOME}
        country = homes.pop() if len(homes) == 1 else country_in_name([name, *aliases], ctx)
    return Org(name, kind, country, sector, _dedupe(aliases, name), code, block.source, region)


def regional(code: str) -> bool:
    """A region code ("SASREB", "WAFREB", "INTREB"): a group with a home we do not know."""
    return code[:3] not in ("IGO", "NGO", "IMG", "MED", *RELIGION_CODES)


def _count_regions(orgs: list[Org], stats: Counter[str]) -> None:
    for org in orgs:
        if org.region:
            stats["region-coded groups: country " + ("known" if org.country else "none")] += 1


def _dedupe(items: list[str], name: str) -> list[str]:
    seen = {normalise(name)}
    out = []
    for item in items:
        key = normalise(item)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def collect_acronyms(blocks: list[Block], ctx: Context) -> frozenset[str]:
    """Upper-case words: parley's own, parenthesised ones, and short one-word names
    that are neither English words nor people's names ("UNITA", "BRAC")."""
    found: set[str] = set(_curated_acronyms())
    for block in blocks:
        for raw in [*block.names, *block.aliases]:
            names, acr, _ = split_name(raw)
            found.update(acr)
            for word in names:
                if (
                    " " not in word
                    and len(word) <= 5
                    and _ACRONYM.match(word)
                    and not is_common(word, ctx.common)
                    and word.lower() not in ctx.person_words
                    and word.lower() not in ctx.countries
                ):
                    found.add(word)
    return frozenset(found)


def alias_reason(alias: str, ctx: Context, armed: bool = True) -> str | None:
    """Why an alias (or a name) cannot be matched, if it cannot."""
    key = normalise(alias)
    if not key:
        return "empty"
    words = key.split()
    if any(w in NOT_A_NAME for w in words) and not any(w in ORG_WORDS for w in words):
        return "not a name (affiliated, members, ...)"
    if " " not in key:
        if len(key.replace("-", "")) < 3:
            return "one word under 3 letters"
        if key.upper() in ctx.iso or key in ctx.countries:
            return "one word: a country code or name"
        if is_common(key, ctx.common):
            return "one word: a common English word"
        return None
    return generic_reason(key, ctx, armed)


def curated_keys(name: str) -> list[str]:
    """The keys a name is compared with parley's own entries by: folded, with and
    without a leading "the" ("The UN" is the UN)."""
    key = fold_key(normalise(name))
    return [key, key[4:]] if key.startswith("the ") else [key]


def build(sources: list[tuple[str, list[str]]]) -> tuple[list[Org], Counter[str]]:
    ctx = make_context()
    stats: Counter[str] = Counter()
    blocks = [b for source, lines in sources for b in read_blocks(lines, source)]
    ctx.acronyms = collect_acronyms(blocks, ctx)
    orgs = [o for b in blocks if (o := block_org(b, ctx, stats)) is not None]
    orgs = _merge(orgs, stats)
    orgs = _drop_curated(orgs, ctx, stats)
    orgs = _check_names(orgs, ctx, stats)
    orgs = _shared_names(orgs, stats)
    _count_regions(orgs, stats)
    orgs.sort(key=lambda o: (o.kind, o.country or "", normalise(o.name)))
    used = {o.name for o in orgs} | {a for o in orgs for a in o.aliases}
    stats["HOME entries that name no organisation (fix the table)"] += len(HOME.keys() - used)
    return orgs, stats


def _merge(orgs: list[Org], stats: Counter[str]) -> list[Org]:
    """One org per (primary name, country, sector); one-word IGO blocks join their namesake."""
    by_key: dict[tuple[str, str | None, str], Org] = {}
    for org in orgs:
        key = (normalise(org.name), org.country, org.sector)
        if key in by_key:
            old = by_key[key]
            old.aliases = _dedupe([*old.aliases, *org.aliases], old.name)
            stats["blocks merged: same name, country and sector"] += 1
        else:
            by_key[key] = org
    merged = _merge_transnational(list(by_key.values()), stats)
    named: dict[str, list[Org]] = {}
    for org in merged:
        if " " in org.name and org.kind == "igo" and len(org.code) >= 9:
            named.setdefault(org.code, []).append(org)
    out = []
    for org in merged:
        home = named.get(org.code, [])
        if " " not in org.name and org.kind == "igo" and len(home) == 1:
            home[0].aliases = _dedupe([*home[0].aliases, org.name, *org.aliases], home[0].name)
            stats["one-word IGO blocks joined to their namesake"] += 1
        else:
            out.append(org)
    return out


def _merge_transnational(orgs: list[Org], stats: Counter[str]) -> list[Org]:
    """A group listed twice, with a country and without (``SASREB`` and ``IMGKASMUS``
    "Jammu and Kashmir Islamic Front"), is one group of that country."""
    homed: dict[tuple[str, str], list[Org]] = {}
    for org in orgs:
        if org.country is not None:
            homed.setdefault((normalise(org.name), org.sector), []).append(org)
    out = []
    for org in orgs:
        home = homed.get((normalise(org.name), org.sector), [])
        if org.country is None and len(home) == 1:
            home[0].aliases = _dedupe([*home[0].aliases, *org.aliases], home[0].name)
            stats["blocks merged: the same group with and without a country"] += 1
        else:
            out.append(org)
    return out


def _drop_curated(orgs: list[Org], ctx: Context, stats: Counter[str]) -> list[Org]:
    """Organisations parley already has: a name of theirs is (nearly) a curated org's."""
    out = []
    for org in orgs:
        keys = [k for n in [org.name, *org.aliases] for k in curated_keys(n)]
        if any(ctx.taken.get(k) == "org" for k in keys):
            stats["orgs skipped: already in igos.yaml or groups.yaml"] += 1
        elif any(near_curated(k, ctx) for k in keys if " " in k and len(k) >= 8):
            stats["orgs skipped: a spelling of an igos.yaml or groups.yaml name"] += 1
        else:
            out.append(org)
    return out


def near_curated(key: str, ctx: Context) -> str | None:
    """The curated organisation key this one is a spelling of ("Laskar e Toiba" of
    "Lashkar-e-Toiba"): word by word alike, particles aside; not "World Ort"/"World Court"."""
    words = [w for w in key.split() if w not in PARTICLES]
    for other, _, _ in process.extract(
        key, ctx.curated_orgs, scorer=fuzz.ratio, score_cutoff=FUZZY - 5, limit=5
    ):
        theirs = [w for w in other.split() if w not in PARTICLES]
        if len(theirs) == len(words) and all(
            fuzz.ratio(a, b) >= FUZZY - 10 for a, b in zip(words, theirs, strict=True)
        ):
            return other
    return None


def _check_names(orgs: list[Org], ctx: Context, stats: Counter[str]) -> list[Org]:
    """Keep the names that can be matched; an org with none left is dropped."""
    out = []
    for org in orgs:
        kept = []
        for n in [org.name, *org.aliases]:
            reason = alias_reason(n, ctx, armed=org.source == SOURCES[0])
            if reason is None and any(k in ctx.taken for k in curated_keys(n)):
                reason = "a name parley already has (country, demonym, role, person)"
            if reason is None and name_key(n) in ctx.people:
                reason = "a person's name"
            if reason is None:
                kept.append(n)
            else:
                stats[f"names dropped: {reason}"] += 1
        if not kept:
            stats["orgs skipped: no matchable name left"] += 1
            continue
        if kept[0] != org.name:
            stats["orgs named by an alias (their own name cannot be matched)"] += 1
        org.name, org.aliases = kept[0], kept[1:]
        out.append(org)
    return out


def _shared_names(orgs: list[Org], stats: Counter[str]) -> list[Org]:
    """A name two different organisations share is dropped from both."""
    owners: Counter[str] = Counter()
    for org in orgs:
        owners.update({normalise(n) for n in [org.name, *org.aliases]})
    out = []
    for org in orgs:
        names = [org.name, *org.aliases]
        keep = [n for n in names if owners[normalise(n)] == 1]
        stats["names dropped: shared by two Phoenix organisations"] += len(names) - len(keep)
        if not keep:
            stats["orgs skipped: no matchable name left"] += 1
            continue
        org.name, org.aliases = keep[0], keep[1:]
        out.append(org)
    return out


# -- writing ---------------------------------------------------------------------------------


def render(orgs: list[Org], source_sha: str) -> str:
    rows = [
        "\t".join([o.name, o.kind, o.country or "-", o.sector, ";".join(o.aliases)]) for o in orgs
    ]
    body = "\n".join(rows) + "\n"
    header = (
        "# Organisations derived from Phoenix.MilNonState.actors.txt and\n"
        "# Phoenix.International.actors.txt (Open Event Data, MIT; see NOTICE).\n"
        "# GENERATED by build_phoenix_orgs.py -- do not edit; fix the script and re-run.\n"
        f"# source sha256 {source_sha}\n"
        f"# body sha256 {hashlib.sha256(body.encode('utf-8')).hexdigest()}\n"
        "# name\tkind\tcountry (- = none)\tsector\taliases (;)\n"
    )
    return header + body


def read_sources(folder: Path) -> tuple[list[tuple[str, list[str]]], str]:
    digest = hashlib.sha256()
    sources = []
    for name in SOURCES:
        raw = (folder / name).read_bytes()
        digest.update(raw)
        sources.append((name, raw.decode("utf-8", errors="replace").splitlines()))
    return sources, digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="folder with " + " and ".join(SOURCES))
    parser.add_argument("--out", type=Path, default=OUT, help=f"output TSV (default {OUT.name})")
    args = parser.parse_args(argv)
    sources, sha = read_sources(args.folder)
    orgs, stats = build(sources)
    args.out.write_text(render(orgs, sha), encoding="utf-8")
    aliases = sum(len(o.aliases) for o in orgs)
    print(f"wrote {len(orgs)} organisations ({aliases} aliases) to {args.out}")
    for reason, n in sorted(stats.items()):
        print(f"  {n:6d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
