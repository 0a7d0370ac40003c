"""Migrations: a fresh database gets the newest schema; old ones get the missing steps."""

from __future__ import annotations

import pytest
from sqlalchemy import DDL, Connection, create_engine, inspect, select

from levers.model import Document, Entity, Extraction
from levers.store import MIGRATIONS, Store, current_version, latest_version, migrate
from levers.store.schema import schema_version


def versions(store_or_engine) -> list[int]:
    engine = getattr(store_or_engine, "engine", store_or_engine)
    with engine.connect() as conn:
        return list(conn.execute(select(schema_version.c.version).order_by("version")).scalars())


def existing_database(tmp_path) -> Store:
    """A database file as this version of levers creates it."""
    return Store(tmp_path / "levers.db")


def test_a_fresh_database_is_at_the_newest_version(tmp_path) -> None:
    with Store(tmp_path / "levers.db") as store:
        assert store.version == latest_version() == len(MIGRATIONS)
        assert versions(store) == list(range(1, len(MIGRATIONS) + 1))
        tables = set(inspect(store.engine).get_table_names())
        indexes = {ix["name"] for ix in inspect(store.engine).get_indexes("nodes")}

    assert {"documents", "nodes", "node_aliases", "entities", "claims", "evidence"} <= tables
    assert {"ix_nodes_name_lower", "ix_nodes_name_norm"} <= indexes


def test_migrating_twice_changes_nothing(tmp_path) -> None:
    with Store(tmp_path / "levers.db") as store:
        with store.engine.connect() as conn:
            before = conn.execute(select(schema_version)).all()

        assert migrate(store.engine) == len(MIGRATIONS)

        with store.engine.connect() as conn:
            assert conn.execute(select(schema_version)).all() == before


def test_the_database_file_outlives_the_store(tmp_path) -> None:
    path = tmp_path / "levers.db"
    extraction = Extraction(
        Document("d1", "Alibaba is in Hangzhou."),
        [Entity("e1", "Alibaba", "company", mentions=[(0, 7)])],
    )
    with Store(path) as store:
        store.add(extraction)

    with Store(path) as again:
        assert again.extraction("d1") == extraction
        assert again.add(extraction) == "unchanged"
        assert versions(again) == list(range(1, len(MIGRATIONS) + 1))


def test_a_later_step_runs_once_on_an_older_database(tmp_path) -> None:
    existing_database(tmp_path).close()
    runs: list[str] = []

    def add_language(conn: Connection) -> None:
        runs.append("v2")
        conn.execute(DDL("ALTER TABLE claims ADD COLUMN language VARCHAR(8)"))

    engine = create_engine(f"sqlite:///{tmp_path / 'levers.db'}")
    steps = [*MIGRATIONS, add_language]

    assert migrate(engine, steps) == len(steps)
    assert migrate(engine, steps) == len(steps)

    assert runs == ["v2"]
    assert "language" in {c["name"] for c in inspect(engine).get_columns("claims")}
    assert versions(engine) == list(range(1, len(steps) + 1))
    engine.dispose()


def test_a_failing_step_leaves_the_database_as_it_was(tmp_path) -> None:
    existing_database(tmp_path).close()

    def broken(conn: Connection) -> None:
        conn.execute(DDL("CREATE TABLE half_done (id INTEGER)"))
        raise RuntimeError("step failed halfway")

    with Store(tmp_path / "levers.db") as store:
        with pytest.raises(RuntimeError, match="halfway"):
            migrate(store.engine, [*MIGRATIONS, broken])

        assert "half_done" not in inspect(store.engine).get_table_names()
        with store.engine.connect() as conn:
            assert current_version(conn) == len(MIGRATIONS)


def test_a_database_newer_than_the_code_is_refused(tmp_path) -> None:
    with Store(tmp_path / "levers.db") as store:
        with pytest.raises(RuntimeError, match="newer"):
            migrate(store.engine, MIGRATIONS[:0])


def test_step_2_files_the_nodes_of_a_version_1_database_for_resolution(tmp_path) -> None:
    """A database made before cross-document resolution gets its tables and blocking keys."""
    from sqlalchemy import insert

    from levers.store.schema import (
        DATA_TABLES,
        JOB_TABLES,
        RESOLUTION_TABLES,
        metadata,
        node_keys,
        nodes,
    )

    path = tmp_path / "levers.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        old_tables = [t for t in DATA_TABLES if t not in RESOLUTION_TABLES + JOB_TABLES]
        metadata.create_all(conn, tables=[schema_version, *old_tables])
        conn.execute(insert(schema_version).values(version=1, applied_at="2026-01-01T00:00:00"))
        conn.execute(
            insert(nodes).values(
                id=1, key="company:alibaba group", name="Alibaba Group", name_lower="alibaba group",
                name_norm="alibaba group", type="company",
            )
        )
    engine.dispose()

    with Store(path) as store:
        assert versions(store) == list(range(1, len(MIGRATIONS) + 1))
        with store.engine.connect() as conn:
            keys = set(conn.execute(select(node_keys.c.key).where(node_keys.c.node_id == 1)).scalars())
        assert "t:alibaba" in keys

        store.add(
            Extraction(
                Document("d1", "Alibaba Group Holding Ltd. grew."),
                [Entity("e1", "Alibaba Group Holding Ltd.", "company", mentions=[(0, 26)])],
            )
        )
        assert store.entity_nodes() == {("d1", "e1"): 1}


def test_step_3_adds_the_ingest_jobs_to_a_version_2_database(tmp_path) -> None:
    """A database made before ingest jobs were stored keeps its data and gets their tables."""
    from sqlalchemy import insert

    from levers.store.schema import DATA_TABLES, JOB_TABLES, documents, metadata

    path = tmp_path / "levers.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        metadata.create_all(conn, tables=[schema_version, *(t for t in DATA_TABLES if t not in JOB_TABLES)])
        conn.execute(insert(schema_version), [{"version": v, "applied_at": "2026-01-01T00:00:00"} for v in (1, 2)])
        conn.execute(insert(documents).values(id="d1", text="Text.", text_sha256="-", extraction_sha256="-"))
    engine.dispose()

    with Store(path) as store:
        assert versions(store) == [1, 2, 3]
        assert {t.name for t in JOB_TABLES} <= set(inspect(store.engine).get_table_names())
        assert store.document_ids() == ["d1"]
        job = store.jobs.create("report.txt")
        assert store.jobs.get(job.id) == job
