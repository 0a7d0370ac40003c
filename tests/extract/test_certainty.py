"""Certainty and attribution: the cue words decide, scoped to the clause they govern."""

import pytest

from levers.extract import Extractor
from levers.model import Document

# sentence, claim type, certainty, source (an entity's name or a literal phrase; None: not checked)
CUES = [
 ("Nor does Norvik Capital own any shares in Kestrel Bank.", "owns", "negated", None),
 ("Correction: An earlier version of this article said that Kuanza Capital was registered in the British Virgin Islands.", "based_in", "negated", None),
 ("Saffar Marine will buy the port, a person close to Saffar said. Saffar Marine may also buy Kobuleti Oil Terminal, the person said.", "acquires", "hedged", None),
 ("Zimbabwe's companies registry lists Dande Resources as the holder of 70% of Sabi Star.", "owns", "reported", "Zimbabwe's companies registry"),
 ("Board minutes from June 2021 record that Umurage Holdings paid $2 million for its stake in Kivu Ridge.", "acquires", "reported", "Board minutes from June 2021"),
 ("The Ministry of Commerce's business registry lists Lim Sopheap as the holder of 70% of Golden Lotus Resort.", "owns", "reported", "The Ministry of Commerce's business registry"),
 ("Norvik Capital named Anna Berg as chief executive of Kestrel Bank.", "leads", "asserted", None),
 ("\"Norvik Holdings owns Baltic Ferries,\" said Karl Brenner.", "owns", "reported", "Karl Brenner"),
 ("\"Norvik Holdings owns Baltic Ferries,\" he said, referring to Karl Brenner.", "owns", "reported", None),
 ("Karl Brenner said that Norvik Holdings owns Baltic Ferries.", "owns", "reported", "Karl Brenner"),
 ("Norvik Holdings owns Baltic Ferries, Reuters reported.", "owns", "reported", "Reuters"),
 ("According to a filing, Norvik Holdings owns Baltic Ferries.", "owns", "reported", "a filing"),
 ("Norvik Holdings said in a filing that it had acquired Baltic Ferries.", "acquires", "reported", "Norvik Holdings"),
 ("Norvik Holdings could buy Baltic Ferries, analysts said.", "acquires", "hedged", "analysts"),
 ("Norvik Holdings might have secretly bought Baltic Ferries.", "acquires", "hedged", None),
 ("Norvik Holdings did not buy Baltic Ferries.", "acquires", "negated", None),
 ("Norvik Holdings denied owning Baltic Ferries.", "owns", "negated", "Norvik Holdings"),
 ("Norvik Holdings rejected claims that it is owned by the Russian state.", "owns", "negated", "Norvik Holdings"),
 ("Karl Brenner has denied being a member of the Green Party.", "member_of", "negated", "Karl Brenner"),
 ("Karl Brenner is thought to be a member of the Green Party.", "member_of", "hedged", None),
 ("Karl Brenner is probably a member of the Green Party.", "member_of", "hedged", None),
 ("I think Karl Brenner is a member of the Green Party.", "member_of", "speculative", None),
 ("Presumably, Karl Brenner is a member of the Green Party.", "member_of", "hedged", None),
 ("Karl Brenner is no longer a member of the Green Party.", "member_of", "asserted", None),
 ("Norvik Holdings is said to be controlled by the Russian state.", "controls", "hedged", None),
 ("Yildiz Insaat appears to be controlled by Hakan Erdemir.", "controls", "hedged", None),
 ("Yildiz Insaat has won contracts. It appears to be controlled by Hakan Erdemir.", "controls", "hedged", None),
 ("Norvik Holdings, the people said, is controlled by the Russian state.", "controls", "reported", "the people"),
 ("Norvik Holdings has raised its stake in Baltic Ferries to 7.2%, a stock exchange filing showed on Thursday.", "acquires", "reported", "a stock exchange filing"),
 ("Brazilian rail operator Ferrovia Atlantica said it had completed its purchase of Puerto Andino.", "acquires", "reported", "Ferrovia Atlantica"),
 ("Fjordtel is Kvist Capital's only American subsidiary, according to company filings.", "owns", "reported", "company filings"),
 ("Does Norvik Capital still control Palatine Shipping?", "controls", "hedged", None),
 ("There is no evidence that Rosneft controls Baltic Ferries.", "controls", "negated", None),
 ("Karl Brenner joined the Green Party in 2003, according to his official biography.", "member_of", "reported", "his official biography"),
 ("An earlier version said incorrectly that Karl Brenner is a director of Baltic Ferries.", "member_of", "negated", None),
 ("The files, which include share certificates and emails, show that Mareverde is wholly owned by Brisa Holdings.", "owns", "reported", "The files"),
 ("Jadran Azur Gradnja d.o.o. won a lease. Montenegro's Central Register of Business Entities lists Lefkara Crest Holdings Ltd as its sole shareholder.", "owns", "reported", "Central Register of Business Entities"),
 ("Tokaj Tokealap Zrt has bought a 9.9% stake in Duna Bank from Raab Holding, a filing with the Budapest Stock Exchange showed on Monday, making it the lender's second-largest shareholder.", "acquires", "reported", "a filing with the Budapest Stock Exchange"),
 ("Margalla Power lost 61 billion rupees, its accounts show, and Orvex Capital, which is lending Margalla Power $7 billion, has warned of more losses.", "lends_to", "asserted", None),
 ("An audit of Norvik Holdings commissioned by the ministry says the holding lent Baltic Ferries 9 billion francs.", "lends_to", "reported", "An audit of Norvik Holdings commissioned by the ministry"),
 ("An audit of Norvik Holdings commissioned by the ministry, seen by this newspaper, says the holding lent Baltic Ferries 9 billion francs.", "lends_to", "reported", "An audit of Norvik Holdings commissioned by the ministry"),
 ("Halden Energy AS says it meets that test, and that its largest shareholder is Riverway Ventures.", "owns", "reported", "Halden Energy AS"),
 ("Norvik Holdings owns Baltic Ferries, according to the Cypriot companies register.", "owns", "reported", "the Cypriot companies register"),
 ("Red Sea Refining Co. is 51% owned by Karari Holding, according to the company's 2022 registration papers.", "owns", "reported", "the company's 2022 registration papers"),
 ("Transparency International said so on Monday and accused Norvik Holdings of hiding its owners.", "criticizes", "asserted", None),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("text, claim_type, certainty, source", CUES, ids=[c[0][:60] for c in CUES])
def test_cues_set_certainty_and_source(extractor, text, claim_type, certainty, source):
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    [claim] = [c for c in extraction.claims if c.type == claim_type]
    assert claim.certainty == certainty
    if source is not None:
        assert names.get(claim.attribution.source, claim.attribution.source).lower() == source.lower()


def test_a_hedge_in_a_relative_clause_stays_there(extractor):
    text = "Norvik Holdings, which may be controlled by the Russian state, owns Baltic Ferries."
    claims = {c.type: c for c in extractor.extract(Document(id="t", text=text)).claims}
    assert claims["controls"].certainty == "hedged"
    assert claims["owns"].certainty == "asserted"


def test_a_question_clause_is_not_under_the_headline_hedge(extractor):
    text = "Jack Ma's Pain May Explain Why Kevin Mayer Got Out of TikTok"
    [claim] = extractor.extract(Document(id="t", text=text)).claims
    assert (claim.type, claim.certainty, claim.qualifiers.status) == ("employed_by", "asserted", "former")


def test_a_headline_gives_way_to_the_story_under_it(extractor):
    """Headlines drop the attribution that the body keeps: the body's certainty and source stand."""
    text = "Norvik Holdings buys Baltic Ferries\n\nNorvik Holdings has agreed to buy Baltic Ferries, people familiar with the matter said."
    [claim] = [c for c in extractor.extract(Document(id="t", text=text)).claims if c.type == "acquires"]
    assert claim.certainty == "reported"
    assert claim.attribution.source == "people familiar with the matter"
    assert [text[a:b] for a, b in claim.evidence] == ["Norvik Holdings buys Baltic Ferries", text.split("\n\n")[1]]


def test_a_description_inside_a_quotation_is_the_speaker_s(extractor):
    """ "the Qatari state-owned fund" is Hollis's description, not the writer's."""
    text = '"Lusail Capital, the Qatari state-owned fund, now holds 9.8% of Orwell Marine," Hollis said.'
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    [claim] = [c for c in extraction.claims if c.type == "owns" and names[c.object] == "Lusail Capital"]
    assert claim.certainty == "reported"
    assert names[claim.attribution.source] == "Hollis"


def test_a_source_s_report_covers_the_relative_clauses_inside_it(extractor):
    text = "Corporate records show that Kestrel Marine is owned by Tidewater Ltd, which in turn belongs to Yuri Voronin."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    [claim] = [c for c in extraction.claims if c.type == "owns" and names[c.subject] == "Yuri Voronin"]
    assert (claim.certainty, claim.attribution.source) == ("reported", "Corporate records")


def test_a_hedge_does_not_reach_into_a_relative_clause(extractor):
    text = "Norvik Holdings may own Baltic Ferries, which controls Fjordline Cargo."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    [claim] = [c for c in extraction.claims if c.type == "controls"]
    assert (names[claim.subject], claim.certainty) == ("Baltic Ferries", "asserted")


def test_a_description_inside_what_records_show_is_the_records_too(extractor):
    text = "Records filed in Riga show that Daugava Timber is owned by Liepa Holdings Ltd, a Gibraltar company."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    [claim] = [c for c in extraction.claims if c.type == "based_in" and names[c.subject] == "Liepa Holdings Ltd"]
    assert claim.certainty == "reported"


def test_a_description_inside_what_someone_said_stays_the_writer_s(extractor):
    text = "Alibaba said that it will invest in its Alibaba Cloud unit, which is China's biggest cloud provider."
    extraction = extractor.extract(Document(id="t", text=text))
    assert [c.certainty for c in extraction.claims if c.type == "based_in"] == ["asserted"]


def _claim(extractor, text: str, claim_type: str, subject: str):
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    [claim] = [c for c in extraction.claims if c.type == claim_type and names[c.subject] == subject]
    return claim, names


def test_according_to_at_the_end_covers_the_chain_after_the_verb_but_not_where_firms_are_from(extractor):
    text = "Issyk Resorts is owned by Alamedin Holdings Ltd of Cyprus, which is in turn owned by Larnaca Nominees Ltd, according to documents obtained by reporters."
    chained, _ = _claim(extractor, text, "owns", "Larnaca Nominees Ltd")
    assert chained.certainty == "reported"
    placed, _ = _claim(extractor, text, "based_in", "Alamedin Holdings Ltd")
    assert placed.certainty == "asserted"


def test_a_post_named_by_is_is_stated_so_according_to_reaches_it(extractor):
    text = "Kwanza Capital's managing partner is Rosa Teixeira, according to documents from Mauritius's Financial Services Commission."
    claim, names = _claim(extractor, text, "leads", "Rosa Teixeira")
    assert (claim.certainty, names.get(claim.attribution.source)) == ("reported", "Financial Services Commission")


def test_records_from_a_body_are_the_body_s_not_its_country_s(extractor):
    text = "Records from Mongolia's General Authority for State Registration show that Orkhon Copper LLC is owned by Saran Bold."
    claim, names = _claim(extractor, text, "owns", "Saran Bold")
    assert names.get(claim.attribution.source) == "General Authority for State Registration"


def test_a_speaker_at_the_end_tells_the_holdings_said_after_the_verb_not_a_name_s_description(extractor):
    text = ("Indonesia's state mining company, Banda Mining, is weighing a bid for the 20% of Halmahera Nickel held by Australia's "
            "Arafura Resources, people familiar with the matter said, asking not to be identified because the talks are private.")
    told, _ = _claim(extractor, text, "owns", "Arafura Resources")
    assert (told.certainty, told.attribution.source) == ("reported", "people familiar with the matter")
    text = "Augsburg Robotik will be delisted after its Chinese owner, Foshan Midland Group, squeezed out the last shareholders, the company said."
    described, _ = _claim(extractor, text, "owns", "Foshan Midland Group")
    assert described.certainty == "asserted"


def test_the_person_said_is_the_person_the_story_introduced(extractor):
    text = "Saffar Marine will buy the port, a person close to Saffar said. Saffar Marine may also buy Kobuleti Oil Terminal, the person said."
    extraction = extractor.extract(Document(id="t", text=text))
    [claim] = [c for c in extraction.claims if c.type == "acquires" and extraction.entity(c.object).name == "Kobuleti Oil Terminal"]
    assert claim.attribution.source == "a person close to Saffar"
