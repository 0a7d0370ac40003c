"""Read-only questions the HTTP API asks of the store, beyond the Store's own methods.

Everything here is a SQLAlchemy Core expression over the store's tables with
bound parameters; no SQL text is ever built from user input. Nothing writes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz, process, utils
from sqlalchemy import Connection, Engine, Select, and_, func, or_, select

from ..analyse.profile import ClaimView, Profile, group_claims
from ..store import Node, Store, StoredClaim, normalise_name
from ..store.schema import claims, documents, entities, node_aliases, nodes

MatchKind = Literal["exact", "prefix", "substring", "fuzzy"]

FUZZY_CUTOFF = 80.0
"""rapidfuzz QRatio score (0-100) a name must reach to count as a typo of the query."""

_CHUNK = 500


# --- search ------------------------------------------------------------------

_TOP = "\U0010ffff"
"""Above every character: `x <= name < x + _TOP` is "name starts with x", on an index."""


@dataclass
class SearchHit:
    node: Node
    match: MatchKind
    score: float
    documents: int = 0


class NameIndex:
    """Node names and aliases in memory, for the fuzzy fallback of search.

    Each name is there whole and word by word (words of four letters or more), so
    that "nordwnd" finds "Nordwind Energy" with a plain edit-distance ratio.

    Rebuilt when the nodes table changes (its size, highest id or alias count),
    looked at no more often than every `recheck_seconds`.
    """

    def __init__(self, engine: Engine, recheck_seconds: float = 2.0) -> None:
        self._engine = engine
        self._recheck = recheck_seconds
        self._lock = threading.Lock()
        self._build_lock = threading.Lock()
        self._checked_at = float("-inf")
        self._generation: tuple[int, ...] | None = None
        self._names: list[str] = []
        self._owners: list[int] = []

    def _current_generation(self) -> tuple[int, ...]:
        with self._engine.connect() as conn:
            count, top = conn.execute(select(func.count(), func.max(nodes.c.id))).one()
            aliases = conn.execute(select(func.count()).select_from(node_aliases)).scalar_one()
        return (count, top or 0, aliases)

    def _refresh(self) -> None:
        """Rebuild the lists if the store changed; other lookups use the old ones meanwhile."""
        with self._lock:
            now = time.monotonic()
            due = now - self._checked_at >= self._recheck
            if due:
                self._checked_at = now  # one thread checks; the others go on with what there is
        if self._generation is None:  # nothing to fall back on: the first lookups wait
            with self._build_lock:
                if self._generation is None:
                    self._rebuild(self._current_generation())
            return
        if due:
            generation = self._current_generation()
            if generation != self._generation:
                with self._build_lock:
                    self._rebuild(generation)

    def _rebuild(self, generation: tuple[int, ...]) -> None:
        names: list[str] = []
        owners: list[int] = []
        with self._engine.connect() as conn:
            rows = conn.execute(select(nodes.c.id, nodes.c.name).union_all(select(node_aliases.c.node_id, node_aliases.c.alias)))
            for node_id, name in rows:
                processed = utils.default_process(name)
                words = processed.split()
                for choice in [processed] + (words if len(words) > 1 else []):
                    if len(choice) >= 4 or choice == processed:
                        names.append(choice)
                        owners.append(node_id)
        with self._lock:
            self._names, self._owners, self._generation = names, owners, generation

    def invalidate(self) -> None:
        """Look at the store again on the next lookup (after a write in this process)."""
        with self._lock:
            self._checked_at = float("-inf")

    def lookup(self, query: str, limit: int) -> list[tuple[int, float]]:
        """(node id, score) of the names closest to `query`, best first, each node once."""
        self._refresh()
        with self._lock:
            names, owners = self._names, self._owners
        found = process.extract(
            utils.default_process(query),
            names,
            scorer=fuzz.QRatio,  # on names processed once above; WRatio is several times slower
            processor=None,
            score_cutoff=FUZZY_CUTOFF,
            limit=limit * 4,
        )
        best: dict[int, float] = {}
        for _name, score, index in found:
            node_id = owners[index]
            best[node_id] = max(best.get(node_id, 0.0), float(score))
        return sorted(best.items(), key=lambda item: -item[1])[:limit]


def search(store: Store, index: NameIndex, query: str, limit: int = 20) -> list[SearchHit]:
    """Exact and prefix matches of names and aliases; without an exact one, substring and then typo-tolerant ones.

    The same order as `Store.find_nodes`, but bounded: each group stops at `limit`
    (find_nodes loads every match, which a two-letter query on a large store makes slow).
    """
    found: dict[int, tuple[MatchKind, float]] = {}
    for kind, score, ids in _matches(store.engine, query, limit):
        for node_id in ids:
            found.setdefault(node_id, (kind, score))
    exact = any(kind == "exact" for kind, _ in found.values())
    if not exact and len(found) < limit and len(query.strip()) >= 3:
        for node_id, score in index.lookup(query, limit):
            found.setdefault(node_id, ("fuzzy", score))
    loaded = load_nodes(store.engine, list(found))
    counts = document_counts(store.engine, list(loaded))
    hits = [SearchHit(loaded[i], kind, score, counts.get(i, 0)) for i, (kind, score) in found.items() if i in loaded]
    rank = {"exact": 0, "prefix": 1, "substring": 2, "fuzzy": 3}
    hits.sort(key=lambda h: (rank[h.match], -h.score if h.match == "fuzzy" else 0, -h.documents, h.node.name.casefold()))
    return hits[:limit]


def _matches(engine: Engine, query: str, limit: int) -> Iterator[tuple[MatchKind, float, list[int]]]:
    """Node ids whose name or alias equals, starts with, or (when none equals it) contains the query (any case)."""
    lower, norm = query.casefold().strip(), normalise_name(query)
    if not lower:
        return
    with engine.connect() as conn:
        exact = _ids(
            conn,
            limit,
            select(nodes.c.id).where(or_(nodes.c.name_lower == lower, nodes.c.name_norm == norm)),
            select(node_aliases.c.node_id).where(or_(node_aliases.c.alias_lower == lower, node_aliases.c.alias_norm == norm)),
        )
        yield "exact", 100.0, exact
        if len(exact) >= limit:
            return
        prefix = _ids(
            conn,
            limit,
            select(nodes.c.id).where(nodes.c.name_lower >= lower, nodes.c.name_lower < lower + _TOP),
            select(node_aliases.c.node_id).where(node_aliases.c.alias_lower >= lower, node_aliases.c.alias_lower < lower + _TOP),
        )
        yield "prefix", 95.0, prefix
        if exact or len(set(exact) | set(prefix)) >= limit:
            return  # a name matched whole: the scan for it inside other names (every row) is not worth its cost
        yield "substring", 90.0, _ids(
            conn,
            limit,
            select(nodes.c.id).where(nodes.c.name_lower.contains(lower, autoescape=True)),
            select(node_aliases.c.node_id).where(node_aliases.c.alias_lower.contains(lower, autoescape=True)),
        )


def _ids(conn: Connection, limit: int, *statements: Select[Any]) -> list[int]:
    """The ids the statements select, each once, at most `limit` from each statement."""
    result: dict[int, None] = {}
    for stmt in statements:
        result.update(dict.fromkeys(conn.execute(stmt.limit(limit)).scalars()))
    return list(result)


def load_nodes(engine: Engine, node_ids: Sequence[int]) -> dict[int, Node]:
    """Nodes by id (those that still exist), each with its aliases, in two queries per 500."""
    found: dict[int, Node] = {}
    with engine.connect() as conn:
        for chunk in _chunks(node_ids):
            for row in conn.execute(select(nodes).where(nodes.c.id.in_(chunk))):
                found[row.id] = Node(id=row.id, key=row.key, name=row.name, type=row.type, aliases=[], ref=row.ref)
            aliases = (
                select(node_aliases.c.node_id, node_aliases.c.alias)
                .where(node_aliases.c.node_id.in_(chunk))
                .order_by(node_aliases.c.node_id, node_aliases.c.position)
            )
            for node_id, alias in conn.execute(aliases):
                if node_id in found:
                    found[node_id].aliases.append(alias)
    return found


def document_counts(engine: Engine, node_ids: Sequence[int]) -> dict[int, int]:
    """How many documents mention each node."""
    counts: dict[int, int] = {}
    with engine.connect() as conn:
        for chunk in _chunks(node_ids):
            stmt = (
                select(entities.c.node_id, func.count(func.distinct(entities.c.document_id)))
                .where(entities.c.node_id.in_(chunk))
                .group_by(entities.c.node_id)
            )
            counts.update({node_id: n for node_id, n in conn.execute(stmt)})
    return counts


# --- an entity's profile ---------------------------------------------------------


@dataclass
class EntityView:
    """`entity_profile` for a node id, with the node ids the views only name."""

    profile: Profile
    other_ids: dict[int, int | None] = field(default_factory=dict)
    """id(ClaimView) -> the node id at the claim's other end."""
    source_ids: dict[int, int | None] = field(default_factory=dict)
    """id(ClaimView) -> the source's node id, when the source is an entity."""


def entity_view(store: Store, node_id: int) -> EntityView | None:
    """What `entity_profile` gives for a name, for one node by id."""
    found = store.node_view(node_id)
    if found is None:
        return None
    stored = found.claims
    profile = Profile(node=found.node, documents=found.documents, claims_by_type=group_claims(node_id, stored))
    view = EntityView(profile)
    places = {_place_key(node_id, claim): claim for claim in stored}
    for claim_views in profile.claims_by_type.values():
        for claim_view in claim_views:
            claim = _first_claim(places, claim_view)
            if claim is not None:
                other = claim.object if claim.subject.id == node_id else claim.subject
                view.other_ids[id(claim_view)] = other.id
                view.source_ids[id(claim_view)] = claim.source_node
    return view


def _place_key(node_id: int, claim: StoredClaim) -> tuple[object, ...]:
    other = claim.object if claim.subject.id == node_id else claim.subject
    spans = tuple(span for span, _ in claim.evidence)
    return (claim.document_id, spans, claim.type, claim.certainty, other.name, other.type)


def _first_claim(
    places: dict[tuple[object, ...], StoredClaim], view: ClaimView
) -> StoredClaim | None:
    """The stored claim behind a view, found through its first citation."""
    for citation in view.citations:
        key = (
            citation.document_id,
            tuple(tuple(s) for s in citation.spans),
            view.type,
            view.certainty,
            view.other,
            view.other_type,
        )
        if key in places:
            return places[key]
    return None


# --- neighbours and graph ----------------------------------------------------------


@dataclass
class Edge:
    """Claims of one type and certainty between two nodes, subject first."""

    subject: int
    object: int
    type: str
    certainty: str
    count: int


@dataclass
class Neighbour:
    node_id: int
    claims: int
    edges: list[Edge]


def neighbours(engine: Engine, node_id: int) -> list[Neighbour]:
    """Every node linked to `node_id` by a claim, most claims first."""
    by_other: dict[int, Neighbour] = {}
    for edge in _edges_touching(engine, node_id):
        other = edge.object if edge.subject == node_id else edge.subject
        if other == node_id:
            continue
        neighbour = by_other.setdefault(other, Neighbour(other, 0, []))
        neighbour.claims += edge.count
        neighbour.edges.append(edge)
    return sorted(by_other.values(), key=lambda n: (-n.claims, n.node_id))


def neighbourhood(engine: Engine, node_id: int, depth: int, limit: int) -> list[int]:
    """`node_id` and at most `limit` nodes around it, nearest first: its neighbours (most
    claims first), then theirs, up to `depth` links away."""
    chosen = {node_id: None}  # ordered
    ring = [node_id]
    for _ in range(depth):
        next_ring: list[int] = []
        for centre in ring:
            for neighbour in neighbours(engine, centre):
                if neighbour.node_id in chosen:
                    continue
                if len(chosen) > limit:
                    return list(chosen)
                chosen[neighbour.node_id] = None
                next_ring.append(neighbour.node_id)
        ring = next_ring
    return list(chosen)


def _edge_select():  # type: ignore[no-untyped-def]
    subject_entity = entities.alias("subject_entity")
    object_entity = entities.alias("object_entity")
    stmt = (
        select(
            subject_entity.c.node_id.label("subject"),
            object_entity.c.node_id.label("object"),
            claims.c.type,
            claims.c.certainty,
            func.count().label("n"),
        )
        .select_from(
            claims.join(subject_entity, subject_entity.c.id == claims.c.subject_id).join(
                object_entity, object_entity.c.id == claims.c.object_id
            )
        )
        .group_by(
            subject_entity.c.node_id, object_entity.c.node_id, claims.c.type, claims.c.certainty
        )
    )
    return stmt, subject_entity, object_entity


def _edges_touching(engine: Engine, node_id: int) -> Iterator[Edge]:
    stmt, subject_entity, object_entity = _edge_select()
    with engine.connect() as conn:
        for anchored in (subject_entity, object_entity):
            for row in conn.execute(stmt.where(anchored.c.node_id == node_id)):
                edge = Edge(row.subject, row.object, row.type, row.certainty, row.n)
                if anchored is object_entity and edge.subject == node_id:
                    continue  # a self-loop, already seen from the subject side
                yield edge


def edges_among(engine: Engine, node_ids: Sequence[int]) -> list[Edge]:
    """Every claim (aggregated) whose two ends are both among `node_ids`."""
    if len(node_ids) > _CHUNK:
        raise ValueError(f"at most {_CHUNK} nodes")
    stmt, subject_entity, object_entity = _edge_select()
    stmt = stmt.where(
        and_(subject_entity.c.node_id.in_(node_ids), object_entity.c.node_id.in_(node_ids))
    )
    with engine.connect() as conn:
        return [Edge(r.subject, r.object, r.type, r.certainty, r.n) for r in conn.execute(stmt)]


@dataclass
class NodeInfo:
    id: int
    name: str
    type: str


def node_infos(engine: Engine, node_ids: Sequence[int]) -> dict[int, NodeInfo]:
    """Name and type of each node, without aliases: one query per 500 nodes."""
    found: dict[int, NodeInfo] = {}
    with engine.connect() as conn:
        for chunk in _chunks(node_ids):
            stmt = select(nodes.c.id, nodes.c.name, nodes.c.type).where(nodes.c.id.in_(chunk))
            found.update({r.id: NodeInfo(r.id, r.name, r.type) for r in conn.execute(stmt)})
    return found


# --- documents -------------------------------------------------------------------


def list_documents(
    engine: Engine, limit: int, offset: int
) -> tuple[int, list[tuple[str, str | None, str | None]]]:
    """(total, page of (id, title, published)), newest first."""
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(documents)).scalar_one()
        stmt = (
            select(documents.c.id, documents.c.title, documents.c.published)
            .order_by(documents.c.published.is_(None), documents.c.published.desc(), documents.c.id)
            .limit(limit)
            .offset(offset)
        )
        return total, [(r.id, r.title, r.published) for r in conn.execute(stmt)]


def entity_nodes(engine: Engine, doc_id: str) -> dict[str, int]:
    """The node of each of a document's entities, by the extraction's own entity id."""
    stmt = select(entities.c.local_id, entities.c.node_id).where(entities.c.document_id == doc_id)
    with engine.connect() as conn:
        return {local_id: node_id for local_id, node_id in conn.execute(stmt)}


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
