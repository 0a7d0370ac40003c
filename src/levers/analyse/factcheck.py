"""Claims that contradict reference data: flagged, never dropped or changed.

Reference data (levers/data/reference) is background written by the project from
public facts; a text may be right where it is stale. So a flag says what reference
data says beside what the text says, and leaves the claim as it was stated. Rules:

- central_bank: the text calls X a country's central bank (an apposition such as
  "the Bank of China, the country's central bank" next to a part_of or based_in
  claim, or a claim with the role "central bank"), while reference data names
  another central bank for that country. The extractor reads that apposition as
  based_in(X, country) or as part_of(X, central bank); both are checked.
- head_of_state: leads(person, country) as president, king, ... (or with no role)
  while reference data names another head of state (or of government, for a prime
  minister or premier). Low severity: heads change and reference data can be stale.
- based_in: based_in(X, country) while reference data gives X another country
  (Hong Kong and Macau count as China).
- parent: owns(P, X) without a stated minority share while reference data names
  another parent of X (P's own parents, grandparents... are no contradiction).

Negated claims are not checked: a denial asserts nothing against reference data.
A description with no claim ("The Bank of China, the country's central bank, cut
rates.") is flagged too, with `claim` None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from ..model import Claim, Entity, Extraction
from ..reference import Country, Reference, ReferenceEntry
from ..store import Store, StoredClaim

Rule = Literal["central_bank", "head_of_state", "based_in", "parent"]
Severity = Literal["high", "medium", "low"]

RULE_TITLES: dict[str, str] = {
    "central_bank": "central bank",
    "head_of_state": "head of state",
    "based_in": "country",
    "parent": "parent company",
}

SAME_STATE = {"HK": "CN", "MO": "CN"}
"""Codes that reference data keeps apart but a text may fairly call by their state's name."""

MAJORITY = 50.0
"""An owner with at most this share (percent) is a shareholder, not a contradiction of the parent."""

HEAD_OF_STATE_ROLE = re.compile(r"\b(president|king|queen|emperor|empress|emir|amir|sultan|monarch|head of state|supreme leader|grand duke)\b", re.IGNORECASE)
HEAD_OF_GOVERNMENT_ROLE = re.compile(r"\b(prime minister|premier|chancellor|head of government)\b", re.IGNORECASE)
NOT_THE_HEAD = re.compile(r"\b(vice|deputy|former|ex|late|acting|crown|first lady|candidate|elect)\b", re.IGNORECASE)

_WHOSE = r"(?:(?P<whose>country|nation|state|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+|(?P<adjective>[A-Z][\w-]+)\s+)?"
_CENTRAL_BANK = r"(?i:central\s+bank)\b"
CALLED_AFTER = re.compile(r"\s*(?:,\s*|\s+(?:is|was|as|acts as|serves as)\s+)(?:the\s+|its\s+)?" + _WHOSE + _CENTRAL_BANK)
"""After X's mention: ", the country's central bank", " is China's central bank"."""
CALLED_BEFORE = re.compile(r"(?:\bthe\s+)?" + _WHOSE + _CENTRAL_BANK + r"\s*,\s*(?:the\s+)?$")
"""Before X's mention: "the Chinese central bank, "."""
COUNTRY_WORDS = frozenset({"country", "nation", "state"})


@dataclass(frozen=True)
class Party:
    """One end of a claim as the check sees it: its names and reference id."""

    name: str
    type: str
    ref: str | None = None
    names: tuple[str, ...] = ()
    """The name, aliases and mention texts."""


@dataclass(frozen=True)
class CheckedClaim:
    """A claim of one document with its ends and the text of its evidence."""

    document_id: str
    claim_id: str
    type: str
    subject: Party
    object: Party
    certainty: str
    evidence: str
    role: str | None = None
    share: float | None = None
    status: str | None = None

    def describe(self) -> str:
        role = f", {self.role}" if self.role else ""
        return f"{self.type}({self.subject.name} → {self.object.name}{role}), {self.certainty}"


@dataclass(frozen=True)
class Flag:
    """A claim (or a description, when `claim` is None) that reference data contradicts."""

    claim: CheckedClaim | None
    rule: Rule
    reference: str
    """What reference data says, in a sentence ("People's Bank of China is China's central bank")."""
    severity: Severity
    document_id: str
    subject: str
    """The entity the text misdescribes (the claim's subject, or the described entity)."""
    text: str
    """What the text says: the evidence, or the description."""

    @property
    def note(self) -> str:
        """The line under a flagged claim: labelled as reference data."""
        return f"reference data differs: {self.reference}"


# --- checking ----------------------------------------------------------------------


def check_extraction(extraction: Extraction, reference: Reference) -> list[Flag]:
    """Flags for one document's claims and descriptions; the extraction is not changed."""
    return _check(extraction, _Checker(reference))


def _check(extraction: Extraction, checker: _Checker) -> list[Flag]:
    text = extraction.document.text
    entities = {e.id: e for e in extraction.entities}
    flags: list[Flag] = []
    described: set[str] = set()
    for claim in extraction.claims:
        checked = checked_claim(extraction, claim, entities)
        if checked is None:
            continue
        subject = entities[claim.subject]
        called = _called_central_bank(text, subject.mentions, claim.evidence)
        found = checker.check(checked, called[0] if called else None)
        if any(f.rule == "central_bank" for f in found):
            described.add(subject.id)
        flags += found
    for entity in extraction.entities:
        if entity.id in described or entity.type in ("person", "country"):
            continue
        called = _called_central_bank(text, entity.mentions, [(0, len(text))])
        if called is not None:
            flag = checker.description(extraction.document.id, _party(entity, text), *called)
            flags += [flag] if flag is not None else []
    return flags


def check_store(store: Store) -> list[Flag]:
    """Flags for every stored document, read one document at a time."""
    return list(iter_store_flags(store))


def iter_store_flags(store: Store, document_ids: Iterable[str] | None = None) -> Iterator[Flag]:
    """Flags of the stored documents (all, or those named), against the store's reference data."""
    checker = _Checker(store.reference)
    for doc_id in store.document_ids() if document_ids is None else document_ids:
        extraction = store.extraction(doc_id)
        if extraction is not None:
            yield from _check(extraction, checker)


def reference_notes(store: Store, claims: Iterable[StoredClaim]) -> dict[tuple[str, str], list[str]]:
    """(document id, claim id) -> the notes of its flags, for the stored claims given (a profile's)."""
    documents = sorted({c.document_id for c in claims})
    notes: dict[tuple[str, str], list[str]] = {}
    for flag in iter_store_flags(store, documents):
        if flag.claim is not None:
            notes.setdefault((flag.document_id, flag.claim.claim_id), []).append(flag.note)
    return notes


def checked_claim(extraction: Extraction, claim: Claim, entities: dict[str, Entity] | None = None) -> CheckedClaim | None:
    """The claim with its ends and evidence text; None for a negated claim (nothing to check)."""
    if claim.certainty == "negated":
        return None
    entities = entities if entities is not None else {e.id: e for e in extraction.entities}
    text = extraction.document.text
    q = claim.qualifiers
    return CheckedClaim(
        document_id=extraction.document.id,
        claim_id=claim.id,
        type=claim.type,
        subject=_party(entities[claim.subject], text),
        object=_party(entities[claim.object], text),
        certainty=claim.certainty,
        evidence=" … ".join(text[s:e] for s, e in claim.evidence),
        role=q.role,
        share=q.share.value if q.share is not None else None,
        status=q.status,
    )


def _party(entity: Entity, text: str) -> Party:
    mentioned = [text[s:e] for s, e in entity.mentions if 0 <= s < e <= len(text)]
    names = tuple(dict.fromkeys([entity.name, *entity.aliases, *mentioned]))
    return Party(entity.name, entity.type, entity.ref, names)


def _called_central_bank(
    text: str, mentions: Iterable[tuple[int, int]], within: Iterable[tuple[int, int]]
) -> tuple[str, str] | None:
    """(the words that call a mention of X a central bank, those words with the mention), if any.

    Only a mention inside one of the `within` spans counts; the words must touch it:
    "Bank of China, the country's central bank" gives ("the country's central bank", all of it).
    """
    spans = list(within)
    for start, end in mentions:
        if not any(s <= start and end <= e for s, e in spans):
            continue
        after = CALLED_AFTER.match(text, end, min(len(text), end + 80))
        if after is not None:
            return after.group(0).strip(" ,"), text[start : after.end()]
        before = CALLED_BEFORE.search(text, max(0, start - 80), start)
        if before is not None:
            return before.group(0).strip(" ,"), text[before.start() : end]
    return None


class _Checker:
    """The rules, over one reference."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.by_ref: dict[str, ReferenceEntry] = {}
        for entry in [*reference.entries, *(c.government for c in reference.countries)]:
            if entry.ref:
                self.by_ref.setdefault(entry.ref, entry)
        self.countries_by_ref = {c.ref: c for c in reference.countries if c.ref}

    def check(self, claim: CheckedClaim, called: str | None) -> list[Flag]:
        flags = [self._central_bank(claim, called)]
        if claim.type == "leads":
            flags.append(self._head_of_state(claim))
        elif claim.type == "based_in":
            flags.append(self._based_in(claim))
        elif claim.type == "owns":
            flags.append(self._parent(claim))
        return [f for f in flags if f is not None]

    # --- looking parties up ---

    def entry(self, party: Party) -> ReferenceEntry | None:
        """The reference entry a party names: by its ref, else by a name of a compatible type."""
        if party.ref and party.ref in self.by_ref:
            return self.by_ref[party.ref]
        for name in party.names:
            entry = self.reference.lookup(name)
            if entry is not None and _compatible(entry.type, party.type):
                return entry
        return None

    def country(self, party: Party) -> Country | None:
        if party.type != "country":
            return None
        if party.ref and party.ref in self.countries_by_ref:
            return self.countries_by_ref[party.ref]
        return next((c for name in party.names if (c := self.reference.country(name)) is not None), None)

    def holders(self, role: str, code: str) -> list[ReferenceEntry]:
        return [e for e in self.reference.entries if role in e.roles and e.country == code]

    # --- rules ---

    def _central_bank(self, claim: CheckedClaim, called: str | None) -> Flag | None:
        """X is called a country's central bank while reference data names another."""
        by_role = claim.role is not None and re.search(_CENTRAL_BANK, claim.role) is not None
        if not by_role and (called is None or claim.type not in ("part_of", "based_in")):
            return None
        country = self._country_called(called or "", claim)
        if country is None:
            return None
        found = self._misnamed(claim.subject, country)
        if found is None:
            return None
        reference, severity = found
        return Flag(claim, "central_bank", reference, severity, claim.document_id, claim.subject.name, claim.evidence)

    def description(self, document_id: str, party: Party, called: str, words: str) -> Flag | None:
        """A description without a claim ("X, the country's central bank"): X's own country decides."""
        entry = self.entry(party)
        country = self._country_of_phrase(called) or (self.reference.country_by_code(entry.country) if entry else None)
        found = self._misnamed(party, country) if country is not None else None
        if found is None:
            return None
        reference, severity = found
        return Flag(None, "central_bank", reference, severity, document_id, party.name, words)

    def _misnamed(self, party: Party, country: Country) -> tuple[str, Severity] | None:
        banks = self.holders("central_bank", country.code)
        entry = self.entry(party)
        if not banks or entry in banks:
            return None
        named = " and ".join(b.name for b in banks)
        reference = f"{named} is {country.name}'s central bank"
        if entry is None:
            return reference, "medium"
        roles = ", ".join(r.replace("_", " ") for r in entry.roles)
        listed = f"{entry.type.replace('_', ' ')} ({roles})" if roles else entry.type.replace("_", " ")
        return f"{reference}; {entry.name} is listed as a {listed}", "high"

    def _country_called(self, called: str, claim: CheckedClaim) -> Country | None:
        """The country in "China's central bank"; for "the country's", the claim's country."""
        country = self._country_of_phrase(called)
        if country is not None:
            return country
        object_country = self.country(claim.object)
        if object_country is not None:
            return object_country
        for party in (claim.object, claim.subject):
            entry = self.entry(party)
            if entry is not None and entry.country:
                return self.reference.country_by_code(entry.country)
        return None

    def _country_of_phrase(self, called: str) -> Country | None:
        match = re.search(_WHOSE + _CENTRAL_BANK, called)
        if match is None:
            return None
        word = match.group("whose") or match.group("adjective")
        if not word or word.lower() in COUNTRY_WORDS:
            return None
        return self.reference.country(word)

    def _head_of_state(self, claim: CheckedClaim) -> Flag | None:
        """leads(person, country) as its head, while reference data names another head."""
        country = self.country(claim.object)
        if country is None or claim.subject.type != "person" or claim.status in ("former", "planned"):
            return None
        role = claim.role or ""
        if NOT_THE_HEAD.search(role):
            return None
        wanted: tuple[str, ...]
        if HEAD_OF_STATE_ROLE.search(role):
            wanted = ("head_of_state",)
        elif HEAD_OF_GOVERNMENT_ROLE.search(role):
            wanted = ("head_of_government",)
        elif not role:
            wanted = ("head_of_state", "head_of_government")
        else:
            return None
        heads = [e for w in wanted for e in self.holders(w, country.code)]
        if not heads or self.entry(claim.subject) in heads:
            return None
        title = wanted[0].replace("_", " ")
        named = " and ".join(dict.fromkeys(h.name for h in self.holders(wanted[0], country.code))) or heads[0].name
        reference = f"{named} is {country.name}'s {title} (reference data may be out of date)"
        return Flag(claim, "head_of_state", reference, "low", claim.document_id, claim.subject.name, claim.evidence)

    def _based_in(self, claim: CheckedClaim) -> Flag | None:
        country = self.country(claim.object)
        entry = self.entry(claim.subject)
        if country is None or entry is None or not entry.country or entry.type in ("person", "country"):
            return None
        if _same_state(entry.country, country.code):
            return None
        known = self.reference.country_by_code(entry.country)
        where = f"{known.name} ({known.code})" if known else entry.country
        reference = f"{entry.name} is based in {where}"
        return Flag(claim, "based_in", reference, "medium", claim.document_id, claim.subject.name, claim.evidence)

    def _parent(self, claim: CheckedClaim) -> Flag | None:
        if claim.status == "former" or (claim.share is not None and claim.share <= MAJORITY):
            return None
        owned = self.entry(claim.object)
        parent = self.reference.lookup(owned.parent) if owned is not None and owned.parent else None
        if owned is None or parent is None:
            return None
        owner = self.entry(claim.subject)
        if owner is not None and owner in self._ancestors(parent):
            return None
        reference = f"{parent.name} is the parent of {owned.name}"
        return Flag(claim, "parent", reference, "medium", claim.document_id, claim.subject.name, claim.evidence)

    def _ancestors(self, entry: ReferenceEntry) -> list[ReferenceEntry]:
        """The entry, its parent, the parent's parent...: any of them owns it."""
        chain = [entry]
        while chain[-1].parent and len(chain) < 10:
            parent = self.reference.lookup(chain[-1].parent)
            if parent is None or parent in chain:
                break
            chain.append(parent)
        return chain


def _compatible(reference_type: str, text_type: str) -> bool:
    organisations = {"company", "organization", "public_body"}
    return reference_type == text_type or {reference_type, text_type} <= organisations


def _same_state(a: str, b: str) -> bool:
    return SAME_STATE.get(a, a) == SAME_STATE.get(b, b)


# --- rendering -------------------------------------------------------------------------


def render_flags(flags: list[Flag]) -> str:
    """`levers check`: each flag with what the text says and what reference data says."""
    if not flags:
        return "No claim contradicts reference data.\n"
    count = len(flags)
    heading = (
        f"{count} statement{'s' if count != 1 else ''} differ{'' if count != 1 else 's'} from reference data "
        "(reference data is background the project wrote; the claims are kept as the text states them)"
    )
    lines = [heading, ""]
    for flag in flags:
        what = flag.claim.describe() if flag.claim is not None else f"description of {flag.subject}"
        lines.append(f"⚠ [{flag.severity}] {RULE_TITLES[flag.rule]}: {what}")
        lines.append(f"    text: “{_one_line(flag.text)}”")
        lines.append(f"    reference data: {flag.reference}")
        place = f"doc {flag.document_id}" + (f", claim {flag.claim.claim_id}" if flag.claim is not None else "")
        lines += [f"    ({place})", ""]
    return "\n".join(lines)


def _one_line(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= 300 else text[:299] + "…"


__all__ = [
    "CheckedClaim",
    "Flag",
    "Party",
    "check_extraction",
    "check_store",
    "iter_store_flags",
    "reference_notes",
    "render_flags",
]
