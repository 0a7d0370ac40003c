"""`levers show`: a node's profile, its claims grouped by type, each with its evidence."""

from __future__ import annotations

import pytest

from levers.analyse import Citation, entity_profile, render_profile
from levers.model import Attribution, Claim, Document, Entity, Extraction, Qualifiers
from levers.store import Store

SENTENCE = "Jack Ma is a member of the Chinese Communist Party, according to the BBC."


def span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return (start, start + len(part))


def bbc_report(doc_id: str, published: str, intro: str = "") -> Extraction:
    """Jack Ma is a party member, says the BBC."""
    text = intro + SENTENCE
    return Extraction(
        document=Document(doc_id, text, title=f"Report {doc_id}", published=published),
        entities=[
            Entity("e1", "Jack Ma", "person", aliases=["Ma"], mentions=[span_of(text, "Jack Ma")]),
            Entity(
                "e2",
                "Chinese Communist Party",
                "organization",
                mentions=[span_of(text, "Chinese Communist Party")],
            ),
            Entity("e3", "BBC", "company", mentions=[span_of(text, "BBC")]),
        ],
        claims=[
            Claim(
                "c1",
                "member_of",
                "e1",
                "e2",
                certainty="reported",
                attribution=Attribution(source="e3", cue="according to"),
                evidence=[span_of(text, SENTENCE)],
                confidence=0.8,
            )
        ],
    )


SUMMONED = "Regulators summoned Jack Ma in November."
SUSPENDED = "Two days later the Ant Group listing was suspended."


def regulator_report() -> Extraction:
    """An incoming claim (the regulator acts on Jack Ma) with two evidence spans."""
    text = f"{SUMMONED} {SUSPENDED}"
    return Extraction(
        document=Document("002_csrc", text, title="Summoned", published="2020-11-03"),
        entities=[
            Entity(
                "e1",
                "China Securities Regulatory Commission",
                "public_body",
                aliases=["Regulators"],
                mentions=[span_of(text, "Regulators")],
            ),
            Entity("e2", "Jack Ma", "person", mentions=[span_of(text, "Jack Ma")]),
        ],
        claims=[
            Claim(
                "c1",
                "regulatory_action",
                "e1",
                "e2",
                qualifiers=Qualifiers(action="summoned", date="2020-11"),
                evidence=[span_of(text, SUMMONED), span_of(text, SUSPENDED)],
                confidence=0.9,
            )
        ],
    )


def denial() -> Extraction:
    """The same two nodes and type as the BBC report, but negated: a separate view."""
    text = "Jack Ma denied being a member of the Chinese Communist Party."
    return Extraction(
        document=Document("003_denial", text, published="2021-01"),
        entities=[
            Entity("e1", "Jack Ma", "person", mentions=[span_of(text, "Jack Ma")]),
            Entity(
                "e2",
                "Chinese Communist Party",
                "organization",
                mentions=[span_of(text, "Chinese Communist Party")],
            ),
        ],
        claims=[
            Claim(
                "c1",
                "member_of",
                "e1",
                "e2",
                certainty="negated",
                attribution=Attribution(source="e1", cue="denied"),
                evidence=[(0, len(text))],
            )
        ],
    )


@pytest.fixture
def store():
    with Store.memory() as store:
        store.add_many(
            [
                bbc_report("000_7fa0_long_document_id", "2020-12"),
                bbc_report("001_second", "2020-12-05", intro="From our correspondent. "),
                regulator_report(),
            ]
        )
        yield store


def test_an_unknown_name_has_no_profile(store: Store) -> None:
    assert entity_profile(store, "Pony Ma") is None


def test_a_profile_groups_claims_by_type(store: Store) -> None:
    profile = entity_profile(store, "jack ma")

    assert profile.node.name == "Jack Ma"
    assert list(profile.claims_by_type) == ["member_of", "regulatory_action"]
    assert [doc_id for doc_id, _, _ in profile.documents] == [
        "002_csrc",
        "000_7fa0_long_document_id",
        "001_second",
    ]


def test_the_same_claim_in_two_documents_is_one_view_with_two_citations(store: Store) -> None:
    (member_of,) = entity_profile(store, "Jack Ma").claims_by_type["member_of"]

    assert (member_of.direction, member_of.other, member_of.other_type) == (
        "out",
        "Chinese Communist Party",
        "organization",
    )
    assert (member_of.certainty, member_of.source, member_of.cue) == (
        "reported",
        "BBC",
        "according to",
    )
    assert member_of.qualifiers == {}
    assert [c.document_id for c in member_of.citations] == [
        "000_7fa0_long_document_id",
        "001_second",
    ]
    assert member_of.citations[1] == Citation(
        document_id="001_second",
        document_title="Report 001_second",
        published="2020-12-05",
        evidence=SENTENCE,
        spans=[(24, 24 + len(SENTENCE))],
    )


def test_incoming_claims_name_the_subject_and_join_their_evidence(store: Store) -> None:
    (action,) = entity_profile(store, "Jack Ma").claims_by_type["regulatory_action"]

    assert (action.direction, action.other) == ("in", "China Securities Regulatory Commission")
    assert action.qualifiers == {"action": "summoned", "date": "2020-11"}
    assert action.citations[0].evidence == f"{SUMMONED} … {SUSPENDED}"


def test_a_different_certainty_is_a_different_view(store: Store) -> None:
    store.add(denial())

    views = entity_profile(store, "Jack Ma").claims_by_type["member_of"]

    assert [(v.certainty, v.source, len(v.citations)) for v in views] == [
        ("reported", "BBC", 2),
        ("negated", "Jack Ma", 1),
    ]


def test_a_profile_is_found_by_alias(store: Store) -> None:
    assert entity_profile(store, "regulators").node.name == (
        "China Securities Regulatory Commission"
    )


def test_render_profile_reads_like_a_dossier(store: Store) -> None:
    text = render_profile(entity_profile(store, "Jack Ma"))

    print(text)  # pytest -s shows it
    assert text.startswith("Jack Ma (person)\n")
    assert "Also known as: Ma" in text
    assert "\nmember_of\n" in text
    assert "→ Chinese Communist Party   [reported; source: BBC, cue: according to]" in text
    assert SENTENCE in text
    assert "(doc 000_7fa0…, 2020-12)" in text
    assert "← China Securities Regulatory Commission   [asserted; action: summoned" in text
    assert "Mentioned in 3 documents:" in text
