"""Sixteen short documents about overlapping people and companies, resolved across documents.

The documents (corpus/*.txt) were written for this test. Their extractions are built
by hand here, as an extractor would ideally produce them, so that the test measures
cross-document resolution alone: each entity carries the cluster it belongs to, and
the store's nodes are scored by pairwise precision and recall of merges.

What makes it hard: "Jack Ma", "Ma Yun", "马云" and a lone "Mr. Ma" are one person,
while Pony Ma (Ma Huateng) is another and gets his own "Mr. Ma"; "Zhang Yiming" and
"Zhang Yong" are two people, each later called only "Mr. Zhang"; "Alibaba Group
Holding Ltd." is "Alibaba" but not "Alibaba Cloud"; "Apple" the company is not the
"Apple" that an extractor mistook for one in a note on the fruit harvest.
"""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest

from levers.model import Document, Entity, Extraction
from levers.reference import Country, Reference, ReferenceEntry
from levers.store import Store

CORPUS = Path(__file__).parent / "corpus"

# (cluster, name, type, aliases) for each entity of each document.
ENTITIES: dict[str, list[tuple[str, str, str, list[str]]]] = {
    "01_alibaba_cloud": [
        ("alibaba", "Alibaba Group Holding Ltd.", "company", ["Alibaba"]),
        ("alibaba_cloud", "Alibaba Cloud", "company", []),
        ("jack_ma", "Jack Ma", "person", []),
    ],
    "02_ant_listing": [
        ("ant", "Ant Group", "company", []),
        ("jack_ma", "Jack Ma", "person", ["Ma"]),
        ("ccp", "Chinese Communist Party", "organization", []),
    ],
    "03_ma_yun": [
        ("jack_ma", "Ma Yun", "person", []),
        ("alibaba", "Alibaba", "company", []),
        ("ant", "Ant", "company", []),
    ],
    "04_ma_yun_chinese": [
        ("jack_ma", "马云", "person", []),
        ("alibaba", "Alibaba Group", "company", []),
    ],
    "05_tencent_profits": [
        ("tencent", "Tencent Holdings", "company", []),
        ("wechat", "WeChat", "product", []),
        ("pony_ma", "Ma Huateng", "person", ["Pony Ma"]),
    ],
    "06_tencent_shareholders": [
        ("pony_ma", "Ma", "person", ["Mr. Ma"]),
        ("tencent", "Tencent", "company", []),
        ("wechat_pay", "WeChat Pay", "product", []),
    ],
    "07_alibaba_letter": [
        ("jack_ma", "Ma", "person", ["Mr. Ma"]),
        ("alibaba", "Alibaba", "company", []),
    ],
    "08_bytedance_founder": [
        ("bytedance", "ByteDance", "company", []),
        ("zhang_yiming", "Zhang Yiming", "person", []),
        ("tiktok", "TikTok", "product", []),
        ("kevin_mayer", "Kevin Mayer", "person", []),
    ],
    "09_haidilao": [
        ("haidilao", "Haidilao", "company", []),
        ("zhang_yong", "Zhang Yong", "person", ["Mr. Zhang"]),
    ],
    "10_bytedance_data": [
        ("zhang_yiming", "Zhang", "person", ["Mr. Zhang"]),
        ("bytedance", "ByteDance", "company", []),
        ("tiktok", "TikTok", "product", []),
        ("china", "China", "country", []),
        ("kevin_mayer", "Keven Mayer", "person", []),
    ],
    "11_apple_iphone": [
        ("apple", "Apple Inc.", "company", ["Apple"]),
        ("iphone", "iPhone", "product", []),
        ("china", "China", "country", []),
        ("tim_cook", "Tim Cook", "person", []),
    ],
    "12_apple_harvest": [
        ("apple_the_fruit", "Apple", "company", []),  # an extractor's mistake, kept apart
        ("poland", "Poland", "country", []),
        ("european_commission", "European Commission", "public_body", []),
    ],
    "13_apple_research": [
        ("tim_cook", "Tim Cook", "person", []),
        ("apple", "Apple", "company", []),
    ],
    "14_shell_nigeria": [
        ("shell", "Shell plc", "company", ["Royal Dutch Shell"]),
        ("nigeria", "Nigeria", "country", []),
    ],
    "15_shell_settlement": [
        ("shell", "Royal Dutch Shell", "company", []),
    ],
    "16_party_card": [
        ("jack_ma", "Jack Ma", "person", []),
        ("ccp", "CCP", "organization", []),
        ("peoples_daily", "People's Daily", "company", []),
        ("alibaba", "Alibaba Group Holding Limited", "company", []),
    ],
}


def corpus_reference() -> Reference:
    """What reference data says about the people and companies of the corpus."""
    china_government = ReferenceEntry("Chinese government", "public_body", "wikidata:Q1045658", "CN")
    return Reference(
        countries=[
            Country("CN", "China", "wikidata:Q148", ("PRC",), ("Chinese",), "Beijing", china_government)
        ],
        entries=[
            ReferenceEntry("Jack Ma", "person", "wikidata:Q1137062", "CN", ("Ma Yun", "马云")),
            ReferenceEntry("Ma Huateng", "person", "wikidata:Q1739008", "CN", ("Pony Ma", "马化腾")),
            ReferenceEntry("Alibaba Group", "company", "wikidata:Q1359568", "CN", ("Alibaba",)),
            ReferenceEntry("Ant Group", "company", "wikidata:Q28455994", "CN", ("Ant Financial",)),
            ReferenceEntry("Shell plc", "company", "wikidata:Q154950", "GB", ("Royal Dutch Shell", "Shell")),
            ReferenceEntry(
                "Chinese Communist Party", "organization", "wikidata:Q17427", "CN", ("CCP", "CPC")
            ),
        ],
    )


def mentions_of(text: str, names: list[str], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every free occurrence of the names, longest name first; each span is taken once."""
    spans = []
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            span = match.span()
            if not any(s < span[1] and span[0] < e for s, e in taken):
                spans.append(span)
                taken.append(span)
    return sorted(spans)


def corpus_extraction(doc_id: str) -> tuple[Extraction, dict[str, str]]:
    """A document's hand-made extraction, and each entity's expected cluster."""
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    taken: list[tuple[int, int]] = []
    specs = ENTITIES[doc_id]
    # Names first, longest first, then aliases: "Alibaba Cloud" is not a mention of "Alibaba".
    spans: dict[int, list[tuple[int, int]]] = {i: [] for i in range(len(specs))}
    for i in sorted(spans, key=lambda i: -len(specs[i][1])):
        spans[i] += mentions_of(text, [specs[i][1]], taken)
        assert spans[i], f"{doc_id}: {specs[i][1]!r} is not in the text"
    for i, (_, _, _, aliases) in enumerate(specs):
        spans[i] = sorted(spans[i] + mentions_of(text, aliases, taken))
    entities = [
        Entity(f"e{i + 1}", name, type_, aliases, spans[i])
        for i, (_, name, type_, aliases) in enumerate(specs)
    ]
    clusters = {f"e{i + 1}": cluster for i, (cluster, _, _, _) in enumerate(specs)}
    return Extraction(Document(doc_id, text), entities), clusters


def pairwise_precision_recall(
    predicted: dict[tuple[str, str], int], expected: dict[tuple[str, str], str]
) -> tuple[float, float]:
    """Over all pairs of entities: of the pairs put on one node, how many should be (precision);
    of the pairs that should be on one node, how many are (recall)."""
    same_predicted = same_expected = both = 0
    for a, b in combinations(sorted(expected), 2):
        p = predicted[a] == predicted[b]
        e = expected[a] == expected[b]
        same_predicted += p
        same_expected += e
        both += p and e
    return both / max(same_predicted, 1), both / max(same_expected, 1)


def ingest_corpus(store: Store) -> dict[tuple[str, str], str]:
    expected: dict[tuple[str, str], str] = {}
    for doc_id in sorted(ENTITIES):
        extraction, clusters = corpus_extraction(doc_id)
        store.add(extraction)
        expected.update({(doc_id, entity_id): c for entity_id, c in clusters.items()})
    return expected


@pytest.fixture
def store():
    with Store.memory(corpus_reference()) as store:
        yield store


def test_the_corpus_has_the_documents_the_spec_names() -> None:
    assert sorted(p.stem for p in CORPUS.glob("*.txt")) == sorted(ENTITIES)
    assert len(ENTITIES) >= 10


def test_pairwise_precision_and_recall_of_merges(store: Store) -> None:
    expected = ingest_corpus(store)

    precision, recall = pairwise_precision_recall(store.entity_nodes(), expected)

    wrong = [
        (r.document_id, r.name, r.method, r.reason)
        for r in store.resolutions()
        if r.node_id != store.entity_nodes()[r.document_id, r.entity_id]
    ]
    assert not wrong
    assert precision >= 0.95, precision
    assert recall >= 0.95, recall


def test_every_cluster_is_exactly_one_node(store: Store) -> None:
    expected = ingest_corpus(store)
    nodes = store.entity_nodes()

    node_of_cluster: dict[str, set[int]] = {}
    for key, cluster in expected.items():
        node_of_cluster.setdefault(cluster, set()).add(nodes[key])

    assert {c: len(n) for c, n in node_of_cluster.items() if len(n) != 1} == {}
    assert len(set(nodes.values())) == len(node_of_cluster)


def test_decisions_say_how_and_why(store: Store) -> None:
    ingest_corpus(store)
    by_entity = {(r.document_id, r.name): r for r in store.resolutions()}

    ma_yun = by_entity["03_ma_yun", "Ma Yun"]
    assert (ma_yun.method, ma_yun.score) == ("reference", 1.0)
    assert "wikidata:Q1137062" in ma_yun.reason

    lone_ma = by_entity["07_alibaba_letter", "Ma"]
    assert lone_ma.method == "context"
    assert "surname 'ma' only" in lone_ma.reason
    assert "co-mentioned with 1 of its neighbours: 'Alibaba" in lone_ma.reason

    fruit = by_entity["12_apple_harvest", "Apple"]
    assert fruit.method == "new"
    assert "no shared context" in fruit.reason

    assert by_entity["16_party_card", "Alibaba Group Holding Limited"].method in ("name", "reference")
    assert by_entity["10_bytedance_data", "Keven Mayer"].method == "name"


def test_resolution_does_not_depend_on_adding_a_document_twice(store: Store) -> None:
    expected = ingest_corpus(store)
    before = store.entity_nodes()

    extraction, _ = corpus_extraction("07_alibaba_letter")
    extraction.entities[0].aliases.append("Ma")  # a changed extraction: replaced, resolved again
    assert store.add(extraction) == "replaced"

    assert store.entity_nodes() == before
    assert pairwise_precision_recall(store.entity_nodes(), expected) == (1.0, 1.0)
