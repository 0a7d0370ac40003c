"""`levers merge`, `split`, `export` and `import`: thin shells over the store, by example."""

from __future__ import annotations

import json

from levers.cli import main
from levers.model import Document, Entity, Extraction
from levers.reference import Reference
from levers.store import Store


def one_entity(doc_id: str, name: str) -> Extraction:
    text = f"{name} reported a loss."
    return Extraction(Document(doc_id, text), [Entity("e1", name, "company", mentions=[(0, len(name))])])


def make_db(tmp_path) -> str:
    path = tmp_path / "levers.db"
    with Store(path, Reference()) as store:
        store.add(one_entity("d1", "Facebook"))
        store.add(one_entity("d2", "Meta Platforms"))
        store.add(one_entity("d3", "Meta Platforms"))
    return str(path)


def test_merge_by_name_then_split_by_document(tmp_path, capsys) -> None:
    db = make_db(tmp_path)

    assert main(["merge", "Facebook", "Meta Platforms", "--db", db]) == 0
    with Store(db, Reference()) as store:
        assert len(set(store.entity_nodes().values())) == 1
        (node,) = store.find_nodes("Facebook")

    assert main(["split", str(node.id), "d3", "--db", db]) == 0
    with Store(db, Reference()) as store:
        nodes = store.entity_nodes()
    assert nodes["d1", "e1"] == nodes["d2", "e1"] != nodes["d3", "e1"]
    assert "split node" in capsys.readouterr().err


def test_an_ambiguous_name_is_refused_with_the_candidates(tmp_path, capsys) -> None:
    db = make_db(tmp_path)
    with Store(db, Reference()) as store:
        store.split(store.find_nodes("Meta Platforms")[0].id, ["d3"])

    assert main(["merge", "Facebook", "Meta Platforms", "--db", db]) == 2
    assert "fits 2 nodes" in capsys.readouterr().err


def test_export_then_import_into_an_empty_store(tmp_path, capsys) -> None:
    db = make_db(tmp_path)
    out = tmp_path / "graph.ftm.json"

    assert main(["export", "--db", db, "--output", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["schema"] for line in lines} >= {"PlainText", "Company", "Mention"}

    empty = str(tmp_path / "empty.db")
    assert main(["import", str(out), "--db", empty]) == 0
    with Store(empty, Reference()) as store:
        assert store.counts()["documents"] == 3

    out.write_text(lines[0] + "\n{broken\n", encoding="utf-8")
    assert main(["import", str(out), "--db", empty]) == 1
    assert f"{out}:2: not JSON" in capsys.readouterr().err.replace("\n", "")


def test_export_csv_to_standard_output(tmp_path, capsys) -> None:
    db = make_db(tmp_path)

    assert main(["export", "--format", "csv", "--entity", "Facebook", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("document,claim,type")
