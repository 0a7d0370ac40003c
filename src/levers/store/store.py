"""Where extractions live: SQLite by default, any SQLAlchemy URL in principle.

`Store.add()` writes one document's extraction in one transaction; the
per-document entities are attached to shared nodes (see nodes.py), and the
queries the CLI needs (`find_nodes`, `node_claims`, ...) read them back.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import (
    URL,
    Connection,
    Engine,
    Row,
    Select,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    make_url,
    or_,
    select,
    update,
)
from sqlalchemy.pool import StaticPool

from ..model import (
    Amount,
    Attribution,
    Claim,
    Document,
    Entity,
    Extraction,
    Qualifiers,
    Share,
    Span,
)
from ..reference import Reference, load_reference
from ..resolve.across import Decision, resolve_document
from .jobs import JobRecords
from .migrations import migrate
from .nodes import Node, node_key, normalise_name
from .resolution import (
    SqlNodeSource,
    document_pins,
    new_label,
    node_labels,
    pin_node_entities,
    record_judgement,
    refresh_node_keys,
    relabel,
)
from .schema import (
    claims,
    documents,
    entities,
    entity_aliases,
    evidence,
    mentions,
    node_aliases,
    nodes,
    resolutions,
)
from .transactions import BUSY_TIMEOUT_SECONDS, begin_statement, writing

AddStatus = Literal["added", "unchanged", "replaced"]

_CHUNK = 500
"""Ids per `IN (...)` list; SQLite limits bound parameters per statement."""


@dataclass(frozen=True)
class NodeRef:
    """A node as a claim's end: enough to show it and to follow it."""

    id: int
    name: str
    type: str


@dataclass(frozen=True)
class Resolution:
    """Why one document's entity is on its node."""

    document_id: str
    entity_id: str
    name: str
    node_id: int
    method: str
    score: float
    reason: str


@dataclass
class StoredClaim:
    """One stored claim, its ends resolved to nodes and its evidence to text."""

    document_id: str
    document_title: str | None
    published: str | None
    claim_id: str
    type: str
    subject: NodeRef
    object: NodeRef
    certainty: str
    confidence: float
    source: str | None
    """The source entity's node name, or the literal phrase; None when the author states it."""
    source_node: int | None
    cue: str | None
    qualifiers: Qualifiers
    evidence: list[tuple[Span, str]]
    """Each evidence span with the document text it covers."""


DocumentInfo = tuple[str, str | None, str | None]
"""(id, title, published)"""


@dataclass
class NodeView:
    """A node, the documents that mention it and its claims, as of one moment."""

    node: Node
    documents: list[DocumentInfo]
    claims: list[StoredClaim]


class Store:
    """Documents, their extractions and the nodes they share, in one database."""

    def __init__(self, url_or_path: str | Path, reference: Reference | None = None) -> None:
        self.engine: Engine = _create_engine(_to_url(url_or_path))
        self.version: int = migrate(self.engine)
        self.reference: Reference = reference if reference is not None else load_reference()
        """What resolution knows beyond the documents: aliases and identities of entries."""
        self.jobs = JobRecords(self.engine)
        """The ingest jobs of `levers serve`."""

    @classmethod
    def memory(cls, reference: Reference | None = None) -> Store:
        """An in-memory SQLite store (one shared connection), for tests and one-off runs."""
        return cls("sqlite://", reference)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------

    def add(self, extraction: Extraction) -> AddStatus:
        """Store one document's extraction; the same one again writes nothing."""
        _check(extraction)
        doc = extraction.document
        text_sha = _sha256(doc.text)
        extraction_sha = _fingerprint(extraction)
        with writing(self.engine) as conn:
            stored = conn.execute(
                select(documents.c.text_sha256, documents.c.extraction_sha256).where(
                    documents.c.id == doc.id
                )
            ).first()
            if stored is not None and tuple(stored) == (text_sha, extraction_sha):
                return "unchanged"
            values = _document_values(doc, text_sha, extraction_sha)
            touched: set[int] = set()
            if stored is None:
                conn.execute(insert(documents).values(id=doc.id, **values))
                status: AddStatus = "added"
            else:
                touched |= _delete_extraction(conn, doc.id)
                conn.execute(update(documents).where(documents.c.id == doc.id).values(**values))
                status = "replaced"
            touched |= _insert_extraction(conn, extraction, self.reference)
            self._refresh(conn, touched)
        return status

    def add_many(self, extractions: Iterable[Extraction]) -> Counter[str]:
        """Add each extraction in its own transaction; count the statuses."""
        return Counter(self.add(extraction) for extraction in extractions)

    def remove(self, doc_id: str) -> bool:
        """Delete a document and everything extracted from it; False if it was not stored."""
        with writing(self.engine) as conn:
            touched = _delete_extraction(conn, doc_id)
            deleted = conn.execute(delete(documents).where(documents.c.id == doc_id)).rowcount
            self._refresh(conn, touched)
        return bool(deleted)

    def _refresh(self, conn: Connection, node_ids: set[int]) -> None:
        _refresh_nodes(conn, node_ids)
        refresh_node_keys(conn, node_ids, self.reference)

    # --- judgements ----------------------------------------------------------

    def merge(self, keep: int, other: int) -> int:
        """A user's judgement: node `other` is node `keep`. Its entities move there, for good.

        The judgement is stored (pins on the entities, by document and name), so a
        re-ingested or re-added document's entities go to the merged node again.
        """
        if keep == other:
            raise ValueError(f"node {keep} cannot be merged with itself")
        with writing(self.engine) as conn:
            names = {n: _node_name(conn, n) for n in (keep, other)}
            judgement = record_judgement(
                conn, "merge", f"node {other} ({names[other]}) is node {keep} ({names[keep]})"
            )
            labels = node_labels(conn, keep) | node_labels(conn, other)
            label = min(labels) if labels else new_label()
            relabel(conn, labels, label)
            for node_id in (keep, other):
                pin_node_entities(conn, node_id, label, judgement)
            conn.execute(update(entities).where(entities.c.node_id == other).values(node_id=keep))
            _record_judged(conn, [other], keep, f"merged by hand (judgement {judgement})")
            self._refresh(conn, {keep, other})
        return keep

    def split(self, node_id: int, document_ids: Iterable[str]) -> int:
        """A user's judgement: the node's entities in `document_ids` are another entity.

        They move to a new node (returned), and the two groups never merge again,
        not even when their documents are ingested anew.
        """
        moving_docs = set(document_ids)
        with writing(self.engine) as conn:
            name = _node_name(conn, node_id)
            rows = conn.execute(
                select(entities.c.id, entities.c.document_id, entities.c.name, entities.c.type, entities.c.ref)
                .where(entities.c.node_id == node_id)
                .order_by(entities.c.id)
            ).all()
            moving = [r for r in rows if r.document_id in moving_docs]
            if not moving:
                raise ValueError(f"node {node_id} ({name}) has no entity in {sorted(moving_docs)}")
            if len(moving) == len(rows):
                raise ValueError(f"node {node_id} ({name}) has entities in no other document: nothing to split")
            judgement = record_judgement(
                conn, "split", f"node {node_id} ({name}): documents {sorted(moving_docs)} name another entity"
            )
            labels = node_labels(conn, node_id)
            staying = min(labels) if labels else new_label()
            relabel(conn, labels, staying)
            pin_node_entities(conn, node_id, staying, judgement)
            pin_node_entities(conn, node_id, new_label(), judgement, moving_docs)
            first = moving[0]
            new_id = _new_node(conn, Entity("", first.name, first.type, ref=first.ref))
            moved_ids = [r.id for r in moving]
            conn.execute(update(entities).where(entities.c.id.in_(moved_ids)).values(node_id=new_id))
            conn.execute(
                update(resolutions)
                .where(resolutions.c.node_id == node_id, resolutions.c.document_id.in_(moving_docs))
                .values(node_id=new_id, method="pinned", score=1.0, reason=f"split off by hand (judgement {judgement})")
            )
            self._refresh(conn, {node_id, new_id})
        return new_id

    # --- reading -------------------------------------------------------------

    def document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            return _read_document(conn, doc_id)

    def extraction(self, doc_id: str) -> Extraction | None:
        """The extraction as it was added, with its own entity and claim ids."""
        with self.engine.connect() as conn:
            doc = _read_document(conn, doc_id)
            if doc is None:
                return None
            entity_rows = conn.execute(
                select(entities)
                .where(entities.c.document_id == doc_id)
                .order_by(entities.c.position)
            ).all()
            local_ids = {row.id: row.local_id for row in entity_rows}
            entity_list = _read_entities(conn, doc_id, entity_rows)
            claim_list = _read_claims(conn, doc_id, local_ids)
        return Extraction(document=doc, entities=entity_list, claims=claim_list)

    def document_ids(self) -> list[str]:
        """Every stored document's id, oldest publication first (undated last)."""
        stmt = select(documents.c.id).order_by(
            documents.c.published.is_(None), documents.c.published, documents.c.id
        )
        with self.engine.connect() as conn:
            return list(conn.execute(stmt).scalars())

    def nodes(self, node_ids: Sequence[int]) -> dict[int, Node]:
        with self.engine.connect() as conn:
            return _load_nodes(conn, list(node_ids))

    def node(self, node_id: int) -> Node | None:
        with self.engine.connect() as conn:
            return _load_nodes(conn, [node_id]).get(node_id)

    def find_nodes(self, name: str) -> list[Node]:
        """Nodes whose name or an alias is `name` (any case), then prefix, then substring matches.

        Within each group, nodes mentioned by more documents' entities come first.
        """
        query = name.casefold().strip()
        if not query:
            return []
        with self.engine.connect() as conn:
            rank: dict[int, int] = {}
            for position, ids in enumerate(
                (
                    _exact_matches(conn, query, normalise_name(name)),
                    _like_matches(conn, query, prefix=True),
                    _like_matches(conn, query, prefix=False),
                )
            ):
                for node_id in ids:
                    rank.setdefault(node_id, position)
            found = _load_nodes(conn, list(rank))
            weight = _entity_counts(conn, list(rank))
        return sorted(
            found.values(),
            key=lambda n: (rank[n.id], -weight.get(n.id, 0), n.name.casefold(), n.id),
        )

    def pick_node(self, id_or_name: str) -> Node:
        """The one node a user means: a node id ("17"), or a name or alias that names one node.

        Raises ValueError naming the candidates when the name fits several nodes or none.
        """
        text = id_or_name.strip()
        if text.isdigit() and (node := self.node(int(text))) is not None:
            return node
        found = self.find_nodes(text)
        wanted = text.casefold()
        exact = [n for n in found if wanted in {n.name.casefold(), *(a.casefold() for a in n.aliases)}]
        choices = exact or found
        if len(choices) == 1:
            return choices[0]
        if not choices:
            raise ValueError(f"no node is called {text!r}")
        listed = "; ".join(f"{n.id}: {n.name} ({n.type})" for n in choices[:10])
        raise ValueError(f"{text!r} fits {len(choices)} nodes, give an id: {listed}")

    def node_documents(self, node_id: int) -> list[DocumentInfo]:
        """(id, title, published) of the documents that mention a node, oldest first."""
        with self.engine.connect() as conn:
            return _node_documents(conn, node_id)

    def node_claims(self, node_id: int) -> list[StoredClaim]:
        """Every claim with the node as subject or object, oldest document first."""
        with self.engine.connect() as conn:
            return _node_claims(conn, node_id)

    def node_view(self, node_id: int) -> NodeView | None:
        """`node`, `node_documents` and `node_claims` in one read transaction.

        One snapshot: an ingest writing meanwhile cannot show a claim whose document
        the list lacks. And one connection instead of three, for the API's hot path.
        """
        with self.engine.connect() as conn:
            node = _load_nodes(conn, [node_id]).get(node_id)
            if node is None:
                return None
            return NodeView(node, _node_documents(conn, node_id), _node_claims(conn, node_id))

    def resolutions(self, node_id: int | None = None) -> list[Resolution]:
        """Why each entity (of one node, or of all) is where it is, in document order."""
        stmt = (
            select(resolutions, entities.c.name)
            .join(
                entities,
                (entities.c.document_id == resolutions.c.document_id)
                & (entities.c.local_id == resolutions.c.local_id),
            )
            .order_by(resolutions.c.document_id, entities.c.position)
        )
        if node_id is not None:
            stmt = stmt.where(resolutions.c.node_id == node_id)
        with self.engine.connect() as conn:
            return [
                Resolution(r.document_id, r.local_id, r.name, r.node_id, r.method, r.score, r.reason)
                for r in conn.execute(stmt)
            ]

    def entity_nodes(self, document_ids: Sequence[str] | None = None) -> dict[tuple[str, str], int]:
        """(document id, entity id) -> node id, for every stored entity (or those of some documents)."""
        stmt = select(entities.c.document_id, entities.c.local_id, entities.c.node_id)
        with self.engine.connect() as conn:
            if document_ids is None:
                return {(doc, local): node for doc, local, node in conn.execute(stmt)}
            found: dict[tuple[str, str], int] = {}
            for chunk in _chunks(document_ids):
                rows = conn.execute(stmt.where(entities.c.document_id.in_(chunk)))
                found.update({(doc, local): node for doc, local, node in rows})
            return found

    def documents_between(self, node_ids: Collection[int]) -> list[str]:
        """Ids of the documents that state a claim between two of the nodes, oldest publication first."""
        wanted = set(node_ids)
        found: dict[str, str | None] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(sorted(wanted)):
                for doc_id, published, object_node in conn.execute(_claims_from_nodes(), {"ids": chunk}):
                    if object_node in wanted:
                        found[doc_id] = published
        return sorted(found, key=lambda doc_id: (found[doc_id] is None, found[doc_id] or "", doc_id))

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (documents, nodes, entities, claims)
            }


# --- engine ------------------------------------------------------------------


def _to_url(url_or_path: str | Path) -> URL:
    """A string with "://" is a SQLAlchemy URL; anything else is a SQLite file path."""
    if isinstance(url_or_path, str) and "://" in url_or_path:
        return make_url(url_or_path)
    if str(url_or_path) == ":memory:":
        return make_url("sqlite://")
    path = Path(url_or_path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite", database=str(path))


def _create_engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url)
    if url.database in (None, "", ":memory:"):
        # Every new connection to ":memory:" is a new, empty database: share one.
        engine = create_engine(
            url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = create_engine(url)
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    """Foreign keys, WAL and a busy timeout on every connection, and real transactions.

    Python's sqlite3 module opens transactions only before INSERT/UPDATE/DELETE,
    so DDL (migrations) would commit as it goes; we take BEGIN over ourselves,
    IMMEDIATE for writes (see transactions.py).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(begin_statement(conn))


# --- writing helpers -----------------------------------------------------------


def _check(extraction: Extraction) -> None:
    """Refuse an extraction whose ids do not hang together, before writing anything."""
    entity_ids = [e.id for e in extraction.entities]
    if len(set(entity_ids)) != len(entity_ids):
        raise ValueError(f"{extraction.document.id}: duplicate entity ids")
    claim_ids = [c.id for c in extraction.claims]
    if len(set(claim_ids)) != len(claim_ids):
        raise ValueError(f"{extraction.document.id}: duplicate claim ids")
    known = set(entity_ids)
    for claim in extraction.claims:
        for end in (claim.subject, claim.object):
            if end not in known:
                raise ValueError(
                    f"{extraction.document.id}: claim {claim.id} names unknown entity {end!r}"
                )


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _fingerprint(extraction: Extraction) -> str:
    """A hash of everything `add` stores, so that an equal extraction is recognised."""
    data = dataclasses.asdict(extraction)
    return _sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str))


def _document_values(doc: Document, text_sha: str, extraction_sha: str) -> dict[str, Any]:
    return {
        "title": doc.title,
        "published": doc.published,
        "url": doc.url,
        "text": doc.text,
        "text_sha256": text_sha,
        "extraction_sha256": extraction_sha,
    }


def _delete_extraction(conn: Connection, doc_id: str) -> set[int]:
    """Delete a document's entities and claims (not the document row); return their nodes."""
    node_ids = set(
        conn.execute(
            select(entities.c.node_id).distinct().where(entities.c.document_id == doc_id)
        ).scalars()
    )
    entity_ids = select(entities.c.id).where(entities.c.document_id == doc_id)
    claim_ids = select(claims.c.id).where(claims.c.document_id == doc_id)
    conn.execute(delete(resolutions).where(resolutions.c.document_id == doc_id))
    conn.execute(delete(evidence).where(evidence.c.claim_id.in_(claim_ids)))
    conn.execute(delete(claims).where(claims.c.document_id == doc_id))
    conn.execute(delete(mentions).where(mentions.c.entity_id.in_(entity_ids)))
    conn.execute(delete(entity_aliases).where(entity_aliases.c.entity_id.in_(entity_ids)))
    conn.execute(delete(entities).where(entities.c.document_id == doc_id))
    return node_ids


def _insert_extraction(
    conn: Connection, extraction: Extraction, reference: Reference | None = None
) -> set[int]:
    """Insert entities (attached to nodes by resolution) and claims; return the nodes touched."""
    doc_id = extraction.document.id
    row_ids: dict[str, int] = {}
    node_ids: set[int] = set()
    alias_rows: list[dict[str, Any]] = []
    mention_rows: list[dict[str, Any]] = []
    decisions = _resolve(conn, extraction, reference)
    entity_rows = []
    for position, entity in enumerate(extraction.entities):
        node_id = decisions[entity.id].node_id
        assert node_id is not None
        node_ids.add(node_id)
        entity_rows.append(
            {
                "document_id": doc_id,
                "local_id": entity.id,
                "position": position,
                "node_id": node_id,
                "name": entity.name,
                "type": entity.type,
                "ref": entity.ref,
            }
        )
    entity_row_ids = _insert_returning_ids(conn, entities, entity_rows)
    for entity, row_id in zip(extraction.entities, entity_row_ids):
        row_ids[entity.id] = row_id
        alias_rows += [
            {"entity_id": row_id, "position": i, "alias": alias}
            for i, alias in enumerate(entity.aliases)
        ]
        mention_rows += [
            {"entity_id": row_id, "position": i, "start": start, "end": end}
            for i, (start, end) in enumerate(entity.mentions)
        ]
    _insert_all(conn, entity_aliases, alias_rows)
    _insert_all(conn, mentions, mention_rows)

    evidence_rows: list[dict[str, Any]] = []
    claim_rows = [
        {"document_id": doc_id, "position": position, **_claim_values(claim, row_ids)}
        for position, claim in enumerate(extraction.claims)
    ]
    claim_row_ids = _insert_returning_ids(conn, claims, claim_rows)
    for claim, row_id in zip(extraction.claims, claim_row_ids):
        evidence_rows += [
            {"claim_id": row_id, "position": i, "start": start, "end": end}
            for i, (start, end) in enumerate(claim.evidence)
        ]
    _insert_all(conn, evidence, evidence_rows)
    return node_ids


def _insert_returning_ids(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows in one statement; their new ids, in the order of `rows`."""
    if not rows:
        return []
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [row.id for row in conn.execute(stmt, rows)]


def _insert_all(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _claim_values(claim: Claim, row_ids: dict[str, int]) -> dict[str, Any]:
    q = claim.qualifiers
    source = claim.attribution.source
    source_is_entity = source is not None and source in row_ids
    return {
        "local_id": claim.id,
        "type": claim.type,
        "subject_id": row_ids[claim.subject],
        "object_id": row_ids[claim.object],
        "certainty": claim.certainty,
        "confidence": claim.confidence,
        "source_entity_id": row_ids[source] if source_is_entity else None,
        "source_text": None if source_is_entity else source,
        "cue": claim.attribution.cue,
        "role": q.role,
        "share_value": q.share.value if q.share else None,
        "share_text": q.share.text if q.share else None,
        "amount_value": q.amount.value if q.amount else None,
        "amount_currency": q.amount.currency if q.amount else None,
        "amount_text": q.amount.text if q.amount else None,
        "date": q.date,
        "status": q.status,
        "action": q.action,
    }


def _resolve(
    conn: Connection, extraction: Extraction, reference: Reference | None
) -> dict[str, Decision]:
    """Each entity's decision, new nodes created, decisions recorded in `resolutions`."""
    doc_id = extraction.document.id
    by_name = document_pins(conn, doc_id)
    pinned = {
        e.id: by_name[normalise_name(e.name)]
        for e in extraction.entities
        if normalise_name(e.name) in by_name
    }
    decisions = resolve_document(extraction.entities, SqlNodeSource(conn), reference, pinned)
    entity_by_id = {e.id: e for e in extraction.entities}
    first_of_group: dict[str, Entity] = {}
    for decision in decisions:
        if decision.node_id is None:
            first_of_group.setdefault(decision.new_group or decision.entity_id, entity_by_id[decision.entity_id])
    new_nodes = dict(zip(first_of_group, _new_nodes(conn, list(first_of_group.values()))))
    rows = []
    for decision in decisions:
        if decision.node_id is None:
            decision.node_id = new_nodes[decision.new_group or decision.entity_id]
        rows.append(
            {
                "document_id": doc_id,
                "local_id": decision.entity_id,
                "node_id": decision.node_id,
                "method": decision.method,
                "score": decision.score,
                "reason": decision.reason,
            }
        )
    _insert_all(conn, resolutions, rows)
    return {d.entity_id: d for d in decisions}


def _new_node(conn: Connection, entity: Entity) -> int:
    return _new_nodes(conn, [entity])[0]


def _new_nodes(conn: Connection, founders: list[Entity]) -> list[int]:
    """A node for each entity that names nothing stored yet; keys are unique, if not telling.

    The key is `node_key(entity)`, or with "#" and a counter when that is taken
    ("person:ma#2": another Ma).
    """
    bases = [node_key(entity) for entity in founders]
    taken: set[str] = set()
    for chunk in _chunks(sorted(set(bases))):
        taken |= set(conn.execute(select(nodes.c.key).where(nodes.c.key.in_(chunk))).scalars())
    looked: set[str] = set()
    rows = []
    for entity, base in zip(founders, bases):
        key = base
        if key in taken:
            if base not in looked:  # the numbered keys of this base, fetched once
                looked.add(base)
                numbered = select(nodes.c.key).where(nodes.c.key.startswith(f"{base}#", autoescape=True))
                taken |= set(conn.execute(numbered).scalars())
            n = 2
            while f"{base}#{n}" in taken:
                n += 1
            key = f"{base}#{n}"
        taken.add(key)
        rows.append({"key": key, "type": entity.type, "ref": entity.ref, **_name_values(entity.name)})
    return _insert_returning_ids(conn, nodes, rows)


def _node_name(conn: Connection, node_id: int) -> str:
    name = conn.execute(select(nodes.c.name).where(nodes.c.id == node_id)).scalar_one_or_none()
    if name is None:
        raise ValueError(f"no node {node_id}")
    return name


def _record_judged(conn: Connection, moved_from: list[int], node_id: int, reason: str) -> None:
    conn.execute(
        update(resolutions)
        .where(resolutions.c.node_id.in_(moved_from))
        .values(node_id=node_id, method="pinned", score=1.0, reason=reason)
    )


def _name_values(name: str) -> dict[str, str]:
    return {"name": name, "name_lower": name.casefold(), "name_norm": normalise_name(name)}


def _refresh_nodes(conn: Connection, node_ids: Iterable[int]) -> None:
    """Recompute name, type, ref and aliases of nodes from their entities; drop orphans.

    A node's name is its entities' most frequent name (the first stored wins a tie),
    so a replaced or removed document takes its spelling of the name with it.
    Nodes are refreshed a chunk at a time, with a few statements per chunk.
    """
    for chunk in _chunks(sorted(set(node_ids))):
        rows_by_node: dict[int, list[Row[Any]]] = {}
        for row in conn.execute(
            select(entities.c.id, entities.c.node_id, entities.c.name, entities.c.type, entities.c.ref)
            .where(entities.c.node_id.in_(chunk))
            .order_by(entities.c.id)
        ):
            rows_by_node.setdefault(row.node_id, []).append(row)
        aliases_by_entity: dict[int, list[str]] = {}
        for entity_id, alias in conn.execute(
            select(entity_aliases.c.entity_id, entity_aliases.c.alias)
            .join(entities, entities.c.id == entity_aliases.c.entity_id)
            .where(entities.c.node_id.in_(chunk))
            .order_by(entity_aliases.c.entity_id, entity_aliases.c.position)
        ):
            aliases_by_entity.setdefault(entity_id, []).append(alias)
        conn.execute(delete(node_aliases).where(node_aliases.c.node_id.in_(chunk)))
        orphans = [node_id for node_id in chunk if node_id not in rows_by_node]
        if orphans:
            conn.execute(delete(nodes).where(nodes.c.id.in_(orphans)))
        changes: list[dict[str, Any]] = []
        alias_rows: list[dict[str, Any]] = []
        for node_id, rows in rows_by_node.items():
            name = _most_common(row.name for row in rows)
            values = {
                "type": _most_common(row.type for row in rows),
                "ref": next((row.ref for row in rows if row.ref), None),
                **_name_values(name),
            }
            changes.append({"node": node_id, **{f"new_{k}": v for k, v in values.items()}})
            alias_rows += [
                {
                    "node_id": node_id,
                    "position": i,
                    "alias": alias,
                    "alias_lower": alias.casefold(),
                    "alias_norm": normalise_name(alias),
                }
                for i, alias in enumerate(_node_alias_names(rows, aliases_by_entity, name))
            ]
        if changes:
            columns = ("type", "ref", "name", "name_lower", "name_norm")
            conn.execute(
                update(nodes)
                .where(nodes.c.id == bindparam("node"))
                .values({c: bindparam(f"new_{c}") for c in columns}),
                changes,
            )
        _insert_all(conn, node_aliases, alias_rows)


def _node_alias_names(
    rows: Sequence[Row[Any]], aliases_by_entity: dict[int, list[str]], name: str
) -> list[str]:
    """Every entity name and alias of the node but its own name, once each (any case)."""
    seen = {name.casefold()}
    result: list[str] = []
    for row in rows:
        for alias in [row.name, *aliases_by_entity.get(row.id, [])]:
            if alias.casefold() not in seen:
                seen.add(alias.casefold())
                result.append(alias)
    return result


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(values)  # insertion-ordered: ties go to the first seen
    return max(counts, key=lambda value: counts[value])


# --- reading helpers -----------------------------------------------------------


def _read_document(conn: Connection, doc_id: str) -> Document | None:
    row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
    if row is None:
        return None
    return Document(
        id=row.id, text=row.text, title=row.title, published=row.published, url=row.url
    )


def _read_entities(conn: Connection, doc_id: str, rows: Sequence[Row[Any]]) -> list[Entity]:
    of_document = entities.c.document_id == doc_id
    aliases: dict[int, list[str]] = {}
    for entity_id, alias in conn.execute(
        select(entity_aliases.c.entity_id, entity_aliases.c.alias)
        .join(entities, entities.c.id == entity_aliases.c.entity_id)
        .where(of_document)
        .order_by(entity_aliases.c.entity_id, entity_aliases.c.position)
    ):
        aliases.setdefault(entity_id, []).append(alias)
    spans: dict[int, list[Span]] = {}
    for entity_id, start, end in conn.execute(
        select(mentions.c.entity_id, mentions.c.start, mentions.c.end)
        .join(entities, entities.c.id == mentions.c.entity_id)
        .where(of_document)
        .order_by(mentions.c.entity_id, mentions.c.position)
    ):
        spans.setdefault(entity_id, []).append((start, end))
    return [
        Entity(
            id=row.local_id,
            name=row.name,
            type=row.type,
            aliases=aliases.get(row.id, []),
            mentions=spans.get(row.id, []),
            ref=row.ref,
        )
        for row in rows
    ]


def _read_claims(conn: Connection, doc_id: str, local_ids: dict[int, str]) -> list[Claim]:
    rows = conn.execute(
        select(claims).where(claims.c.document_id == doc_id).order_by(claims.c.position)
    ).all()
    spans: dict[int, list[Span]] = {}
    for claim_id, start, end in conn.execute(
        select(evidence.c.claim_id, evidence.c.start, evidence.c.end)
        .join(claims, claims.c.id == evidence.c.claim_id)
        .where(claims.c.document_id == doc_id)
        .order_by(evidence.c.claim_id, evidence.c.position)
    ):
        spans.setdefault(claim_id, []).append((start, end))
    return [
        Claim(
            id=row.local_id,
            type=row.type,
            subject=local_ids[row.subject_id],
            object=local_ids[row.object_id],
            qualifiers=_qualifiers(row),
            certainty=row.certainty,
            attribution=Attribution(
                source=(
                    local_ids[row.source_entity_id]
                    if row.source_entity_id is not None
                    else row.source_text
                ),
                cue=row.cue,
            ),
            evidence=spans.get(row.id, []),
            confidence=row.confidence,
        )
        for row in rows
    ]


def _qualifiers(row: Row[Any]) -> Qualifiers:
    return Qualifiers(
        role=row.role,
        share=Share(value=row.share_value, text=row.share_text)
        if row.share_text is not None
        else None,
        amount=Amount(value=row.amount_value, currency=row.amount_currency, text=row.amount_text)
        if row.amount_text is not None
        else None,
        date=row.date,
        status=row.status,
        action=row.action,
    )


# Statements the API runs on every request, built once: building a statement (its
# clauses, its cache key) costs more than SQLite takes to run it.
_NODES_IN = select(nodes).where(nodes.c.id.in_(bindparam("ids", expanding=True)))
_ALIASES_IN = (
    select(node_aliases.c.node_id, node_aliases.c.alias)
    .where(node_aliases.c.node_id.in_(bindparam("ids", expanding=True)))
    .order_by(node_aliases.c.node_id, node_aliases.c.position)
)
_NODE_DOCUMENTS = (
    select(documents.c.id, documents.c.title, documents.c.published)
    .distinct()
    .join(entities, entities.c.document_id == documents.c.id)
    .where(entities.c.node_id == bindparam("node_id"))
    .order_by(documents.c.published.is_(None), documents.c.published, documents.c.id)
)


def _node_documents(conn: Connection, node_id: int) -> list[DocumentInfo]:
    return [(row.id, row.title, row.published) for row in conn.execute(_NODE_DOCUMENTS, {"node_id": node_id})]


def _node_claims(conn: Connection, node_id: int) -> list[StoredClaim]:
    rows: dict[int, Row[Any]] = {}
    for end in ("subject", "object"):
        for row in conn.execute(_claims_touching(end), {"node_id": node_id}):
            rows[row.id] = row
    spans = _evidence_texts(conn, list(rows))
    ordered = sorted(
        rows.values(),
        key=lambda r: (r.published is None, r.published or "", r.document_id, r.position),
    )
    return [_stored_claim(row, spans.get(row.id, [])) for row in ordered]


def _load_nodes(conn: Connection, node_ids: Sequence[int]) -> dict[int, Node]:
    found: dict[int, Node] = {}
    for chunk in _chunks(node_ids):
        for row in conn.execute(_NODES_IN, {"ids": chunk}):
            found[row.id] = Node(
                id=row.id, key=row.key, name=row.name, type=row.type, aliases=[], ref=row.ref
            )
        for node_id, alias in conn.execute(_ALIASES_IN, {"ids": chunk}):
            found[node_id].aliases.append(alias)
    return found


def _exact_matches(conn: Connection, lower: str, norm: str) -> list[int]:
    by_name = select(nodes.c.id).where(or_(nodes.c.name_lower == lower, nodes.c.name_norm == norm))
    by_alias = select(node_aliases.c.node_id).where(
        or_(node_aliases.c.alias_lower == lower, node_aliases.c.alias_norm == norm)
    )
    return _ids(conn, by_name, by_alias)


def _like_matches(conn: Connection, lower: str, *, prefix: bool) -> list[int]:
    def matches(column: Any) -> Any:
        if prefix:
            return column.startswith(lower, autoescape=True)
        return column.contains(lower, autoescape=True)

    by_name = select(nodes.c.id).where(matches(nodes.c.name_lower))
    by_alias = select(node_aliases.c.node_id).where(matches(node_aliases.c.alias_lower))
    return _ids(conn, by_name, by_alias)


def _ids(conn: Connection, *statements: Select[Any]) -> list[int]:
    result: list[int] = []
    for stmt in statements:
        result += [node_id for node_id in conn.execute(stmt).scalars() if node_id not in result]
    return result


def _entity_counts(conn: Connection, node_ids: Sequence[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for chunk in _chunks(node_ids):
        stmt = (
            select(entities.c.node_id, func.count())
            .where(entities.c.node_id.in_(chunk))
            .group_by(entities.c.node_id)
        )
        counts.update({node_id: n for node_id, n in conn.execute(stmt)})
    return counts


@cache
def _claims_touching(end: Literal["subject", "object"]) -> Select[Any]:
    """Claims whose subject (or object) entity belongs to the node `:node_id`, with both ends' nodes.

    Built once per end: making the six aliases and joins cost more than running the query."""
    subject_entity = entities.alias("subject_entity")
    object_entity = entities.alias("object_entity")
    source_entity = entities.alias("source_entity")
    subject_node = nodes.alias("subject_node")
    object_node = nodes.alias("object_node")
    source_node = nodes.alias("source_node")
    anchored = subject_entity if end == "subject" else object_entity
    return (
        select(
            claims,
            documents.c.title.label("document_title"),
            documents.c.published,
            subject_node.c.id.label("subject_node_id"),
            subject_node.c.name.label("subject_name"),
            subject_node.c.type.label("subject_type"),
            object_node.c.id.label("object_node_id"),
            object_node.c.name.label("object_name"),
            object_node.c.type.label("object_type"),
            source_node.c.id.label("source_node_id"),
            source_node.c.name.label("source_name"),
        )
        .select_from(
            claims.join(documents, documents.c.id == claims.c.document_id)
            .join(subject_entity, subject_entity.c.id == claims.c.subject_id)
            .join(subject_node, subject_node.c.id == subject_entity.c.node_id)
            .join(object_entity, object_entity.c.id == claims.c.object_id)
            .join(object_node, object_node.c.id == object_entity.c.node_id)
            .outerjoin(source_entity, source_entity.c.id == claims.c.source_entity_id)
            .outerjoin(source_node, source_node.c.id == source_entity.c.node_id)
        )
        .where(anchored.c.node_id == bindparam("node_id"))
    )


@cache
def _claims_from_nodes() -> Select[Any]:
    """(document, its date, object node) of each claim whose subject is on one of the nodes `:ids`."""
    subject_entity = entities.alias("subject_entity")
    object_entity = entities.alias("object_entity")
    return (
        select(claims.c.document_id, documents.c.published, object_entity.c.node_id)
        .distinct()
        .select_from(
            claims.join(documents, documents.c.id == claims.c.document_id)
            .join(subject_entity, subject_entity.c.id == claims.c.subject_id)
            .join(object_entity, object_entity.c.id == claims.c.object_id)
        )
        .where(subject_entity.c.node_id.in_(bindparam("ids", expanding=True)))
    )


_EVIDENCE_TEXTS_IN = (
    select(
        evidence.c.claim_id,
        evidence.c.start,
        evidence.c.end,
        func.substr(documents.c.text, evidence.c.start + 1, evidence.c.end - evidence.c.start).label("text"),  # 1-based
    )
    .join(claims, claims.c.id == evidence.c.claim_id)
    .join(documents, documents.c.id == claims.c.document_id)
    .where(evidence.c.claim_id.in_(bindparam("ids", expanding=True)))
    .order_by(evidence.c.claim_id, evidence.c.position)
)


def _evidence_texts(
    conn: Connection, claim_ids: Sequence[int]
) -> dict[int, list[tuple[Span, str]]]:
    """Each claim's evidence spans with the text they cover, cut out by the database."""
    found: dict[int, list[tuple[Span, str]]] = {}
    for chunk in _chunks(claim_ids):
        for claim_id, start, end, text in conn.execute(_EVIDENCE_TEXTS_IN, {"ids": chunk}):
            found.setdefault(claim_id, []).append(((start, end), text or ""))
    return found


def _stored_claim(row: Row[Any], spans: list[tuple[Span, str]]) -> StoredClaim:
    return StoredClaim(
        document_id=row.document_id,
        document_title=row.document_title,
        published=row.published,
        claim_id=row.local_id,
        type=row.type,
        subject=NodeRef(row.subject_node_id, row.subject_name, row.subject_type),
        object=NodeRef(row.object_node_id, row.object_name, row.object_type),
        certainty=row.certainty,
        confidence=row.confidence,
        source=row.source_name if row.source_node_id is not None else row.source_text,
        source_node=row.source_node_id,
        cue=row.cue,
        qualifiers=_qualifiers(row),
        evidence=spans,
    )


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
