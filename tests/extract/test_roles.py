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
    ("Brasseries de la Sanaga SA said on Friday that chief executive Pierre-Olivier Mbarga had resigned.", ("leads", "Pierre-Olivier Mbarga", "Brasseries de la Sanaga SA")),
    ("Slaney Aviation was founded in 2015 by chief executive Grainne Fitzmaurice.", ("leads", "Grainne Fitzmaurice", "Slaney Aviation")),
    ("Members present: Deputies Martina Echegoyen (Frente Amplio) and Rodrigo Laborde (Partido Nacional).", ("member_of", "Martina Echegoyen", "Frente Amplio")),
    ("The chairman of Bagwis Holdings, Lucio Villaroman, said the road was safe.", ("leads", "Lucio Villaroman", "Bagwis Holdings")),
    # a transcript's turn labels: a full name in capitals is a person, and what the brackets give is where she works
    ("Bank Wolinski results call\n\nMARTA KOWALCZYK (Harbourline Securities): Two questions on the shareholders.", ("employed_by", "MARTA KOWALCZYK", "Harbourline Securities")),
    ("Bank Wolinski results call\n\nAGNIESZKA NOWAK-LIS (Chief Financial Officer): Net profit rose 11%.", ("employed_by", "AGNIESZKA NOWAK-LIS", "Bank Wolinski")),
    ("Our exposure is fully secured, DSB managing director Anita Venkataraman told reporters.", ("leads", "Anita Venkataraman", "DSB")),
    # a minister heads the ministry of the portfolio the story names; a deputy works there
    ("The Ministry of Energy owns Margalla Power. Energy Minister Tariq Malik said the utility would be sold.", ("leads", "Tariq Malik", "Ministry of Energy")),
    ("The Ministry of Energy owns Margalla Power. Its board is chaired by the energy minister, Tariq Saleem Malik.", ("leads", "Tariq Saleem Malik", "Ministry of Energy")),
    ("Answer of the Minister of Economy, Kresimir Brajkovic, of 14 October 2025. The Ministry of Economy holds 58% of Osor.", ("leads", "Kresimir Brajkovic", "Ministry of Economy")),
    ("The Ministry of Finance sold the port. Deputy Finance Minister Eleni Vrettou told reporters the deal was good.", ("employed_by", "Eleni Vrettou", "Ministry of Finance")),
])
def test_the_words_around_a_name_say_what_the_person_is(extractor, text, claim):
    assert claim in _claims(extractor, text)


@pytest.mark.parametrize("text, country", [
    ("Kowloon Pacific runs the port. President Jose Mulino of Panama said the concession belongs to the state.", "Panama"),
    ("Kowloon Pacific runs the port. President José Raúl Mulino has said only that the concession belongs to Panama.", "Panama"),
])
def test_president_before_a_name_heads_a_state_not_the_story_s_firm(extractor, text, country):
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert {(names[c.object]) for c in extraction.claims if c.type == "leads"} == {country}


def test_a_company_president_still_leads_the_firm(extractor):
    text = "Kowloon Pacific runs the port. Company President Alan Wong said it would stay."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert ("Alan Wong", "Kowloon Pacific") in {(names[c.subject], names[c.object]) for c in extraction.claims if c.type == "leads"}


def test_a_town_before_a_job_is_no_employer(extractor):
    text = "The Cypriot companies registry lists Andreas Petrides, a Limassol accountant, as Kestrel Yachts' only director."
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    assert not [c for c in extraction.claims if c.type == "employed_by" and names[c.object] == "Limassol"]


def test_a_short_form_in_brackets_is_no_employer(extractor):
    text = "The line belongs to Uruguay's Administración Nacional de Usinas y Trasmisiones Eléctricas (UTE)."
    assert not {c for c in _claims(extractor, text) if c[0] in {"employed_by", "member_of"}}


def test_an_officer_s_rank_ties_him_to_the_armed_forces_the_story_names(extractor):
    text = "The Myanmar military controls the firm. U Aung Htet Naing, a retired army colonel, sat in parliament."
    assert ("employed_by", "U Aung Htet Naing", "military") in _claims(extractor, text)
    assert not {c for c in _claims(extractor, "Maria Costa, a retired army colonel, runs the firm.") if c[0] == "employed_by"}
