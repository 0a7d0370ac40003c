"""Stores built through the real pipeline for the explain and timeline tests.

- `seed_store`: the seed article (../shared/seeds) alone, through `levers.ingest.ingest`.
- `corpus_store`: tests/analyse/corpus/*.txt, written for these tests (first line: the
  title; published dates in corpus/published.json), through the real `Extractor`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from levers.extract import Extractor
from levers.ingest import ingest
from levers.model import Document
from levers.store import Store

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SEEDS = sorted((HERE.parents[2] / "shared" / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def analyse_extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory, analyse_extractor: Extractor) -> Store:
    if not SEEDS:
        pytest.skip("the seed article is missing under ../shared/seeds")
    store = Store(tmp_path_factory.mktemp("seed") / "x.db")
    report = ingest([str(p) for p in SEEDS], store, analyse_extractor)
    assert not report.errors, report.errors
    return store


def corpus_documents() -> list[Document]:
    published = json.loads((CORPUS / "published.json").read_text(encoding="utf-8"))
    documents = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        documents.append(Document(id=path.stem, text=text, title=text.splitlines()[0], published=published[path.stem]))
    return documents


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, analyse_extractor: Extractor) -> Store:
    store = Store(tmp_path_factory.mktemp("corpus") / "corpus.db")
    for extraction in analyse_extractor.extract_many(corpus_documents()):
        store.add(extraction)
    return store
