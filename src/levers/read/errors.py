"""What reading reports when a document cannot be read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class ReadError:
    """One input that did not become a `Document`; the other inputs are still read.

    `source` is a file path, "<stdin>", or "path:lineno" for one bad JSONL line.
    """

    source: str
    error: str
    document_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract's error line: `{"document": {...}, "error": "..."}`."""
        return {
            "document": {"id": self.document_id or self.source, "source": self.source},
            "error": self.error,
        }


class Unreadable(Exception):
    """Raised inside the readers; `read_path` and friends turn it into a `ReadError`."""

    def __init__(self, message: str, document_id: str | None = None) -> None:
        super().__init__(message)
        self.document_id = document_id
