"""Ingest jobs as rows of the store: `levers serve` runs each job in one process, and
any of its server processes answers how the job is going.

    job = store.jobs.create("report.txt")       # queued
    store.jobs.start(job.id)                     # running
    store.jobs.document_stored(job.id, "d1")     # progress, one document at a time
    store.jobs.finish(job.id, "done", {"added": 1}, [])
    store.jobs.get(job.id)                       # the record, from any process
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import Engine, delete, func, insert, select, update

from .schema import ingest_job_documents, ingest_jobs
from .transactions import writing

JobStatus = Literal["queued", "running", "done", "failed"]

UNFINISHED: tuple[JobStatus, ...] = ("queued", "running")

KEPT_JOBS = 100
"""Finished jobs remembered for status requests; older ones are forgotten."""


@dataclass
class Job:
    """An uploaded file being ingested, and how far it got."""

    id: str
    filename: str
    status: JobStatus = "queued"
    counts: dict[str, int] = field(default_factory=dict)
    document_ids: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    created_at: str = ""
    started_at: str | None = None
    finished_at: str | None = None

    @property
    def documents_done(self) -> int:
        return len(self.document_ids)


class JobRecords:
    """The ingest jobs of one store."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(self, filename: str) -> Job:
        """A new queued job; the oldest finished jobs beyond KEPT_JOBS are forgotten."""
        job = Job(id=uuid.uuid4().hex, filename=filename, created_at=_now())
        kept = (
            select(ingest_jobs.c.id)
            .where(ingest_jobs.c.status.not_in(UNFINISHED))
            .order_by(ingest_jobs.c.created_at.desc(), ingest_jobs.c.id.desc())
            .limit(KEPT_JOBS)
        )
        with writing(self._engine) as conn:
            conn.execute(
                delete(ingest_jobs).where(ingest_jobs.c.status.not_in(UNFINISHED), ingest_jobs.c.id.not_in(kept))
            )
            conn.execute(
                insert(ingest_jobs).values(
                    id=job.id, filename=filename, status=job.status, counts={}, errors=[], created_at=job.created_at
                )
            )
        return job

    def get(self, job_id: str) -> Job | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(ingest_jobs).where(ingest_jobs.c.id == job_id)).first()
            if row is None:
                return None
            document_ids = conn.execute(
                select(ingest_job_documents.c.document_id)
                .where(ingest_job_documents.c.job_id == job_id)
                .order_by(ingest_job_documents.c.position)
            ).scalars()
            return Job(
                id=row.id, filename=row.filename, status=row.status, counts=dict(row.counts),
                document_ids=list(document_ids), errors=[(source, error) for source, error in row.errors],
                created_at=row.created_at, started_at=row.started_at, finished_at=row.finished_at,
            )

    def start(self, job_id: str) -> None:
        with writing(self._engine) as conn:
            conn.execute(
                update(ingest_jobs).where(ingest_jobs.c.id == job_id).values(status="running", started_at=_now())
            )

    def document_stored(self, job_id: str, document_id: str) -> None:
        """The job has stored one more document."""
        done = select(func.count()).where(ingest_job_documents.c.job_id == job_id).scalar_subquery()
        with writing(self._engine) as conn:
            conn.execute(insert(ingest_job_documents).values(job_id=job_id, position=done, document_id=document_id))

    def finish(self, job_id: str, status: JobStatus, counts: dict[str, int], errors: list[tuple[str, str]]) -> None:
        with writing(self._engine) as conn:
            conn.execute(
                update(ingest_jobs)
                .where(ingest_jobs.c.id == job_id)
                .values(status=status, counts=counts, errors=errors, finished_at=_now())
            )

    def fail_unfinished(self, message: str, job_ids: list[str] | None = None) -> int:
        """Fail the queued and running jobs (of `job_ids`, or all) with `message`; return how many."""
        unfinished = select(ingest_jobs.c.id, ingest_jobs.c.filename).where(ingest_jobs.c.status.in_(UNFINISHED))
        if job_ids is not None:
            unfinished = unfinished.where(ingest_jobs.c.id.in_(job_ids))
        with writing(self._engine) as conn:
            rows = conn.execute(unfinished).all()
            for job_id, filename in rows:
                conn.execute(
                    update(ingest_jobs)
                    .where(ingest_jobs.c.id == job_id)
                    .values(status="failed", errors=[[filename, message]], finished_at=_now())
                )
        return len(rows)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
