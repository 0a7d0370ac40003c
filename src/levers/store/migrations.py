"""A small migration runner.

`MIGRATIONS[i]` brings a database from version `i` to version `i + 1`; the
`schema_version` table holds one row per version applied. `migrate()` runs
the missing steps in one transaction, so a failing step leaves the database
as it was (SQLite DDL is transactional once the engine emits its own BEGIN,
which store.py arranges).

Step 1 creates the tables as schema.py defines them *now*, so a fresh
database is at the newest version as soon as step 1 ran, and the later steps
are only for databases created before them. To change the schema: edit
schema.py, then append one function here that makes the same change to an
existing database, e.g.

    def _v2_claims_language(conn: Connection) -> None:
        conn.execute(DDL("ALTER TABLE claims ADD COLUMN language VARCHAR(8)"))

    MIGRATIONS = [_v1_create_tables, _v2_claims_language]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, func, insert, inspect, select

from .schema import (
    DATA_TABLES,
    JOB_TABLES,
    RESOLUTION_TABLES,
    metadata,
    nodes,
    schema_version,
)
from .transactions import writing

Step = Callable[[Connection], None]


def _v1_create_tables(conn: Connection) -> None:
    """Create documents, nodes, entities, claims and their child tables."""
    metadata.create_all(conn, tables=list(DATA_TABLES))


def _v2_cross_document_resolution(conn: Connection) -> None:
    """Add the resolution tables and file every existing node under its blocking keys.

    Nodes made before this step keep their entities (exact names); documents added
    from now on are resolved against them.
    """
    from ..reference import load_reference
    from .resolution import refresh_node_keys

    metadata.create_all(conn, tables=list(RESOLUTION_TABLES))
    node_ids = list(conn.execute(select(nodes.c.id)).scalars())
    refresh_node_keys(conn, node_ids, load_reference())


def _v3_ingest_jobs(conn: Connection) -> None:
    """Add the tables of ingest jobs, which `levers serve` kept in its memory before."""
    metadata.create_all(conn, tables=list(JOB_TABLES))


MIGRATIONS: list[Step] = [_v1_create_tables, _v2_cross_document_resolution, _v3_ingest_jobs]


def latest_version(steps: Sequence[Step] = MIGRATIONS) -> int:
    return len(steps)


def current_version(conn: Connection) -> int:
    """The highest version applied; 0 for a database without a `schema_version` table."""
    if not inspect(conn).has_table(schema_version.name):
        return 0
    return conn.execute(select(func.max(schema_version.c.version))).scalar_one() or 0


def migrate(engine: Engine, steps: Sequence[Step] = MIGRATIONS) -> int:
    """Apply the missing steps in one transaction and return the database's version.

    A database at the newest version is only read. Otherwise the transaction is a
    write from its start (BEGIN IMMEDIATE), so that processes opening the database
    at once take turns, and the later ones find it migrated.
    """
    target = latest_version(steps)
    with engine.connect() as conn:
        if current_version(conn) == target:
            return target
    with writing(engine) as conn:
        schema_version.create(conn, checkfirst=True)
        version = current_version(conn)
        if version > target:
            raise RuntimeError(
                f"the database is at schema version {version}, newer than this "
                f"levers knows ({target}); upgrade levers"
            )
        if version == target:
            return version
        if version == 0:
            # Step 1 builds the current schema, which already contains every later step.
            steps[0](conn)
            _record(conn, range(1, target + 1))
            return target
        for number in range(version + 1, target + 1):
            steps[number - 1](conn)
            _record(conn, [number])
    return target


def _record(conn: Connection, versions: range | list[int]) -> None:
    applied_at = datetime.now(UTC).isoformat(timespec="seconds")
    conn.execute(
        insert(schema_version),
        [{"version": v, "applied_at": applied_at} for v in versions],
    )
