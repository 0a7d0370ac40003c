"""FtM data from elsewhere (as OpenSanctions exports it) becomes imported documents and claims."""

from __future__ import annotations

import json

from followthemoney import model

from levers.imports import import_ftm
from levers.model import Document, Entity, Extraction
from levers.reference import Reference
from levers.store import Store


def entity(schema: str, entity_id: str, **properties) -> str:
    proxy = model.make_entity(schema)
    proxy.id = entity_id
    for prop, values in properties.items():
        proxy.add(prop, values)
    return json.dumps(proxy.to_dict())


LINES = [
    # A link may come before the entities it joins.
    entity("Ownership", "own-1", owner="co-alibaba", asset="co-ant", percentage="33"),
    entity("Person", "p-ma", name=["Jack Ma", "Ma Yun"], wikidataId="Q1137062", topics="role.oligarch"),
    entity("Company", "co-alibaba", name="Alibaba Group Holding Limited", country="cn"),
    entity("Company", "co-ant", name="Ant Group"),
    entity("Organization", "org-ccp", name="Chinese Communist Party"),
    entity("Directorship", "dir-1", director="p-ma", organization="co-alibaba", role="Executive Chairman"),
    entity("Membership", "mem-1", member="p-ma", organization="org-ccp"),
    entity("Address", "addr-1", full="969 West Wen Yi Road, Hangzhou"),
    entity("Ownership", "own-2", owner="p-nobody", asset="co-ant"),
    "{this is not json",
]


def test_people_companies_and_links_become_reported_claims() -> None:
    store = Store.memory(Reference())

    report = import_ftm(LINES, store, source="sample.ftm.json")

    assert report.errors == [
        "sample.ftm.json:10: not JSON (Expecting property name enclosed in double quotes, column 2)",
        "sample.ftm.json:9: Ownership own-2 names p-nobody, not in the file",
    ]
    assert report.skipped == {"Address": 1}
    (jack_ma,) = store.find_nodes("Jack Ma")
    assert (jack_ma.ref, jack_ma.aliases) == ("wikidata:Q1137062", ["Ma Yun"])

    claims = {(c.type, c.subject.name, c.object.name): c for c in store.node_claims(jack_ma.id)}
    assert set(claims) == {
        ("leads", "Jack Ma", "Alibaba Group Holding Limited"),
        ("member_of", "Jack Ma", "Chinese Communist Party"),
    }
    leads = claims["leads", "Jack Ma", "Alibaba Group Holding Limited"]
    assert (leads.certainty, leads.source, leads.qualifiers.role) == ("reported", "sample.ftm.json", "Executive Chairman")
    assert leads.document_title.startswith("Imported from sample.ftm.json")
    (_, evidence), = leads.evidence
    assert evidence.startswith("Directorship: Jack Ma leads Alibaba Group Holding Limited")

    (ant,) = store.find_nodes("Ant Group")
    (owns,) = store.node_claims(ant.id)
    assert (owns.type, owns.subject.name, owns.qualifiers.share.value) == ("owns", "Alibaba Group Holding Limited", 33.0)


def test_importing_the_same_file_again_changes_nothing() -> None:
    store = Store.memory(Reference())
    import_ftm(LINES, store)
    counts = store.counts()

    again = import_ftm(LINES, store)

    assert set(again.stored) == {"unchanged"}
    assert store.counts() == counts


def test_text_mentions_meet_the_imported_nodes() -> None:
    store = Store.memory(Reference())
    import_ftm(LINES, store)
    text = "Jack Ma met bankers in Hangzhou."
    store.add(Extraction(Document("news-1", text), [Entity("e1", "Jack Ma", "person", mentions=[(0, 7)])]))

    (jack_ma,) = store.find_nodes("Jack Ma")
    assert [doc for doc, _, _ in store.node_documents(jack_ma.id)][-1] == "news-1"
