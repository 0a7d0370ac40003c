"""GraphML and CSV exports, read back with networkx and the csv module."""

from __future__ import annotations

import csv
import io

import networkx as nx

from levers.export import write_csv, write_graphml
from levers.model import Attribution, Claim, Document, Entity, Extraction, Qualifiers, Share
from levers.reference import Reference
from levers.store import Store

TEXT = "Alibaba holds about a third of Ant Group, people familiar with the matter said. Jack Ma founded Alibaba."


def span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return (start, start + len(part))


def store_with_two_claims() -> Store:
    store = Store.memory(Reference())
    store.add(
        Extraction(
            Document("d1", TEXT),
            [
                Entity("e1", "Alibaba", "company", mentions=[span("Alibaba")]),
                Entity("e2", "Ant Group", "company", mentions=[span("Ant Group")]),
                Entity("e3", "Jack Ma", "person", mentions=[span("Jack Ma")]),
            ],
            [
                Claim(
                    "c1", "owns", "e1", "e2",
                    qualifiers=Qualifiers(share=Share(33.0, "about a third")),
                    certainty="reported",
                    attribution=Attribution("people familiar with the matter", "said"),
                    evidence=[span(TEXT.split(" Jack")[0])],
                ),
                Claim("c2", "founded", "e3", "e1", evidence=[span("Jack Ma founded Alibaba.")]),
            ],
        )
    )
    return store


def test_csv_has_a_row_per_claim_with_its_evidence() -> None:
    out = io.StringIO()
    assert write_csv(store_with_two_claims(), out) == 2

    rows = list(csv.DictReader(io.StringIO(out.getvalue())))

    owns = rows[0]
    assert (owns["subject"], owns["type"], owns["object"]) == ("Alibaba", "owns", "Ant Group")
    assert (owns["certainty"], owns["source"], owns["share"]) == ("reported", "people familiar with the matter", "33.0")
    assert owns["evidence"].startswith("Alibaba holds about a third")
    assert rows[1]["evidence_offsets"] == "{}-{}".format(*span("Jack Ma founded Alibaba."))


def test_graphml_loads_in_networkx_with_one_edge_per_claim() -> None:
    store = store_with_two_claims()
    (jack_ma,) = store.find_nodes("Jack Ma")
    out = io.BytesIO()

    assert write_graphml(store, out) == 2
    graph = nx.read_graphml(io.BytesIO(out.getvalue()))

    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert labels == {"Alibaba", "Ant Group", "Jack Ma"}
    assert sorted(data["certainty"] for _, _, data in graph.edges(data=True)) == ["asserted", "reported"]

    neighbourhood = io.BytesIO()
    assert write_graphml(store, neighbourhood, jack_ma.id) == 1
