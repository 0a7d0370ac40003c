"""The data model every step shares: documents, entities, claims.

The shapes follow ../shared/contract.md (contract version 1): `Extraction.to_dict()`
is exactly one line of `levers extract`, and `Extraction.from_dict()` reads one back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

CONTRACT_VERSION = 1

EntityType = Literal["person", "company", "organization", "public_body", "country", "product"]
ClaimType = Literal[
    "owns",
    "controls",
    "operates",
    "founded",
    "leads",
    "employed_by",
    "member_of",
    "based_in",
    "part_of",
    "regulatory_action",
    "invests_in",
    "lends_to",
    "acquires",
    "cooperates_with",
    "criticizes",
]
Certainty = Literal["asserted", "reported", "hedged", "speculative", "negated"]

ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)
CLAIM_TYPES: tuple[str, ...] = get_args(ClaimType)
CERTAINTIES: tuple[str, ...] = get_args(Certainty)

Span = tuple[int, int]
"""`[start, end)` character offsets into a document's text."""


def weakest(*certainties: Certainty) -> Certainty:
    """The weakest of several certainties: negated > speculative > hedged > reported > asserted."""
    return max(certainties, key=CERTAINTIES.index)


def strongest(*certainties: Certainty) -> Certainty:
    """The most certain of several statements of one claim."""
    return min(certainties, key=CERTAINTIES.index)


@dataclass
class Document:
    """A text as levers read it; every offset elsewhere points into `text`."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "chars": len(self.text),
        }


@dataclass
class Entity:
    """A person, company, body, country or product named in one document."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    ref: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": [list(m) for m in self.mentions],
            "ref": self.ref,
        }


@dataclass
class Amount:
    value: float
    currency: str | None
    text: str


@dataclass
class Share:
    """A stake in percent; `value` is None when the text gives no figure ("a stake")."""

    value: float | None
    text: str


@dataclass
class Qualifiers:
    role: str | None = None
    share: Share | None = None
    amount: Amount | None = None
    date: str | None = None
    status: str | None = None
    action: str | None = None


@dataclass
class Attribution:
    """Who says so: an entity id, a literal phrase, or None when the author states it."""

    source: str | None = None
    cue: str | None = None


@dataclass
class Claim:
    id: str
    type: ClaimType
    subject: str
    object: str
    qualifiers: Qualifiers = field(default_factory=Qualifiers)
    certainty: Certainty = "asserted"
    attribution: Attribution = field(default_factory=Attribution)
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "subject": self.subject,
            "object": self.object,
            "qualifiers": asdict(self.qualifiers),
            "certainty": self.certainty,
            "attribution": asdict(self.attribution),
            "evidence": [list(e) for e in self.evidence],
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Extraction:
    """What levers found in one document."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "contract": CONTRACT_VERSION,
            "document": self.document.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "claims": [c.to_dict() for c in self.claims],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str = "") -> Extraction:
        """Read one contract line back; the text is not part of it, so pass it if you have it."""
        meta = data["document"]
        document = Document(
            id=meta["id"],
            text=text,
            title=meta.get("title"),
            published=meta.get("published"),
            url=meta.get("url"),
        )
        entities = [
            Entity(
                id=e["id"],
                name=e["name"],
                type=e["type"],
                aliases=list(e.get("aliases", [])),
                mentions=[tuple(m) for m in e.get("mentions", [])],
                ref=e.get("ref"),
            )
            for e in data.get("entities", [])
        ]
        claims = [_claim_from_dict(c) for c in data.get("claims", [])]
        return cls(document=document, entities=entities, claims=claims)


def _claim_from_dict(c: dict[str, Any]) -> Claim:
    q = dict(c.get("qualifiers") or {})
    share = Share(**q["share"]) if q.get("share") else None
    amount = Amount(**q["amount"]) if q.get("amount") else None
    qualifiers = Qualifiers(
        role=q.get("role"),
        share=share,
        amount=amount,
        date=q.get("date"),
        status=q.get("status"),
        action=q.get("action"),
    )
    return Claim(
        id=c["id"],
        type=c["type"],
        subject=c["subject"],
        object=c["object"],
        qualifiers=qualifiers,
        certainty=c.get("certainty", "asserted"),
        attribution=Attribution(**(c.get("attribution") or {})),
        evidence=[tuple(e) for e in c.get("evidence", [])],
        confidence=c.get("confidence", 0.5),
    )
