"""The REST API, version 1: a thin shell over the store and `levers.serve.queries`."""

from __future__ import annotations

import functools
import hmac
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, File, HTTPException, Path, Query, Request, UploadFile, status
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..analyse.citations import qualifier_texts
from ..analyse.explain import Explanation, UnknownEntity
from ..analyse.explain import explain as explain_company
from ..analyse.profile import ClaimView
from ..analyse.timeline import TimelineEvent
from ..analyse.timeline import timeline as entity_timeline
from ..export import export_ftm_between, ftm_lines
from ..store import Store
from ..store.jobs import Job
from . import queries, schemas
from .jobs import MAX_UPLOAD_BYTES, Ingestor, UploadRefused, check_upload

MAX_PAGE = 200
MAX_EXPORT_DEPTH = 2
FTM_MEDIA_TYPE = "application/x-ndjson"


@dataclass
class Services:
    """What the routes use, kept on `app.state.services`."""

    store: Store
    names: queries.NameIndex
    ingestor: Ingestor
    token: str | None


async def services(request: Request) -> Services:
    # async: a sync dependency would cost every request a hand-off to the thread pool
    return request.app.state.services


Svc = Annotated[Services, Depends(services)]
_bearer = HTTPBearer(auto_error=False, description="the operator's LEVERS_TOKEN")


def require_token(
    svc: Svc, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Writes need the operator's token; with none configured they are off (403)."""
    if not svc.token:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "writes are disabled: the server has no LEVERS_TOKEN")
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode(), svc.token.encode()):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"}
        )


router = APIRouter(prefix="/api/v1", responses={404: {"model": schemas.Problem}})
NodeId = Annotated[int, Path(ge=1, description="an entity (graph node) id, from search")]


@router.get("/health", response_model=schemas.Health, tags=["meta"])
def health(svc: Svc) -> schemas.Health:
    return schemas.Health(status="ok", version=__version__, counts=svc.store.counts(), writes_enabled=bool(svc.token))


# --- entities ------------------------------------------------------------------


@router.get("/search", response_model=schemas.SearchResult, tags=["entities"])
def search(
    svc: Svc,
    q: Annotated[str, Query(min_length=1, max_length=200, description="a name or alias; typos are tolerated")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> schemas.SearchResult:
    """Entities by name or alias: exact, then prefix, then (without an exact one) substring, then fuzzy matches."""
    hits = queries.search(svc.store, svc.names, q, limit)
    return schemas.SearchResult(
        query=q,
        results=[
            schemas.SearchHit(
                id=h.node.id, name=h.node.name, type=h.node.type, aliases=h.node.aliases, ref=h.node.ref,
                match=h.match, score=h.score, documents=h.documents,
            )
            for h in hits
        ],
    )


# async, so on the event loop: the work is about a millisecond of indexed reads under
# the GIL, and under 20 concurrent clients the two thread-pool hand-offs of a sync route
# (GIL contention between the threads) cost more CPU than that (README: latency).
# A node with thousands of claims holds the loop while its view is built (a tenth of a
# second or more): paging an entity's claims would bound that.
@router.get("/entities/{node_id}", response_model=schemas.EntityOut, tags=["entities"])
async def entity(svc: Svc, node_id: NodeId) -> schemas.EntityOut:
    """An entity with its claims grouped by type, each with its source and evidence."""
    view = queries.entity_view(svc.store, node_id)
    if view is None:
        raise HTTPException(404, f"no entity {node_id}")
    profile = view.profile
    node = profile.node
    by_type = {
        claim_type: [_claim_out(v, view.other_ids.get(id(v)), view.source_ids.get(id(v))) for v in views]
        for claim_type, views in profile.claims_by_type.items()
    }
    return schemas.EntityOut(
        id=node.id, name=node.name, type=node.type, aliases=node.aliases, ref=node.ref,
        documents=[schemas.DocumentInfo(id=d, title=t, published=p) for d, t, p in profile.documents],
        claim_count=sum(len(views) for views in by_type.values()),
        claims_by_type=by_type,
    )


def _claim_out(view: ClaimView, other_id: int | None, source_id: int | None) -> schemas.ClaimOut:
    other = schemas.NodeOut(id=other_id, name=view.other, type=view.other_type) if other_id is not None else None
    return schemas.ClaimOut(
        type=view.type, direction=view.direction, other=other, certainty=view.certainty,
        source=view.source, source_id=source_id, cue=view.cue, qualifiers=view.qualifiers,
        citations=[
            schemas.Citation(
                document_id=c.document_id, document_title=c.document_title, published=c.published,
                evidence=c.evidence, spans=c.spans,
            )
            for c in view.citations
        ],
    )


@router.get("/entities/{node_id}/neighbours", response_model=schemas.NeighbourPage, tags=["entities"])
def neighbours(
    svc: Svc,
    node_id: NodeId,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> schemas.NeighbourPage:
    """Entities linked to this one by claims, most claims first."""
    _exists(svc, node_id)
    found = queries.neighbours(svc.store.engine, node_id)
    page = found[offset : offset + limit]
    infos = queries.node_infos(svc.store.engine, [n.node_id for n in page])
    items = [
        schemas.NeighbourOut(
            id=n.node_id, name=infos[n.node_id].name, type=infos[n.node_id].type, claims=n.claims,
            edges=[_edge_out(e) for e in n.edges],
        )
        for n in page
        if n.node_id in infos
    ]
    return schemas.NeighbourPage(total=len(found), limit=limit, offset=offset, items=items)


@router.get("/entities/{node_id}/graph", response_model=schemas.GraphOut, tags=["entities"])
def graph(
    svc: Svc, node_id: NodeId, limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="neighbours shown")] = 40
) -> schemas.GraphOut:
    """The entity, its closest neighbours and every claim among them, for drawing."""
    _exists(svc, node_id)
    found = queries.neighbours(svc.store.engine, node_id)
    shown = [node_id] + [n.node_id for n in found[:limit]]
    infos = queries.node_infos(svc.store.engine, shown)
    edges = queries.edges_among(svc.store.engine, shown)
    return schemas.GraphOut(
        center=node_id,
        nodes=[schemas.GraphNode(id=i, name=infos[i].name, type=infos[i].type, center=i == node_id) for i in shown if i in infos],
        edges=[_edge_out(e) for e in edges],
        truncated=len(found) > limit,
    )


def _edge_out(edge: queries.Edge) -> schemas.EdgeOut:
    return schemas.EdgeOut(subject=edge.subject, object=edge.object, type=edge.type, certainty=edge.certainty, count=edge.count)


def _exists(svc: Services, node_id: int) -> None:
    if not queries.node_infos(svc.store.engine, [node_id]):
        raise HTTPException(404, f"no entity {node_id}")


@router.get("/entities/{node_id}/timeline", response_model=list[TimelineEvent], tags=["entities"])
def timeline(svc: Svc, node_id: NodeId) -> list[TimelineEvent]:
    """The entity's events (regulatory actions, departures, deals, investments, loans), oldest first, with sources.

    An event is dated by its claim's own date, else by the publication date of the document
    that reports it (`dated_by`); events nothing dates come last.
    """
    _exists(svc, node_id)
    return entity_timeline(svc.store, node_id)


@router.get(
    "/entities/{node_id}/export",
    tags=["entities"],
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "FollowTheMoney entities, one JSON object a line, as `levers export` writes them",
            "content": {FTM_MEDIA_TYPE: {"schema": {"type": "string"}}},
        }
    },
)
def export(
    svc: Svc,
    node_id: NodeId,
    depth: Annotated[int, Query(ge=1, le=MAX_EXPORT_DEPTH, description="links away: 1 the neighbours, 2 theirs too")] = 1,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="nodes besides the entity, nearest and most linked first")] = 50,
) -> StreamingResponse:
    """FollowTheMoney export of the entity's neighbourhood: the entity, its neighbours and the claims between them.

    Nodes come as Person, Company, Organization, PublicBody or Asset; each claim as an
    interest (Ownership, Directorship, Membership, ..., else UnknownLink) with the
    document that states it as `proof` (a PlainText with its text), its evidence
    sentences, certainty and source, and each mention of a node as Mention and
    Documentation with its offsets. `levers import` reads it back.
    """
    _exists(svc, node_id)
    node_ids = queries.neighbourhood(svc.store.engine, node_id, depth, limit)
    return StreamingResponse(
        _joined(ftm_lines(export_ftm_between(svc.store, node_ids))),
        media_type=FTM_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="entity-{node_id}.ftm.json"'},
    )


def _joined(lines: Iterable[str], size: int = 64 * 1024) -> Iterator[bytes]:
    """The lines in chunks of about `size` bytes: each chunk, not each line, is one hand-off from the thread pool."""
    chunk: list[str] = []
    length = 0
    for line in lines:
        chunk.append(line)
        length += len(line)
        if length >= size:
            yield "".join(chunk).encode()
            chunk, length = [], 0
    if chunk:
        yield "".join(chunk).encode()


@router.get("/explain", response_model=Explanation, tags=["analysis"], responses={400: {"model": schemas.Problem}})
def explain(
    svc: Svc,
    company: Annotated[str, Query(min_length=1, max_length=200, description="an entity id or name")],
    state: Annotated[str | None, Query(max_length=100, description="a country name, adjective or code; default: every state")] = None,
) -> Explanation:
    """How a state could pull the levers of a company: paths of cited claims and reference facts, scored.

    Each path says its lever (ownership, control, people, acquisition, regulation, money,
    cooperation, jurisdiction), every link's certainty and source, and a citation per statement;
    counter-evidence, contradictions and what is missing come with it.
    """
    try:
        return explain_company(svc.store, company, state=state)
    except UnknownEntity as error:
        raise HTTPException(404, str(error)) from error
    except ValueError as error:
        raise HTTPException(400, str(error)) from error


# --- documents -----------------------------------------------------------------


@router.get("/documents", response_model=schemas.DocumentPage, tags=["documents"])
def documents(
    svc: Svc, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50, offset: Annotated[int, Query(ge=0)] = 0
) -> schemas.DocumentPage:
    total, rows = queries.list_documents(svc.store.engine, limit, offset)
    items = [schemas.DocumentInfo(id=d, title=t, published=p) for d, t, p in rows]
    return schemas.DocumentPage(total=total, limit=limit, offset=offset, items=items)


@router.get("/documents/{doc_id:path}", response_model=schemas.DocumentOut, tags=["documents"])
def document(svc: Svc, doc_id: str) -> schemas.DocumentOut:
    """A document's text with its entities' mentions and its claims' evidence as offsets."""
    extraction = svc.store.extraction(doc_id)
    if extraction is None:
        raise HTTPException(404, "no such document")
    node_of = queries.entity_nodes(svc.store.engine, doc_id)
    names = {e.id: e.name for e in extraction.entities}
    doc = extraction.document
    return schemas.DocumentOut(
        id=doc.id, title=doc.title, published=doc.published, url=doc.url, chars=len(doc.text), text=doc.text,
        entities=[
            schemas.MentionEntity(id=e.id, node_id=node_of.get(e.id), name=e.name, type=e.type, mentions=e.mentions)
            for e in extraction.entities
        ],
        claims=[
            schemas.DocumentClaim(
                id=c.id, type=c.type, subject=c.subject, object=c.object,
                subject_node=node_of.get(c.subject), object_node=node_of.get(c.object), certainty=c.certainty,
                source=names.get(c.attribution.source or "", c.attribution.source), cue=c.attribution.cue,
                qualifiers=qualifier_texts(c.qualifiers), evidence=c.evidence,
            )
            for c in extraction.claims
        ],
    )


# --- judgements -------------------------------------------------------------------

WRITE_REFUSALS = {401: {"model": schemas.Problem}, 403: {"model": schemas.Problem}}
_judgement = functools.partial(
    router.post,
    tags=["judgements"],
    dependencies=[Depends(require_token)],
    responses={400: {"model": schemas.Problem}, **WRITE_REFUSALS},
)


@_judgement("/merge", response_model=schemas.MergeOut)
def merge(svc: Svc, body: schemas.MergeIn) -> schemas.MergeOut:
    """Judge two entities to be one: `other`'s mentions move to `keep`, as `levers merge A B` does.

    The judgement is stored, so re-ingested documents keep to it.
    """
    _exists(svc, body.keep)
    _exists(svc, body.other)
    _judge(svc, lambda: svc.store.merge(body.keep, body.other))
    return schemas.MergeOut(id=body.keep, merged=body.other)


@_judgement("/split", response_model=schemas.SplitOut)
def split(svc: Svc, body: schemas.SplitIn) -> schemas.SplitOut:
    """Judge an entity's mentions in some documents to name another entity, as `levers split ID DOC...` does.

    They move to a new entity; the two never merge again, not even on re-ingest.
    """
    _exists(svc, body.node)
    new_id = _judge(svc, lambda: svc.store.split(body.node, body.documents))
    return schemas.SplitOut(id=body.node, new_id=new_id, documents=body.documents)


def _judge(svc: Services, judgement: Callable[[], int]) -> int:
    """Store a judgement (400 when the store refuses it); search sees the changed nodes at once."""
    try:
        node_id = judgement()
    except ValueError as error:
        raise HTTPException(400, str(error)) from error
    svc.names.invalidate()
    return node_id


# --- ingest ----------------------------------------------------------------------


@router.post(
    "/ingest",
    response_model=schemas.IngestJob,
    status_code=202,
    tags=["ingest"],
    dependencies=[Depends(require_token)],
    responses={413: {"model": schemas.Problem}, 415: {"model": schemas.Problem}, **WRITE_REFUSALS},
)
async def ingest(
    svc: Svc,
    file: Annotated[UploadFile, File(description=f".txt, .md, .html, .htm or .jsonl, at most {MAX_UPLOAD_BYTES:,} bytes")],
) -> schemas.IngestJob:
    """Queue a file for extraction and storage; poll /ingest/{job} for progress (any server process answers)."""
    data = await file.read(MAX_UPLOAD_BYTES + 1)
    try:
        safe_name = check_upload(file.filename or "", file.content_type, data)
    except UploadRefused as refused:
        raise HTTPException(refused.status, str(refused)) from refused
    return _job_out(await run_in_threadpool(svc.ingestor.submit, safe_name, data))  # it may wait for the write lock


@router.get(
    "/ingest/{job_id}", response_model=schemas.IngestJob, tags=["ingest"], dependencies=[Depends(require_token)]
)
def ingest_job(svc: Svc, job_id: Annotated[str, Path(max_length=64)]) -> schemas.IngestJob:
    job = svc.ingestor.job(job_id)
    if job is None:
        raise HTTPException(404, "no such job")
    return _job_out(job)


def _job_out(job: Job) -> schemas.IngestJob:
    return schemas.IngestJob(
        id=job.id, filename=job.filename, status=job.status, documents_done=job.documents_done,
        counts=dict(job.counts), document_ids=list(job.document_ids),
        errors=[schemas.IngestError(source=s, error=e) for s, e in job.errors],
        created_at=job.created_at, started_at=job.started_at, finished_at=job.finished_at,
    )
