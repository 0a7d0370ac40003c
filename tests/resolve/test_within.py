"""Within one document, the mentions of one entity end up together."""

import pytest

from levers.extract import Extractor
from levers.model import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _entity_with(extraction, surface: str):
    text = extraction.document.text
    return next(e for e in extraction.entities if any(text[a:b] == surface for a, b in e.mentions))


def test_short_forms_and_titles_join_the_full_name(extractor):
    text = "Karl Brenner runs Norvik Holdings. Mr. Brenner said Brenner would stay. Norvik Holdings thanked him."
    extraction = extractor.extract(Document(id="d", text=text))
    person = _entity_with(extraction, "Karl Brenner")
    assert {text[a:b] for a, b in person.mentions} >= {"Karl Brenner", "Brenner"}
    assert person.type == "person"


def test_a_one_letter_slip_in_a_first_name_is_the_same_person(extractor):
    text = "Kevin Mayer left the company. Later, Keven Mayer joined a rival."
    extraction = extractor.extract(Document(id="d", text=text))
    assert _entity_with(extraction, "Kevin Mayer") is _entity_with(extraction, "Keven Mayer")


def test_a_company_name_without_its_suffix_is_the_same_company(extractor):
    text = "Norvik Group bought a ferry line. Analysts said Norvik overpaid."
    extraction = extractor.extract(Document(id="d", text=text))
    company = _entity_with(extraction, "Norvik Group")
    assert any(text[a:b] == "Norvik" for a, b in company.mentions)


def test_the_company_refers_back_to_the_last_company(extractor):
    text = "Norvik Holdings reported a loss. The company is owned by the Russian state."
    extraction = extractor.extract(Document(id="d", text=text))
    [claim] = [c for c in extraction.claims if c.type == "owns"]
    assert extraction.entity(claim.object).name == "Norvik Holdings"


def test_two_people_sharing_a_surname_stay_apart_when_named_in_full(extractor):
    text = "Anna Vogel chairs Norvik Holdings. Peter Vogel heads Baltic Ferries Group."
    extraction = extractor.extract(Document(id="d", text=text))
    assert _entity_with(extraction, "Anna Vogel") is not _entity_with(extraction, "Peter Vogel")
