"""Ingest job records: written by the process that runs the job, read by any other."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from levers.store import Store
from levers.store.jobs import KEPT_JOBS
from levers.store.schema import ingest_job_documents


def test_a_job_record_round_trips_through_the_store(tmp_path: Path) -> None:
    path = tmp_path / "levers.db"
    with Store(path) as runner, Store(path) as reader:  # two connections, as two processes have
        job = runner.jobs.create("batch.jsonl")
        queued = reader.jobs.get(job.id)
        assert queued == job
        assert (queued.status, queued.documents_done, queued.started_at) == ("queued", 0, None)

        runner.jobs.start(job.id)
        runner.jobs.document_stored(job.id, "jl-1")
        runner.jobs.document_stored(job.id, "jl-2")
        running = reader.jobs.get(job.id)
        assert (running.status, running.documents_done, running.document_ids) == ("running", 2, ["jl-1", "jl-2"])

        runner.jobs.finish(job.id, "done", {"added": 2}, [("batch.jsonl:2", "not JSON")])
        done = reader.jobs.get(job.id)
        assert done.status == "done" and done.counts == {"added": 2}
        assert done.errors == [("batch.jsonl:2", "not JSON")]
        assert done.created_at <= done.started_at <= done.finished_at


def test_unknown_jobs_are_none() -> None:
    assert Store.memory().jobs.get("no-such-job") is None


def test_failing_the_unfinished_jobs_leaves_finished_ones_and_others_alone() -> None:
    jobs = Store.memory().jobs
    done, running, queued, elsewhere = (jobs.create(f"{n}.txt") for n in ("done", "running", "queued", "elsewhere"))
    jobs.finish(done.id, "done", {"added": 1}, [])
    jobs.start(running.id)

    assert jobs.fail_unfinished("the ingest worker stopped", [done.id, running.id, queued.id]) == 2

    assert jobs.get(done.id).status == "done"
    for job in (running, queued):
        failed = jobs.get(job.id)
        assert failed.status == "failed" and failed.errors == [(job.filename, "the ingest worker stopped")]
    assert jobs.get(elsewhere.id).status == "queued"


def test_only_the_newest_finished_jobs_are_kept() -> None:
    store = Store.memory()
    jobs = store.jobs
    unfinished = jobs.create("still running.txt")
    finished = []
    for number in range(KEPT_JOBS + 2):
        job = jobs.create(f"{number}.txt")
        jobs.document_stored(job.id, f"d{number}")
        jobs.finish(job.id, "done", {"added": 1}, [])
        finished.append(job)
    jobs.create("one more.txt")  # forgets the oldest finished jobs beyond the limit

    assert jobs.get(finished[0].id) is None and jobs.get(finished[1].id) is None
    assert jobs.get(finished[2].id) is not None and jobs.get(finished[-1].id) is not None
    assert jobs.get(unfinished.id) is not None
    with store.engine.connect() as conn:  # their documents went with them
        assert conn.execute(select(func.count()).select_from(ingest_job_documents)).scalar_one() == KEPT_JOBS
