"""Wikidata entity JSON (a dump, streamed) into the store, as imported documents.

Input: the official JSON dumps (`latest-all.json.gz`: a JSON array with one entity
per line, each line but the last ending in ",", the first line "[" and the last
"]"), or plain JSON lines of entities; gzip and bzip2 are opened transparently.

Only items whose P31 (instance of) names a class in `INSTANCE_TYPES` are kept, as
the contract's entity types. Each keeps its English label as its name (else a
"mul" label, else any), English aliases and other languages' labels as aliases, and
its Q-id as `ref` ("wikidata:Q148"), so that it meets the same entity in news text
and reference data. Statements become claims only where `STATEMENTS` maps them to a
contract claim type; they are "reported" with "Wikidata" as the literal source.

As with FtM data from elsewhere (foreign.py), the store keeps claims with the text
that states them, so the importer writes that text: one line per entity or
statement ("P127 owned by: SoftBank Group owns Alibaba Group (29.2%), according to
Wikidata [wikidata:Q1359568]"), in documents titled "Imported from Wikidata: FILE"
whose first line says that they were not extracted from news text.

Memory stays bounded: what is read is parked in a temporary SQLite file (a
statement may name an item further down the dump), then written out as documents of
at most BATCH lines. A malformed line is reported with its number, and the import
goes on.
"""

from __future__ import annotations

import bz2
import gzip
import json
import re
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from ..model import Attribution, Claim, Document, Entity, Extraction, Qualifiers, Share
from ..reference import Reference
from ..store import Store
from .written import mention_ends

BATCH = 500
"""Entities or statements per generated document."""

MAX_ALIASES = 20

SOURCE = "Wikidata"
"""The attribution source of every imported claim."""

INSTANCE_TYPES: dict[str, str] = {
    # P31 value: levers entity type. Only direct P31 values count (no subclass walk),
    # so that a dump is read in one pass; extend the table for other classes.
    "Q5": "person",  # human
    "Q4830453": "company",  # business
    "Q783794": "company",  # company
    "Q6881511": "company",  # enterprise
    "Q891723": "company",  # public company
    "Q1589009": "company",  # privately held company
    "Q167037": "company",  # corporation
    "Q161726": "company",  # multinational corporation
    "Q219577": "company",  # holding company
    "Q270791": "company",  # state-owned enterprise
    "Q22687": "company",  # bank
    "Q18388277": "company",  # technology company
    "Q1058914": "company",  # software company
    "Q11032": "company",  # newspaper (a media outlet is a company)
    "Q7278": "organization",  # political party
    "Q43229": "organization",  # organization
    "Q163740": "organization",  # nonprofit organization
    "Q327333": "public_body",  # government agency
    "Q2659904": "public_body",  # government organization
    "Q66344": "public_body",  # central bank
    "Q192350": "public_body",  # ministry
    "Q1639780": "public_body",  # regulatory agency
    "Q41487": "public_body",  # court
    "Q3624078": "country",  # sovereign state
    "Q6256": "country",  # country
    "Q7397": "product",  # software
    "Q166142": "product",  # application
    "Q620615": "product",  # mobile app
    "Q35127": "product",  # website
    "Q431289": "product",  # brand
}

TYPE_PRIORITY = ("person", "country", "public_body", "company", "organization", "product")
"""When P31 names several kept classes, the first type here wins (a central bank that is
also "a bank" is a public body; a business that is also "a brand" is a company)."""

TYPE_LABELS = {
    "person": "Person",
    "company": "Company",
    "organization": "Organization",
    "public_body": "Public body",
    "country": "Country",
    "product": "Product",
}

ORGANISATION_TYPES = frozenset({"company", "organization", "public_body"})


@dataclass(frozen=True)
class Statement:
    """How a Wikidata property becomes a claim."""

    label: str
    claim_type: str
    item_is: Literal["subject", "object"]
    """What the item that holds the statement is in the claim: P127 "owned by" on X
    with value O is owns(O, X), so X is the object."""
    role: str | None = None
    subject_types: frozenset[str] = frozenset(TYPE_PRIORITY)
    """Types of the item holding the statement for which it counts."""


STATEMENTS: dict[str, Statement] = {
    "P127": Statement("owned by", "owns", "object"),
    "P749": Statement("parent organization", "owns", "object"),
    "P355": Statement("subsidiary", "owns", "subject"),
    "P112": Statement("founded by", "founded", "object"),
    "P169": Statement("chief executive officer", "leads", "object", role="chief executive officer"),
    "P488": Statement("chairperson", "leads", "object", role="chairperson"),
    "P35": Statement("head of state", "leads", "object", role="head of state"),
    "P6": Statement("head of government", "leads", "object", role="head of government"),
    "P108": Statement("employer", "employed_by", "subject", subject_types=frozenset({"person"})),
    "P102": Statement("member of political party", "member_of", "subject", subject_types=frozenset({"person"})),
    "P463": Statement("member of", "member_of", "subject"),
    "P137": Statement("operator", "operates", "object"),
    "P178": Statement("developer", "operates", "object"),
    "P176": Statement("manufacturer", "operates", "object", subject_types=frozenset({"product"})),
    "P17": Statement("country", "based_in", "subject", subject_types=ORGANISATION_TYPES),
    "P159": Statement("headquarters location", "based_in", "subject", subject_types=ORGANISATION_TYPES),
}
"""Properties that map to contract claim types (the contract's "Wikidata" column).
P159's value is a place: the claim names the place's country (its P17 in the dump)."""

VERBS = {"based_in": "is based in", "employed_by": "is employed by", "member_of": "is a member of"}
"""How a claim reads in the generated line; others read as their type ("owns", "founded")."""

PLACE_PROPERTIES = ("P159",)
"""Properties whose value is a place, turned into its country."""

LANGUAGES = ("en", "mul", "en-gb", "en-us", "en-ca")
"""Where the name comes from, in order; other labels become aliases."""
ALIAS_LANGUAGES = ("zh", "zh-hans", "zh-cn", "zh-hant", "ru", "ar", "fr", "de", "es", "ja", "ko", "pt", "it", "tr", "fa", "uk")
"""Languages whose labels come first among the aliases (most others are spellings of these)."""

_ITEM_ID = re.compile(r"^Q\d+$")
WIKIDATA_HEAD = re.compile(r'"type"\s*:\s*"(item|property|lexeme)"|"labels"\s*:\s*\{')
FTM_HEAD = re.compile(r'"schema"\s*:\s*"')
"""An FtM entity may carry a Q-id as its id (OpenSanctions does), but always a schema."""


class WikidataLineError(ValueError):
    pass


@dataclass
class WikidataImportReport:
    lines: int = 0
    records: int = 0
    """Entities read (valid lines)."""
    kept: Counter[str] = field(default_factory=Counter)
    """Items kept, by levers type."""
    skipped: Counter[str] = field(default_factory=Counter)
    """Entities not kept, by reason ("property", "no kept P31 class", "no label")."""
    claims: Counter[str] = field(default_factory=Counter)
    """Claims written, by claim type."""
    dropped: Counter[str] = field(default_factory=Counter)
    """Statements not written, by reason (their other end is neither in the dump nor in reference data)."""
    stored: Counter[str] = field(default_factory=Counter)
    """Documents added, replaced or unchanged."""
    errors: list[str] = field(default_factory=list)
    """One message per bad line, naming the line."""


@dataclass
class Thing:
    """An item as one end of a claim: from the dump, or from reference data."""

    qid: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)

    @property
    def ref(self) -> str:
        return f"wikidata:{self.qid}"


Progress = Callable[[str, int, "int | None"], None]
"""`progress(phase, done, total)`: phase "reading" counts lines, "storing" counts records."""


# --- opening and sniffing ------------------------------------------------------


def open_dump(path: str | Path) -> IO[bytes]:
    """The file's bytes, gunzipped or bunzipped when its first bytes say so.

    Lines are decoded one by one (by `parse_line`), so that a line that is not UTF-8 is
    one bad line, not the end of the import.
    """
    with open(path, "rb") as raw:
        magic = raw.read(3)
    if magic[:2] == b"\x1f\x8b":
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]
    if magic == b"BZh":
        return bz2.BZ2File(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def looks_like_wikidata(path: str | Path) -> bool:
    """Whether the file starts like a Wikidata dump ("[" or an item with labels), not FtM."""
    try:
        with open_dump(path) as stream:
            for _ in range(3):
                head = stream.readline(65536).decode("utf-8", errors="replace").strip()
                if head == "[":
                    continue
                if head:
                    return bool(WIKIDATA_HEAD.search(head)) and not FTM_HEAD.search(head)
    except (OSError, EOFError):
        return False
    return False


# --- importing ----------------------------------------------------------------


def import_wikidata_file(path: str | Path, store: Store, progress: Progress | None = None) -> WikidataImportReport:
    with open_dump(path) as lines:
        return import_wikidata(lines, store, source=str(path), progress=progress)


def import_wikidata(
    lines: Iterable[str | bytes],
    store: Store,
    source: str = "<input>",
    progress: Progress | None = None,
) -> WikidataImportReport:
    """Store the kept items and their statements; bad lines are reported in the result, not raised."""
    report = WikidataImportReport()
    parked = _Parked(source)
    try:
        try:
            for number, line in enumerate(lines, 1):
                report.lines = number
                _read_line(parked, line, number, source, report)
                if progress is not None:
                    progress("reading", number, None)
        except (EOFError, OSError) as error:  # a truncated or damaged download: keep what was read
            report.errors.append(f"{source}:{report.lines + 1}: reading stopped, the rest of the file is lost ({error})")
        writer = _Writer(parked, store.reference, report)
        total = parked.count()
        for done, extraction in writer.extractions():
            report.stored[store.add(extraction)] += 1
            if progress is not None:
                progress("storing", done, total)
    finally:
        parked.close()
    return report


def _read_line(parked: _Parked, line: str | bytes, number: int, source: str, report: WikidataImportReport) -> None:
    """Park one line's entity; a bad line becomes an error naming it."""
    try:
        data = parse_line(line)
        if data is not None:
            report.records += 1
            _park_entity(parked, data, number, report)
    except (WikidataLineError, json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as error:
        report.errors.append(f"{source}:{number}: {_describe(error)}")


def parse_line(line: str | bytes) -> dict[str, Any] | None:
    """One dump line's entity; None for the array's brackets and blank lines."""
    text = line.decode("utf-8") if isinstance(line, bytes) else line
    text = text.strip()
    if text in ("", "[", "]"):
        return None
    data = json.loads(text.removesuffix(","))
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise WikidataLineError("not a Wikidata entity (a JSON object with an id)")
    return data


def entity_type(data: dict[str, Any]) -> str | None:
    """The levers type of an item, from its P31 values and `INSTANCE_TYPES`."""
    found = {INSTANCE_TYPES[q] for q in _item_values(data, "P31") if q in INSTANCE_TYPES}
    return next((t for t in TYPE_PRIORITY if t in found), None)


def names(data: dict[str, Any]) -> tuple[str | None, list[str]]:
    """(name, aliases): the English label (else "mul", else any), then aliases and other labels."""
    labels = {lang: v.get("value") for lang, v in (data.get("labels") or {}).items() if isinstance(v, dict) and v.get("value")}
    name = next((labels[lang] for lang in LANGUAGES if lang in labels), None)
    if name is None and labels:
        name = labels[min(labels)]
    aliases_by_lang = data.get("aliases") or {}
    candidates = [a.get("value") for lang in LANGUAGES for a in aliases_by_lang.get(lang, []) if isinstance(a, dict)]
    candidates += [labels[lang] for lang in ALIAS_LANGUAGES if lang in labels]
    candidates += [label for lang, label in labels.items() if lang not in ALIAS_LANGUAGES]
    seen = {name.casefold()} if name else set()
    aliases: list[str] = []
    for alias in candidates:
        if alias and alias.casefold() not in seen and len(aliases) < MAX_ALIASES:
            seen.add(alias.casefold())
            aliases.append(alias)
    return name, aliases


def _park_entity(parked: _Parked, data: dict[str, Any], line: int, report: WikidataImportReport) -> None:
    qid = data["id"]
    if data.get("type", "item") != "item" or not _ITEM_ID.match(qid):
        report.skipped[str(data.get("type") or "not an item")] += 1
        return
    countries = _item_values(data, "P17")
    if countries:
        parked.place(qid, countries[0])
    iso = next(iter(_string_values(data, "P297")), None)
    name, aliases = names(data)
    if iso and name:
        parked.country(qid, iso.upper(), name)
    kind = entity_type(data)
    if kind is None:
        report.skipped["no kept P31 class"] += 1
        return
    if name is None:
        report.skipped["no label"] += 1
        return
    description = ((data.get("descriptions") or {}).get("en") or {}).get("value")
    record = {
        "name": name,
        "type": kind,
        "aliases": aliases,
        "description": description,
        "countries": {"person": _item_values(data, "P27"), "country": []}.get(kind, countries),
        "country_label": "citizenship" if kind == "person" else "country",
    }
    parked.thing(qid, line, record)
    report.kept[kind] += 1
    for pid, rule in STATEMENTS.items():
        if kind not in rule.subject_types:
            continue
        for statement in _statements(data, pid):
            value = _item_id(statement.get("mainsnak") or {})
            if value is None or value == qid:
                continue
            parked.link(qid, line, {"pid": pid, "value": value, **_qualifiers(statement, pid)})


# --- reading an entity's JSON ---------------------------------------------------------


def _statements(data: dict[str, Any], pid: str) -> list[dict[str, Any]]:
    """A property's statements that have a value, deprecated ones left out."""
    found = (data.get("claims") or {}).get(pid) or []
    return [
        s
        for s in found
        if isinstance(s, dict) and s.get("rank") != "deprecated" and (s.get("mainsnak") or {}).get("snaktype", "value") == "value"
    ]


def _item_id(snak: dict[str, Any]) -> str | None:
    value = (snak.get("datavalue") or {}).get("value")
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("id"), str):
        return value["id"]
    if value.get("entity-type", "item") == "item" and isinstance(value.get("numeric-id"), int):
        return f"Q{value['numeric-id']}"
    return None


def _item_values(data: dict[str, Any], pid: str) -> list[str]:
    return [q for s in _statements(data, pid) if (q := _item_id(s.get("mainsnak") or {})) is not None]


def _string_values(data: dict[str, Any], pid: str) -> list[str]:
    values = [(s.get("mainsnak") or {}).get("datavalue", {}).get("value") for s in _statements(data, pid)]
    return [v for v in values if isinstance(v, str)]


def _qualifiers(statement: dict[str, Any], pid: str) -> dict[str, Any]:
    """start date, end (the claim is then "former"), and an owner's proportion."""
    qualifiers = statement.get("qualifiers") or {}

    def first(qualifier: str) -> Any:
        for snak in qualifiers.get(qualifier) or []:
            value = (snak.get("datavalue") or {}).get("value")
            if value is not None:
                return value
        return None

    found: dict[str, Any] = {}
    start = wikidata_date(first("P580") or first("P585"))
    end = wikidata_date(first("P582"))
    if start:
        found["date"] = start
    if end or first("P582") is not None:
        found["status"] = "former"
        found["end"] = end
    proportion = first("P1107")
    if pid in ("P127", "P749", "P355") and isinstance(proportion, dict) and "amount" in proportion:
        found["share"] = float(proportion["amount"]) * 100
    return found


def wikidata_date(value: Any) -> str | None:
    """A Wikidata time value as ISO 8601, as precise as it is ("+2014-09-00T00:00:00Z", precision 10 -> "2014-09")."""
    if not isinstance(value, dict) or not isinstance(value.get("time"), str):
        return None
    match = re.match(r"^[+]?(\d{4})-(\d\d)-(\d\d)", value["time"])
    if match is None:
        return None
    year, month, day = match.groups()
    precision = value.get("precision", 11)
    if precision >= 11 and day != "00":
        return f"{year}-{month}-{day}"
    if precision >= 10 and month != "00":
        return f"{year}-{month}"
    return year if precision >= 9 else None


def _describe(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"not JSON ({error.msg}, column {error.colno})"
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 (byte {error.start + 1})"
    if isinstance(error, WikidataLineError):
        return str(error)
    return f"unreadable entity ({type(error).__name__}: {error})"


# --- parking -------------------------------------------------------------------


class _Parked:
    """Items, places and statements of one dump, in a temporary SQLite file."""

    def __init__(self, source: str) -> None:
        self.name = Path(source).name or "input"
        self._dir = tempfile.TemporaryDirectory(prefix="levers-wikidata-")
        self.db = sqlite3.connect(Path(self._dir.name) / "parked.db")
        for pragma in ("journal_mode=OFF", "synchronous=OFF"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.execute("CREATE TABLE things (qid TEXT PRIMARY KEY, line INTEGER, data TEXT)")
        self.db.execute("CREATE TABLE links (seq INTEGER PRIMARY KEY, qid TEXT, line INTEGER, data TEXT)")
        self.db.execute("CREATE TABLE places (qid TEXT PRIMARY KEY, country TEXT)")
        self.db.execute("CREATE TABLE countries (qid TEXT PRIMARY KEY, code TEXT, name TEXT)")

    def close(self) -> None:
        self.db.close()
        self._dir.cleanup()

    def thing(self, qid: str, line: int, record: dict[str, Any]) -> None:
        self.db.execute("INSERT OR REPLACE INTO things VALUES (?, ?, ?)", (qid, line, json.dumps(record, ensure_ascii=False)))

    def link(self, qid: str, line: int, record: dict[str, Any]) -> None:
        self.db.execute("INSERT INTO links (qid, line, data) VALUES (?, ?, ?)", (qid, line, json.dumps(record)))

    def place(self, qid: str, country: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO places VALUES (?, ?)", (qid, country))

    def country(self, qid: str, code: str, name: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO countries VALUES (?, ?, ?)", (qid, code, name))

    def count(self) -> int:
        return sum(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("things", "links"))

    def things(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for qid, data in self.db.execute("SELECT qid, data FROM things ORDER BY line"):
            yield qid, json.loads(data)

    def links(self) -> Iterator[tuple[str, int, dict[str, Any]]]:
        for qid, line, data in self.db.execute("SELECT qid, line, data FROM links ORDER BY seq"):
            yield qid, line, json.loads(data)

    def thing_of(self, qid: str) -> Thing | None:
        row = self.db.execute("SELECT data FROM things WHERE qid = ?", (qid,)).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return Thing(qid, data["name"], data["type"], data["aliases"])

    def country_of_place(self, qid: str) -> str | None:
        row = self.db.execute("SELECT country FROM places WHERE qid = ?", (qid,)).fetchone()
        return row[0] if row else None

    def country_code(self, qid: str) -> tuple[str, str] | None:
        """(ISO code, name) of a country item that carries P297 in the dump."""
        row = self.db.execute("SELECT code, name FROM countries WHERE qid = ?", (qid,)).fetchone()
        return (row[0], row[1]) if row else None


# --- writing documents -----------------------------------------------------------


class _Writer:
    """The parked dump as documents of at most BATCH lines: entities first, then statements."""

    def __init__(self, parked: _Parked, reference: Reference, report: WikidataImportReport) -> None:
        self.parked = parked
        self.report = report
        self.name = parked.name
        self.by_qid = _reference_things(reference)
        self.country_codes = {c.ref.split(":", 1)[1]: (c.code, c.name) for c in reference.countries if c.ref and c.ref.startswith("wikidata:")}
        self.done = 0

    def extractions(self) -> Iterator[tuple[int, Extraction]]:
        """(records written so far, the next document)."""
        batch: list[tuple[str, dict[str, Any]]] = []
        number = 0
        for qid, record in self.parked.things():
            batch.append((qid, record))
            if len(batch) == BATCH:
                number += 1
                yield self._advance(len(batch)), self._things_document(number, batch)
                batch = []
        if batch:
            number += 1
            yield self._advance(len(batch)), self._things_document(number, batch)

        links: list[tuple[str, str, Thing, Thing, dict[str, Any]]] = []
        number, current = 0, ""
        seen: set[tuple[Any, ...]] = set()
        for qid, _line, record in self.parked.links():
            if qid != current:  # one item's statements are parked together: P17 and P159 may say the same
                current, seen = qid, set()
            ends = self._ends(qid, record)
            self.done += 1
            if ends is None:
                continue
            subject, obj, claim_type = ends
            key = (claim_type, subject.qid, obj.qid, record.get("date"), record.get("status"))
            if key in seen:
                continue
            seen.add(key)
            links.append((record["pid"], claim_type, subject, obj, record))
            if len(links) == BATCH:
                number += 1
                yield self.done, self._links_document(number, links)
                links = []
        if links:
            number += 1
            yield self.done, self._links_document(number, links)

    def _advance(self, count: int) -> int:
        self.done += count
        return self.done

    def _ends(self, qid: str, record: dict[str, Any]) -> tuple[Thing, Thing, str] | None:
        """(subject, object, claim type) of a parked statement; None (and counted) when an end is unknown."""
        pid, value = record["pid"], record["value"]
        rule = STATEMENTS[pid]
        item = self._thing(qid)
        if rule.claim_type == "based_in":
            other = self._country_thing(value)
            if other is None and pid in PLACE_PROPERTIES:
                other = self._country_thing(self.parked.country_of_place(value) or "")
            if other is None:
                self.report.dropped[f"{pid} names no country the dump or reference data knows"] += 1
                return None
        else:
            other = self._thing(value)
        if item is None or other is None:
            self.report.dropped[f"{pid} names an item neither in the dump nor in reference data"] += 1
            return None
        subject, obj = (item, other) if rule.item_is == "subject" else (other, item)
        return subject, obj, rule.claim_type

    def _thing(self, qid: str) -> Thing | None:
        return self.parked.thing_of(qid) or self.by_qid.get(qid)

    def _country_thing(self, qid: str) -> Thing | None:
        thing = self._thing(qid)
        if thing is not None:
            return thing if thing.type == "country" else None
        known = self.parked.country_code(qid) or self.country_codes.get(qid)
        return Thing(qid, known[1], "country") if known else None

    def _country_text(self, qid: str) -> str:
        """"China (CN)" for a country item, from the dump's P297 or reference data; else its Q-id."""
        known = self.parked.country_code(qid) or self.country_codes.get(qid)
        if known is not None:
            return f"{known[1]} ({known[0]})"
        thing = self._thing(qid)
        return thing.name if thing is not None else f"wikidata:{qid}"

    def _things_document(self, number: int, batch: list[tuple[str, dict[str, Any]]]) -> Extraction:
        lines = [self._header()]
        entities: list[Entity] = []
        offset = len(lines[0]) + 1
        for qid, data in batch:
            head = f"{TYPE_LABELS[data['type']]}: "
            text = head + data["name"]
            if data["aliases"]:
                text += f" (also {'; '.join(data['aliases'])})"
            if data.get("description"):
                text += f", {data['description']}"
            if data["countries"]:
                text += f", {data['country_label']} {', '.join(self._country_text(c) for c in data['countries'])}"
            text += f" [wikidata:{qid}]"
            start = offset + len(head)
            mention = (start, start + len(data["name"]))
            entities.append(Entity(f"e{len(entities) + 1}", data["name"], data["type"], data["aliases"], [mention], f"wikidata:{qid}"))  # type: ignore[arg-type]
            lines.append(text)
            offset += len(text) + 1
        return self._extraction(f"entities:{number}", lines, entities, [])

    def _links_document(self, number: int, links: list[tuple[str, str, Thing, Thing, dict[str, Any]]]) -> Extraction:
        lines = [self._header()]
        entities: dict[str, Entity] = {}
        claims: list[Claim] = []
        offset = len(lines[0]) + 1
        for pid, claim_type, subject, obj, record in links:
            head = f"{pid} {STATEMENTS[pid].label}: "
            verb = VERBS.get(claim_type, claim_type.replace("_", " "))
            text = f"{head}{subject.name} {verb} {obj.name}"
            share = record.get("share")
            details = [
                d
                for d in (
                    STATEMENTS[pid].role,
                    f"{share:g}%" if share is not None else None,
                    f"from {record['date']}" if record.get("date") else None,
                    f"until {record['end']}" if record.get("end") else ("ended" if record.get("status") else None),
                )
                if d
            ]
            if details:
                text += f" ({', '.join(details)})"
            text += f", according to {SOURCE} [wikidata:{(obj if STATEMENTS[pid].item_is == 'object' else subject).qid}]"
            ids = mention_ends(entities, [(subject.qid, subject), (obj.qid, obj)], offset + len(head), verb)
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}",
                    type=claim_type,  # type: ignore[arg-type]
                    subject=ids[0],
                    object=ids[1],
                    qualifiers=Qualifiers(
                        role=STATEMENTS[pid].role,
                        share=Share(share, f"{share:g}%") if share is not None else None,
                        date=record.get("date"),
                        status=record.get("status"),
                    ),
                    certainty="reported",
                    attribution=Attribution(source=SOURCE, cue="according to"),
                    evidence=[(offset, offset + len(text))],
                    confidence=1.0,
                )
            )
            self.report.claims[claim_type] += 1
            lines.append(text)
            offset += len(text) + 1
        return self._extraction(f"statements:{number}", lines, list(entities.values()), claims)

    def _header(self) -> str:
        return f"Imported from the Wikidata dump {self.name}; not extracted from news text."

    def _extraction(self, part: str, lines: list[str], entities: list[Entity], claims: list[Claim]) -> Extraction:
        doc_id = f"wikidata:{self.name}:{part}"
        title = f"Imported from Wikidata: {self.name} ({part.replace(':', ' ')})"
        return Extraction(Document(doc_id, "\n".join(lines), title=title), entities, claims)


def _reference_things(reference: Reference) -> dict[str, Thing]:
    """Reference entries and countries by Q-id: the other end of a statement the dump lacks."""
    found: dict[str, Thing] = {}
    entries = [*reference.entries, *(c.government for c in reference.countries)]
    for entry in entries:
        if entry.ref and entry.ref.startswith("wikidata:"):
            qid = entry.ref.split(":", 1)[1]
            found.setdefault(qid, Thing(qid, entry.name, entry.type, list(entry.aliases)))
    for country in reference.countries:
        if country.ref and country.ref.startswith("wikidata:"):
            qid = country.ref.split(":", 1)[1]
            found[qid] = Thing(qid, country.name, "country", list(country.aliases))
    return found

