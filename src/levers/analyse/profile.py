"""`levers show NAME`: what the store knows about one node, with the evidence.

Claims that say the same thing (same type, same two nodes, same certainty,
same source) in several documents become one `ClaimView` with one citation
per statement.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from typing import Literal

from ..model import CERTAINTIES, CLAIM_TYPES, Qualifiers
from ..store import Node, Store, StoredClaim
from .factcheck import reference_notes

Direction = Literal["out", "in"]
DocumentInfo = tuple[str, str | None, str | None]
"""(id, title, published)"""

EVIDENCE_JOINER = " … "
_WIDTH = 100


@dataclass
class Citation:
    """Where a claim is stated: a document and the exact text at the evidence span(s)."""

    document_id: str
    document_title: str | None
    published: str | None
    evidence: str
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class ClaimView:
    """A claim as seen from the profiled node: `out` when the node is the subject."""

    type: str
    direction: Direction
    other: str
    other_type: str
    certainty: str
    source: str | None
    cue: str | None
    qualifiers: dict[str, str]
    citations: list[Citation] = field(default_factory=list)
    reference_notes: list[str] = field(default_factory=list)
    """Where reference data differs from the claim ("reference data differs: ..."), see factcheck.py."""


@dataclass
class Profile:
    node: Node
    documents: list[DocumentInfo]
    claims_by_type: dict[str, list[ClaimView]]


def entity_profile(store: Store, name: str) -> Profile | None:
    """The profile of the best match for `name`, or None when no node matches."""
    found = store.find_nodes(name)
    if not found:
        return None
    node = found[0]
    stored = store.node_claims(node.id)
    return Profile(
        node=node,
        documents=store.node_documents(node.id),
        claims_by_type=group_claims(node.id, stored, reference_notes(store, stored)),
    )


def group_claims(
    node_id: int, stored: list[StoredClaim], notes: dict[tuple[str, str], list[str]] | None = None
) -> dict[str, list[ClaimView]]:
    """Merge identical claims into ClaimViews, grouped by claim type in contract order.

    `notes`: (document id, claim id) -> reference data notes for that claim (factcheck.reference_notes).
    """
    views: dict[tuple[object, ...], ClaimView] = {}
    for claim in stored:
        key = _identity(claim)
        view = views.get(key)
        if view is None:
            view = views[key] = _view(node_id, claim)
        else:
            view.cue = _merge(view.cue, claim.cue)
            for name, value in _qualifier_texts(claim.qualifiers).items():
                view.qualifiers[name] = _merge(view.qualifiers.get(name), value) or value
        citation = _citation(claim)
        if not any(_same_place(citation, c) for c in view.citations):
            view.citations.append(citation)
        for note in (notes or {}).get((claim.document_id, claim.claim_id), []):
            if note not in view.reference_notes:
                view.reference_notes.append(note)

    by_type: dict[str, list[ClaimView]] = {}
    for view in sorted(views.values(), key=_view_order):
        by_type.setdefault(view.type, []).append(view)
    return by_type


def _identity(claim: StoredClaim) -> tuple[object, ...]:
    if claim.source_node is not None:
        source: object = ("node", claim.source_node)
    else:
        source = ("text", claim.source.casefold()) if claim.source else None
    return (claim.type, claim.subject.id, claim.object.id, claim.certainty, source)


def _view(node_id: int, claim: StoredClaim) -> ClaimView:
    outgoing = claim.subject.id == node_id
    other = claim.object if outgoing else claim.subject
    return ClaimView(
        type=claim.type,
        direction="out" if outgoing else "in",
        other=other.name,
        other_type=other.type,
        certainty=claim.certainty,
        source=claim.source,
        cue=claim.cue,
        qualifiers=_qualifier_texts(claim.qualifiers),
    )


def _citation(claim: StoredClaim) -> Citation:
    return Citation(
        document_id=claim.document_id,
        document_title=claim.document_title,
        published=claim.published,
        evidence=EVIDENCE_JOINER.join(text for _, text in claim.evidence),
        spans=[span for span, _ in claim.evidence],
    )


def _same_place(a: Citation, b: Citation) -> bool:
    return a.document_id == b.document_id and a.spans == b.spans


def _qualifier_texts(q: Qualifiers) -> dict[str, str]:
    """The non-null qualifiers as short display strings."""
    texts: dict[str, str] = {}
    for name in ("action", "role", "status"):
        value = getattr(q, name)
        if value:
            texts[name] = value
    if q.share is not None:
        share = q.share.text
        if q.share.value is not None and f"{q.share.value:g}" not in share:
            share = f"{share} ({q.share.value:g}%)"
        texts["share"] = share
    if q.amount is not None:
        texts["amount"] = q.amount.text
    if q.date:
        texts["date"] = q.date
    return texts


def _merge(current: str | None, new: str | None) -> str | None:
    """Both values when documents disagree ("2018 / 2019"), one when they agree."""
    if not new or not current:
        return current or new
    if new in current.split(" / "):
        return current
    return f"{current} / {new}"


def _view_order(view: ClaimView) -> tuple[object, ...]:
    type_rank = CLAIM_TYPES.index(view.type) if view.type in CLAIM_TYPES else len(CLAIM_TYPES)
    certainty_rank = (
        CERTAINTIES.index(view.certainty) if view.certainty in CERTAINTIES else len(CERTAINTIES)
    )
    return (type_rank, view.type, view.direction != "out", view.other.casefold(), certainty_rank)


# --- rendering -------------------------------------------------------------------


def render_profile(profile: Profile) -> str:
    """The profile as plain text for a terminal."""
    node = profile.node
    lines = [f"{node.name} ({node.type})"]
    if node.aliases:
        lines.append(f"Also known as: {', '.join(node.aliases)}")
    if node.ref:
        lines.append(f"Ref: {node.ref}")
    lines.append("")

    if not profile.claims_by_type:
        lines += ["No claims.", ""]
    for claim_type, views in profile.claims_by_type.items():
        lines.append(claim_type)
        for view in views:
            lines += _render_view(view)
        lines.append("")

    count = len(profile.documents)
    lines.append(f"Mentioned in {count} document{'' if count == 1 else 's'}:")
    id_width = max((len(doc_id) for doc_id, _, _ in profile.documents), default=0)
    for doc_id, title, published in profile.documents:
        row = f"  {doc_id:<{id_width}}  {published or '(undated)':<10}  {title or ''}"
        lines.append(row.rstrip())
    return "\n".join(lines).rstrip() + "\n"


def _render_view(view: ClaimView) -> list[str]:
    """A line "→ Other   [certainty; source, cue; qualifiers]", then each citation."""
    arrow = "→" if view.direction == "out" else "←"
    lines = [f"  {arrow} {view.other}   [{_describe(view)}]"]
    lines += [f"      ⚠ {note}" for note in view.reference_notes]
    for citation in view.citations:
        quote = f"“{_one_line(citation.evidence)}”"
        lines += textwrap.wrap(
            quote, width=_WIDTH, initial_indent=" " * 6, subsequent_indent=" " * 7
        )
        place = f"doc {_short_id(citation.document_id)}"
        if citation.published:
            place += f", {citation.published}"
        lines.append(f"      ({place})")
    return lines


def _describe(view: ClaimView) -> str:
    parts = [view.certainty]
    attribution = [f"source: {view.source}"] if view.source else []
    if view.cue:
        attribution.append(f"cue: {view.cue}")
    if attribution:
        parts.append(", ".join(attribution))
    if view.qualifiers:
        parts.append(", ".join(f"{k}: {v}" for k, v in view.qualifiers.items()))
    return "; ".join(parts)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _short_id(doc_id: str) -> str:
    return doc_id if len(doc_id) <= 12 else doc_id[:8] + "…"
