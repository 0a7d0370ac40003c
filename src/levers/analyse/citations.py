"""Nodes and citations as `explain` and `timeline` hand them out: plain dataclasses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ..model import Qualifiers
from .graph import NodeRow, StatementRow
from .wording import certainty_label, named

EVIDENCE_JOINER = " … "


class Plain:
    """`to_dict()` for the dataclasses handed out: plain JSON-ready data, nested."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass
class NodeInfo(Plain):
    id: int
    name: str
    type: str


@dataclass
class Statement(Plain):
    """One document's statement of a link: the citation."""

    document_id: str
    document_title: str | None
    published: str | None
    claim_id: str
    certainty: str
    label: str
    """Who says so and how firmly: "asserted by the author", "reported: according to BBC", "speculation ..."."""
    source: str | None
    cue: str | None
    evidence: str
    """The quoted evidence sentence(s), joined by " … "."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    qualifiers: dict[str, str] = field(default_factory=dict)


def statement_of(row: StatementRow) -> Statement:
    return Statement(
        document_id=row.document_id,
        document_title=row.document_title,
        published=row.published,
        claim_id=row.local_id,
        certainty=row.certainty,
        label=certainty_label(row.certainty, row.source, row.cue),
        source=row.source,
        cue=row.cue,
        evidence=EVIDENCE_JOINER.join(text.strip() for text in row.evidence),
        spans=list(row.spans),
        qualifiers=qualifier_texts(row.qualifiers),
    )


def qualifier_texts(q: Qualifiers) -> dict[str, str]:
    """The non-null qualifiers as short display strings."""
    texts = {name: getattr(q, name) for name in ("action", "role", "status", "date") if getattr(q, name)}
    if q.share is not None:
        texts["share"] = q.share.text
    if q.amount is not None:
        texts["amount"] = q.amount.text
    return texts


def merged_qualifiers(all_qualifiers: Sequence[Qualifiers]) -> dict[str, str]:
    """Every value each qualifier takes across statements ("2018 / 2019" when they differ)."""
    merged: dict[str, list[str]] = {}
    for q in all_qualifiers:
        for name, value in qualifier_texts(q).items():
            if value not in merged.setdefault(name, []):
                merged[name].append(value)
    return {name: " / ".join(values) for name, values in merged.items()}


def node_info(row: NodeRow) -> NodeInfo:
    return NodeInfo(row.id, row.name, row.type)


def display(node: NodeInfo) -> str:
    """The node's name as it reads inside a sentence ("the Chinese Communist Party")."""
    return named(node.name, node.type)
