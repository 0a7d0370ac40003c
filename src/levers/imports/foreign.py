"""FtM data from elsewhere (OpenSanctions, Aleph) as levers documents, in bounded memory.

The store keeps claims with the text that states them. FtM data has no text, so the
importer writes one: each record becomes a line ("Ownership: Alibaba Group owns
Ant Group, 33%, according to opensanctions [ftm:abc]"), and a batch of lines becomes
a document titled after the file, whose entities and claims point at those lines.
So every imported fact shows where it came from, labelled as imported, and is
"reported" by its dataset, never asserted by levers.

Records are parked in a temporary SQLite file while the stream is read (links may
come before the people and companies they join), then written out batch by batch:
memory holds one batch, whatever the size of the file.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from followthemoney.proxy import EntityProxy

from ..model import Attribution, Claim, Document, Entity, Extraction, Qualifiers, Share
from .written import mention_ends

BATCH = 500
"""Records per generated document."""

MAX_ALIASES = 20

THING_TYPES = {
    "Person": "person",
    "Company": "company",
    "PublicBody": "public_body",
    "Organization": "organization",
    "LegalEntity": "organization",
}
"""FtM schemata that become nodes, most specific first."""

LINK_SCHEMATA = {
    # schema: (property of the claim's subject, property of its object)
    "Ownership": ("owner", "asset"),
    "Directorship": ("director", "organization"),
    "Membership": ("member", "organization"),
    "Employment": ("employee", "employer"),
    "UnknownLink": ("subject", "object"),
    "Debt": ("creditor", "debtor"),
}

UNKNOWN_LINK_ROLES = {
    "control": "controls",
    "operator": "operates",
    "part of": "part_of",
    "based in": "based_in",
    "cooperation": "cooperates_with",
    "criticism": "criticizes",
    "regulatory action": "regulatory_action",
}

LEADING_ROLE = re.compile(r"\b(ceo|chief|chair|chairman|chairwoman|president|head|managing director|general manager)\b", re.I)


class ForeignRecordError(ValueError):
    pass


@dataclass
class Thing:
    ftm_id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    ref: str | None = None


def thing_type(proxy: EntityProxy) -> str | None:
    """The levers type of an FtM entity that can be a node, else None."""
    for schema, entity_type in THING_TYPES.items():
        if proxy.schema.is_a(schema):
            return entity_type
    return None


def is_link(proxy: EntityProxy) -> bool:
    return proxy.schema.name in LINK_SCHEMATA


class ForeignImport:
    """Parks things and links of one FtM stream, then yields them as document extractions."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.name = Path(source).name or "input"
        self._dir = tempfile.TemporaryDirectory(prefix="levers-ftm-")
        self.db = sqlite3.connect(Path(self._dir.name) / "parked.db")
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE things (id TEXT PRIMARY KEY, line INTEGER, data TEXT)")
        self.db.execute("CREATE TABLE links (seq INTEGER PRIMARY KEY, id TEXT, line INTEGER, data TEXT)")

    def close(self) -> None:
        self.db.close()
        self._dir.cleanup()

    def park(self, proxy: EntityProxy, line: int) -> bool:
        """Keep a thing or a link for later; False for a schema this importer does not read."""
        entity_type = thing_type(proxy)
        if entity_type is not None:
            names = proxy.get("name")
            if not names:
                raise ForeignRecordError(f"{proxy.schema.name} {proxy.id} has no name")
            aliases = [n for n in [*names[1:], *proxy.get("alias", quiet=True)] if n != names[0]]
            wikidata = proxy.first("wikidataId", quiet=True)
            data = {
                "name": names[0],
                "type": entity_type,
                "aliases": aliases[:MAX_ALIASES],
                "ref": f"wikidata:{wikidata}" if wikidata else f"ftm:{proxy.id}",
                "schema": proxy.schema.name,
                "topics": proxy.get("topics", quiet=True),
                "countries": proxy.get("country", quiet=True),
                "datasets": [],
            }
            self.db.execute("INSERT OR REPLACE INTO things VALUES (?, ?, ?)", (proxy.id, line, json.dumps(data)))
            return True
        if is_link(proxy):
            subject_prop, object_prop = LINK_SCHEMATA[proxy.schema.name]
            subject, obj = proxy.first(subject_prop), proxy.first(object_prop)
            if not subject or not obj:
                raise ForeignRecordError(f"{proxy.schema.name} {proxy.id} lacks its {subject_prop} or {object_prop}")
            data = {
                "schema": proxy.schema.name,
                "subject": subject,
                "object": obj,
                "role": proxy.first("role", quiet=True),
                "percentage": proxy.first("percentage", quiet=True),
                "start": proxy.first("startDate", quiet=True) or proxy.first("date", quiet=True),
                "end": proxy.first("endDate", quiet=True),
                "status": proxy.first("status", quiet=True),
            }
            self.db.execute("INSERT INTO links (id, line, data) VALUES (?, ?, ?)", (proxy.id, line, json.dumps(data)))
            return True
        return False

    def extractions(self, errors: list[str]) -> Iterator[Extraction]:
        """The parked records as documents of at most BATCH lines: things first, then links."""
        batch: list[tuple[str, dict[str, Any]]] = []
        number = 0
        for ftm_id, data in self.db.execute("SELECT id, data FROM things ORDER BY line"):
            batch.append((ftm_id, json.loads(data)))
            if len(batch) == BATCH:
                number += 1
                yield self._things_document(number, batch)
                batch = []
        if batch:
            number += 1
            yield self._things_document(number, batch)

        links: list[tuple[str, dict[str, Any], dict[str, Thing]]] = []
        number = 0
        for ftm_id, line, data in self.db.execute("SELECT id, line, data FROM links ORDER BY seq"):
            record = json.loads(data)
            ends = {end: self._thing(record[end]) for end in ("subject", "object")}
            missing = [record[end] for end, thing in ends.items() if thing is None]
            if missing:
                errors.append(f"{self.source}:{line}: {record['schema']} {ftm_id} names {', '.join(missing)}, not in the file")
                continue
            claim_type, role = link_claim_type(record)
            if claim_type is None:
                errors.append(f"{self.source}:{line}: {record['schema']} {ftm_id} with role {role!r} is no levers claim type")
                continue
            links.append((ftm_id, {**record, "type": claim_type, "role": role}, ends))  # type: ignore[dict-item]
            if len(links) == BATCH:
                number += 1
                yield self._links_document(number, links)
                links = []
        if links:
            number += 1
            yield self._links_document(number, links)

    def _thing(self, ftm_id: str) -> Thing | None:
        row = self.db.execute("SELECT data FROM things WHERE id = ?", (ftm_id,)).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return Thing(ftm_id, data["name"], data["type"], data["aliases"], data["ref"])

    def _things_document(self, number: int, batch: list[tuple[str, dict[str, Any]]]) -> Extraction:
        lines: list[str] = []
        entities: list[Entity] = []
        offset = 0
        for ftm_id, data in batch:
            text = f"{data['schema']}: {data['name']}"
            if data["aliases"]:
                text += f" (also {'; '.join(data['aliases'])})"
            if data["topics"]:
                text += f", topics {', '.join(data['topics'])}"
            if data["countries"]:
                text += f", country {', '.join(data['countries'])}"
            text += f" [ftm:{ftm_id}]"
            start = offset + len(data["schema"]) + 2
            entities.append(
                Entity(f"e{len(entities) + 1}", data["name"], data["type"], data["aliases"], [(start, start + len(data["name"]))], data["ref"])
            )
            lines.append(text)
            offset += len(text) + 1
        return self._extraction(f"things:{number}", lines, entities, [])

    def _links_document(self, number: int, links: list[tuple[str, dict[str, Any], dict[str, Thing]]]) -> Extraction:
        lines: list[str] = []
        entities: dict[str, Entity] = {}
        claims: list[Claim] = []
        offset = 0
        for ftm_id, record, ends in links:
            subject, obj = ends["subject"], ends["object"]
            verb = record["type"].replace("_", " ")
            head = f"{record['schema']}: "
            text = f"{head}{subject.name} {verb} {obj.name}"
            details = [d for d in (record.get("role"), _percent(record.get("percentage")), record.get("start"), record.get("status")) if d]
            if details:
                text += f" ({', '.join(details)})"
            text += f", according to {self.name} [ftm:{ftm_id}]"
            ids = mention_ends(entities, [(subject.ftm_id, subject), (obj.ftm_id, obj)], offset + len(head), verb)
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}",
                    type=record["type"],
                    subject=ids[0],
                    object=ids[1],
                    qualifiers=Qualifiers(
                        role=record.get("role"),
                        share=_share(record.get("percentage")),
                        date=record.get("start"),
                        status=record.get("status"),
                    ),
                    certainty="reported",
                    attribution=Attribution(source=self.name, cue="according to"),
                    evidence=[(offset, offset + len(text))],
                    confidence=1.0,
                )
            )
            lines.append(text)
            offset += len(text) + 1
        return self._extraction(f"links:{number}", lines, list(entities.values()), claims)

    def _extraction(self, part: str, lines: list[str], entities: list[Entity], claims: list[Claim]) -> Extraction:
        doc_id = f"ftm:{self.name}:{part}"
        title = f"Imported from {self.name} (FollowTheMoney), {part.replace(':', ' ')}"
        return Extraction(Document(doc_id, "\n".join(lines), title=title), entities, claims)


def link_claim_type(record: dict[str, Any]) -> tuple[str | None, str | None]:
    """The levers claim type (and role) of an FtM link."""
    schema, role = record["schema"], record.get("role")
    if schema == "Ownership":
        return "owns", role
    if schema == "Membership":
        return "member_of", role
    if schema == "Employment":
        return "employed_by", role
    if schema == "Debt":
        return "lends_to", role
    if schema == "Directorship":
        if role and "found" in role.lower():
            return "founded", role
        if role and LEADING_ROLE.search(role):
            return "leads", role
        return "member_of", role or "director"
    claim_type = UNKNOWN_LINK_ROLES.get((role or "").lower())
    return claim_type, role


def _percent(value: str | None) -> str | None:
    return f"{value}%" if value else None


def _share(value: str | None) -> Share | None:
    if not value:
        return None
    try:
        return Share(float(value.rstrip("%")), f"{value}%")
    except ValueError:
        return Share(None, value)
