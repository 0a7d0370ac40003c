"""Claims told once for several names: lists and clauses whose verb is left out (extract/lists.py)."""

import pytest

from levers.extract import Extractor
from levers.model import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _pairs(extractor, text: str, claim_type: str) -> set[tuple[str, str]]:
    """(subject name, object name) of every claim of one type in a text."""
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    return {(names[c.subject], names[c.object]) for c in extraction.claims if c.type == claim_type}


def test_a_claim_about_a_list_is_about_each_name_in_it(extractor):
    text = "The Financial Supervisory Authority fined Norbank and Kestrel Capital for breaching sanctions."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    fined = {names[c.object] for c in extraction.claims if c.type == "regulatory_action"}
    assert fined == {"Norbank", "Kestrel Capital"}


def test_what_one_name_of_a_list_is_said_to_be_stays_its_own(extractor):
    """ "Chile's state miner X and Y": the description is X's, not Y's."""
    text = "Chile's state miner Codelmar and Salares Verdes SpA signed the agreement on Monday."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert not [c for c in extraction.claims if names[c.object].startswith("Salares")]


@pytest.mark.parametrize("text, owners", [
    ("The consortium, Ionian Gateway SA, is 60% owned by Kanellos Group and 40% by Calder Partners, a London fund.",
     {("Kanellos Group", 60.0), ("Calder Partners", 40.0)}),
    ("Tano Ridge is 60% owned by Fujin Resources and 40% by Oware Holdings, a Kumasi-based firm.",
     {("Fujin Resources", 60.0), ("Oware Holdings", 40.0)}),
    ("Orlan Group owns 60% of Tengiz Logistics and Astana Rail the rest.", {("Orlan Group", 60.0), ("Astana Rail", None)}),
    ("Carpatica Gaz is 51% owned by the Energy Ministry and 49% by Austria's Donau Netz.", {("Energy Ministry", 51.0), ("Donau Netz", 49.0)}),
    # holders listed before the elided share, each with it
    ("Aubrac Energies SA holds 62% of Rwenzori Pipeline Co, and Kiira Oil and Tanga Petroleum 19% each.",
     {("Aubrac Energies SA", 62.0), ("Kiira Oil", 19.0), ("Tanga Petroleum", 19.0)}),
    # a holder after "the", beyond a description of the firm held
    ("Zemplen Energia holds 74% of Patak Solar Kft., a solar park developer, and the Municipality of Sarospatak the remaining 26%.",
     {("Zemplen Energia", 74.0), ("Municipality of Sarospatak", 26.0)}),
    ("Halvorsen Shipping is a ferry operator. The Halvorsen family holds 60% and the city of Bergen the rest.",
     {("Halvorsen family", 60.0), ("Bergen", None)}),
    # clauses parted by semicolons, of a firm named in the sentence before: no holder holds another
    ("Kenitra Box Services SA has three shareholders. Marsa Rabat holds 51%; Porto Lanterna S.p.A., a Genoa terminal group, 34%; "
     "and the Sebou Development Fund, a state investment fund, the rest.",
     {("Marsa Rabat", 51.0), ("Porto Lanterna S.p.A.", 34.0), ("Sebou Development Fund", None)}),
])
def test_a_holding_told_once_for_two_owners_is_each_owners(extractor, text, owners):
    """The verb is not repeated for the second owner: "... and 40% by Y", "... and Y the rest"."""
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    found = {(names[c.subject], c.qualifiers.share.value if c.qualifiers.share else None) for c in extraction.claims if c.type == "owns"}
    assert found == owners


def test_a_second_clause_with_its_own_verb_is_no_list(extractor):
    text = "Orlan Group owns 60% of Tengiz Logistics and Astana Rail owns 40% of Kazyna Ports."
    assert _pairs(extractor, text, "owns") == {
        ("Orlan Group", "Tengiz Logistics"), ("Astana Rail", "Kazyna Ports")}


def test_a_chain_told_with_the_verb_left_out(extractor):
    """ "A is in turn owned by X, and B by Y": each pair, though the parser hangs "owned" on "turn"."""
    text = "Anse Royale Ventures is in turn owned by the shipping magnate Kemal Ozturkmen, and Mahe Blue Ltd by his business partner, Nikos Papadoyannis."
    owned = _pairs(extractor, text, "owns")
    assert owned == {("Kemal Ozturkmen", "Anse Royale Ventures"), ("Nikos Papadoyannis", "Mahe Blue Ltd")}


def test_the_remaining_part_is_of_the_holding_told_in_part(extractor):
    """ "74% owned by X, whose sole shareholder is Y; the remaining 26% ...": the rest of the 74%, not of Y's whole."""
    text = "Fergana Silk Cluster LLC is 74% owned by Navoi Textile Invest, whose sole shareholder is Dilshod Rakhimov; the remaining 26% belongs to Uzbek Tekstil Sanoat."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    owned = {names[c.object] for c in extraction.claims if c.type == "owns" and names[c.subject] == "Uzbek Tekstil Sanoat"}
    assert owned == {"Fergana Silk Cluster LLC"}


def test_a_second_holder_left_without_a_verb_holds_the_share_not_the_first_holder_s_vehicle(extractor):
    text = "Lumo Analytics is a software firm. Ville Korpela holds 18% of the shares, partly through his holding company, Korpela Capital Oy, and Elina Laaksonen 9%."
    owned = _pairs(extractor, text, "owns")
    assert ("Elina Laaksonen", "Lumo Analytics") in owned
    assert ("Elina Laaksonen", "Korpela Capital Oy") not in owned


def test_holders_listed_with_semicolons_hold_the_firm_named_before_not_one_another(extractor):
    text = ("Kenitra Box Services SA has three shareholders. Marsa Rabat holds 51%; Porto Lanterna S.p.A., a Genoa terminal group, 34%; "
            "and the Sebou Development Fund, a state investment fund, the rest.")
    assert {owned for _, owned in _pairs(extractor, text, "owns")} == {"Kenitra Box Services SA"}
