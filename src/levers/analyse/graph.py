"""The store read as a graph of nodes and claims, in a few batched queries.

`explain` walks many nodes, so it reads claims a frontier at a time with only the
columns it walks by (`edges_touching`), and fetches the quotes, titles and
sources of the few claims it reports afterwards (`statements`). Everything is
SQLAlchemy Core against the store's tables; values are always bound.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, bindparam, func, or_, select

from ..model import CLAIM_TYPES, Amount, Qualifiers, Share
from ..store.nodes import normalise_name
from ..store.schema import claims, documents, entities, evidence, node_aliases, nodes

CHUNK = 500
"""Ids per `IN (...)` list; SQLite limits bound parameters per statement."""


@dataclass(frozen=True)
class Edge:
    """One stored claim between two nodes, with what a walk needs to choose it."""

    claim: int
    type: str
    subject: int
    object: int
    certainty: str
    document_id: str
    status: str | None
    share: float | None


@dataclass
class NodeRow:
    id: int
    name: str
    type: str
    ref: str | None
    aliases: list[str] = field(default_factory=list)


@dataclass
class StatementRow:
    """One stored claim in full: its document, attribution, qualifiers and quoted evidence."""

    claim: int
    local_id: str
    type: str
    subject: int
    object: int
    certainty: str
    document_id: str
    document_title: str | None
    published: str | None
    source: str | None
    source_node: int | None
    cue: str | None
    qualifiers: Qualifiers
    spans: list[tuple[int, int]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


def edges_touching(conn: Connection, node_ids: Iterable[int], skip_types: Sequence[str] = ("criticizes",)) -> list[Edge]:
    """Every claim with a subject or object on one of the nodes, each once."""
    types = [t for t in CLAIM_TYPES if t not in skip_types]
    found: dict[int, Edge] = {}
    for end in ("subject", "object"):
        edges, _ = edges_at(conn, node_ids, end, types)
        for edge in edges:
            found.setdefault(edge.claim, edge)
    return list(found.values())


def edges_at(
    conn: Connection, node_ids: Iterable[int], end: str, types: Iterable[str], per_node: int | None = None
) -> tuple[list[Edge], dict[int, NodeRow]]:
    """Claims of `types` whose `end` ("subject" or "object") is one of the nodes, and both ends' nodes.

    With `per_node`, only the claims of each node's newest `per_node` mentions (see `edges_query`).
    """
    edges: list[Edge] = []
    rows: dict[int, NodeRow] = {}
    stmt = edges_query(end, tuple(sorted(types)), per_node)
    for chunk in chunks(sorted(set(node_ids))):
        result = conn.execute(stmt, {"node_ids": list(chunk)})
        for claim, kind, certainty, document, status, share, s_id, s_name, s_type, s_ref, o_id, o_name, o_type, o_ref, *_ in result:
            edges.append(Edge(claim, kind, s_id, o_id, certainty, document, status, share))
            if s_id not in rows:
                rows[s_id] = NodeRow(s_id, s_name, s_type, s_ref)
            if o_id not in rows:
                rows[o_id] = NodeRow(o_id, o_name, o_type, o_ref)
    return edges, rows


@cache
def edges_query(end: str, types: tuple[str, ...], per_node: int | None = None) -> Select[Any]:
    """The claims of `edges_at`, in one statement over the bound list `node_ids` (built once, then reused).

    With `per_node`, only the claims stated in each node's newest `per_node` mentions
    (entities, one per document) are read: SQLite numbers a node's entities from the
    entities.node_id index alone, so a node named in thousands of documents costs
    no more than one named in a few. Then claims.subject_id or claims.object_id, the
    other entity and both nodes by their keys.
    """
    anchors = select(entities.c.id).where(entities.c.node_id.in_(bindparam("node_ids", expanding=True)))
    if per_node is not None:
        newest = func.row_number().over(partition_by=entities.c.node_id, order_by=entities.c.id.desc())
        numbered = select(entities.c.id, newest.label("newest")).where(
            entities.c.node_id.in_(bindparam("node_ids", expanding=True))
        ).subquery("numbered")
        anchors = select(numbered.c.id).where(numbered.c.newest <= per_node)
    subject_entity, object_entity = entities.alias("subject_entity"), entities.alias("object_entity")
    subject_node, object_node = nodes.alias("subject_node"), nodes.alias("object_node")
    anchor_column = claims.c.subject_id if end == "subject" else claims.c.object_id
    return (
        select(
            claims.c.id,
            claims.c.type,
            claims.c.certainty,
            claims.c.document_id,
            claims.c.status,
            claims.c.share_value,
            subject_node.c.id,
            subject_node.c.name,
            subject_node.c.type,
            subject_node.c.ref,
            object_node.c.id,
            object_node.c.name,
            object_node.c.type,
            object_node.c.ref,
        )
        .select_from(
            claims.join(subject_entity, subject_entity.c.id == claims.c.subject_id)
            .join(object_entity, object_entity.c.id == claims.c.object_id)
            .join(subject_node, subject_node.c.id == subject_entity.c.node_id)
            .join(object_node, object_node.c.id == object_entity.c.node_id)
        )
        .where(anchor_column.in_(anchors.scalar_subquery()), claims.c.type.in_(types))
    )


def node_aliases_of(conn: Connection, node_ids: Iterable[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for chunk in chunks(sorted(set(node_ids))):
        stmt = select(node_aliases.c.node_id, node_aliases.c.alias).where(node_aliases.c.node_id.in_(chunk))
        for node_id, alias in conn.execute(stmt.order_by(node_aliases.c.node_id, node_aliases.c.position)):
            found.setdefault(node_id, []).append(alias)
    return found


def node_rows(conn: Connection, node_ids: Iterable[int]) -> dict[int, NodeRow]:
    """Name, type, ref and aliases of each node."""
    found: dict[int, NodeRow] = {}
    for chunk in chunks(sorted(set(node_ids))):
        for row in conn.execute(select(nodes.c.id, nodes.c.name, nodes.c.type, nodes.c.ref).where(nodes.c.id.in_(chunk))):
            found[row.id] = NodeRow(row.id, row.name, row.type, row.ref)
        aliases = select(node_aliases.c.node_id, node_aliases.c.alias).where(node_aliases.c.node_id.in_(chunk))
        for node_id, alias in conn.execute(aliases.order_by(node_aliases.c.node_id, node_aliases.c.position)):
            if node_id in found:
                found[node_id].aliases.append(alias)
    return found


def nodes_named(conn: Connection, names: Iterable[str]) -> dict[str, list[int]]:
    """Normalised name -> nodes whose name or an alias is that name (normalised as node keys are)."""
    wanted = sorted({normalise_name(name) for name in names if name.strip()})
    found: dict[str, list[int]] = {}
    for chunk in chunks(wanted):
        by_name = select(nodes.c.name_norm, nodes.c.id).where(nodes.c.name_norm.in_(chunk))
        by_alias = select(node_aliases.c.alias_norm, node_aliases.c.node_id).where(node_aliases.c.alias_norm.in_(chunk))
        for stmt in (by_name, by_alias):
            for norm, node_id in conn.execute(stmt):
                ids = found.setdefault(norm, [])
                if node_id not in ids:
                    ids.append(node_id)
    return found


def statements(conn: Connection, claim_ids: Iterable[int]) -> dict[int, StatementRow]:
    """The full stored claims, with document title and date, source name and evidence text."""
    subject_entity, object_entity = entities.alias("subject_entity"), entities.alias("object_entity")
    source_entity, source_node = entities.alias("source_entity"), nodes.alias("source_node")
    joined = (
        claims.join(documents, documents.c.id == claims.c.document_id)
        .join(subject_entity, subject_entity.c.id == claims.c.subject_id)
        .join(object_entity, object_entity.c.id == claims.c.object_id)
        .outerjoin(source_entity, source_entity.c.id == claims.c.source_entity_id)
        .outerjoin(source_node, source_node.c.id == source_entity.c.node_id)
    )
    stmt = select(
        claims,
        documents.c.title.label("document_title"),
        documents.c.published,
        subject_entity.c.node_id.label("subject_node"),
        object_entity.c.node_id.label("object_node"),
        source_node.c.id.label("source_node_id"),
        source_node.c.name.label("source_name"),
    ).select_from(joined)
    found: dict[int, StatementRow] = {}
    ids = sorted(set(claim_ids))
    for chunk in chunks(ids):
        for row in conn.execute(stmt.where(claims.c.id.in_(chunk))):
            found[row.id] = StatementRow(
                claim=row.id,
                local_id=row.local_id,
                type=row.type,
                subject=row.subject_node,
                object=row.object_node,
                certainty=row.certainty,
                document_id=row.document_id,
                document_title=row.document_title,
                published=row.published,
                source=row.source_name if row.source_node_id is not None else row.source_text,
                source_node=row.source_node_id,
                cue=row.cue,
                qualifiers=_qualifiers(row),
            )
    length = evidence.c.end - evidence.c.start
    covered = func.substr(documents.c.text, evidence.c.start + 1, length)  # SQLite counts from 1
    quotes = (
        select(evidence.c.claim_id, evidence.c.start, evidence.c.end, covered.label("text"))
        .join(claims, claims.c.id == evidence.c.claim_id)
        .join(documents, documents.c.id == claims.c.document_id)
    )
    for chunk in chunks(ids):
        stmt = quotes.where(evidence.c.claim_id.in_(chunk)).order_by(evidence.c.claim_id, evidence.c.position)
        for claim_id, start, end, text in conn.execute(stmt):
            row = found.get(claim_id)
            if row is not None:
                row.spans.append((start, end))
                row.evidence.append(text or "")
    return found


def co_mentioned(conn: Connection, node_id: int, max_documents: int, types: Sequence[str]) -> dict[int, list[str]]:
    """Nodes of `types` named in the same documents as `node_id` (newest documents first): node -> document ids."""
    newest = (
        select(entities.c.document_id)
        .join(documents, documents.c.id == entities.c.document_id)
        .where(entities.c.node_id == node_id)
        .distinct()
        .order_by(documents.c.published.desc(), entities.c.document_id)
        .limit(max_documents)
    )
    document_ids = list(conn.execute(newest).scalars())
    found: dict[int, list[str]] = {}
    if not document_ids:
        return found
    stmt = select(entities.c.node_id, entities.c.document_id).where(
        entities.c.document_id.in_(document_ids), entities.c.node_id != node_id, entities.c.type.in_(types)
    )
    for other, document_id in conn.execute(stmt):
        docs = found.setdefault(other, [])
        if document_id not in docs:
            docs.append(document_id)
    return found


def node_ids_matching(conn: Connection, text: str) -> list[int]:
    """Nodes whose name or alias is exactly `text` (case-insensitive): a cheap first look-up."""
    lower = text.casefold().strip()
    by_name = select(nodes.c.id).where(or_(nodes.c.name_lower == lower, nodes.c.name_norm == normalise_name(text)))
    by_alias = select(node_aliases.c.node_id).where(
        or_(node_aliases.c.alias_lower == lower, node_aliases.c.alias_norm == normalise_name(text))
    )
    found: list[int] = []
    for stmt in (by_name, by_alias):
        found += [n for n in conn.execute(stmt).scalars() if n not in found]
    return found


def chunks(ids: Sequence) -> Iterator[Sequence]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _qualifiers(row: object) -> Qualifiers:
    share = Share(value=row.share_value, text=row.share_text) if row.share_text is not None else None  # type: ignore[attr-defined]
    amount = (
        Amount(value=row.amount_value, currency=row.amount_currency, text=row.amount_text)  # type: ignore[attr-defined]
        if row.amount_text is not None  # type: ignore[attr-defined]
        else None
    )
    return Qualifiers(
        role=row.role,  # type: ignore[attr-defined]
        share=share,
        amount=amount,
        date=row.date,  # type: ignore[attr-defined]
        status=row.status,  # type: ignore[attr-defined]
        action=row.action,  # type: ignore[attr-defined]
    )
