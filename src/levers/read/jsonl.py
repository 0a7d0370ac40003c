"""JSON lines: one `{"id", "text", "title"?, "published"?, "url"?}` object per line.

A bad line becomes a `ReadError` naming it, and reading goes on with the next line.
The text is taken exactly as given (no newline changes): offsets that come with it,
as in `--given` files, must keep pointing at the same characters.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from levers.model import Document
from levers.read.errors import ReadError, Unreadable
from levers.read.text import BOM, check_text

OPTIONAL_FIELDS = ("title", "published", "url")
_SNIFF_BYTES = 8192


def read_jsonl_lines(
    lines: Iterable[str | bytes], source: str
) -> Iterator[Document | ReadError]:
    """Documents from JSONL lines (text, or UTF-8 bytes); blank lines are skipped.

    Line numbers count from 1 and name the line in each error.
    """
    for lineno, line in enumerate(lines, start=1):
        try:
            text = _line_text(line, first=lineno == 1)
            if text.strip():
                yield parse_line(text)
        except Unreadable as exc:
            yield ReadError(f"{source}:{lineno}", f"line {lineno}: {exc}", exc.document_id)


def _line_text(line: str | bytes, first: bool) -> str:
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Unreadable(f"not UTF-8 text: bad byte at offset {exc.start}") from exc
    return line.removeprefix(BOM) if first else line


def parse_line(line: str) -> Document:
    """One JSONL line to a `Document`, or `Unreadable` saying what is wrong with it."""
    try:
        data = json.loads(line.rstrip())
    except json.JSONDecodeError as exc:
        raise Unreadable(f"invalid JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(data, dict):
        raise Unreadable(f"expected a JSON object, got {type(data).__name__}")
    doc_id = _document_id(data)
    text = data.get("text")
    if text is None:
        raise Unreadable("missing 'text'", doc_id)
    if not isinstance(text, str):
        raise Unreadable(f"'text' must be a string, got {type(text).__name__}", doc_id)
    try:
        check_text(text)
    except Unreadable as exc:
        raise Unreadable(str(exc), doc_id) from exc
    extra = {name: _optional_string(data, name, doc_id) for name in OPTIONAL_FIELDS}
    return Document(id=doc_id, text=text, **extra)


def _document_id(data: dict[str, Any]) -> str:
    doc_id = data.get("id")
    if doc_id is None or doc_id == "":
        raise Unreadable("missing 'id'")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int, float)):
        raise Unreadable(f"'id' must be a string or a number, got {type(doc_id).__name__}")
    return str(doc_id)


def _optional_string(data: dict[str, Any], name: str, doc_id: str) -> str | None:
    value = data.get(name)
    if value is not None and not isinstance(value, str):
        raise Unreadable(f"'{name}' must be a string or null, got {type(value).__name__}", doc_id)
    return value


def read_jsonl_file(path: Path) -> Iterator[Document | ReadError]:
    """A .jsonl file, line by line, so that a large collection is never held at once."""
    source = str(path)
    with path.open("rb") as handle:
        _sniff(handle.read(_SNIFF_BYTES))
        handle.seek(0)
        yield from read_jsonl_lines(handle, source)


def _sniff(head: bytes) -> None:
    """Refuse a binary file once, rather than with an error for each of its "lines"."""
    if b"\x00" in head:
        raise Unreadable("binary file (contains NUL bytes)")
    try:
        # final=False: a character cut off at the end of the sample is not an error
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError as exc:
        raise Unreadable("not UTF-8 text (binary file?)") from exc

