"""HTML pages: the main text and metadata, as trafilatura extracts them.

trafilatura only parses the string it is given here; nothing is fetched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import trafilatura
from trafilatura.utils import decode_file

from levers.model import Document
from levers.read.errors import Unreadable
from levers.read.text import BOM, check_text, normalise_newlines, read_bytes


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """The page's main text ("" when there is none) and its `title`, `date` and `url`."""
    text = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        with_metadata=False,
    )
    if not text:
        return "", {"title": None, "date": None, "url": None}
    # no extensive date search: it takes any year in the body for the publication date
    meta = trafilatura.extract_metadata(html, extensive=False)
    return text, {
        "title": _clean(meta.title) if meta else None,
        "date": _clean(meta.date) if meta else None,
        "url": _clean(meta.url) if meta else None,
    }


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def decode_html(data: bytes) -> str:
    """UTF-8 if it is; otherwise the page's own charset, as trafilatura detects it.

    Saved pages often use a legacy charset, so unlike plain text, non-UTF-8 HTML is accepted.
    """
    if b"\x00" in data:
        raise Unreadable("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8").removeprefix(BOM)
    except UnicodeDecodeError:
        return decode_file(data)


def read_html_file(path: Path) -> Document:
    """An .html or .htm file; the text is exactly what `html_to_text` extracts."""
    text, meta = html_to_text(decode_html(read_bytes(path)))
    text = normalise_newlines(text)
    check_text(text, empty_message="no main text found in HTML")
    return Document(
        id=path.stem, text=text, title=meta["title"], published=meta["date"], url=meta["url"]
    )
