"""From command-line arguments to documents: paths, folders, globs and stdin."""

from __future__ import annotations

import glob
import io
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from levers.model import Document
from levers.read.errors import ReadError, Unreadable
from levers.read.html import read_html_file
from levers.read.jsonl import read_jsonl_file, read_jsonl_lines
from levers.read.text import BOM, max_bytes, read_text_file, text_document

Item = Document | ReadError

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
STDIN = "-"


def _one(reader: Callable[[Path], Document]) -> Callable[[Path], Iterator[Document]]:
    return lambda path: iter([reader(path)])


_READERS: dict[str, Callable[[Path], Iterator[Item]]] = {
    ".txt": _one(read_text_file),
    ".md": _one(read_text_file),
    ".html": _one(read_html_file),
    ".htm": _one(read_html_file),
    ".jsonl": read_jsonl_file,
}


def expand_paths(patterns: Iterable[str]) -> list[Path]:
    """Files named, found in folders (recursively) or matched by globs, in argument order.

    Folders give their files with a supported suffix, sorted, skipping hidden ones;
    a file named or globbed is kept whatever its suffix, so that `read_path` can say
    why it is not read. A pattern that matches nothing raises `FileNotFoundError`.
    """
    paths: list[Path] = []
    for pattern in patterns:
        paths.extend(_expand(pattern))
    return paths


def _expand(pattern: str) -> list[Path]:
    path = Path(pattern)
    if path.is_file():
        return [path]
    if path.is_dir():
        found = _folder_files(path)
        if not found:
            raise FileNotFoundError(f"no {_suffix_list()} files in folder '{pattern}'")
        return found
    if glob.has_magic(pattern):
        found = _glob_files(pattern)
        if not found:
            raise FileNotFoundError(f"no files match '{pattern}'")
        return found
    raise FileNotFoundError(f"no such file or folder: '{pattern}'")


def _folder_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def _glob_files(pattern: str) -> list[Path]:
    """Matched files, and the files of matched folders; each once, in sorted order."""
    seen: dict[Path, None] = {}  # an ordered set: "**" matches a folder and its files
    for match in sorted(glob.glob(pattern, recursive=True)):
        path = Path(match)
        files = _folder_files(path) if path.is_dir() else [path]
        seen.update(dict.fromkeys(files))
    return list(seen)


def _suffix_list() -> str:
    return ", ".join(SUFFIXES[:-1]) + " or " + SUFFIXES[-1]


def read_path(path: Path) -> Iterator[Item]:
    """The documents in one file (several for .jsonl), or a `ReadError` saying why not."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        shown = path.suffix or "(none)"
        yield ReadError(
            str(path), f"unsupported file type '{shown}' (expected {', '.join(SUFFIXES)})"
        )
        return
    try:
        yield from reader(path)
    except Unreadable as exc:
        yield ReadError(str(path), str(exc), exc.document_id)
    except OSError as exc:
        yield ReadError(str(path), exc.strerror or str(exc))


def read_stream(stream: TextIO, name: str = "<stdin>") -> Iterator[Item]:
    """A stream of JSONL when its first non-blank character is "{", else one plain text."""
    try:
        head = _read_to_first_content(stream)
        if "".join(head).lstrip(BOM).lstrip().startswith("{"):
            yield from read_jsonl_lines(_chain_lines(head, stream), name)
        else:
            yield _stream_document(head, stream, name)
    except Unreadable as exc:
        yield ReadError(name, str(exc))
    except UnicodeDecodeError:
        yield ReadError(name, "not UTF-8 text (binary file?)")


def _read_to_first_content(stream: TextIO) -> list[str]:
    """Lines up to and including the first that is not blank (all of them if none is)."""
    head: list[str] = []
    while line := stream.readline():
        head.append(line)
        if line.removeprefix(BOM).strip():
            break
    return head


def _chain_lines(head: list[str], stream: TextIO) -> Iterator[str]:
    yield from head
    while line := stream.readline():
        yield line


def _stream_document(head: list[str], stream: TextIO, name: str) -> Document:
    """The rest of the stream as one text; input beyond what the limit allows is not read."""
    start = "".join(head)
    cap = max_bytes()
    text = (start + stream.read(max(cap - len(start), 0) + 1)).removeprefix(BOM)
    if len(text) > cap:
        raise Unreadable(f"input is over {cap:,} characters; refused without reading it all")
    if "\x00" in text:
        raise Unreadable("binary input (contains NUL characters)")
    doc_id = "stdin" if name == "<stdin>" else Path(name).stem or name
    return text_document(text, doc_id)


def read_paths(patterns: Iterable[str]) -> Iterator[Item]:
    """Documents from every pattern in order; "-" reads stdin.

    The patterns are expanded at once, before anything is read, so that a pattern
    matching nothing raises `FileNotFoundError` from this call rather than midway.
    """
    sources: list[Path | None] = []  # None stands for stdin
    for pattern in patterns:
        sources.extend([None] if pattern == STDIN else expand_paths([pattern]))
    return _read_sources(sources)


def _read_sources(sources: list[Path | None]) -> Iterator[Item]:
    for path in sources:
        yield from _read_stdin() if path is None else read_path(path)


def _read_stdin() -> Iterator[Item]:
    """Stdin as UTF-8 whatever the locale, keeping "\\r\\n" for the same handling as files."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # replaced by a text-only stream, as in tests
        yield from read_stream(sys.stdin)
        return
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="")
    try:
        yield from read_stream(stream)
    finally:
        stream.detach()  # leave sys.stdin's buffer open
