"""Plain text: decoding, limits and the checks every kind of document shares."""

from __future__ import annotations

import re
from pathlib import Path

from levers import config
from levers.model import Document
from levers.read.errors import Unreadable

BOM = "\ufeff"
TITLE_MAX_CHARS = 200
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def max_chars() -> int:
    """The limit, looked up at call time so that tests and settings can change it."""
    return config.MAX_TEXT_CHARS


def max_bytes() -> int:
    """A UTF-8 character takes at most 4 bytes, so a bigger file cannot be within the limit."""
    return 4 * max_chars()


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing a file too big to hold an acceptable text before reading it."""
    try:
        size = path.stat().st_size
        if size > max_bytes():
            raise Unreadable(
                f"file is {size:,} bytes, too big for the {max_chars():,} character limit"
            )
        return path.read_bytes()
    except OSError as exc:
        raise Unreadable(exc.strerror or str(exc)) from exc


def decode_utf8(data: bytes) -> str:
    """UTF-8 text with a leading byte order mark dropped; binary data is refused."""
    if b"\x00" in data:
        raise Unreadable("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Unreadable(f"not UTF-8 text (binary file?): bad byte at offset {exc.start}") from exc
    return text.removeprefix(BOM)


def normalise_newlines(text: str) -> str:
    """Only Windows line ends change; everything else stays, because offsets point into it."""
    return text.replace("\r\n", "\n")


def check_text(text: str, empty_message: str = "empty document") -> None:
    """Refuse a text with nothing in it or one longer than `MAX_TEXT_CHARS`."""
    if not text.strip():
        raise Unreadable(empty_message)
    limit = max_chars()
    if len(text) > limit:
        raise Unreadable(f"text is {len(text):,} characters, over the {limit:,} limit")


def first_line_title(text: str, markdown: bool = False) -> str | None:
    """The first non-empty line when it is short enough to be a headline."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if markdown:
            line = _MARKDOWN_HEADING.sub("", line).strip()
        return line if 0 < len(line) <= TITLE_MAX_CHARS else None
    return None


def text_document(text: str, doc_id: str, markdown: bool = False) -> Document:
    """A `Document` from decoded plain text; the text is kept as is but for "\\r\\n"."""
    text = normalise_newlines(text)
    check_text(text)
    return Document(id=doc_id, text=text, title=first_line_title(text, markdown))


def read_text_file(path: Path) -> Document:
    """A .txt or .md file; the id is the file name without its suffix."""
    text = decode_utf8(read_bytes(path))
    return text_document(text, path.stem, markdown=path.suffix.lower() == ".md")
