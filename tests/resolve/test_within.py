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


def test_a_name_without_the_legal_form_before_it_is_the_same_company(extractor):
    text = "A decree transferred the plant to State Concern Vostok, the state defence conglomerate. Vostok already owned 26%."
    extraction = extractor.extract(Document(id="d", text=text))
    company = _entity_with(extraction, "State Concern Vostok")
    assert any(text[a:b] == "Vostok" for a, b in company.mentions)


def test_a_headline_s_short_name_joins_the_full_name_even_taken_for_a_person(extractor):
    text = "Brännström Flow picks outsider as chief executive\n\nSTOCKHOLM — Brännström Flow Systems AB named Karin Lindahl chief executive."
    extraction = extractor.extract(Document(id="d", text=text))
    company = _entity_with(extraction, "Brännström Flow Systems AB")
    assert company.type == "company" and any(text[a:b] == "Brännström Flow" for a, b in company.mentions)


def test_a_headline_s_short_name_joins_a_full_name_that_opens_with_a_trade_word(extractor):
    text = "Ohrid brewer Galicnik sells 40% to family office\n\nSKOPJE — Pivara Galicnik AD said on Tuesday it had agreed to sell 40% of its shares."
    extraction = extractor.extract(Document(id="d", text=text))
    company = _entity_with(extraction, "Pivara Galicnik AD")
    assert any(text[a:b] == "Galicnik" for a, b in company.mentions)


def test_a_description_right_before_a_name_is_that_name(extractor):
    text = "Aldgate Valves AB hired Karin Lindahl, who spent nine years at the German pump maker Oberlahn Pumpen GmbH. Peter Holm has led the Västerås-based company since 2011."
    extraction = extractor.extract(Document(id="d", text=text))
    company = _entity_with(extraction, "Aldgate Valves AB")
    assert any(text[a:b] == "the Västerås-based company" for a, b in company.mentions)


def test_the_company_refers_back_to_the_last_company(extractor):
    text = "Norvik Holdings reported a loss. The company is owned by the Russian state."
    extraction = extractor.extract(Document(id="d", text=text))
    [claim] = [c for c in extraction.claims if c.type == "owns"]
    assert extraction.entity(claim.object).name == "Norvik Holdings"


def test_two_people_sharing_a_surname_stay_apart_when_named_in_full(extractor):
    text = "Anna Vogel chairs Norvik Holdings. Peter Vogel heads Baltic Ferries Group."
    extraction = extractor.extract(Document(id="d", text=text))
    assert _entity_with(extraction, "Anna Vogel") is not _entity_with(extraction, "Peter Vogel")


def test_the_company_is_the_one_the_story_keeps_naming(extractor):
    text = (
        "Fjordtel makes drones. Fjordtel was founded in 2014. "
        "Company filings show that 18 percent of Fjordtel belongs to Kvist Capital, which is backed by Brask Invest. "
        "Ole Brask is believed to hold 40 percent, though the company does not publish the figure."
    )
    extraction = extractor.extract(Document(id="d", text=text))
    assert _entity_with(extraction, "the company") is _entity_with(extraction, "Fjordtel")


def test_a_title_keeps_a_surname_apart_from_the_firm_named_after_her(extractor):
    text = "Hoshimura Precision makes sensors. Hoshimura supplies Toyota. Ms. Hoshimura founded it in 2011."
    extraction = extractor.extract(Document(id="d", text=text))
    firm = _entity_with(extraction, "Hoshimura Precision")
    assert firm is _entity_with(extraction, "Hoshimura")
    assert firm.type == "company"
    starts = [text.index("Ms. Hoshimura") + 4]
    founder = next(e for e in extraction.entities if any(a in starts for a, _ in e.mentions))
    assert founder.type == "person" and founder is not firm


def test_a_described_body_joins_the_name_and_a_relational_noun_another_company(extractor):
    text = "Kestrel Bank walked away from the Fjordtel deal. The Danish lender said its Norwegian partner had not met the conditions."
    extraction = extractor.extract(Document(id="d", text=text))
    assert _entity_with(extraction, "The Danish lender") is _entity_with(extraction, "Kestrel Bank")
    assert _entity_with(extraction, "its Norwegian partner") is _entity_with(extraction, "Fjordtel")


def test_a_short_name_in_brackets_is_the_name_before_it(extractor):
    """ "(OJK)" is not the initials of "Financial Services Authority", and still names it."""
    text = "The Financial Services Authority (OJK) opened an inquiry. An OJK official declined to comment."
    extraction = extractor.extract(Document(id="d", text=text))
    authority = _entity_with(extraction, "Financial Services Authority")
    assert [text[a:b] for a, b in authority.mentions] == ["Financial Services Authority", "OJK", "OJK"]


def test_a_name_used_as_a_firm_makes_the_entity_a_firm(extractor):
    """The model took "Kalgoorlie Rare Earths" for a person; "Kalgoorlie's chair" says it is not one."""
    text = "The funds hold shares in Kalgoorlie Rare Earths. Kalgoorlie's chair, Fiona McAllister, welcomed the decision."
    extraction = extractor.extract(Document(id="d", text=text))
    assert _entity_with(extraction, "Kalgoorlie Rare Earths").type == "company"


def test_the_company_a_few_sentences_on_is_the_story_s_company(extractor):
    """A firm named once in passing does not take over "the company" from the one the story is about."""
    text = (
        "Norvik Holdings agreed to buy Baltic Ferries. Norvik Holdings will pay in cash. "
        "Shares of Kestrel Bank, which advised on the deal, rose. Analysts were surprised. "
        "The company said the price was fair."
    )
    extraction = extractor.extract(Document(id="d", text=text))
    start = text.index("The company")
    norvik = _entity_with(extraction, "Norvik Holdings")
    assert [start, start + len("The company")] in [list(m) for m in norvik.mentions]


def test_the_first_word_of_a_firm_s_name_alone_is_the_firm(extractor):
    """The model tagged a sentence-opening "Tengri" as a noun; the story named Tengri Resources Ltd before."""
    text = "Tengri Resources Ltd controls the mine. Tengri, which is registered in Jersey, owns 85% of Sary-Tash Mining LLC."
    extraction = extractor.extract(Document(id="d", text=text))
    tengri = _entity_with(extraction, "Tengri Resources Ltd")
    start = text.index("Tengri,")
    assert [start, start + len("Tengri")] in [list(m) for m in tengri.mentions]


def test_its_chief_executive_is_of_the_sentence_s_subject_that_reports_to_a_ministry(extractor):
    """ "X reports to the ministry" is no news source ("Reuters reported that ..."): X stays a candidate for "its"."""
    text = (
        "Qasr Group will hold 51% of the venture. "
        "Carmel, for its part, reports to the Government Companies Authority, and its chief executive, Nurit Shaked, welcomed the deal."
    )
    extraction = extractor.extract(Document(id="d", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert ("Nurit Shaked", "Carmel") in {(names[c.subject], names[c.object]) for c in extraction.claims if c.type == "leads"}


def test_a_spokesman_named_for_nobody_speaks_for_the_story_s_company(extractor):
    text = (
        "Markets brief\n\n"
        "OSLO — Kvist Capital bought a stake in Fjordtel.\n\n"
        "LISBON — Tejo Engenharia named a new chief executive. The Moura family owns 80% of the group, a spokesman said."
    )
    extraction = extractor.extract(Document(id="d", text=text))
    names = {e.id: e.name for e in extraction.entities}
    [owns] = [c for c in extraction.claims if c.type == "owns" and names[c.subject] == "Moura family"]
    assert (owns.certainty, names.get(owns.attribution.source)) == ("reported", "Tejo Engenharia")


def test_a_spokesman_titled_by_a_body_speaks_for_the_body_the_story_named(extractor):
    """ "a Ministry spokesman" after "the Ministry of Transport": the ministry says so."""
    text = (
        "The Ministry of Transport oversees the haulage trade. "
        "It fined Orvalle Freight in May for overloading trucks, a Ministry spokesman said."
    )
    extraction = extractor.extract(Document(id="d", text=text))
    names = {e.id: e.name for e in extraction.entities}
    [fine] = [c for c in extraction.claims if c.type == "regulatory_action"]
    assert (fine.certainty, names.get(fine.attribution.source)) == ("reported", "Ministry of Transport")


def test_a_country_in_a_body_s_name_takes_its_mention_from_where_the_story_names_it(extractor):
    """ "Qatari funds ... the Qatar Investment Authority": Qatar's mention is "Qatari", not a word of the fund's name."""
    text = "Qatari investors are buying in. The Qatar Investment Authority has agreed to buy 40% of Vexa Foods."
    extraction = extractor.extract(Document(id="d", text=text))
    qatar = _entity_with(extraction, "Qatari")
    assert qatar.type == "country" and {text[a:b] for a, b in qatar.mentions} == {"Qatari"}


def test_the_miner_is_the_firm_whose_name_says_mining(extractor):
    text = "Kwena Defence Systems agreed to buy 35% of Lufwanyama Copper. The miner's founder, Mwila Chanda, keeps 15% and will stay on as chairman."
    extraction = extractor.extract(Document(id="d", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert {(c.type, names[c.object]) for c in extraction.claims if names[c.subject] == "Mwila Chanda"} == {
        ("founded", "Lufwanyama Copper"), ("owns", "Lufwanyama Copper"), ("leads", "Lufwanyama Copper")}


def test_the_central_bank_is_a_state_bank_named_before_never_the_story_s_firm(extractor):
    text = ("Lanta Pay holds a licence from the National Bank of Kazakhstan, the central bank. Its founder is Ivo Brenner. "
            "It seems likely that the central bank has a say in how Lanta Pay is run.")
    extraction = extractor.extract(Document(id="d", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert ("controls", "National Bank of Kazakhstan", "Lanta Pay", "speculative") in {
        (c.type, names[c.subject], names[c.object], c.certainty) for c in extraction.claims}
    named_none = "Lanta Pay is owned by Ivo Brenner. Its largest lender is Kestrel Bank. The central bank fined Lanta Pay."
    assert not [c for c in extractor.extract(Document(id="e", text=named_none)).claims if c.type == "regulatory_action"]


TRANSCRIPT = """The Harbour Hour, episode 9

LENA MORAES: My guest today is Paulo Quintas, chief executive of Alcantara Extrusions. Paulo, your mother founded the company.

QUINTAS: She did. The Banco de Fomento lent us 4 million euros in 2023, and last year the Ministry of Economy fined us for late paperwork.
"""


def test_a_transcript_s_we_is_the_speaker_s_firm_and_his_answers_are_his_to_vouch_for(extractor):
    extraction = extractor.extract(Document(id="d", text=TRANSCRIPT))
    names = {e.id: e.name for e in extraction.entities}
    claims = {(c.type, names[c.subject], names[c.object]): c for c in extraction.claims}
    loan = claims[("lends_to", "Banco de Fomento", "Alcantara Extrusions")]
    assert loan.certainty == "reported" and names[loan.attribution.source] == "Paulo Quintas"
    assert ("regulatory_action", "Ministry of Economy", "Alcantara Extrusions") in claims
    assert claims[("leads", "Paulo Quintas", "Alcantara Extrusions")].certainty == "asserted"  # the host's words
    assert not [key for key in claims if key[0] == "founded"]  # "Paulo, your mother founded it": Paulo is addressed, not the founder


PANEL = """CARMELA DITAN (host): Good evening. With me are Congressman Jose Alcaraz and the former regulator Rodolfo Sarmiento-Baylon.

ALCARAZ: Guangnan Communications Group owns 40% of Banwa Telecommunications.

SARMIENTO-BAYLON: Banwa Telecommunications borrowed $900 million from Pearl River Development Bank.
"""


def test_each_guest_of_a_panel_vouches_for_what_he_says_whatever_the_model_made_of_his_name(extractor):
    extraction = extractor.extract(Document(id="d", text=PANEL))
    names = {e.id: e.name for e in extraction.entities}
    sources = {(c.type, names[c.subject]): names.get(c.attribution.source) for c in extraction.claims}
    assert sources[("owns", "Guangnan Communications Group")] == "Jose Alcaraz"  # the host's label, "(host)", does not hide her turn
    assert sources[("lends_to", "Pearl River Development Bank")] == "Rodolfo Sarmiento-Baylon"


def test_a_parliamentary_record_s_speakers_vouch_for_their_turns(extractor):
    text = ("Attending: the President of the Board of ANCAP, Gonzalo Ituarte.\n\n"
            "MS. PINTOS (Lucia).- Who owns the plant?\n\n"
            "MR. ITUARTE (Gonzalo).- ANCAP keeps 60% of Lubricantes del Plata S.A.")
    extraction = extractor.extract(Document(id="d", text=text))
    names = {e.id: e.name for e in extraction.entities}
    [held] = [c for c in extraction.claims if c.type == "owns"]
    assert (names[held.subject], names[held.object]) == ("ANCAP", "Lubricantes del Plata S.A.")  # not "Gonzalo).- ANCAP"
    assert held.certainty == "reported" and names[held.attribution.source] == "Gonzalo Ituarte"


COMMITTEE_EVIDENCE = """Members present: Megan Holloway (Chair); Owen Pritchard (Liberal Democrat).

Witness: Chen Haoran, Managing Director, Redcar Alloys Ltd, and Vice-President, Jinhe Metals Group Co., Ltd. (China).

Q1 Chair: Mr Chen, who owns Redcar Alloys?

Chen Haoran: Redcar Alloys is wholly owned by Teesside Metal Holdings Ltd.

Q2 Owen Pritchard: Who lends to the works?

Chen Haoran: The National Wealth Fund lent Redcar Alloys £120 million last year.

Q3 Chair: Thank you.
"""


def test_a_committee_s_numbered_questions_and_title_case_speakers_are_turns_of_a_transcript(extractor):
    extraction = extractor.extract(Document(id="d", text=COMMITTEE_EVIDENCE))
    names = {e.id: e.name for e in extraction.entities}
    sources = {(c.type, names[c.subject], names[c.object]): (c.certainty, names.get(c.attribution.source)) for c in extraction.claims}
    assert sources[("owns", "Teesside Metal Holdings Ltd.", "Redcar Alloys Ltd")] == ("reported", "Chen Haoran")
    assert not [key for key in sources if key[:2] == ("owns", "Chen Haoran")]  # "Mr Chen, who owns Redcar Alloys?" asks
    assert sources[("lends_to", "National Wealth Fund", "Redcar Alloys Ltd")] == ("reported", "Chen Haoran")
    assert ("member_of", "Owen Pritchard", "Liberal Democrats") in sources
    assert not {"Chair", "Q1 Chair", "Q2 Owen Pritchard"} & set(names.values())  # a post and a question number name no one
    china = [e for e in extraction.entities if e.name == "China"]
    assert all("Jinhe" not in alias for e in china for alias in e.aliases)  # "(China)" is where the group is from, not its name


def test_the_court_is_the_court_named_paragraphs_before_not_the_nearest_state_body(extractor):
    text = ("The Varna District Court on Monday froze the shares of Dobrudzha Grain AD.\n\n"
            "Prosecutors said the shares were held for Petar Ivanov. He denied it.\n\n"
            "He sat in the National Assembly from 2005 to 2009. His lawyer asked the Ministry of Justice to intervene. "
            "She told the court her client owned no shares.")
    extraction = extractor.extract(Document(id="d", text=text))
    court = next(e for e in extraction.entities if e.name == "Varna District Court")
    assert any(text[a:b] == "the court" for a, b in court.mentions)


def test_the_same_description_goes_on_meaning_the_same_firm(extractor):
    text = ("Sengdara Power, the 410-megawatt plant on the Nam Ou, sells to EDL. Lao Holding State Enterprise owns 30% of it. "
            "The Ministry of Energy and Mines approved a 9% increase in the plant's tariff in January.")
    extraction = extractor.extract(Document(id="d", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert ("Ministry of Energy and Mines", "Sengdara Power") in {(names[c.subject], names[c.object]) for c in extraction.claims if c.type == "regulatory_action"}


@pytest.mark.parametrize(
    "text, mention, same_as",
    [
        # "the state" where the story named a country and no government
        ("Kotor Wings is an airline in Montenegro. The state owns 96% of the airline through the Ministry of Finance.", "The state", "Montenegro"),
        # a surname of two words, after a long name with particles
        ("Mr. Salim bin Nasser Al Harthy resigned from the board of Sur Ridge Cement. Mr. Al Harthy holds no shares in Sur Ridge Cement.", "Al Harthy", "Salim bin Nasser Al Harthy"),
        # a description in a clause with no subject of its own is not the sentence's subject
        ("Lapin Ventures has sold its entire stake in Revontuli Analytics Oyj, ending a 12-year relationship with the Finnish software company, which it first backed in 2012.", "the Finnish software company", "Revontuli Analytics Oyj"),
        # initials of a name the story spelled out, not the reference entry they also abbreviate (Reporters Without Borders)
        ("The paramilitary Rapid Support Forces are hard to pin down. Tawila Minerals is registered to a former RSF officer.", "RSF", "Rapid Support Forces"),
        # an acronym used before the name it abbreviates is defined in brackets
        ("Who owns KACS? Kenitra Atlantique Container Services SA (KACS) has three shareholders.", "KACS", "Kenitra Atlantique Container Services SA"),
        # a headline's short name is the firm, not the firm's product
        ("Fund takes aim at Norrvik\n\nNorrvik Systems A/S sells Norrvik Planner, a routing platform. Norrvik said the offer was too low.", "Norrvik", "Norrvik Systems A/S"),
    ],
)
def test_two_mentions_name_one_entity(extractor, text, mention, same_as):
    extraction = extractor.extract(Document(id="d", text=text))
    assert _entity_with(extraction, mention) is _entity_with(extraction, same_as)


def test_a_one_word_name_followed_by_who_stays_a_person(extractor):
    text = "Vardar Oil is a state firm. Petrovski, who as minister chairs Vardar Oil's board, denied any stake."
    extraction = extractor.extract(Document(id="d", text=text))
    assert _entity_with(extraction, "Petrovski").type == "person"


def test_an_indefinite_description_names_no_firm_even_where_a_name_shares_its_adjective(extractor):
    text = ("The deputy asked who owns Brodogradiliste Lošinj d.d., whether the Turkish shipbuilder Marmara Tersane has acquired a stake "
            "in the shipyard or controls it through a Croatian company, who sits on its boards, and whether its chair is an official "
            "of the Croatian Democratic Union (HDZ).")
    extraction = extractor.extract(Document(id="d", text=text))
    party = _entity_with(extraction, "Croatian Democratic Union")
    assert "a Croatian company" not in {text[a:b] for a, b in party.mentions}


def test_the_guild_is_the_guild_named_before_but_the_federation_of_x_is_a_body_of_its_own(extractor):
    text = ("Ceylon Wings is for sale. The petition was filed by the Kandy Airline Pilots' Guild. The guild accused the board of selling "
            "the carrier cheaply. Its president is also vice-president of the transport federation of the Employers' Union.")
    extraction = extractor.extract(Document(id="d", text=text))
    guild = _entity_with(extraction, "Kandy Airline Pilots' Guild")
    assert "The guild" in {text[a:b] for a, b in guild.mentions}
    assert "transport federation" not in {text[a:b] for a, b in guild.mentions}


@pytest.mark.parametrize(
    "text, leader, firm",
    [
        # a possessive after a quotation: the speaker's firm, not a firm the quotation names
        ("Lawmakers said Kestrel Holdings, an investment firm in Dubai, wanted a stake in Ostra Air. The company denied it. "
         "\"We have never discussed Ostra Air with anyone,\" its chairman, Omar Faris, said.", "Omar Faris", "Kestrel Holdings"),
        # a title in a relative clause: the firm of the clause it hangs on, not the story's most named firm
        ("Tammi Capital sold its stake in Lumo Analytics. Tammi Capital had held it since 2015. Tammi Capital made a profit. "
         "Lumo Analytics was founded in 2015 by Aino Virtanen, who remains chief executive.", "Aino Virtanen", "Lumo Analytics"),
        # a description a firm's name contains, paragraphs after the firm was last named
        ("Lobos Terminal S.A. runs the container berth at Paita.\n\nXing Shipping Group bought 40% of the berth's operator last year. "
         "Xing Shipping Group is owned by the Chinese state. Xing Shipping Group also runs ports in Chile. Xing Shipping Group plans more. "
         "Xing Shipping Group declined to comment.\n\nThe terminal's general manager, Ana Ruiz, declined to speculate.", "Ana Ruiz", "Lobos Terminal S.A."),
    ],
)
def test_a_post_holder_s_firm_is_found_through_pronouns_and_descriptions(extractor, text, leader, firm):
    extraction = extractor.extract(Document(id="d", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert (leader, firm) in {(names[c.subject], names[c.object]) for c in extraction.claims if c.type == "leads"}


def test_a_speaker_whose_name_has_letters_beyond_ascii_vouches_for_his_turn(extractor):
    text = ("Senate Committee on Public Works: public hearing on the Batangas toll road. Resource person: "
            "Ramon Sison-Valdepeñas, president of Kalinaw Tollways.\n\n"
            "SENATOR MAKALINTAL: Who owns the operator?\n\n"
            "MR. SISON-VALDEPEÑAS: Kalinaw Tollways is 70% owned by Bagwis Infrastructure Holdings.")
    extraction = extractor.extract(Document(id="d", text=text))
    names = {e.id: e.name for e in extraction.entities}
    [held] = [c for c in extraction.claims if c.type == "owns"]
    assert held.certainty == "reported" and names[held.attribution.source] == "Ramon Sison-Valdepeñas"


def test_an_earnings_call_s_first_speaker_is_no_host_and_a_label_is_nobody_s_speech(extractor):
    text = ("Results call of Bank Wolinski S.A., 26 February 2026\n\n"
            "PIOTR ZAWADZKI (Chairman of the Management Board): Good afternoon. In November Bank Wolinski bought 24.9% of Kwadrat Pay.\n\n"
            "MARTA KOWALCZYK (Harbourline Securities): Who owns the bank?")
    extraction = extractor.extract(Document(id="d", text=text))
    names = {e.id: e.name for e in extraction.entities}
    claims = {(c.type, names[c.subject], names[c.object]): c for c in extraction.claims}
    bought = claims[("acquires", "Bank Wolinski S.A.", "Kwadrat Pay")]
    assert bought.certainty == "reported" and names[bought.attribution.source] == "PIOTR ZAWADZKI"
    assert claims[("employed_by", "MARTA KOWALCZYK", "Harbourline Securities")].certainty == "asserted"
    assert not [key for key in claims if key[0] == "owns"]  # "Who owns the bank?" asks; the speaker owns nothing


def test_it_is_not_what_a_phrase_before_it_names(extractor):
    text = ("Shengzhou Petrochemical owns 40% of Tutong Aromatics. In a filing to the Shanghai Stock Exchange, it said it had "
            "never considered selling. It owes about $2.3 billion to Hangzhou Yongxin Commercial Bank.")
    extraction = extractor.extract(Document(id="d", text=text))
    names = {e.id: e.name for e in extraction.entities}
    borrowers = {names[c.object] for c in extraction.claims if c.type == "lends_to"}
    assert "Shanghai Stock Exchange" not in borrowers and "Shengzhou Petrochemical" in borrowers


def test_a_firm_s_first_words_are_its_short_name_whatever_the_model_made_of_them(extractor):
    text = ("Kwarra Cement is listing. Its shareholders include Hubei Dongshan Building Materials Co., Ltd. of China. "
            "Hubei Dongshan has said it may buy more.")
    extraction = extractor.extract(Document(id="d", text=text))
    firm = next(e for e in extraction.entities if e.name.startswith("Hubei Dongshan"))
    assert [text[a:b] for a, b in firm.mentions] == ["Hubei Dongshan Building Materials Co., Ltd.", "Hubei Dongshan"]
    assert firm.type == "company"
