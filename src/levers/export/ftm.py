"""The store as FollowTheMoney entities: what Aleph, OpenSanctions' tools and `ftm` read.

One JSON object a line, each a valid FtM entity:

- a node is a Person, Company, Organization or PublicBody (a country is a PublicBody
  with its `country` code; a product an Asset), with its names and Wikidata id;
- a document is a PlainText with its title, date, URL and the very text that the
  offsets point into (`bodyText`);
- each entity of a document is a Mention (the name as written, `resolved` to its
  node) and a Documentation (`role` "mention") whose `summary` lists the offsets;
- each claim is an interest between two nodes, per the contract's table (Ownership,
  Directorship, Membership, Employment, Payment, Debt, else UnknownLink with the claim
  type as `role`), with `proof` pointing at its document, the evidence sentences in
  `summary` with certainty and attribution, and `publisher` naming the source.

Everything levers knows and FtM has no property for (entity ids, offsets, certainty,
attribution, qualifiers, confidence, the exact text) also goes, as JSON under the key
"levers", into the `description` of the document, Documentation and claim entities,
so that `levers.imports.ftm` rebuilds the store exactly.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.util import make_entity_id

from ..model import Claim, Document, Entity, Extraction
from ..store import Node, Store

LEVERS_FORMAT = 1
"""Version of the JSON that levers puts into `description`."""

TEXT_CHUNK = 60_000
"""FtM text values hold at most 65,000 characters; a longer document is cut into chunks."""

EXACT_TEXT_CHUNK = 8_000
"""Characters of exact text per JSON part: escaped, even CJK text stays under 65,000."""

NODE_SCHEMATA = {
    "person": "Person",
    "company": "Company",
    "organization": "Organization",
    "public_body": "PublicBody",
    "country": "PublicBody",
    "product": "Asset",
}

CLAIM_SCHEMATA: dict[str, tuple[str, str, str]] = {
    # claim type: (schema, property of the subject, property of the object)
    "owns": ("Ownership", "owner", "asset"),
    "acquires": ("Ownership", "owner", "asset"),
    "invests_in": ("Payment", "payer", "beneficiary"),
    "lends_to": ("Debt", "creditor", "debtor"),
    "founded": ("Directorship", "director", "organization"),
    "leads": ("Directorship", "director", "organization"),
    "employed_by": ("Employment", "employee", "employer"),
    "member_of": ("Membership", "member", "organization"),
}
FALLBACK = ("UnknownLink", "subject", "object")

DEFAULT_ROLES = {
    "controls": "control",
    "operates": "operator",
    "founded": "founder",
    "leads": "leader",
    "based_in": "based in",
    "part_of": "part of",
    "regulatory_action": "regulatory action",
    "invests_in": "investment",
    "acquires": "acquisition",
    "cooperates_with": "cooperation",
    "criticizes": "criticism",
}


def node_entity_id(node_id: int) -> str:
    return f"levers-node-{node_id}"


def document_entity_id(doc_id: str) -> str:
    return "levers-doc-" + str(make_entity_id(doc_id))


def _record_id(*parts: str) -> str:
    return str(make_entity_id(*parts))


@dataclass
class _Export:
    store: Store
    nodes: dict[int, Node]
    entity_nodes: dict[tuple[str, str], int]
    emitted: set[int] = field(default_factory=set)


def export_ftm(store: Store, node_id: int | None = None) -> Iterator[dict[str, Any]]:
    """The whole store, or one node's neighbourhood, as FtM entity dicts (stream them out).

    A neighbourhood is every claim with the node at one end, the nodes at the other
    ends and the sources, and the documents that state them.
    """
    if node_id is None:
        yield from _export_documents(_state(store, store.entity_nodes()), store.document_ids())
        return
    doc_ids = [doc_id for doc_id, _, _ in store.node_documents(node_id)]
    state = _state(store, store.entity_nodes(doc_ids))
    yield from _export_documents(state, doc_ids, lambda extraction: _neighbourhood(extraction, node_id, state.entity_nodes))


def export_ftm_between(store: Store, node_ids: Collection[int]) -> Iterator[dict[str, Any]]:
    """Some nodes and the claims between them (both ends among the nodes), as FtM entity dicts.

    Each document that states such a claim comes cut down to those claims, their
    sources and its entities on the nodes; a node that none of them names comes on
    its own, without a mention.
    """
    wanted = set(node_ids)
    doc_ids = store.documents_between(wanted)
    state = _state(store, store.entity_nodes(doc_ids), wanted)
    yield from _export_documents(state, doc_ids, lambda extraction: _between(extraction, wanted, state.entity_nodes))
    for node_id in sorted(wanted - state.emitted):
        if node_id in state.nodes:
            yield _node_proxy(state, state.nodes[node_id]).to_dict()


def ftm_lines(entities: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Each entity dict as a JSON line, newline included."""
    for entity in entities:
        yield json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n"


def write_ftm(entities: Iterable[dict[str, Any]], out: Any) -> int:
    """Write entity dicts as JSON lines to a text stream; return how many."""
    count = 0
    for line in ftm_lines(entities):
        out.write(line)
        count += 1
    return count


def _state(store: Store, entity_nodes: dict[tuple[str, str], int], more_nodes: Collection[int] = ()) -> _Export:
    return _Export(store, store.nodes(sorted(set(entity_nodes.values()) | set(more_nodes))), entity_nodes)


def _export_documents(
    state: _Export, doc_ids: list[str], cut: Callable[[Extraction], Extraction] | None = None
) -> Iterator[dict[str, Any]]:
    """Each document's entities, its extraction `cut` down first."""
    for doc_id in doc_ids:
        extraction = state.store.extraction(doc_id)
        if extraction is None:
            continue
        if cut is not None:
            extraction = cut(extraction)
        for proxy in _document_entities(state, extraction):
            yield proxy.to_dict()


def _neighbourhood(extraction: Extraction, node_id: int, entity_nodes: dict[tuple[str, str], int]) -> Extraction:
    doc_id = extraction.document.id
    on_node = {e.id for e in extraction.entities if entity_nodes[doc_id, e.id] == node_id}
    claims = [c for c in extraction.claims if c.subject in on_node or c.object in on_node]
    return _keep(extraction, on_node, claims)


def _between(extraction: Extraction, node_ids: set[int], entity_nodes: dict[tuple[str, str], int]) -> Extraction:
    doc_id = extraction.document.id
    on_nodes = {e.id for e in extraction.entities if entity_nodes[doc_id, e.id] in node_ids}
    claims = [c for c in extraction.claims if c.subject in on_nodes and c.object in on_nodes]
    return _keep(extraction, on_nodes, claims)


def _keep(extraction: Extraction, entity_ids: set[str], claims: list[Claim]) -> Extraction:
    """The extraction with only `claims`, and only the entities in `entity_ids`, at their ends or their sources."""
    kept = set(entity_ids)
    for claim in claims:
        kept |= {claim.subject, claim.object}
        if claim.attribution.source is not None:
            kept.add(claim.attribution.source)
    entities = [e for e in extraction.entities if e.id in kept]
    return Extraction(extraction.document, entities, claims)


def _document_entities(state: _Export, extraction: Extraction) -> Iterator[EntityProxy]:
    doc = extraction.document
    yield _document_proxy(doc)
    by_id = {e.id: e for e in extraction.entities}
    for position, entity in enumerate(extraction.entities):
        node_id = state.entity_nodes[doc.id, entity.id]
        if node_id not in state.emitted:
            state.emitted.add(node_id)
            yield _node_proxy(state, state.nodes[node_id])
        yield from _mention_proxies(state, doc, entity, position, node_id)
    for position, claim in enumerate(extraction.claims):
        yield _claim_proxy(state, doc, claim, position, by_id)


def _levers_json(**record: Any) -> str:
    """JSON in pure printable ASCII: FtM's text cleaning (strip, NFC, control characters) leaves it be."""
    return json.dumps({"levers": LEVERS_FORMAT, **record}, ensure_ascii=True, sort_keys=True)


def _document_proxy(doc: Document) -> EntityProxy:
    proxy = model.make_entity("PlainText")
    proxy.id = document_entity_id(doc.id)
    proxy.add("title", doc.title or doc.id)
    proxy.add("fileName", doc.id)
    proxy.add("publishedAt", doc.published, quiet=True)
    proxy.add("sourceUrl", doc.url, quiet=True)
    # bodyText is for people and search: FtM cleans it (strips, normalises), so offsets
    # point into the exact text, carried in `description`, part by part.
    proxy.add("bodyText", [doc.text[i : i + TEXT_CHUNK] for i in range(0, len(doc.text), TEXT_CHUNK)])
    meta = {"id": doc.id, "title": doc.title, "published": doc.published, "url": doc.url, "chars": len(doc.text)}
    pieces = [doc.text[i : i + EXACT_TEXT_CHUNK] for i in range(0, len(doc.text), EXACT_TEXT_CHUNK)] or [""]
    proxy.add(
        "description",
        [_levers_json(document=meta, part=i, parts=len(pieces), text=piece) for i, piece in enumerate(pieces)],
    )
    return proxy


def _node_proxy(state: _Export, node: Node) -> EntityProxy:
    proxy = model.make_entity(NODE_SCHEMATA.get(node.type, "LegalEntity"))
    proxy.id = node_entity_id(node.id)
    proxy.add("name", node.name)
    proxy.add("alias", node.aliases)
    if node.ref and node.ref.startswith("wikidata:"):
        proxy.add("wikidataId", node.ref.removeprefix("wikidata:"))
    if node.type == "country":
        country = state.store.reference.country(node.name)
        if country is not None:
            proxy.add("country", country.code.lower(), quiet=True)
        proxy.add("keywords", "country")
    elif node.type == "product":
        proxy.add("keywords", "product")
    return proxy


def _mention_proxies(
    state: _Export, doc: Document, entity: Entity, position: int, node_id: int
) -> Iterator[EntityProxy]:
    node_schema = model.get(NODE_SCHEMATA.get(entity.type, "LegalEntity"))
    mention = model.make_entity("Mention")
    mention.id = "levers-mention-" + _record_id(doc.id, entity.id)
    mention.add("document", document_entity_id(doc.id))
    mention.add("name", entity.name)
    mention.add("detectedSchema", node_schema.name)
    if node_schema.is_a("LegalEntity"):
        mention.add("resolved", node_entity_id(node_id))
    yield mention

    documentation = model.make_entity("Documentation")
    documentation.id = "levers-documentation-" + _record_id(doc.id, entity.id)
    documentation.add("document", document_entity_id(doc.id))
    documentation.add("entity", node_entity_id(node_id))
    documentation.add("role", "mention")
    spans = ", ".join(f"{start}-{end}" for start, end in entity.mentions)
    documentation.add("summary", f"{entity.name!r} ({entity.type}) at characters {spans or 'unknown'}")
    documentation.add("description", _levers_json(document=doc.id, position=position, entity=entity.to_dict()))
    yield documentation


def _claim_proxy(
    state: _Export, doc: Document, claim: Claim, position: int, entities: dict[str, Entity]
) -> EntityProxy:
    subject_node = state.entity_nodes[doc.id, claim.subject]
    object_node = state.entity_nodes[doc.id, claim.object]
    schema_name, subject_prop, object_prop = _claim_schema(
        claim.type, entities[claim.subject].type, entities[claim.object].type
    )
    proxy = model.make_entity(schema_name)
    proxy.id = "levers-claim-" + _record_id(doc.id, claim.id)
    proxy.add(subject_prop, node_entity_id(subject_node))
    proxy.add(object_prop, node_entity_id(object_node))
    q = claim.qualifiers
    role = q.role or DEFAULT_ROLES.get(claim.type) or claim.type.replace("_", " ")
    role_prop = "role" if proxy.schema.get("role") else "purpose"  # Payment has a purpose
    proxy.add(role_prop, [role, q.action], quiet=True)
    proxy.add("status", q.status, quiet=True)
    if q.date:
        proxy.add("startDate" if claim.type != "regulatory_action" else "date", q.date, quiet=True)
    if q.share and q.share.value is not None:
        proxy.add("percentage", f"{q.share.value:g}", quiet=True)
    if q.amount:
        proxy.add("amount", f"{q.amount.value:g}", quiet=True)
        proxy.add("currency", q.amount.currency, quiet=True)
    source = _source_name(state, doc, claim)
    if source:
        proxy.add("publisher", source)
    proxy.add("proof", document_entity_id(doc.id))
    proxy.add("recordId", f"{doc.id}/{claim.id}")
    proxy.add("summary", _claim_summary(doc, claim, source))
    record = claim.to_dict()
    record["confidence"] = claim.confidence  # unrounded, so that it comes back as it was
    proxy.add("description", _levers_json(document=doc.id, position=position, claim=record))
    return proxy


def _claim_schema(claim_type: str, subject_type: str, object_type: str) -> tuple[str, str, str]:
    """The contract's FtM schema for a claim, unless its ends do not fit it (then UnknownLink)."""
    schema_name, subject_prop, object_prop = CLAIM_SCHEMATA.get(claim_type, FALLBACK)
    schema = model.get(schema_name)
    ends = ((subject_prop, subject_type), (object_prop, object_type))
    for prop_name, entity_type in ends:
        end_schema = model.get(NODE_SCHEMATA.get(entity_type, "LegalEntity"))
        prop_range = schema.get(prop_name).range
        if prop_range is not None and not end_schema.is_a(prop_range):
            return FALLBACK
    return schema_name, subject_prop, object_prop


def _source_name(state: _Export, doc: Document, claim: Claim) -> str | None:
    source = claim.attribution.source
    if source is None:
        return None
    node_id = state.entity_nodes.get((doc.id, source))
    return state.nodes[node_id].name if node_id is not None else source


def _claim_summary(doc: Document, claim: Claim, source: str | None) -> str:
    said = f"{claim.certainty}"
    if source:
        said += f", according to {source}" + (f" ({claim.attribution.cue!r})" if claim.attribution.cue else "")
    quotes = " … ".join(doc.text[start:end] for start, end in claim.evidence)[:TEXT_CHUNK]
    spans = ", ".join(f"{start}-{end}" for start, end in claim.evidence)
    return f"{claim.type} [{said}] at characters {spans}: {quotes}"
