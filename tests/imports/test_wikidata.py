"""A Wikidata dump (JSON array, one entity a line) becomes imported documents and reported claims."""

from __future__ import annotations

import bz2
import gzip
import io
import json
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from levers.cli import main
from levers.imports import import_wikidata, import_wikidata_file, looks_like_wikidata
from levers.imports.wikidata import wikidata_date
from levers.model import Document, Entity, Extraction
from levers.reference import Country, Reference, ReferenceEntry
from levers.store import Store


def item(qid: str, label: str | None, *instance_of: str, zh: str | None = None, aliases=(), description=None, **claims) -> dict:
    """A Wikidata item as the dumps write it; `claims` maps a property to Q-ids, strings or statements."""
    labels = {"en": {"language": "en", "value": label}} if label else {}
    if zh:
        labels["zh"] = {"language": "zh", "value": zh}
    entity = {
        "type": "item",
        "id": qid,
        "labels": labels,
        "aliases": {"en": [{"language": "en", "value": a} for a in aliases]},
        "descriptions": {"en": {"language": "en", "value": description}} if description else {},
        "claims": {},
    }
    for pid, values in {"P31": list(instance_of), **claims}.items():
        entity["claims"][pid] = [v if isinstance(v, dict) else statement(pid, v) for v in values]
    return entity


def statement(pid: str, value: str, rank: str = "normal", **qualifiers) -> dict:
    if value.startswith("Q"):
        datavalue = {"type": "wikibase-entityid", "value": {"entity-type": "item", "id": value, "numeric-id": int(value[1:])}}
    else:
        datavalue = {"type": "string", "value": value}
    return {
        "mainsnak": {"snaktype": "value", "property": pid, "datavalue": datavalue},
        "type": "statement",
        "rank": rank,
        "qualifiers": {q: [{"snaktype": "value", "property": q, "datavalue": {"value": v}}] for q, v in qualifiers.items()},
    }


def year(y: int) -> dict:
    return {"time": f"+{y}-00-00T00:00:00Z", "precision": 9}


ENTITIES = [
    item("Q148", "People's Republic of China", "Q3624078", "Q6256", zh="中华人民共和国", aliases=["China", "PRC"], P297=["CN"], P35=["Q15031"]),
    item("Q15031", "Xi Jinping", "Q5", zh="习近平", P27=["Q148"], P102=["Q17427"]),
    item("Q17427", "Chinese Communist Party", "Q7278", aliases=["CCP"], P17=["Q148"]),
    item(
        "Q1359568",
        "Alibaba Group",
        "Q891723",
        description="Chinese technology company",
        P17=["Q148"],
        P159=["Q4970"],  # Hangzhou, a city: its country is China, said once with P17
        P112=["Q1137062"],
        P127=[statement("P127", "Q201653", P1107={"amount": "+0.25", "unit": "1"}, P580=year(2000), P582=year(2020))],
    ),
    item("Q4970", "Hangzhou", "Q1549591", P17=["Q148"]),
    item("Q1137062", "Jack Ma", "Q5", zh="马云", aliases=["Ma Yun"], P27=["Q148"], P102=["Q17427"], P108=["Q99999999"]),
    item("Q201653", "SoftBank Group", "Q891723", P17=["Q17"]),  # Japan is not in the dump: reference data names it
    item("Q2870046", "Ant Group", "Q4830453", P749=[statement("P749", "Q1359568", P1107={"amount": "+0.33", "unit": "1"})]),
    item("Q1066483", "Alipay", "Q620615", P178=["Q2870046"]),
    item("Q1056941", "People's Bank of China", "Q66344", aliases=["PBOC"], P17=["Q148"]),
    item("Q7777", "Old Owner Ltd", "Q4830453", P355=[statement("P355", "Q2870046", rank="deprecated")]),
    item("Q7778", None, "Q5"),  # no label
    {"type": "property", "id": "P127", "datatype": "wikibase-item", "labels": {"en": {"language": "en", "value": "owned by"}}},
]


def dump_lines() -> list[str]:
    """The dump's lines: "[", one entity a line with a trailing comma, one broken line, "]"."""
    lines = ["["] + [json.dumps(e, ensure_ascii=False) + "," for e in ENTITIES]
    lines.insert(4, '{"type": "item", "id": "Q1", "labels": ')  # line 5: cut short
    lines[-1] = lines[-1].rstrip(",")
    return [*lines, "]"]


def japan_reference() -> Reference:
    government = ReferenceEntry("Japanese government", "public_body", None, "JP")
    return Reference(countries=[Country("JP", "Japan", "wikidata:Q17", (), ("Japanese",), "Tokyo", government)])


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "dump.json"
    path.write_text("\n".join(dump_lines()) + "\n", encoding="utf-8")
    return path


def claims_of(store: Store, name: str) -> dict[tuple[str, str, str], object]:
    (node,) = store.find_nodes(name)[:1]
    return {(c.type, c.subject.name, c.object.name): c for c in store.node_claims(node.id)}


def test_kept_items_become_nodes_with_their_names_ids_and_aliases(dump: Path) -> None:
    store = Store.memory(japan_reference())

    report = import_wikidata_file(dump, store)

    assert report.errors == [f"{dump}:5: not JSON (Expecting value, column 39)"]
    assert report.kept == {"person": 2, "company": 4, "organization": 1, "public_body": 1, "country": 1, "product": 1}
    assert report.skipped == {"no kept P31 class": 1, "no label": 1, "property": 1}
    (jack_ma,) = store.find_nodes("Jack Ma")
    assert (jack_ma.type, jack_ma.ref) == ("person", "wikidata:Q1137062")
    assert {"Ma Yun", "马云"} <= set(jack_ma.aliases)
    assert store.find_nodes("Hangzhou") == []


def test_statements_become_reported_claims_attributed_to_wikidata(dump: Path) -> None:
    store = Store.memory(japan_reference())
    import_wikidata_file(dump, store)

    alibaba = claims_of(store, "Alibaba Group")

    assert set(alibaba) == {
        ("founded", "Jack Ma", "Alibaba Group"),
        ("owns", "SoftBank Group", "Alibaba Group"),
        ("owns", "Alibaba Group", "Ant Group"),
        ("based_in", "Alibaba Group", "People's Republic of China"),  # P17 and P159 (Hangzhou) say it once
    }
    founded = alibaba["founded", "Jack Ma", "Alibaba Group"]
    assert (founded.certainty, founded.source, founded.cue) == ("reported", "Wikidata", "according to")
    assert founded.document_title == "Imported from Wikidata: dump.json (statements 1)"
    ((_, evidence),) = founded.evidence
    assert evidence == "P112 founded by: Jack Ma founded Alibaba Group, according to Wikidata [wikidata:Q1359568]"

    softbank = alibaba["owns", "SoftBank Group", "Alibaba Group"]
    assert (softbank.qualifiers.share.value, softbank.qualifiers.date, softbank.qualifiers.status) == (25.0, "2000", "former")
    assert alibaba["owns", "Alibaba Group", "Ant Group"].qualifiers.share.value == 33.0
    ((_, based_in),) = claims_of(store, "SoftBank Group")["based_in", "SoftBank Group", "Japan"].evidence
    assert based_in == "P17 country: SoftBank Group is based in Japan, according to Wikidata [wikidata:Q201653]"
    assert set(claims_of(store, "Alipay")) == {("operates", "Ant Group", "Alipay")}
    assert ("leads", "Xi Jinping", "People's Republic of China") in claims_of(store, "Xi Jinping")


def test_statements_whose_other_end_is_unknown_are_counted_not_written(dump: Path) -> None:
    store = Store.memory(japan_reference())

    report = import_wikidata_file(dump, store)

    assert report.dropped == {"P108 names an item neither in the dump nor in reference data": 1}
    assert ("owns", "Old Owner Ltd", "Ant Group") not in claims_of(store, "Ant Group")  # a deprecated statement
    assert report.claims == {"based_in": 4, "owns": 2, "founded": 1, "member_of": 2, "operates": 1, "leads": 1}


def test_imported_documents_say_they_are_not_news(dump: Path) -> None:
    store = Store.memory(japan_reference())
    import_wikidata_file(dump, store)

    documents = [store.document(doc_id) for doc_id in store.document_ids()]

    assert [d.id for d in documents] == ["wikidata:dump.json:entities:1", "wikidata:dump.json:statements:1"]
    for document in documents:
        assert document.text.splitlines()[0] == "Imported from the Wikidata dump dump.json; not extracted from news text."
    entities = documents[0].text.splitlines()
    assert "Company: Alibaba Group, Chinese technology company, country People's Republic of China (CN) [wikidata:Q1359568]" in entities
    assert "Person: Jack Ma (also Ma Yun; 马云), citizenship People's Republic of China (CN) [wikidata:Q1137062]" in entities


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress], ids=["gz", "bz2"])
def test_a_compressed_dump_imports_the_same(dump: Path, compress) -> None:
    packed = dump.with_name("dump.json.packed")
    packed.write_bytes(compress(dump.read_bytes()))
    plain, unpacked = Store.memory(japan_reference()), Store.memory(japan_reference())

    plain_report = import_wikidata_file(dump, plain)
    packed_report = import_wikidata_file(packed, unpacked)

    assert (packed_report.kept, packed_report.claims, len(packed_report.errors)) == (plain_report.kept, plain_report.claims, 1)
    assert packed_report.errors[0].startswith(f"{packed}:5: not JSON")
    assert unpacked.counts() == plain.counts()


def test_plain_json_lines_and_a_second_import_change_nothing() -> None:
    lines = [json.dumps(e, ensure_ascii=False) for e in ENTITIES]  # no brackets, no commas
    store = Store.memory(japan_reference())
    first = import_wikidata(lines, store, source="entities.jsonl")
    counts = store.counts()

    again = import_wikidata(lines, store, source="entities.jsonl")

    assert first.errors == [] and set(first.stored) == {"added"}
    assert set(again.stored) == {"unchanged"}
    assert store.counts() == counts


def test_news_text_meets_the_imported_node_through_its_wikidata_id(dump: Path) -> None:
    store = Store.memory(japan_reference())
    import_wikidata_file(dump, store)
    text = "Ma Yun spoke in Hangzhou."
    store.add(Extraction(Document("news-1", text), [Entity("e1", "Ma Yun", "person", mentions=[(0, 6)], ref="wikidata:Q1137062")]))

    (jack_ma,) = store.find_nodes("Jack Ma")
    assert "news-1" in [doc for doc, _, _ in store.node_documents(jack_ma.id)]


def test_the_format_is_told_by_content(dump: Path, tmp_path: Path) -> None:
    packed = tmp_path / "latest-all.json.gz"
    packed.write_bytes(gzip.compress(dump.read_bytes()))
    ftm = tmp_path / "people.json"  # OpenSanctions uses Q-ids as FtM ids, but an FtM line names its schema
    ftm.write_text(json.dumps({"id": "Q7747", "schema": "Person", "properties": {"name": ["Vladimir Putin"]}}) + "\n")

    assert looks_like_wikidata(dump) and looks_like_wikidata(packed)
    assert not looks_like_wikidata(ftm)


def test_levers_import_reads_a_wikidata_dump_and_names_the_bad_line(dump: Path, tmp_path: Path) -> None:
    packed = tmp_path / "latest-all.json.gz"
    packed.write_bytes(gzip.compress(dump.read_bytes()))
    db = tmp_path / "levers.db"
    err = io.StringIO()

    with redirect_stderr(err):
        code = main(["import", "--db", str(db), str(packed)])

    assert code == 1
    assert f"{packed}:5: not JSON" in err.getvalue()
    assert "10 Wikidata entities kept" in err.getvalue()
    with Store(db) as store:
        assert store.find_nodes("Alibaba Group")[0].ref == "wikidata:Q1359568"


def test_wikidata_dates_keep_their_precision() -> None:
    assert wikidata_date({"time": "+2014-09-19T00:00:00Z", "precision": 11}) == "2014-09-19"
    assert wikidata_date({"time": "+2014-09-00T00:00:00Z", "precision": 10}) == "2014-09"
    assert wikidata_date({"time": "+2014-00-00T00:00:00Z", "precision": 9}) == "2014"
    assert wikidata_date({"time": "+1900-00-00T00:00:00Z", "precision": 7}) is None


def test_a_truncated_download_keeps_what_was_read(dump: Path, tmp_path: Path) -> None:
    packed = gzip.compress(dump.read_bytes())
    truncated = tmp_path / "latest-all.json.gz"
    truncated.write_bytes(packed[: len(packed) * 2 // 3])
    store = Store.memory(japan_reference())

    report = import_wikidata_file(truncated, store)

    assert "reading stopped, the rest of the file is lost" in report.errors[-1]
    assert report.kept and store.find_nodes("People's Republic of China")


def test_a_line_that_is_not_utf8_is_one_bad_line(dump: Path) -> None:
    lines = dump.read_bytes().splitlines(keepends=True)
    lines[2] = lines[2].replace(b"Xi Jinping", b"Xi \xff Jinping")
    dump.write_bytes(b"".join(lines))
    store = Store.memory(japan_reference())

    report = import_wikidata_file(dump, store)

    assert report.errors[0].startswith(f"{dump}:3: not UTF-8")
    assert store.find_nodes("Jack Ma")
