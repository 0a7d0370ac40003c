"""`levers serve --workers 2`: two server processes over one store, as an operator runs them.

Settings reach the processes through the environment (the database, the token,
the address and so the Host check); each process answers for every ingest job,
whichever one accepted the upload and runs it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from levers.model import Document, Entity, Extraction
from levers.reference import Reference
from levers.serve.jobs import SERVER_STOPPED
from levers.store import Store

TOKEN = "workers-token-2c9e"
ARTICLE = "Nordwind Energy owns a 40% stake in Baltic Pipe Holdings.\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "levers.db"
    with Store(path, Reference()) as store:
        store.add(Extraction(Document("d1", "Gazprom grew."), [Entity("e1", "Gazprom", "company", mentions=[(0, 7)])]))
    return path


@pytest.fixture
def leftover_job(store_path: Path) -> str:
    """A job that an earlier server left running (it was killed)."""
    with Store(store_path) as store:
        job = store.jobs.create("killed.txt")
        store.jobs.start(job.id)
    return job.id


@pytest.fixture
def two_workers(store_path: Path, leftover_job: str) -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "levers.cli", "serve", "--db", str(store_path), "--port", str(port), "--workers", "2"],
        env={**os.environ, "LEVERS_TOKEN": TOKEN},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"levers serve did not start: {server.stderr.read().decode() if server.stderr else ''}")
            time.sleep(0.2)
        yield url
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_two_server_processes_serve_one_store_with_its_jobs(two_workers: str, leftover_job: str, wait_for_job) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=two_workers, timeout=30) as client:
        assert client.get("/api/v1/health").json()["writes_enabled"] is True
        assert client.get("/api/v1/health", headers={"Host": "evil.example"}).status_code == 400
        upload = {"file": ("nordwind.txt", ARTICLE.encode(), "text/plain")}
        assert client.post("/api/v1/ingest", files=upload).status_code == 401

        left = client.get(f"/api/v1/ingest/{leftover_job}", headers=auth).json()
        assert left["status"] == "failed" and left["errors"] == [{"source": "killed.txt", "error": SERVER_STOPPED}]

        response = client.post("/api/v1/ingest", files=upload, headers=auth)
        assert response.status_code == 202, response.text
        # A new connection for every request: either process may answer it.
        with httpx.Client(base_url=two_workers, timeout=30, limits=httpx.Limits(max_keepalive_connections=0)) as poller:
            done = wait_for_job(poller, response.json()["id"], auth)
            assert done["status"] == "done" and done["document_ids"] == ["nordwind"], done
            assert {poller.get(f"/api/v1/ingest/{done['id']}", headers=auth).json()["status"] for _ in range(10)} == {"done"}
        hits = client.get("/api/v1/search", params={"q": "Nordwind"}).json()["results"]
        assert hits and hits[0]["name"].startswith("Nordwind")
