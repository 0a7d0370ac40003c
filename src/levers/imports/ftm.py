"""FollowTheMoney JSON lines into the store, one line at a time.

Lines that levers exported (`levers export --format ftm`) carry a "levers" JSON record
in their `description`, and come back exactly: each document with its text, its
entities with their ids, aliases, types, refs and offsets, its claims with qualifiers,
certainty, attribution, evidence offsets and confidence. Nodes are resolved anew on
the way in, as at ingest.

An export keeps a document's entities together, so a document is stored as soon as
the next one begins: memory holds one document at a time. A line that is not JSON,
not a valid FtM entity, or a levers record that does not fit is reported with its
line number, and the import goes on.

FtM entities from elsewhere (as OpenSanctions or Aleph export them: Person, Company,
Organization, PublicBody, Ownership, Directorship, Membership, Employment, ...) go
through `foreign.ForeignImport`, which writes them as imported documents; other
schemata are counted and skipped.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.proxy import EntityProxy

from ..model import Extraction
from ..store import Store
from .foreign import ForeignImport, ForeignRecordError


@dataclass
class FtmImportReport:
    lines: int = 0
    stored: Counter[str] = field(default_factory=Counter)
    """Documents added, replaced or unchanged."""
    skipped: Counter[str] = field(default_factory=Counter)
    """FtM entities not stored as such, by schema: a levers export's nodes and Mentions
    (nodes come back through resolution, Mentions through the Documentation beside them),
    and schemata from elsewhere that levers has no use for (Address, Sanction, ...)."""
    records: int = 0
    """Entities read from the stream (valid lines)."""
    errors: list[str] = field(default_factory=list)
    """One message per bad line, naming the line."""


@dataclass
class _Pending:
    """One document's pieces while its lines are read."""

    meta: dict[str, Any] | None = None
    parts: dict[int, str] = field(default_factory=dict)
    parts_expected: int = 0
    entities: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    claims: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    first_line: int = 0


class _LineError(ValueError):
    pass


def import_ftm_file(
    path: str | Path, store: Store, on_line: Callable[[int], None] | None = None
) -> FtmImportReport:
    with open(path, encoding="utf-8") as lines:
        return import_ftm(lines, store, source=str(path), on_line=on_line)


def import_ftm(
    lines: Iterable[str],
    store: Store,
    source: str = "<input>",
    on_line: Callable[[int], None] | None = None,
) -> FtmImportReport:
    """Store what the FtM lines hold; bad lines are reported in the result, not raised.

    `on_line(number)` is called after each line, for a progress display.
    """
    importer = _Importer(store, source)
    try:
        for number, line in enumerate(lines, 1):
            importer.report.lines = number
            if line.strip():
                importer.read(line, number)
            if on_line is not None:
                on_line(number)
        importer.finish()
    finally:
        importer.foreign.close()
    return importer.report


class _Importer:
    """One stream's import: the document being gathered, and the foreign records parked."""

    def __init__(self, store: Store, source: str) -> None:
        self.store = store
        self.source = source
        self.report = FtmImportReport()
        self.foreign = ForeignImport(source)
        self.pending: _Pending | None = None
        self.pending_id: str | None = None
        self.done: set[str] = set()

    def read(self, line: str, number: int) -> None:
        try:
            proxy, record = _read_line(line)
            self.report.records += 1
            if record is None:
                if proxy.id.startswith("levers-") or not self.foreign.park(proxy, number):
                    self.report.skipped[proxy.schema.name] += 1
                return
            doc_id = _document_of(record)
            if doc_id != self.pending_id:
                self._start(doc_id, number)
            assert self.pending is not None
            _collect(self.pending, proxy.schema.name, record)
        except (_LineError, ForeignRecordError, InvalidData, json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            self.report.errors.append(f"{self.source}:{number}: {_describe(error)}")

    def _start(self, doc_id: str, number: int) -> None:
        """A line of another document: store the one gathered so far, start the next."""
        if doc_id in self.done:
            raise _LineError(f"document {doc_id!r} was already imported; its lines must be together")
        if self.pending is not None and self.pending_id is not None:
            _flush(self.store, self.pending_id, self.pending, self.report, self.source)
            self.done.add(self.pending_id)
        self.pending, self.pending_id = _Pending(first_line=number), doc_id

    def finish(self) -> None:
        if self.pending is not None and self.pending_id is not None:
            _flush(self.store, self.pending_id, self.pending, self.report, self.source)
        for extraction in self.foreign.extractions(self.report.errors):
            self.report.stored[self.store.add(extraction)] += 1


def _read_line(line: str) -> tuple[EntityProxy, dict[str, Any] | None]:
    """The entity, and its levers record if it has one."""
    data = json.loads(line)
    if not isinstance(data, dict):
        raise _LineError("not a JSON object")
    proxy = model.get_proxy(data, cleaned=False)
    if proxy.id is None:
        raise _LineError("an entity without an id")
    records = [r for r in map(_json_or_none, proxy.get("description", quiet=True)) if r is not None]
    if not records:
        return proxy, None
    if proxy.schema.is_a("Document"):
        return proxy, {"kind": "document", "parts": records}
    if len(records) != 1:
        raise _LineError(f"{len(records)} levers records in one {proxy.schema.name}")
    (record,) = records
    kind = "entity" if "entity" in record else "claim" if "claim" in record else None
    if kind is None:
        raise _LineError(f"a levers record without an entity or a claim in a {proxy.schema.name}")
    return proxy, {"kind": kind, **record}


def _json_or_none(description: str) -> dict[str, Any] | None:
    """The levers record in a `description`, or None for ordinary prose."""
    if not description.startswith("{"):
        return None
    try:
        record = json.loads(description)
    except json.JSONDecodeError:
        return None
    return record if isinstance(record, dict) and "levers" in record else None


def _document_of(record: dict[str, Any]) -> str:
    if record["kind"] == "document":
        return str(record["parts"][0]["document"]["id"])
    return str(record["document"])


def _collect(pending: _Pending, schema: str, record: dict[str, Any]) -> None:
    if record["kind"] == "document":
        for part in record["parts"]:
            pending.meta = part["document"]
            pending.parts[int(part["part"])] = part["text"]
            pending.parts_expected = int(part["parts"])
    elif record["kind"] == "entity":
        entity = record["entity"]
        if not isinstance(entity, dict) or not {"id", "name", "type"} <= entity.keys():
            raise _LineError("a levers entity record without its id, name or type")
        pending.entities.append((int(record["position"]), entity))
    else:
        pending.claims.append((int(record["position"]), record["claim"]))


def _flush(store: Store, doc_id: str, pending: _Pending, report: FtmImportReport, source: str) -> None:
    where = f"{source}:{pending.first_line}"
    if pending.meta is None:
        report.errors.append(f"{where}: document {doc_id!r} has mentions or claims but no document entity")
        return
    if len(pending.parts) != pending.parts_expected:
        report.errors.append(f"{where}: document {doc_id!r} text has {len(pending.parts)} of {pending.parts_expected} parts")
        return
    text = "".join(pending.parts[i] for i in sorted(pending.parts))
    line = {  # one line of `levers extract` (contract 1), read back by the model
        "document": {**pending.meta, "id": doc_id},
        "entities": [e for _, e in sorted(pending.entities, key=lambda item: item[0])],
        "claims": [c for _, c in sorted(pending.claims, key=lambda item: item[0])],
    }
    try:
        extraction = Extraction.from_dict(line, text=text)
        report.stored[store.add(extraction)] += 1
    except (KeyError, TypeError, ValueError) as error:
        report.errors.append(f"{where}: document {doc_id!r} not stored: {error}")


def _describe(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"not JSON ({error.msg}, column {error.colno})"
    if isinstance(error, KeyError):
        return f"a levers record lacks {error}"
    return str(error) or type(error).__name__
