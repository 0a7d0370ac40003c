"""The `levers` command, as a user runs it: extract, text, ingest, show.

Most tests call `levers.cli.main([...])` in-process and read what it printed
with pytest's `capsys`; a few run the installed `levers` executable in a real
subprocess, the way a shell script would. The output format is the one in
../shared/contract.md (contract 1).
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from levers.cli import main
from levers.model import ENTITY_TYPES
from levers.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SEED = ROOT.parent / "shared" / "seeds" / "000_7fa0d8e49906ca8b.txt"

# Words that open a mention standing for an entity without naming it ("the company", "he").
DESCRIPTION_WORDS = {"the", "this", "that", "these", "those", "he", "she", "it", "his", "her", "its", "they", "their", "him", "them"}


# -- helpers ---------------------------------------------------------------


def levers(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run `levers ARGS...` in this process: (exit code, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def one_line(text: str) -> str:
    """Messages on stderr are wrapped to the terminal width; compare them on one line."""
    return " ".join(text.split())


def levers_executable() -> Path:
    """The `levers` script installed next to this Python (the venv), else the one on PATH."""
    beside = Path(sys.executable).parent / "levers"
    if beside.exists():
        return beside
    found = shutil.which("levers")
    if found is None:
        pytest.skip("the levers executable is not installed")
    return Path(found)


def assert_offsets_point_into(line: dict, text: str) -> None:
    """Every mention and evidence span is a non-empty slice of the document's text."""
    assert line["document"]["chars"] == len(text)
    spans = [(e["name"], m) for e in line["entities"] for m in e["mentions"]]
    spans += [(c["id"], ev) for c in line["claims"] for ev in c["evidence"]]
    for owner, (start, end) in spans:
        assert 0 <= start < end <= len(text), (owner, start, end)
        assert text[start:end].strip(), (owner, start, end)


def words(name: str) -> set[str]:
    name = re.sub(r"[’']s\b", "", name.casefold())
    return {w for w in re.findall(r"\w+", name) if len(w) > 1}


def relates(mention: str, entity: dict) -> bool:
    """A mention names its entity (its name, an alias, a part of one: "Ma" for "Jack Ma")
    or describes it ("the company", "the beleaguered Chinese billionaire", "he")."""
    names = [entity["name"], *entity["aliases"]]
    if mention in names or words(mention) & set().union(*(words(n) for n in names)):
        return True
    first = mention.split()[0].casefold()
    return first in DESCRIPTION_WORDS


def assert_claims_use_only_entity_ids(line: dict) -> None:
    ids = {e["id"] for e in line["entities"]}
    for claim in line["claims"]:
        assert claim["subject"] in ids and claim["object"] in ids, claim
        source = claim["attribution"]["source"]
        if source is not None and re.fullmatch(r"e\d+", source):
            assert source in ids, claim


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def seed() -> Path:
    if not SEED.exists():
        pytest.skip(f"the seed article is not there: {SEED} (../shared is not checked out)")
    return SEED


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """`levers ingest samples/ --db DB`, run once for this module: (DB, exit code, stderr)."""
    db = tmp_path_factory.mktemp("store") / "x.db"
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["ingest", str(SAMPLES), "--db", str(db)])
    return db, code, err.getvalue()


# -- levers extract ----------------------------------------------------------


def test_extract_prints_one_contract_line_per_document(seed: Path, capsys) -> None:
    code, out, err = levers("extract", str(seed), capsys=capsys)

    assert code == 0, err
    [line] = json_lines(out)
    text = seed.read_text(encoding="utf-8")
    assert line["contract"] == 1
    assert line["document"]["id"] == seed.stem
    assert line["document"]["chars"] == len(text)
    assert line["entities"] and line["claims"]
    assert_offsets_point_into(line, text)
    assert_claims_use_only_entity_ids(line)
    for entity in line["entities"]:
        assert entity["type"] in ENTITY_TYPES, entity
        for start, end in entity["mentions"]:
            assert relates(text[start:end], entity), (entity["name"], text[start:end])

    jack_ma = next(e for e in line["entities"] if e["name"] == "Jack Ma")
    assert "Jack Ma" in [text[start:end] for start, end in jack_ma["mentions"]]


def test_extract_keeps_input_order_and_reports_unreadable_files_in_place(tmp_path: Path, capsys) -> None:
    zeta = write(tmp_path / "zeta.txt", "Jack Ma founded Alibaba in 1999.\n")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")  # not text
    alpha = write(tmp_path / "alpha.txt", "Tata Sons owns Air India.\n")

    code, out, err = levers("extract", str(zeta), str(broken), str(alpha), capsys=capsys)

    assert code == 1  # one document could not be read; the others were still printed
    first, error, last = json_lines(out)
    assert first["document"]["id"] == "zeta"
    assert last["document"]["id"] == "alpha"
    assert error["document"]["id"] == str(broken)
    assert "entities" not in error
    assert "binary" in error["error"]
    assert "broken.txt" in one_line(err) and "binary" in err
    assert_offsets_point_into(first, zeta.read_text(encoding="utf-8"))
    assert_offsets_point_into(last, alpha.read_text(encoding="utf-8"))


def test_a_document_the_rules_fail_on_costs_only_its_own_claims(tmp_path: Path, monkeypatch, capsys) -> None:
    from levers.extract.pipeline import Extractor

    read = Extractor._read

    def failing_on_beta(self, doc, document, entities):
        if document.id == "beta":
            raise KeyError("a rule's bug")
        return read(self, doc, document, entities)

    monkeypatch.setattr(Extractor, "_read", failing_on_beta)
    paths = [write(tmp_path / f"{name}.txt", "Tata Sons owns Air India.\n") for name in ("alpha", "beta", "gamma")]

    code, out, err = levers("extract", *map(str, paths), capsys=capsys)

    assert code == 1
    alpha, beta, gamma = json_lines(out)
    assert alpha["claims"] and gamma["claims"]  # the documents after the failure are still read
    assert beta["document"]["id"] == "beta" and beta["claims"] == []
    assert "beta" in one_line(err) and "KeyError" in err


def test_extract_reads_stdin_given_as_dash(monkeypatch, capsys) -> None:
    text = "Jack Ma founded Alibaba in 1999."
    monkeypatch.setattr(sys, "stdin", io.StringIO(text + "\n"))

    code, out, err = levers("extract", "-", capsys=capsys)

    assert code == 0, err
    [line] = json_lines(out)
    assert line["document"]["id"] == "stdin"
    assert_offsets_point_into(line, text + "\n")
    assert "Jack Ma" in [e["name"] for e in line["entities"]]


def test_extract_reads_jsonl_documents_from_stdin(monkeypatch, capsys) -> None:
    rows = [
        {"id": "n1", "text": "Jack Ma founded Alibaba in 1999."},
        {"id": "n2", "text": "Tata Sons owns Air India.", "published": "2022-01-27"},
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(json.dumps(r) + "\n" for r in rows)))

    code, out, err = levers("extract", "-", capsys=capsys)

    assert code == 0, err
    lines = json_lines(out)
    assert [line["document"]["id"] for line in lines] == ["n1", "n2"]
    assert lines[1]["document"]["published"] == "2022-01-27"
    for row, line in zip(rows, lines):
        assert_offsets_point_into(line, row["text"])


def test_extract_from_a_real_pipe_with_the_installed_command() -> None:
    text = "Jack Ma founded Alibaba in 1999. Alibaba owns about a third of Ant Group."
    run = subprocess.run(
        [str(levers_executable()), "extract", "-"],
        input=text, capture_output=True, text=True, encoding="utf-8", timeout=300, check=False,
    )
    assert run.returncode == 0, run.stderr
    [line] = json_lines(run.stdout)
    assert_offsets_point_into(line, text)
    assert_claims_use_only_entity_ids(line)


# -- levers text, and HTML ---------------------------------------------------

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><title>Ant Group listing halted</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Ant Group listing halted</h1>
<p>China's financial regulators summoned Jack Ma and two senior executives of Ant Group on
Monday, days before the company's planned listing in Shanghai and Hong Kong.</p>
<p>Jack Ma founded Alibaba in 1999. Alibaba owns about a third of Ant Group, according to Reuters.</p>
<p>The People's Bank of China said in a statement that officials had discussed the health of
the financial technology sector with the executives.</p>
</article>
</body></html>
"""


def test_text_prints_what_offsets_of_an_html_page_point_into(tmp_path: Path, capsys) -> None:
    page = write(tmp_path / "page.html", ARTICLE_HTML)

    code, printed, err = levers("text", str(page), capsys=capsys)
    assert code == 0, err
    code, out, err = levers("extract", str(page), capsys=capsys)
    assert code == 0, err

    [line] = json_lines(out)
    chars = line["document"]["chars"]
    text = printed[:chars]
    assert printed[chars:] in ("", "\n")  # `levers text` ends its output with a newline
    assert "Jack Ma founded Alibaba in 1999." in text
    assert "<p>" not in text
    assert line["document"]["title"] == "Ant Group listing halted"
    assert_offsets_point_into(line, text)
    jack_ma = next(e for e in line["entities"] if e["name"] == "Jack Ma")
    assert {text[s:e] for s, e in jack_ma["mentions"]} == {"Jack Ma"}


def test_an_html_page_without_a_date_has_no_published_date(tmp_path: Path, capsys) -> None:
    # a year in the body ("founded Alibaba in 1999") is not the page's publication date
    page = write(tmp_path / "page.html", ARTICLE_HTML)
    code, out, err = levers("extract", str(page), capsys=capsys)
    assert code == 0, err
    [line] = json_lines(out)
    assert line["document"]["published"] is None


# -- levers extract --given ---------------------------------------------------


def test_given_entities_are_the_only_entities(tmp_path: Path, capsys) -> None:
    text = "Jack Ma founded Alibaba in 1999. Alibaba owns about a third of Ant Group."

    def span(part: str, after: int = 0) -> list[int]:
        start = text.index(part, after)
        return [start, start + len(part)]

    given = {
        "id": "g1",
        "text": text,
        "entities": [
            {"id": "jack", "name": "Jack Ma", "type": "person", "mentions": [span("Jack Ma")]},
            # type null: the extractor decides it
            {"id": "ali", "name": "Alibaba", "type": None, "mentions": [span("Alibaba"), span("Alibaba", 20)]},
            {"id": "ant", "name": "Ant Group", "type": "company", "mentions": [span("Ant Group")]},
        ],
    }
    given_file = write(tmp_path / "given.jsonl", json.dumps(given) + "\n")

    code, out, err = levers("extract", "--given", str(given_file), capsys=capsys)

    assert code == 0, err
    [line] = json_lines(out)
    assert line["document"]["id"] == "g1"
    entities = {e["id"]: e for e in line["entities"]}
    assert list(entities) == ["jack", "ali", "ant"]
    for g in given["entities"]:
        assert entities[g["id"]]["mentions"] == g["mentions"]
    assert entities["jack"]["type"] == "person"
    assert entities["ali"]["type"] in ENTITY_TYPES
    assert_offsets_point_into(line, text)
    assert_claims_use_only_entity_ids(line)
    assert line["claims"], "no claims between the given entities"


# -- levers ingest and levers show ---------------------------------------------


def test_ingest_stores_every_sample_and_a_second_run_changes_nothing(samples_db, capsys) -> None:
    db, first_code, first_err = samples_db
    n_samples = len(list(SAMPLES.glob("*.txt")))
    assert first_code == 0, first_err
    assert f"{n_samples} added" in one_line(first_err)
    with Store(db) as store:
        before = store.counts()
    assert before["documents"] == n_samples

    code, _, err = levers("ingest", str(SAMPLES), "--db", str(db), capsys=capsys)

    assert code == 0, err
    assert f"{n_samples} unchanged" in one_line(err)
    with Store(db) as store:
        assert store.counts() == before


def test_show_prints_the_profile_of_a_known_entity(samples_db, capsys) -> None:
    db, _, _ = samples_db
    code, out, err = levers("show", "Jack Ma", "--db", str(db), capsys=capsys)

    assert code == 0, err
    assert out.startswith("Jack Ma (person)\n")
    assert "Mentioned in" in out and "06_ant_group_ipo" in out


def test_show_an_unknown_entity_exits_1_with_a_message(samples_db, capsys) -> None:
    db, _, _ = samples_db
    code, out, err = levers("show", "Nobody Anybody", "--db", str(db), capsys=capsys)

    assert code == 1
    assert out == ""
    assert "nothing known about 'Nobody Anybody'" in one_line(err)


def test_levers_db_names_the_store_when_db_is_not_given(samples_db, tmp_path, monkeypatch, capsys) -> None:
    db, _, _ = samples_db
    monkeypatch.chdir(tmp_path)  # no ./levers.db to fall back on
    monkeypatch.setenv("LEVERS_DB", str(db))

    code, out, err = levers("show", "Jack Ma", capsys=capsys)

    assert code == 0, err
    assert out.startswith("Jack Ma (person)\n")
    assert not (tmp_path / "levers.db").exists()


# -- mistakes on the command line ---------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("no-article-in-this-folder-has-a-name-like-this-*.txt", "no files match"),
        ("no-article-in-this-folder-has-this-name.txt", "no such file or folder"),
    ],
)
def test_a_pattern_that_matches_nothing_exits_2(pattern, message, tmp_path, capsys) -> None:
    missing = str(tmp_path / pattern)  # long enough that the message is over 80 characters
    code, out, err = levers("extract", missing, capsys=capsys)

    assert code == 2
    assert out == ""
    assert message in one_line(err)
    assert missing in err, f"the path is not printed whole, so it cannot be copied or grepped: {err!r}"


def test_a_pattern_that_matches_nothing_exits_2_from_the_shell(tmp_path: Path) -> None:
    run = subprocess.run(
        [str(levers_executable()), "ingest", str(tmp_path / "*.html"), "--db", str(tmp_path / "x.db")],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert run.returncode == 2
    assert "no files match" in one_line(run.stderr)
    assert "Traceback" not in run.stderr


def test_the_store_can_be_named_by_a_database_url(tmp_path, capsys):
    database = tmp_path / "by-url.db"
    code, _, _ = levers("ingest", "--db", f"sqlite:///{database}", str(SAMPLES / "01_gazprom_equinor_gas.txt"), capsys=capsys)
    assert code == 0
    assert database.exists()
