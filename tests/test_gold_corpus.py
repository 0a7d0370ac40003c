"""The project's own gold corpora (gold/, the sentence set gold/sentences/ and the held-out gold/heldout/): well-formed, in the contract's vocabulary, and up to date."""

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from levers.model import CERTAINTIES, CLAIM_TYPES, ENTITY_TYPES

GOLD = Path(__file__).resolve().parents[1] / "gold"
QUALIFIERS = {"role", "share", "amount", "date", "status", "action"}

# name -> (folder with texts/, annotations/ and gold.jsonl; least number of documents)
SETS = {"gold": (GOLD, 25), "sentences": (GOLD / "sentences", 40), "heldout": (GOLD / "heldout", 10)}


def _documents(root: Path) -> list[dict]:
    return [json.loads(line) for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def _make_gold():
    spec = importlib.util.spec_from_file_location("make_gold", GOLD / "make_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DOCUMENTS = {name: _documents(root) for name, (root, _) in SETS.items()}
# (set name, document), with the main set's ids unchanged and the held-out ones prefixed
CASES = [(name, document) for name in SETS for document in DOCUMENTS[name]]
CASE_IDS = [d["document"]["id"] if name == "gold" else f"{name}:{d['document']['id']}" for name, d in CASES]


@pytest.mark.parametrize("name", SETS)
def test_the_gold_file_is_what_the_annotations_make(name):
    root, _ = SETS[name]
    make_gold = _make_gold()
    command = "python gold/make_gold.py" + ("" if name == "gold" else f" {name}")
    annotated = sorted(p.stem for p in (root / "annotations").glob("*.json") if (root / "texts" / f"{p.stem}.txt").exists())
    assert [d["document"]["id"] for d in DOCUMENTS[name]] == annotated, f"run {command}"
    for document in DOCUMENTS[name]:
        stem = document["document"]["id"]
        rebuilt = make_gold.build(root / "texts" / f"{stem}.txt", root / "annotations" / f"{stem}.json")
        assert rebuilt == document, f"{stem}: run {command}"


@pytest.mark.parametrize(("name", "document"), CASES, ids=CASE_IDS)
def test_offsets_point_at_the_words(name, document):
    root, _ = SETS[name]
    text = (root / "texts" / f"{document['document']['id']}.txt").read_text(encoding="utf-8")
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


@pytest.mark.parametrize("name", SETS)
def test_the_corpus_covers_every_claim_type_certainty_and_five_states(name):
    _, least = SETS[name]
    documents = DOCUMENTS[name]
    claims = [c for d in documents for c in d["claims"]]
    assert len(documents) >= least
    assert set(Counter(c["type"] for c in claims)) == set(CLAIM_TYPES)
    assert set(Counter(c["certainty"] for c in claims)) == set(CERTAINTIES)
    countries = {e["name"] for d in documents for e in d["entities"] if e["type"] == "country"}
    assert len(countries) >= 5


def test_the_held_out_set_is_separate_from_the_main_set():
    main = {d["document"]["id"] for d in DOCUMENTS["gold"]}
    heldout = {d["document"]["id"] for d in DOCUMENTS["heldout"]}
    assert not main & heldout, "document ids must differ, so that both sets can be scored from one run"
    main_texts = {(GOLD / "texts" / f"{i}.txt").read_text(encoding="utf-8") for i in main}
    assert not any((GOLD / "heldout" / "texts" / f"{i}.txt").read_text(encoding="utf-8") in main_texts for i in heldout)
