"""Import a synthetic FollowTheMoney file into a fresh store: peak memory and entities per second.

    .venv/bin/python benchmarks/bench_ftm_import.py                    # 100,000 entities
    .venv/bin/python benchmarks/bench_ftm_import.py --entities 20000 --entities 100000

For each size, a file of that many FtM entities is generated (people, companies,
organisations and the ownerships, directorships, memberships and employments that
join them, as a sanctions or PEP dataset has them; names drawn from small pools, so
that many share a surname or a word and blocking has work to do), then imported by
a child process into an empty SQLite store, which reports its wall time and peak
resident memory (ru_maxrss). Bounded memory shows as a peak that stays flat while
the file grows. The last line is machine-readable:

    entities=100000 seconds=... entities_per_second=... peak_rss_mb=...
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from import_harness import main as harness_main
from import_harness import measure_import

GIVEN = [f"{a}{b}" for a in ("Al", "Ber", "Car", "Da", "El", "Fa", "Gu", "Ha", "Iv", "Jo", "Ka", "Le") for b in ("an", "ina", "o", "ek", "ia", "us", "ette", "im", "ya", "or")]
SURNAMES = [f"{a}{b}{c}" for a in ("Ko", "Ma", "Pe", "Ri", "Sa", "Te", "Vu", "Zh", "Li", "No") for b in ("va", "ra", "len", "sh", "mo", "dri", "ch", "ng", "ta", "be") for c in ("", "ov", "ez", "son", "ko", "ski", "ang", "ari", "ini", "ou")]
WORDS = ["North", "Star", "Capital", "Energy", "Pacific", "Delta", "Union", "Grain", "Steel", "Harbour", "Metro", "Orion", "Vector", "Atlas", "Bright", "Summit", "Crescent", "Falcon", "Granite", "Lumen"]
SUFFIXES = ["Ltd", "LLC", "Holding", "Group", "PJSC", "AG", "Inc", "SA", ""]


def generate(path: Path, count: int, seed: int = 4) -> None:
    """`count` FtM entities: 40% people, 30% companies, 10% organisations, 20% links."""
    rng = random.Random(seed)
    people = companies = organisations = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            kind = n % 10
            if kind < 4:
                people += 1
                name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"
                props = {"name": [name], "topics": ["role.pep"] if rng.random() < 0.3 else [], "country": ["ru"]}
                record = {"id": f"p{people}", "schema": "Person", "properties": props}
            elif kind < 7:
                companies += 1
                name = " ".join(rng.sample(WORDS, 2)) + f" {companies}" + (" " + rng.choice(SUFFIXES)).rstrip()
                record = {"id": f"c{companies}", "schema": "Company", "properties": {"name": [name], "jurisdiction": ["cy"]}}
            elif kind < 8:
                organisations += 1
                name = f"{rng.choice(WORDS)} {rng.choice(['Foundation', 'Association', 'Party', 'Union'])} {organisations}"
                record = {"id": f"o{organisations}", "schema": "Organization", "properties": {"name": [name]}}
            else:
                record = _link(rng, n, max(people, 1), max(companies, 1), max(organisations, 1))
            out.write(json.dumps(record) + "\n")


def _link(rng: random.Random, n: int, people: int, companies: int, organisations: int) -> dict:
    person, company, organisation = f"p{rng.randint(1, people)}", f"c{rng.randint(1, companies)}", f"o{rng.randint(1, organisations)}"
    choice = rng.randrange(4)
    if choice == 0:
        props = {"owner": [rng.choice([person, f"c{rng.randint(1, companies)}"])], "asset": [company], "percentage": [str(rng.randint(1, 100))]}
        return {"id": f"l{n}", "schema": "Ownership", "properties": props}
    if choice == 1:
        props = {"director": [person], "organization": [company], "role": [rng.choice(["director", "CEO", "chairman"])]}
        return {"id": f"l{n}", "schema": "Directorship", "properties": props}
    if choice == 2:
        return {"id": f"l{n}", "schema": "Membership", "properties": {"member": [person], "organization": [organisation]}}
    return {"id": f"l{n}", "schema": "Employment", "properties": {"employee": [person], "employer": [company]}}


def child(path: Path, db: Path) -> None:
    """Import one file (in its own process, so that ru_maxrss is this import's peak)."""
    from levers.imports import import_ftm_file

    measure_import(path, db, import_ftm_file, lambda r: {"records": r.records, "errors": len(r.errors)})


if __name__ == "__main__":
    sys.exit(harness_main(__file__, __doc__.splitlines()[0], "synthetic.ftm.json", generate, child, lambda r: f"{r['errors']} errors"))
