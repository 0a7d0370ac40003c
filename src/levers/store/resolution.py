"""The store's side of cross-document resolution (see resolve/across.py).

Blocking keys of every node live in `node_keys` and are refreshed with the node;
each entity's decision lives in `resolutions`; a user's merges and splits live in
`judgements`, and the entities they concern in `pins`, named by document and
normalised name so that a judgement outlives the rows it was made on (re-ingest
deletes and re-inserts a document's entities).
"""

from __future__ import annotations

import heapq
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from ..reference import Reference
from ..resolve.across import CANDIDATE_LIMIT, CandidateNode
from ..resolve.names import blocking_keys, reference_keys
from .nodes import normalise_name
from .schema import entities, judgements, node_aliases, node_keys, nodes, pins

_CHUNK = 500


HUB_SIZE = 200
"""A name key filed under more nodes than this ("t:china", "t:bank") is too common to rank by."""


class SqlNodeSource:
    """`resolve.across.NodeSource` over one open connection.

    `prefetch` reads, in a few statements, what one document's entities need: the
    nodes filed under their keys and those nodes' facts; the other methods then
    answer from memory. Keys shared by more than HUB_SIZE nodes are left out of the
    ranking (reference keys never are).
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._by_key: dict[str, list[int]] = {}
        self._nodes: dict[int, CandidateNode] = {}
        self._neighbours: dict[int, set[int]] = {}
        self._ranked: dict[tuple[frozenset[str], int], list[int]] = {}

    def prefetch(self, key_sets: Iterable[set[str]], limit: int = CANDIDATE_LIMIT) -> None:
        key_sets = list(key_sets)
        self._fetch_keys(set().union(*key_sets))
        self._load([n for keys in key_sets for n in self.candidate_ids(keys, limit) if n not in self._nodes])

    def _fetch_keys(self, wanted: set[str]) -> None:
        keys = sorted(wanted - self._by_key.keys())
        if not keys:
            return
        common: set[str] = set()
        for chunk in _chunks(keys):
            counts = select(node_keys.c.key, func.count()).where(node_keys.c.key.in_(chunk)).group_by(node_keys.c.key)
            common |= {key for key, n in self.conn.execute(counts) if n > HUB_SIZE and not key.startswith("r:")}
        for key in keys:
            self._by_key[key] = []
        for chunk in _chunks([k for k in keys if k not in common]):
            for key, node_id in self.conn.execute(
                select(node_keys.c.key, node_keys.c.node_id).where(node_keys.c.key.in_(chunk))
            ):
                self._by_key[key].append(node_id)

    def candidate_ids(self, keys: Iterable[str], limit: int) -> list[int]:
        wanted = frozenset(keys)
        if (wanted, limit) not in self._ranked:
            self._fetch_keys(set(wanted))
            found = sorted({n for k in wanted if k.startswith("r:") for n in self._by_key[k]})
            shared: Counter[int] = Counter()
            for key in wanted:
                if not key.startswith("r:"):
                    shared.update(self._by_key[key])
            for node_id in found:
                shared.pop(node_id, None)
            best = heapq.nsmallest(limit, shared.items(), key=lambda item: (-item[1], item[0]))
            self._ranked[wanted, limit] = found + [node_id for node_id, _ in best]
        return self._ranked[wanted, limit]

    def candidates(self, node_ids: Sequence[int]) -> list[CandidateNode]:
        self._load([n for n in node_ids if n not in self._nodes])
        return [self._nodes[i] for i in node_ids if i in self._nodes]

    def _load(self, node_ids: Sequence[int]) -> None:
        for chunk in _chunks(sorted(set(node_ids))):
            found: dict[int, CandidateNode] = {}
            for row in self.conn.execute(select(nodes.c.id, nodes.c.name, nodes.c.type).where(nodes.c.id.in_(chunk))):
                found[row.id] = CandidateNode(row.id, row.name, row.type)
            for node_id, alias in self.conn.execute(
                select(node_aliases.c.node_id, node_aliases.c.alias)
                .where(node_aliases.c.node_id.in_(chunk))
                .order_by(node_aliases.c.node_id, node_aliases.c.position)
            ):
                found[node_id].aliases.append(alias)
            for node_id, key in self.conn.execute(
                select(node_keys.c.node_id, node_keys.c.key).where(
                    node_keys.c.node_id.in_(chunk), node_keys.c.key.startswith("r:")
                )
            ):
                found[node_id].reference_keys.add(key)
            for node_id, count in self.conn.execute(
                select(entities.c.node_id, func.count())
                .where(entities.c.node_id.in_(chunk))
                .group_by(entities.c.node_id)
            ):
                if node_id in found:
                    found[node_id].entity_count = count
            self._nodes.update(found)

    def neighbours(self, node_id: int) -> set[int]:
        if node_id not in self._neighbours:
            here = entities.alias("here")
            other = entities.alias("other")
            stmt = (
                select(other.c.node_id)
                .distinct()
                .join(here, here.c.document_id == other.c.document_id)
                .where(here.c.node_id == node_id, other.c.node_id != node_id, other.c.type != "country")
            )
            self._neighbours[node_id] = set(self.conn.execute(stmt).scalars())
        return self._neighbours[node_id]

    def node_of_label(self, label: str) -> int | None:
        for document_id, name_norm in self.conn.execute(
            select(pins.c.document_id, pins.c.name_norm).where(pins.c.label == label)
        ):
            for node_id, name in self.conn.execute(
                select(entities.c.node_id, entities.c.name).where(entities.c.document_id == document_id)
            ):
                if normalise_name(name) == name_norm:
                    return node_id
        return None


def document_pins(conn: Connection, document_id: str) -> dict[str, str]:
    """Normalised entity name -> label, for the entities of a document that judgements pinned."""
    rows = conn.execute(select(pins.c.name_norm, pins.c.label).where(pins.c.document_id == document_id))
    return {name_norm: label for name_norm, label in rows}


def refresh_node_keys(conn: Connection, node_ids: Iterable[int], reference: Reference | None) -> None:
    """Re-file nodes under the blocking and reference keys of their names and entities' refs."""
    for chunk in _chunks(sorted(set(node_ids))):
        conn.execute(delete(node_keys).where(node_keys.c.node_id.in_(chunk)))
        names: dict[int, list[str]] = {}
        types: dict[int, str] = {}
        for node_id, name, node_type in conn.execute(
            select(nodes.c.id, nodes.c.name, nodes.c.type).where(nodes.c.id.in_(chunk))
        ):
            names[node_id], types[node_id] = [name], node_type
        for node_id, alias in conn.execute(
            select(node_aliases.c.node_id, node_aliases.c.alias).where(node_aliases.c.node_id.in_(chunk))
        ):
            names[node_id].append(alias)
        refs: dict[int, set[str]] = {}
        for node_id, ref in conn.execute(
            select(entities.c.node_id, entities.c.ref)
            .distinct()
            .where(entities.c.node_id.in_(chunk), entities.c.ref.is_not(None))
        ):
            refs.setdefault(node_id, set()).add(ref)
        rows = []
        for node_id, node_names in names.items():
            keys = reference_keys(node_names, types[node_id], None, reference)
            keys |= {f"r:{ref}" for ref in refs.get(node_id, ())}
            for name in node_names:
                keys |= blocking_keys(name, types[node_id])
            rows += [{"node_id": node_id, "key": key} for key in sorted(keys)]
        if rows:
            conn.execute(insert(node_keys), rows)


def record_judgement(conn: Connection, kind: str, detail: str) -> int:
    made_at = datetime.now(UTC).isoformat(timespec="seconds")
    return conn.execute(
        insert(judgements).values(kind=kind, detail=detail, made_at=made_at)
    ).inserted_primary_key[0]


def new_label() -> str:
    return uuid.uuid4().hex[:12]


def pin_node_entities(
    conn: Connection, node_id: int, label: str, judgement_id: int, documents: set[str] | None = None
) -> list[int]:
    """Pin the node's entities (those of `documents` only, if given) to `label`; return their row ids."""
    stmt = select(entities.c.id, entities.c.document_id, entities.c.name).where(entities.c.node_id == node_id)
    rows = [r for r in conn.execute(stmt) if documents is None or r.document_id in documents]
    for row in rows:
        _pin(conn, row.document_id, normalise_name(row.name), label, judgement_id)
    return [row.id for row in rows]


def relabel(conn: Connection, old: Iterable[str], label: str) -> None:
    """Every pin under one of the `old` labels moves to `label` (a merge joins their groups)."""
    old = [o for o in set(old) if o != label]
    if old:
        conn.execute(update(pins).where(pins.c.label.in_(old)).values(label=label))


def node_labels(conn: Connection, node_id: int) -> set[str]:
    """The labels of the pins on a node's entities."""
    labels: set[str] = set()
    for document_id, name in conn.execute(
        select(entities.c.document_id, entities.c.name).where(entities.c.node_id == node_id)
    ):
        label = conn.execute(
            select(pins.c.label).where(
                pins.c.document_id == document_id, pins.c.name_norm == normalise_name(name)
            )
        ).scalar_one_or_none()
        if label is not None:
            labels.add(label)
    return labels


def _pin(conn: Connection, document_id: str, name_norm: str, label: str, judgement_id: int) -> None:
    conn.execute(delete(pins).where(pins.c.document_id == document_id, pins.c.name_norm == name_norm))
    conn.execute(
        insert(pins).values(
            document_id=document_id, name_norm=name_norm, label=label, judgement_id=judgement_id
        )
    )


def _chunks(ids: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
