"""The store, by example: add extractions, read them back, find the nodes they share."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from levers.model import (
    Amount,
    Attribution,
    Claim,
    Document,
    Entity,
    Extraction,
    Qualifiers,
    Share,
)
from levers.store import Store, node_key, normalise_name
from levers.store.schema import metadata

SENTENCE = "Jack Ma is a member of the Chinese Communist Party, according to the BBC."


def span_of(text: str, part: str, start: int = 0) -> tuple[int, int]:
    begin = text.index(part, start)
    return (begin, begin + len(part))


def jack_ma_extraction(doc_id: str = "000_7fa0", intro: str = "") -> Extraction:
    """One document, three entities and the claim that Jack Ma is a party member."""
    text = intro + SENTENCE + " He founded Alibaba."
    return Extraction(
        document=Document(
            id=doc_id,
            text=text,
            title="Jack Ma's party card",
            published="2020-12-02",
            url="https://example.org/ma",
        ),
        entities=[
            Entity(
                id="e1",
                name="Jack Ma",
                type="person",
                aliases=["Ma"],
                mentions=[span_of(text, "Jack Ma"), span_of(text, "He")],
            ),
            Entity(
                id="e2",
                name="Chinese Communist Party",
                type="organization",
                mentions=[span_of(text, "Chinese Communist Party")],
            ),
            Entity(id="e3", name="BBC", type="company", mentions=[span_of(text, "BBC")]),
        ],
        claims=[
            Claim(
                id="c1",
                type="member_of",
                subject="e1",
                object="e2",
                certainty="reported",
                attribution=Attribution(source="e3", cue="according to"),
                evidence=[span_of(text, SENTENCE)],
                confidence=0.82,
            )
        ],
    )


def alibaba_extraction(doc_id: str = "001_alibaba") -> Extraction:
    """A second document: Jack Ma again, Alibaba and its cloud unit, with qualifiers."""
    text = (
        "Alibaba founder Jack Ma's company will invest $28.3 billion in Alibaba Cloud. "
        "People with knowledge of the matter said Alibaba holds about a third of Ant Group."
    )
    first, second = text.split(". ")
    return Extraction(
        document=Document(id=doc_id, text=text, title="Cloud money", published="2020-11"),
        entities=[
            Entity("e1", "Alibaba", "company", mentions=[span_of(text, "Alibaba")]),
            Entity("e2", "Jack Ma", "person", mentions=[span_of(text, "Jack Ma")]),
            Entity("e3", "Alibaba Cloud", "company", mentions=[span_of(text, "Alibaba Cloud")]),
            Entity(
                "e4",
                "Ant Group",
                "company",
                aliases=["Ant"],
                mentions=[span_of(text, "Ant Group")],
                ref="wikidata:Q28455994",
            ),
        ],
        claims=[
            Claim(
                "c1",
                "invests_in",
                "e1",
                "e3",
                qualifiers=Qualifiers(
                    amount=Amount(28_300_000_000, "USD", "$28.3 billion"), status="planned"
                ),
                evidence=[span_of(text, first + ".")],
                confidence=0.7,
            ),
            Claim(
                "c2",
                "owns",
                "e1",
                "e4",
                qualifiers=Qualifiers(share=Share(33.0, "about a third")),
                certainty="reported",
                attribution=Attribution(source="people with knowledge of the matter", cue="said"),
                evidence=[span_of(text, second)],
                confidence=0.6,
            ),
        ],
    )


def table_contents(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, to compare a database before and after."""
    with store.engine.connect() as conn:
        return {
            table.name: sorted(tuple(row) for row in conn.execute(select(table)))
            for table in metadata.sorted_tables
        }


def orphans(store: Store) -> dict[str, int]:
    """Rows whose parent is gone, and nodes no entity points at."""
    from levers.store.schema import (
        claims,
        documents,
        entities,
        entity_aliases,
        evidence,
        mentions,
        node_aliases,
        nodes,
    )

    checks = {
        "nodes": select(nodes.c.id).where(~nodes.c.id.in_(select(entities.c.node_id))),
        "node_aliases": select(node_aliases.c.node_id).where(
            ~node_aliases.c.node_id.in_(select(nodes.c.id))
        ),
        "entities": select(entities.c.id).where(
            ~entities.c.document_id.in_(select(documents.c.id))
        ),
        "entity_aliases": select(entity_aliases.c.entity_id).where(
            ~entity_aliases.c.entity_id.in_(select(entities.c.id))
        ),
        "mentions": select(mentions.c.entity_id).where(
            ~mentions.c.entity_id.in_(select(entities.c.id))
        ),
        "claims": select(claims.c.id).where(~claims.c.subject_id.in_(select(entities.c.id))),
        "evidence": select(evidence.c.claim_id).where(
            ~evidence.c.claim_id.in_(select(claims.c.id))
        ),
    }
    with store.engine.connect() as conn:
        return {name: len(conn.execute(stmt).all()) for name, stmt in checks.items()}


@pytest.fixture
def store():
    with Store.memory() as store:
        yield store


def test_an_extraction_comes_back_as_it_was_added(store: Store) -> None:
    extraction = jack_ma_extraction()

    assert store.add(extraction) == "added"

    assert store.extraction("000_7fa0") == extraction
    assert store.document("000_7fa0") == extraction.document
    assert store.counts() == {"documents": 1, "nodes": 3, "entities": 3, "claims": 1}


def test_qualifiers_and_literal_sources_come_back(store: Store) -> None:
    extraction = alibaba_extraction()
    store.add(extraction)

    back = store.extraction("001_alibaba")

    assert back == extraction
    owns = back.claims[1]
    assert owns.qualifiers.share == Share(33.0, "about a third")
    assert owns.attribution.source == "people with knowledge of the matter"
    assert back.claims[0].qualifiers.amount == Amount(28_300_000_000, "USD", "$28.3 billion")


def test_stored_offsets_point_at_the_evidence_and_mentions(store: Store) -> None:
    store.add(jack_ma_extraction(intro="Beijing, December 2. "))

    back = store.extraction("000_7fa0")
    text = back.document.text

    (start, end), = back.claims[0].evidence
    assert text[start:end] == SENTENCE
    assert [text[s:e] for s, e in back.entity("e1").mentions] == ["Jack Ma", "He"]


def test_unknown_documents_are_none(store: Store) -> None:
    assert store.document("nope") is None
    assert store.extraction("nope") is None


def test_adding_the_same_extraction_twice_changes_nothing(store: Store) -> None:
    store.add(jack_ma_extraction())
    store.add(alibaba_extraction())
    before = table_contents(store)

    assert store.add(jack_ma_extraction()) == "unchanged"
    assert store.add(alibaba_extraction()) == "unchanged"

    assert table_contents(store) == before


def test_changed_text_replaces_the_old_rows(store: Store) -> None:
    store.add(jack_ma_extraction())
    newer = alibaba_extraction(doc_id="000_7fa0")

    assert store.add(newer) == "replaced"

    assert store.extraction("000_7fa0") == newer
    assert store.counts() == {"documents": 1, "nodes": 4, "entities": 4, "claims": 2}
    assert store.find_nodes("Chinese Communist Party") == []  # its only entity is gone
    assert orphans(store) == dict.fromkeys(orphans(store), 0)


def test_a_changed_extraction_of_the_same_text_replaces_too(store: Store) -> None:
    store.add(jack_ma_extraction())
    corrected = jack_ma_extraction()
    corrected.claims[0].certainty = "hedged"

    assert store.add(corrected) == "replaced"
    assert store.extraction("000_7fa0").claims[0].certainty == "hedged"


def test_add_many_counts_what_happened(store: Store) -> None:
    statuses = store.add_many(
        [jack_ma_extraction(), alibaba_extraction(), jack_ma_extraction()]
    )

    assert statuses == Counter({"added": 2, "unchanged": 1})


def test_an_inconsistent_extraction_is_refused_before_writing(store: Store) -> None:
    broken = jack_ma_extraction()
    broken.claims[0].object = "e99"

    with pytest.raises(ValueError, match="e99"):
        store.add(broken)
    assert store.counts() == {"documents": 0, "nodes": 0, "entities": 0, "claims": 0}


def test_remove_deletes_a_document_and_its_orphaned_nodes(store: Store) -> None:
    store.add(jack_ma_extraction())
    store.add(alibaba_extraction())

    assert store.remove("000_7fa0") is True
    assert store.remove("000_7fa0") is False

    assert store.document("000_7fa0") is None
    assert [n.name for n in store.find_nodes("Jack Ma")] == ["Jack Ma"]  # still in the other
    assert store.find_nodes("BBC") == []
    assert orphans(store) == dict.fromkeys(orphans(store), 0)


def test_documents_mentioning_the_same_name_share_a_node(store: Store) -> None:
    store.add(jack_ma_extraction())
    store.add(alibaba_extraction())

    (node,) = store.find_nodes("Jack Ma")

    assert store.counts()["entities"] == 7
    assert store.counts()["nodes"] == 6  # Jack Ma once, not twice
    assert [doc_id for doc_id, _, _ in store.node_documents(node.id)] == [
        "001_alibaba",  # 2020-11
        "000_7fa0",  # 2020-12-02
    ]


def test_node_keys_ignore_case_articles_possessives_and_punctuation() -> None:
    assert normalise_name("The Chinese Communist Party") == "chinese communist party"
    assert normalise_name("Alibaba’s") == normalise_name("ALIBABA") == "alibaba"
    assert normalise_name("U.S.  Treasury") == "us treasury"
    assert node_key(Entity("e1", "Jack Ma", "person")) == "person:jack ma"
    assert node_key(Entity("e1", "Ma Yun", "person", ref="wikidata:Q1137062")) == (
        "ref:wikidata:Q1137062"
    )
    # Same name, different type: different nodes.
    assert node_key(Entity("e1", "Alibaba", "company")) != node_key(
        Entity("e1", "Alibaba", "product")
    )


def test_find_nodes_ignores_case_and_knows_aliases(store: Store) -> None:
    store.add(jack_ma_extraction())
    store.add(alibaba_extraction())

    assert [n.name for n in store.find_nodes("jack ma")] == ["Jack Ma"]
    assert [n.name for n in store.find_nodes("JACK MA")] == ["Jack Ma"]
    assert [n.name for n in store.find_nodes("ant")] == ["Ant Group"]  # an alias
    assert [n.name for n in store.find_nodes("the chinese communist party")] == [
        "Chinese Communist Party"
    ]
    node = store.find_nodes("Ant Group")[0]
    assert (node.type, node.aliases, node.ref) == ("company", ["Ant"], "wikidata:Q28455994")


def test_find_nodes_puts_exact_matches_before_prefix_and_substring_ones(store: Store) -> None:
    store.add(alibaba_extraction())

    assert [n.name for n in store.find_nodes("alibaba")] == ["Alibaba", "Alibaba Cloud"]
    assert [n.name for n in store.find_nodes("cloud")] == ["Alibaba Cloud"]
    assert [n.name for n in store.find_nodes("ali")] == ["Alibaba", "Alibaba Cloud"]
    assert store.find_nodes("%") == []  # LIKE wildcards are matched literally
    assert store.find_nodes("  ") == []
    assert store.find_nodes("Tencent") == []


def test_node_aliases_gather_every_spelling(store: Store) -> None:
    store.add(jack_ma_extraction())
    other = alibaba_extraction()
    other.entities[1].aliases = ["Mr. Ma", "ma"]  # "ma" is "Ma" in another case
    store.add(other)

    (node,) = store.find_nodes("Mr. Ma")

    assert node.name == "Jack Ma"
    assert node.aliases == ["Ma", "Mr. Ma"]


def test_node_claims_resolve_both_ends_and_the_source(store: Store) -> None:
    store.add(jack_ma_extraction())
    (node,) = store.find_nodes("Jack Ma")

    (claim,) = store.node_claims(node.id)

    assert (claim.type, claim.subject.name, claim.object.name) == (
        "member_of",
        "Jack Ma",
        "Chinese Communist Party",
    )
    assert (claim.source, claim.cue, claim.certainty) == ("BBC", "according to", "reported")
    assert [text for _, text in claim.evidence] == [SENTENCE]


def test_a_file_database_uses_foreign_keys_and_wal(tmp_path) -> None:
    with Store(tmp_path / "levers.db") as store:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_url_string_is_used_as_is(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'by-url.db'}"
    with Store(url) as store:
        store.add(jack_ma_extraction())
    assert (tmp_path / "by-url.db").exists()
