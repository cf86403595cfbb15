"""Regenerate ``phoenix_people.tsv`` from the Phoenix country actor dictionary.

Run from the repository root, with the path of ``Phoenix.Countries.actors.txt``
(Open Event Data, MIT; not shipped with parley)::

    .venv/bin/python src/parley/actors/data/build_phoenix_people.py \\
        path/to/Phoenix.Countries.actors.txt

The output is a tab-separated file, one person a line::

    name <TAB> country <TAB> aliases <TAB> roles

* ``name``: display name, title-cased ("Bill Clinton", "Bashar al-Assad");
* ``country``: ISO 3166-1 alpha-3 (XKX Kosovo);
* ``aliases``: other full names, ``;``-separated (multi-word only);
* ``roles``: ``;``-separated ``SECTOR START END`` (ISO dates, ``-`` = open).

The loader (``dictionary.py``) matches these people by full name only, after
every other dictionary entry, and never by fuzzy match. ``people.yaml`` and
``people_history.yaml`` (curated) and user dictionaries always win. The
committed TSV is what parley loads; this script only exists to reproduce it
(tests/test_actors_phoenix.py checks that it does).

What is kept and how (the decisions, in one place)
--------------------------------------------------

* **Blocks.** A TABARI block is one or more name lines (the first is the
  primary name; consecutive name lines without codes between them are
  synonyms), ``+ALIAS`` lines, then tab-indented ``[CODE dates]`` lines. A name
  line with its code on the same line (``AFGHANISTAN_ [AFG]``) is a country.
* **Codes.** The first three letters are the country. CAMEO/Phoenix country
  codes are mapped to ISO alpha-3 (``COUNTRY_CODES``: the former USSR, East
  Germany, Yugoslavia and Czechoslovakia go to their successor/continuing
  state, an approximation); a 9-letter code with a territory in the middle
  (``GBRVGBGOV``) gives the territory (``VGB``). ``IGO...`` roles (EU Council
  presidencies) and codes of fictional or unmapped countries are dropped.
* **Sectors** (``SECTORS``): ``GOV`` and every ``GOVxxx`` (ministers: trade,
  defence, justice ...) and ``LEG`` are ``GOV`` (roles.yaml folds CAMEO LEG into
  GOV and codes ministers as GOV); ``MIL COP SPY OPP REB JUD`` keep their
  sector. ``ELI`` ("elite": before or after office) has no parley sector:
  those spans are dropped, so on such a date the person resolves to the
  country with a null sector -- the same as a people.yaml person out of office.
  An ex-president is not the government.
* **Dates.** ``YYMMDD`` or ``YYYYMMDD``; ``>d`` from d, ``<d`` until d,
  ``a-b`` a span (both inclusive), no date = always. Two-digit years 00-30 are
  20xx and 31-99 are 19xx: the file (2014-15) writes four digits for every
  year before 1931 and its two-digit years are 00-14 and 31-99, so the pivot is
  unambiguous (a later edit of the file must keep to that). Malformed dates
  (``9008223``) and spans ending before they start are dropped and counted.
* **Country of a person**: the country of their latest dated code (ELI
  included; an undated code counts only when there is no dated one); roles
  coded for another country are dropped (counted). Overlapping or adjacent
  spans of one sector are merged.
* **Open spans** stay open: ``GOV >030101`` means "in office when the file was
  made (2014-15)", and parley has no later knowledge of these people.
* **Names.** Leading titles and nationalities ("American President Bill
  Clinton", "Mr", "Sheikh") are stripped, unless the title is also a given name
  and stripping it would leave one word ("Prince Johnson", "Amir Peretz");
  ``, Jr.``, ``(ACTING``, quoted nicknames and backticks go. A name must then
  have two or more words, letters only (initials allowed: "P. Chidambaram"),
  and no institutional word (``NOT_A_NAME``): "Mr Obama", "President Clinton"
  and "Clinton administration" are not names (they are surnames with a title).
  A block whose primary name fails is not a person (institutions, countries,
  roles); a few hand-written entries that pass are listed in ``NOT_PEOPLE``.
* **Skipped**: names equal to any entry or role of parley's own dictionaries
  (countries, capitals, demonyms, IGOs, groups, roles); people already in
  people.yaml or people_history.yaml (same name, or a near-identical name in
  the same country); names shared by two different Phoenix people
  (ambiguous); people left with no name.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz, process

from parley.actors.dictionary import (
    NAME_PARTICLES,
    ActorDictionary,
    build_dictionary,
    fold_key,
    name_key,
    normalise,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "phoenix_people.tsv"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Phoenix/CAMEO country codes that are not ISO alpha-3 -> ISO alpha-3 (shared with
#: build_phoenix_orgs.py).
COUNTRY_CODES = {
    "KSV": "XKX",  # Kosovo
    "TMP": "TLS",  # East Timor
    "ROM": "ROU",
    "ZAR": "COD",
    "BUR": "MMR",
    "JAP": "JPN",
    "IMY": "IMN",  # Isle of Man
    "USR": "RUS",  # USSR -> its continuing state
    "SUN": "RUS",
    "DDR": "DEU",  # East Germany
    "YUG": "SRB",  # Yugoslavia, FR Yugoslavia, Serbia and Montenegro -> Serbia
    "FRY": "SRB",
    "SCG": "SRB",
    "CSK": "CZE",  # Czechoslovakia
    "SRP": "BIH",  # Republika Srpska
    "PAL": "PSE",  # Palestine (in the organisation files)
}
#: Code suffixes (after the country) -> parley sector; None = no sector (span dropped).
SECTORS = {
    "GOV": "GOV",
    "LEG": "GOV",
    "MIL": "MIL",
    "COP": "COP",
    "SPY": "SPY",
    "OPP": "OPP",
    "REB": "REB",
    "JUD": "JUD",
    "ELI": None,
}
#: Leading words stripped from a name: honorifics, titles, offices.
TITLES = _words(
    """
    mr mrs ms miss mme madam madame dr sir dame lord lady herr prof professor
    president vice prime minister foreign defence defense interior finance deputy
    acting former ex late then current first secretary secretary-general premier
    chancellor chairman chairwoman chair king queen prince princess crown sheikh
    sheik shaikh shaykh emir amir sultan ayatollah imam grand mufti cardinal pope
    archbishop bishop rev reverend senator sen rep representative congressman
    congresswoman governor gov mayor ambassador envoy gen general lt lieutenant
    col colonel maj major capt captain adm admiral brig brigadier marshal field
    commander cmdr sgt sergeant justice judge chief leader party communist
    opposition rebel the of state affairs us uk un soviet east west north south
    vice-president ex-president ex-soviet
    """
)
#: Words that make a string an institution or a role, not a person's name.
NOT_A_NAME = _words(
    """
    administration government regime cabinet ministry minister president presidency
    party army forces force council committee commission assembly congress
    parliament court department agency office bureau service services front
    movement brigade brigades battalion union league alliance coalition
    organization organisation association federation republic kingdom state
    states palace house university institute police guard guards corps
    intelligence security national people peoples people's revolutionary
    secretary leader chairman premier spokesman spokesperson and of for to the
    federal reserve think tank team representative attorney nations united
    jabhat jaish jaysh ahrar ghuraba
    """
)
#: Title words that are also given names: kept when stripping them leaves one word.
NAME_TITLES = frozenset({"amir", "emir", "sultan", "prince"})
#: Hand-written Phoenix entries that pass the name rules but are not people.
NOT_PEOPLE = frozenset(
    {
        "Scotland Yard",
        "Assam Rifles",
        "Iraqi Kurdistan",
        "Shin Bet",
        "Russian Sfsr",
        "Pussy Riot",
        "Timor Leste",
        "Damascus Declaration",
    }
)
_ROMAN = re.compile(r"[IVX]+", re.IGNORECASE)
TWO_DIGIT_PIVOT = 30  # YY <= 30 -> 20YY, else 19YY (see the module docstring)

_CODE = re.compile(r"\[([A-Z]+)\s*([^\]]*)\]")
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|[.'-])*$")  # letters, dots, apostrophes, hyphens


@dataclass
class Block:
    """One TABARI entry: names, aliases and code lines, as written."""

    names: list[str]
    aliases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)  # "UGAGOV >860126"
    country_line: bool = False  # "AFGHANISTAN_ [AFG]"
    line: int = 0


@dataclass
class Person:
    name: str
    country: str
    aliases: list[str]
    roles: list[tuple[str, date | None, date | None]]


# -- reading ---------------------------------------------------------------------------------


def read_blocks(lines: list[str]) -> list[Block]:
    """TABARI blocks in file order."""
    blocks: list[Block] = []
    current: Block | None = None
    for n, raw in enumerate(lines, start=1):
        text = raw.rstrip("\n")
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        if text[:1].isspace():  # a code line
            if current is not None:
                current.codes += [f"{c} {d}".strip() for c, d in _CODE.findall(text.split("#")[0])]
            continue
        body = text.split("#")[0].rstrip()
        if body.startswith("+"):
            if current is not None:
                current.aliases.append(body[1:].strip())
            continue
        inline = _CODE.search(body)
        name = body[: inline.start()].strip() if inline else body.strip()
        if current is not None and not current.codes and not current.country_line:
            current.names.append(name)  # a synonym of the block's primary name
        else:
            current = Block([name], line=n)
            blocks.append(current)
        if inline:
            current.country_line = True
    return blocks


def parse_date(text: str) -> date:
    """``YYMMDD`` or ``YYYYMMDD``; ValueError otherwise."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"bad date {text!r}")
    if len(text) == 6:
        yy = int(text[:2])
        text = ("20" if yy <= TWO_DIGIT_PIVOT else "19") + text
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_span(text: str) -> tuple[date | None, date | None]:
    """``>d``, ``<d``, ``a-b`` or empty; ValueError for anything else."""
    text = text.replace(" ", "")
    if not text:
        return None, None
    if text[0] == ">":
        return parse_date(text[1:]), None
    if text[0] == "<":
        return None, parse_date(text[1:])
    start, sep, end = text.partition("-")
    if not sep:
        raise ValueError(f"bad date span {text!r}")
    a, b = parse_date(start), parse_date(end)
    if b < a:
        raise ValueError(f"span ends before it starts: {text!r}")
    return a, b


def parse_code(code: str, iso: set[str]) -> tuple[str, str | None] | None:
    """(ISO country, parley sector or None) of a Phoenix code; None if unusable."""
    head, rest = code[:3], code[3:]
    if len(rest) >= 6 and _iso(rest[:3], iso) and rest[3:6] in SECTORS:
        head, rest = rest[:3], rest[3:]  # a territory: GBRVGBGOV -> VGB GOV
    country = _iso(head, iso)
    if country is None or not rest:
        return None
    base = rest[:3]
    if base not in SECTORS:
        return None
    return country, SECTORS[base]


def _iso(code: str, iso: set[str]) -> str | None:
    code = COUNTRY_CODES.get(code, code)
    return code if code in iso else None


# -- names -----------------------------------------------------------------------------------


def clean_name(raw: str, strip_words: frozenset[str], places: frozenset[str]) -> str | None:
    """A display name from a TABARI name, or None if it is not a person's full name."""
    text = raw.replace("`", "").replace("_", " ")
    text = re.sub(r'"[^"]*"', " ", text)
    text = text.split("(")[0].split(",")[0]
    words = text.split()
    lead = 0
    while lead < len(words) and words[lead].lower().rstrip(".") in strip_words | places:
        lead += 1
    if any(w.lower().rstrip(".") in strip_words for w in words[:lead]):
        if len(words) - lead < 2 and lead and words[lead - 1].lower() in NAME_TITLES:
            lead -= 1  # "Prince Johnson", "Amir Peretz": the title is a given name
        words = words[lead:]  # "American President Bill Clinton"; not "German Gref"
    if len(words) < 2 or not all(_WORD.match(w) for w in words):
        return None
    if any(w.lower().strip(".'-") in NOT_A_NAME for w in words):
        return None
    if len(words[-1].strip(".")) < 2 and not _ROMAN.fullmatch(words[-1]):
        return None  # "George P" (truncated); "Olav V" is a name
    name = " ".join(_title(w, first=(i == 0)) for i, w in enumerate(words))
    if name_key(name) != fold_key(normalise(name)):
        return None  # the loader's fast key would differ ("İhsanoğlu" lower-cases to two)
    return None if name in NOT_PEOPLE else name


def _title(word: str, first: bool) -> str:
    parts = word.split("-")
    out = []
    for k, part in enumerate(parts):
        low = part.lower()
        if low in NAME_PARTICLES and not (first and k == 0):
            out.append(low)
        elif not first and _ROMAN.fullmatch(part):
            out.append(part.upper())  # "Harald V"; not "Xi Jinping"
        elif low.startswith("mc") and len(low) > 2:
            out.append("Mc" + low[2:].capitalize())
        elif "." in low:
            out.append(".".join(x.capitalize() for x in low.split(".")))  # "A.R."
        elif len(low) > 2 and low[1] == "'":
            out.append(low[:2].upper() + low[2:].capitalize())  # "O'Brien", "D'Alema"
        else:
            out.append(low.capitalize())
    return "-".join(out)


# -- building --------------------------------------------------------------------------------


def build(lines: list[str]) -> tuple[list[Person], Counter[str]]:
    d = build_dictionary(phoenix=False)
    iso = set(d.countries)
    stats: Counter[str] = Counter()
    taken = _taken_keys(d)
    places = frozenset(
        k
        for k, es in d.aliases.items()
        if " " not in k and any(e.kind in ("country", "demonym") for e in es)
    )
    curated = _curated(d)
    people: dict[tuple[str, str], Person] = {}
    for block in read_blocks(lines):
        if block.country_line:
            stats["country entries"] += 1
            continue
        person = _person(block, iso, places, stats)
        if person is None:
            continue
        key = (fold_key(normalise(person.name)), person.country)
        if key in people:  # the same name twice in one country: one person
            stats["merged duplicates"] += 1
            old = people[key]
            old.aliases += [a for a in person.aliases if a not in old.aliases]
            old.roles += [r for r in person.roles if r not in old.roles]
            continue
        people[key] = person
    return _resolve_names(list(people.values()), taken, curated, stats), stats


def _taken_keys(d: ActorDictionary) -> set[str]:
    """Keys of parley's own non-person entries and role nouns."""
    keys = {fold_key(k) for k, es in d.aliases.items() if any(e.kind != "person" for e in es)}
    return keys | {fold_key(k) for k in d.roles}


def _curated(d: ActorDictionary) -> dict[str, list[tuple[str, str | None]]]:
    """Curated (people.yaml, people_history.yaml) names by folded key -> (name, country)."""
    out: dict[str, list[tuple[str, str | None]]] = {}
    for key, entries in d.aliases.items():
        for e in entries:
            if e.kind == "person":
                out.setdefault(fold_key(key), []).append((e.name, e.country))
    return out


def _person(
    block: Block, iso: set[str], places: frozenset[str], stats: Counter[str]
) -> Person | None:
    name = clean_name(block.names[0], TITLES, places)
    if name is None:
        stats["not a person's full name (institutions, roles, one word)"] += 1
        return None
    coded: list[tuple[str, str | None, date | None, date | None]] = []
    for code in block.codes:
        raw_code, _, span = code.partition(" ")
        parsed = parse_code(raw_code, iso)
        if parsed is None:
            stats["codes dropped: IGO, fictional or non-person"] += 1
            continue
        try:
            start, end = parse_span(span)
        except ValueError:
            stats["codes dropped: malformed date"] += 1
            continue
        coded.append((parsed[0], parsed[1], start, end))
    if not coded:
        stats["no usable code"] += 1
        return None
    country = max(coded, key=_recency)[0]
    roles = []
    for c, sector, start, end in coded:
        if c != country:
            stats["roles dropped: another country"] += 1
        elif sector is None:
            stats["roles dropped: ELI (no sector)"] += 1
        else:
            roles.append((sector, start, end))
    aliases = []
    for raw in [*block.names[1:], *block.aliases]:
        alias = clean_name(raw, TITLES, places)
        if alias is None:
            stats["aliases dropped: not a full name"] += 1
        elif alias != name and alias not in aliases:
            aliases.append(alias)
    return Person(name, country, aliases, roles)


def _recency(coded: tuple[str, str | None, date | None, date | None]) -> tuple[date, date]:
    """Order codes by when they end, then start; an undated (default) code comes first."""
    _, _, start, end = coded
    if start is None and end is None:
        return date.min, date.min
    return end or date.max, start or date.min


def _resolve_names(
    people: list[Person],
    taken: set[str],
    curated: dict[str, list[tuple[str, str | None]]],
    stats: Counter[str],
) -> list[Person]:
    owners: dict[str, set[int]] = {}
    for i, p in enumerate(people):
        for n in [p.name, *p.aliases]:
            owners.setdefault(fold_key(normalise(n)), set()).add(i)
    curated_keys = list(curated)
    out = []
    for p in people:
        keys = [fold_key(normalise(n)) for n in [p.name, *p.aliases]]
        if any(k in curated for k in keys) or _near_curated(p, keys, curated, curated_keys):
            stats["people skipped: already in people.yaml"] += 1
            continue
        names = []
        for n, k in zip([p.name, *p.aliases], keys, strict=True):
            if k in taken:
                stats["names skipped: a country, demonym, IGO, group or role"] += 1
            elif len(owners[k]) > 1:
                stats["names skipped: shared by two Phoenix people"] += 1
            elif n not in names:
                names.append(n)
        if not names:
            stats["people skipped: no unambiguous name left"] += 1
            continue
        out.append(Person(names[0], p.country, names[1:], p.roles))
    out.sort(key=lambda p: (p.country, p.name))
    return out


def _near_curated(
    p: Person,
    keys: list[str],
    curated: dict[str, list[tuple[str, str | None]]],
    curated_keys: list[str],
) -> bool:
    """A near-identical name of a people.yaml person of the same country
    ("Karen Karapetian" for Karen Karapetyan)."""
    for k in keys:
        for match, _score, _ in process.extract(
            k, curated_keys, scorer=fuzz.ratio, score_cutoff=90, limit=3
        ):
            if any(c == p.country for _, c in curated[match]):
                return True
    return False


# -- writing ---------------------------------------------------------------------------------


def _date(d: date | None) -> str:
    return d.isoformat() if d else "-"


def render(people: list[Person], source_sha: str) -> str:
    rows = [
        "\t".join(
            [
                p.name,
                p.country,
                ";".join(p.aliases),
                ";".join(f"{s} {_date(a)} {_date(b)}" for s, a, b in merge_roles(p.roles)),
            ]
        )
        for p in people
    ]
    body = "\n".join(rows) + "\n"
    header = (
        "# People derived from Phoenix.Countries.actors.txt (Open Event Data, MIT; see NOTICE).\n"
        "# GENERATED by build_phoenix_people.py -- do not edit; fix the script and re-run.\n"
        f"# source sha256 {source_sha}\n"
        f"# body sha256 {hashlib.sha256(body.encode('utf-8')).hexdigest()}\n"
        "# name\tcountry\taliases (;)\troles (; SECTOR START END, - = open)\n"
    )
    return header + body


def _role_key(role: tuple[str, date | None, date | None]) -> tuple[date, date, str]:
    sector, start, end = role
    return (start or date.min, end or date.max, sector)


def merge_roles(
    roles: list[tuple[str, date | None, date | None]],
) -> list[tuple[str, date | None, date | None]]:
    """Roles by start date, overlapping or adjacent spans of one sector merged
    (Phoenix often lists one office twice: "GOV 2004-03-05..2007-09-14" and
    "GOV 2004-04-01..2007-09-30")."""
    out: list[tuple[str, date | None, date | None]] = []
    for sector, start, end in sorted(set(roles), key=_role_key):
        for k, (s2, a2, b2) in enumerate(out):
            joins = b2 is None or start is None or start.toordinal() <= b2.toordinal() + 1
            if s2 == sector and joins:
                out[k] = (sector, a2, None if b2 is None or end is None else max(b2, end))
                break
        else:
            out.append((sector, start, end))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path, help="Phoenix.Countries.actors.txt")
    parser.add_argument("--out", type=Path, default=OUT, help=f"output TSV (default {OUT.name})")
    args = parser.parse_args(argv)
    raw = args.source.read_bytes()
    people, stats = build(raw.decode("utf-8", errors="replace").splitlines())
    args.out.write_text(render(people, hashlib.sha256(raw).hexdigest()), encoding="utf-8")
    aliases = sum(len(p.aliases) for p in people)
    print(f"wrote {len(people)} people ({aliases} aliases) to {args.out}")
    for reason, n in sorted(stats.items()):
        print(f"  {n:6d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
