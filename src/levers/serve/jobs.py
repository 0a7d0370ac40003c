"""Uploads checked, then ingested one at a time in the background, with progress.

One worker does every ingest: a spaCy pipeline is loaded once and used by one
thread, and SQLite takes one writer at a time anyway. Readers go on meanwhile
(the store runs SQLite in WAL mode).
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
import queue
import re
import shutil
import tempfile
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, Literal

from ..extract import Extractor
from ..ingest import ingest
from ..read import SUFFIXES
from ..store import Store

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
"""Largest accepted upload: 5 MiB."""

KEPT_JOBS = 100
"""Finished jobs remembered for status requests; older ones are forgotten."""

INGEST_NICENESS = 10
"""How much the ingest worker process lowers its CPU priority (os.nice).

An analyst's reads come before a background ingest: on a machine with few cores the
worker's spaCy work would otherwise take a full core from the request threads. The
ingest still gets every cycle the API leaves idle, so it only slows down while
requests are being answered.
"""

_TEXT_TYPES = {"text/plain", "text/markdown", "text/x-markdown"}
_ALLOWED_TYPES: dict[str, set[str]] = {
    ".txt": _TEXT_TYPES,
    ".md": _TEXT_TYPES,
    ".html": {"text/html", "application/xhtml+xml"},
    ".htm": {"text/html", "application/xhtml+xml"},
    ".jsonl": {
        "application/jsonl",
        "application/x-ndjson",
        "application/x-jsonlines",
        "application/json",
        "text/plain",
    },
}
_UNKNOWN_TYPES = {"", "application/octet-stream"}
"""What clients send when they do not know; the content is checked either way."""

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

Status = Literal["queued", "running", "done", "failed"]


class UploadRefused(Exception):
    """An upload that is not ingested, with the HTTP status that says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def check_upload(filename: str, content_type: str | None, data: bytes) -> str:
    """The safe file name to ingest the upload under, or `UploadRefused`."""
    suffix = Path(filename).suffix.lower()
    if suffix not in SUFFIXES:
        raise UploadRefused(415, f"unsupported file type {suffix or '(none)'!r}; expected one of {', '.join(SUFFIXES)}")
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type not in _ALLOWED_TYPES[suffix] | _UNKNOWN_TYPES:
        raise UploadRefused(415, f"content type {media_type!r} does not fit a {suffix} file")
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadRefused(413, f"upload is over {MAX_UPLOAD_BYTES:,} bytes")
    if not data.strip():
        raise UploadRefused(400, "empty upload")
    if b"\x00" in data:
        raise UploadRefused(415, "binary content (contains NUL bytes)")
    if suffix != ".html" and suffix != ".htm":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise UploadRefused(415, f"not UTF-8 text ({error.reason} at byte {error.start})") from error
    stem = _UNSAFE.sub("_", Path(filename).stem).strip("._") or "upload"
    return stem[:100] + suffix


@dataclass
class Job:
    id: str
    filename: str
    status: Status = "queued"
    documents_done: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    document_ids: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    folder: str = ""
    """The temporary folder holding the upload until the job ends."""


Event = tuple[Any, ...]
"""("start", job) | ("doc", job, document id) | ("end", job, counts, errors) | ("fail", job, message)"""


class Ingestor:
    """Runs ingest jobs one after the other and remembers how they went.

    For a store in a file (or a database server) the jobs run in one worker
    process, so that spaCy's work does not hold the GIL that the request threads
    need: the API keeps answering quickly while an ingest runs. An in-memory
    store, or an explicit `extractor_factory`, runs the jobs in a thread instead.
    """

    def __init__(
        self,
        store: Store,
        extractor_factory: Callable[[], Extractor] | None = None,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        self._store = store
        self._on_done = on_done
        self._url = None if extractor_factory is not None else _shareable_url(store)
        self._extractor_factory = extractor_factory or Extractor
        self._extractor: Extractor | None = None
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._thread_pool: ThreadPoolExecutor | None = None
        self._process: BaseProcess | None = None
        self._inbox: Any = None
        self._outbox: Any = None
        self._listener: threading.Thread | None = None

    def submit(self, safe_name: str, data: bytes) -> Job:
        folder = tempfile.mkdtemp(prefix="levers-upload-")
        path = Path(folder) / safe_name
        path.write_bytes(data)
        job = Job(id=uuid.uuid4().hex, filename=safe_name, folder=folder)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEPT_JOBS:
                self._jobs.popitem(last=False)
            if self._url is None:
                if self._thread_pool is None:
                    self._thread_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="levers-ingest")
                self._thread_pool.submit(self._run_here, job.id, str(path))
            else:
                self._ensure_worker()
                self._inbox.put((job.id, str(path)))
        return job

    def job(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def shutdown(self) -> None:
        if self._thread_pool is not None:
            self._thread_pool.shutdown(wait=True, cancel_futures=True)
        if self._process is not None:
            self._inbox.put(None)
            self._process.join(timeout=30)
            if self._process.is_alive():
                self._process.terminate()
                self._process.join(timeout=10)
            self._outbox.put(None)
        if self._listener is not None:
            self._listener.join(timeout=10)
        for channel in (self._inbox, self._outbox):
            if channel is not None:
                channel.close()
                channel.join_thread()
        self._inbox = self._outbox = self._process = None  # frees their semaphores now

    # --- in a worker process ---------------------------------------------------

    def _ensure_worker(self) -> None:
        """Start the worker process (and the thread that reads its events) if it is not running."""
        if self._process is not None and self._process.is_alive():
            return
        context = multiprocessing.get_context("spawn")
        self._inbox, self._outbox = context.Queue(), context.Queue()
        self._process = context.Process(
            target=_worker_main, args=(self._url, self._inbox, self._outbox), name="levers-ingest", daemon=True
        )
        self._process.start()
        self._listener = threading.Thread(target=self._listen, args=(self._process, self._outbox), daemon=True)
        self._listener.start()

    def _listen(self, process: BaseProcess, outbox: Any) -> None:
        while True:
            try:
                event = outbox.get(timeout=1)
            except queue.Empty:
                if not process.is_alive():
                    self._fail_unfinished("the ingest worker stopped")
                    return
                continue
            if event is None:
                return
            self._apply(event)

    def _apply(self, event: Event) -> None:
        job = self.job(event[1])
        if job is None:
            return
        kind = event[0]
        if kind == "start":
            job.status = "running"
        elif kind == "doc":
            _advance(job, event[2])
        elif kind == "end":
            self._finish(job, "done", event[2], event[3])
        elif kind == "fail":
            self._finish(job, "failed", {}, [(job.filename, event[2])])

    def _fail_unfinished(self, message: str) -> None:
        with self._lock:
            unfinished = [job for job in self._jobs.values() if job.status in ("queued", "running")]
        for job in unfinished:
            self._finish(job, "failed", {}, [(job.filename, message)])

    # --- in a thread of this process ------------------------------------------------

    def _run_here(self, job_id: str, path: str) -> None:
        job = self.job(job_id)
        if job is None:
            return
        job.status = "running"
        try:
            if self._extractor is None:
                self._extractor = self._extractor_factory()
            counts, errors = _ingest_file(path, self._store, self._extractor, lambda doc_id: _advance(job, doc_id))
            self._finish(job, "done", counts, errors)
        except Exception as error:  # noqa: BLE001 - a failed job reports, the worker lives on
            self._finish(job, "failed", {}, [(job.filename, f"ingest failed: {type(error).__name__}")])

    def _finish(self, job: Job, status: Status, counts: dict[str, int], errors: list[tuple[str, str]]) -> None:
        path_prefix = str(Path(job.folder) / job.filename)
        job.counts = dict(counts)
        job.errors = [(job.filename + source.removeprefix(path_prefix), error) for source, error in errors]
        shutil.rmtree(job.folder, ignore_errors=True)
        job.status = status
        if self._on_done is not None:
            self._on_done()


def _advance(job: Job, doc_id: str) -> None:
    job.documents_done += 1
    job.document_ids.append(doc_id)


def _ingest_file(
    path: str, store: Store, extractor: Extractor, on_document: Callable[[str], None]
) -> tuple[dict[str, int], list[tuple[str, str]]]:
    report = ingest([path], store, extractor, on_document)
    return dict(report.counts), [(error.source, error.error) for error in report.errors]


def _shareable_url(store: Store) -> str | None:
    """The store's URL for another process to open, or None for an in-memory SQLite store."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        return None
    return url.render_as_string(hide_password=False)


def _worker_main(url: str, inbox: Any, outbox: Any) -> None:
    """The worker process: ingest each (job id, path) from `inbox`, report on `outbox`; None stops it."""
    os.nice(INGEST_NICENESS)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    store = Store(url)
    extractor: Extractor | None = None
    try:
        while (item := inbox.get()) is not None:
            job_id, path = item
            outbox.put(("start", job_id))
            try:
                extractor = extractor or Extractor()
                report_document = functools.partial(_put_document, outbox, job_id)
                counts, errors = _ingest_file(path, store, extractor, report_document)
                outbox.put(("end", job_id, counts, errors))
            except Exception as error:  # noqa: BLE001 - a failed job reports, the worker lives on
                outbox.put(("fail", job_id, f"ingest failed: {type(error).__name__}"))
    finally:
        store.close()


def _put_document(outbox: Any, job_id: str, doc_id: str) -> None:
    outbox.put(("doc", job_id, doc_id))
