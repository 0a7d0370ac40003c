"""Names written with their roles (levers.extract.roles)."""

import pytest

from levers.extract import Extractor
from levers.model import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _claims(extractor, text: str) -> set[tuple[str, str, str]]:
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    return {(c.type, names[c.subject], names[c.object]) for c in extraction.claims}


@pytest.mark.parametrize("text, claim", [
    ("TikTok grand poobah Zhang Yiming spoke on Monday.", ("leads", "Zhang Yiming", "TikTok")),
    ("Brannstrom Flow Systems AB named a new boss. \"Karin has built a division,\" chairman Magnus Ostberg said.", ("leads", "Magnus Ostberg", "Brannstrom Flow Systems AB")),
    ("Ma Huateng, Tencent's co-founder and chairman, said the group would grow.", ("leads", "Pony Ma", "Tencent")),
    ("Rodrigo Fica of Goldman Sachs said the deal was fair.", ("employed_by", "Rodrigo Fica", "Goldman Sachs")),
    ("The appointment drew an attack from Senator Mirta Ocampo of the opposition Authentic Radical Liberal Party.", ("member_of", "Mirta Ocampo", "Authentic Radical Liberal Party")),
])
def test_the_words_around_a_name_say_what_the_person_is(extractor, text, claim):
    assert claim in _claims(extractor, text)
