"""The store's tables: the current schema, on one MetaData.

Documents own everything extracted from them (entities, mentions, aliases,
claims, evidence); deleting a document's rows removes its whole extraction.
Nodes are shared across documents: every per-document entity points at one.
Claims point at per-document entities, and so through `entities.node_id` at
nodes; re-resolving nodes later only has to rewrite `entities.node_id`.

Changing a table here needs a migration step too (see migrations.py).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", String(32), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True),
    Column("title", Text),
    Column("published", String(32)),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("text_sha256", String(64), nullable=False),
    # Hash of the whole extraction (text included): equal hash -> "unchanged".
    Column("extraction_sha256", String(64), nullable=False),
)

nodes = Table(
    "nodes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("name_lower", Text, nullable=False),  # str.casefold(): SQLite's lower() is ASCII-only
    Column("name_norm", Text, nullable=False),  # normalise_name(name), as in node keys
    Column("type", String(32), nullable=False),
    Column("ref", String),
    Index("ix_nodes_name_lower", "name_lower"),
    Index("ix_nodes_name_norm", "name_norm"),
)

node_aliases = Table(
    "node_aliases",
    metadata,
    Column("node_id", Integer, ForeignKey("nodes.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("alias", Text, nullable=False),
    Column("alias_lower", Text, nullable=False),
    Column("alias_norm", Text, nullable=False),
    Index("ix_node_aliases_alias_lower", "alias_lower"),
    Index("ix_node_aliases_alias_norm", "alias_norm"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "document_id",
        String,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("local_id", String, nullable=False),  # the extraction's own id, "e1"
    Column("position", Integer, nullable=False),
    Column("node_id", Integer, ForeignKey("nodes.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("ref", String),
    UniqueConstraint("document_id", "local_id", name="uq_entities_document_local"),
    Index("ix_entities_node_id", "node_id"),
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column(
        "entity_id",
        Integer,
        ForeignKey("entities.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("alias", Text, nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column(
        "entity_id",
        Integer,
        ForeignKey("entities.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "document_id",
        String,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("local_id", String, nullable=False),  # the extraction's own id, "c1"
    Column("position", Integer, nullable=False),
    Column("type", String(32), nullable=False),
    Column(
        "subject_id",
        Integer,
        ForeignKey("entities.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column(
        "object_id",
        Integer,
        ForeignKey("entities.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("certainty", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    # Attribution: an entity of the same document, or a literal phrase, or neither.
    Column("source_entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE")),
    Column("source_text", Text),
    Column("cue", Text),
    # Qualifiers, flattened; share/amount are present when their text is not NULL.
    Column("role", Text),
    Column("share_value", Float),
    Column("share_text", Text),
    Column("amount_value", Float),
    Column("amount_currency", String(8)),
    Column("amount_text", Text),
    Column("date", String(32)),
    Column("status", String(32)),
    Column("action", Text),
    UniqueConstraint("document_id", "local_id", name="uq_claims_document_local"),
    Index("ix_claims_subject_id", "subject_id"),
    Index("ix_claims_object_id", "object_id"),
    Index("ix_claims_source_entity_id", "source_entity_id"),
)

evidence = Table(
    "evidence",
    metadata,
    Column(
        "claim_id",
        Integer,
        ForeignKey("claims.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

# --- cross-document resolution (migration step 2) ----------------------------

node_keys = Table(
    "node_keys",
    metadata,
    # Blocking keys: a node is a candidate for an entity that shares one (resolve/names.py).
    Column("node_id", Integer, ForeignKey("nodes.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String, primary_key=True),
    Index("ix_node_keys_key", "key"),
)

resolutions = Table(
    "resolutions",
    metadata,
    # Why each entity is on its node: method, score, a reason a person can read.
    Column(
        "document_id",
        String,
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("local_id", String, primary_key=True),
    Column("node_id", Integer, nullable=False),
    Column("method", String(16), nullable=False),
    Column("score", Float, nullable=False),
    Column("reason", Text, nullable=False),
    Index("ix_resolutions_node_id", "node_id"),
)

judgements = Table(
    "judgements",
    metadata,
    # A user's merge or split; kept when documents are removed or re-ingested.
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("detail", Text, nullable=False),
    Column("made_at", String(32), nullable=False),
)

pins = Table(
    "pins",
    metadata,
    # An entity, named by its document and normalised name (stable across re-ingest), pinned
    # by a judgement to a label: entities with one label share a node, other labels never do.
    Column("document_id", String, primary_key=True),
    Column("name_norm", Text, primary_key=True),
    Column("label", String, nullable=False),
    Column("judgement_id", Integer, ForeignKey("judgements.id"), nullable=False),
    Index("ix_pins_label", "label"),
)

RESOLUTION_TABLES: tuple[Table, ...] = (node_keys, resolutions, judgements, pins)

# --- ingest jobs (migration step 3) ------------------------------------------------

ingest_jobs = Table(
    "ingest_jobs",
    metadata,
    # An upload that `levers serve` ingests in the background: a row, so that every
    # server process can answer for it, not only the one that runs it (jobs.py).
    Column("id", String(32), primary_key=True),
    Column("filename", Text, nullable=False),
    Column("status", String(16), nullable=False),  # queued, running, done, failed
    Column("counts", JSON, nullable=False),  # {"added": n, "replaced": n, "unchanged": n}
    Column("errors", JSON, nullable=False),  # [[source, error], ...]
    Column("created_at", String(32), nullable=False),
    Column("started_at", String(32)),
    Column("finished_at", String(32)),
)

ingest_job_documents = Table(
    "ingest_job_documents",
    metadata,
    # The documents a job has stored, in order: its progress.
    Column("job_id", String(32), ForeignKey("ingest_jobs.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("document_id", String, nullable=False),
)

JOB_TABLES: tuple[Table, ...] = (ingest_jobs, ingest_job_documents)

DATA_TABLES: tuple[Table, ...] = (
    documents,
    nodes,
    node_aliases,
    entities,
    entity_aliases,
    mentions,
    claims,
    evidence,
    *RESOLUTION_TABLES,
    *JOB_TABLES,
)
"""Every table but schema_version, parents before children."""
