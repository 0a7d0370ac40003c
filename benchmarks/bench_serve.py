"""Latency of `levers serve` on a synthetic store, with concurrent clients, while an ingest runs.

    .venv/bin/python benchmarks/bench_serve.py                      # 100,000 entities, 20 clients
    .venv/bin/python benchmarks/bench_serve.py --entities 20000 --clients 10 --requests 100
    .venv/bin/python benchmarks/bench_serve.py --workers 2          # `levers serve --workers 2`

1. Builds (once; kept at --db, default out/bench-serve.db) a synthetic store
   with bulk inserts into the store's tables (see build_store): documents of
   generated sentences, each naming some new and some earlier entities, with
   claims of every type and certainty and their evidence offsets.
2. Starts `levers serve` on a free loopback port in a subprocess, with
   --workers server processes (default: levers serve's own default).
3. Measures one client alone (the service time), then starts an ingest through
   the API (the sample corpus as JSON lines, --copies times under new ids) and,
   while it runs, has --clients threads each request --requests random entities
   (`GET /api/v1/entities/{id}`), then searches (exact names and typos).
   The clients start once the ingest has stored its first document (the
   worker's start, loading spaCy, is not what an ingest mostly does).
   Prints p50 / p95 / p99 / max in milliseconds, and last, on a line of its
   own, `entity_p95_ms=...`.

4. Deletes what the ingest stored, so that runs do not pile sample copies
   onto a few nodes and each run measures the same store.

All traffic goes to 127.0.0.1; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from sqlalchemy import select

from levers.cli import SERVE_WORKERS
from levers.model import CERTAINTIES, CLAIM_TYPES
from levers.store import Store
from levers.store.schema import nodes as nodes_table

ROOT = Path(__file__).resolve().parents[1]
TYPES = ("company", "person", "public_body", "organization", "country", "product")
TOKEN = "bench-token"


SYLLABLES = ("ka", "lo", "vi", "mu", "ra", "ne", "to", "shi", "po", "de", "gu", "fa", "ze", "bi", "no", "qua")


def synthetic_name(number: int) -> str:
    """A distinct made-up name per number ("Kalo Vimura"): no digits for a resolver to ignore."""
    syllables = []
    for _ in range(5):
        number, digit = divmod(number, len(SYLLABLES))
        syllables.append(SYLLABLES[digit])
    return f"{''.join(syllables[:2]).title()} {''.join(syllables[2:]).title()}"


def build_store(path: Path, total: int, per_document: int, seed: int = 7) -> None:
    """Write the synthetic store with bulk inserts into the store's tables.

    `Store.add` runs cross-document resolution for every entity, which is the
    ingest's cost, not the API's; this builds the same shape of data in a minute.
    """
    from sqlalchemy import insert

    from levers.store import normalise_name
    from levers.store.schema import claims, documents, entities, evidence, mentions, nodes

    rng = random.Random(seed)
    store = Store(path)  # creates the schema (migrations)
    started = time.perf_counter()
    rows: dict[str, list[dict]] = {name: [] for name in ("documents", "nodes", "entities", "mentions", "claims", "evidence")}
    for number in range(total):
        name = synthetic_name(number)
        rows["nodes"].append({"id": number + 1, "key": f"synthetic:{number}", "name": name, "name_lower": name.casefold(),
                              "name_norm": normalise_name(name), "type": TYPES[number % len(TYPES)], "ref": None})
    entity_id = claim_id = 0
    for doc_number, first in enumerate(range(0, total, per_document)):
        members = list(range(first, min(first + per_document, total)))
        members += rng.sample(range(first), min(first, per_document)) if first else []
        members = list(dict.fromkeys(members))
        parts, offset, local = [], 0, {}
        doc_id = f"synthetic-{doc_number}"
        for position, node in enumerate(members):
            entity_id += 1
            name = synthetic_name(node)
            local[node] = entity_id
            rows["entities"].append({"id": entity_id, "document_id": doc_id, "local_id": f"e{position}", "position": position,
                                     "node_id": node + 1, "name": name, "type": TYPES[node % len(TYPES)], "ref": None})
            rows["mentions"].append({"entity_id": entity_id, "position": 0, "start": offset, "end": offset + len(name)})
            sentence = f"{name} is named here. "
            parts.append(sentence)
            offset += len(sentence)
        for position in range(len(members)):
            subject, obj = rng.sample(members, 2)
            sentence = f"{synthetic_name(subject)} and {synthetic_name(obj)} are linked. "
            claim_id += 1
            rows["claims"].append({"id": claim_id, "document_id": doc_id, "local_id": f"c{position}", "position": position,
                                   "type": rng.choice(CLAIM_TYPES), "subject_id": local[subject], "object_id": local[obj],
                                   "certainty": rng.choice(CERTAINTIES), "confidence": 0.5})
            rows["evidence"].append({"claim_id": claim_id, "position": 0, "start": offset, "end": offset + len(sentence) - 1})
            parts.append(sentence)
            offset += len(sentence)
        rows["documents"].append({"id": doc_id, "title": f"Synthetic {doc_number}", "published": None, "url": None,
                                  "text": "".join(parts), "text_sha256": "-", "extraction_sha256": "-"})
    tables = {
        "documents": documents, "nodes": nodes, "entities": entities,
        "mentions": mentions, "claims": claims, "evidence": evidence,
    }
    with store.engine.begin() as conn:
        for name, table in tables.items():
            for start in range(0, len(rows[name]), 5000):
                conn.execute(insert(table), rows[name][start : start + 5000])
    print(f"built {store.counts()} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    store.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LEVERS_TOKEN": TOKEN}
    process = subprocess.Popen(
        [sys.executable, "-m", "levers.cli", "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the server did not start")


def ingest_load(url: str, copies: int) -> str:
    """Upload the sample corpus `copies` times as JSON lines; return the job id.

    The ids are new on every run: documents stored by an earlier run would come back
    "unchanged", and the ingest would write nothing while the clients read.
    """
    run = f"{time.time_ns():x}"
    lines = []
    for copy in range(copies):
        for path in sorted((ROOT / "samples").glob("*.txt")):
            lines.append(json.dumps({"id": f"bench-{run}-{copy}-{path.stem}", "text": path.read_text(encoding="utf-8")}))
    response = httpx.post(
        f"{url}/api/v1/ingest",
        files={"file": ("bench.jsonl", "\n".join(lines).encode(), "application/jsonl")},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["id"]


def remove_ingested(db: Path) -> None:
    """Delete the documents the run's ingest stored: every run starts from the store as built."""
    with Store(db) as store:
        for doc_id in store.document_ids():
            if doc_id.startswith("bench-"):
                store.remove(doc_id)


def job_status(url: str, job_id: str) -> dict:
    return httpx.get(f"{url}/api/v1/ingest/{job_id}", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10).json()


def wait_for_first_document(url: str, job_id: str, timeout_s: float) -> dict:
    """The job's status once it has stored a document: the worker's start (loading spaCy) is not the ingest's steady state."""
    deadline = time.monotonic() + timeout_s
    while (status := job_status(url, job_id))["documents_done"] < 1 and status["status"] in ("queued", "running"):
        if time.monotonic() > deadline:
            raise RuntimeError(f"the ingest stored nothing in {timeout_s:.0f} s: {status}")
        time.sleep(0.2)
    if status["status"] != "running":
        raise RuntimeError(f"the ingest is not running: {status}")
    return status


def hammer(url: str, paths: list[str], clients: int, deadline_s: float) -> list[float]:
    """Each client thread requests its share of `paths` in turn; latencies in ms."""
    latencies: list[float] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + deadline_s

    def client(share: list[str]) -> None:
        with httpx.Client(base_url=url, timeout=30) as http:
            for path in share:
                if time.monotonic() > stop_at:
                    return
                started = time.perf_counter()
                response = http.get(path)
                elapsed = (time.perf_counter() - started) * 1000
                if response.status_code != 404:  # a node the running ingest merged away
                    response.raise_for_status()
                with lock:
                    latencies.append(elapsed)

    threads = [threading.Thread(target=client, args=(paths[i::clients],)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def summary(name: str, latencies: list[float]) -> float:
    ordered = sorted(latencies)
    q = statistics.quantiles(ordered, n=100)
    print(f"{name}: n={len(ordered)} p50={q[49]:.1f} ms p95={q[94]:.1f} ms p99={q[98]:.1f} ms max={ordered[-1]:.1f} ms")
    return q[94]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "out" / "bench-serve.db")
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--per-document", type=int, default=25, help="new entities per synthetic document")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=100, help="entity requests per client")
    parser.add_argument("--copies", type=int, default=20, help="copies of samples/ ingested meanwhile")
    parser.add_argument("--workers", type=int, default=SERVE_WORKERS, help="server processes (levers serve --workers)")
    args = parser.parse_args()

    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        build_store(args.db, args.entities, args.per_document)
    store = Store(args.db)
    with store.engine.connect() as conn:
        node_ids = list(conn.execute(select(nodes_table.c.id)).scalars())
    store.close()
    nodes = len(node_ids)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port, args.workers)
    try:
        rng = random.Random(1)
        for _ in range(3 * args.workers):  # a typo: builds the name index, in each process (a new connection each)
            httpx.get(f"{url}/api/v1/search", params={"q": "Kalo Vimurx"}, timeout=60)
        idle = hammer(url, [f"/api/v1/entities/{rng.choice(node_ids)}" for _ in range(200)], 1, deadline_s=120)
        job = ingest_load(url, args.copies)
        before = wait_for_first_document(url, job, timeout_s=180)
        paths = [f"/api/v1/entities/{rng.choice(node_ids)}" for _ in range(args.clients * args.requests)]
        entity = hammer(url, paths, args.clients, deadline_s=300)
        during = job_status(url, job)
        stored = during["documents_done"] - before["documents_done"]
        print(f"store: {nodes} nodes; {args.workers} server process(es); ingest while measuring: {during['status']}, {stored} documents stored meanwhile "
              f"({during['documents_done']} in all)")
        if during["status"] != "running":
            print("warning: the ingest ended before the measurement did; raise --copies", file=sys.stderr)
        names = [synthetic_name(rng.randrange(args.entities)) for _ in range(args.clients * 10)]
        searches = [f"/api/v1/search?q={name}" for name in names]
        searches += [f"/api/v1/search?q={name[:-1]}x" for name in names[: args.clients * 5]]  # a typo
        search = hammer(url, searches, args.clients, deadline_s=300)
        search_idle = hammer(url, searches[:100] + searches[-50:], 1, deadline_s=120)
        summary("GET /entities/{id}, one client, no ingest", idle)
        p95 = summary(f"GET /entities/{{id}}, {args.clients} clients, ingest running", entity)
        summary("GET /search (exact and typo), one client", search_idle)
        summary(f"GET /search (exact and typo), {args.clients} clients", search)
        print(f"entity_p95_ms={p95:.1f}")
    finally:
        server.terminate()
        server.wait(timeout=60)
        remove_ingested(args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
