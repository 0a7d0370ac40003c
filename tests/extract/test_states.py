"""What a whole sentence says about states and their bodies (levers.extract.states)."""

import pytest

from levers.extract import Extractor
from levers.model import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _claims(extractor, text: str) -> set[tuple[str, str, str, str]]:
    extraction = extractor.extract(Document(id="t", text=text))
    names = {e.id: e.name for e in extraction.entities}
    return {(c.type, names[c.subject], names[c.object], c.certainty) for c in extraction.claims}


@pytest.mark.parametrize("text, claim", [
    ("Japan's Ministry of Economy approved the plan.", ("part_of", "Ministry of Economy", "Japan", "asserted")),
    ("Kenya is growing. The Communications Authority of Kenya fined Safaricom.", ("part_of", "Communications Authority of Kenya", "Kenya", "asserted")),
    ("The Kremlin-controlled Volga Bank lent Tarsk Steel $40 million.", ("controls", "Russian government", "Volga Bank", "asserted")),
    ("Heartline operates independently of Brightwave.", ("controls", "Brightwave", "Heartline", "negated")),
    ("Turkey raised rates. President Recep Tayyip Erdoğan spoke on Monday.", ("leads", "Recep Tayyip Erdoğan", "Turkey", "asserted")),
    ("Ofwat fines Thamesbridge Water £38m", ("regulatory_action", "Ofwat", "Thamesbridge Water", "asserted")),
    ("Malta-registered Sirocco Gaming Ltd runs two casinos.", ("based_in", "Sirocco Gaming Ltd", "Malta", "asserted")),
])
def test_a_sentence_ties_bodies_and_firms_to_states(extractor, text, claim):
    assert claim in _claims(extractor, text)


def test_a_digest_item_s_dateline_says_whose_parliament_it_is(extractor):
    text = ("Three items this week.\n\nATHENS – Ionian Ports was sold to a fund.\n\n"
            "LUANDA – Teresa Lumbo, a member of parliament for the MPLA, denied owning Kwanza Telecom.")
    extraction = extractor.extract(Document(id="t", text=text))
    parliament = next(e for e in extraction.entities if any(text[a:b] == "parliament" for a, b in e.mentions))
    assert "Angola" in parliament.name
