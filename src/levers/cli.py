"""The `levers` command: a thin shell over the library API."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from levers import config
from levers.analyse import entity_profile, render_profile
from levers.extract import Extractor, Given
from levers.ingest import ingest
from levers.model import Document, Entity
from levers.read import ReadError, expand_paths, read_paths
from levers.store import Store

PROGRESS_AFTER = 3
"""Show a progress bar on a terminal when more documents than this are read."""

SERVE_WORKERS = min(2, os.cpu_count() or 1)
"""Server processes of `levers serve` unless --workers says otherwise. On the 2-core
machine two answered 20 clients faster than one at the median and in the tail, the
p95 a little (README: latency); more processes than cores would only contend."""

stderr = Console(stderr=True, soft_wrap=True)


def main(argv: list[str] | None = None) -> int:
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except (FileNotFoundError, ValueError, RuntimeError) as error:
        stderr.print(f"[red]levers: {error}[/red]", highlight=False)
        return 2
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="levers", description="Who can pull the levers of a company, read from the news.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="print entities and claims of documents as JSON lines (contract 1)")
    extract.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, globs, or - for stdin")
    extract.add_argument("--given", type=Path, metavar="FILE", help="JSONL of known entities per document: find claims between them only")
    extract.add_argument("--format", choices=["jsonl"], default="jsonl")
    extract.set_defaults(run=_extract)

    text = commands.add_parser("text", help="print the text that offsets point into")
    text.add_argument("path", metavar="PATH")
    text.set_defaults(run=_text)

    ingest_cmd = commands.add_parser("ingest", help="extract documents and store them")
    ingest_cmd.add_argument("paths", nargs="+", metavar="PATH")
    _add_db(ingest_cmd)
    ingest_cmd.set_defaults(run=_ingest)

    show = commands.add_parser("show", help="what is known about an entity, with evidence")
    show.add_argument("name", metavar="NAME")
    _add_db(show)
    show.set_defaults(run=_show)

    merge = commands.add_parser("merge", help="judge two nodes to be one entity (kept across re-ingest)")
    merge.add_argument("keep", metavar="A", help="node id or name; the merged node keeps its id")
    merge.add_argument("other", metavar="B", help="node id or name")
    _add_db(merge)
    merge.set_defaults(run=_merge)

    split = commands.add_parser("split", help="judge a node's entities in some documents to be another entity")
    split.add_argument("node", metavar="ID", help="node id or name")
    split.add_argument("documents", nargs="+", metavar="DOC", help="ids of the documents whose entity is another one")
    _add_db(split)
    split.set_defaults(run=_split)

    export = commands.add_parser("export", help="the graph, or one entity's neighbourhood, as FtM JSON lines, GraphML or CSV")
    export.add_argument("--entity", metavar="NAME", help="node id or name: export its claims and their documents only")
    export.add_argument("--format", choices=["ftm", "graphml", "csv"], default="ftm")
    export.add_argument("--output", "-o", type=Path, metavar="FILE", help="write here instead of standard output")
    _add_db(export)
    export.set_defaults(run=_export)

    import_cmd = commands.add_parser("import", help="FollowTheMoney JSON lines (as `levers export` writes them) or a Wikidata dump into the store")
    import_cmd.add_argument("paths", nargs="+", metavar="FILE")
    import_cmd.add_argument("--format", choices=["ftm", "wikidata"], default=None, help="default: told by the content (Wikidata entity JSON, .gz/.bz2 too), else ftm")
    _add_db(import_cmd)
    import_cmd.set_defaults(run=_import)

    check = commands.add_parser("check", help="flag stored claims that contradict reference data (flagged, never changed)")
    _add_db(check)
    check.set_defaults(run=_check)

    explain = commands.add_parser("explain", help="how a state could pull the levers of a company: cited, scored paths")
    explain.add_argument("company", metavar="COMPANY", help="node id or name")
    explain.add_argument("--state", metavar="COUNTRY", help="one state (name, adjective or code); default: every state reached")
    explain.add_argument("--format", choices=["text", "json", "markdown", "html"], default="text")
    _add_db(explain)
    explain.set_defaults(run=_explain)

    timeline = commands.add_parser("timeline", help="an entity's dated events (regulatory actions, departures, deals) with sources")
    timeline.add_argument("entity", metavar="ENTITY", help="node id or name")
    timeline.add_argument("--plot", type=Path, metavar="FILE", help="also write a PNG timeline here")
    timeline.add_argument("--format", choices=["text", "json"], default="text")
    _add_db(timeline)
    timeline.set_defaults(run=_timeline)

    serve = commands.add_parser("serve", help="the HTTP API and web page (writes need $LEVERS_TOKEN)")
    _add_db(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, loopback only)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument(
        "--workers", type=_positive, default=SERVE_WORKERS, metavar="N",
        help=f"server processes answering requests (default: {SERVE_WORKERS}); each runs the ingests it accepts",
    )
    serve.set_defaults(run=_serve)
    return parser


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=str, default=None, help=f"SQLite file or database URL (default: $LEVERS_DB, else ./{config.DEFAULT_DB_FILE})")


def _store(args: argparse.Namespace) -> Store:
    return Store(args.db or config.db_path())


# -- commands -------------------------------------------------------------


def _extract(args: argparse.Namespace) -> int:
    if not args.paths and args.given is None:
        raise ValueError("extract needs a PATH, - for stdin, or --given FILE")
    items = list(read_paths(args.paths)) if args.paths else []
    documents = [item for item in items if isinstance(item, Document)]
    extractor = Extractor()
    failed: list[str] = []

    def report_failure(document: Document, error: Exception) -> None:
        failed.append(document.id)
        stderr.print(f"[red]levers: could not extract {document.id!r} ({type(error).__name__}: {error}); its line has no claims[/red]", highlight=False)

    if args.given is not None:
        given = _read_given(args.given)
        if not args.paths:
            documents = items = [g.document for g in given.values()]
        results = extractor.extract_given((given.get(d.id) or _nothing_given(d) for d in documents), on_error=report_failure)
    else:
        results = extractor.extract_many(documents, on_error=report_failure)
    with _progress(len(documents), "extracting") as advance:
        for item in items:  # input order, unreadable documents in their place
            if isinstance(item, ReadError):
                _report(item)
                line = item.to_dict()
            else:
                line = next(results).to_dict()
                advance()
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 1 if len(documents) < len(items) or failed else 0


def _nothing_given(document: Document) -> Given:
    stderr.print(f"levers: no given entities for document {document.id!r}", highlight=False)
    return Given(document, [])


def _read_given(path: Path) -> dict[str, Given]:
    """The --given file: one document a line, with its entities."""
    given: dict[str, Given] = {}
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                document = Document(id=str(row["id"]), text=row["text"], title=row.get("title"))
                entities = [
                    Entity(id=str(e["id"]), name=e.get("name") or "", type=e.get("type"), mentions=[tuple(m) for m in e.get("mentions", [])])
                    for e in row.get("entities", [])
                ]
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise ValueError(f"{path}:{number}: not a --given line ({error})") from error
            given[document.id] = Given(document, entities)
    return given


def _text(args: argparse.Namespace) -> int:
    for item in read_paths([args.path]):
        if isinstance(item, ReadError):
            _report(item)
            return 1
        sys.stdout.write(item.text)
        if not item.text.endswith("\n"):
            sys.stdout.write("\n")
    return 0


def _ingest(args: argparse.Namespace) -> int:
    store = _store(args)
    total = _count_documents(args.paths)
    with _progress(total, "ingesting") as advance:
        report = ingest(args.paths, store, on_document=lambda _id: advance())
    for error in report.errors:
        _report(error)
    counts = store.counts()
    summary = ", ".join(f"{n} {status}" for status, n in sorted(report.counts.items())) or "nothing read"
    stderr.print(
        f"{summary}; the store now holds {counts['documents']} documents, {counts['nodes']} entities, {counts['claims']} claims "
        f"({args.db or config.db_path()})",
        highlight=False,
    )
    store.close()
    return 1 if report.errors else 0


def _show(args: argparse.Namespace) -> int:
    store = _store(args)
    profile = entity_profile(store, args.name)
    store.close()
    if profile is None:
        stderr.print(f"levers: nothing known about {args.name!r}", highlight=False)
        return 1
    print(render_profile(profile))
    return 0


def _merge(args: argparse.Namespace) -> int:
    with _store(args) as store:
        keep, other = store.pick_node(args.keep), store.pick_node(args.other)
        store.merge(keep.id, other.id)
    stderr.print(f"merged node {other.id} ({other.name}) into node {keep.id} ({keep.name})", highlight=False)
    return 0


def _split(args: argparse.Namespace) -> int:
    with _store(args) as store:
        node = store.pick_node(args.node)
        new_id = store.split(node.id, args.documents)
    stderr.print(f"split node {node.id} ({node.name}): documents {', '.join(args.documents)} now on node {new_id}", highlight=False)
    return 0


def _export(args: argparse.Namespace) -> int:
    from levers.export import export_ftm, write_csv, write_ftm, write_graphml

    with _store(args) as store:
        node_id = store.pick_node(args.entity).id if args.entity else None
        if args.format == "graphml":
            with (args.output.open("wb") if args.output else _stdout_bytes()) as out:
                count = write_graphml(store, out, node_id)
        else:
            with (args.output.open("w", encoding="utf-8", newline="") if args.output else _stdout_text()) as out:
                if args.format == "csv":
                    count = write_csv(store, out, node_id)
                else:
                    count = write_ftm(export_ftm(store, node_id), out)
    what = "claims" if args.format != "ftm" else "entities"
    stderr.print(f"exported {count} {what} as {args.format}" + (f" to {args.output}" if args.output else ""), highlight=False)
    return 0


@contextmanager
def _stdout_text() -> Iterator:
    yield sys.stdout
    sys.stdout.flush()


@contextmanager
def _stdout_bytes() -> Iterator:
    yield sys.stdout.buffer
    sys.stdout.buffer.flush()


def _import(args: argparse.Namespace) -> int:
    from levers.imports import import_ftm_file, looks_like_wikidata

    failed = False
    with _store(args) as store:
        for path in args.paths:
            if args.format == "wikidata" or (args.format is None and looks_like_wikidata(path)):
                failed |= _import_wikidata(path, store)
                continue
            with _progress(None, f"importing {path}") as advance:
                report = import_ftm_file(path, store, on_line=lambda _n: advance())
            for error in report.errors:
                stderr.print(f"levers: {error}", highlight=False, markup=False)
            failed |= bool(report.errors)
            stored = ", ".join(f"{n} {status}" for status, n in sorted(report.stored.items())) or "no documents"
            stderr.print(f"{path}: {report.lines} lines, {stored}, {len(report.errors)} bad lines", highlight=False)
    return 1 if failed else 0


def _import_wikidata(path: str, store: Store) -> bool:
    """Import one Wikidata dump with a two-phase progress bar; True when a line was bad."""
    from levers.imports import import_wikidata_file

    with _phases(f"importing {path}") as progress:
        report = import_wikidata_file(path, store, progress=progress)
    for error in report.errors:
        stderr.print(f"levers: {error}", highlight=False, markup=False)
    stored = ", ".join(f"{n} {status}" for status, n in sorted(report.stored.items())) or "no documents"
    claims = sum(report.claims.values())
    dropped = sum(report.dropped.values())
    stderr.print(
        f"{path}: {report.lines} lines, {sum(report.kept.values())} Wikidata entities kept, {claims} claims "
        f"({dropped} left out: an end the dump and reference data lack), {stored}, {len(report.errors)} bad lines",
        highlight=False,
    )
    return bool(report.errors)


@contextmanager
def _phases(verb: str) -> Iterator:
    """A progress bar per phase ("reading" lines, then "storing" records) on a terminal; silence otherwise."""
    if not stderr.is_terminal:
        yield None
        return
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=stderr, transient=True) as bar:
        tasks: dict[str, TaskID] = {}

        def update(phase: str, done: int, total: int | None) -> None:
            if phase not in tasks:
                tasks[phase] = bar.add_task(f"{verb}: {phase}", total=total)
            bar.update(tasks[phase], completed=done, total=total)

        yield update


def _check(args: argparse.Namespace) -> int:
    from levers.analyse.factcheck import check_store, render_flags

    with _store(args) as store:
        flags = check_store(store)
    sys.stdout.write(render_flags(flags))
    return 0


def _explain(args: argparse.Namespace) -> int:
    from levers.analyse import explain, render_explanation

    with _store(args) as store:
        explanation = explain(store, args.company, state=args.state)
    sys.stdout.write(render_explanation(explanation, args.format))
    return 0


def _timeline(args: argparse.Namespace) -> int:
    from levers.analyse import plot_timeline, render_timeline, timeline

    with _store(args) as store:
        events = timeline(store, args.entity)
    if args.format == "json":
        sys.stdout.write(json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_timeline(args.entity, events))
    if args.plot:
        drawn = plot_timeline(args.entity, events, args.plot)
        stderr.print(f"wrote {args.plot} ({drawn} dated events)", highlight=False)
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn  # the web stack loads only for this command

    from levers.serve.app import HOST_VARIABLE, LOOPBACK_HOSTS
    from levers.serve.jobs import fail_leftover_jobs

    if args.host not in LOOPBACK_HOSTS:
        stderr.print(f"levers: listening on {args.host}, not only loopback: anyone who reaches it can read the store", highlight=False)
    with _store(args) as store:  # migrated here once, before the server processes open it
        if failed := fail_leftover_jobs(store):
            stderr.print(f"levers: {failed} ingest job(s) that an earlier server left unfinished are marked failed", highlight=False)
    # Each server process builds its app anew (app_from_environment): settings go by the environment.
    os.environ["LEVERS_DB"] = str(args.db or config.db_path())
    os.environ[HOST_VARIABLE] = args.host
    uvicorn.run(
        "levers.serve.app:app_from_environment", factory=True,
        host=args.host, port=args.port, workers=args.workers, log_level="info",
    )
    return 0


# -- helpers --------------------------------------------------------------


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number")
    return number


def _report(error: ReadError) -> None:
    stderr.print(f"levers: {error.source}: {error.error}", highlight=False, markup=False)


def _count_documents(patterns: list[str]) -> int | None:
    """How many documents to expect, for the progress bar (None when a stream or JSONL hides it)."""
    if "-" in patterns:
        return None
    files = expand_paths(patterns)
    if any(f.suffix == ".jsonl" for f in files):
        return None
    return len(files)


@contextmanager
def _progress(total: int | None, verb: str) -> Iterator:
    """A progress bar on a terminal for more than a few documents; silence otherwise."""
    if not stderr.is_terminal or (total is not None and total <= PROGRESS_AFTER):
        yield lambda: None
        return
    columns = [SpinnerColumn(), TextColumn(verb), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=stderr, transient=True) as progress:
        task = progress.add_task(verb, total=total)
        yield lambda: progress.advance(task)


if __name__ == "__main__":
    sys.exit(main())
