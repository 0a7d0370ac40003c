"""Names found in text, cleaned of what the model glues to them, and typed."""

import pytest

from levers.extract import Extractor
from levers.extract.mentions import Mention, _with_defined_terms
from levers.model import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _types(extractor, text: str) -> dict[str, str]:
    """Each mention's exact text -> its entity's type."""
    extraction = extractor.extract(Document(id="t", text=text))
    return {text[a:b]: e.type for e in extraction.entities for a, b in e.mentions}


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("The National Radio and Television Administration shut down the app.", "National Radio and Television Administration", "public_body"),
        ("Members of the Chinese Communist Party met on Monday.", "Chinese Communist Party", "organization"),
        ("The CCP rarely comments on such matters.", "CCP", "organization"),
        ("Talks with the Chinese government stalled.", "Chinese government", "public_body"),
        ("He tried to mend his relationship with Beijing.", "Beijing", "public_body"),
        ("Talks were held with the Norwegian Ministry of Trade, Industry and Fisheries.", "Norwegian Ministry of Trade, Industry and Fisheries", "public_body"),
        ("Analysts at Harbor Lane Securities were surprised.", "Harbor Lane Securities", "company"),
        ("Palatine Shipping's actual controller is the Shanghai SASAC.", "Shanghai SASAC", "public_body"),
        ("Australia's Treasurer directed two funds to sell their shares.", "Treasurer", "public_body"),
        ("PT Sulawesi Nikel Prima missed a payment.", "Sulawesi Nikel Prima", "company"),
        ("Bank records show that Ural Ferroalloys lent €38 million to Kestrel Marine in 2020.", "Ural Ferroalloys", "company"),
        ("The seller is Vanderhaegen Infra, a Belgian infrastructure investor.", "Vanderhaegen Infra", "company"),
        ("The Workers' Party of Brazil backs him.", "Workers' Party", "organization"),
        ("Zhang's first app, Neihan Duanzi, was popular.", "Neihan Duanzi", "product"),
        ("Shares of Baltic Ferries fell.", "Baltic Ferries", "company"),
        ("The family still holds 51% of Ardesi Meccanica.", "Ardesi Meccanica", "company"),
        ("A private-equity firm snapped up Sertaneja in 2019.", "Sertaneja", "company"),
        ("The main opposition party SYRIZA condemned both sales.", "SYRIZA", "organization"),
        ("Lumbo, a former MPLA member of parliament, denied it.", "MPLA", "organization"),
        ("Anwar Talukder is a former Awami League lawmaker.", "Awami League", "organization"),
        ("The Competition Council fined Vexa Telecom.", "Competition Council", "public_body"),
        ("Japanese trading house Hokuyo Shoji holds 45% of the company.", "Hokuyo Shoji", "company"),
        ("The state lender extended a loan to Skarvik Kraft.", "Skarvik Kraft", "company"),
        ("Erdenes Mongol, the state mining holding, has agreed to buy a coal mine.", "Erdenes Mongol", "company"),
        ("Baltshore Holdings, a Latvian company whose owner, Aivars Zeltins, is on a sanctions list, was fined.", "Aivars Zeltins", "person"),
        ("Samruk-Kazyna, Kazakhstan's sovereign wealth fund, plans to buy a stake.", "Samruk-Kazyna", "public_body"),
        ("Pindos, whose chief executive is Antonis Zervakis, plans to finance the purchase.", "Antonis Zervakis", "person"),
        ("Congress voted in May 2014 to expropriate 51% of Patagonia Energia.", "Congress", "public_body"),
        ("The Jebel Ali Free Zone Authority may suspend that licence.", "Jebel Ali Free Zone Authority", "public_body"),
        ("The Freeport of Riga Authority tries to take back the lease.", "Freeport of Riga Authority", "public_body"),
        ("Petroandina is wholly owned by the Ecuadorian state.", "Petroandina", "company"),
        ("The fund bought a stake in Turkcell, Turkey's mobile leader.", "Turkcell", "company"),
        ("The fund has put money into Sarawat Mobility, a Riyadh electric-vehicle start-up founded in 2021.", "Sarawat Mobility", "company"),
        ("Like Perola Textil, the Porto shoemaker Calcados Ribeira d'Ouro has lost export orders.", "Calcados Ribeira d'Ouro", "company"),
        ("Fjordbakk Seafood and Kvalnes Havbruk, two salmon farmers, reported record harvests.", "Fjordbakk Seafood", "company"),
        ("Two officers at Banco Litoral do Minho, Marta Iriarte Goni and Joaquim Peixoto, were fined.", "Marta Iriarte Goni", "person"),
        ("The regulator fined Jorge Ibanez, Magdalena's former commercial vice-president, 1.2 billion pesos.", "Jorge Ibanez", "person"),
        ("Iran's foreign ministry condemned the sanctions.", "foreign ministry", "public_body"),
        ("The city government of Stavanger sold its shares.", "city government of Stavanger", "public_body"),
        ("Fjordtel is controlled by the Brask family.", "Brask family", "organization"),
        ("Kalkwerk Osterberg is controlled by Rheinmauer. Kalkwerk Osterberg said on Monday it would appeal.", "Kalkwerk Osterberg", "company"),
        ("KUKA said it would grow. KUKA's chief executive, Peter Mohnen, said KUKA was doing well.", "KUKA", "company"),
        ("Volkswagen makes cars. Lower Saxony, one of Germany's states, holds 20 percent of the votes.", "Lower Saxony", "public_body"),
        ("Shares in Brask Invest SE fell.", "Brask Invest SE", "company"),
        ("Key decisions at Norvik Timber are taken by Fjordheim Holdings.", "Norvik Timber", "company"),
        ("Skarvik Kraft is a utility. Halvor Vangsnes, now 71, keeps a seat on the board.", "Halvor Vangsnes", "person"),
        ("Montenegro is small. Jadran Azur Gradnja d.o.o. was registered in Podgorica in 2021.", "Jadran Azur Gradnja d.o.o.", "company"),
        ("Prva Primorska Banka is a lender.", "Prva Primorska Banka", "company"),
        ("KAZOIL, the state oil company of Kazakhstan, has also bid.", "KAZOIL", "company"),
        ("The Administrative Court in Maputo suspended the order on Monday.", "Administrative Court", "public_body"),
        ("Stichting Brouwer Familiebelang owns all the shares of Brouwer Dredging.", "Stichting Brouwer Familiebelang", "organization"),
        ("Boursa Kuwait suspended trading in the shares.", "Boursa Kuwait", "company"),
        ("The Special Anti-Corruption Structure is examining the loans.", "Special Anti-Corruption Structure", "public_body"),
        ("The Public Institution for Social Security holds 6.5% of Sabhan Freight.", "Public Institution for Social Security", "public_body"),
        ("Deputies of the Standing Committee on Economic Affairs questioned the minister.", "Standing Committee on Economic Affairs", "public_body"),
        ("Wenzhou Jinhai Stainless owns 60% of the smelter.", "Wenzhou Jinhai Stainless", "company"),
        ("The Comptroller General of the Republic opened an audit of ANDE's purchases.", "Comptroller General of the Republic", "public_body"),
        ("The Autorité de Régulation des Télécommunications et des Postes fined Teranga Telecom.", "Autorité de Régulation des Télécommunications et des Postes", "public_body"),
        ("The Energy Regulatory Entity approved the tariff in 2021.", "Energy Regulatory Entity", "public_body"),
        ("The Supreme State Audit found irregularities at KESH.", "Supreme State Audit", "public_body"),
        ("Sahel Resource Watch, a research group in Niamey, published the contracts.", "Sahel Resource Watch", "organization"),
        ("The Provincial Municipality of Talara owns 40% of Lobitos Terminal.", "Provincial Municipality of Talara", "public_body"),
        ("Mdhilla Logistique carries phosphate for the state miner.", "Mdhilla Logistique", "company"),
        ("Benguela Seguros insured the cargo.", "Benguela Seguros", "company"),
        ("Invited: Gor Barseghyan, Deputy Minister of Territorial Administration and Infrastructure.", "Gor Barseghyan", "person"),
        ("The French group's country manager for Uganda, Hugues Aldebert, chairs the joint venture's board.", "Hugues Aldebert", "person"),
        ("The commission opened proceedings against Bitolski Toplani DOOEL over a gas contract.", "Bitolski Toplani DOOEL", "company"),
        ("Drini Bank Sh.a., Albania's ninth-largest lender, is 60% owned by a Turkish group.", "Drini Bank Sh.a.", "company"),
        ("Arben Kola, a former Kolchis Railway executive, runs the port.", "Kolchis Railway", "company"),
        ("Zubara Capital bought 20% of Telvia Portugal from the state.", "Telvia Portugal", "company"),
        ("The African Development Bank lent it $650 million.", "African Development Bank", "public_body"),
        ("He sits in the National Assembly for the ruling party.", "National Assembly", "public_body"),
        ("He is a member of the House of Representatives.", "House of Representatives", "public_body"),
        ("The Norwegian asset manager Fjordvest Kapital owns about 9%.", "Fjordvest Kapital", "company"),
        ("Fédération des Supporters Ardennais criticised the deal.", "Fédération des Supporters Ardennais", "organization"),
        ("Kuwait's sovereign wealth fund has sold its stake in Rheinsalz.", "sovereign wealth fund", "public_body"),
        ("Argentina's state bank lent money to Vinos Cuyanos, the Mendoza winery.", "Vinos Cuyanos", "company"),
        ("He sat on the management board of Karkonosze Cieplo sp. z o.o. in Wroclaw.", "Karkonosze Cieplo sp. z o.o.", "company"),
        ("Wisla Energia S.A. is listed. Ms Anna Wroblewska chaired the Supervisory Board.", "Supervisory Board", None),
        ("Tano Ridge is 60% owned by Fujin Resources (HK) Ltd, a Hong Kong firm.", "Fujin Resources (HK) Ltd", "company"),
        ("Dravica Retail is a chain. Croatia's government fined the retailer in February.", "Croatia's government", "public_body"),
        ("Amnesty International criticised the deal.", "Amnesty International", "organization"),
        ("Transparency International Kenya criticised the regulator.", "Transparency International Kenya", "organization"),
        ("Yinhe is listed. Fang Jiarui owns 17% of its shares through Mistpeak Ltd, a British Virgin Islands company.", "Mistpeak Ltd", "company"),
        ("Banca Prutului, whose chairman, Sergiu Rotaru, sits on a party council, lent money to the group.", "Banca Prutului", "company"),
        ("\"We want a fair share,\" Mining Minister Batbayar Ganzorig told reporters.", "Batbayar Ganzorig", "person"),
        ("Mongol Ord Mining is a state firm. Its chief executive, Enkhjargal Dorj, was appointed in March.", "Enkhjargal Dorj", "person"),
        ("The board said that Karin Lindahl would succeed Per-Olof Brannstrom as chief executive.", "Karin Lindahl", "person"),
        ("The state holds its shares through the State Property Committee.", "State Property Committee", "public_body"),
        ("The Central Register of Business Entities lists Lefkara Crest Holdings Ltd as the owner.", "Central Register of Business Entities", "public_body"),
        ("The bank's board is chaired by Vesna Lalic, a former Democratic Party of Socialists (DPS) lawmaker.", "Vesna Lalic", "person"),
        ("The company belongs to the Brask and Lund families.", "Lund", "organization"),
        ("The Premier League approved the deal.", "Premier League", "organization"),
        ("The department added Fjordtel to its Entity List.", "Entity List", None),
        ("The Minister of Fisheries and Marine Resources approves its plan.", "Minister of Fisheries and Marine Resources", "public_body"),
        ("The fine was imposed by the Ministry of Forestry and Rural Affairs in May.", "Ministry of Forestry and Rural Affairs", "public_body"),
        ("It also holds 51% of Kunene Hake (Pty) Ltd, a joint venture.", "Kunene Hake (Pty) Ltd", "company"),
        ("The partner is Atlantica Redes Vigo S.L. of Spain.", "Atlantica Redes Vigo S.L.", "company"),
        ("The Commission for the Protection of Competition fined Lori Flour Mills.", "Commission for the Protection of Competition", "public_body"),
        ("Kalevipoeg Pensionifond AS and Vahur Investeeringud OÜ each hold 7.5% of the shares.", "Vahur Investeeringud OÜ", "company"),
        ("The remaining shares are held by Naviera Cocle, S.A., a shipping line.", "Naviera Cocle, S.A.", "company"),
        ("The Central Bank of Armenia has fined Ararat Pay CJSC 50 million drams.", "Ararat Pay CJSC", "company"),
        ("He sat in the National Assembly for the Movement for Rights and Freedoms until 2009.", "Movement for Rights and Freedoms", "organization"),
        ("He sat in the National Assembly for the Movement for Rights and Freedoms until 2009.", "National Assembly", "public_body"),
        ("The Rwanda Defence Force denied it.", "Rwanda Defence Force", "public_body"),
        ("The Rwanda Development Board's register lists him.", "Rwanda Development Board", "public_body"),
        ("The Rwanda Mines, Petroleum and Gas Board renewed the licence in February.", "Rwanda Mines, Petroleum and Gas Board", "public_body"),
        ("There are reports that the armed forces have a stake in Nile Crescent Shipping.", "armed forces", "public_body"),
        ("Myanmar's military owns Myanma Economic Holdings.", "military", "public_body"),
        ("Konkan Gateway runs three terminals on the west coast and PortPass, a booking app used by truckers.", "PortPass", "product"),
        ("Taiwan blocked the sale of Hsinwei Packaging, a Taiwanese chip-packaging firm, to Harbourview.", "Hsinwei Packaging", "company"),
        ("Aldring Bank is not lending any money for the purchase, Tomas Varga told reporters.", "Aldring Bank", "company"),
        ("The principal shareholder of Laanemere Kulmhoidla AS is Pohjarannik Holding OU.", "Laanemere Kulmhoidla AS", "company"),
        ("In 2022 the fund sold its stake to a Kaunas investor, Ignas Valiukevičius.", "Ignas Valiukevičius", "person"),
        ("The bank hired Tamar Gelovani, a former deputy economy minister of Georgia, as its adviser.", "Tamar Gelovani", "person"),
        ("Doina Ciobanu, a 23-year-old law student, is listed as the sole shareholder of Prut Agro SRL.", "Doina Ciobanu", "person"),
        ("The bank lent money to a firm owned by Ngozi Adebayo, whose husband was a deputy governor.", "Ngozi Adebayo", "person"),
        ("Reto Brunner, Aare Partners' managing partner, criticised the board.", "Reto Brunner", "person"),
        ("Shares of Delta Cotton Mills and Faiyum Glassworks rose about 3%.", "Faiyum Glassworks", "company"),
        ("Giorgi Tsereteli, the chairman of Kakheti Stone Cellars, denied it.", "Kakheti Stone Cellars", "company"),
        ("The bank lent money to Kitwe Copper Mines in 2021.", "Kitwe Copper Mines", "company"),
        ("The port was set up by a fishing family and the Provincial Municipality of Paita.", "Provincial Municipality of Paita", "public_body"),
        ("Grupo Sechura holds 60% and the Municipality of Paita the rest.", "Municipality of Paita", "public_body"),
        ("Neither the federal state nor the canton of Aargau holds any shares.", "Aargau", "public_body"),
        ("Ville Korpela holds 18% of the shares through his holding company.", "Ville Korpela", "person"),
        ("Pinsk Timber is not controlled by the Presidential Property Management Directorate, the company's director, Alena Karpovich, said.", "Presidential Property Management Directorate", "public_body"),
        ("The petition was filed by the Kandy Airline Pilots' Guild.", "Kandy Airline Pilots' Guild", "organization"),
        ("Failaka Cold Chain is listed. Mr. Talal Al-Khamees has been Chief Executive Officer since 2019.", "Talal Al-Khamees", "person"),
        ("Rotterdam Quay, a Dutch port-software group, offered 142 kroner a share for Fjordlog in 2023.", "Fjordlog", "company"),
        ("Sairme Freight is in advanced talks to buy 49% of Aragvi Rail Logistics.", "Sairme Freight", "company"),
        ("Limassol Nominees is run by a lawyer.", "Limassol Nominees", "company"),
        ("Its directors, the Colombian businessmen Julian Ortega Restrepo and Andres Felipe Tovar, hold all its shares.", "Andres Felipe Tovar", "person"),
        ("Naryn Coal is not owned by Asylbek Toktomushev, chief of staff to the speaker of parliament.", "Asylbek Toktomushev", "person"),
        ("Prut Gaz is a distributor. Sirbu passes on instructions to Natalia Cojocaru, Prut Gaz's director general.", "Natalia Cojocaru", "person"),
        ("Critics faulted the listing of Marakwet Agritech, whose chairman, John Kiprop, chairs a state firm.", "Marakwet Agritech", "company"),
        ("Ole Brask founded Halvorsen Shipping in 1990. He still owns 55% and chairs the board.", "Ole Brask", "person"),
        ("Halvorsen Shipping is a ferry operator. Ole Brask has chaired the company since 1988.", "Ole Brask", "person"),
        ("Halvorsen Shipping is a ferry operator. Ole Brask chairs the board.", "Ole Brask", "person"),
    ],
)
def test_names_get_the_contract_type(extractor, text, mention, expected):
    assert _types(extractor, text).get(mention) == expected


def test_a_datelines_month_is_no_name(extractor):
    text = "COPENHAGEN, Feb 26 — Harrow Lane Capital has built a 6.2% stake in Fjordlog Systems A/S."
    assert "Feb" not in _types(extractor, text)


def test_legal_forms_tell_two_companies_apart(extractor):
    text = "Shares rose after Porsche SE and Volkswagen bought stakes in Porsche AG."
    extraction = extractor.extract(Document(id="t", text=text))
    assert {"Porsche SE", "Porsche AG"} <= {e.name for e in extraction.entities}


def test_a_described_ministry_joins_the_name_the_text_gives_it(extractor):
    text = "Norway's fisheries ministry fined Fjordtel. The Ministry of Fisheries said the fine was final."
    extraction = extractor.extract(Document(id="t", text=text))
    ministries = [e for e in extraction.entities if e.type == "public_body"]
    assert len(ministries) == 1
    assert {text[a:b] for a, b in ministries[0].mentions} == {"fisheries ministry", "Ministry of Fisheries"}


def test_a_description_beside_an_acronym_the_tagger_took_for_a_noun_is_no_second_body(extractor):
    text = "Talvora Foods agreed to buy Mirren Dairies in May. CADE, Brazil's antitrust regulator, had also cleared it."
    extraction = extractor.extract(Document(id="t", text=text))
    assert [e.name for e in extraction.entities if e.type == "public_body"] == ["Administrative Council for Economic Defense"]


@pytest.mark.parametrize("text", ["New Jersey regulators fined Halvorsen Shipping.", "Oil spills in the Niger Delta hurt Halvorsen Shipping."])
def test_a_country_name_inside_a_longer_place_name_is_no_country(extractor, text):
    assert set(_types(extractor, text).values()) == {"company"}


def test_a_capital_city_as_a_place_is_not_the_government(extractor):
    assert "Beijing" not in _types(extractor, "The company has offices in Beijing and Paris.")


def test_a_country_adjective_alone_names_the_country_not_an_entity_called_so(extractor):
    extraction = extractor.extract(Document(id="t", text="The Chinese billionaire spoke at a conference."))
    assert [(e.name, e.type) for e in extraction.entities] == [("China", "country")]


def test_glued_words_are_trimmed_and_slashes_split(extractor):
    types = _types(extractor, "Why Kevin Mayer Got Out of TikTok\n\nNow we have evidence from Alibaba/Ant Group of it.")
    assert types.get("Kevin Mayer") == "person"
    assert types.get("Alibaba") == "company" and types.get("Ant Group") == "company"


def test_what_follows_a_persons_possessive_is_no_person(extractor):
    types = _types(extractor, "Jack Ma's Pain May Explain Everything\n\nJack Ma spoke.")
    assert not any("Pain" in mention for mention in types)


def test_an_organisations_reporter_is_a_person(extractor):
    types = _types(extractor, "According to the Wall Street Journal's Lingling Wei, talks failed.")
    assert types.get("Wall Street Journal") == "company"
    assert types.get("Lingling Wei") == "person"


def test_handles_and_sites_name_people_and_companies(extractor):
    types = _types(extractor, "@EricJhonsa: a new post.\n\nRead the post on TheStreet.com today.")
    assert types.get("EricJhonsa") == "person"
    assert any(mention.startswith("TheStreet") and kind == "company" for mention, kind in types.items())


def test_a_dateline_names_no_actor(extractor):
    """ "MADRID/LISBON, Oct 2 —" and "JAKARTA -" say where the story was filed."""
    text = "JAKARTA - The Indonesia Stock Exchange suspended trading in PT Samudra Niaga Tbk."
    assert "JAKARTA" not in _types(extractor, text)
    assert "LISBON" not in _types(extractor, "MADRID/LISBON, Oct 2 — Shares in Telvia rose 4.1% in Madrid on Thursday.")
    assert "BRASÍLIA" not in _types(extractor, "BRASÍLIA, April 9 — Brazil's antitrust regulator opened an investigation.")
    assert "Lindeboom Foods" in _types(extractor, "Brief\n\nAMSTERDAM - Lindeboom Foods, the Dutch snack maker, agreed to buy Croustine.")
    assert "TIRANA" not in _types(extractor, "TIRANA, Albania, April 8 — The owner of Drini Bank put a former minister on its board.")


def test_a_name_in_capitals_opening_a_sentence_is_no_dateline(extractor):
    """ "KAZOIL, the state oil company ..." goes on to a verb, not to a dash."""
    assert "KAZOIL" in _types(extractor, "The tender closed in May.\nKAZOIL, the state oil company of Kazakhstan, has also bid.")


@pytest.mark.parametrize("text, code", [
    ("Eksfin extended a NOK 2.4 billion loan to Skarvik Kraft.", "NOK"),
    ("Bepari's group borrowed Tk 500 crore from Surma Bank.", "Tk"),
])
def test_a_currency_before_a_figure_is_no_name(extractor, text, code):
    assert code not in _types(extractor, text)


def test_two_countries_joined_by_a_hyphen_stay_two(extractor):
    types = _types(extractor, "The Russia-Ukraine war hurt Gazprom.")
    assert types.get("Russia") == "country" and types.get("Ukraine") == "country"


@pytest.mark.parametrize("text, place", [
    ("SBI has lent the group 4,500 crore rupees for a coal-fired plant at Mundra.", "Mundra"),
    ("It reportedly held talks with Andes Litio about a similar venture in Sonora.", "Sonora"),
])
def test_a_place_a_site_is_at_is_no_actor(extractor, text, place):
    assert place not in _types(extractor, text)


def test_a_defined_term_is_the_name_it_was_defined_for(extractor):
    text = ('Okahandja Fisheries Limited ("the Company") is incorporated in Namibia. All of its shares are held by '
            'the Government of the Republic of Namibia (the "Shareholder"). The Shareholder appoints the Board. '
            'The Company holds no shares in Kunene Hake.')
    extraction = extractor.extract(Document(id="t", text=text))
    named = {text[a:b]: e.name for e in extraction.entities for a, b in e.mentions}
    assert named["The Company"] == named["the Company"] == "Okahandja Fisheries Limited"
    assert named["The Shareholder"] == "Government of the Republic of Namibia"


def test_a_defined_term_finds_its_name_where_the_model_missed_it_beside_the_definition():
    text = 'Sur Ridge Cement SAOG — Notice\n\nSur Ridge Cement SAOG (the "Company") discloses this. Mr. Al Harthy holds no shares in the Company.'
    named_above = Mention(0, 21, "Sur Ridge Cement SAOG", "company", label="ORG")  # the model found the title's name only
    mentions = _with_defined_terms(text, [named_above])
    assert text.index("Sur Ridge Cement SAOG (") in {m.start for m in mentions}  # the name beside the definition, found again
    assert (text.index("the Company."), "the Company") in {(m.start, m.text) for m in mentions if m.defined_by == named_above.start}


def test_a_capitalised_word_opening_a_sentence_is_no_name_where_the_story_writes_it_in_lower_case(extractor):
    text = "Gobi Fuel sells coking coal to China. Coal is Mongolia's largest export."
    assert "Coal" not in _types(extractor, text)


def test_a_portfolio_joins_only_words_never_named_alone(extractor):
    text = "Lindqvist met the Ministry of Finance and Varden Energi on Monday. Varden Energi is a utility."
    names = {e.name for e in extractor.extract(Document(id="t", text=text)).entities}
    assert {"Ministry of Finance", "Varden Energi"} <= names


def test_a_post_alone_is_no_entity(extractor):
    text = "The Chief Executive Officer, Mr Frans Shipanga, was reappointed. The Chairperson retired."
    assert {e.name for e in extractor.extract(Document(id="t", text=text)).entities} == {"Frans Shipanga"}


def test_a_member_of_congress_for_a_party_is_not_a_body_named_for_its_remit(extractor):
    text = "Rodrigo Arriola, a member of Congress for the Vamos party, denied it."
    names = {e.name for e in extractor.extract(Document(id="t", text=text)).entities}
    assert "Congress" in names and not [n for n in names if n.startswith("Congress for")]


@pytest.mark.parametrize("text, place", [
    ("Danubia Heat warms 140,000 households in Pleven.", "Pleven"),
    ("Tsiklauri owns a jade miner in Kachin State.", "Kachin State"),
    ("Five items this week, from Maputo to Tallinn.", "Maputo"),
])
def test_a_name_where_only_a_place_fits_is_no_firm(extractor, text, place):
    assert place not in {e.name for e in extractor.extract(Document(id="t", text=text)).entities}


@pytest.mark.parametrize("text, city", [
    ("Marjatta Kettunen ran the Tampere engineering group Sarastus Oyj.", "Tampere"),
    ("Velesgrad Logistics, a freight company based in Novi Sad, Serbia, is registered to Dragan Ilic.", "Novi Sad"),
    ("Ravnsborg Audio A/S, the Odense-based hearing-aid maker, was sold.", "Odense"),
    ("Marsa Maroc, the Casablanca-listed port operator, holds 51% of the terminal.", "Casablanca"),
    ("Kestrel's only director is Andreas Petrides, a Limassol accountant.", "Limassol"),
    ("Ministry of Energy\nSinga Durbar, Kathmandu\n\nThe ministry revoked the licence.", "Kathmandu"),
    ("Maja Lykkegaard, a shipping analyst at Kattegat Equities in Aarhus, called the bid opportunistic.", "Aarhus"),  # GeoNames writes Århus
])
def test_a_known_city_where_a_place_stands_is_no_actor(extractor, text, city):
    assert _types(extractor, text).get(city) in {None, "country"}  # at most a mention of its country ("Odense-based": Denmark)


@pytest.mark.parametrize("text, region", [
    ("Cerrado Verde, a Mato Grosso soy trader, sold its silos.", "Mato Grosso"),
    ("Obuasi Cocoa Ltd, an Ashanti cocoa buyer, was fined.", "Ashanti"),
])
def test_a_known_region_where_a_place_stands_is_no_actor(extractor, text, region):
    assert region not in _types(extractor, text)


def test_a_region_that_holds_shares_acts_through_its_government(extractor):
    text = "Halvorsen Shipping builds ferries. Rogaland, one of Norway's counties, holds 20 percent of the votes."
    assert "Rogaland" in _types(extractor, text)


def test_a_report_s_organs_and_headings_are_no_names(extractor):
    text = "Explainer: who owns the port?\n\n9.3 Subsidiaries\n\nMNV Zrt. can veto any resolution of the General Meeting."
    assert set(_types(extractor, text)) == {"MNV Zrt."}


def test_a_word_of_an_organisation_inside_a_person_s_name_does_not_make_her_one(extractor):
    assert _types(extractor, "The board said finance director Hortense Ngo Biyong would run the company.")["Hortense Ngo Biyong"] == "person"


@pytest.mark.parametrize("text", ["It was founded in 1978 by the late cheesemaker Orlando Bittencourt.", "Her late husband Orlando Bittencourt founded it."])
def test_only_people_are_late(extractor, text):
    assert _types(extractor, text)["Orlando Bittencourt"] == "person"


def test_a_body_s_head_the_model_left_out_before_for_the_begins_the_name(extractor):
    assert "Foundation for the Energy Future of Northern Hungary" in _types(extractor, "The Foundation for the Energy Future of Northern Hungary holds 15%.")


def test_a_small_state_s_parliament_is_a_public_body_from_reference_data(extractor):
    assert _types(extractor, "The State Great Khural passed the amendment to the minerals law.")["State Great Khural"] == "public_body"


def test_a_provincial_government_named_by_its_province_is_a_public_body(extractor):
    assert _types(extractor, "The Yunnan provincial government owns 20% of Lancang Power.")["Yunnan provincial government"] == "public_body"


def test_a_state_s_board_named_with_the_country_last_is_a_public_body(extractor):
    assert _types(extractor, "The Investment Board Nepal approved the investment of Mahananda Power Ventures.")["Investment Board Nepal"] == "public_body"


def test_a_city_s_name_acting_stays_a_name(extractor):
    assert _types(extractor, "Toyota bought a stake in Harrow Lane.").get("Toyota") == "company"


def test_a_defined_term_after_a_place_is_the_firm_the_sentence_began_with(extractor):
    text = ('The Management Board of Wisła Energia S.A. with its registered office in Gdańsk (the "Company") announces a meeting. '
            'The State Treasury holds 51% of the Company.')
    extraction = extractor.extract(Document(id="t", text=text))
    named = {text[a:b]: e.name for e in extraction.entities for a, b in e.mentions}
    assert named["the Company"] == "Wisła Energia S.A."  # the board's firm; the board and the city are no entities
    assert "Gdańsk" not in named


@pytest.mark.parametrize("text, firm", [
    ("Umurage Capital bought a stake in Kestrel Heat.", "Kestrel Heat"),
    ("Araguaia bought the mill from Redwater in 2021.", "Redwater"),
])
def test_a_business_after_in_or_from_stays_a_firm(extractor, text, firm):
    assert firm in {e.name for e in extractor.extract(Document(id="t", text=text)).entities}


def test_an_army_word_used_as_a_modifier_names_no_body(extractor):
    assert not extractor.extract(Document(id="t", text="He served in the army reserve.")).entities


@pytest.mark.parametrize("text", [
    "Deputy Finance Minister Eleni Vrettou told reporters the deal would help.",
    "Industry and Trade Minister Tomas Hrubes denied that the state would run the venture.",
])
def test_a_portfolio_before_a_minister_s_name_is_no_organisation(extractor, text):
    assert {e.type for e in extractor.extract(Document(id="t", text=text)).entities} == {"person"}


def test_a_sum_in_foreign_dollars_is_no_name(extractor):
    assert not any("310" in name for name in _types(extractor, "The deal is worth N$310 million, Orumbo Holdings said."))


def test_a_country_named_only_by_its_adjective_is_an_entity_of_the_story(extractor):
    text = "A Chinese bank lent Nile Crescent Shipping $90 million."
    extraction = extractor.extract(Document(id="t", text=text))
    china = next(e for e in extraction.entities if e.name == "China")
    assert [text[a:b] for a, b in china.mentions] == ["Chinese"]
    assert not [c for c in extraction.claims if china.id in {c.subject, c.object}]


def test_a_report_s_headings_in_capitals_and_labels_name_no_one(extractor):
    text = "SECTION 9: PRINCIPAL SHAREHOLDERS AND THE SELLING SHAREHOLDER\n\nCorrection: An earlier version misstated the stake Norvik Capital holds in Kestrel Bank."
    names = set(_types(extractor, text))
    assert not names & {"PRINCIPAL", "SELLING SHAREHOLDER", "Correction"}
    assert {"Norvik Capital", "Kestrel Bank"} <= names


def test_a_numbered_heading_s_single_words_and_a_capitals_heading_s_common_words_name_no_one(extractor):
    text = (
        "9. PRINCIPAL SHAREHOLDERS AND DIRECTORS' INTERESTS\n\nThe directors' interests are set out below.\n\n"
        "4.3 Indebtedness and technical dependence\n\nKestrel Cement owes its lenders N12 billion."
    )
    names = set(_types(extractor, text))
    assert not names & {"INTERESTS", "Indebtedness"}
    assert "Kestrel Cement" in names


def test_a_judgment_s_caption_names_the_parties_its_roles_stand_for(extractor):
    text = (
        "IN THE HIGH COURT AT NAKURU\n\nAMINA WANJIRU KAMAU ... PLAINTIFF\nVERSUS\nLELDET HOLDINGS LIMITED ... 1ST DEFENDANT\n"
        "PETER KIMANI OTIENO ... 2ND DEFENDANT\n\nJUDGMENT\n\n1. The 2nd Defendant is the sole director of the 1st Defendant. "
        "The plaintiff says the transfer was forged."
    )
    extraction = extractor.extract(Document(id="t", text=text))
    by_name = {e.name: e for e in extraction.entities}
    assert by_name["LELDET HOLDINGS LIMITED"].type == "company"
    assert by_name["PETER KIMANI OTIENO"].type == "person"
    assert [text[a:b] for a, b in by_name["PETER KIMANI OTIENO"].mentions] == ["PETER KIMANI OTIENO", "The 2nd Defendant"]
    assert "The plaintiff" in [text[a:b] for a, b in by_name["AMINA WANJIRU KAMAU"].mentions]


def test_a_firm_defined_in_a_numbered_paragraph_is_named_even_where_the_model_misses_it(extractor):
    text = '1. Soysambu Highlands Tea Estates Limited ("the Company") owns a tea estate. The Company employs 400 people.'
    extraction = extractor.extract(Document(id="t", text=text))
    firm = next(e for e in extraction.entities if e.name == "Soysambu Highlands Tea Estates Limited")
    assert [text[a:b] for a, b in firm.mentions] == ["Soysambu Highlands Tea Estates Limited", "the Company", "The Company"]


def test_decision_numbers_executive_orders_units_and_kip_name_no_one(extractor):
    text = (
        "By Decision No. 214/04 the National Bank of Georgia fined JSC Mtkvari Bank GEL 1,200,000 pursuant to E.O. 14038. "
        "Mtkvari Hydro runs the 87 MW Khobi cascade and owes LAK 40 billion."
    )
    names = set(_types(extractor, text))
    assert not names & {"No", "E.O.", "MW Khobi", "LAK"}


def test_burmese_honorifics_open_people_s_names(extractor):
    types = _types(extractor, "Its managing director, U Thet Naing Oo, and his wife, Daw Thiri Khaing, own Shwe Taung Jade Co.")
    assert types.get("U Thet Naing Oo") == "person"
    assert types.get("Daw Thiri Khaing") == "person"


def test_a_known_city_a_plane_flies_to_or_a_report_is_signed_in_is_a_place(extractor):
    assert "Male" not in _types(extractor, "The airline flies turboprops to eight domestic airports and to Male.")
    assert "Windhoek" not in _types(extractor, "Windhoek, 30 June 2025\n\nThe Board of Walvis Pelagic approved the accounts.")


def test_a_defined_term_inside_another_firm_s_name_stays_that_firm_s(extractor):
    text = (
        'Sabhan Freight and Warehousing Company K.S.C.P. (the "Company") has been told that '
        "Ardiya Holding Company K.S.C.C. sold its holding in the Company."
    )
    types = _types(extractor, text)
    assert types.get("Ardiya Holding Company K.S.C.C.") == "company"
    assert "Company" in types  # the defined term, elsewhere


def test_a_filing_s_forms_sums_and_defined_things_name_no_one(extractor):
    text = ('SERANGOON STRAIT SHIPPING LIMITED (Incorporated in the Republic of Singapore)\n\n'
            'On 14 January 2026 the Board of Serangoon Strait Shipping Limited (the "Company") announced that Selat Vidar Holdings '
            'Pte. Ltd. would acquire all the issued shares of the Company by way of a scheme of arrangement (the "Scheme") for S$1.38 a share.')
    names = _types(extractor, text)
    assert not {"Incorporated", "S$1.38", "the Scheme"} & set(names)
    assert "Board of Serangoon Strait Shipping Limited" not in names  # the board acts for the firm


@pytest.mark.parametrize("text, name, kind", [
    ("Électricité du Laos (EDL), the state power utility, sold its stake.", "Électricité du Laos", "company"),
    ("The Société Nationale des Pétroles du Congo signed the deal.", "Société Nationale des Pétroles du Congo", "company"),
])
def test_a_country_that_ends_a_firm_s_name_in_another_language_is_part_of_the_name(extractor, text, name, kind):
    types = _types(extractor, text)
    assert types.get(name) == kind and "Laos" not in types and "Congo" not in types


def test_the_name_after_a_minister_s_portfolio_is_the_minister(extractor):
    text = "Botswana will raise its stake in Kalahari Red Copper, Minister of Minerals and Energy Neo Moatlhodi told parliament."
    types = _types(extractor, text)
    assert types.get("Neo Moatlhodi") == "person" and "Minister of Minerals and Energy Neo Moatlhodi" not in types
