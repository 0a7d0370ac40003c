"""The store as GraphML (for Gephi, networkx) and as CSV (one row per claim).

Both show nodes, not per-document entities: a claim stated in two documents is
two edges (two rows), each with its own certainty, source and evidence.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import networkx as nx

from ..model import Claim, Document
from ..store import Node, Store

CSV_COLUMNS = [
    "document", "claim", "type", "subject", "subject_type", "object", "object_type",
    "certainty", "source", "cue", "role", "share", "amount", "currency", "date", "status",
    "action", "confidence", "evidence_offsets", "evidence",
]  # fmt: skip


@dataclass
class NodeClaim:
    """A claim of one document with both ends (and the source) resolved to nodes."""

    document: Document
    claim: Claim
    subject: Node
    object: Node
    source: str | None


def node_claims(store: Store, node_id: int | None = None) -> Iterator[NodeClaim]:
    """Every claim (or those touching one node), document by document."""
    entity_nodes = store.entity_nodes()
    nodes = store.nodes(sorted(set(entity_nodes.values())))
    doc_ids = store.document_ids() if node_id is None else [d for d, _, _ in store.node_documents(node_id)]
    for doc_id in doc_ids:
        extraction = store.extraction(doc_id)
        if extraction is None:
            continue
        for claim in extraction.claims:
            subject = nodes[entity_nodes[doc_id, claim.subject]]
            obj = nodes[entity_nodes[doc_id, claim.object]]
            if node_id is not None and node_id not in (subject.id, obj.id):
                continue
            source = claim.attribution.source
            if source is not None and (doc_id, source) in entity_nodes:
                source = nodes[entity_nodes[doc_id, source]].name
            yield NodeClaim(extraction.document, claim, subject, obj, source)


def write_csv(store: Store, out: IO[str], node_id: int | None = None) -> int:
    """One row per claim; returns how many."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for item in node_claims(store, node_id):
        writer.writerow(_row(item))
        count += 1
    return count


def _row(item: NodeClaim) -> dict[str, Any]:
    claim, q = item.claim, item.claim.qualifiers
    return {
        "document": item.document.id,
        "claim": claim.id,
        "type": claim.type,
        "subject": item.subject.name,
        "subject_type": item.subject.type,
        "object": item.object.name,
        "object_type": item.object.type,
        "certainty": claim.certainty,
        "source": item.source or "",
        "cue": claim.attribution.cue or "",
        "role": q.role or "",
        "share": "" if q.share is None or q.share.value is None else q.share.value,
        "amount": "" if q.amount is None else q.amount.value,
        "currency": "" if q.amount is None else q.amount.currency or "",
        "date": q.date or "",
        "status": q.status or "",
        "action": q.action or "",
        "confidence": round(claim.confidence, 3),
        "evidence_offsets": ";".join(f"{s}-{e}" for s, e in claim.evidence),
        "evidence": " … ".join(item.document.text[s:e] for s, e in claim.evidence),
    }


def claim_graph(store: Store, node_id: int | None = None) -> nx.MultiDiGraph:
    """Nodes and claims as a directed multigraph; attributes are plain strings and numbers."""
    graph = nx.MultiDiGraph()
    for item in node_claims(store, node_id):
        for node in (item.subject, item.object):
            if node.id not in graph:
                graph.add_node(
                    node.id, label=node.name, type=node.type, ref=node.ref or "", aliases="; ".join(node.aliases)
                )
        row = _row(item)
        attributes = {
            k: v if k == "confidence" else str(v)
            for k, v in row.items()
            if k not in ("subject", "subject_type", "object", "object_type")
        }
        graph.add_edge(item.subject.id, item.object.id, key=f"{item.document.id}/{item.claim.id}", label=item.claim.type, **attributes)
    return graph


def write_graphml(store: Store, out: IO[bytes], node_id: int | None = None) -> int:
    """GraphML of the claims; returns how many edges."""
    graph = claim_graph(store, node_id)
    nx.write_graphml(graph, out)
    return graph.number_of_edges()
