"""Which nodes count as a state, from reference data: the ties `explain` ends its paths on.

A node is (part of) a state when it is a country, that country's government, a
public body of that country, or its ruling party; a person reference data lists as
an official of a country ends a path too. A company reference data lists as
state-owned is tied to its state, but a path may go on through it. A public body
reference data does not know is tied to the country its name names ("Chinese
regulators"), labelled as such.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..reference import Country, Reference, ReferenceEntry, name_key
from .graph import NodeRow

SOE_ROLE = "state-owned enterprise"
LOOKUP_CACHE = 200_000
ORGANISATIONS = {"company", "organization", "public_body", "product"}
OFFICIAL_ROLES = {"official", "head_of_state", "head_of_government", "party_leader"}
ROLE_WORDS = {
    "government": "government body",
    "regulator": "regulator",
    "central_bank": "central bank",
    "sovereign_fund": "sovereign wealth fund",
    "state_media": "state media outlet",
    "public_broadcaster": "public broadcaster",
    "ministry": "ministry",
    "legislature": "legislature",
    "court": "court",
    "military": "military body",
    "stock_exchange": "state stock exchange",
    "bank": "state bank",
    "official": "official",
    "head_of_state": "head of state",
    "head_of_government": "head of government",
    "party_leader": "party leader",
}


@dataclass(frozen=True)
class StateTie:
    """Why a node counts as (part of) a state, from reference data or its name."""

    kind: str
    """country, government, body, ruling_party, official, state_owned_enterprise or named."""
    country: str
    role: str
    terminal: bool
    weight_key: str


class ReferenceIndex:
    """Look-ups explain needs that `Reference` lacks: by ref, and children by parent."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.by_ref: dict[str, ReferenceEntry] = {}
        self.children: dict[str, list[tuple[ReferenceEntry, str]]] = {}
        self.governments: dict[str, ReferenceEntry] = {}
        self._looked_up: dict[str, ReferenceEntry | None] = {}
        for country in reference.countries:
            self.governments[country.code] = country.government
            if country.government.ref:
                self.by_ref.setdefault(country.government.ref, country.government)
        for entry in reference.entries:
            if entry.ref:
                self.by_ref.setdefault(entry.ref, entry)
            for relation in ("parent", "operator"):
                owner = getattr(entry, relation, None)
                if owner:
                    self.children.setdefault(name_key(owner), []).append((entry, relation))

    def entry(self, node: NodeRow) -> ReferenceEntry | None:
        """The reference entry a node names: by ref, else by its name or an alias of a fitting type."""
        if node.ref and node.ref in self.by_ref:
            return self.by_ref[node.ref]
        for name in (node.name, *node.aliases):
            entry = self._lookup(name)
            if entry is not None and _compatible(entry.type, node.type):
                return entry
        return None

    def _lookup(self, name: str) -> ReferenceEntry | None:
        """`Reference.lookup`, remembered: a walk asks about thousands of names, many of them again."""
        if name not in self._looked_up:
            if len(self._looked_up) > LOOKUP_CACHE:
                self._looked_up.clear()
            self._looked_up[name] = self.reference.lookup(name)
        return self._looked_up[name]

    def country_of_node(self, node: NodeRow) -> Country | None:
        if node.ref:
            for country in self.reference.countries:
                if country.ref == node.ref:
                    return country
        return self.reference.country(node.name)

    def tie(self, node: NodeRow) -> StateTie | None:
        if node.type == "country":
            country = self.country_of_node(node)
            return StateTie("country", country.code, "the state itself", True, "organ") if country else None
        entry = self.entry(node)
        if entry is not None and entry.country:
            roles = set(entry.roles)
            if entry.type == "country":
                return StateTie("country", entry.country, "the state itself", True, "organ")
            if entry is self.governments.get(entry.country) or entry == self.governments.get(entry.country):
                return StateTie("government", entry.country, "government", True, "organ")
            if "ruling_party" in roles:
                return StateTie("ruling_party", entry.country, "ruling party", True, "organ")
            if entry.type == "public_body":
                words = [ROLE_WORDS.get(r, r.replace("_", " ")) for r in entry.roles] or ["public body"]
                return StateTie("body", entry.country, " and ".join(words), True, "organ")
            if entry.type == "person" and roles & OFFICIAL_ROLES:
                words = [ROLE_WORDS[r] for r in entry.roles if r in OFFICIAL_ROLES]
                return StateTie("official", entry.country, " and ".join(words), True, "official")
            if "state_owned_enterprise" in roles:
                return StateTie("state_owned_enterprise", entry.country, SOE_ROLE, False, "state_owned_enterprise")
            return None
        if node.type == "public_body":
            country = self._country_in_name(node.name)
            if country is not None:
                return StateTie("named", country.code, "public body", True, "named")
        return None

    def _country_in_name(self, name: str) -> Country | None:
        words = name.replace("’", "'").split()
        for size in (3, 2, 1):
            for start in range(len(words) - size + 1):
                country = self.reference.country(" ".join(words[start : start + size]))
                if country is not None:
                    return country
        return None


_INDEXES: dict[int, tuple[Reference, ReferenceIndex]] = {}


def reference_index(reference: Reference) -> ReferenceIndex:
    cached = _INDEXES.get(id(reference))
    if cached is None or cached[0] is not reference:
        cached = _INDEXES[id(reference)] = (reference, ReferenceIndex(reference))
    return cached[1]


def _compatible(entry_type: str, node_type: str) -> bool:
    return entry_type == node_type or {entry_type, node_type} <= ORGANISATIONS


def resolve_state(reference: Reference, text: str) -> Country:
    """A country by name, adjective, code or its government's name ("China", "Chinese", "CN")."""
    country = reference.country(text) or reference.country_by_code(text.strip().upper())
    if country is None:
        entry = reference.lookup(text)
        country = reference.country_by_code(entry.country) if entry is not None else None
    if country is None:
        raise ValueError(f"{text!r} is not a state levers knows (try a country name such as China)")
    return country
