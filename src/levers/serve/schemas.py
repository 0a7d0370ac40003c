"""The shapes of the API's answers; they make the OpenAPI document."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class NodeOut(BaseModel):
    id: int
    name: str
    type: str


class EntitySummary(NodeOut):
    aliases: list[str] = []
    ref: str | None = None


class SearchHit(EntitySummary):
    match: Literal["exact", "prefix", "substring", "fuzzy"]
    score: float = Field(description="100 for an exact name; fuzzy matches 80-100")
    documents: int = Field(description="documents that mention the entity")


class SearchResult(BaseModel):
    query: str
    results: list[SearchHit]


class DocumentInfo(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None


class Citation(BaseModel):
    document_id: str
    document_title: str | None = None
    published: str | None = None
    evidence: str = Field(description="the text at the evidence spans, joined by ' … '")
    spans: list[tuple[int, int]] = Field(description="[start, end) offsets into the document text")


class ClaimOut(BaseModel):
    type: str
    direction: Literal["out", "in"] = Field(description="out: the entity is the subject")
    other: NodeOut | None
    certainty: str
    source: str | None = Field(description="who says so; null when the author states it")
    source_id: int | None = Field(None, description="the source's entity id, when it is one")
    cue: str | None = None
    qualifiers: dict[str, str] = {}
    citations: list[Citation]


class EntityOut(EntitySummary):
    documents: list[DocumentInfo]
    claim_count: int
    claims_by_type: dict[str, list[ClaimOut]] = Field(
        description="claim type -> claims, in contract order; within a type by direction, "
        "other end and certainty"
    )


class EdgeOut(BaseModel):
    subject: int
    object: int
    type: str
    certainty: str
    count: int


class NeighbourOut(NodeOut):
    claims: int
    edges: list[EdgeOut]


class NeighbourPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[NeighbourOut]


class GraphNode(NodeOut):
    center: bool = False


class GraphOut(BaseModel):
    center: int
    nodes: list[GraphNode]
    edges: list[EdgeOut]
    truncated: bool = Field(description="true when the entity has more neighbours than shown")


class MentionEntity(BaseModel):
    id: str = Field(description="the extraction's own entity id (e1, e2, ...)")
    node_id: int | None
    name: str
    type: str
    mentions: list[tuple[int, int]]


class DocumentClaim(BaseModel):
    id: str
    type: str
    subject: str
    object: str
    subject_node: int | None
    object_node: int | None
    certainty: str
    source: str | None
    cue: str | None
    qualifiers: dict[str, str] = {}
    evidence: list[tuple[int, int]]


class DocumentOut(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    chars: int
    text: str
    entities: list[MentionEntity]
    claims: list[DocumentClaim]


class DocumentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[DocumentInfo]


class IngestError(BaseModel):
    source: str
    error: str


class IngestJob(BaseModel):
    id: str
    filename: str
    status: Literal["queued", "running", "done", "failed"]
    documents_done: int = Field(description="documents extracted and stored so far")
    counts: dict[str, int] = Field(description="added / replaced / unchanged")
    document_ids: list[str]
    errors: list[IngestError]
    created_at: str = Field(description="when the upload was accepted (ISO 8601, UTC)")
    started_at: str | None = Field(description="when the ingest began; null while queued")
    finished_at: str | None = Field(description="when it ended, done or failed")


class MergeIn(BaseModel):
    keep: int = Field(ge=1, description="the entity that stays, with its id")
    other: int = Field(ge=1, description="the entity judged to be the same one; its id goes away")


class MergeOut(BaseModel):
    id: int = Field(description="the merged entity (keep)")
    merged: int = Field(description="the id that went away (other)")


class SplitIn(BaseModel):
    node: int = Field(ge=1, description="the entity to split")
    documents: list[str] = Field(
        min_length=1, max_length=1000, description="ids of the documents whose mention of it names another entity"
    )


class SplitOut(BaseModel):
    id: int = Field(description="the entity split, with its other documents")
    new_id: int = Field(description="the new entity, with the mentions in `documents`")
    documents: list[str]


class Health(BaseModel):
    status: str
    version: str
    counts: dict[str, int]
    writes_enabled: bool


class Problem(BaseModel):
    detail: str
