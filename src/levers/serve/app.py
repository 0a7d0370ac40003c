"""The web application: the API under /api/v1, the page at /, its files under /static.

    from levers.serve import create_app
    app = create_app(Store("levers.db"))      # then: uvicorn.run(app, host="127.0.0.1")

`levers serve` runs `app_from_environment` in each of its server processes.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__, config
from ..extract import Extractor
from ..store import Store
from . import api
from .assets import STATIC_DIR, cytoscape_js
from .jobs import MAX_UPLOAD_BYTES, Ingestor
from .queries import NameIndex

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

HOST_VARIABLE = "LEVERS_HOST"
"""The address `levers serve` listens on, for the app in each of its processes (default: 127.0.0.1)."""

MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024
"""Any request body: an upload plus room for its multipart headers."""

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
"""No inline script anywhere: even if document text ever reached the DOM as HTML, it could not run."""


def app_from_environment() -> FastAPI:
    """The app of one `levers serve` process, over $LEVERS_DB, for the address in $LEVERS_HOST.

    uvicorn starts each worker process anew, so the settings come from the environment.
    """
    host = os.environ.get(HOST_VARIABLE, "127.0.0.1")
    return create_app(Store(config.db_path()), allowed_hosts=allowed_hosts_for(host), close_store=True)


def allowed_hosts_for(listen_host: str) -> Sequence[str]:
    """The Host headers answered: on a loopback address only loopback names (no DNS rebinding)."""
    return LOOPBACK_HOSTS if listen_host in LOOPBACK_HOSTS else ["*"]


def create_app(
    store: Store,
    token: str | None = None,
    extractor_factory: Callable[[], Extractor] | None = None,
    allowed_hosts: Sequence[str] = LOOPBACK_HOSTS,
    close_store: bool = False,
) -> FastAPI:
    """The app over `store`. `token` (default: $LEVERS_TOKEN) guards writes; "" turns them off.

    Ingests run in a worker process; `extractor_factory` runs them in a thread of
    this process instead, with that extractor (tests, notebooks). `close_store`
    closes the store when the app shuts down.
    """
    if token is None:
        token = os.environ.get("LEVERS_TOKEN") or None
    names = NameIndex(store.engine)
    ingestor = Ingestor(store, extractor_factory, on_done=names.invalidate)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        ingestor.shutdown()
        if close_store:
            store.close()

    app = FastAPI(
        title="levers",
        version=__version__,
        description="Who can pull the levers of a company: entities, typed claims with certainty, "
        "attribution and evidence offsets, read from the news.",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # Swagger UI loads from a CDN with inline script: not under this CSP
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.services = api.Services(store=store, names=names, ingestor=ingestor, token=token)
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _page_routes(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    return app


def _page_routes(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    @app.get("/vendor/cytoscape.min.js", include_in_schema=False)
    def cytoscape() -> FileResponse:
        path = cytoscape_js()
        if path is None:
            raise HTTPException(404, "cytoscape.js is not installed: run `make install` (npm ci)")
        return FileResponse(path, media_type="text/javascript")


class SecurityHeaders:
    """CSP and friends on every response."""

    HEADERS = [
        (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
    ]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuse request bodies over `max_bytes` (413) before they are parsed or spooled to disk."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _too_large(send, self.max_bytes)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        try:
            await self.app(scope, counting_receive, send)
        except BodyTooLarge:
            await _too_large(send, self.max_bytes)


class BodyTooLarge(StarletteHTTPException):
    """An HTTPException, so that FastAPI's body parsing passes it on as a 413 (not a 400)."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"request body over {max_bytes:,} bytes")


async def _too_large(send: Send, max_bytes: int) -> None:
    body = f'{{"detail":"request body over {max_bytes:,} bytes"}}'.encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
