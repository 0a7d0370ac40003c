"""Holdings set out as a table, one holder a line (extract/tables.py)."""

import pytest

from levers.extract import Extractor
from levers.model import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


TABLE = """Section 9: Major shareholders

Bodrog Energia Nyrt. had the following shareholders with more than 5% of its share capital on 31 December 2024, according to the share register kept by KELER Zrt.:

– Hungarian National Asset Management Inc.: 34.0%
– Kovacs Capital Zrt.: 12.4%
– Murtal Energie AG, Graz, Austria: 8.1%

The remaining 45.5% is in free float.
"""


def test_each_row_of_a_table_of_shareholders_is_a_holding_of_the_firm_its_introduction_names(extractor):
    extraction = extractor.extract(Document(id="t", text=TABLE))
    names = {e.id: e.name for e in extraction.entities}
    held = {(names[c.subject], names[c.object], c.qualifiers.share.value) for c in extraction.claims if c.type == "owns"}
    assert held == {
        ("Hungarian National Asset Management Inc.", "Bodrog Energia Nyrt.", 34.0),
        ("Kovacs Capital Zrt.", "Bodrog Energia Nyrt.", 12.4),
        ("Murtal Energie AG", "Bodrog Energia Nyrt.", 8.1),
    }
    for claim in (c for c in extraction.claims if c.type == "owns"):
        start, end = claim.evidence[0]
        assert names[claim.subject].split()[0] in TABLE[start:end]  # the holder's own line is the evidence
        assert claim.certainty == "reported" and names[claim.attribution.source] == "KELER Zrt."  # as the introduction says


def test_a_list_its_introduction_does_not_call_holders_is_no_table(extractor):
    text = "Bodrog Energia Nyrt. in figures:\n\n– Kovacs Capital Zrt.: 12.4%\n– Murtal Energie AG: 8.1%\n"
    extraction = extractor.extract(Document(id="t", text=text))
    assert not [c for c in extraction.claims if c.type == "owns"]


def test_holders_listed_after_a_colon_in_one_sentence_each_hold_their_share(extractor):
    text = ("Hidromonda SA is a power supplier. The register lists two shareholders: Grupo Yguazu S.A., an Asuncion holding company, "
            "with 62%, and Energias do Iguacu Ltda., a Brazilian company based in Curitiba, with 38%.")
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    held = {(names[c.subject], names[c.object], c.qualifiers.share.value) for c in extraction.claims if c.type == "owns"}
    assert held == {("Grupo Yguazu S.A.", "Hidromonda SA", 62.0), ("Energias do Iguacu Ltda.", "Hidromonda SA", 38.0)}
