"""When the store's transactions take SQLite's write lock.

Reads begin deferred (a plain BEGIN): they lock nothing, and in WAL mode never
wait for a writer. A transaction that writes begins IMMEDIATE, through
`writing()`: it takes the write lock at its start, waiting up to
BUSY_TIMEOUT_SECONDS while another connection (an ingest worker, another server
process) holds it. A deferred transaction that reads and then writes cannot
wait like that: if another connection committed after its first read, its
snapshot is stale and SQLite refuses its first write at once ("database is
locked"), whatever the busy timeout.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine

BUSY_TIMEOUT_SECONDS = 30
"""How long a write waits for another connection's write transaction to end before it fails."""

IMMEDIATE = "levers_begin_immediate"
"""The execution option that marks a connection's transactions as writes."""


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction, as `engine.begin()`, that on SQLite holds the write lock from its start."""
    with engine.connect() as conn:
        conn.execution_options(**{IMMEDIATE: True})
        with conn.begin():
            yield conn


def begin_statement(conn: Connection) -> str:
    """What the SQLite engine sends to begin a transaction on `conn`."""
    return "BEGIN IMMEDIATE" if conn.get_execution_options().get(IMMEDIATE) else "BEGIN"
