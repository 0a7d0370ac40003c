"""The project's own gold corpus (gold/): well-formed, in the contract's vocabulary, and up to date."""

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from levers.model import CERTAINTIES, CLAIM_TYPES, ENTITY_TYPES

GOLD = Path(__file__).resolve().parents[1] / "gold"
QUALIFIERS = {"role", "share", "amount", "date", "status", "action"}


def _documents() -> list[dict]:
    return [json.loads(line) for line in (GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def _make_gold():
    spec = importlib.util.spec_from_file_location("make_gold", GOLD / "make_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DOCUMENTS = _documents()


def test_the_gold_file_is_what_the_annotations_make():
    make_gold = _make_gold()
    for document in DOCUMENTS:
        stem = document["document"]["id"]
        rebuilt = make_gold.build(GOLD / "texts" / f"{stem}.txt", GOLD / "annotations" / f"{stem}.json")
        assert rebuilt == document, f"{stem}: run python gold/make_gold.py"


@pytest.mark.parametrize("document", DOCUMENTS, ids=[d["document"]["id"] for d in DOCUMENTS])
def test_offsets_point_at_the_words(document):
    text = (GOLD / "texts" / f"{document['document']['id']}.txt").read_text(encoding="utf-8")
    assert document["document"]["chars"] == len(text)
    ids = {e["id"] for e in document["entities"]}
    for entity in document["entities"]:
        assert entity["type"] in ENTITY_TYPES and set(entity["alt_types"]) <= set(ENTITY_TYPES)
        for start, end in entity["mentions"]:
            assert 0 <= start < end <= len(text) and text[start:end] == text[start:end].strip()
    for claim in document["claims"]:
        assert claim["type"] in CLAIM_TYPES and claim["certainty"] in CERTAINTIES
        assert claim["subject"] in ids and claim["object"] in ids
        assert set(claim["qualifiers"]) == QUALIFIERS
        for start, end in claim["evidence"]:
            assert text[start:end] and text[start:end] == text[start:end].strip()
        source = claim["attribution"]["source"]
        if claim["certainty"] == "reported":
            assert source is None or source in ids or " " in source or source.islower()


def test_the_corpus_covers_every_claim_type_certainty_and_five_states():
    claims = [c for d in DOCUMENTS for c in d["claims"]]
    assert len(DOCUMENTS) >= 25
    assert set(Counter(c["type"] for c in claims)) == set(CLAIM_TYPES)
    assert set(Counter(c["certainty"] for c in claims)) == set(CERTAINTIES)
    countries = {e["name"] for d in DOCUMENTS for e in d["entities"] if e["type"] == "country"}
    assert len(countries) >= 5
