"""FollowTheMoney export, checked by followthemoney itself, and the round trip back into a store.

The seed article (../shared/seeds) goes through the real extractor into a store; its
export must be entities that followthemoney loads without changing or rejecting a
value, whose references all resolve, and which import into an empty store with every
entity, claim, certainty, attribution and offset intact.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from followthemoney import model
from followthemoney.types import registry

from levers.export import export_ftm, write_ftm
from levers.export.ftm import document_entity_id
from levers.extract import Extractor
from levers.imports import import_ftm
from levers.model import Document
from levers.store import Store

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

if not SEED_FILES:
    pytest.skip(f"no seed articles under {SEEDS}", allow_module_level=True)


@pytest.fixture(scope="module")
def seeded() -> Store:
    extractor = Extractor()
    documents = [Document(path.stem, path.read_text(encoding="utf-8"), title=path.stem) for path in SEED_FILES]
    store = Store.memory()
    for extraction in extractor.extract_many(documents):
        store.add(extraction)
    assert store.counts()["claims"] > 0, "the seed article should give claims to export"
    return store


@pytest.fixture(scope="module")
def exported(seeded: Store) -> list[str]:
    out = io.StringIO()
    write_ftm(export_ftm(seeded), out)
    return out.getvalue().splitlines()


def test_every_line_is_an_ftm_entity_that_followthemoney_accepts_as_it_is(exported: list[str]) -> None:
    for line in exported:
        data = json.loads(line)
        proxy = model.get_proxy(data, cleaned=False)  # re-validates and cleans every value

        assert not proxy.schema.abstract, line
        assert proxy.to_dict()["properties"] == data["properties"], f"followthemoney changed {line}"
        proxy.schema.validate(proxy.to_dict())
        missing = [p for p in proxy.schema.required if not proxy.has(p)]
        assert not missing, f"{proxy.schema.name} lacks {missing}"


def test_every_reference_points_at_an_exported_entity(exported: list[str]) -> None:
    proxies = [model.get_proxy(json.loads(line)) for line in exported]
    ids = {p.id for p in proxies}
    assert len(ids) == len(proxies), "ids are unique"

    dangling = [
        (p.schema.name, prop.name, value)
        for p in proxies
        for prop, value in p.itervalues()
        if prop.type == registry.entity and value not in ids
    ]
    assert dangling == []


def test_nodes_claims_and_evidence_have_their_ftm_schemata(seeded: Store, exported: list[str]) -> None:
    schemata = [json.loads(line)["schema"] for line in exported]
    counts = seeded.counts()

    assert schemata.count("PlainText") == counts["documents"]
    assert schemata.count("Mention") == schemata.count("Documentation") == counts["entities"]
    interests = [s for s in schemata if model.get(s).is_a("Interest") and s != "Documentation"]
    interests += [s for s in schemata if s in ("Payment", "Debt")]
    assert len(interests) == counts["claims"]
    assert {"Person", "Organization"} <= set(schemata)


def test_claims_keep_certainty_attribution_and_evidence_where_people_look(seeded: Store, exported: list[str]) -> None:
    proxies = [model.get_proxy(json.loads(line)) for line in exported]
    by_record = {p.first("recordId"): p for p in proxies if p.id.startswith("levers-claim-")}
    stored = [c for node_id in sorted(set(seeded.entity_nodes().values())) for c in seeded.node_claims(node_id)]
    assert stored

    for claim in stored:
        proxy = by_record[f"{claim.document_id}/{claim.claim_id}"]
        (summary,) = proxy.get("summary")
        assert claim.certainty in summary
        assert all(text in summary for _, text in claim.evidence)  # the sentences themselves
        assert proxy.get("publisher") == ([claim.source] if claim.source else [])
        assert proxy.get("proof") == [document_entity_id(claim.document_id)]


def test_the_round_trip_keeps_every_entity_claim_certainty_and_offset(seeded: Store, exported: list[str]) -> None:
    empty = Store.memory()

    report = import_ftm(exported, empty)

    assert report.errors == []
    assert report.stored["added"] == seeded.counts()["documents"]
    assert empty.counts() == seeded.counts()
    for doc_id in seeded.document_ids():
        before, after = seeded.extraction(doc_id), empty.extraction(doc_id)
        assert after == before  # text, entities (ids, names, types, aliases, offsets, refs), claims
        for claim in after.claims:
            for start, end in claim.evidence:
                assert after.document.text[start:end]
    assert partition(empty) == partition(seeded)  # the same entities share a node


def partition(store: Store) -> set[frozenset[tuple[str, str]]]:
    """Which (document, entity) pairs share a node, whatever the node ids."""
    groups: dict[int, set[tuple[str, str]]] = {}
    for key, node_id in store.entity_nodes().items():
        groups.setdefault(node_id, set()).add(key)
    return {frozenset(group) for group in groups.values()}


def test_one_entitys_neighbourhood_holds_its_claims_and_nothing_else(seeded: Store) -> None:
    busiest = max(set(seeded.entity_nodes().values()), key=lambda n: len(seeded.node_claims(n)))
    node = f"levers-node-{busiest}"

    proxies = [model.get_proxy(e) for e in export_ftm(seeded, busiest)]
    claims = [p for p in proxies if p.id.startswith("levers-claim-")]

    assert len(claims) == len(seeded.node_claims(busiest)) > 0
    for claim in claims:
        ends = {value for prop, value in claim.itervalues() if prop.type == registry.entity and prop.name != "proof"}
        assert node in ends


def test_bad_lines_are_named_and_the_rest_goes_in(exported: list[str]) -> None:
    broken = [exported[0], "{not json", '{"id": "x", "schema": "NoSuchSchema", "properties": {}}', *exported[1:]]
    store = Store.memory()

    report = import_ftm(broken, store, source="broken.ftm.json")

    assert [e.split(": ")[0] for e in report.errors] == ["broken.ftm.json:2", "broken.ftm.json:3"]
    assert "not JSON" in report.errors[0]
    assert store.counts()["claims"] > 0


def test_text_that_followthemoney_would_clean_comes_back_exactly() -> None:
    from levers.model import Claim, Entity, Extraction

    text = "  马云\u200b said:\x0c\r\n\tAnt Group belongs to Jack Ma.  \n" + "x" * 20_000
    extraction = Extraction(
        Document("cjk", text, title="Spaces, a form feed and a zero-width space"),
        [
            Entity("e1", "马云", "person", mentions=[(2, 4)]),
            Entity("e2", "Ant Group", "company", mentions=[(text.index("Ant"), text.index("Ant") + 9)]),
        ],
        [Claim("c1", "owns", "e1", "e2", evidence=[(text.index("Ant"), text.index(".") + 1)], confidence=0.123456)],
    )
    store, empty = Store.memory(), Store.memory()
    store.add(extraction)

    report = import_ftm([json.dumps(e) for e in export_ftm(store)], empty)

    assert report.errors == []
    assert empty.extraction("cjk") == extraction
