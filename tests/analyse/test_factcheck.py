"""Claims that contradict reference data are flagged beside the claim, never dropped or changed."""

from __future__ import annotations

import copy
import io
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from levers.analyse import entity_profile, render_profile
from levers.analyse.factcheck import check_extraction, check_store, render_flags
from levers.cli import main
from levers.extract import Extractor
from levers.model import Claim, Document, Entity, Extraction, Qualifiers, Share
from levers.reference import load_reference
from levers.store import Store

REFERENCE = load_reference()


def span_of(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return (start, start + len(part))


def one_claim(text: str, subject: tuple, obj: tuple, claim_type: str, doc_id: str = "d1", **claim_fields) -> Extraction:
    """A document with two entities, `(name, type, mention text)` each, and one claim between them."""
    subject_span = span_of(text, subject[2])
    after = subject_span[1] if obj[2] in text[subject_span[1] :] else 0  # the object's mention is not inside the subject's
    entities = [
        Entity("e1", subject[0], subject[1], mentions=[subject_span]),
        Entity("e2", obj[0], obj[1], mentions=[span_of(text, obj[2], after)]),
    ]
    claim = Claim("c1", claim_type, "e1", "e2", evidence=[(0, len(text))], confidence=0.8, **claim_fields)
    return Extraction(Document(doc_id, text, title="Test"), entities, [claim])


CENTRAL_BANK = "The Bank of China, the country's central bank, cut interest rates in China on Monday."


def test_a_state_owned_bank_called_the_central_bank_is_flagged() -> None:
    extraction = one_claim(
        CENTRAL_BANK,
        ("Bank of China", "company", "Bank of China"),
        ("China", "country", "China"),
        "part_of",
        qualifiers=Qualifiers(role="central bank"),
    )
    before = copy.deepcopy(extraction.to_dict())

    (flag,) = check_extraction(extraction, REFERENCE)

    assert (flag.rule, flag.severity, flag.subject) == ("central_bank", "high", "Bank of China")
    assert flag.reference == (
        "People's Bank of China is China's central bank; "
        "Bank of China is listed as a company (state owned enterprise, bank)"
    )
    assert flag.note.startswith("reference data differs: People's Bank of China")
    assert flag.claim.claim_id == "c1" and flag.claim.type == "part_of"
    assert extraction.to_dict() == before  # flagged, not changed


def test_the_apposition_read_as_based_in_is_flagged_too() -> None:
    """What the extractor makes of that sentence: based_in(Bank of China, China), the wording in the evidence."""
    text = "China's economy slowed. " + CENTRAL_BANK
    extraction = one_claim(text, ("Bank of China", "company", "Bank of China"), ("China", "country", "China"), "based_in")

    (flag,) = check_extraction(extraction, REFERENCE)

    assert (flag.rule, flag.claim.type) == ("central_bank", "based_in")
    assert "People's Bank of China is China's central bank" in flag.reference


def test_part_of_the_central_bank_named_in_apposition_is_flagged() -> None:
    """ "Bank of China, China's central bank" can also come out as part_of(Bank of China, People's Bank of China)."""
    text = "Bank of China, China's central bank, said it would lower the reserve ratio."
    extraction = one_claim(
        text, ("Bank of China", "company", "Bank of China"), ("People's Bank of China", "public_body", "China's central bank"), "part_of"
    )

    (flag,) = check_extraction(extraction, REFERENCE)

    assert flag.rule == "central_bank"


def test_a_description_without_a_claim_is_flagged_without_one() -> None:
    text = "The Bank of China, the country's central bank, cut interest rates on Monday."
    extraction = Extraction(Document("d1", text), [Entity("e1", "Bank of China", "company", mentions=[span_of(text, "Bank of China")])])

    (flag,) = check_extraction(extraction, REFERENCE)

    assert (flag.claim, flag.rule, flag.text) == (None, "central_bank", "Bank of China, the country's central bank")


@pytest.mark.parametrize(
    "text",
    [
        "The People's Bank of China, the country's central bank, cut rates in China.",
        "Bank of China said the central bank would cut rates in China.",
        "Bank of China, unlike the central bank, raised rates in China.",
    ],
)
def test_the_real_central_bank_and_mere_mentions_are_not_flagged(text: str) -> None:
    name = "People's Bank of China" if text.startswith("The People's") else "Bank of China"
    entity_type = "public_body" if name.startswith("People") else "company"
    extraction = one_claim(text, (name, entity_type, name), ("China", "country", "China"), "based_in")

    assert check_extraction(extraction, REFERENCE) == []


def test_what_the_extractor_makes_of_the_sentence_is_flagged() -> None:
    extraction = Extractor().extract(Document("d1", "China's economy slowed. " + CENTRAL_BANK))

    flags = check_extraction(extraction, REFERENCE)

    assert [(f.rule, f.subject) for f in flags] == [("central_bank", "Bank of China")]


def test_another_head_of_state_is_a_low_severity_difference() -> None:
    text = "Li Qiang, China's president, met the press."
    extraction = one_claim(text, ("Li Qiang", "person", "Li Qiang"), ("China", "country", "China"), "leads", qualifiers=Qualifiers(role="president"))

    (flag,) = check_extraction(extraction, REFERENCE)

    assert (flag.rule, flag.severity) == ("head_of_state", "low")
    assert flag.note == "reference data differs: Xi Jinping is China's head of state (reference data may be out of date)"


@pytest.mark.parametrize(
    "person, role",
    [("Xi Jinping", "president"), ("Li Qiang", "premier"), ("Han Zheng", "vice president"), ("Wang Yi", "foreign minister")],
)
def test_the_head_reference_data_names_or_another_office_is_not_flagged(person: str, role: str) -> None:
    text = f"{person}, China's {role}, met the press."
    extraction = one_claim(text, (person, "person", person), ("China", "country", "China"), "leads", qualifiers=Qualifiers(role=role))

    assert check_extraction(extraction, REFERENCE) == []


def test_a_company_based_in_another_country_than_reference_data_says() -> None:
    moved = one_claim("Gazprom, based in Germany, cut supplies.", ("Gazprom", "company", "Gazprom"), ("Germany", "country", "Germany"), "based_in")
    hong_kong = one_claim("CK Hutchison, based in China, sold ports.", ("CK Hutchison", "company", "CK Hutchison"), ("China", "country", "China"), "based_in")

    (flag,) = check_extraction(moved, REFERENCE)

    assert (flag.rule, flag.severity, flag.reference) == ("based_in", "medium", "Gazprom is based in Russia (RU)")
    assert check_extraction(hong_kong, REFERENCE) == []  # Hong Kong is in China


def test_another_owner_than_the_parent_reference_data_names() -> None:
    def owns(owner: str, share: Share | None = None) -> Extraction:
        text = f"{owner} owns TikTok."
        return one_claim(text, (owner, "company", owner), ("TikTok", "company", "TikTok"), "owns", qualifiers=Qualifiers(share=share))

    (flag,) = check_extraction(owns("Alibaba Group"), REFERENCE)

    assert (flag.rule, flag.reference) == ("parent", "ByteDance is the parent of TikTok")
    assert check_extraction(owns("ByteDance"), REFERENCE) == []
    assert check_extraction(owns("Tencent", Share(5.0, "5%")), REFERENCE) == []  # a minority stake is no parent


def test_a_negated_claim_is_not_checked() -> None:
    text = "Gazprom is not based in Germany."
    extraction = one_claim(text, ("Gazprom", "company", "Gazprom"), ("Germany", "country", "Germany"), "based_in", certainty="negated")

    assert check_extraction(extraction, REFERENCE) == []


@pytest.fixture
def checked_store(tmp_path: Path) -> Path:
    db = tmp_path / "levers.db"
    with Store(db) as store:
        text = "China's economy slowed. " + CENTRAL_BANK
        store.add(one_claim(text, ("Bank of China", "company", "Bank of China"), ("China", "country", "China"), "based_in", "news-1"))
        store.add(one_claim("Gazprom, based in Russia, cut supplies.", ("Gazprom", "company", "Gazprom"), ("Russia", "country", "Russia"), "based_in", "news-2"))
    return db


def test_the_store_is_checked_document_by_document(checked_store: Path) -> None:
    with Store(checked_store) as store:
        flags = check_store(store)

    assert [(f.document_id, f.rule) for f in flags] == [("news-1", "central_bank")]
    assert render_flags([]) == "No claim contradicts reference data.\n"


def test_levers_check_lists_the_flags_with_both_sides(checked_store: Path) -> None:
    out = io.StringIO()

    with redirect_stdout(out):
        code = main(["check", "--db", str(checked_store)])

    assert code == 0
    assert out.getvalue().splitlines()[2:6] == [
        "⚠ [high] central bank: based_in(Bank of China → China), asserted",
        "    text: “China's economy slowed. The Bank of China, the country's central bank, cut interest rates in China on Monday.”",
        "    reference data: People's Bank of China is China's central bank; Bank of China is listed as a company (state owned enterprise, bank)",
        "    (doc news-1, claim c1)",
    ]


def test_the_profile_shows_the_difference_under_the_claim(checked_store: Path) -> None:
    with Store(checked_store) as store:
        text = render_profile(entity_profile(store, "Bank of China"))

    lines = text.splitlines()
    claim_line = next(i for i, line in enumerate(lines) if line.startswith("  → China"))
    assert lines[claim_line + 1] == (
        "      ⚠ reference data differs: People's Bank of China is China's central bank; "
        "Bank of China is listed as a company (state owned enterprise, bank)"
    )
    with Store(checked_store) as store:
        assert "⚠" not in render_profile(entity_profile(store, "Gazprom"))
