"""Write levers' list of regions (src/levers/data/reference/41_regions.json) from ISO 3166-2.

A country's first-level divisions (states, provinces, regions, governorates...) are places like its
cities: "a Mato Grosso soy trader", "based in Ashanti". The names are those of ISO 3166-2 as packaged
on PyPI by pycountry, which is needed only to run this script:

    pip install pycountry && python scripts/make_regions.py
"""

import json
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "src" / "levers" / "data" / "reference" / "41_regions.json"

NOT_PLACES_ALONE = {
    # points of the compass and words for land and water, in English and French
    "bar", "bay", "capital", "central", "centrale", "centre", "coast", "delta", "east", "eastern", "est", "gulf",
    "lac", "lacs", "lakes", "leste", "littoral", "maritime", "midlands", "north", "northern", "norte", "ouest",
    "plateau", "plateaux", "pool", "rivers", "south", "southern", "sud", "unity", "west", "western", "cascade",
    "cascades", "collines", "montagnes", "savanes", "lagunes", "atlantique", "cordillera", "isla", "valle", "grad",
    "male", "mono", "meta", "saga", "zeta", "chin", "mon", "tak", "ig", "haa", "nui", "muta", "sila", "para",
    # first names and surnames
    "charlotte", "isabel", "miranda", "constantine", "herrera", "rivera", "lara", "kara", "mara", "amara", "alba",
    "paola", "flores", "colonia", "tabor", "batman", "ascension", "santander", "volta",
}
"""Regions somewhere whose name, alone, is mostly an English word, a name or a firm's in the news."""


def plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> None:
    countries_of: dict[str, set[str]] = {}
    for division in pycountry.subdivisions:
        if division.parent_code is not None or any(mark in division.name for mark in "([,/"):
            continue
        for name in {division.name, plain(division.name)}:
            if name.lower() not in NOT_PLACES_ALONE:
                countries_of.setdefault(name, set()).add(division.country_code)
    rows = sorted((name, codes.pop()) for name, codes in countries_of.items() if len(codes) == 1)  # "Punjab" is in two
    lines = ",\n".join(json.dumps([name, code], ensure_ascii=False) for name, code in rows)
    OUT.write_text(f'{{"version":1,"source":"ISO 3166-2 first-level divisions, as packaged by pycountry","regions":[\n{lines}\n]}}\n', encoding="utf-8")
    print(f"{len(rows)} regions -> {OUT}")


if __name__ == "__main__":
    main()
