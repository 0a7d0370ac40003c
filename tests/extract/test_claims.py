"""Claims read from single sentences: one example per kind of wording the rules cover.

The names are invented (no reference data knows them), so each case shows that the
rule works from the sentence's structure, not from knowing the entities.
"""

import re

import pytest

from levers.extract import Extractor
from levers.extract.pipeline import Given
from levers.model import Document, Entity

SENTENCES = [
 ("Norvik Holdings owns Baltic Ferries.", "owns", "Norvik Holdings", "Baltic Ferries", "asserted"),
 ("The Norwegian state holds 67% of Equinor.", "owns", "Norwegian state", "Equinor", "asserted"),
 ("Baltic Ferries is a subsidiary of Norvik Holdings.", "owns", "Norvik Holdings", "Baltic Ferries", "asserted"),
 ("Baltic Ferries, a unit of Norvik Holdings, reported a loss.", "part_of", "Baltic Ferries", "Norvik Holdings", "asserted"),
 ("Karl Brenner is the chief executive of Norvik Holdings.", "leads", "Karl Brenner", "Norvik Holdings", "asserted"),
 ("Norvik Holdings' chairman Karl Brenner declined to comment.", "leads", "Karl Brenner", "Norvik Holdings", "asserted"),
 ("Karl Brenner, who founded Norvik Holdings in 1994, retired last year.", "founded", "Karl Brenner", "Norvik Holdings", "asserted"),
 ("Norvik Holdings was founded by Karl Brenner.", "founded", "Karl Brenner", "Norvik Holdings", "asserted"),
 ("Anna Vogel, an engineer at Norvik Holdings, spoke to reporters.", "employed_by", "Anna Vogel", "Norvik Holdings", "asserted"),
 ("Anna Vogel is a member of the Green Party.", "member_of", "Anna Vogel", "Green Party", "asserted"),
 ("Anna Vogel is not a member of the Green Party.", "member_of", "Anna Vogel", "Green Party", "negated"),
 ("Anna Vogel may be a member of the Green Party.", "member_of", "Anna Vogel", "Green Party", "hedged"),
 ("I suspect that Anna Vogel is a member of the Green Party.", "member_of", "Anna Vogel", "Green Party", "speculative"),
 ("Anna Vogel is a member of the Green Party, according to Reuters.", "member_of", "Anna Vogel", "Green Party", "reported"),
 ("Anna Vogel is reportedly a member of the Green Party.", "member_of", "Anna Vogel", "Green Party", "hedged"),
 ("My own guess is that Norvik Holdings will end up buying Baltic Ferries outright.", "acquires", "Norvik Holdings", "Baltic Ferries", "speculative"),
 ("But the registrar of companies lists Karl Brenner as a director of Baltic Ferries.", "member_of", "Karl Brenner", "Baltic Ferries", "reported"),
 ("Karl Brenner is a deputy leader of the Green Party; according to filings, his companies gave the party money.", "member_of", "Karl Brenner", "Green Party", "asserted"),
 ("The opposition accused Norvik Holdings of handing control of Baltic Ferries to Kvist Capital.", "acquires", "Kvist Capital", "Baltic Ferries", "reported"),
 ("Company records now confirm that Baltic Ferries is 75.1% owned by Norvik Holdings.", "owns", "Norvik Holdings", "Baltic Ferries", "reported"),
 ("The group also denied a report in a rival publication that Karl Brenner holds shares in Baltic Ferries through a family trust.", "owns", "Karl Brenner", "Baltic Ferries", "negated"),
 ("It seems likely that Karl Brenner, whose family office once employed its directors, is the true owner of Baltic Ferries.", "owns", "Karl Brenner", "Baltic Ferries", "speculative"),
 ("His resignation from the board makes it hard not to suspect that Karl Brenner still controls Baltic Ferries.", "controls", "Karl Brenner", "Baltic Ferries", "speculative"),
 ("A further 8% of Baltic Ferries is held by Norvik Holdings; two people familiar with the matter said Norvik is a unit of Kvist Capital.", "owns", "Norvik Holdings", "Baltic Ferries", "asserted"),
 ("Karl Brenner owns 80% of Baltic Ferries and its employees the rest; it has never borrowed from public banks, a spokesman said.", "owns", "Karl Brenner", "Baltic Ferries", "reported"),
 ("Karl Brenner, who founded Baltic Ferries in 1971, stays on as chairman.", "leads", "Karl Brenner", "Baltic Ferries", "asserted"),
 ("Shares in Arm Holdings rose 25% on Thursday, giving the British chip designer a market value of 65 billion dollars.", "based_in", "Arm Holdings", "United Kingdom", "asserted"),
 ("Ownership of Dunmore Mining is divided between Pallas Resources and the Kenyan government.", "owns", "Kenyan government", "Dunmore Mining", "asserted"),
 ("Maputo Coastal Security, a state-linked company whose board was chaired by Armando Nhantumbo, borrowed 350 million dollars in 2014.", "leads", "Armando Nhantumbo", "Maputo Coastal Security", "asserted"),
 ("Saudi Arabia's Public Investment Fund has put 1.2 billion dollars into Sarawat Mobility, a Riyadh electric-vehicle start-up.", "invests_in", "Public Investment Fund", "Sarawat Mobility", "asserted"),
 ("Kaveh Marine Services, a ship manager registered in Dubai, was designated.", "based_in", "Kaveh Marine Services", "Dubai", "asserted"),
 ("Brazil's antitrust regulator, Kortex, on Tuesday opened an investigation into Vexa Foods.", "part_of", "Kortex", "Brazil", "asserted"),
 ("Vexa Foods is under investigation by Indecopi, Peru's competition authority, over prices.", "part_of", "Indecopi", "Peru", "asserted"),
 ("Sea Lion Maritime is held by two Seychelles companies, Anse Royale Ventures and Mahe Blue Ltd, which each own 50%.", "based_in", "Mahe Blue Ltd", "Seychelles", "asserted"),
 ("Phithak Bank lent Sirichai Group 18 billion baht last year.", "lends_to", "Phithak Bank", "Sirichai Group", "asserted"),
 ("Indonesia's Corruption Eradication Commission (KPK) questioned Hendra Wijayakusuma in March.", "regulatory_action", "Corruption Eradication Commission", "Hendra Wijayakusuma", "asserted"),
 ("The regulator said its chairman, Ignacio Beltran, had quietly built a 9% stake in Grupo Albarracin through Menorca Patrimonial, a family vehicle.", "owns", "Menorca Patrimonial", "Grupo Albarracin", "reported"),
 ("Lu Weiming sits on the board of Hangzhou Yunqiao Technology, the developer of the ride-hailing app Qiaoxing.", "operates", "Hangzhou Yunqiao Technology", "Qiaoxing", "asserted"),
 ("The Ministry of Finance said in a written reply that it does not direct the investment decisions of Kallang Investment Holdings.", "controls", "Ministry of Finance", "Kallang Investment Holdings", "negated"),
 ("Aldermeer also invested 15 million euros in Lumencraft, a photonics developer.", "invests_in", "Aldermeer", "Lumencraft", "asserted"),
 ("Following the restructuring, Borneo Palma Lestari will be 60% owned by the state plantation group PT Perkebunan Nusantara and the rest by Sumatra Agri Capital, according to a stock exchange filing.", "owns", "Sumatra Agri Capital", "Borneo Palma Lestari", "reported"),
 ("Langkawi Pearl Capital, a Labuan shell company, owns the yacht.", "based_in", "Langkawi Pearl Capital", "Labuan", "asserted"),
 ("Last autumn Skarvik Kraft paid NOK 1.2 billion for 19.9% of Kelpie Floating Wind, an Aberdeen-based developer.", "acquires", "Skarvik Kraft", "Kelpie Floating Wind", "asserted"),
 ("Almaz Kudaibergenov sold his stake to Silk Meridian FZCO, a company in Dubai.", "based_in", "Silk Meridian FZCO", "Dubai", "asserted"),
 ("GIC raised its holding in Vestkyst Energi to 7.2%, making it the Danish wind-turbine maker's second-largest shareholder.", "based_in", "Vestkyst Energi", "Denmark", "asserted"),
 ("Anna Vogel, the chief operating officer of Baltic Ferries, will act as chief executive until a successor is found.", "leads", "Anna Vogel", "Baltic Ferries", "asserted"),
 ("Baltic Ferries received a 60 billion dinar loan from the state-owned Norvik Bank in 2021, bank documents show.", "lends_to", "Norvik Bank", "Baltic Ferries", "reported"),
 ("Norvik Bank lent 38 billion naira to Baltic Ferries, bank statements obtained by reporters show.", "lends_to", "Norvik Bank", "Baltic Ferries", "reported"),
 ("Corporate registry records reviewed for this report show that the stake was held by Norvik Holdings, which belongs to Karl Brenner.", "owns", "Karl Brenner", "Norvik Holdings", "reported"),
 ("People familiar with the matter said Norvik Holdings plans to buy Baltic Ferries.", "acquires", "Norvik Holdings", "Baltic Ferries", "reported"),
 ("Norvik Holdings denied that it is controlled by the Russian government.", "controls", "Russian government", "Norvik Holdings", "negated"),
 ("The European Commission fined Norvik Holdings €500m in 2021.", "regulatory_action", "European Commission", "Norvik Holdings", "asserted"),
 ("Marsa Holdings appointed Rana Haddad to the board of Tarek Cables, in which it holds 45%.", "member_of", "Rana Haddad", "Tarek Cables", "asserted"),
 ("Halden Rigging, which is part-owned by Lebanese investor Karim Nassar, denied any wrongdoing.", "owns", "Karim Nassar", "Halden Rigging", "asserted"),
 ("Ostrava Glassworks, a bottle maker that Dana Kubelkova now manages, supplies three breweries.", "leads", "Dana Kubelkova", "Ostrava Glassworks", "asserted"),
 ("Company records show that 40 per cent of Brenna Contracting was registered to his son Oskar Brenna.", "owns", "Oskar Brenna", "Brenna Contracting", "reported"),
 ("The board of Marsalforn Pay consisted of Ms. Rita Azzopardi, executive director; Mr. Karl Vella, chairman; and Mr. Emil Dorn, who resigned in March.",
  "member_of", "Emil Dorn", "Marsalforn Pay", "asserted"),
 ("His daughter Hala Sabri, who has chaired the family's flagship, Sabri Trading Group, since 2021, said the cause was heart failure.", "leads", "Hala Sabri", "Sabri Trading Group", "asserted"),
 ("Talvora Foods agreed to buy Mirren Dairies in May. The Competition Tribunal approved the deal in June, and the Competition Commission of Mauritius cleared it a week later.",
  "regulatory_action", "Competition Commission of Mauritius", "Talvora Foods", "asserted"),
 ("Norvik Holdings was fined $1.2bn by the Securities and Exchange Commission.", "regulatory_action", "Securities and Exchange Commission", "Norvik Holdings", "asserted"),
 ("The Cyberspace Administration of China summoned executives of Norvik Holdings.", "regulatory_action", "Cyberspace Administration of China", "Norvik Holdings", "asserted"),
 ("Norvik Holdings will invest $2 billion in Baltic Ferries.", "invests_in", "Norvik Holdings", "Baltic Ferries", "asserted"),
 ("The Public Investment Fund lent $500 million to Baltic Ferries.", "lends_to", "Public Investment Fund", "Baltic Ferries", "asserted"),
 ("Norvik Holdings acquired Baltic Ferries in March.", "acquires", "Norvik Holdings", "Baltic Ferries", "asserted"),
 ("Norvik Holdings agreed to buy a 30% stake in Baltic Ferries.", "acquires", "Norvik Holdings", "Baltic Ferries", "asserted"),
 ("Norvik Holdings pledged to cooperate with the Communist Party.", "cooperates_with", "Norvik Holdings", "Communist Party", "asserted"),
 ("Karl Brenner criticized the European Commission.", "criticizes", "Karl Brenner", "European Commission", "asserted"),
 ("Norvik Holdings operates the Fjordpay app.", "operates", "Norvik Holdings", "Fjordpay", "asserted"),
 ("Norvik Holdings is based in Norway.", "based_in", "Norvik Holdings", "Norway", "asserted"),
 ("Baltic Ferries is not part of any group and has no outside shareholders, its managing director, Anna Vogel, said.", "leads", "Anna Vogel", "Baltic Ferries", "asserted"),
 ("The Financial Supervisory Authority opened an inquiry into whether Baltic Ferries failed to declare its debts.", "regulatory_action", "Financial Supervisory Authority", "Baltic Ferries", "asserted"),
 ("I suspect that Karl Brenner, not his wife, is the real power at Baltic Ferries.", "controls", "Karl Brenner", "Baltic Ferries", "speculative"),
 ("Mr. Karl Brenner, who is also the group's chairman, owns 72% of Baltic Ferries, according to stock exchange filings.", "owns", "Karl Brenner", "Baltic Ferries", "reported"),
 ("Baltic Ferries is a carrier. Karl Brenner, who is also its chairman, owns 72% of Baltic Ferries, according to stock exchange filings.", "leads", "Karl Brenner", "Baltic Ferries", "asserted"),
 ("According to corporate records, Baltic Ferries is owned by Norvik Holdings, which in turn belongs to Karl Brenner.", "owns", "Karl Brenner", "Norvik Holdings", "reported"),
 ("Baltic Ferries will be delisted after its Chinese owner, Norvik Holdings, squeezed out the last shareholders, the company said.", "owns", "Norvik Holdings", "Baltic Ferries", "asserted"),
 ("The Ministry of Finance criticized Baltic Ferries, accusing it of bias, and said Norway would respond.", "criticizes", "Ministry of Finance", "Baltic Ferries", "asserted"),
 ("Norvik Holdings, a Norwegian company, reported a loss.", "based_in", "Norvik Holdings", "Norway", "asserted"),
 ("Karl Brenner stepped down as chairman of Norvik Holdings.", "leads", "Karl Brenner", "Norvik Holdings", "asserted"),
 ("The Russian government controls Norvik Holdings through a golden share.", "controls", "Russian government", "Norvik Holdings", "asserted"),
 ("Tarsk Steel Corporation is owned by the Ministry of Defence and answers to General Oleg Varkin.", "controls", "Oleg Varkin", "Tarsk Steel Corporation", "asserted"),
 ("Halcyon Reef Holdings is a shell. Filings with the regulator list its sole shareholder as Coralline Trust.", "owns", "Coralline Trust", "Halcyon Reef Holdings", "reported"),
 ("Tutong Aromatics Sdn Bhd owes about $2.3 billion to Hangzhou Yongxin Commercial Bank.", "lends_to", "Hangzhou Yongxin Commercial Bank", "Tutong Aromatics Sdn Bhd", "asserted"),
 ("Botswana's government will raise its stake in Kalahari Red Copper to 30% from 15%.", "owns", "Botswana government", "Kalahari Red Copper", "asserted"),
 ("The Vilnius Regional Court convicted Arvydas Mikelionis of bribery.", "regulatory_action", "Vilnius Regional Court", "Arvydas Mikelionis", "asserted"),
 ("Serangoon Strait Shipping operates 31 product tankers under the SeraTank brand.", "operates", "Serangoon Strait Shipping", "SeraTank", "asserted"),
 ("Najd Minerals will put $350 million into a new concentrator at Kafubu Copper.", "invests_in", "Najd Minerals", "Kafubu Copper", "asserted"),
 ("Elona Kaloshi owns 70% of Lumi Ndertim Sh.p.k.; the other 30% is registered to her brother, Gentian Murati.", "owns", "Gentian Murati", "Lumi Ndertim Sh.p.k.", "asserted"),
 ("Aubrac Energies SA holds 62% of REPCO, and the Uganda National Oil Company (UNOC) and Tanzania Petroleum Development Corporation (TPDC), the two countries' state oil companies, 19% each.", "owns", "Tanzania Petroleum Development Corporation", "REPCO", "asserted"),
 ("Hegykoz Capital Zrt. has told the Company that it does not act in concert with the Hungarian State.", "cooperates_with", "Hegykoz Capital Zrt.", "Hungarian", "negated"),
 ("Grupo Sabanero holds a further 14.2% and has agreed to vote with Inversiones Villamizar on board appointments.", "cooperates_with", "Grupo Sabanero", "Inversiones Villamizar", "asserted"),
 ("Jukka Hiltunen and Mari Soininen control 58% of the votes, and they have agreed to vote together.", "cooperates_with", "Jukka Hiltunen", "Mari Soininen", "asserted"),
 ("Kea Cold Logistics reported the cartel to the Commerce Commission and cooperated with its investigation.", "cooperates_with", "Kea Cold Logistics", "Commerce Commission", "asserted"),
 ("In June 2025 Osor Shipyard and Sancaktar Denizcilik A.S. concluded a cooperation agreement.", "cooperates_with", "Osor Shipyard", "Sancaktar Denizcilik A.S.", "asserted"),
 ("Najd Minerals will invest $350 million in Kafubu Copper's new concentrator.", "invests_in", "Najd Minerals", "Kafubu Copper", "asserted"),
 ("Konkan Ports runs three container terminals on the west coast and PortPass, a booking app used by truckers at its gates.", "operates", "Konkan Ports", "PortPass", "asserted"),
 ("The Vilnius Regional Court ruled on Monday. Arvydas Mikelionis was convicted of bribery and fined EUR 60,000.", "regulatory_action", "Vilnius Regional Court", "Arvydas Mikelionis", "asserted"),
 ("The Office of Foreign Assets Control acted on Tuesday. Seletar Aviation Fuels is not being designated today.", "regulatory_action", "Office of Foreign Assets Control", "Seletar Aviation Fuels", "negated"),
 ("Druk Holding has agreed to buy 26% of Lhomon Solar Pvt Ltd from Tembusu Renewables, leaving Tembusu and the project's founder, Karma Wangdi, with 37% each.", "owns", "Karma Wangdi", "Lhomon Solar Pvt Ltd", "asserted"),
 ("The regulator approved the sale of 75% of Drini Energji to Munzur Enerji, leaving the remaining 25% with the Kosovo Pension Savings Trust.", "owns", "Kosovo Pension Savings Trust", "Drini Energji", "asserted"),
 ("Karl Brenner has called Halcyon Reef's approach \"opportunistic\" in a letter to shareholders.", "criticizes", "Karl Brenner", "Halcyon Reef", "asserted"),
 ("The Central Registry lists the sole owner of Drenovec Gradba as Dejan Stojanovski.", "owns", "Dejan Stojanovski", "Drenovec Gradba", "reported"),
 ("Karl Brenner heads Norvik Holdings. He joined the Green Party in 2010.", "member_of", "Karl Brenner", "Green Party", "asserted"),
 ("Norvik Holdings reported a loss. The company is owned by the Russian state.", "owns", "Russian state", "Norvik Holdings", "asserted"),
 ("\"We will never sell Baltic Ferries,\" said Karl Brenner, the chairman of Norvik Holdings.", "leads", "Karl Brenner", "Norvik Holdings", "asserted"),
 ("The Norvik Holdings board appointed Karl Brenner as chief executive.", "leads", "Karl Brenner", "Norvik Holdings", "asserted"),
 ("Norvik Holdings, which may be controlled by the Russian state, owns Baltic Ferries.", "controls", "Russian state", "Norvik Holdings", "hedged"),
 ("Norvik Holdings, which may be controlled by the Russian state, owns Baltic Ferries.", "owns", "Norvik Holdings", "Baltic Ferries", "asserted"),
 ("Norvik Holdings has never owned shares in Baltic Ferries.", "owns", "Norvik Holdings", "Baltic Ferries", "negated"),
 ("Norvik Holdings is believed to own Baltic Ferries.", "owns", "Norvik Holdings", "Baltic Ferries", "hedged"),
 ("Baltic Ferries insisted that it operated independently of Norvik Holdings.", "controls", "Norvik Holdings", "Baltic Ferries", "negated"),
 ("Baltic Ferries said that Norvik Holdings had no say over its management.", "controls", "Norvik Holdings", "Baltic Ferries", "negated"),
 ("The Ministry of Finance said it does not direct Kvist Capital.", "controls", "Ministry of Finance", "Kvist Capital", "negated"),
 ("It is likely that Rosneft controls Baltic Trade Ltd.", "controls", "Rosneft", "Baltic Trade", "hedged"),
 ("It seems likely to this writer that the Russian state controls Norvik Holdings.", "controls", "Russian state", "Norvik Holdings", "speculative"),
 ("Varden Energi is wholly owned by the state and reports to the Ministry of Energy.", "controls", "Ministry of Energy", "Varden Energi", "asserted"),
 ("The Ministry of Finance, which oversees SAPH, said in a statement that it backed the sale.", "controls", "Ministry of Finance", "SAPH", "asserted"),
 ("Halvard Pension Trust denied that it controlled Norvik Water's dividend policy.", "controls", "Halvard Pension Trust", "Norvik Water", "negated"),
 ("Drina Copper is a mine in Serbia. \"Serbia owns more than a third of the mine and controls none of it,\" said Ana Petrovic.", "controls", "Serbia", "Drina Copper", "negated"),
 ("Marek Holm said Ivo Brenner may still have the final say over large contracts at Kestrel Agro.", "controls", "Ivo Brenner", "Kestrel Agro", "hedged"),
 ("Surma Credit Bank is a lender. In February the central bank dissolved Surma Credit's board and installed an administrator, Rina Das, a former official of the finance ministry.", "leads", "Rina Das", "Surma Credit Bank", "asserted"),
 ("Kalevipoeg Pensionifond AS and Vahur Investeeringud OÜ each hold 7.5% of Laanemere Kulmhoidla AS.", "owns", "Vahur Investeeringud OÜ", "Laanemere Kulmhoidla AS", "asserted"),
 ("The rest is held by Naviera Cocle, S.A., a shipping line controlled by its president, Mr Julio Cedeno Pitti.", "controls", "Julio Cedeno Pitti", "Naviera Cocle", "asserted"),
 ("The rest is held by Naviera Cocle, S.A., a shipping line controlled by its president, Mr Julio Cedeno Pitti.", "leads", "Julio Cedeno Pitti", "Naviera Cocle", "asserted"),
 ("By a decree of 3 March, the National Bank of Georgia cancelled the registration of Tbilisi Micro Credit LLC.", "regulatory_action", "National Bank of Georgia", "Tbilisi Micro Credit LLC", "asserted"),
 ("Terminal Chame operates the container terminal under a 20-year concession granted in 2016 by the Panama Maritime Authority.", "regulatory_action", "Panama Maritime Authority", "Terminal Chame", "asserted"),
 ("The Dominican Republic's Superintendency of Banks on Thursday ordered the intervention of Banco Cibao Oriental.", "regulatory_action", "Superintendency of Banks", "Banco Cibao Oriental", "asserted"),
 ("Zurab Kvaratskhelia set up the buyer, Sairme Freight LLC, in 2009, five years before he entered politics. He sold it later.", "founded", "Zurab Kvaratskhelia", "Sairme Freight LLC", "asserted"),
 ("Kolkheti Railway, which is wholly owned by the Georgian state through the Partnership Fund, declined to comment.", "owns", "Partnership Fund", "Kolkheti Railway", "asserted"),
 ("Sengdara Power was set up in 2016 by Dianshui Hydro Engineering, a construction group, and by Lao Holding State Enterprise (LHSE), a state holding company.", "founded", "Lao Holding State Enterprise", "Sengdara Power", "asserted"),
 ("Umurage Capital holds 35% of Kivu Ridge, and two Kigali businessmen, Eric Ndagijimana and Alphonse Gatete, own the rest in equal parts.", "owns", "Alphonse Gatete", "Kivu Ridge", "asserted"),
 ("The Commerce Commission has granted clearance for Kahu Building Supplies Limited to acquire all of the shares in Totara Timber Merchants Limited.", "acquires", "Kahu Building Supplies Limited", "Totara Timber Merchants Limited", "asserted"),
 ("The Commerce Commission has granted clearance for Kahu Building Supplies Limited to acquire all of the shares in Totara Timber Merchants Limited.", "regulatory_action", "Commerce Commission", "Kahu Building Supplies Limited", "asserted"),
 ("Guatemala's Superintendency of Banks fined Banco Agroquetzal 2.5 million quetzales on Monday.", "regulatory_action", "Superintendency of Banks", "Banco Agroquetzal", "asserted"),
 ("In 2024 Cuchumatanes Coffee obtained a working-capital facility of US$6 million from Banco Quetzalteco de Fomento.", "lends_to", "Banco Quetzalteco de Fomento", "Cuchumatanes Coffee", "asserted"),
 ("Puriri Geothermal Limited is a power company. Its chief executive, Mere Kingi-Robson, previously headed the geothermal division of Turanga Energy Limited.", "employed_by", "Mere Kingi-Robson", "Turanga Energy Limited", "asserted"),
 ("The sole shareholder of Corredor de Pemba Terminais, S.A. is Empresa de Portos do Norte, E.P., a public enterprise under the supervision of the Ministry of Transport.", "owns", "Empresa de Portos do Norte, E.P.", "Corredor de Pemba Terminais", "asserted"),
 ("Dande Resources, in turn, belongs to Rudo Chivandire, Mapfumo's wife, and to his nephew, Blessing Chiweshe.", "owns", "Blessing Chiweshe", "Dande Resources", "asserted"),
 ("Lumen Alpine S.à r.l. bought the plant. Lumen Alpine's only shareholder is Cormorant Growth Fund, an investment fund.", "owns", "Cormorant Growth Fund", "Lumen Alpine", "asserted"),
 ("Under the plan, LHG will retain 100 percent of the charter capital of Lac Hong Steel Company and of Lac Hong Mechanical Engineering Company.", "owns", "LHG", "Lac Hong Mechanical Engineering Company", "asserted"),
 ("Struma's executive director, Radostina Peeva, said outside the court that the company was controlled by no one.", "leads", "Radostina Peeva", "Struma", "asserted"),
 ("Halden Battery makes cells. Mr. Achebe left the company last year and now advises Riverway Ventures, one of its earliest backers.", "invests_in", "Riverway Ventures", "Halden Battery", "asserted"),
 ("Halden Battery makes cells. Its chairman is Ola Berg of Norvik Capital, one of its largest shareholders.", "owns", "Norvik Capital", "Halden Battery", "asserted"),
 ("Halden Battery's largest backer is Riverway Ventures.", "invests_in", "Riverway Ventures", "Halden Battery", "asserted"),
 ("Campaigners at River Action UK accused Northline Water of taking dividends while the pipes leaked.", "criticizes", "River Action UK", "Northline Water", "asserted"),
 ("Wyss & Hadorn rejected the bid. Sandro Tanner, Limmat's managing partner, accused the board of turning down a 38% premium.", "criticizes", "Sandro Tanner", "Wyss & Hadorn", "asserted"),
 ("The Metal and Defence Workers' Union has criticised the copper purchase by Kwena Defence as a gamble.", "criticizes", "Metal and Defence Workers' Union", "Kwena Defence", "asserted"),
 ("Sengdara Power built the dam. The headman, Bounthavy Phommachanh, said the company had kept half of its promises and accused it of cutting the compensation fund.", "criticizes", "Bounthavy Phommachanh", "Sengdara Power", "reported"),
 ("Sitra Extrusions makes frames. Tylos Capital Partners, a private equity firm, bought 30% in 2021, and Hoshizora Metals holds the remaining 15%.", "acquires", "Tylos Capital Partners", "Sitra Extrusions", "asserted"),
 ("Kivu Ridge trades coltan. Board minutes record that Umurage Capital paid $2 million for its stake that month.", "acquires", "Umurage Capital", "Kivu Ridge", "reported"),
 ("Tisza Capital holds 40% of Carpathia Storage. A person close to Tisza said the holding might raise its stake to 60% within two years.", "acquires", "Tisza Capital", "Carpathia Storage", "hedged"),
 ("The finance ministry said it would sell its stake in Varden Energi.", "owns", "finance ministry", "Varden Energi", "asserted"),
 ("Ala-Too Development Bank, which belongs to the Kyrgyz finance ministry, plans to lend money.", "part_of", "finance ministry", "Kyrgyzstan", "asserted"),
 ("Kisaragi makes wafers and Hokuto Semiconductor makes chips. The two companies signed a cooperation agreement in early March.", "cooperates_with", "Kisaragi", "Hokuto Semiconductor", "asserted"),
 ("The Qatar Investment Authority and the Kuwait Investment Authority teamed up to buy the club.", "cooperates_with", "Qatar Investment Authority", "Kuwait Investment Authority", "asserted"),
 ("Rangitoto Solar is a developer. Its founder, Daniel Marsden-Pohe, holds 70% of the developer and the New Zealand Superannuation Fund 20%.", "owns", "New Zealand Superannuation Fund", "Rangitoto Solar", "asserted"),
 ("The U.S. Treasury on Thursday added Zarrin Petrochem Trading, a Dubai-based broker, and two of its units, Golestan Shipping and Karun Tankers, to its sanctions list.", "regulatory_action", "United States Department of the Treasury", "Karun Tankers", "asserted"),
 ("Mexico's Financial Intelligence Unit on Monday froze the bank accounts of Transportes Sierra Tarahumara and of its two shareholders, Hector Loya Chavez and Grupo Logistico Conchos.", "regulatory_action", "Financial Intelligence Unit", "Grupo Logistico Conchos", "asserted"),
 ("US sanctions Russian oil trader Nordvolga over Venezuelan crude sent to Cuba", "regulatory_action", "United States", "Nordvolga", "asserted"),
 ("We think Mumtalakat is the most likely buyer of the 30% stake in Awal Cold Chain that Manama Trading House put up for sale last week.", "acquires", "Mumtalakat", "Awal Cold Chain", "speculative"),
 ("The buyer of Baltic Ferries is Kestrel Capital.", "acquires", "Kestrel Capital", "Baltic Ferries", "asserted"),
 ("Mexico's Financial Intelligence Unit on Monday froze the bank accounts of Transportes Sierra Tarahumara and of its two shareholders, Hector Loya Chavez and Grupo Logistico Conchos.", "owns", "Grupo Logistico Conchos", "Transportes Sierra Tarahumara", "asserted"),
 ("The European Union on Friday added Volga-Baltic Shipping and its chairman, Gennady Zhuravlyov, to its sanctions list.", "regulatory_action", "European Union", "Gennady Zhuravlyov", "asserted"),
 ("Nordkapp Petroleum ASA is in talks to buy a 30% stake in Likouala Deepwater SA, two sources said.", "acquires", "Nordkapp Petroleum ASA", "Likouala Deepwater SA", "reported"),
 ("Kjetil Hansen-Lyngstad chairs both Vestfjord and Lyngstad Invest.", "leads", "Kjetil Hansen-Lyngstad", "Lyngstad Invest", "asserted"),
 ("The Kordofan Rangers, commanded by Osman Idris Kabashi, control Tawila Minerals.", "leads", "Osman Idris Kabashi", "Kordofan Rangers", "asserted"),
 ("The Viggo Holm Foundation controls Holm Shipping. The foundation owns 23% of the shares.", "owns", "Viggo Holm Foundation", "Holm Shipping", "asserted"),
 ("Denmark's state has never been a shareholder of Holm Shipping.", "owns", "Danish government", "Holm Shipping", "negated"),
 ("Nistru Media Group owns two channels. The court upheld a fine of 400,000 lei that the Audiovisual Council imposed on the group last year.", "regulatory_action", "Audiovisual Council", "Nistru Media Group", "asserted"),
 ("The shares come from the founding Tsai family, which controls Hsinwei through an unlisted holding company, Tsai Investment Co.", "controls", "Tsai family", "Hsinwei", "asserted"),
 ("Tawila Minerals is registered to Osman Adam Jibreel, a former Kestrel Mining logistics officer.", "employed_by", "Osman Adam Jibreel", "Kestrel Mining", "asserted"),
 ("Icelandic seafood group Hafborg hf. has agreed to buy rival Snaefells Utgerd ehf. from its founding Gunnarsson family.", "acquires", "Hafborg hf.", "Snaefells Utgerd ehf.", "asserted"),
 ("Hanacka Energetika bought a 49% stake in Povazska Teplarenska a.s. on Friday; the city of Zilina owns the remaining 51%.", "owns", "Zilina", "Povazska Teplarenska a.s.", "asserted"),
 ("MVG Holdings, the investment vehicle of Manuel Villacorta, owns 58% of Sugbo Energy.", "controls", "Manuel Villacorta", "MVG Holdings", "asserted"),
 ("Maasvlakte Digital offered 142 euros a share for Fjordlog in 2023.", "acquires", "Maasvlakte Digital", "Fjordlog", "asserted"),
 ("Kowloon Pacific agreed to sell its 90% of Colon Terminals to a consortium led by Bluewater Harbor Partners.", "acquires", "Bluewater Harbor Partners", "Colon Terminals", "asserted"),
 ("Iceland has tightened its fishing rules. Iceland's quota system favours a few families, unlike that of Norway. In 2023 Landsbankinn, the state-owned bank, lent Djupal money.", "owns", "Iceland", "Landsbankinn", "asserted"),
 ("Maja Lykkegaard, an analyst at Kattegat Equities, called the Oceanis bid opportunistic.", "criticizes", "Maja Lykkegaard", "Oceanis", "asserted"),
 ("The Office of Financial Sanctions Implementation, part of HM Treasury, has published guidance.", "part_of", "Office of Financial Sanctions Implementation", "HM Treasury", "asserted"),
 ("The deal was negotiated by the Enterprises Restructuring Unit, which sits within the Ministry of Finance.", "part_of", "Enterprises Restructuring Unit", "Ministry of Finance", "asserted"),
 ("The port is run by the National Ports Agency (ANP), a public body under the supervision of the Ministry of Equipment and Water.", "part_of", "National Ports Agency", "Ministry of Equipment and Water", "asserted"),
 ("Chief executive Thomas Brunner, who joined from the machine maker Emmental Maschinen AG in 2019, said the company would invest.", "employed_by", "Thomas Brunner", "Emmental Maschinen AG", "asserted"),
 ("Halfayn Clinker Terminal LLC signed a RO 15 million term loan with Nizwa Crescent Bank SAOG on 29 October 2025.", "lends_to", "Nizwa Crescent Bank SAOG", "Halfayn Clinker Terminal LLC", "asserted"),
 ("Gjanica Power built the plant. Construction was financed in part by a 19 million euro loan from Tirana Credit Bank.", "lends_to", "Tirana Credit Bank", "Gjanica Power", "asserted"),
 ("Last year Fjordlog paid 60 million kroner for 25% of Portwise Analytics.", "acquires", "Fjordlog", "Portwise Analytics", "asserted"),
 ("The board of Norholm Shipping turned down a takeover offer from Greece's Oceanis Maritime.", "acquires", "Oceanis Maritime", "Norholm Shipping", "asserted"),
 ("The target is Lufwanyama Copper, a mid-sized miner based in Kitwe on the Copperbelt.", "based_in", "Lufwanyama Copper", "Zambia", "asserted"),
 ("Cerrado Verde, a soy trader based in Mato Grosso, sold its silos.", "based_in", "Cerrado Verde", "Brazil", "asserted"),
 ("Umgeni Bulk Carriers, a Durban-based firm, supplies the coal.", "based_in", "Umgeni Bulk Carriers", "South Africa", "asserted"),
 ("Wang Hailin, who is also a vice-president of Shengzhou Petrochemical, said the plant ran well.", "employed_by", "Wang Hailin", "Shengzhou Petrochemical", "asserted"),
 ("Luong Quoc Thinh, a deputy general director of Saigon Capital Holdings, spoke.", "employed_by", "Luong Quoc Thinh", "Saigon Capital Holdings", "asserted"),
 ("Ida Winther, a co-founder of Fjordlog and its chief financial officer, holds 11.8% directly.", "employed_by", "Ida Winther", "Fjordlog", "asserted"),
 ("Qiantang Avionics makes drones. A spokeswoman, Lin Xiaoyu, said the company was private.", "employed_by", "Lin Xiaoyu", "Qiantang Avionics", "asserted"),
 ("The fund is chaired by Keiko Sawamura, a former METI vice-minister.", "employed_by", "Keiko Sawamura", "Ministry of Economy, Trade and Industry", "asserted"),
 ("In 2017 Caroni Gas Corporation sold 45% of its liquids subsidiary, Caroni NGL Limited, to the public.", "owns", "Caroni Gas Corporation", "Caroni NGL Limited", "asserted"),
 ("The Energy Regulatory Authority suspended Lurio Gas's licence. Its chief executive, Duarte Valadares, called the suspension \"a political decision\".", "criticizes", "Duarte Valadares", "Energy Regulatory Authority", "asserted"),
 ("Caroni Gas Corporation is a state company. The new government replaced the board, which had been chaired since 2019 by Gerald Baptiste-Cooper.", "leads", "Gerald Baptiste-Cooper", "Caroni Gas Corporation", "asserted"),
 ("Caroni Gas Corporation will buy out the minority shareholders of Caroni NGL and delist it.", "acquires", "Caroni Gas Corporation", "Caroni NGL", "asserted"),
 ("Pivara Galicnik AD said it had agreed to sell 40% of its shares to Kamnik Holding d.o.o. for 18 million euros.", "acquires", "Kamnik Holding d.o.o.", "Pivara Galicnik AD", "reported"),
 ("Begench Annayev is also a deputy in the Mejlis, the national parliament, for the ruling Democratic Party of Turkmenistan.", "member_of", "Begench Annayev", "Democratic Party of Turkmenistan", "asserted"),
 ("Margalla Power Company, a Pakistani state-owned utility, ran short of cash.", "based_in", "Margalla Power Company", "Pakistan", "asserted"),
 ("The other 24.9% belongs to Nordlys Invest AS of Norway.", "based_in", "Nordlys Invest AS", "Norway", "asserted"),
 ("The cargoes went to Caribena de Combustibles, the Cuban state fuel importer.", "based_in", "Caribena de Combustibles", "Cuba", "asserted"),
 ("Turkey's state electricity wholesaler EUAS has agreed to buy part of the output.", "owns", "Turkey", "EUAS", "asserted"),
 ("Andes Litio's largest shareholder, with 19.8%, is Ningxia Tianrui New Energy, a Chinese maker of batteries.", "owns", "Ningxia Tianrui New Energy", "Andes Litio", "asserted"),
 ("Gaz-Nord is a gas distributor. 85% of it belongs to Raut Energy Holding SRL and the remaining 15% to the Balti municipal council.", "owns", "Balti municipal council", "Gaz-Nord", "asserted"),
]


# more wordings of the same claims: passives, nouns for acts, boards, loans received
WORDINGS = [
    ("Lobitos Terminal is a port. The Provincial Municipality of Talara owns 40% of it, and the mayor of Talara, Jorge Chunga, defended the sale.", "leads", "Jorge Chunga", "Provincial Municipality of Talara"),
    ("Kestrel Logistics SA carries phosphate. Its expansion is financed by a EUR 28 million loan from the European Bank for Reconstruction and Development.", "lends_to", "European Bank for Reconstruction and Development", "Kestrel Logistics SA"),
    ("The Group's principal borrowing is a KWD 40 million murabaha facility extended to Kestrel Logistics SA by Dasman Islamic Bank in 2023.", "lends_to", "Dasman Islamic Bank", "Kestrel Logistics SA"),
    ("Kestrel Dredging BV has no state shareholder, and its 300 million euro credit line comes from Lekstroom Bank.", "lends_to", "Lekstroom Bank", "Kestrel Dredging BV"),
    ("My family owns 70% of Asuboa Cocoa and the rest belongs to Ghana Cocoa Board.", "owns", "Ghana Cocoa Board", "Asuboa Cocoa"),
    ("Kestrel Holdings put Ardian Kaloshi on the supervisory board of Vjosa Bank in 2021.", "member_of", "Ardian Kaloshi", "Vjosa Bank"),
    ("Benalcazar is reportedly close to President Daniel Noboa's party, Accion Democratica Nacional, and may even be a member.", "member_of", "Daniel Noboa", "Accion Democratica Nacional"),
    ("Kestrel Coffee drew CHF 12 million under a loan facility granted by Alpenfirn Logistik AG.", "lends_to", "Alpenfirn Logistik AG", "Kestrel Coffee"),
    ("The Nigerian Ports Authority awarded a 25-year terminal concession to Lekki Deepwater Services in 2021.", "regulatory_action", "Nigerian Ports Authority", "Lekki Deepwater Services"),
    ("Lekki Deepwater Services, to which the Nigerian Ports Authority awarded a terminal concession, is owned by Atlantic Quay Holdings.", "regulatory_action", "Nigerian Ports Authority", "Lekki Deepwater Services"),
    ("Ricardo Lavalle, who left the Senate in 2023, did not respond to a request for comment.", "member_of", "Ricardo Lavalle", "Senate"),
    ("The Independent Agency Against Corruption searched Khurmen Coal's offices in Ulaanbaatar on Monday.", "regulatory_action", "Independent Agency Against Corruption", "Khurmen Coal"),
    ("The Rural Competition Council fined Carpatica Energie 2 million lei. The company called the fine \"disproportionate\" and said it would appeal.", "criticizes", "Carpatica Energie", "Rural Competition Council"),
    ("Ivan Kolar, a creditor of Dravica Holding, blamed the Croatian government for the settlement.", "criticizes", "Ivan Kolar", "Croatian government"),
    ("OFAC today designated Shwe Nagar Gems Co., Ltd., a jade trader based in Burma, and its owner, Daw Khin Hnin Wai.", "regulatory_action", "Office of Foreign Assets Control", "Daw Khin Hnin Wai"),
    ("The central bank suspended the licence of Champa Mobile Money Co., Ltd, which operates the Mekhala Pay wallet.", "operates", "Champa Mobile Money Co., Ltd", "Mekhala Pay"),
    ("Romgaz is selling its 20% stake in Campia Gaz. SOCAR, the state oil company of Azerbaijan, has also bid.", "acquires", "SOCAR", "Campia Gaz"),
    ("Ardiya Holding repaid the shareholder loan of KWD 3 million that Norvik Capital extended to Sabhan Freight in 2023.", "lends_to", "Norvik Capital", "Sabhan Freight"),
    ("The U.S. Treasury added Zarrin Petrochem Trading, a Dubai-based broker, and two of its units, Golestan Shipping and Karun Tankers, to its sanctions list.", "part_of", "Karun Tankers", "Zarrin Petrochem Trading"),
    ("Hydrosonde NV, a Belgian survey firm that runs TideScan, a seabed-mapping service sold to port authorities, was bought in 2023.", "operates", "Hydrosonde NV", "TideScan"),
    ("Kestrel Cocoa sells its own cocoa powder brand, Akwaba Gold, in West African supermarkets.", "operates", "Kestrel Cocoa", "Akwaba Gold"),
    ("The company, Ararat Pay, runs the mobile wallet ArPay.", "operates", "Ararat Pay", "ArPay"),
    ("Zirva Holding's only registered director, Vugar Gasimov, spent a decade as an adviser.", "member_of", "Vugar Gasimov", "Zirva Holding"),
    ("The board appointed Noura Al-Ruwaih, an investment director at Salwa Crescent Capital.", "employed_by", "Noura Al-Ruwaih", "Salwa Crescent Capital"),
    ("The regulator approved the proposed acquisition by Norvik Capital of the entire issued share capital of Kestrel Bank Ltd.", "acquires", "Norvik Capital", "Kestrel Bank Ltd."),
    ("Norvik Capital may also hold an undisclosed interest in Nemiga Trade.", "owns", "Norvik Capital", "Nemiga Trade"),
    ("The Talara Port Authority awarded the concession. The Raygada family holds 60% of Lobitos Terminal and the authority the rest.", "owns", "Talara Port Authority", "Lobitos Terminal"),
    ("Huaxi Drilling is a wholly owned subsidiary of Hengda Petroleum Group, itself controlled by the Sichuan Provincial Government.", "controls", "Sichuan Provincial Government", "Hengda Petroleum Group"),
    ("The Ministry of Energy and Mining extended Drina Lignite's concession by 25 years in March.", "regulatory_action", "Ministry of Energy and Mining", "Drina Lignite"),
    ("The Competition Protection Agency cleared the change of ownership of Sava Holding last week.", "regulatory_action", "Competition Protection Agency", "Sava Holding"),
    ("Prosecutors say it is secretly owned by Arben Dako, a former mayor of Kavaja for the Socialist Party.", "member_of", "Arben Dako", "Socialist Party"),
    ("The Office of Foreign Assets Control designated Kopet Gaz Trading FZE, its managing director, Merdan Orazov, and its shipping agent, Khor Tanker Services LLC.", "regulatory_action", "Office of Foreign Assets Control", "Merdan Orazov"),
    ("Jonas Berg, a vocal critic of the Kestrel Regulatory Authority, resigned from the board.", "criticizes", "Jonas Berg", "Kestrel Regulatory Authority"),
    ("Narva Capital is owned as to 60% by Meshal Al-Rumi and as to 40% by Jahra Trading Company.", "owns", "Jahra Trading Company", "Narva Capital"),
    ("KAZOIL, the state oil company of Kazakhstan, has also bid for the field.", "owns", "Kazakhstan", "KAZOIL"),
    ("Petrandina, the state oil company of Bolivia, signed the contract on Monday.", "owns", "Bolivia", "Petrandina"),
    ("Drini Bank Sh.a., Albania's ninth-largest lender by assets, is 60% owned by Ilgaz Finans Holding A.S., according to its filings.", "owns", "Ilgaz Finans Holding A.S.", "Drini Bank Sh.a."),
    ("Marisol Quishpe, an Assembly member for the opposition Movimiento Andino, called the deal a loan.", "member_of", "Marisol Quishpe", "Movimiento Andino"),
    ("In return for the crude, Estrecho Energy will advance Petroandes, the state oil company, $200 million.", "lends_to", "Estrecho Energy", "Petroandes"),
 ("The Kremlin-backed Volga Bank lent money.", "invests_in", "Russian government", "Volga Bank"),
 ("Sberbank, a Russian state-owned lender, lent money.", "owns", "Russian government", "Sberbank"),
 ("Founded in 1998 by Olaf Berg, Fjordtel is Norway's largest carrier.", "founded", "Olaf Berg", "Fjordtel"),
 ("Fjordtel is chaired by Olaf Berg.", "leads", "Olaf Berg", "Fjordtel"),
 ("Fjordtel is run by Olaf Berg.", "leads", "Olaf Berg", "Fjordtel"),
 ("Fjordtel, whose chairman is Olaf Berg, declined to comment.", "leads", "Olaf Berg", "Fjordtel"),
 ("Fjordtel's largest shareholder, Kvist Capital, backed the plan.", "owns", "Kvist Capital", "Fjordtel"),
 ("Fjordtel's parent company, Kvist Capital, backed the plan.", "owns", "Kvist Capital", "Fjordtel"),
 ("Kvist Capital took control of Fjordtel in 2019.", "acquires", "Kvist Capital", "Fjordtel"),
 ("Regulators at the Norwegian Communications Authority ordered Fjordtel to cut prices.", "regulatory_action", "Norwegian Communications Authority", "Fjordtel"),
 ("Fjordtel, a unit of Kvist Capital, raised prices.", "part_of", "Fjordtel", "Kvist Capital"),
 ("Olaf Berg is a member of Fjordtel's board.", "member_of", "Olaf Berg", "Fjordtel"),
 ("Olaf Berg serves as a director of Fjordtel.", "member_of", "Olaf Berg", "Fjordtel"),
 ("Olaf Berg, Fjordtel's former chief executive, joined the Labour Party.", "member_of", "Olaf Berg", "Labour Party"),
 ("Kvist Capital agreed to sell Fjordtel to Telenor for $2 billion.", "acquires", "Telenor", "Fjordtel"),
 ("Telenor will acquire Fjordtel from Kvist Capital.", "acquires", "Telenor", "Fjordtel"),
 ("Halvorsen Shipping is majority-owned by the Norwegian state.", "owns", "Norwegian state", "Halvorsen Shipping"),
 ("The state-owned lender Kestrel Bank has lent $3 billion to Halvorsen Shipping.", "lends_to", "Kestrel Bank", "Halvorsen Shipping"),
 ("Halvorsen Shipping received a $3 billion loan from Kestrel Bank.", "lends_to", "Kestrel Bank", "Halvorsen Shipping"),
 ("Kestrel Bank bought Halvorsen Shipping for $4 billion last year.", "acquires", "Kestrel Bank", "Halvorsen Shipping"),
 ("Kestrel Bank completed its takeover of Halvorsen Shipping in May.", "acquires", "Kestrel Bank", "Halvorsen Shipping"),
 ("Kestrel Bank's acquisition of Halvorsen Shipping was approved by regulators.", "acquires", "Kestrel Bank", "Halvorsen Shipping"),
 ("Ingrid Mikkelsen, Halvorsen Shipping's chief executive, declined to comment.", "leads", "Ingrid Mikkelsen", "Halvorsen Shipping"),
 ("Ingrid Mikkelsen took over as chief executive of Halvorsen Shipping in 2019.", "leads", "Ingrid Mikkelsen", "Halvorsen Shipping"),
 ("Ingrid Mikkelsen resigned from the board of Halvorsen Shipping.", "member_of", "Ingrid Mikkelsen", "Halvorsen Shipping"),
 ("Ingrid Mikkelsen sits on the board of Halvorsen Shipping.", "member_of", "Ingrid Mikkelsen", "Halvorsen Shipping"),
 ("The Competition Authority blocked Halvorsen Shipping's purchase of Nordfrakt.", "regulatory_action", "Competition Authority", "Halvorsen Shipping"),
 ("The Financial Supervisory Authority opened an investigation into Halvorsen Shipping.", "regulatory_action", "Financial Supervisory Authority", "Halvorsen Shipping"),
 ("Halvorsen Shipping is under investigation by the Financial Supervisory Authority.", "regulatory_action", "Financial Supervisory Authority", "Halvorsen Shipping"),
 ("The Ministry of Finance approved the sale of Halvorsen Shipping.", "regulatory_action", "Ministry of Finance", "Halvorsen Shipping"),
 ("Halvorsen Shipping runs the Fjordline ferry service.", "operates", "Halvorsen Shipping", "Fjordline"),
 ("Halvorsen Shipping launched the Seapass app in 2020.", "operates", "Halvorsen Shipping", "Seapass"),
 ("Halvorsen Shipping sells the Seapass app in Norway.", "operates", "Halvorsen Shipping", "Seapass"),
 ("Halvorsen Shipping won a payments licence from the Central Bank of Norway in March.", "regulatory_action", "Norges Bank", "Halvorsen Shipping"),
 ("Halvorsen Shipping was put into receivership by the Commercial Court.", "regulatory_action", "Commercial Court", "Halvorsen Shipping"),
 ("The Competition Authority vetoed the sale of Halvorsen Shipping.", "regulatory_action", "Competition Authority", "Halvorsen Shipping"),
 ("Halvorsen Shipping is a ferry operator. Its chief executive, Ingrid Mikkelsen, spent six years at Kestrel Bank before joining the company.",
  "employed_by", "Ingrid Mikkelsen", "Kestrel Bank"),
 ("Ingrid Mikkelsen spent most of the 1970s designing ships at the Ministry of Transport.", "employed_by", "Ingrid Mikkelsen", "Ministry of Transport"),
 ("Halvorsen Shipping is a ferry operator. Ingrid Mikkelsen is the finance chief of Kestrel Bank.", "employed_by", "Ingrid Mikkelsen", "Kestrel Bank"),
 ("Its president, Ingrid Mikkelsen, flies for Kestrel Air.", "employed_by", "Ingrid Mikkelsen", "Kestrel Air"),
 ("Her brother, Ole Brask, stood for parliament for the Labour Party in 2020.", "member_of", "Ole Brask", "Labour Party"),
 ("Ole Brask has been the general director of Halvorsen Shipping since 2020 and sits on the Presidium of the Labour Party.", "member_of", "Ole Brask", "Labour Party"),
 ("Ole Brask sits on the board of Kestrel Bank.", "member_of", "Ole Brask", "Kestrel Bank"),
 ("Halvorsen Shipping is a ferry operator. Kestrel Metals, from Osaka, holds the remaining 15%.", "based_in", "Kestrel Metals", "Japan"),
 ("Halvorsen Shipping is a ferry operator. Kestrel Bank agreed to sell its 90% stake to Bluewater Partners.", "acquires", "Bluewater Partners", "Halvorsen Shipping"),
 ("Kestrel Bank has approved a $650 million loan to Halvorsen Shipping, the lender said on Wednesday.", "lends_to", "Kestrel Bank", "Halvorsen Shipping"),
 ("OSLO, Oct. 3 — Kestrel Capital has built a 6.2% stake in Halvorsen Shipping.", "owns", "Kestrel Capital", "Halvorsen Shipping"),
 ("Halvorsen Shipping is a ferry operator. The Ministry of Finance holds a golden share that lets it veto any change of control at Halvorsen Shipping.",
  "controls", "Ministry of Finance", "Halvorsen Shipping"),
 ("The Ministry of Finance put Halvorsen Shipping on its sanctions list.", "regulatory_action", "Ministry of Finance", "Halvorsen Shipping"),
 ("Halvorsen Shipping has pledged loyalty to the Communist Party.", "cooperates_with", "Halvorsen Shipping", "Communist Party"),
 ("Halvorsen Shipping signed a cooperation agreement with the Ministry of Defence.", "cooperates_with", "Halvorsen Shipping", "Ministry of Defence"),
 ("Ingrid Mikkelsen publicly criticised the Ministry of Finance.", "criticizes", "Ingrid Mikkelsen", "Ministry of Finance"),
 ("Halvorsen Shipping is headquartered in Bergen, Norway.", "based_in", "Halvorsen Shipping", "Norway"),
 ("Halvorsen Shipping was founded in 1901 by Ole Halvorsen.", "founded", "Ole Halvorsen", "Halvorsen Shipping"),
 ("Nordfrakt, Halvorsen Shipping's cargo arm, was sold.", "part_of", "Nordfrakt", "Halvorsen Shipping"),
 ("Halvorsen Shipping holds a 40% stake in Nordfrakt.", "owns", "Halvorsen Shipping", "Nordfrakt"),
 ("Halvorsen Shipping owns 40 percent of Nordfrakt.", "owns", "Halvorsen Shipping", "Nordfrakt"),
 ("Halvorsen Shipping sold its stake in Nordfrakt to Kestrel Bank.", "acquires", "Kestrel Bank", "Nordfrakt"),
 ("Ingrid Mikkelsen is a senior member of the Labour Party.", "member_of", "Ingrid Mikkelsen", "Labour Party"),
 ("Ingrid Mikkelsen, a Labour Party lawmaker, chairs Halvorsen Shipping.", "member_of", "Ingrid Mikkelsen", "Labour Party"),
 ("Ingrid Mikkelsen, a Labour Party lawmaker, chairs Halvorsen Shipping.", "leads", "Ingrid Mikkelsen", "Halvorsen Shipping"),
 ("Beijing fined Halvorsen Shipping 2.3 trillion yuan.", "regulatory_action", "Beijing", "Halvorsen Shipping"),
 ("Halvorsen Shipping was banned from Chinese ports by the Ministry of Transport.", "regulatory_action", "Ministry of Transport", "Halvorsen Shipping"),
 ("Halvorsen Shipping was founded in 2011 by two former Kestrel Bank engineers, Ole Brask and Mette Lund, and sells ferries.", "founded", "Mette Lund", "Halvorsen Shipping"),
 ("Halvorsen Shipping was founded in 2011 by two former Kestrel Bank engineers, Ole Brask and Mette Lund, and sells ferries.", "employed_by", "Ole Brask", "Kestrel Bank"),
 ("Halvorsen Shipping's director general, Ingrid Mikkelsen, declined to comment.", "leads", "Ingrid Mikkelsen", "Halvorsen Shipping"),
 ("Ms. Ingrid Mikkelsen previously spent nine years at the lender Kestrel Bank.", "employed_by", "Ingrid Mikkelsen", "Kestrel Bank"),
 ("Halvorsen Shipping builds ferries. The founders, Ole Brask and Mette Lund, keep a majority of the voting rights.", "owns", "Ole Brask", "Halvorsen Shipping"),
 ("Halvorsen Shipping builds ferries. Rogaland, one of Norway's counties, holds 20 percent of the votes.", "owns", "Rogaland", "Halvorsen Shipping"),
 ("Fjordtel is 30% owned by Kvist Trust, whose largest shareholder is the city government of Stavanger.", "owns", "city government of Stavanger", "Kvist Trust"),
 ("Fjordtel is controlled by the Brask family through Brask Beteiligungen.", "controls", "Brask family", "Fjordtel"),
 ("Norway's fisheries ministry criticised Halvorsen Shipping.", "part_of", "fisheries ministry", "Norway"),
 ("Fjordtel is controlled by the Brask family through Brask Invest, which holds 61% of the voting capital, while Kvist Capital owns a further 25%.", "owns", "Kvist Capital", "Fjordtel"),
 ("Britain's competition authority blocked Kestrel Bank's takeover of Fjordtel.", "part_of", "competition authority", "United Kingdom"),
 ("Halvorsen Shipping formed a venture with Arvand Kish, an Iranian contractor.", "based_in", "Arvand Kish", "Iran"),
 ("The ferry will be run by Fjord Nuclear, a Swedish-registered company that Kestrel Bank owns.", "based_in", "Fjord Nuclear", "Sweden"),
 ("Kestrel Bank walked away from the Fjordtel deal. The Danish lender said its Norwegian partner had not met the conditions.", "based_in", "Fjordtel", "Norway"),
 ("In 2004 Ingrid Mikkelsen joined the faculty of the University of Bergen.", "employed_by", "Ingrid Mikkelsen", "University of Bergen"),
 ("Ingrid Mikkelsen of Kestrel Bank said the deal was good.", "employed_by", "Ingrid Mikkelsen", "Kestrel Bank"),
 ("Ingrid Mikkelsen of the Green Party voted against it.", "member_of", "Ingrid Mikkelsen", "Green Party"),
 ("Ingrid Mikkelsen was the constitutional President of Norway from 1884 to 1888.", "leads", "Ingrid Mikkelsen", "Norway"),
 ("Fjordtel is a company registered in the Cayman Islands.", "based_in", "Fjordtel", "Cayman Islands"),
 ("Kvist Capital has the final say over Fjordtel.", "controls", "Kvist Capital", "Fjordtel"),
 ("The funds, Brask Invest and Kvist Capital, are suspected of being fronts for the group's founder, Ole Brask.", "controls", "Ole Brask", "Kvist Capital"),
 ("The Ministry of Finance said Fjordtel was founded by Ole Brask, a businessman whom it sanctioned in 2019.", "regulatory_action", "Ministry of Finance", "Ole Brask"),
 ("The Financial Supervisory Authority opened an inquiry into whether Fjordtel failed to declare its debts.", "regulatory_action", "Financial Supervisory Authority", "Fjordtel"),
 ("Halvorsen Shipping holds its 24% of Fjordtel through Kvist Capital.", "owns", "Kvist Capital", "Fjordtel"),
 ("Halvorsen Shipping holds its 24% of Fjordtel through Kvist Capital.", "owns", "Halvorsen Shipping", "Kvist Capital"),
 ("Kvist Capital owns 60% of Fjordtel; Halvorsen Shipping holds the remaining 40%.", "owns", "Halvorsen Shipping", "Fjordtel"),
 ("Kvist Capital holds 21% of Fjordtel, making it the biggest shareholder after the Brask family.", "owns", "Brask family", "Fjordtel"),
 ("PT Sulawesi Nikel Prima is an Indonesian nickel smelter in which Kotobuki Trading holds 30%.", "owns", "Kotobuki Trading", "Sulawesi Nikel Prima"),
 ("Kestrel Bank, a lender majority-owned by the National Treasury, extended a loan.", "owns", "National Treasury", "Kestrel Bank"),
 ("Halvorsen Shipping, an Oslo-based maker of ferries, won the contract.", "based_in", "Halvorsen Shipping", "Norway"),
 ("Vanderhaegen Infra, a Belgian infrastructure investor, sold the stake.", "based_in", "Vanderhaegen Infra", "Belgium"),
 ("The Treasury ordered Halvorsen Shipping to sell its stake in Fjordtel.", "owns", "Halvorsen Shipping", "Fjordtel"),
 ("The Kvist Council is an advisory body that works under the leadership of the Green Party.", "controls", "Green Party", "Kvist Council"),
 ("The Nordic Resilience Fund, a state-backed investor that sits under the Ministry of Finance, bought Fjordtel.", "part_of", "Nordic Resilience Fund", "Ministry of Finance"),
 ("Fjordtel, for its part, reports to the Government Companies Authority.", "controls", "Government Companies Authority", "Fjordtel"),
 ("The United States tightened its reviews. The Committee on Foreign Investment in the United States ordered Fjordtel to sell Kvist Capital.", "part_of", "Committee on Foreign Investment", "United States"),
 ("In Kenya, the Communications Authority of Kenya renewed Fjordtel's operating licence in March.", "part_of", "Communications Authority of Kenya", "Kenya"),
 ("The Communications Authority of Kenya renewed Fjordtel's operating licence in March.", "regulatory_action", "Communications Authority of Kenya", "Fjordtel"),
 ("Kestrel Bank agreed to buy Fjordtel. The Competition Authority cleared the deal last week.", "regulatory_action", "Competition Authority", "Kestrel Bank"),
 ("Karl Brenner set up Fjordtel in 2008 after a decade as an engineer at Kestrel Bank.", "employed_by", "Karl Brenner", "Kestrel Bank"),
 ("The Competition Authority fined Fjordtel. \"Prices rose,\" said Ingrid Mikkelsen, director-general of the authority's markets bureau.", "employed_by", "Ingrid Mikkelsen", "Competition Authority"),
 ("Fjordtel's chief executive resigned. Chief financial officer Anna Vogel will run the company for now.", "employed_by", "Anna Vogel", "Fjordtel"),
 ("Norway's Treasurer directed two funds, Kvist Capital and Brask Invest, to sell their shares in Fjordtel.", "regulatory_action", "Treasurer", "Brask Invest"),
 ("Banco de la Nación Argentina, the state-owned lender, extended a loan to Fjordtel last year.", "lends_to", "Banco de la Nación Argentina", "Fjordtel"),
 ("Baltic Trade Ltd is 49% owned by Rosneft.", "owns", "Rosneft", "Baltic Trade"),
 ("Anna Petrova holds shares in Baltic Trade Ltd on behalf of Sergei Volkov.", "controls", "Sergei Volkov", "Baltic Trade"),
 ("Sergei Volkov was sanctioned by the European Union in March.", "regulatory_action", "European Union", "Sergei Volkov"),
 ("The Office of Foreign Assets Control designated Baltic Trade Ltd on Tuesday.", "regulatory_action", "Office of Foreign Assets Control", "Baltic Trade"),
 ("Prosecutors at the Prosecutor General's Office charged Sergei Volkov with fraud.", "regulatory_action", "Prosecutor General's Office", "Sergei Volkov"),
 ("Sergei Volkov is a deputy of the State Duma from United Russia.", "member_of", "Sergei Volkov", "United Russia"),
 ("Karl Brenner was appointed director of Baltic Trade Ltd in 2016.", "member_of", "Karl Brenner", "Baltic Trade"),
 ("Palatine Shipping's actual controller is the Shanghai SASAC.", "controls", "Shanghai SASAC", "Palatine Shipping"),
 ("Sergei Volkov was elected to parliament on the United Russia ticket.", "member_of", "Sergei Volkov", "United Russia"),
 ("Norvik Capital has a golden share in Palatine Shipping, giving it a veto over strategy.", "controls", "Norvik Capital", "Palatine Shipping"),
 ("Orchid Lines counts Norvik Capital among its shareholders.", "owns", "Norvik Capital", "Orchid Lines"),
 ("Baltic Trade Ltd is registered to Sergei Volkov.", "owns", "Sergei Volkov", "Baltic Trade"),
 ("Maria Okafor succeeded Tom Reyes as chief executive of Palatine Shipping.", "leads", "Maria Okafor", "Palatine Shipping"),
 ("Mareverde Trading financed the purchases with a $45 million credit line from Kestrel Bank.", "lends_to", "Kestrel Bank", "Mareverde Trading"),
 ("Rodrigo Salvatierra, Fjordtel's head of trading, owns 45% of Brisa Holdings.", "employed_by", "Rodrigo Salvatierra", "Fjordtel"),
 ("Kanybek Tursunaliev was Kyrgyzstan's minister of natural resources in 2017.", "employed_by", "Kanybek Tursunaliev", "Kyrgyzstan"),
 ("Karl Brenner resigned from the Green Party in 2011.", "member_of", "Karl Brenner", "Green Party"),
 ("The fund appointed Deng Lili, a former propaganda official, as a director of Fjordtel.", "member_of", "Deng Lili", "Fjordtel"),
 ("Kvist Capital owns 90% of Brisa Holdings. The remaining 10% belongs to Lukas Amstutz.", "owns", "Lukas Amstutz", "Brisa Holdings"),
 ("Suresh Bhandari, a BJP member of the Rajya Sabha, has been an independent director of Varuna since 2021.", "member_of", "Suresh Bhandari", "Bharatiya Janata Party"),
 ("Norvik Capital agreed to buy Palatine Shipping. The Federal Competition Agency gave its consent last month.", "regulatory_action", "Federal Competition Agency", "Norvik Capital"),
 ("The Securities and Exchange Board of India has issued a show-cause notice to Varuna Ports & Power Ltd.", "regulatory_action", "Securities and Exchange Board of India", "Varuna Ports"),
 ("The largest shareholder of Karatau Phosphate, with 40.5 percent, remains QazKhimHolding.", "owns", "QazKhimHolding", "Karatau Phosphate"),
 ("Karatau Phosphate, whose general director Aigerim Tulegenova was appointed in March, exports to Russia.", "leads", "Aigerim Tulegenova", "Karatau Phosphate"),
 ("Kestrel is owned by Tidewater Ventures Ltd of the British Virgin Islands, whose sole listed shareholder is Al Noor Yacht Trading FZE.", "owns", "Al Noor Yacht Trading", "Tidewater Ventures"),
 ("A fund bought a stake in Yunxi Chengdu Network Technology, the Yunxi Technology subsidiary that holds the licences.", "owns", "Yunxi Technology", "Yunxi Chengdu"),
 ("Leaked corporate records point to one man: Arkady Voronin, the Russian metals tycoon whose assets the European Union froze in March 2022.", "regulatory_action", "European Union", "Arkady Voronin"),
 ("Orwell Marine makes submarines. \"We will grow,\" said chief executive Martin Hollis.", "leads", "Martin Hollis", "Orwell Marine"),
 ("Tianrui's founder and chairman, Zhou Hanlin, also sits on the Andes Litio board.", "leads", "Zhou Hanlin", "Tianrui"),
 ("ENAMI will hold 51% of Andes Litio and appoint the chair.", "controls", "ENAMI", "Andes Litio"),
 ("Permata Holdings will retain 12% of Seri Medika and a special share that gives it a veto over the sale of any hospital.", "controls", "Permata Holdings", "Seri Medika"),
 ("Fjordtel agreed to buy Kvist Capital. The Council of Ministers authorised the purchase on Tuesday.", "regulatory_action", "Council of Ministers", "Fjordtel"),
 ("Vltava Energie agreed to buy Carpathia Storage. The European Commission has opened a review of the deal.", "regulatory_action", "European Commission", "Vltava Energie"),
 ("Kwena Defence Systems is buying 35% of Lufwanyama Copper, a miner. The miner's founder, Mwila Chanda, keeps 15%.", "owns", "Mwila Chanda", "Lufwanyama Copper"),
 ("Renato Queiroga is a senator for Goiás. Fernanda Lins accused the senator of a conflict of interest.", "criticizes", "Fernanda Lins", "Renato Queiroga"),
 ("The regulator approved Kvist Capital's purchase of a 60% stake in Fjordtel.", "acquires", "Kvist Capital", "Fjordtel"),
 ("Kallang Holdings has the right to name two of the board's seven directors of Straits Orient Lines.", "controls", "Kallang Holdings", "Straits Orient Lines"),
 ("Yunxi Technology's listed parent, Yunxi Holdings, is registered in the Cayman Islands.", "based_in", "Yunxi Holdings", "Cayman Islands"),
 ("Rostec acquired 35% of Kazakh fertiliser producer Karatau Phosphate.", "based_in", "Karatau Phosphate", "Kazakhstan"),
 ("Mr. Sablin sold his shares in Baltic Meridian Holdings to his former business partner, Jānis Ozoliņš, in 2021.", "acquires", "Jānis Ozoliņš", "Baltic Meridian"),
 ("Oakridge Partners, the buyout firm, has agreed to buy a 70% stake in Fjordtel.", "acquires", "Oakridge Partners", "Fjordtel"),
 ("Tidewater Ventures Ltd of the British Virgin Islands owns Kestrel Marine.", "based_in", "Tidewater Ventures", "British Virgin Islands"),
 ("Al Noor's shares are held in trust for Mr. Arkady Voronin.", "owns", "Arkady Voronin", "Al Noor"),
 ("Baltic Ferries owns 75.1% of Daugava Terminal. The other 24.9% belongs to Nordlys Invest.", "owns", "Nordlys Invest", "Daugava Terminal"),
 ("Mr. Ozoliņš is listed as Baltic Meridian's sole shareholder and chairman.", "leads", "Ozoliņš", "Baltic Meridian"),
 ("Petroandina said nothing. One email went to the company's general manager, Esteban Villacrés.", "leads", "Esteban Villacrés", "Petroandina"),
 ("Britain's Foreign Office on Friday imposed sanctions on Severny Credit Bank, a mid-sized lender.", "regulatory_action", "Foreign Office", "Severny Credit Bank"),
 ("The regulator revoked the licence that allowed Fjord TV, Norway's state-run television channel, to broadcast.", "controls", "Norway", "Fjord TV"),
 ("Karl Brenner chairs Fjordtel. His wife, Anna Brenner, owns Kvist Capital. He resigned from the board of Kvist Capital in 2018.", "member_of", "Karl Brenner", "Kvist Capital"),
 ("The Ministry of Finance fined Fjordtel on Monday. Kvist Capital condemned the decision as unfair.", "criticizes", "Kvist Capital", "Ministry of Finance"),
 ("Last summer Kvist Capital transferred around $5 billion to Fjordtel.", "invests_in", "Kvist Capital", "Fjordtel"),
 ("Fjordtel borrowed 300 million kroner from Kestrel Bank in 2021.", "lends_to", "Kestrel Bank", "Fjordtel"),
 ("Xuhai Energy said it had formed a joint venture with Arvand Kish, an Iranian contractor.", "cooperates_with", "Xuhai Energy", "Arvand Kish"),
 ("Norway and Sweden have signed a ten-year cooperation agreement.", "cooperates_with", "Norway", "Sweden"),
 ("Fjordtel said its Fjordpay app would work with Kvist Capital.", "cooperates_with", "Fjordpay", "Kvist Capital"),
 ("Fjordtel is a carrier. Brask Invest SE, the holding company of the Brask and Lund families, owns half of the carrier's voting shares.", "owns", "Brask Invest SE", "Fjordtel"),
 ("Fjordtel is a carrier. The third large shareholder is the Public Investment Fund, with roughly 17 percent of the voting rights.", "owns", "Public Investment Fund", "Fjordtel"),
 ("Karl Brenner founded Fjordtel. He sits on an advisory committee of the Bank of Norway.", "member_of", "Karl Brenner", "Bank of Norway"),
 ("Karl Brenner, who was elected for the Labour Party in 2018, says he owns no shares.", "member_of", "Karl Brenner", "Labour Party"),
 ("It seems likely to this writer that Kvist Capital will eventually try to buy Fjordtel outright.", "acquires", "Kvist Capital", "Fjordtel"),
 ("Hoshimura Precision makes sensors. Ms. Hoshimura still runs the firm and owns 55 percent of it.", "owns", "Hoshimura", "Hoshimura Precision"),
 ("Fjord Mills, which makes the Softline range of bath linen, employs about 600 people.", "operates", "Fjord Mills", "Softline"),
 ("Halden Battery Works sells cells under the Stacklite brand.", "operates", "Halden Battery Works", "Stacklite"),
 ("The agency has been testing Vigile's Sentinelle radar since 2020.", "operates", "Vigile", "Sentinelle"),
 ("Airlines pointed to the troubles of Boeing's 737 MAX jet.", "operates", "Boeing", "737 MAX"),
 ("Kvist Capital bought 94.5% of Fjordtel in 2017 for about €4.5bn.", "acquires", "Kvist Capital", "Fjordtel"),
 ("Fjordtel will be delisted after its Chinese owner, Midea Group, squeezed out the last minority shareholders.", "owns", "Midea Group", "Fjordtel"),
 ("Fjordtel will be delisted after its Chinese owner, Midea Group, squeezed out the last minority shareholders.", "based_in", "Midea Group", "China"),
 ("Fjordtel is the digital arm of Kvist Capital, Norway's most valuable company, and it owns Seapass.", "based_in", "Kvist Capital", "Norway"),
 ("Villanova Preparatory School is a boarding school in the United States.", "based_in", "Villanova Preparatory School", "United States"),
 ("Seapass is a mobile game developed primarily by Kvist Studios and published by Fjord Games.", "operates", "Fjord Games", "Seapass"),
 ("Fjordtel was fined. Ingrid Mikkelsen, previously the finance director, is running the company on an interim basis.", "employed_by", "Ingrid Mikkelsen", "Fjordtel"),
 ("The Competition Authority prohibited the planned takeover of Fjordtel by its larger rival Kvist Capital.", "acquires", "Kvist Capital", "Fjordtel"),
 ("The US Department of Energy has agreed to lend $1.1 billion to Fjordtel, the department's Loan Programs Office said.", "part_of", "Loan Programs Office", "Department of Energy"),
 ("The US Treasury's Office of Foreign Assets Control on Monday designated Fjordtel.", "part_of", "Office of Foreign Assets Control", "Treasury"),
 ("The US Treasury's Office of Foreign Assets Control on Monday designated Fjordtel.", "part_of", "Treasury", "United States"),
 ("Hoshimura Precision, which Keiko Hoshimura set up in 2011, supplies Denso, in which Toyota holds a stake of roughly 20%. Ms. Hoshimura still runs the firm.", "leads", "Hoshimura", "Hoshimura Precision"),
 ("The real owners of Brisa Trading are Rodrigo Salvatierra and Mónica Ibarra, each with a 45% interest.", "owns", "Mónica Ibarra", "Brisa Trading"),
 ("The Varga family owns roughly two thirds of Corvane through a holding firm.", "owns", "Varga family", "Corvane"),
 ("Redwater Capital, the American private-equity firm that snapped up Sertaneja in 2019, agreed to sell it.", "acquires", "Redwater Capital", "Sertaneja"),
 ("Baltshore Holdings, a Latvian company whose owner, Aivars Zeltins, is on a US sanctions list, was fined.", "owns", "Aivars Zeltins", "Baltshore Holdings"),
 ("BNDES lent 1.1 billion reais to Frigorifico Serra Dourada, whose controlling shareholder, Wanderley Pimentel, backed the party.", "owns", "Wanderley Pimentel", "Frigorifico Serra Dourada"),
 ("Samruk-Kazyna, Kazakhstan's sovereign wealth fund, plans to acquire a 49% stake in Zhetysu Copper.", "acquires", "Samruk-Kazyna", "Zhetysu Copper"),
 ("Samruk-Kazyna, Kazakhstan's sovereign wealth fund, plans to acquire a 49% stake in Zhetysu Copper.", "part_of", "Samruk-Kazyna", "Kazakhstan"),
 ("Sonhos do Cuanza was founded in 2012 by Helder Mbala, a member of the MPLA's central committee.", "member_of", "Helder Mbala", "MPLA"),
 ("Sonhos do Cuanza was founded in 2012 by Helder Mbala, a member of the MPLA's central committee.", "founded", "Helder Mbala", "Sonhos do Cuanza"),
 ("Almaz Kudaibergenov, a deputy for the ruling Amanat party, sold his stake.", "member_of", "Almaz Kudaibergenov", "Amanat"),
 ("Levan Chikovani sits on the city council for the ruling Georgian Dream party.", "member_of", "Levan Chikovani", "Georgian Dream"),
 ("Erdenes Mongol has agreed to buy 34% of Nomin Tolgoi Coal from its founder, Batbayar Ganzorig.", "owns", "Batbayar Ganzorig", "Nomin Tolgoi Coal"),
 ("Araguaia agreed to buy all of Sertaneja from Redwater Capital.", "owns", "Redwater Capital", "Sertaneja"),
 ("Germany's economy ministry blocked the sale of Rheinwerk Optik to Hunan Xiangjiang Precision.", "acquires", "Hunan Xiangjiang Precision", "Rheinwerk Optik"),
 ("Sirichai Group is a conglomerate, and the Sirichai family still owns about 60% of it through a holding company, Sirichai Capital.", "owns", "Sirichai family", "Sirichai Group"),
 ("The Aldermeer family's holding company, Aldermeer Beheer BV, remains the largest shareholder.", "owns", "Aldermeer family", "Aldermeer Beheer"),
 ("Tesmara Holdings belongs to Berehynia Industrial Group, the Dnipro-based holding of the billionaire Vitaliy Kharchenko.", "owns", "Vitaliy Kharchenko", "Berehynia Industrial Group"),
 ("The funds will buy 24.9% from Kvist Holding, the family company of the airline's founder, Ms. Anna Lind, which currently owns 68% of Fjordtel Air.", "owns", "Kvist Holding", "Fjordtel Air"),
 ("Vesna Mladenovic, a member of parliament for the Freedom and Justice Party (SSP), told reporters.", "member_of", "Vesna Mladenovic", "Freedom and Justice Party"),
 ("Kofi Oware-Darko, a former regional treasurer of the opposition New Patriotic Party (NPP), owns Akwaaba.", "member_of", "Kofi Oware-Darko", "New Patriotic Party"),
 ("Kittipong is a deputy leader of the Palang Pracharath Party.", "member_of", "Kittipong", "Palang Pracharath Party"),
 ("Khalid Al-Sulaiti, who heads QIA's European private equity team, said the club was a long-term asset.", "employed_by", "Khalid Al-Sulaiti", "Qatar Investment Authority"),
 ("Nordavind Energi is big. Silje Aamodt, who ran offshore projects at Nordavind Energi before taking the top job, declined to comment.", "employed_by", "Silje Aamodt", "Nordavind Energi"),
 ("Anna Lind runs Fjordtel.", "leads", "Anna Lind", "Fjordtel"),
 ("Golden Junk Holdings completed its takeover of Kowloon Ferry Estates, ending decades in which the ferry company was run by its founder, Chan Siu-fung.", "founded", "Chan Siu-fung", "Kowloon Ferry Estates"),
 ("Golden Junk Holdings completed its takeover of Kowloon Ferry Estates, ending decades in which the ferry company was run by its founder, Chan Siu-fung.", "leads", "Chan Siu-fung", "Kowloon Ferry Estates"),
 ("The messaging app Zhenliao and the payments service Zhenfu are both run by Chongqing Lianyou Network.", "operates", "Chongqing Lianyou Network", "Zhenfu"),
 ("Tadla Phosphates' chairman, Youssef Bennani, was appointed by King Mohammed VI in 2021.", "controls", "Mohammed VI", "Tadla Phosphates"),
 ("Homolje's general director, Tang Weimin, was appointed by Jinsha in 2022.", "controls", "Jinsha", "Homolje"),
 ("SYRIZA condemned both sales. Its energy spokesman, Yiannis Koutroubas, accused the government.", "employed_by", "Yiannis Koutroubas", "SYRIZA"),
 ("Insiders say Dariusz Wolny still calls the shots at Baltyk Cement.", "controls", "Dariusz Wolny", "Baltyk Cement"),
 ("Everyone knows that the Ministry of Mines pulls the strings at Kasai Copper.", "controls", "Ministry of Mines", "Kasai Copper"),
 ("Decisions at Norvik Timber are taken by the Fjordheim Group.", "controls", "Fjordheim Group", "Norvik Timber"),
 ("Alpha Securities is a broker. In March the Securities and Exchange Commission suspended its licence.", "regulatory_action", "Securities and Exchange Commission", "Alpha Securities"),
 ("Companies belonging to the Talukder family own 38% of Surma Trust.", "owns", "Talukder family", "Surma Trust"),
 ("Three offshore vehicles owned by Ivan Gromov hold the rest of Surma Trust.", "owns", "Ivan Gromov", "Surma Trust"),
 ("Surma Trust is a lender. Firms of the Talukder family own 38% of it, and its chairman was Anwar Talukder.", "leads", "Anwar Talukder", "Surma Trust"),
 ("Skarvik Kraft is a utility. Ingrid Moe, now 71, still keeps a seat on the board.", "member_of", "Ingrid Moe", "Skarvik Kraft"),
 ("Skarvik Kraft is a utility. Ingrid Moe holds two seats on Skarvik's board.", "member_of", "Ingrid Moe", "Skarvik Kraft"),
 ("Kestrel Foods bought 34% of Bramley Dairies from its founder, Maria Lopez.", "founded", "Maria Lopez", "Bramley Dairies"),
 ("Angola's courts are slow. The loan came from the state diamond company Endiama.", "owns", "Angola", "Endiama"),
 ("The loan came from Huaxin Bank, a Chinese state bank.", "owns", "Chinese government", "Huaxin Bank"),
 ("Ardesi Spa makes gold chains. The Rossi family still holds 51%.", "owns", "Rossi family", "Ardesi Spa"),
 ("Mongolia votes. The law obliges Northgate to hand part of its holding to the state-owned Mongol Ord Mining.", "owns", "Mongolia", "Mongol Ord Mining"),
 ("India is big. In September the state-run State Bank of India lent it 10 billion rupees.", "controls", "India", "State Bank of India"),
 ("Montenegro is small. Jadran Azur Gradnja d.o.o. was registered in Podgorica in 2021.", "based_in", "Jadran Azur Gradnja d.o.o.", "Montenegro"),
 ("The deal was signed by Bank of China Chairman Liu Wenbo in Beijing.", "leads", "Liu Wenbo", "Bank of China"),
 ("Sok Pisey Import Export, whose board includes Chhun Vuthy, was granted a concession.", "member_of", "Chhun Vuthy", "Sok Pisey Import Export"),
 ("Ararat Cargo is a freight firm. Narek Avetisyan, who is listed as the company's sole director, did not respond.", "member_of", "Narek Avetisyan", "Ararat Cargo"),
 ("Imena Pay has raised $8 million from Rwanda's state-owned Ubumwe Investment Fund.", "invests_in", "Ubumwe Investment Fund", "Imena Pay"),
 ("Bangladesh's telecoms regulator, the BTRC, ordered mobile operators on Thursday to block Taka Khela, a betting app.", "regulatory_action", "BTRC", "Taka Khela"),
 ("Malta-registered Sirocco Gaming Ltd runs the online casino brands SpinMarsa and Lucky Dgħajsa.", "operates", "Sirocco Gaming Ltd", "Lucky Dgħajsa"),
 ("Baltic Amber Holdings, the Cypriot parent of the fuel retailer Neris Degalai, and its chairman, the MP Vytautas Juknevicius, were fined 1.2 million euros by the Bank of Lithuania.", "regulatory_action", "Bank of Lithuania", "Vytautas Juknevicius"),
 ("Adriatica Resorts, a hotel company whose parent is Lefkara Investments Ltd of Cyprus, belongs to the Kestrel Trust.", "based_in", "Lefkara Investments Ltd", "Cyprus"),
 ("Teranga Peche is a trawler firm. Last week the country's anti-corruption office, OFNAC, opened an investigation into the company.", "regulatory_action", "OFNAC", "Teranga Peche"),
 ("Hoxhaj, who until 2021 was deputy chairman of the ruling Socialist Party, did not respond to questions.", "member_of", "Hoxhaj", "Socialist Party"),
 ("The appointment drew an attack from Senator Mirta Ocampo of the opposition Authentic Radical Liberal Party (PLRA).", "member_of", "Mirta Ocampo", "Authentic Radical Liberal Party"),
 ("\"This is privatisation by slices,\" said Fatou Kine Mbaye, secretary general of the Syndicat National des Travailleurs des Telecommunications (SNTT).", "leads", "Fatou Kine Mbaye", "Syndicat National des Travailleurs des Telecommunications"),
 ("Volga Credit Bank lent the group money. Because the Russian bank is under European Union sanctions, its stake will sit in a frozen account.", "regulatory_action", "European Union", "Volga Credit Bank"),
 ("Srae Ambel Port is 40% owned by Zhongtai and 51% by Mekong Pearl. The Ministry of Economy and Finance holds the remaining 9%.", "owns", "Ministry of Economy and Finance", "Srae Ambel Port"),
 ("Bristlecone Bio is a start-up. Its co-founder, Nathan Greer, is expected to stay on.", "founded", "Nathan Greer", "Bristlecone Bio"),
 ("The shares came from Mekong Pearl Holdings, the family holding company of Oknha Lim Sovann, a tycoon who sits in the Senate for the ruling Cambodian People's Party.", "member_of", "Lim Sovann", "Senate"),
 ("The shares came from Mekong Pearl Holdings, whose owner is Oknha Lim Sovann. Lim, 64, founded Mekong Pearl in 1998.", "founded", "Lim Sovann", "Mekong Pearl Holdings"),
 ("Dravica Group is a retailer. Under the deal, the group's largest lender, Jadranska Banka, will hold 27% of it.", "lends_to", "Jadranska Banka", "Dravica Group"),
 ("Lindholm Pharma makes drugs. The Lindholm Foundation owns all of Lindholm Holding A/S.", "owns", "Lindholm Foundation", "Lindholm Holding A/S"),
 ("Petra Levant Bank closed its rights issue. The Central Bank of Jordan, which approved the issue in December, attached conditions.", "regulatory_action", "Central Bank of Jordan", "Petra Levant Bank"),
 ("Saigon Mekong Commercial Bank is a lender. Her husband's firm, Hoang Long Real Estate, is the bank's largest borrower.", "lends_to", "Saigon Mekong Commercial Bank", "Hoang Long Real Estate"),
 ("Tash-Komur Mining is a miner. Kyrgyzstan's prosecutor general opened a criminal case against the company.", "regulatory_action", "prosecutor general", "Tash-Komur Mining"),
 ("Tash-Komur Mining is a miner. Kyrgyzstan's prosecutor general opened a case against the company, but Kamil Ryskulov still controls it.", "controls", "Kamil Ryskulov", "Tash-Komur Mining"),
 ("BNDESPar bought into Tocantins Papel in 2009.", "acquires", "BNDESPar", "Tocantins Papel"),
 ("Altyn Dala Bank JSC is a Kazakh bank whose licence was revoked by the central bank of Kazakhstan.", "regulatory_action", "central bank", "Altyn Dala Bank JSC"),
 ("The High Court ordered Aigul Omarova to transfer the shares on request.", "regulatory_action", "High Court", "Aigul Omarova"),
 ("Australia's Treasurer directed Silver Harbour Capital to sell its shares.", "regulatory_action", "Treasurer", "Silver Harbour Capital"),
 ("The Oman Investment Authority has put $60 million into Duqm Green Hydrogen Co, taking a 20% stake in the developer.", "invests_in", "Oman Investment Authority", "Duqm Green Hydrogen Co"),
 ("The first is Ampere, Renault's electric-vehicle unit, in which Nissan has agreed to invest up to 600 million euros.", "invests_in", "Nissan", "Ampere"),
 ("Tadla Green Ammonia is a venture. Kaveri has agreed to put up $180 million in equity.", "invests_in", "Kaveri", "Tadla Green Ammonia"),
 ("Banco Agricola is a lender. The bank is wholly owned by the federal government and answers to the Ministry of Finance.", "controls", "Ministry of Finance", "Banco Agricola"),
 ("River Action accused Northline Water of taking dividends.", "criticizes", "River Action", "Northline Water"),
 ("In 2009 she joined the Swiss drugmaker Rhenvale AG.", "based_in", "Rhenvale AG", "Switzerland"),
 ("The rest belongs to Karadeniz Kablo, an Izmir-listed Turkish telecoms group.", "based_in", "Karadeniz Kablo", "Turkey"),
 ("The work is paid from a $90 million credit line that Banco do Norte extended to Amapa Petroleo in 2022.", "lends_to", "Banco do Norte", "Amapa Petroleo"),
 ("Ostrava Capital also advanced subordinated loans totalling €2 million to Brno Pay in 2021.", "lends_to", "Ostrava Capital", "Brno Pay"),
 ("Kasai Trading Ltd advanced $120 million to the state miner Gecamines in 2020.", "lends_to", "Kasai Trading Ltd", "Gecamines"),
 ("The sale repays a $90 million loan that Luapula Merchant Bank made to Kitwe Copper Mines in 2021.", "lends_to", "Luapula Merchant Bank", "Kitwe Copper Mines"),
 ("The Energy Regulatory Agency granted Prut Gaz SRL a 12% increase in its tariff.", "regulatory_action", "Energy Regulatory Agency", "Prut Gaz SRL"),
 ("Budva Docks d.o.o. is held through two Cypriot companies, Larnaca Quay Holdings Ltd and Kyrenia Trust Ltd.", "owns", "Kyrenia Trust Ltd", "Budva Docks d.o.o."),
 ("Harare Fuels has imported petrol since 2020 under a licence from the Zambezi Energy Regulatory Authority.", "regulatory_action", "Zambezi Energy Regulatory Authority", "Harare Fuels"),
 ("Mekong Rubber was granted a land concession by Cambodia's agriculture ministry in 2017.", "regulatory_action", "agriculture ministry", "Mekong Rubber"),
 ("Fergana Silk, one of Uzbekistan's largest cotton processors, is owned by Limassol Crest Ltd.", "based_in", "Fergana Silk", "Uzbekistan"),
 ("Domaine Belle Ombre is 70% owned by the founder's descendants. The remaining 30% belongs to Maison Vauclin SA.", "owns", "Maison Vauclin SA", "Domaine Belle Ombre"),
 ("The register lists Samarkand Dune Ventures FZCO as the holder of 49% of Bukhara Fintech.", "owns", "Samarkand Dune Ventures FZCO", "Bukhara Fintech"),
 ("Ofgem has opened a review of Severn Heat's licence.", "regulatory_action", "Ofgem", "Severn Heat"),
 ("Okavango Pelagic Limited fishes hake. All of the Company's issued ordinary shares are held by the Government of the Republic of Botswana.", "owns", "Government of the Republic of Botswana", "Okavango Pelagic Limited"),
 ("Muharraq Extrusions makes aluminium. Dilmun Capital bought 30% in 2021, and Hoshino Metals holds the remaining 15%.", "owns", "Hoshino Metals", "Muharraq Extrusions"),
 ("Nasser Holding owns roughly 69% of Gulf Aluminium, and Riyadh Metals about a fifth.", "owns", "Riyadh Metals", "Gulf Aluminium"),
 ("In June, Hejaz Minerals Capital agreed to pay $1.2 billion for a 51% stake in Luanshya Copper.", "acquires", "Hejaz Minerals Capital", "Luanshya Copper"),
 ("Limassol Nominees is run by Andreas Georgiou, a lawyer who sat in the House of Representatives until 2016.", "member_of", "Andreas Georgiou", "House of Representatives"),
 ("Lagoon Crest Holdings, a hotel and seaplane group from the Maldives, holds 70% of the consortium.", "based_in", "Lagoon Crest Holdings", "Maldives"),
 ("Dilmun Equity Partners, a private equity firm here in Bahrain, bought 30% of the company.", "based_in", "Dilmun Equity Partners", "Bahrain"),
 ("Dashoguz Logistics Hojalygy, based in Ashgabat, Turkmenistan, transships components from Istanbul.", "based_in", "Dashoguz Logistics Hojalygy", "Turkmenistan"),
 ("Georgia's Broadcasting Council fined Imedi Vest. Nodar Kvlividze has since called the council \"a political tool of the government\".", "criticizes", "Nodar Kvlividze", "Broadcasting Council"),
 ("Prosecutors charged Boyko Dimitrov. He described the case as \"a political order\" from the ruling GERB party.", "criticizes", "Boyko Dimitrov", "GERB"),
 ("The Comptroller General's Office said it had opened an audit of Petroandes's tender.", "regulatory_action", "Comptroller General's Office", "Petroandes"),
 ("Chile's Comptroller General, who audited Valparaiso Terminal last year, has accused the company of underpaying the state.", "regulatory_action", "Comptroller General", "Valparaiso Terminal"),
 ("Bukhara Fintech's filings list Samarkand Dune Ventures FZCO as its main shareholder.", "owns", "Samarkand Dune Ventures FZCO", "Bukhara Fintech"),
 ("Huambo Pedras Lda received a $30 million loan from Atlantico Trade Finance SA.", "lends_to", "Atlantico Trade Finance SA", "Huambo Pedras Lda"),
 ("The board turned down an offer from the American tools group Wexford Tooling.", "based_in", "Wexford Tooling", "United States"),
 ("Andes Gas lost the case. The court rejected a claim by the company's ousted Spanish parent, Iberica de Gasoductos.", "owns", "Iberica de Gasoductos", "Andes Gas"),
 ("The U.S. Treasury added Zarrin Petrochem Trading and two of its units, Golestan Shipping and Karun Tankers, to its sanctions list.", "regulatory_action", "United States Department of the Treasury", "Karun Tankers"),
 ("The U.S. Treasury added Zarrin Petrochem Trading and two of its units, Golestan Shipping and Karun Tankers, to its sanctions list.", "part_of", "Karun Tankers", "Zarrin Petrochem Trading"),
 ("Brazil's antitrust authority, CADE, cleared the purchase of Laticinios Vale do Mucuri by Fromageries Lacombe.", "regulatory_action", "CADE", "Laticinios Vale do Mucuri"),
 ("Mvuli, which runs the KopaHaraka lending app and is controlled by the Nakuru businessman Joseph Kiprotich, said it would appeal.", "controls", "Joseph Kiprotich", "Mvuli"),
 ("The European Union on Wednesday imposed sanctions on Belarusian trading house Belkalium Trade and its director, Viktar Hrynevich.", "regulatory_action", "European Union", "Viktar Hrynevich"),
 ("Pakistan's Kirthar Cement completed the purchase of a 51% stake in Thar Clinker Works from its founder, Shahid Memon.", "founded", "Shahid Memon", "Thar Clinker"),
 ("Kuwait's sovereign wealth fund has sold its entire 8.5% stake in German chemicals maker Rheinsalz to Cobalt Ridge Partners.", "acquires", "Cobalt Ridge Partners", "Rheinsalz"),
 ("Thar Clinker Works makes cement. Shahid Memon will remain Thar Clinker Works' vice chairman.", "member_of", "Shahid Memon", "Thar Clinker Works"),
 ("Rostec bought 35% of Karatau Phosphate. Oleg Mirsky, a deputy of the State Duma, criticised the purchase in a statement.", "criticizes", "Oleg Mirsky", "Rostec"),
 ("Jinsha Group, a Kunming-based company controlled by the government of Yunnan province, owns 63% of Homolje Copper.", "controls", "government of Yunnan province", "Jinsha Group"),
 ("Yildiz Insaat won contracts. It is run by Hakan Erdemir, a lawmaker from the ruling AKP, through Serpil Aydogdu, who is registered as its sole shareholder.", "owns", "Serpil Aydogdu", "Yildiz Insaat"),
 ("Peru's environmental enforcement agency, OEFA, fined Minera Huallaga Andina 3.2 million soles. Rosa Quispe-Valdivia, the miner's general manager, called the fine politically motivated.", "criticizes", "Rosa Quispe-Valdivia", "OEFA"),
 ("The European Commission approved Bulgaria's plan to put 180 million leva into Rila Hydro Storage.", "invests_in", "Bulgaria", "Rila Hydro Storage"),
 ("Kilele Mobility, whose co-founder, Wanjiru Kamau-Otieno, sits on the board of Tana Basin Power Corporation, runs an app.", "member_of", "Wanjiru Kamau-Otieno", "Tana Basin Power Corporation"),
 ("The ministry approved the takeover by Beogradski Mlin, a flour miller whose owner, Zoran Pantelic, sits on the party's main board.", "owns", "Zoran Pantelic", "Beogradski Mlin"),
 ("Mexico's Financial Intelligence Unit on Monday froze the bank accounts of Transportes Sierra Tarahumara.", "regulatory_action", "Financial Intelligence Unit", "Transportes Sierra Tarahumara"),
 ("Jalal-Abad Coal, which Kyrgyzstan's economy ministry stripped of two mining licences in April, denies any wrongdoing.", "regulatory_action", "economy ministry", "Jalal-Abad Coal"),
 ("Djurdjura Ciment, whose managing director, Karim Benhaddou, is the brother of a general, borrowed 9 billion dinars.", "leads", "Karim Benhaddou", "Djurdjura Ciment"),
 ("Yildiz Insaat appears to be controlled by Hakan Erdemir through his wife's cousin, Serpil Aydogdu, who is registered as its sole shareholder.", "owns", "Serpil Aydogdu", "Yildiz Insaat"),
 ("The Ministry of Development, to which BNDES is subordinate, denied the report.", "controls", "Ministry of Development", "BNDES"),
 ("Steppe Meridian Ltd is a holding company. Its sole director is Lefkara Fiduciary Services Ltd, a Cypriot corporate services provider.", "member_of", "Lefkara Fiduciary Services Ltd", "Steppe Meridian Ltd"),
 ("Wisla Energia S.A. is listed. Ms Anna Wroblewska had chaired the Supervisory Board since 2021.", "leads", "Anna Wroblewska", "Wisla Energia S.A."),
 ("Wisla Energia S.A. is listed. \"We are pleased,\" said Marek Olszewski, President of the Management Board.", "leads", "Marek Olszewski", "Wisla Energia S.A."),
 ("Lac Hong Industrial Group is a state group. Two subsidiaries, Lac Hong Trading Company and Lac Hong Logistics Company, will be merged.", "owns", "Lac Hong Industrial Group", "Lac Hong Logistics Company"),
 ("Lac Hong Industrial Group is a state group. The Lac Hong Institute of Metallurgy, a unit under the group, will be transferred.", "part_of", "Lac Hong Institute of Metallurgy", "Lac Hong Industrial Group"),
 ("Dravica Retail is a chain. Croatia's government placed the retailer under extraordinary administration in February.", "regulatory_action", "Croatian government", "Dravica Retail"),
 ("Nioman is a potash exporter. It is owned outright by the Belarusian state, which holds its shares through the State Property Committee.", "part_of", "State Property Committee", "Belarusian government"),
 ("Brannstrom Flow Systems AB named a new boss on Tuesday. \"Karin has built a division,\" chairman Magnus Ostberg said.", "leads", "Magnus Ostberg", "Brannstrom Flow Systems AB"),
 ("Sabi Star is a refiner. OFAC designated the refiner together with its chairman, Tendai Mapfumo, and Tamarind Metals DMCC, a bullion trader.", "regulatory_action", "Office of Foreign Assets Control", "Tamarind Metals DMCC"),
 ("Jadran Azur Gradnja d.o.o. won a lease. Montenegro's Central Register of Business Entities lists Lefkara Crest Holdings Ltd, a company registered in Cyprus, as its sole shareholder.", "owns", "Lefkara Crest Holdings Ltd", "Jadran Azur Gradnja d.o.o."),
 ("Corvane Textiles is a mill. The Varga family owns two thirds of the company through a holding firm, Varga Beteiligungen; the rest trades freely.", "owns", "Varga Beteiligungen", "Corvane Textiles"),
 ("Talmo Port is 70% owned by the engineering firm Kessel Bau S.A.; the other 30% was bought in 2018 by Nordfund, the state investment arm.", "owns", "Nordfund", "Talmo Port"),
 ("Borvik Group is a trucking firm. Ivo Holding owns 81% of the group, and two cousins hold a third of the holding each. The remaining 19% was bought in 2019 by Kessel Capital.", "owns", "Kessel Capital", "Borvik Group"),
 ("Borvik Group is a trucking firm. Ivo Holding owns 81% of the group, and two cousins hold a third of the holding each. The remaining 19% was bought in 2019 by Kessel Capital.", "acquires", "Kessel Capital", "Borvik Group"),
 ("Talmo Port is owned as to 52% by Mr. Ivo Rask and as to 24% each by his sisters, Ms. Lena Rask and Ms. Mira Rask.", "owns", "Mira Rask", "Talmo Port"),
 ("Borvik Group is a trucking firm. Saida Mlouka and her two children, Karim Mlouka and Leila Mlouka, hold a third of the group each.", "owns", "Leila Mlouka", "Borvik Group"),
 ("Nearly a third of the copper sold by Khuiten Copper JSC, a state-controlled miner in Mongolia's South Gobi province, went to a smelter.", "based_in", "Khuiten Copper JSC", "Mongolia"),
 ("Brondum Components A/S has agreed to buy Wittenburg GmbH, a bronze foundry in Wismar, in northern Germany, for EUR 62 million.", "based_in", "Wittenburg GmbH", "Germany"),
 ("The Office of Foreign Assets Control is designating Minsk Tool Trade LLC. Ivan Petrou, its director, who until 2022 headed the machine-building department of the Ministry of Industry, is also being designated today.", "regulatory_action", "Office of Foreign Assets Control", "Ivan Petrou"),
 ("Halcyon Reef holds 29% of Mont Desir Sugar and the State Investment Corporation 15%. In April, Halcyon Reef offered to buy the State Investment Corporation's stake.", "acquires", "Halcyon Reef", "Mont Desir Sugar"),
 ("Mondego Logistica holds 51% of Lurio Gas. Petrogas could seek to buy out Mondego Logistica if the dispute drags on.", "acquires", "Petrogas", "Lurio Gas"),
 ("Mahananda Power Ventures has written to the Ministry that it intends to buy the remaining 70 percent of Kanchenjunga Hydropower's shares.", "acquires", "Mahananda Power Ventures", "Kanchenjunga Hydropower"),
 ("Sairme Freight will buy the terminal. Sairme Freight plans to finance part of the purchase with a loan of 40 million lari from Enguri Commercial Bank.", "lends_to", "Enguri Commercial Bank", "Sairme Freight"),
 ("Otavio Barreto is a senator. His family controls Pantanal Agro.", "controls", "Barreto family", "Pantanal Agro"),
 ("The Offeror is wholly owned by Fjellvang Maritime Partners AS, a tanker owner based in Bergen, Norway, which was founded in 1979 by Arnfinn Fjellvang and is controlled by his family.", "controls", "Fjellvang family", "Fjellvang Maritime Partners AS"),
 ("The ultimate controlling party of Khobi Hydropower JSC is Mr Tamaz Gvenetadze, who owns Kolkheti Power Holdings B.V.", "controls", "Tamaz Gvenetadze", "Khobi Hydropower JSC"),
 ("In June 2024 FGIS subscribed XAF 8.5 billion of new shares in Franceville Logistique SA.", "invests_in", "FGIS", "Franceville Logistique SA"),
 ("Inhambane Gas Company SA is 51% owned by the Mozambican State, represented by the Ministry of Economy and Finance.", "owns", "Mozambican government", "Inhambane Gas Company SA"),
 ("Kolkheti Power Holdings B.V. holds 88% of Khobi Hydropower JSC, with the remaining 12% held by the State of Georgia through the National Agency of State Property.", "owns", "Georgia", "Khobi Hydropower JSC"),
 ("Witness: Chen Haoran, Managing Director, Redcar Alloys Ltd, and Vice-President, Jinhe Metals Group Co., Ltd. (China).", "leads", "Chen Haoran", "Redcar Alloys Ltd"),
 ("Witness: Chen Haoran, Managing Director, Redcar Alloys Ltd, and Vice-President, Jinhe Metals Group Co., Ltd. (China).", "employed_by", "Chen Haoran", "Jinhe Metals Group Co., Ltd."),
 ("Shares are held by Nordfund Capital (Norway) and Talmo Invest (Sweden).", "based_in", "Talmo Invest", "Sweden"),
 ("Kwarra Cement Plc makes cement. Mr. Emeka Nwankwo, the Managing Director, holds 0.4% directly.", "owns", "Emeka Nwankwo", "Kwarra Cement Plc"),
 ("As at 30 September 2025 the shareholders holding 5% or more of Kwarra Cement were the Kwara Pension Fund, with 58.4%, Hubei Dongshan Materials Co., Ltd., with 12.0%, and Ebute Crest Holdings Limited, with 9.6%.", "owns", "Ebute Crest Holdings Limited", "Kwarra Cement"),
 ("Kwarra Cement Plc is listing. The Securities and Exchange Commission approved the registration of the Offer Shares on 28 October.", "regulatory_action", "Securities and Exchange Commission", "Kwarra Cement Plc"),
 ("Mr. Vinh is also a deputy in the National Assembly, which never hurts.", "member_of", "Vinh", "National Assembly"),
 ("A member of New Democracy since 1974, Evangelos Marathiotis served in parliament.", "member_of", "Evangelos Marathiotis", "New Democracy"),
 ("Codelco will contribute US$240 million in cash to the joint venture Litio Pica SpA over five years.", "invests_in", "Codelco", "Litio Pica SpA"),
 ("Lindholm Capital already owns 9.9% of Bristlecone Labs, having invested $45 million in a funding round in 2022.", "invests_in", "Lindholm Capital", "Bristlecone Labs"),
 ("Brondum Propeller was founded in 1951 by the marine engineer Aksel Brondum, and it is still controlled by his descendants.", "controls", "Brondum family", "Brondum Propeller"),
 ("The Department of State is adding the tour operator Ensenada Viajes S.A. to the Cuba Restricted List because it is a subsidiary of Corporacion Mirador S.A.", "owns", "Corporacion Mirador S.A.", "Ensenada Viajes S.A."),
 ("The Department of State is adding the tour operator Ensenada Viajes S.A. to the Cuba Restricted List. Its general manager, Ernesto Villaverde Quintana, is a retired colonel.", "leads", "Ernesto Villaverde Quintana", "Ensenada Viajes S.A."),
 ("Faris Tarawneh, a former minister, also sits on the board of the Jordan Investment Fund, the state investment arm that is Wadi Phosphate Company's largest shareholder with 42%.", "owns", "Jordan Investment Fund", "Wadi Phosphate Company"),
 ("Talmo Port sells power to Andel. In May the Comptroller General of the Republic opened an audit of Andel's purchases from private generators.", "regulatory_action", "Comptroller General of the Republic", "Andel"),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _forms(entity) -> str:
    return " | ".join([entity.name, *entity.aliases]).lower()


def _pairs(extractor, text: str, claim_type: str) -> set[tuple[str, str]]:
    """(subject name, object name) of every claim of one type in a text."""
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    return {(names[c.subject], names[c.object]) for c in extraction.claims if c.type == claim_type}


@pytest.mark.parametrize("text, claim_type, subject, obj, certainty", SENTENCES, ids=[s[0][:60] for s in SENTENCES])
def test_a_sentence_states_a_claim(extractor, text, claim_type, subject, obj, certainty):
    extraction = extractor.extract(Document(id="t", text=text))
    entities = {e.id: e for e in extraction.entities}
    found = [
        c for c in extraction.claims
        if c.type == claim_type and subject.lower() in _forms(entities[c.subject]) and obj.lower() in _forms(entities[c.object])
    ]
    assert found, f"no {claim_type}({subject}, {obj}) in {[(c.type, entities[c.subject].name, entities[c.object].name) for c in extraction.claims]}"
    assert found[0].certainty == certainty
    for start, end in found[0].evidence:
        assert text[start:end].strip() == text[start:end] and text[start:end]


def test_the_weakest_cue_wins_and_keeps_the_source(extractor):
    text = "People familiar with the matter said Norvik Holdings may sell Baltic Ferries to the Russian state."
    claim = extractor.extract(Document(id="t", text=text)).claims[0]
    assert claim.certainty == "hedged"
    assert claim.attribution.source == "People familiar with the matter"


def test_a_claim_in_two_sentences_takes_the_more_certain_and_both_spans(extractor):
    text = "Norvik Holdings may own Baltic Ferries. Norvik Holdings owns Baltic Ferries."
    [claim] = [c for c in extractor.extract(Document(id="t", text=text)).claims if c.type == "owns"]
    assert claim.certainty == "asserted"
    assert [text[a:b] for a, b in claim.evidence] == ["Norvik Holdings may own Baltic Ferries.", "Norvik Holdings owns Baltic Ferries."]


def test_qualifiers_are_read_from_the_clause(extractor):
    text = "The European Commission fined Norvik Holdings €500m in 2021."
    [claim] = extractor.extract(Document(id="t", text=text)).claims
    assert claim.qualifiers.action == "fined"
    assert (claim.qualifiers.amount.value, claim.qualifiers.amount.currency) == (500_000_000, "EUR")
    assert claim.qualifiers.date == "2021"


def test_a_partner_is_neither_the_company_nor_owned_by_it(extractor):
    text = "Kestrel Bank walked away from the Fjordtel deal. The Danish lender said its Norwegian partner had not met the conditions."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert ("owns", "Kestrel Bank", "Fjordtel") not in {(c.type, names[c.subject], names[c.object]) for c in extraction.claims}
    assert ("based_in", "Kestrel Bank", "Norway") not in {(c.type, names[c.subject], names[c.object]) for c in extraction.claims}


def test_he_is_not_the_wife_named_before_him(extractor):
    text = "Karl Brenner chairs Fjordtel. His wife, Anna Brenner, owns Kvist Capital. He resigned from the board of Kvist Capital in 2018."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    claims = {(c.type, names[c.subject], names[c.object]) for c in extraction.claims}
    assert ("member_of", "Anna Brenner", "Kvist Capital") not in claims
    assert ("employed_by", "Karl Brenner", "Kvist Capital") not in claims  # a board seat is no job


def test_a_spokeswoman_speaks_for_her_company(extractor):
    text = "Karl Brenner left Fjordtel in 2016, a spokeswoman for the company said."
    extraction = extractor.extract(Document(id="t", text=text))
    [claim] = extraction.claims
    assert claim.certainty == "reported"
    assert claim.attribution.source == next(e.id for e in extraction.entities if e.name == "Fjordtel")


def test_this_newspaper_is_the_writers_paper(extractor):
    text = "Kvist Capital owns Fjordtel. A former executive told this newspaper that Kvist Capital had lent money to Fjordtel."
    extraction = extractor.extract(Document(id="t", text=text))
    assert all("this newspaper" not in text[a:b] for e in extraction.entities for a, b in e.mentions)


def test_a_share_of_a_market_is_no_stake_and_a_regulator_no_buyer(extractor):
    text = "The Competition Authority prohibited the planned takeover of Fjordtel by Kvist Capital, saying the combined company would have controlled more than 40% of the market."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    claims = {(c.type, names[c.subject], names[c.object]) for c in extraction.claims}
    assert not any(c[0] in {"owns", "controls"} for c in claims)
    assert ("acquires", "Competition Authority", "Fjordtel") not in claims


def test_only_people_sit_on_a_party_s_council(extractor):
    text = "Nistru Media runs a channel. Banca Prutului, whose chairman, Sergiu Rotaru, sits on Patria Noua's political council, lent it money."
    assert not [pair for pair in _pairs(extractor, text, "member_of") if pair[0] == "Banca Prutului"]


def test_he_was_appointed_ceo_of_the_firm_he_was_just_said_to_head(extractor):
    text = ("Gazprom lost its European customers. Gazprom's chairman is Viktor Zubkov. Gazprom reported a loss. "
            "Anders Opedal heads Equinor. He was appointed CEO in 2020.")
    assert ("Anders Opedal", "Gazprom") not in _pairs(extractor, text, "leads")
    assert ("Anders Opedal", "Equinor") in _pairs(extractor, text, "leads")


def test_a_state_firm_of_a_place_we_cannot_place_is_no_claim_of_the_story_s_country(extractor):
    text = "Carmel Defence, owned by the State of Israel, has teamed up with Qasr Group, the Abu Dhabi state conglomerate."
    assert ("Israel", "Qasr Group") not in _pairs(extractor, text, "owns")


@pytest.mark.parametrize("text", [
    "A consortium completed its purchase of Fjordtel from Karl Brenner on Thursday.",
    "Karl Brenner said full ownership would let Fjordtel invest more in China.",
])
def test_words_between_names_that_state_no_tie(extractor, text):
    extraction = extractor.extract(Document(id="t", text=text))
    assert not [c for c in extraction.claims if c.type in {"employed_by", "invests_in"}]


def test_a_state_that_puts_a_firm_into_liquidation_says_so_in_the_action(extractor):
    text = "The Commercial Court put Halvorsen Shipping into liquidation on Monday."
    extraction = extractor.extract(Document(id="t", text=text))
    assert [c.qualifiers.action for c in extraction.claims if c.type == "regulatory_action"] == ["placed into liquidation"]
    assert not _pairs(extractor, "The Ministry of Finance put pressure on Halvorsen Shipping.", "regulatory_action")


def test_money_spent_at_a_firm_is_no_job_there(extractor):
    assert not _pairs(extractor, "Halvorsen Shipping is a ferry operator. Ingrid Mikkelsen spent $3 million at Kestrel Bank.", "employed_by")


def test_a_finance_chief_does_not_lead_the_firm(extractor):
    assert not _pairs(extractor, "Halvorsen Shipping is a ferry operator. Ingrid Mikkelsen is the finance chief of Kestrel Bank.", "leads")


def test_a_person_who_sells_a_product_does_not_operate_it(extractor):
    assert not _pairs(extractor, "Ingrid Mikkelsen sells the Seapass app in Norway.", "operates")


def test_where_a_firm_is_listed_is_not_where_it_is_based(extractor):
    assert not _pairs(extractor, "Tarn Music runs the app Kuwo and is listed in New York.", "based_in")


def test_a_president_heads_the_country_the_text_ties_him_to(extractor):
    text = "The Norwegian commission was appointed by President Karl Brenner in 1899. Swedish troops left."
    extraction = extractor.extract(Document(id="t", text=text))
    assert not [c for c in extraction.claims if c.type == "leads"]  # two countries named, neither his
    text = "Kenyan President Karl Brenner met bankers."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert ("leads", "Karl Brenner", "Kenya") in {(c.type, names[c.subject], names[c.object]) for c in extraction.claims}


def test_given_entities_keep_their_own_mentions(extractor):
    text = "Fjordtel reported a loss. The company is owned by Kvist Capital."
    given = [
        Entity("a", "Fjordtel", "company", mentions=[(0, 8)]),
        Entity("b", "Kvist Capital", "company", mentions=[(text.index("Kvist"), len(text) - 1)]),
    ]
    [extraction] = extractor.extract_given([Given(Document(id="t", text=text), given)])
    assert ("owns", "b", "a") in {(c.type, c.subject, c.object) for c in extraction.claims}
    assert [e.mentions for e in extraction.entities] == [[(0, 8)], [(text.index("Kvist"), len(text) - 1)]]


def test_a_share_in_a_firm_the_story_has_not_named_is_no_share_in_the_story_s_company(extractor):
    text = (
        "Petroverde awarded a drilling contract to Kestrel Oilfield Services. "
        "The work will be done by a consortium in which Kestrel Oilfield Services holds 70% and Andes Drilling S.A. the rest."
    )
    assert _pairs(extractor, text, "owns") == set()


def test_an_ecuadorian_public_company_s_form_ends_its_name(extractor):
    text = "Petrolitoral EP, the state oil company, awarded a contract to Kestrel Oilfield Services."
    assert "Petrolitoral EP" in {e.name for e in extractor.extract(Document(id="t", text=text)).entities}


def test_who_appoints_a_director_does_not_take_the_seat(extractor):
    text = "Marsa Holdings appointed Rana Haddad to the board of Tarek Cables, in which it holds 45%."
    assert ("Marsa Holdings", "Tarek Cables") not in _pairs(extractor, text, "member_of")


def test_an_official_of_a_firm_in_a_city_does_not_place_the_firm(extractor):
    text = "A Changyuan Group official in Vientiane denied that the group would run the plant."
    assert not _pairs(extractor, text, "based_in")


def test_which_after_a_firm_s_country_of_incorporation_is_the_firm(extractor):
    text = "Its largest shareholder is Siam Mekhala Materials Public Company Limited, a company incorporated in Thailand, which holds 58% of Lao Khoun Cement."
    assert _pairs(extractor, text, "owns") == {("Siam Mekhala Materials Public Company Limited", "Lao Khoun Cement")}


def test_a_member_list_s_bracket_gives_the_party_and_a_seat_that_is_not_the_party_s(extractor):
    text = "Members present: Megan Holloway (Labour, Chair); Owen Pritchard (Conservatives)."
    assert _pairs(extractor, text, "member_of") == {("Megan Holloway", "Labour Party"), ("Owen Pritchard", "Conservative Party")}
    assert not _pairs(extractor, text, "leads")


def test_a_bare_state_is_the_country_the_story_is_about_not_a_subsidiary_s_nationality(extractor):
    text = ("SOLWEZI, Zambia - Kabompo Copper is Zambia's newest mine. Hartwell Mining holds 80% of Kabompo Copper "
            "through a Dutch subsidiary, Hartwell Zambia Holdings B.V., while the state owns the rest.")
    owners = {owner for owner, owned in _pairs(extractor, text, "owns") if owned == "Kabompo Copper"}
    assert "Zambia" in owners and "Netherlands" not in owners


def test_a_chief_from_outside_the_family_does_not_lead_the_family(extractor):
    text = "Brondum Propeller is a family firm. The Brondum family controls it. Rasmus Overgaard, the first chief executive from outside the family, runs it."
    assert _pairs(extractor, text, "leads") == {("Rasmus Overgaard", "Brondum Propeller")}  # and "it" is no family


def test_a_dateline_s_country_is_where_the_story_was_filed_not_a_buyer(extractor):
    text = ("FREDERIKSHAVN, Denmark, Nov 20 — Brondum Propeller Components A/S, the family-owned maker of propeller hubs, "
            "has agreed to buy Giesserei Wittenburg GmbH, the company said on Thursday.")
    assert _pairs(extractor, text, "acquires") == {("Brondum Propeller Components A/S", "Giesserei Wittenburg GmbH")}


def test_a_text_without_links_gives_no_claims(extractor):
    text = "Dornbach Bräu brews lager in a small town. Its beer is sold in forty shops."
    assert extractor.extract(Document(id="t", text=text)).claims == []


@pytest.mark.parametrize("text, claim_type, subject, obj", WORDINGS, ids=[s[0][:60] for s in WORDINGS])
def test_other_wordings_state_the_same_claims(extractor, text, claim_type, subject, obj):
    extraction = extractor.extract(Document(id="t", text=text))
    entities = {e.id: e for e in extraction.entities}
    assert any(
        c.type == claim_type and subject.lower() in _forms(entities[c.subject]) and obj.lower() in _forms(entities[c.object])
        for c in extraction.claims
    ), [(c.type, entities[c.subject].name, entities[c.object].name) for c in extraction.claims]


def _given(text: str, *names_and_types: tuple[str, str]) -> list[Entity]:
    """Given entities, each with every place its name stands in the text."""
    return [
        Entity(f"e{i}", name, kind, mentions=[(m.start(), m.end()) for m in re.finditer(re.escape(name), text)])
        for i, (name, kind) in enumerate(names_and_types)
    ]


def test_with_given_entities_an_organisation_whose_name_holds_a_listed_country_is_based_there(extractor):
    text = "The Vardari Army fought in the north. Vardaria was then a kingdom."
    given = _given(text, ("Vardari Army", "organization"), ("Vardaria", "country"))
    with_polish = "Kasia Nowak sang for Polish Radio Two. She was born in Poland."
    given_polish = _given(with_polish, ("Kasia Nowak", "person"), ("Polish Radio Two", "organization"), ("Poland", "country"))
    [_, extraction] = extractor.extract_given([Given(Document(id="t", text=text), given), Given(Document(id="p", text=with_polish), given_polish)])
    assert ("based_in", "e1", "e2") in {(c.type, c.subject, c.object) for c in extraction.claims}


def test_without_given_entities_a_country_in_a_name_is_background_not_a_claim(extractor):
    text = "Polish Radio Two hired Kasia Nowak, who was born in Poland."
    assert _pairs(extractor, text, "based_in") == set()


def test_with_given_entities_a_claim_about_a_country_holds_for_each_listed_name_of_it(extractor):
    text = "Kvarnhall is a Swedish orchestra that plays in Sweden's capital."
    given = _given(text, ("Kvarnhall", "organization"), ("Swedish", "country"), ("Sweden", "country"))
    [extraction] = extractor.extract_given([Given(Document(id="t", text=text), given)])
    claims = {(c.type, c.subject, c.object) for c in extraction.claims}
    assert {("based_in", "e0", "e1"), ("based_in", "e0", "e2")} <= claims


def test_no_part_in_running_a_firm_denies_control(extractor):
    for text in (
        "Norvik Capital says it exercises no control over Qaratel's management.",
        "Dharmasena Group said it would play no part in running Lanka Air.",
    ):
        extraction = extractor.extract(Document(id="t", text=text))
        assert [c.certainty for c in extraction.claims if c.type == "controls"] == ["negated"], text


def test_state_owned_inside_a_body_s_name_says_nothing_of_its_owner(extractor):
    text = "The deal was approved by China's State-owned Assets Supervision and Administration Commission."
    assert _pairs(extractor, text, "owns") == set()


def test_people_designated_in_a_country_are_no_act_on_the_country(extractor):
    text = "The Office of Foreign Assets Control designated three entities and five individuals in Belarus and Turkmenistan who procure parts."
    assert _pairs(extractor, text, "regulatory_action") == set()


def test_a_filing_s_capitalised_shares_and_headings_are_no_names(extractor):
    text = "SHAREHOLDERS\n\nUpon completion of the Offer, Bourshaid Holding will hold 70% of the Shares of Failaka Logistics."
    names = {e.name for e in extractor.extract(Document(id="t", text=text)).entities}
    assert not names & {"SHAREHOLDERS", "Shares", "Offer"}


def test_a_stake_weighed_or_considered_is_a_planned_purchase_not_a_holding(extractor):
    for text in ("Kawada Motor weighs stake in sensor maker Hoshino Precision", "Norvik Capital is considering a stake in Kestrel Bank."):
        extraction = extractor.extract(Document(id="t", text=text))
        assert [(c.type, c.qualifiers.status) for c in extraction.claims if c.type in {"owns", "acquires"}] == [("acquires", "planned")], text


def test_a_post_given_up_was_held_and_a_post_taken_is_held(extractor):
    left = extractor.extract(Document(id="t", text="Kemal Erturk gave up the chairmanship of Norvik Holdings last year."))
    assert [(c.type, c.qualifiers.status) for c in left.claims] == [("leads", "former")]
    assert ("Kemal Erturk", "Norvik Holdings") in _pairs(extractor, "Kemal Erturk assumed the chairmanship of Norvik Holdings in 2019.", "leads")


def test_who_an_appointee_replaces_held_the_seat(extractor):
    text = "Dilmun Holdings appointed Hessa Al-Mahmood to the board of Gulf Aluminium Rolling, replacing Yusuf Janahi, who stepped down."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    seats = {(names[c.subject], c.qualifiers.status) for c in extraction.claims if c.type == "member_of" and names[c.object] == "Gulf Aluminium Rolling"}
    assert seats == {("Hessa Al-Mahmood", None), ("Yusuf Janahi", "former")}


def test_a_bid_in_a_tender_is_for_work_not_for_a_firm(extractor):
    text = "Norvik Grid is selling a stake in its unit. For the cable contract, Kestrel Montage has also bid."
    assert ("Kestrel Montage", "Norvik Grid") not in _pairs(extractor, text, "acquires")


def test_an_approved_appointment_gives_the_post_and_acts_on_the_firm_not_the_person(extractor):
    text = "The National Executive Council has approved the appointment of Ms Lucy Wanpis as Chairperson of Sepik Coastal Power Limited."
    assert ("Lucy Wanpis", "Sepik Coastal Power Limited") in _pairs(extractor, text, "leads")
    assert _pairs(extractor, text, "regulatory_action") == {("National Executive Council", "Sepik Coastal Power Limited")}


def test_a_country_only_named_inside_a_body_s_name_is_no_claim_but_an_abbreviated_one_is(extractor):
    assert _pairs(extractor, "The Oman Investment Authority sold its stake in Batinah Aquaculture.", "part_of") == set()
    assert ("United States Department of the Treasury", "United States") in _pairs(extractor, "The US Treasury designated Caribe Andino Trading on Monday.", "part_of")


def test_who_puts_someone_on_a_board_takes_no_seat_there(extractor):
    assert ("Kestrel Holdings", "Vjosa Bank") not in _pairs(extractor, "Kestrel Holdings put Ardian Kaloshi on the supervisory board of Vjosa Bank in 2021.", "member_of")


def test_taking_an_interest_in_a_firm_is_no_holding(extractor):
    assert _pairs(extractor, "Norvik Capital took an interest in Nemiga Trade.", "owns") == set()


def test_a_state_secretary_works_at_the_ministry_rather_than_leading_it(extractor):
    text = "Mihai Dobre, a state secretary at the Ministry of Energy, chairs the supervisory board."
    assert ("Mihai Dobre", "Ministry of Energy") in _pairs(extractor, text, "employed_by")
    assert ("Mihai Dobre", "Ministry of Energy") not in _pairs(extractor, text, "leads")


def test_shares_listed_respectively_are_of_the_firm_named_after_the_last(extractor):
    text = "The Kestrel Investment Authority and Norvik Capital hold 8.0% and 6.5% of Sabhan Freight respectively."
    assert _pairs(extractor, text, "owns") == {("Kestrel Investment Authority", "Sabhan Freight"), ("Norvik Capital", "Sabhan Freight")}


def test_a_holder_named_in_contrast_is_no_second_holder(extractor):
    text = "Balkan Polymers is controlled by Lebap Holding rather than by its registered owner, Obaid Al-Shamsi."
    assert ("Obaid Al-Shamsi", "Balkan Polymers") not in _pairs(extractor, text, "controls")


def test_a_product_named_with_its_firm_as_owner_is_run_by_the_firm(extractor):
    text = "The genre found new life with Kestrel Games's 1986 Starfall, which had many imitators."
    given = _given(text, ("Kestrel Games", "organization"), ("Starfall", "misc"))
    [extraction] = extractor.extract_given([Given(Document(id="t", text=text), given)])
    assert ("operates", "e0", "e1") in {(c.type, c.subject, c.object) for c in extraction.claims}


def test_an_organisation_in_a_city_and_its_country_is_based_in_the_country(extractor):
    text = "The Lindqvist Institute of Design in Tampere, Finland, trains furniture makers."
    assert ("Lindqvist Institute of Design", "Finland") in _pairs(extractor, text, "based_in")


def test_with_given_entities_a_country_adjective_finds_the_given_country(extractor):
    text = "Load is an album by the American heavy metal band Metallica, released in the United States."
    given = [
        Entity("e0", "Metallica", "organization", mentions=[[text.index("Metallica"), text.index("Metallica") + 9]]),
        Entity("e1", "the United States", "country", mentions=[[text.index("the United States"), text.index("the United States") + 17]]),
    ]
    [extraction] = extractor.extract_given([Given(Document(id="t", text=text), given)])
    assert ("based_in", "e0", "e1") in {(c.type, c.subject, c.object) for c in extraction.claims}


def test_a_country_inside_a_body_s_name_alone_makes_no_claim(extractor):
    """ "the People's Bank of China" in a story that never names China: China is part of a name there."""
    extraction = extractor.extract(Document(id="t", text="The People's Bank of China cut its lending rate on Monday."))
    assert not [c for c in extraction.claims if c.type == "part_of"]


def test_a_company_s_own_unnamed_unit_is_no_other_company(extractor):
    """ "Gazprom will not win back its European business": not a unit named elsewhere in the story."""
    text = "Equinor has taken Gazprom's place in Europe. Gazprom will not win back its European business soon."
    extraction = extractor.extract(Document(id="t", text=text))
    assert not [c for c in extraction.claims if c.type == "part_of"]


def test_a_description_is_not_a_name_introduced_by_its_organisation(extractor):
    """ "the owners of X are A and B": owners, not staff of X."""
    text = "The real owners of Brisa Trading are Rodrigo Salvatierra and Mónica Ibarra."
    extraction = extractor.extract(Document(id="t", text=text))
    assert {c.type for c in extraction.claims} == {"owns"}


def test_the_company_of_one_item_of_a_digest_is_not_a_company_of_the_item_before(extractor):
    text = (
        "Markets brief\n\n"
        "OSLO - Kvist Capital bought 10% of Fjordtel. Kvist Capital said Fjordtel had a strong year. Fjordtel agreed.\n\n"
        "SEOUL - Anna Park stepped down as chief executive of Hanseo Chemical. Lee Min-ho will run the company until a successor is named."
    )
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    led = {names[c.object] for c in extraction.claims if c.type == "leads" and names[c.subject] == "Lee Min-ho"}
    assert led <= {"Hanseo Chemical"}


def test_the_seller_owned_what_was_sold(extractor):
    """ "bought X from Y": Y owned X, until the sale where it is done; Y is not what was bought."""
    text = "A consortium completed its purchase of Newcastle United from Mike Ashley on Thursday. Araguaia agreed to buy all of Sertaneja from Redwater Capital."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    owned = {(names[c.subject], names[c.object], c.qualifiers.status) for c in extraction.claims if c.type == "owns"}
    assert owned == {("Mike Ashley", "Newcastle United", "former"), ("Redwater Capital", "Sertaneja", None)}
    assert not [c for c in extraction.claims if c.type == "acquires" and names[c.object] == "Redwater Capital"]


def test_the_one_appointed_holds_the_post_not_the_next_clause_s_subject(extractor):
    text = "Emre Aksoylu was appointed chairman of Aksoylu Holding in 2019; his sister Zeynep sits on its board."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    claims = {(c.type, names[c.subject], names[c.object]) for c in extraction.claims}
    assert ("leads", "Emre Aksoylu", "Aksoylu Holding") in claims
    assert ("member_of", "Zeynep", "Aksoylu Holding") in claims
    assert ("leads", "Zeynep", "Aksoylu Holding") not in claims


def test_writing_to_a_board_is_no_seat_on_it(extractor):
    text = "Greyhawk Capital wrote to the board of Aldermeer in June. Anna Lind was appointed to the board of Fjordtel."
    assert _pairs(extractor, text, "member_of") == {("Anna Lind", "Fjordtel")}


def test_he_stays_the_founder_the_last_sentences_spoke_of(extractor):
    """A pronoun that was a sentence's subject keeps its person for the next "he", over a son named in passing."""
    text = (
        "Aurelio Villamizar, who built Cementos del Magdalena into a large cement maker, died on Saturday. "
        "He ran it for four decades, until he handed the post to his son Ernesto. "
        "In the 1970s he served a term in the Senate for the Liberal Party of Colombia."
    )
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    members = {names[c.subject] for c in extraction.claims if c.type == "member_of"}
    assert members == {"Aurelio Villamizar"}


def test_heading_a_team_inside_an_organisation_is_working_there(extractor):
    text = "Khalid Al-Sulaiti, who heads QIA's European private equity team, said the club was a long-term asset."
    extraction = extractor.extract(Document(id="t", text=text))
    assert not [c for c in extraction.claims if c.type == "leads"]


def test_a_literal_source_stops_before_its_aside(extractor):
    text = "The documents, drawn from the registry of an offshore centre, show that Qamar Sands is wholly owned by Bluefin Meridian Ltd."
    [claim] = [c for c in extractor.extract(Document(id="t", text=text)).claims if c.type == "owns"]
    assert (claim.certainty, claim.attribution.source) == ("reported", "The documents")


def test_the_government_of_a_story_filed_from_a_capital_is_that_country_s(extractor):
    text = "BELGRADE — The government has agreed to sell its stake in Homolje Copper to Jinsha Metals."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    sellers = {names[c.subject] for c in extraction.claims if c.type == "owns"}
    assert any("Serbia" in name for name in sellers), sellers


def test_where_a_paper_was_filed_is_not_who_wrote_it(extractor):
    text = "LetterOne still holds a sizeable stake in Turkcell, according to a filing with Borsa Istanbul."
    [claim] = [c for c in extractor.extract(Document(id="t", text=text)).claims if c.type == "owns"]
    assert claim.attribution.source == "a filing with Borsa Istanbul"


def test_he_replaces_y_in_the_post_just_told(extractor):
    text = "Kang Min-jae was named chief executive of Podo Commerce. He replaces Choi Eun-ho, who stepped down after four years in the job."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    leads = {(names[c.subject], names[c.object], c.qualifiers.status) for c in extraction.claims if c.type == "leads"}
    assert leads == {("Kang Min-jae", "Podo Commerce", None), ("Choi Eun-ho", "Podo Commerce", "former")}


def test_calling_a_decision_names_scorn_for_who_made_it(extractor):
    text = "Ofcom revoked the licence of Baltic Ferries. The ferry line's chairman, Karl Brenner, called the decision political theatre."
    assert ("Karl Brenner", "Ofcom") in _pairs(extractor, text, "criticizes")
    praise = "The regulator fined Vexa Telecom. Vexa Telecom called the approval a milestone."
    assert not [c for c in extractor.extract(Document(id="t", text=praise)).claims if c.type == "criticizes"]


def test_paying_for_services_buys_no_company(extractor):
    text = "Vexa Telecom paid 5 million dollars for consulting services from Norvik Advisory."
    assert not [c for c in extractor.extract(Document(id="t", text=text)).claims if c.type == "acquires"]


def test_a_state_s_own_agency_is_part_of_it_not_owned(extractor):
    text = "Carmel reports to Israel's Government Companies Authority."
    extraction = extractor.extract(Document(id="t", text=text))
    assert not [c for c in extraction.claims if c.type == "owns"]


def test_a_deputy_of_a_post_works_there_but_does_not_lead(extractor):
    text = "Zakhyst's director general, Andriy Moroz, said the concern had named its deputy director general, Oksana Hrytsenko, to the board."
    assert ("Oksana Hrytsenko", "Zakhyst") in _pairs(extractor, text, "employed_by")
    assert ("Oksana Hrytsenko", "Zakhyst") not in _pairs(extractor, text, "leads")


@pytest.mark.parametrize("text, source", [
    ("Norvik Holdings owns 30% of Baltic Ferries, as reported by Reuters.", "Reuters"),
    ("Karl Brenner controls Baltic Ferries, the Financial Times reported on Monday.", "Financial Times"),
    ("Karl Brenner controls Baltic Ferries, an official of the Finance Ministry said.", "Finance Ministry"),
    ("Karl Brenner controls Baltic Ferries, sources close to the company told Reuters.", "sources close to the company"),
])
def test_sources_told_after_the_claim(extractor, text, source):
    """A closing source however the parser hung it; unnamed people cited are the phrase, not a firm inside it."""
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    [claim] = [c for c in extraction.claims if c.type in {"owns", "controls"}]
    assert claim.certainty == "reported"
    assert names.get(claim.attribution.source, claim.attribution.source) == source


@pytest.mark.parametrize("text, status, action", [
    ("The Commerce Commission has granted clearance for Kahu Timber Limited to acquire Totara Yards Limited.", "planned", "approved"),
    ("The Commerce Commission has declined to give clearance for Kahu Timber Limited to acquire Totara Yards Limited.", "blocked", "blocked"),
])
def test_a_clearance_for_a_purchase_is_an_act_on_the_buyer_and_the_purchase_not_yet_done(extractor, text, status, action):
    extraction = extractor.extract(Document(id="t", text=text))
    by_type = {c.type: c for c in extraction.claims}
    assert by_type["acquires"].qualifiers.status == status
    assert by_type["regulatory_action"].qualifiers.action == action


def test_a_gapped_holder_is_not_what_the_first_holder_owns(extractor):
    text = "Rangitoto Solar is a developer. Its founder, Daniel Marsden-Pohe, holds 70% of the developer and the New Zealand Superannuation Fund 20%."
    assert ("Daniel Marsden-Pohe", "New Zealand Superannuation Fund") not in _pairs(extractor, text, "owns")


def test_joining_a_firm_as_its_head_of_product_works_there_not_at_the_old_firm(extractor):
    text = "Bright Pebble Studio makes games. Its founder, Jonah Reyes, will join Pelliot as head of product."
    pairs = _pairs(extractor, text, "employed_by")
    assert ("Jonah Reyes", "Pelliot") in pairs and ("Jonah Reyes", "Bright Pebble Studio") not in pairs


def test_the_reason_a_state_gives_for_its_act_is_no_second_claim(extractor):
    text = "The United States on Thursday imposed sanctions on Sabi Star Refinery, a gold refiner, accusing it of helping to move gold to Dubai."
    assert not _pairs(extractor, text, "criticizes")
    assert ("United States", "Sabi Star Refinery") in _pairs(extractor, text, "regulatory_action")


def test_more_than_half_of_the_votes_is_control_and_less_is_only_a_holding(extractor):
    controlling = (
        "Brekke Familieholding AS holds 28% of Tindra Foods' share capital and, through its A shares, 74% of the votes.",
        "Orrin Capital holds 12% of the shares of Tallis Group but 55% of the votes.",
    )
    for text in controlling:
        assert len(_pairs(extractor, text, "controls")) == 1 and len(_pairs(extractor, text, "owns")) == 1, text
    text = "Orrin Capital holds 30% of the votes in Tallis Group."
    assert _pairs(extractor, text, "owns") == {("Orrin Capital", "Tallis Group")}
    assert not _pairs(extractor, text, "controls")


def test_a_description_of_a_gapped_holder_holds_nothing(extractor):
    text = "Lisan Potash holds 20% of Mujib Fertilizers, and the Social Security Investment Fund, the investment arm of Jordan's pension system, 15%."
    assert "Jordan" not in {owner for owner, _ in _pairs(extractor, text, "owns")}


def test_a_state_owned_firm_belongs_to_the_one_country_its_sentence_names(extractor):
    text = ("SINGAPORE — Serangoon Strait Shipping is listed in Singapore. It owns 49% of Haiphong Bight Tankers, a Vietnamese "
            "joint venture in which the state-owned Vietnam Maritime Corporation holds the remaining 51%.")
    owners = {owner for owner, owned in _pairs(extractor, text, "owns") if owned == "Vietnam Maritime Corporation"}
    assert "Singapore" not in owners and "Vietnam" in owners


def test_the_state_that_owns_a_firm_is_the_state_it_was_said_to_belong_to(extractor):
    text = ("ASHGABAT, March 3 — Gundogar Gas Trading, Turkmenistan's state gas export company, has signed an agreement with "
            "Tianshan Transgas Pipeline Co., the Chinese company that operates the pipeline. "
            "Gundogar, which is wholly owned by the state and reports to the state concern Turkmengaz, sells gas to China.")
    owners = {owner for owner, owned in _pairs(extractor, text, "owns") if owned == "Gundogar Gas Trading"}
    assert "Turkmenistan" in owners and not owners & {"China", "Chinese government"}
