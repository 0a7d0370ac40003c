"""How fast `explain` answers on a big store: p50/p95 over random companies.

    .venv/bin/python benchmarks/bench_explain.py                       # 100,000 entities, 1,000,000 claims
    .venv/bin/python benchmarks/bench_explain.py --queries 500 --rebuild
    .venv/bin/python benchmarks/bench_explain.py --nodes 20000 --claims 200000 --db out/small.db

The synthetic store is built once (`--db`, default `out/bench-explain.db`; `--rebuild`
builds it anew) by bulk inserts through SQLAlchemy Core into the store's own tables
(documents, nodes, entities, claims, evidence), skipping extraction and resolution.
Its graph looks like news about state links of companies:

- a few hundred state nodes named as reference data names them (countries, their
  governments, ruling parties, regulators, funds, state media, state-owned firms),
  so that `explain` recognises them as it would in real data;
- people, companies, products and other organisations, drawn with a skew (some
  companies are in the news far more often than others);
- documents of about `--entities-per-document` entities and `--claims-per-document` claims,
  each claim a type that fits its ends (a person leads a company, a regulator fines
  it, a fund invests in it, a company owns a stake in another...), with a certainty,
  sometimes a share, a date and an attribution, and one evidence span.

Then `explain(store, name)` runs on `--queries` random companies (after a few
warm-up calls; each call opens its own connection, as the CLI and API do), and the
script prints p50/p95/p99/max in milliseconds, how many paths and nodes a call
saw, and SQLite's query plan for the walk's claim query (it must use the
`entities.node_id` and `claims.subject_id` / `claims.object_id` indexes). Last, on a
line of its own:

    explain_p50_ms=... explain_p95_ms=...

The goal is p95 under 200 ms. Timings depend on the machine; nothing in the test
suite asserts on them.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import insert, select

from levers.analyse import explain
from levers.analyse.graph import edges_query
from levers.analyse.walk import HOLDER, MENTIONS_PER_NODE, PHASE_CLAIMS
from levers.reference import load_reference
from levers.store import Store, normalise_name
from levers.store.schema import claims, documents, entities, evidence, nodes

ROOT = Path(__file__).resolve().parents[1]
CHUNK_DOCUMENTS = 500

STATE_ROLES = ("ruling_party", "regulator", "government", "central_bank", "sovereign_fund", "state_media", "ministry")
COUNTRIES = ("CN", "RU", "US", "GB", "DE", "FR", "JP", "IN", "SA", "AE", "NO", "TR", "BR", "KR", "IT")

# (claim type, subject kind, object kind, weight): kinds are person, company, product, org, state
TEMPLATES = [
    ("owns", "company", "company", 12),
    ("owns", "person", "company", 5),
    ("owns", "state", "company", 2),
    ("controls", "person", "company", 2),
    ("controls", "state", "company", 1),
    ("leads", "person", "company", 12),
    ("founded", "person", "company", 4),
    ("employed_by", "person", "company", 10),
    ("member_of", "person", "org", 6),
    ("member_of", "person", "state", 2),
    ("member_of", "person", "company", 3),
    ("operates", "company", "product", 8),
    ("part_of", "company", "company", 3),
    ("regulatory_action", "state", "company", 4),
    ("regulatory_action", "state", "product", 1),
    ("invests_in", "company", "company", 5),
    ("invests_in", "state", "company", 2),
    ("lends_to", "company", "company", 2),
    ("lends_to", "state", "company", 1),
    ("acquires", "company", "company", 4),
    ("cooperates_with", "company", "company", 3),
    ("cooperates_with", "company", "state", 1),
    ("based_in", "company", "country", 3),
    ("criticizes", "person", "person", 3),
]
CERTAINTY_WEIGHTS = {"asserted": 60, "reported": 25, "hedged": 8, "speculative": 3, "negated": 4}
ACTIONS = ("fined", "summoned", "investigated", "banned", "approved", "suspended")


def state_nodes() -> list[tuple[str, str]]:
    """(name, type) of the state nodes: what reference data lists for a few countries."""
    reference = load_reference()
    found: list[tuple[str, str]] = []
    for code in COUNTRIES:
        country = reference.country_by_code(code)
        if country is None:
            continue
        found += [(country.name, "country"), (country.government.name, "public_body")]
        for entry in reference.entries:
            if entry.country == code and (set(entry.roles) & set(STATE_ROLES) or "state_owned_enterprise" in entry.roles):
                found.append((entry.name, entry.type))
    return list(dict.fromkeys(found))


def node_names(total: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(name, type, kind) of every node: states first, then people, companies, products, organisations."""
    states = state_nodes()
    rows = [(name, kind, "country" if kind == "country" else "state") for name, kind in states]
    rest = total - len(rows)
    people, companies, products = int(rest * 0.35), int(rest * 0.5), int(rest * 0.1)
    organisations = rest - people - companies - products
    words = ["North", "Star", "Capital", "Energy", "Pacific", "Delta", "Union", "Grain", "Steel", "Harbour", "Metro", "Orion"]
    rows += [(f"Person {i} {rng.choice(words)}son", "person", "person") for i in range(people)]
    rows += [(f"{rng.choice(words)} {rng.choice(words)} {i} Holdings", "company", "company") for i in range(companies)]
    rows += [(f"App {i}", "product", "product") for i in range(products)]
    rows += [(f"{rng.choice(words)} Association {i}", "organization", "org") for i in range(organisations)]
    return rows


class Sampler:
    """Nodes of one kind, drawn with a skew: the first of each kind are in the news most."""

    def __init__(self, ids_by_kind: dict[str, list[int]], rng: random.Random) -> None:
        self.ids = ids_by_kind
        self.rng = rng

    def draw(self, kind: str) -> int:
        ids = self.ids[kind]
        position = int(len(ids) * self.rng.random() ** 2.5)  # heavy head, long tail
        return ids[min(position, len(ids) - 1)]


class SyntheticNews:
    """Rows for the store's tables: the nodes, then documents with their entities, claims and evidence."""

    def __init__(self, nodes_total: int, per_document: int, per_document_claims: int, seed: int) -> None:
        self.rng = random.Random(seed)
        named = node_names(nodes_total, self.rng)
        self.node_rows = [
            {"id": i + 1, "key": f"bench:{i + 1}", "name": name, "name_lower": name.casefold(),
             "name_norm": normalise_name(name), "type": kind, "ref": None}
            for i, (name, kind, _) in enumerate(named)
        ]
        ids_by_kind: dict[str, list[int]] = {}
        for i, (_, _, kind) in enumerate(named):
            ids_by_kind.setdefault(kind, []).append(i + 1)
        self.sampler = Sampler(ids_by_kind, self.rng)
        self.names = {i + 1: name for i, (name, _, _) in enumerate(named)}
        self.types = {i + 1: kind for i, (_, kind, _) in enumerate(named)}
        self.per_document = per_document
        self.per_document_claims = per_document_claims
        self.entity_id = self.claim_id = 0

    def document(self, number: int, claims_left: int) -> tuple[dict, list[dict], list[dict], list[dict]]:
        """One document's (document, entities, claims, evidence) rows."""
        rng = self.rng
        doc_id = f"bench-{number}"
        local: dict[int, int] = {}
        entity_rows: list[dict] = []
        claim_rows: list[dict] = []
        evidence_rows: list[dict] = []
        sentences: list[str] = []
        offset = 0

        def entity(node: int) -> int:
            if node not in local:
                self.entity_id += 1
                local[node] = self.entity_id
                entity_rows.append({"id": self.entity_id, "document_id": doc_id, "local_id": f"e{len(local)}", "position": len(local),
                                    "node_id": node, "name": self.names[node], "type": self.types[node], "ref": None})
            return local[node]

        by_kind: dict[str, list[int]] = {}
        for kind in ("company", "company", "company", "person", "person", "product", "org", "state", "country"):
            by_kind.setdefault(kind, []).append(self.sampler.draw(kind))
        while sum(len(v) for v in by_kind.values()) < self.per_document:
            kind = rng.choice(("company", "person", "company", "state", "product"))
            by_kind.setdefault(kind, []).append(self.sampler.draw(kind))
        kinds, weights = [t[:3] for t in TEMPLATES], [t[3] for t in TEMPLATES]
        certainties, certainty_weights = list(CERTAINTY_WEIGHTS), list(CERTAINTY_WEIGHTS.values())
        for position in range(min(self.per_document_claims, claims_left)):
            subject = obj = 0
            while subject == obj:  # a claim needs two ends
                kind, subject_kind, object_kind = rng.choices(kinds, weights)[0]
                subject, obj = rng.choice(by_kind[subject_kind]), rng.choice(by_kind[object_kind])
            sentence = f"{self.names[subject]} and {self.names[obj]} ({kind}) number {position}."
            self.claim_id += 1
            certainty = rng.choices(certainties, certainty_weights)[0]
            share = rng.choice((None, None, 10.0, 25.0, 51.0, 100.0)) if kind == "owns" else None
            sourced = certainty == "reported" and rng.random() < 0.5
            claim_rows.append({
                "id": self.claim_id, "document_id": doc_id, "local_id": f"c{position}", "position": position, "type": kind,
                "subject_id": entity(subject), "object_id": entity(obj), "certainty": certainty, "confidence": 0.7,
                "source_entity_id": None, "source_text": "people familiar with the matter" if sourced else None,
                "cue": "said" if sourced else None, "role": "chief executive" if kind == "leads" else None,
                "share_value": share, "share_text": f"{share:g}%" if share is not None else None,
                "amount_value": None, "amount_currency": None, "amount_text": None,
                "date": str(rng.randint(2010, 2024)) if rng.random() < 0.3 else None,
                "status": "former" if kind == "leads" and rng.random() < 0.1 else None,
                "action": rng.choice(ACTIONS) if kind == "regulatory_action" else None,
            })
            evidence_rows.append({"claim_id": self.claim_id, "position": 0, "start": offset, "end": offset + len(sentence)})
            sentences.append(sentence)
            offset += len(sentence) + 1
        published = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        document = {"id": doc_id, "title": f"Synthetic news {number}", "published": published, "url": None,
                    "text": " ".join(sentences) or ".", "text_sha256": "-", "extraction_sha256": "-"}
        return document, entity_rows, claim_rows, evidence_rows


def documents_rows(
    nodes_total: int, claims_total: int, per_document: int, per_document_claims: int, seed: int
) -> Iterator[tuple[list[dict], list[dict], list[dict], list[dict], list[dict]]]:
    """Chunks of (documents, nodes, entities, claims, evidence) rows; nodes come in the first chunk."""
    news = SyntheticNews(nodes_total, per_document, per_document_claims, seed)
    documents_total = (claims_total + per_document_claims - 1) // per_document_claims
    made = 0
    for start in range(0, documents_total, CHUNK_DOCUMENTS):
        docs, ents, cls, evs = [], [], [], []
        for number in range(start, min(start + CHUNK_DOCUMENTS, documents_total)):
            document, entity_rows, claim_rows, evidence_rows = news.document(number, claims_total - made)
            docs.append(document)
            ents += entity_rows
            cls += claim_rows
            evs += evidence_rows
            made += len(claim_rows)
        yield docs, news.node_rows if start == 0 else [], ents, cls, evs


def build(db: Path, nodes_total: int, claims_total: int, per_document: int, per_document_claims: int, seed: int) -> None:
    if db.exists():
        db.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    store = Store(db)  # the real schema, migrated
    with store.engine.begin() as conn:
        made = 0
        for docs, node_rows, ents, cls, evs in documents_rows(nodes_total, claims_total, per_document, per_document_claims, seed):
            for table, rows in ((nodes, node_rows), (documents, docs), (entities, ents), (claims, cls), (evidence, evs)):
                for start in range(0, len(rows), 20_000):
                    conn.execute(insert(table), rows[start : start + 20_000])
            made += len(cls)
            print(f"\r  {made:,} claims, {time.perf_counter() - started:.0f} s", end="", file=sys.stderr)
    print(file=sys.stderr)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    print(f"built {store.counts()} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    store.close()


def is_built(db: Path, nodes_total: int, claims_total: int) -> bool:
    if not db.exists():
        return False
    with Store(db) as store:
        counts = store.counts()
    return counts["nodes"] == nodes_total and counts["claims"] >= claims_total * 0.95


def query_plan(store: Store) -> list[str]:
    """SQLite's plan for the walk's claim query, from both ends."""
    plans = []
    with store.engine.connect() as conn:
        for end in ("subject", "object"):
            stmt = edges_query(end, tuple(sorted(PHASE_CLAIMS[HOLDER][end])), MENTIONS_PER_NODE)
            compiled = stmt.params(node_ids=[1, 2, 3]).compile(store.engine, compile_kwargs={"literal_binds": True})
            plans += [f"{end}: {row[3]}" for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
    return plans


def percentile(ordered: list[float], p: int) -> float:
    return statistics.quantiles(ordered, n=100)[p - 1] if len(ordered) > 1 else ordered[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "out" / "bench-explain.db")
    parser.add_argument("--nodes", type=int, default=100_000, help="entities (graph nodes)")
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--entities-per-document", type=int, default=12)
    parser.add_argument("--claims-per-document", type=int, default=40)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="build the store even if --db holds one of this size")
    args = parser.parse_args()

    if args.rebuild or not is_built(args.db, args.nodes, args.claims):
        print(f"building {args.db}: {args.nodes:,} entities, {args.claims:,} claims", file=sys.stderr)
        build(args.db, args.nodes, args.claims, args.entities_per_document, args.claims_per_document, args.seed)
    store = Store(args.db)
    print(f"store: {store.counts()}")
    for line in query_plan(store):
        print(f"plan: {line}")

    rng = random.Random(args.seed + 1)
    with store.engine.connect() as conn:
        every = list(conn.execute(select(nodes.c.name).where(nodes.c.type == "company").order_by(nodes.c.id)).scalars())
    companies = rng.sample(every, min(len(every), args.queries + 10))
    for name in companies[:10]:  # warm-up: caches, reference index
        explain(store, name)
    latencies, paths, seen = [], [], []
    for name in companies[10 : 10 + args.queries]:
        started = time.perf_counter()
        explanation = explain(store, name)
        latencies.append((time.perf_counter() - started) * 1000)
        paths.append(len(explanation.paths))
        seen.append(explanation.searched["nodes"])
    ordered = sorted(latencies)
    p50, p95, p99 = (percentile(ordered, p) for p in (50, 95, 99))
    linked = sum(1 for n in paths if n)
    print(f"explain on {len(ordered)} random companies: p50={p50:.1f} ms p95={p95:.1f} ms p99={p99:.1f} ms max={ordered[-1]:.1f} ms")
    print(f"paths per answer: mean {statistics.mean(paths):.1f}, max {max(paths)}; {linked} of {len(paths)} companies reach a state; "
          f"nodes read per answer: mean {statistics.mean(seen):.0f}, max {max(seen)}")
    print(f"explain_p50_ms={p50:.1f} explain_p95_ms={p95:.1f}")
    store.close()
    return 0 if p95 < 200 else 1


if __name__ == "__main__":
    sys.exit(main())
