"""The actor dictionary: countries, organisations, role nouns and dated people.

Everything is data (``actors/data/*.yaml``, NOTICE there); this module loads
it, checks its shape and builds lookup indexes. User dictionaries (YAML or
CSV, setting ``dictionaries``) add people and organisations without code.

``phoenix_people.tsv`` (generated from the Phoenix country dictionary by
``build_phoenix_people.py``) adds thousands of mostly historical people. They
sit in their own index, looked up by full multi-word name only and only when
no other entry has that name: people.yaml, people_history.yaml (historical
leaders, 1975-2015) and user dictionaries always win,
and the matcher never fuzzy-matches them.

``phoenix_orgs.tsv`` (generated from the Phoenix armed-group and international
dictionaries by ``build_phoenix_orgs.py``) adds about 2,500 armed groups, IGOs
and NGOs ("UNITA", "Revolutionary United Front"). They are ordinary ``group``
and ``igo`` entries, added last and only under names no other entry (bundled
or user) has, so curated data always wins.

User YAML: a list of entries ``{name, aliases?, country?, sector?, roles?}``
where ``roles`` is a list of ``{role?, sector, start?, end?, country?}`` (a role's
``country`` overrides the person's while the role lasts: "EU mediator Lord Owen"). User CSV:
columns ``name,country,sector,aliases,role,start,end`` (``aliases`` separated
by ``;``); several rows with the same name add several dated roles.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from parley.errors import ConfigError
from parley.settings import Settings
from parley.yamlload import load_yaml

DATA_DIR = Path(__file__).parent / "data"

_PUNCT = re.compile(r"[^\w\s'-]")
#: lower-case particles inside names ("Bashar al-Assad", "Mohammad Zia-ul-Haq")
NAME_PARTICLES = frozenset(
    {"al", "el", "ul", "ud", "ad", "ar", "as", "an", "bin", "ibn", "bint", "ben", "de", "da"}
    | {"di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le", "du"}
    | {"y", "e", "ter"}
)
_SPACES = re.compile(r"\s+")


# British and American spellings of words in organisations' names ("Organisation of
# African Unity", "Defence Ministry"): both spellings index and find the same name
_SPELLINGS = {"organisation": "organization", "organisations": "organizations"} | {
    "defence": "defense",
    "centre": "center",
}
_SPELLING_WORDS = re.compile(r"\b(" + "|".join(_SPELLINGS) + r")\b")


@lru_cache(maxsize=1 << 16)  # names and their pieces repeat across a corpus
def normalise(name: str) -> str:
    """Lower-case, drop dots and other punctuation, squeeze spaces ("U.S." -> "us"),
    one spelling for words names spell both ways ("organisation" -> "organization")."""
    text = name.lower().replace(".", "").replace("’", "'")
    text = _PUNCT.sub(" ", text)
    if "isation" in text or "defence" in text or "centre" in text:
        text = _SPELLING_WORDS.sub(lambda m: _SPELLINGS[m.group(1)], text)
    return _SPACES.sub(" ", text).strip()


def fold_key(key: str) -> str:
    """A normalised key without hyphens and apostrophes ("zia-ul-haq" -> "zia ul haq"):
    Phoenix writes both as underscores or leaves them out."""
    if "-" not in key and "'" not in key:
        return key
    return _SPACES.sub(" ", key.replace("-", " ").replace("'", "")).strip()


@dataclass(frozen=True, slots=True)
class Role:
    """One dated role of a person."""

    sector: str | None
    role: str | None = None
    start: date | None = None
    end: date | None = None
    country: str | None = None  # a post held for another state or an IGO ("Soviet
    # foreign minister Shevardnadze", "EU mediator Lord Owen"); None = the person's

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """A dictionary entry any alias can point to."""

    kind: str  # country | capital | government | demonym | igo | group | person
    actor_id: str
    name: str
    country: str | None
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    plural_people: bool = False  # demonym used as a plural noun ("Armenians")
    fallback: bool = False  # a phoenix_people.tsv person (see the module docstring)

    def at(self, when: date | None) -> tuple[str | None, str | None]:
        """The (sector, role) this entry has on ``when``; people's roles are dated.

        Without a date: the one current role, else the one sector all roles
        share, else none -- or, for ``fallback`` (Phoenix) people, whose roles
        mostly ended long ago, the role that ended last (an undated article on a
        former president most likely reports him as president).
        """
        if self.kind != "person":
            return self.sector, None
        if not self.roles:
            return self.sector, None
        if when is None and self.fallback:
            latest = max(self.roles, key=lambda r: (r.end or date.max, r.start or date.min))
            return latest.sector, latest.role
        if when is None:
            sectors = {r.sector for r in self.roles}
            current = [r for r in self.roles if r.end is None]
            if len(current) == 1:
                return current[0].sector, current[0].role
            return (sectors.pop() if len(sectors) == 1 else None), None
        for role in sorted(self.roles, key=lambda r: r.start or date.min, reverse=True):
            if role.covers(when):
                return role.sector, role.role
        return None, None

    def country_at(self, when: date | None) -> str | None:
        """The country this entry acts for on ``when``: a dated role's own country
        (``country`` in a people YAML role) while it lasts, else the entry's."""
        if self.kind == "person" and when is not None:
            for role in self.roles:
                if role.country and role.covers(when):
                    return role.country
        return self.country


@dataclass(frozen=True, slots=True)
class RoleNoun:
    term: str
    sector: str
    role: str | None
    person: bool
    country: str | None = None  # an office of one state whoever holds it ("pope": VAT)


@dataclass
class ActorDictionary:
    """Indexes over every alias (normalised) of every entry."""

    aliases: dict[str, list[Entry]] = field(default_factory=dict)
    roles: dict[str, RoleNoun] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # code -> name
    capitals: dict[str, str] = field(default_factory=dict)  # code -> capital city
    people: list[Entry] = field(default_factory=list)
    # Phoenix people by folded full name (a TSV row until first looked up, then its
    # Entry): consulted only when ``aliases`` has no entry
    fallback_people: dict[str, str | Entry] = field(default_factory=dict)

    def add(self, alias: str, entry: Entry) -> None:
        key = normalise(alias)
        if not key:
            return
        bucket = self.aliases.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    def lookup(self, text: str) -> list[Entry]:
        return self.aliases.get(normalise(text), [])

    def lookup_fallback(self, key: str) -> Entry | None:
        """The Phoenix person with this full name (``key`` already normalised), if any."""
        if " " not in key:
            return None
        folded = fold_key(key)
        found = self.fallback_people.get(folded)
        if isinstance(found, str):
            found = self.fallback_people[folded] = _phoenix_entry(found, "phoenix_people.tsv")
        return found

    def role(self, term: str) -> RoleNoun | None:
        return self.roles.get(normalise(term))

    @property
    def phrases(self) -> Iterable[str]:
        return self.aliases.keys()


def _as_date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"{where}: bad date {value!r}; use YYYY-MM-DD") from exc


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return load_yaml(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read dictionary {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"dictionary {path} is not valid YAML: {exc}") from exc


def _need(item: dict[str, Any], key: str, where: str) -> Any:
    if not isinstance(item, dict) or not item.get(key):
        raise ConfigError(f"{where}: entry {item!r} lacks required key {key!r}")
    return item[key]


def _load_countries(d: ActorDictionary, items: list[dict[str, Any]], where: str) -> None:
    for item in items:
        code = str(_need(item, "code", where)).upper()
        name = str(_need(item, "name", where))
        d.countries[code] = name
        country = Entry("country", f"country:{code}", name, code, "GOV")
        for alias in [name, *(item.get("aliases") or [])]:
            d.add(alias, country)
        for demonym in item.get("demonyms") or []:
            plural = demonym.endswith("s") and not demonym.endswith(("ss", "ese"))
            d.add(demonym, Entry("demonym", f"country:{code}", name, code, None, (), plural))
        capital_gov = Entry("capital", f"country:{code}", name, code, "GOV")
        if item.get("capital"):
            d.capitals[code] = str(item["capital"])
        for alias in [item.get("capital"), *(item.get("capital_aliases") or [])]:
            if alias:
                d.add(alias, capital_gov)
        gov = Entry("government", f"country:{code}", name, code, "GOV")
        for alias in item.get("government_aliases") or []:
            d.add(alias, gov)


def _load_orgs(d: ActorDictionary, items: list[dict[str, Any]], kind: str, where: str) -> None:
    for item in items:
        org_id = str(_need(item, "id", where))
        name = str(_need(item, "name", where))
        entry = Entry(kind, f"{kind}:{org_id}", name, item.get("country"), item.get("sector"))
        names = [name, *(item.get("aliases") or [])]
        for alias in names:
            d.add(alias, entry)
        if kind == "group" and item.get("sector") in ("REB", "MIL"):
            for alias in names:
                single = _attributive(alias)
                if single and not d.lookup(single):
                    d.add(single, entry)


def _attributive(alias: str) -> str | None:
    """ "Tamil Tigers" -> "Tamil Tiger": a group's plural name is singular when it
    modifies a noun ("Tamil Tiger positions", "a Revolutionary Guard commander")."""
    words = alias.split()
    last = words[-1] if len(words) > 1 else ""
    if not (last[:1].isupper() and last.endswith("s")) or last.endswith(("ss", "us", "is", "ps")):
        return None
    return " ".join([*words[:-1], last[:-1]])


def _load_roles(d: ActorDictionary, items: list[dict[str, Any]], where: str) -> None:
    for item in items:
        term = normalise(str(_need(item, "term", where)))
        sector = str(_need(item, "sector", where))
        d.roles[term] = RoleNoun(
            term, sector, item.get("role"), bool(item.get("person", False)), item.get("country")
        )


def _person(item: dict[str, Any], where: str) -> Entry:
    name = str(_need(item, "name", where))
    roles = tuple(
        Role(
            sector=r.get("sector"),
            role=r.get("role"),
            start=_as_date(r.get("start"), f"{where} ({name})"),
            end=_as_date(r.get("end"), f"{where} ({name})"),
            country=r.get("country"),
        )
        for r in item.get("roles") or []
    )
    pid = item.get("id") or item.get("qid") or normalise(name).replace(" ", "_")
    return Entry("person", f"person:{pid}", name, item.get("country"), item.get("sector"), roles)


def _load_people(d: ActorDictionary, items: list[dict[str, Any]], where: str) -> None:
    for item in items:
        entry = _person(item, where)
        d.people.append(entry)
        for alias in [entry.name, *(item.get("aliases") or [])]:
            d.add(alias, entry)


def name_key(name: str) -> str:
    """``fold_key(normalise(name))`` for a name of letters, spaces, dots, hyphens and
    apostrophes only (phoenix_people.tsv guarantees it; tests check): no regex, so
    loading twenty thousand names stays cheap."""
    return " ".join(name.lower().replace(".", "").replace("-", " ").replace("'", "").split())


def _phoenix_entry(row: str, where: str) -> Entry:
    """The Entry of one phoenix_people.tsv row: name, country, aliases, roles."""
    fields = row.split("\t")
    if len(fields) != 4:
        raise ConfigError(f"{where}: expected 4 tab-separated fields, got {len(fields)}")
    name, country, _aliases, roles = fields
    parsed = []
    for role in roles.split(";") if roles else ():
        sector, start, end = role.split(" ")
        parsed.append(
            Role(
                sector,
                None,
                None if start == "-" else _as_date(start, where),
                None if end == "-" else _as_date(end, where),
            )
        )
    pid = name_key(name).replace(" ", "_")
    return Entry(
        "person", f"person:phoenix:{pid}", name, country, None, tuple(parsed), fallback=True
    )


#: countries whose people usually carry two surnames, the mother's last
TWO_SURNAMES = frozenset(
    {
        "ESP", "MEX", "COL", "VEN", "PER", "ECU", "BOL", "CHL", "ARG", "URY", "PRY",
        "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM",
    }
)  # fmt: skip


def _load_fallback_people(d: ActorDictionary, path: Path) -> None:
    """Index ``phoenix_people.tsv`` rows by name and aliases; Entries are built on
    first lookup (most of the twenty thousand people never occur in a corpus)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read dictionary {path}: {exc.strerror}") from exc
    index = d.fallback_people
    short: dict[str, str | None] = {}  # "Andres Pastrana" -> the one row it can mean
    for n, row in enumerate(text.splitlines(), start=1):
        if row.startswith("#"):
            continue
        if row.count("\t") != 3:
            raise ConfigError(f"{path.name}:{n}: expected 4 tab-separated fields: {row!r}")
        name, country, aliases, _roles = row.split("\t")
        index[name_key(name)] = row
        for alias in aliases.split(";") if aliases else ():
            index[name_key(alias)] = row
        words = name.split()
        if country in TWO_SURNAMES and len(words) >= 3:
            # "Andres Pastrana Arango" is "Andres Pastrana" in the news (mother's surname
            # last); kept only when no other row shortens to the same name
            key = name_key(" ".join(words[:-1]))
            short[key] = row if key not in short else None
    for key, only in short.items():
        if only is not None and key not in index:
            index[key] = only


#: the kinds of phoenix_orgs.tsv rows and the country column's "none"
ORG_KINDS = frozenset({"group", "igo"})
NO_COUNTRY = "-"


def _load_phoenix_orgs(d: ActorDictionary, path: Path) -> None:
    """Add ``phoenix_orgs.tsv`` organisations under the names nothing else has."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read dictionary {path}: {exc.strerror}") from exc
    for n, row in enumerate(text.splitlines(), start=1):
        if row.startswith("#"):
            continue
        fields = row.split("\t")
        if len(fields) != 5 or fields[1] not in ORG_KINDS:
            raise ConfigError(
                f"{path.name}:{n}: expected name, kind (group/igo), country, sector, "
                f"aliases separated by tabs: {row!r}"
            )
        name, kind, country, sector, aliases = fields
        oid = normalise(name).replace(" ", "_")
        entry = Entry(
            kind, f"{kind}:phoenix:{oid}", name, None if country == NO_COUNTRY else country, sector
        )
        for alias in [name, *aliases.split(";")] if aliases else [name]:
            key = normalise(alias)
            if key and key not in d.aliases:
                d.aliases[key] = [entry]


def _load_user_csv(d: ActorDictionary, path: Path) -> None:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise ConfigError(f"cannot read dictionary {path}: {exc.strerror}") from exc
    merged: dict[str, dict[str, Any]] = {}
    for n, row in enumerate(rows, start=2):
        where = f"{path}:{n}"
        name = (row.get("name") or "").strip()
        if not name:
            raise ConfigError(f"{where}: row has no 'name'")
        item = merged.setdefault(
            name, {"name": name, "country": row.get("country") or None, "aliases": [], "roles": []}
        )
        item["aliases"] += [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
        if row.get("sector") or row.get("role"):
            item["roles"].append(
                {
                    "sector": row.get("sector") or None,
                    "role": row.get("role") or None,
                    "start": row.get("start") or None,
                    "end": row.get("end") or None,
                }
            )
    _load_people(d, list(merged.values()), str(path))


def _load_user(d: ActorDictionary, path: Path) -> None:
    if not path.is_file():
        raise ConfigError(f"user dictionary {path} does not exist (setting 'dictionaries')")
    if path.suffix.lower() == ".csv":
        _load_user_csv(d, path)
        return
    items = _read_yaml(path)
    if not isinstance(items, list):
        raise ConfigError(f"user dictionary {path} must be a YAML list of entries")
    _load_people(d, items, str(path))


def _bundled(name: str) -> list[dict[str, Any]]:
    path = DATA_DIR / name
    data = _read_yaml(path)
    if not isinstance(data, list):
        raise ConfigError(f"bundled dictionary {path} must be a YAML list")
    return data


def build_dictionary(user_paths: tuple[str, ...] = (), phoenix: bool = True) -> ActorDictionary:
    """The bundled dictionary plus user dictionaries, uncached; ``phoenix=False``
    leaves out phoenix_people.tsv and phoenix_orgs.tsv (their generators check
    names against the rest). Phoenix organisations come last, under free names only."""
    d = ActorDictionary()
    _load_countries(d, _bundled("countries.yaml"), "countries.yaml")
    _load_orgs(d, _bundled("igos.yaml"), "igo", "igos.yaml")
    _load_orgs(d, _bundled("groups.yaml"), "group", "groups.yaml")
    _load_roles(d, _bundled("roles.yaml"), "roles.yaml")
    _load_people(d, _bundled("people.yaml"), "people.yaml")
    _load_people(d, _bundled("people_history.yaml"), "people_history.yaml")
    if phoenix:
        _load_fallback_people(d, DATA_DIR / "phoenix_people.tsv")
    for extra in user_paths:
        _load_user(d, Path(extra))
    if phoenix:
        _load_phoenix_orgs(d, DATA_DIR / "phoenix_orgs.tsv")
    return d


def load_dictionary(user_paths: tuple[str, ...] = ()) -> ActorDictionary:
    """Load the bundled dictionary plus user dictionaries (cached per path list)."""
    return _cached_dictionary(tuple(user_paths))


@lru_cache(maxsize=8)
def _cached_dictionary(user_paths: tuple[str, ...]) -> ActorDictionary:
    # one cache key per path list: ``load_dictionary()`` (the gazetteer's country
    # aliases) and ``load_dictionary(())`` (a pipeline with no user dictionaries)
    # are the same dictionary, built once
    return build_dictionary(user_paths)


def make_dictionary(settings: Settings) -> ActorDictionary:
    """The dictionary for these settings (bundled data + ``settings.dictionaries``)."""
    return load_dictionary(tuple(settings.dictionaries))
