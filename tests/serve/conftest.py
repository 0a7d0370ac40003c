"""A real `levers serve` for the API and browser tests.

Once per session: the project's samples/ and the seed article (../shared/seeds)
go through the real pipeline into a SQLite file in a temporary folder, and
uvicorn serves the app over it on a free loopback port, in a thread.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from levers.extract import Extractor
from levers.ingest import ingest
from levers.model import Document, Entity, Extraction
from levers.reference import Reference
from levers.serve import create_app
from levers.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
SEED_ID = SEEDS[0].stem if SEEDS else None
TOKEN = "test-token-6b1f"


@dataclass
class Served:
    url: str
    store: Store
    token: str

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, **kwargs)  # type: ignore[arg-type]

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@contextmanager
def running(app: object) -> Iterator[str]:
    """Serve `app` with uvicorn on a free loopback port; yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Iterator[Served]:
    store = Store(tmp_path_factory.mktemp("serve") / "levers.db")
    report = ingest([str(SAMPLES), *map(str, SEEDS)], store, extractor)
    assert not report.errors, report.errors
    app = create_app(store, token=TOKEN)  # uploads are ingested in a worker process, as in production
    with running(app) as url:
        yield Served(url=url, store=store, token=TOKEN)
    store.close()


@pytest.fixture
def small_served(tmp_path: Path) -> Iterator[Served]:
    """A store of its own, served with the token, for writes the shared store must not see:
    "Facebook" in d1, "Meta Platforms" in d2 and d3, on two nodes."""
    store = Store(tmp_path / "small.db", Reference())  # no reference data: nothing merges the names
    for doc_id, name in (("d1", "Facebook"), ("d2", "Meta Platforms"), ("d3", "Meta Platforms")):
        text = f"{name} reported a loss."
        store.add(Extraction(Document(doc_id, text), [Entity("e1", name, "company", mentions=[(0, len(name))])]))
    with running(create_app(store, token=TOKEN)) as url:
        yield Served(url=url, store=store, token=TOKEN)
    store.close()


@pytest.fixture(scope="session")
def read_only_url(served: Served) -> Iterator[str]:
    """The same store served with no token configured: every write is refused."""
    with running(create_app(served.store, token="")) as url:
        yield url


@pytest.fixture
def other_server_url(served: Served) -> Iterator[str]:
    """A second app over the served store's file, with its own connections and ingestor:
    what another `levers serve --workers` process is."""
    with Store(served.store.engine.url.database) as store, running(create_app(store, token=served.token)) as url:
        yield url


def _wait_for_job(client: httpx.Client, job_id: str, headers: dict[str, str], timeout: float = 120) -> dict:
    """Poll an ingest job until it is done or failed."""
    deadline = time.monotonic() + timeout
    while True:
        job = client.get(f"/api/v1/ingest/{job_id}", headers=headers).json()
        if job["status"] in ("done", "failed"):
            return job
        if time.monotonic() > deadline:
            raise TimeoutError(job)
        time.sleep(0.1)


@pytest.fixture(scope="session")
def wait_for_job():  # type: ignore[no-untyped-def]
    return _wait_for_job
