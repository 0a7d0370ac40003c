"""A user's merges and splits: applied at once, stored, and respected when documents come again."""

from __future__ import annotations

import pytest

from levers.model import Document, Entity, Extraction
from levers.reference import Reference
from levers.store import Store


def one_entity(doc_id: str, text: str, name: str, type_: str = "company") -> Extraction:
    start = text.index(name)
    return Extraction(Document(doc_id, text), [Entity("e1", name, type_, mentions=[(start, start + len(name))])])


def node_of(store: Store, doc_id: str) -> int:
    return store.entity_nodes()[doc_id, "e1"]


@pytest.fixture
def store():
    with Store.memory(Reference()) as store:
        yield store


def test_merge_joins_what_resolution_kept_apart_and_says_so(store: Store) -> None:
    store.add(one_entity("d1", "Facebook bought Instagram.", "Facebook"))
    store.add(one_entity("d2", "Meta Platforms cut jobs.", "Meta Platforms"))
    facebook, meta = node_of(store, "d1"), node_of(store, "d2")
    assert facebook != meta

    assert store.merge(facebook, meta) == facebook

    assert node_of(store, "d2") == facebook
    assert store.node(meta) is None
    assert store.node(facebook).aliases == ["Meta Platforms"]
    (moved,) = [r for r in store.resolutions() if r.document_id == "d2"]
    assert moved.method == "pinned" and "merged by hand" in moved.reason


def test_a_merge_survives_re_ingest_and_removal(store: Store) -> None:
    store.add(one_entity("d1", "Facebook bought Instagram.", "Facebook"))
    store.add(one_entity("d2", "Meta Platforms cut jobs.", "Meta Platforms"))
    merged = store.merge(node_of(store, "d1"), node_of(store, "d2"))

    changed = one_entity("d2", "Meta Platforms cut 11,000 jobs.", "Meta Platforms")
    assert store.add(changed) == "replaced"
    assert node_of(store, "d2") == merged

    store.remove("d2")
    store.add(changed)
    assert node_of(store, "d2") == merged


def test_split_separates_documents_for_good(store: Store) -> None:
    store.add(one_entity("d1", "Mercury Holdings reported a loss.", "Mercury Holdings"))
    store.add(one_entity("d2", "Mercury Holdings opened a Lagos office.", "Mercury Holdings"))
    store.add(one_entity("d3", "Mercury Holdings hired bankers.", "Mercury Holdings"))
    node = node_of(store, "d1")
    assert {node_of(store, d) for d in ("d1", "d2", "d3")} == {node}

    other = store.split(node, ["d2"])

    assert node_of(store, "d2") == other != node
    assert node_of(store, "d3") == node

    # Ingested again, d2's Mercury stays apart, and a new document follows its own evidence.
    store.remove("d2")
    store.add(one_entity("d2", "Mercury Holdings opened a Lagos office again.", "Mercury Holdings"))
    assert node_of(store, "d2") not in (node, None)
    assert node_of(store, "d2") != node_of(store, "d1")
    assert node_of(store, "d3") == node_of(store, "d1")


def test_a_split_cannot_empty_a_node_or_miss(store: Store) -> None:
    store.add(one_entity("d1", "Mercury Holdings reported a loss.", "Mercury Holdings"))
    node = node_of(store, "d1")

    with pytest.raises(ValueError, match="nothing to split"):
        store.split(node, ["d1"])
    with pytest.raises(ValueError, match="no entity"):
        store.split(node, ["d9"])
    with pytest.raises(ValueError, match="no node"):
        store.merge(node, 999)


def test_merging_after_a_split_joins_the_groups_again(store: Store) -> None:
    for doc_id in ("d1", "d2"):
        store.add(one_entity(doc_id, "Mercury Holdings reported a loss.", "Mercury Holdings"))
    node = node_of(store, "d1")
    other = store.split(node, ["d2"])

    store.merge(node, other)
    store.remove("d2")
    store.add(one_entity("d2", "Mercury Holdings reported a loss.", "Mercury Holdings"))

    assert node_of(store, "d2") == node_of(store, "d1")
