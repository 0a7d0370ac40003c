"""Cross-document resolution rules, one small store each."""

from __future__ import annotations

import pytest

from levers.model import Document, Entity, Extraction
from levers.reference import Reference
from levers.store import Store


def doc(doc_id: str, *entities: tuple[str, str] | tuple[str, str, str]) -> Extraction:
    """A document naming the given (name, type[, ref]) entities, one per sentence."""
    text, items = "", []
    for i, (name, type_, *ref) in enumerate(entities, 1):
        start = len(text)
        text += f"{name} was mentioned. "
        items.append(Entity(f"e{i}", name, type_, mentions=[(start, start + len(name))], ref=ref[0] if ref else None))
    return Extraction(Document(doc_id, text), items)


@pytest.fixture
def store():
    with Store.memory(Reference()) as store:
        yield store


def decision(store: Store, doc_id: str, name: str):
    return next(r for r in store.resolutions() if (r.document_id, r.name) == (doc_id, name))


def test_a_lone_surname_that_fits_two_people_equally_stays_apart(store: Store) -> None:
    store.add(doc("d1", ("Jack Ma", "person"), ("Hangzhou Club", "organization")))
    store.add(doc("d2", ("Pony Ma", "person"), ("Hangzhou Club", "organization")))
    store.add(doc("d3", ("Ma", "person"), ("Hangzhou Club", "organization")))

    ma = decision(store, "d3", "Ma")
    assert ma.method == "new"
    assert "ambiguous" in ma.reason


def test_two_entities_of_one_document_never_share_a_node(store: Store) -> None:
    store.add(doc("d1", ("Mercury Holdings", "company")))
    store.add(doc("d2", ("Mercury Holdings", "company"), ("Mercury Holdings Ltd", "company")))

    nodes = store.entity_nodes()
    assert nodes["d2", "e1"] == nodes["d1", "e1"]
    assert nodes["d2", "e2"] != nodes["d2", "e1"]


def test_different_reference_ids_keep_namesakes_apart(store: Store) -> None:
    store.add(doc("d1", ("John Smith", "person", "wikidata:Q1")))
    store.add(doc("d2", ("John Smith", "person", "wikidata:Q2")))
    store.add(doc("d3", ("John Smith", "person", "wikidata:Q1")))

    nodes = store.entity_nodes()
    assert nodes["d1", "e1"] == nodes["d3", "e1"] != nodes["d2", "e1"]


def test_a_person_is_never_a_country_of_the_same_name(store: Store) -> None:
    store.add(doc("d1", ("Jordan", "country")))
    store.add(doc("d2", ("Jordan", "person")))

    nodes = store.entity_nodes()
    assert nodes["d1", "e1"] != nodes["d2", "e1"]


def test_company_suffixes_and_types_the_reader_confuses_still_merge(store: Store) -> None:
    store.add(doc("d1", ("Gazprom", "company")))
    store.add(doc("d2", ("Gazprom PJSC", "organization")))
    store.add(doc("d3", ("PJSC Gazprom", "company")))

    assert len(set(store.entity_nodes().values())) == 1
    assert decision(store, "d2", "Gazprom PJSC").score < 1.0  # the type differs: it costs a little


def test_a_ref_on_a_bare_everyday_word_needs_context_too(store: Store) -> None:
    apple = "wikidata:Q312"
    store.add(doc("d1", ("Apple Inc.", "company", apple), ("Tim Cook", "person")))
    store.add(doc("d2", ("Apple", "company", apple), ("Poland", "country")))  # the fruit, linked by mistake
    store.add(doc("d3", ("Apple", "company", apple), ("Tim Cook", "person")))

    nodes = store.entity_nodes()
    assert nodes["d1", "e1"] == nodes["d3", "e1"] != nodes["d2", "e1"]
    assert decision(store, "d3", "Apple").method == "context"
