"""The serve layer's read-only queries, on a small in-memory store (no server)."""

from __future__ import annotations

import pytest

from levers.model import Claim, Document, Entity, Extraction
from levers.serve import queries
from levers.store import Store


def article(doc_id: str, owner: str, owned: str, certainty: str = "asserted") -> Extraction:
    text = f"{owner} owns {owned}."
    return Extraction(
        document=Document(doc_id, text, title=doc_id),
        entities=[
            Entity("e1", owner, "company", mentions=[(0, len(owner))]),
            Entity("e2", owned, "company", mentions=[(len(owner) + 6, len(owner) + 6 + len(owned))]),
        ],
        claims=[Claim("c1", "owns", "e1", "e2", certainty=certainty, evidence=[(0, len(text))])],
    )


@pytest.fixture
def store() -> Store:
    store = Store.memory()
    store.add(article("d1", "Nordwind Energy", "Baltic Pipe Holdings"))
    store.add(article("d2", "Nordwind Energy", "Nordsee Gas", "hedged"))
    store.add(article("d3", "Windpark Nord", "Baltic Pipe Holdings", "negated"))
    return store


def names(hits: list[queries.SearchHit]) -> list[tuple[str, str]]:
    return [(hit.node.name, hit.match) for hit in hits]


def test_search_orders_exact_prefix_substring_then_fuzzy(store: Store) -> None:
    index = queries.NameIndex(store.engine)
    hits = queries.search(store, index, "nord", limit=10)
    assert names(hits)[:2] == [("Nordwind Energy", "prefix"), ("Nordsee Gas", "prefix")]  # more documents first
    assert ("Windpark Nord", "substring") in names(hits)
    assert names(queries.search(store, index, "nordwind energy"))[0] == ("Nordwind Energy", "exact")
    assert names(queries.search(store, index, "Nordwnd"))[0] == ("Nordwind Energy", "fuzzy")  # one word, one typo
    assert queries.search(store, index, "qqqq") == []


def test_an_exact_name_keeps_its_longer_namesakes_but_skips_the_substring_scan(store: Store) -> None:
    store.add(article("d5", "Nordwind Energy Trading", "Baltic Nordwind Energy"))
    hits = names(queries.search(store, queries.NameIndex(store.engine), "Nordwind Energy"))
    assert hits[:2] == [("Nordwind Energy", "exact"), ("Nordwind Energy Trading", "prefix")]
    assert not [kind for _, kind in hits if kind == "substring"]


def test_search_stops_at_the_limit(store: Store) -> None:
    hits = queries.search(store, queries.NameIndex(store.engine), "n", limit=2)
    assert len(hits) == 2


def test_the_name_index_sees_new_nodes_once_invalidated(store: Store) -> None:
    index = queries.NameIndex(store.engine, recheck_seconds=3600)
    assert index.lookup("Adriatic Shiping", 5) == []
    store.add(article("d4", "Adriatic Shipping", "Port of Koper"))
    assert index.lookup("Adriatic Shiping", 5) == []  # not looked at again yet
    index.invalidate()
    [(node_id, score)] = index.lookup("Adriatic Shiping", 5)
    assert store.node(node_id).name == "Adriatic Shipping" and score >= queries.FUZZY_CUTOFF


def test_neighbours_and_edges_keep_type_and_certainty(store: Store) -> None:
    [nordwind] = [h.node for h in queries.search(store, queries.NameIndex(store.engine), "Nordwind Energy")]
    found = queries.neighbours(store.engine, nordwind.id)
    infos = queries.node_infos(store.engine, [n.node_id for n in found])
    by_name = {infos[n.node_id].name: n for n in found}
    assert set(by_name) == {"Baltic Pipe Holdings", "Nordsee Gas"}
    [edge] = by_name["Nordsee Gas"].edges
    assert (edge.subject, edge.type, edge.certainty, edge.count) == (nordwind.id, "owns", "hedged", 1)
    shown = [nordwind.id] + [n.node_id for n in found]
    baltic = by_name["Baltic Pipe Holdings"].node_id
    assert all({e.subject, e.object} <= set(shown) for e in queries.edges_among(store.engine, shown))
    negated = queries.neighbours(store.engine, baltic)
    assert {e.certainty for n in negated for e in n.edges} == {"asserted", "negated"}


def test_entity_view_names_the_other_end_of_each_claim(store: Store) -> None:
    [baltic] = [h.node for h in queries.search(store, queries.NameIndex(store.engine), "Baltic Pipe Holdings")]
    view = queries.entity_view(store, baltic.id)
    assert view is not None
    owns = view.profile.claims_by_type["owns"]
    assert len(owns) == 2
    for claim_view in owns:
        other = store.node(view.other_ids[id(claim_view)])
        assert other is not None and other.name == claim_view.other
    assert queries.entity_view(store, 10_000) is None
