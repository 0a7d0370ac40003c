"""Uploads checked, then ingested one at a time in the background, with progress.

One worker per server process does the ingests that process accepts: a spaCy
pipeline is loaded once and used by one thread, and SQLite takes one writer at a
time anyway. Readers go on meanwhile (the store runs SQLite in WAL mode). Each
job's record (status, progress, errors) is a row of the store (store/jobs.py),
written by the worker as it goes, so that every server process answers for every
job. With several server processes (`levers serve --workers N`) up to N ingests
can run at once, one per process; their write transactions take turns.
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
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from ..extract import Extractor
from ..ingest import ingest
from ..read import SUFFIXES
from ..store import Store
from ..store.jobs import Job

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
"""Largest accepted upload: 5 MiB."""

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

SERVER_STOPPED = "the server stopped before the job ended"


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


def fail_leftover_jobs(store: Store) -> int:
    """Fail the jobs a stopped server left queued or running; return how many.

    Only while no server runs over the store: `levers serve` calls it before it starts.
    """
    return store.jobs.fail_unfinished(SERVER_STOPPED)


class Ingestor:
    """Runs the ingest jobs that this server process accepts, one after the other.

    For a store in a file (or a database server) the jobs run in one worker
    process, so that spaCy's work does not hold the GIL that the request threads
    need: the API keeps answering quickly while an ingest runs. An in-memory
    store, or an explicit `extractor_factory`, runs the jobs in a thread instead.
    Whichever runs a job keeps its record in the store; this process keeps only
    what it needs to clean up after its own jobs.
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
        self._extractor = functools.cache(extractor_factory or Extractor)  # made by the first job, then reused
        self._accepted: dict[str, tuple[str, BaseProcess | None]] = {}
        """Job id -> (its upload folder, the worker process it went to), until the job ends."""
        self._lock = threading.Lock()
        self._thread_pool: ThreadPoolExecutor | None = None
        self._process: BaseProcess | None = None
        self._inbox: Any = None
        self._outbox: Any = None
        self._listener: threading.Thread | None = None

    def submit(self, safe_name: str, data: bytes) -> Job:
        """Queue the upload as a new job. It writes a file and a row: call it from a thread, not the event loop."""
        folder = tempfile.mkdtemp(prefix="levers-upload-")
        path = Path(folder) / safe_name
        try:
            path.write_bytes(data)
            job = self._store.jobs.create(safe_name)
        except Exception:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        with self._lock:
            if self._url is None:
                if self._thread_pool is None:
                    self._thread_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="levers-ingest")
                self._accepted[job.id] = (folder, None)
                self._thread_pool.submit(self._run_here, job.id, str(path))
            else:
                self._ensure_worker()
                self._accepted[job.id] = (folder, self._process)
                self._inbox.put((job.id, str(path)))
        return job

    def job(self, job_id: str) -> Job | None:
        """The job's record, whichever server process accepted it."""
        return self._store.jobs.get(job_id)

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
        self._abandon(SERVER_STOPPED)

    def _ended(self, job_id: str) -> None:
        """After a job (done or failed): remove its upload, tell `on_done`."""
        with self._lock:
            accepted = self._accepted.pop(job_id, None)
        if accepted is not None:
            shutil.rmtree(accepted[0], ignore_errors=True)
        if self._on_done is not None:
            self._on_done()

    def _abandon(self, message: str, worker: BaseProcess | None = None) -> None:
        """Fail the accepted jobs that have not ended: those sent to `worker`, or all."""
        with self._lock:
            job_ids = [job_id for job_id, (_, sent_to) in self._accepted.items() if worker is None or sent_to is worker]
        if job_ids:
            self._store.jobs.fail_unfinished(message, job_ids)
        for job_id in job_ids:
            self._ended(job_id)

    # --- in a worker process ---------------------------------------------------

    def _ensure_worker(self) -> None:
        """Start the worker process (and the thread that hears of its jobs' ends) if it is not running."""
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
                job_id = outbox.get(timeout=1)
            except queue.Empty:
                if not process.is_alive():
                    self._abandon("the ingest worker stopped", process)
                    return
                continue
            if job_id is None:
                return
            self._ended(job_id)

    # --- in a thread of this process ------------------------------------------------

    def _run_here(self, job_id: str, path: str) -> None:
        _run_job(self._store, self._extractor, job_id, path)
        self._ended(job_id)


def _run_job(store: Store, extractor: Callable[[], Extractor], job_id: str, path: str) -> None:
    """Ingest one upload, keeping the job's record in the store; a failure fails the job, not the caller."""
    shown = Path(path).name  # errors name the upload, not its temporary path
    try:
        store.jobs.start(job_id)
        report = ingest([path], store, extractor(), functools.partial(store.jobs.document_stored, job_id))
        errors = [(shown + error.source.removeprefix(path), error.error) for error in report.errors]
        store.jobs.finish(job_id, "done", dict(report.counts), errors)
    except Exception as error:  # noqa: BLE001 - a failed job reports, the worker lives on
        store.jobs.finish(job_id, "failed", {}, [(shown, f"ingest failed: {type(error).__name__}")])


def _shareable_url(store: Store) -> str | None:
    """The store's URL for another process to open, or None for an in-memory SQLite store."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        return None
    return url.render_as_string(hide_password=False)


def _worker_main(url: str, inbox: Any, outbox: Any) -> None:
    """The worker process: run each (job id, path) from `inbox`, then put the job id on `outbox`; None stops it."""
    os.nice(INGEST_NICENESS)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    store = Store(url)
    extractor = functools.cache(Extractor)
    try:
        while (item := inbox.get()) is not None:
            job_id, path = item
            _run_job(store, extractor, job_id, path)
            outbox.put(job_id)
    finally:
        store.close()
