"""Writes from several processes at once: a write waits for another's, it does not fail."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import insert

from levers.model import Document, Entity, Extraction
from levers.reference import Reference
from levers.store import Store
from levers.store.schema import judgements
from levers.store.transactions import writing

HELD_SECONDS = 0.5


def company(doc_id: str, name: str) -> Extraction:
    text = f"{name} reported a loss."
    return Extraction(Document(doc_id, text), [Entity("e1", name, "company", mentions=[(0, len(name))])])


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A store file with "Facebook" (d1) and "Meta Platforms" (d2) on two nodes."""
    path = tmp_path / "levers.db"
    with Store(path, Reference()) as store:
        store.add(company("d1", "Facebook"))
        store.add(company("d2", "Meta Platforms"))
    return path


def node_id(store: Store, name: str) -> int:
    return store.pick_node(name).id


def write_briefly(path: Path, holding: threading.Event) -> None:
    """Another connection, as another process's would be: commits a row after holding the write lock a while."""
    with Store(path, Reference()) as other, writing(other.engine) as conn:
        conn.execute(insert(judgements).values(kind="test", detail="another writer", made_at="2026-01-01T00:00:00"))
        holding.set()
        time.sleep(HELD_SECONDS)


def merge(store: Store) -> None:
    store.merge(node_id(store, "Meta Platforms"), node_id(store, "Facebook"))


def add(store: Store) -> None:
    store.add(company("d3", "Meta Platforms"))


@pytest.mark.parametrize("write", [merge, add], ids=["merge", "add"])
def test_a_write_waits_while_another_connection_writes(path: Path, write: Callable[[Store], None]) -> None:
    """A deferred transaction that read before the other commit could not write after it ("database is locked")."""
    with Store(path, Reference()) as store:
        holding = threading.Event()
        writer = threading.Thread(target=write_briefly, args=(path, holding))
        writer.start()
        assert holding.wait(timeout=10)

        started = time.monotonic()
        assert store.node(node_id(store, "Facebook")) is not None  # reads do not wait
        assert time.monotonic() - started < HELD_SECONDS / 2
        write(store)
        waited = time.monotonic() - started
        writer.join()

        assert waited >= HELD_SECONDS / 2
        if write is merge:
            assert node_id(store, "Facebook") == node_id(store, "Meta Platforms")
        else:
            assert "d3" in store.document_ids()
