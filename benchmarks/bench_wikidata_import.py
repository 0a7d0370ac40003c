"""Import a synthetic Wikidata dump into a fresh store: peak memory and entities per second.

    .venv/bin/python benchmarks/bench_wikidata_import.py                    # 100,000 entities, gzipped
    .venv/bin/python benchmarks/bench_wikidata_import.py --entities 20000 --entities 100000

For each size, a dump in the official format (a JSON array, one entity a line, gzipped)
is generated: 35% people, 25% companies, 5% parties, 5% government agencies, 5%
products, 25% items of other classes (cities, films...) that the importer skips, with
the statements that join them (owned by, parent organization, founded by, CEO,
employer, party, country, headquarters) and labels in three languages. A child
process imports it into an empty SQLite store and reports its wall time and peak
resident memory (ru_maxrss). The last line is machine-readable:

    entities=100000 seconds=... entities_per_second=... peak_rss_mb=...
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

from import_harness import main as harness_main
from import_harness import measure_import

GIVEN = [f"{a}{b}" for a in ("Al", "Ber", "Car", "Da", "El", "Fa", "Gu", "Ha", "Iv", "Jo", "Ka", "Le") for b in ("an", "ina", "o", "ek", "ia", "us", "ette", "im", "ya", "or")]
SURNAMES = [f"{a}{b}{c}" for a in ("Ko", "Ma", "Pe", "Ri", "Sa", "Te", "Vu", "Zh", "Li", "No") for b in ("va", "ra", "len", "sh", "mo", "dri", "ch", "ng", "ta", "be") for c in ("", "ov", "ez", "son", "ko", "ski", "ang", "ari", "ini", "ou")]
WORDS = ["North", "Star", "Capital", "Energy", "Pacific", "Delta", "Union", "Grain", "Steel", "Harbour", "Metro", "Orion", "Vector", "Atlas", "Bright", "Summit", "Crescent", "Falcon", "Granite", "Lumen"]
COUNTRIES = {"Q148": ("People's Republic of China", "CN"), "Q159": ("Russia", "RU"), "Q30": ("United States of America", "US"), "Q183": ("Germany", "DE")}
BASE = 10_000_000
"""Generated Q-ids start here, clear of the countries'."""


def _value(qid: str) -> dict:
    return {"snaktype": "value", "datavalue": {"type": "wikibase-entityid", "value": {"entity-type": "item", "id": qid, "numeric-id": int(qid[1:])}}}


def _statements(claims: dict[str, list[str]]) -> dict:
    return {pid: [{"mainsnak": {**_value(q), "property": pid}, "type": "statement", "rank": "normal"} for q in qids] for pid, qids in claims.items() if qids}


def _entity(qid: str, label: str, claims: dict[str, list[str]]) -> dict:
    labels = {lang: {"language": lang, "value": label if lang != "ru" else label.upper()} for lang in ("en", "de", "ru")}
    return {"type": "item", "id": qid, "labels": labels, "aliases": {}, "descriptions": {"en": {"language": "en", "value": "synthetic"}}, "claims": _statements(claims)}


def generate(path: Path, count: int, seed: int = 4) -> None:
    rng = random.Random(seed)
    country_ids = list(COUNTRIES)

    def some(kind_offset: int, made: int) -> str:
        """A Q-id of an entity of one kind, made or still to come (a dump names items further down)."""
        return f"Q{BASE + rng.randrange(max(made, 1) * 2) * 20 + kind_offset}"

    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("[\n")
        lines = [_entity(q, name, {"P31": ["Q3624078"]}) for q, (name, _) in COUNTRIES.items()]
        for entity, (q, (_, code)) in zip(lines, COUNTRIES.items()):
            entity["claims"]["P297"] = [{"mainsnak": {"snaktype": "value", "property": "P297", "datavalue": {"type": "string", "value": code}}, "rank": "normal"}]
            out.write(json.dumps(entity, ensure_ascii=False) + ",\n")
        for n in range(count - len(COUNTRIES)):
            slot = n % 20
            qid = f"Q{BASE + (n // 20) * 20 + slot}"
            made = n // 20 + 1
            if slot < 7:
                name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"
                claims = {"P31": ["Q5"], "P27": [rng.choice(country_ids)], "P108": [some(7, made)], "P102": [some(12, made)] if rng.random() < 0.3 else []}
            elif slot < 12:
                name = " ".join(rng.sample(WORDS, 2)) + f" {n} " + rng.choice(["Ltd", "Group", "Holding", "PJSC"])
                claims = {"P31": [rng.choice(["Q4830453", "Q783794", "Q891723"])], "P17": [rng.choice(country_ids)], "P159": [some(16, made)],
                          "P127": [some(7, made)] if rng.random() < 0.5 else [], "P749": [some(8, made)] if rng.random() < 0.3 else [],
                          "P112": [some(0, made)], "P169": [some(1, made)] if rng.random() < 0.5 else []}
            elif slot == 12:
                name = f"{rng.choice(WORDS)} Party {n}"
                claims = {"P31": ["Q7278"], "P17": [rng.choice(country_ids)]}
            elif slot == 13:
                name = f"Agency for {rng.choice(WORDS)} {n}"
                claims = {"P31": ["Q327333"], "P17": [rng.choice(country_ids)]}
            elif slot == 14:
                name = f"{rng.choice(WORDS)}App {n}"
                claims = {"P31": ["Q620615"], "P178": [some(9, made)]}
            else:  # cities (slot 16 is a headquarters) and other things the importer skips
                name = f"{rng.choice(WORDS)}ville {n}"
                claims = {"P31": ["Q515"], "P17": [rng.choice(country_ids)]}
            out.write(json.dumps(_entity(qid, name, claims), ensure_ascii=False) + ",\n")
        out.write('{"type": "item", "id": "Q1", "labels": {}}\n]\n')


def child(path: Path, db: Path) -> None:
    """Import one file (in its own process, so that ru_maxrss is this import's peak)."""
    from levers.imports import import_wikidata_file

    measure_import(path, db, import_wikidata_file, lambda r: {"records": r.records, "kept": sum(r.kept.values()), "claims": sum(r.claims.values()), "errors": len(r.errors)})


if __name__ == "__main__":
    sys.exit(harness_main(__file__, __doc__.splitlines()[0], "synthetic.json.gz", generate, child, lambda r: f"{r['kept']} kept, {r['claims']} claims, {r['errors']} errors"))
