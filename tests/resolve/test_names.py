"""Name rules of cross-document resolution, one example each."""

from __future__ import annotations

from levers.reference import Reference, ReferenceEntry
from levers.resolve.names import (
    blocking_keys,
    company_core,
    compare_names,
    is_weak_name,
    person_tokens,
    reference_keys,
)


def test_company_cores_drop_legal_forms_and_generic_words() -> None:
    assert company_core("Alibaba Group Holding Ltd.") == ("alibaba",)
    assert company_core("The Alibaba Group") == ("alibaba",)
    assert company_core("Alibaba Cloud") == ("alibaba", "cloud")
    assert company_core("Group") == ("group",)  # nothing but generic words: keep them


def test_names_are_compared_in_ascii() -> None:
    assert person_tokens("马云") == ("ma", "yun")
    assert person_tokens("Mr. Ma") == ("ma",)
    assert compare_names("Søren Ørsted", "Soren Orsted", "person").score == 1.0


def test_a_company_is_not_its_unit() -> None:
    assert compare_names("Alibaba Group Holding Ltd.", "Alibaba", "company").score == 1.0
    assert compare_names("Alibaba", "Alibaba Cloud", "company").score == 0.0


def test_everyday_words_and_lone_surnames_are_weak() -> None:
    assert is_weak_name("Apple", "company")
    assert not is_weak_name("Apple Inc.", "company")
    assert not is_weak_name("Gazprom", "company")
    assert is_weak_name("Mr. Ma", "person")
    assert not is_weak_name("Jack Ma", "person")
    assert compare_names("Apple", "Apple Inc.", "company").weak
    assert compare_names("Ma", "Jack Ma", "person").weak


def test_full_person_names_must_agree_token_by_token() -> None:
    assert compare_names("Kevin Mayer", "Keven Mayer", "person").score >= 0.9  # a slip
    assert compare_names("Yun Ma", "Ma Yun", "person").score == 1.0  # name order
    assert compare_names("Zhang Yiming", "Zhang Yong", "person").score < 0.88
    assert compare_names("Jack Ma", "Pony Ma", "person").score < 0.88
    initials = compare_names("J. Ma", "Jack Ma", "person")
    assert initials.score >= 0.88 and initials.weak


def test_blocking_keys_are_tokens_their_sounds_and_the_sorted_name() -> None:
    assert blocking_keys("Alibaba Group Holding", "company") == {"t:alibaba", "p:ALBB"}
    assert "t:ma" in blocking_keys("Jack Ma", "person")
    assert "s:jack ma" in blocking_keys("Ma Jack", "person")


def test_reference_keys_come_from_the_entity_ref_and_known_aliases() -> None:
    reference = Reference(
        entries=[ReferenceEntry("Jack Ma", "person", "wikidata:Q1137062", "CN", ("Ma Yun", "马云"))]
    )
    assert reference_keys(["马云"], "person", None, reference) == {"r:wikidata:Q1137062"}
    assert reference_keys(["Ma"], "person", None, reference) == set()
    assert reference_keys(["Alibaba"], "company", "wikidata:Q1359568", reference) == {
        "r:wikidata:Q1359568"
    }
