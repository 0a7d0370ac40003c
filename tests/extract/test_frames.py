"""The general reader (levers.extract.frames): claim words and the entities around them.

Each sentence is one the specific rules leave alone, usually because the small parser
hangs a name on an odd head ("fined Hanseo Shipbuilding 3.2 billion won") or because
the claim is said with a light verb and a noun ("launched a probe into", "took the
helm at"). The names are invented.
"""

import pytest

from levers.extract import Extractor
from levers.model import Document

SENTENCES = [
    ("The Fair Trade Commission fined Hanseo Shipbuilding 3.2 billion won.", "regulatory_action", "Fair Trade Commission", "Hanseo Shipbuilding"),
    ("Ofcom launched a probe into Palatine Media's coverage.", "regulatory_action", "Ofcom", "Palatine Media"),
    ("The State Administration for Market Regulation imposed a fine of 18.2 billion yuan on Norvik Holdings.", "regulatory_action", "State Administration for Market Regulation", "Norvik Holdings"),
    ("The Securities Commission suspended trading in Orchid Lines shares.", "regulatory_action", "Securities Commission", "Orchid Lines"),
    ("Maria Okafor took the helm at Palatine Shipping in 2020.", "leads", "Maria Okafor", "Palatine Shipping"),
    ("Palatine Shipping named Maria Okafor chief executive.", "leads", "Maria Okafor", "Palatine Shipping"),
    ("The China Development Bank extended a $2bn credit line to Palatine Shipping.", "lends_to", "China Development Bank", "Palatine Shipping"),
    ("Norvik Capital led a $50 million funding round in Palatine Shipping.", "invests_in", "Norvik Capital", "Palatine Shipping"),
    ("Norvik Capital poured $300 million into Palatine Shipping.", "invests_in", "Norvik Capital", "Palatine Shipping"),
    ("Maria Okafor lashed out at the Fair Trade Commission.", "criticizes", "Maria Okafor", "Fair Trade Commission"),
    ("Palatine Shipping has teamed up with Norvik Capital.", "cooperates_with", "Palatine Shipping", "Norvik Capital"),
    ("Norvik Capital snapped up Tandemly for $410 million in 2019.", "acquires", "Norvik Capital", "Tandemly"),
    ("Norvik Capital has already bid for Palatine Shipping.", "acquires", "Norvik Capital", "Palatine Shipping"),
    ("Maria Okafor took aim at Norvik Capital last month.", "criticizes", "Maria Okafor", "Norvik Capital"),
    ("Maria Okafor hit out at Norvik Capital on Monday.", "criticizes", "Maria Okafor", "Norvik Capital"),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("text, claim_type, subject, obj", SENTENCES, ids=[s[0][:60] for s in SENTENCES])
def test_a_claim_word_joins_the_doer_and_what_it_governs(extractor, text, claim_type, subject, obj):
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    found = [c for c in extraction.claims if (c.type, names[c.subject], names[c.object]) == (claim_type, subject, obj)]
    assert found, [(c.type, names[c.subject], names[c.object]) for c in extraction.claims]
    assert [text[a:b] for a, b in found[0].evidence] == [text]


def test_a_fine_keeps_its_amount(extractor):
    text = "The Fair Trade Commission fined Hanseo Shipbuilding 3.2 billion won."
    claim = next(c for c in extractor.extract(Document(id="t", text=text)).claims if c.type == "regulatory_action")
    assert claim.qualifiers.action == "fined"
    assert claim.qualifiers.amount is not None and claim.qualifiers.amount.currency == "KRW"


def test_a_word_that_says_nothing_about_money_is_no_investment(extractor):
    text = "Maria Okafor poured scorn on Norvik Capital."
    assert not [c for c in extractor.extract(Document(id="t", text=text)).claims if c.type == "invests_in"]


def test_it_stays_silent_where_the_specific_rules_spoke(extractor):
    """One claim per pair: the general reader adds no second type for "owns"."""
    text = "Norvik Holdings owns Baltic Ferries."
    claims = extractor.extract(Document(id="t", text=text)).claims
    assert [c.type for c in claims] == ["owns"]


@pytest.mark.parametrize(
    "text",
    [
        "Mareverde Trading bought at least 14 cargoes of Petroandina's crude at a discount.",  # goods, not the company
        "The French state bought part of the Ruelle family's stake in Halbrane Systems.",  # the family sells
        "The emails show that Adilet Tursunaliev took an interest in Harrow Mining.",  # curiosity, not a holding
    ],
)
def test_what_is_bought_is_not_always_a_company(extractor, text):
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    bought = {names[c.object] for c in extraction.claims if c.type in {"acquires", "owns"}}
    assert bought <= {"Halbrane Systems"}, bought


def test_an_app_is_not_based_anywhere(extractor):
    text = "Yunxi runs Shuimo, China's fourth-largest short-video app."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert not [c for c in extraction.claims if c.type == "based_in" and names[c.subject] == "Shuimo"]


def test_the_remaining_share_is_of_the_holding_just_told(extractor):
    """ "The remaining 10%" right after a holding is of that company; two sentences on, it is unknown."""
    text = "Kvist Capital owns 90% of Brisa Holdings. Halbrane Systems said nothing. The remaining 10% belongs to Lukas Amstutz."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert not [c for c in extraction.claims if names[c.subject] == "Lukas Amstutz"]

