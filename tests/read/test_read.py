"""How `levers.read` turns paths, folders, globs and stdin into documents."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from levers import config
from levers.model import Document
from levers.read import ReadError, expand_paths, html_to_text, read_path, read_paths, read_stream

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def read_one(path: Path) -> Document | ReadError:
    items = list(read_path(path))
    assert len(items) == 1
    return items[0]


def read_doc(path: Path) -> Document:
    doc = read_one(path)
    assert isinstance(doc, Document), doc
    return doc


def read_error(path: Path) -> ReadError:
    error = read_one(path)
    assert isinstance(error, ReadError), error
    return error


# Plain text


def test_text_keeps_offsets_exact(tmp_path: Path) -> None:
    path = tmp_path / "ant.txt"
    path.write_bytes("Ant Group\r\n\r\nJack\u00a0Ma  founded it.\r\nEnd\rhere".encode())
    doc = read_doc(path)
    # only "\r\n" becomes "\n"; the non-breaking space, double space and lone "\r" stay
    assert doc.text == "Ant Group\n\nJack\u00a0Ma  founded it.\nEnd\rhere"
    start = doc.text.index("Jack")
    assert doc.text[start : start + 7] == "Jack\u00a0Ma"
    assert doc.id == "ant"
    assert doc.title == "Ant Group"
    assert doc.published is None and doc.url is None


def test_text_strips_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\nBody text.")
    doc = read_doc(path)
    assert doc.text == "Headline\nBody text."
    assert doc.title == "Headline"


def test_title_is_first_non_empty_line_when_short(tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("\n\n  A Headline  \nBody.", encoding="utf-8")
    assert read_doc(short).title == "A Headline"

    long = tmp_path / "long.txt"
    long.write_text("word " * 100 + "\nBody.", encoding="utf-8")
    assert read_doc(long).title is None


def test_markdown_title_drops_heading_marks() -> None:
    doc = read_doc(FIXTURES / "plain.md")
    assert doc.id == "plain"
    assert doc.title == "Alibaba Pledges $28 Billion for Cloud"
    assert doc.text.startswith("# Alibaba Pledges")  # the text itself is untouched


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds are not present")
def test_seed_article() -> None:
    doc = read_doc(SEEDS / "000_7fa0d8e49906ca8b.txt")
    assert doc.id == "000_7fa0d8e49906ca8b"
    assert len(doc.text) == 3823
    assert doc.title == "Jack Ma\u2019s Pain May Explain Why Kevin Mayer Got Out of\xa0TikTok"


# Files that are refused


def test_binary_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    error = read_error(path)
    assert error.source == str(path)
    assert "binary" in error.error


def test_non_utf8_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 society".encode("latin-1"))
    assert "not UTF-8" in read_error(path).error


@pytest.mark.parametrize("content", ["", "  \n\t\n"])
def test_empty_file_is_an_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    assert read_error(path).error == "empty document"


def test_oversized_text_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "MAX_TEXT_CHARS", 10)
    path = tmp_path / "long.txt"
    path.write_text("x" * 12, encoding="utf-8")
    assert read_error(path).error == "text is 12 characters, over the 10 limit"


def test_huge_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(config, "MAX_TEXT_CHARS", 10)
    path = tmp_path / "huge.txt"
    path.write_text("x" * 41, encoding="utf-8")  # over 4 bytes per allowed character
    error = read_error(path)
    assert error.error.startswith("file is 41 bytes")


def test_unsupported_suffix_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    error = read_error(path)
    assert error.error == "unsupported file type '.pdf' (expected .txt, .md, .html, .htm, .jsonl)"


def test_error_to_dict() -> None:
    error = ReadError("docs.jsonl:3", "line 3: missing 'text'", document_id="d3")
    assert error.to_dict() == {
        "document": {"id": "d3", "source": "docs.jsonl:3"},
        "error": "line 3: missing 'text'",
    }
    assert ReadError("a.txt", "empty document").to_dict()["document"]["id"] == "a.txt"


# HTML


def test_html_main_text_and_metadata() -> None:
    doc = read_doc(FIXTURES / "article.html")
    assert doc.id == "article"
    assert doc.title == "Regulators Summon Ant Group Executives"
    assert doc.published == "2020-11-03"
    assert doc.url == "https://news.example.com/ant-group-summoned"
    assert "summoned Jack Ma and two senior executives of Ant Group" in doc.text
    assert "The People's Bank of China said in a statement" in doc.text
    assert "Ant Group, which runs the Alipay payment app" in doc.text
    for boilerplate in ("SCRIPT_SHOULD_NOT_APPEAR", "tracker", "NAV_MARKETS_LINK", "NAV_TECH_LINK"):
        assert boilerplate not in doc.text


def test_html_text_is_what_html_to_text_gives() -> None:
    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    text, meta = html_to_text(html)
    assert read_doc(FIXTURES / "article.html").text == text
    assert meta["title"] == "Regulators Summon Ant Group Executives"


def test_html_without_main_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.htm"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>")
    assert read_error(path).error == "no main text found in HTML"


# JSON lines


def test_jsonl_bad_lines_do_not_stop_the_good_ones() -> None:
    path = FIXTURES / "docs.jsonl"
    items = list(read_path(path))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]

    assert [d.id for d in docs] == ["a1", "42"]  # a numeric id becomes a string
    first = docs[0]
    assert first.text == "Jack Ma founded Alibaba."
    assert (first.title, first.published, first.url) == (
        "Founding",
        "2020-12-02",
        "https://example.com/a1",
    )

    bad_json, no_text = errors
    assert bad_json.source == f"{path}:2"
    assert bad_json.error.startswith("line 2: invalid JSON")
    assert no_text.source == f"{path}:3"
    assert no_text.error == "line 3: missing 'text'"
    assert no_text.document_id == "no-text"
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "ReadError", "Document"]


def test_jsonl_text_is_kept_exactly(tmp_path: Path) -> None:
    path = tmp_path / "raw.jsonl"
    path.write_text('{"id": "r", "text": "a\\r\\nb\\u00a0c"}\n', encoding="utf-8")
    assert read_doc(path).text == "a\r\nb\u00a0c"


def test_jsonl_line_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "MAX_TEXT_CHARS", 10)
    path = tmp_path / "bad.jsonl"
    path.write_text(
        "\n".join(
            [
                '{"text": "no id"}',
                '["not", "an", "object"]',
                '{"id": "t", "text": 5}',
                '{"id": "e", "text": "   "}',
                '{"id": "l", "text": "far too long"}',
                '{"id": "p", "text": "ok", "published": 2020}',
                '{"id": "fine", "text": "ok"}',
            ]
        ),
        encoding="utf-8",
    )
    items = list(read_path(path))
    assert [i.error if isinstance(i, ReadError) else i.id for i in items] == [
        "line 1: missing 'id'",
        "line 2: expected a JSON object, got list",
        "line 3: 'text' must be a string, got int",
        "line 4: empty document",
        "line 5: text is 12 characters, over the 10 limit",
        "line 6: 'published' must be a string or null, got int",
        "fine",
    ]


def test_binary_jsonl_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "blob.jsonl"
    path.write_bytes(b"\x00\x01\x02\n" * 50)
    assert "binary" in read_error(path).error


# Paths, folders and globs


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "b.txt").write_text("Second", encoding="utf-8")
    (tmp_path / "a.md").write_text("First", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text("<p>Third</p>", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("Hidden", encoding="utf-8")
    return tmp_path


def test_folder_expands_recursively_to_supported_files(corpus: Path) -> None:
    assert expand_paths([str(corpus)]) == [
        corpus / "a.md",
        corpus / "b.txt",
        corpus / "sub" / "c.html",
    ]


def test_glob_expands_recursively(corpus: Path) -> None:
    assert expand_paths([str(corpus / "**" / "*.txt")]) == [corpus / "b.txt"]
    assert expand_paths([str(corpus / "**" / "*.html")]) == [corpus / "sub" / "c.html"]
    assert expand_paths([str(corpus / "*.pdf")]) == [corpus / "notes.pdf"]


def test_named_files_keep_argument_order(corpus: Path) -> None:
    paths = expand_paths([str(corpus / "b.txt"), str(corpus / "a.md")])
    assert paths == [corpus / "b.txt", corpus / "a.md"]


@pytest.mark.parametrize("pattern", ["missing.txt", "nowhere/*.txt"])
def test_pattern_matching_nothing_raises(tmp_path: Path, pattern: str) -> None:
    with pytest.raises(FileNotFoundError, match="nowhere|missing"):
        expand_paths([str(tmp_path / pattern)])


def test_empty_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no .txt"):
        expand_paths([str(tmp_path)])


def test_read_paths_checks_every_pattern_before_reading(corpus: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_paths([str(corpus), str(corpus / "missing.txt")])


def test_read_paths_in_order_with_errors_inline(corpus: Path) -> None:
    items = list(read_paths([str(corpus / "b.txt"), str(corpus / "*.pdf"), str(corpus / "a.md")]))
    assert [getattr(i, "id", None) for i in items] == ["b", None, "a"]
    assert isinstance(items[1], ReadError) and "unsupported" in items[1].error


# Stdin


def test_stream_plain_text() -> None:
    items = list(read_stream(io.StringIO("\ufeffHeadline\r\nJack\u00a0Ma spoke.\n")))
    assert items == [Document(id="stdin", text="Headline\nJack\u00a0Ma spoke.\n", title="Headline")]


def test_stream_jsonl() -> None:
    stream = io.StringIO('\n  {"id": "x", "text": "One."}\nnot json\n{"id": "y", "text": "Two."}\n')
    items = list(read_stream(stream))
    assert [getattr(i, "id", None) for i in items] == ["x", None, "y"]
    assert items[1].source == "<stdin>:3"
    assert items[1].error.startswith("line 3: invalid JSON")


def test_stream_empty() -> None:
    assert list(read_stream(io.StringIO(" \n\n"))) == [ReadError("<stdin>", "empty document")]


def test_stream_over_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "MAX_TEXT_CHARS", 10)
    (error,) = read_stream(io.StringIO("x" * 30))
    assert error.error == "text is 30 characters, over the 10 limit"
    (error,) = read_stream(io.StringIO("x" * 100))
    assert "refused without reading it all" in error.error


def test_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("From stdin."))
    items = list(read_paths([str(corpus / "a.md"), "-"]))
    assert [(d.id, d.text) for d in items] == [("a", "First"), ("stdin", "From stdin.")]
