"""Read, extract and store in one pass: what `levers ingest` does, callable from a notebook.

    from levers import Store, ingest
    report = ingest(["articles/"], Store("levers.db"))
    print(report.counts)   # Counter({'added': 12, 'unchanged': 3})
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from levers.extract import Extractor
from levers.model import Document
from levers.read import ReadError, read_paths
from levers.store import Store


@dataclass
class IngestReport:
    counts: Counter = field(default_factory=Counter)
    """How many documents were added, replaced or unchanged."""
    errors: list[ReadError] = field(default_factory=list)


def ingest(
    patterns: Iterable[str],
    store: Store,
    extractor: Extractor | None = None,
    on_document: Callable[[str], None] | None = None,
) -> IngestReport:
    """Store every readable document under `patterns`; unreadable ones are reported, not fatal."""
    extractor = extractor or Extractor()
    report = IngestReport()

    def documents() -> Iterator[Document]:
        for item in read_paths(patterns):
            if isinstance(item, ReadError):
                report.errors.append(item)
            else:
                yield item

    for extraction in extractor.extract_many(documents()):
        report.counts[store.add(extraction)] += 1
        if on_document is not None:
            on_document(extraction.document.id)
    return report
