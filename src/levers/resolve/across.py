"""Across documents: which stored node a new document's entity names, if any.

Resolution is incremental: a document's entities are compared with the nodes that
share a blocking key with them (a name token, its sound, a reference identity),
never with the whole store. For each entity, in this order:

1. a user's judgement (`levers merge`/`split`) pins it to a node: it goes there;
2. a shared reference identity (the same `ref`, or names that reference data lists
   as one entry, "Ma Yun" and "Jack Ma") merges it, whatever the names;
   (unless the entity has only weak names, see 4: a ref the extractor gave to a bare
   "Apple" is no better than the word);
3. a strong name match merges it: the same full person name (a one-letter slip
   allowed), the same company core ("Alibaba Group Holding Ltd." ~ "Alibaba");
4. a weak name match (a lone surname "Ma", an initial, a one-word everyday company
   name "Apple") merges it only when the document co-mentions another node that the
   candidate is co-mentioned with; a tie between candidates leaves it apart;
5. otherwise the entity starts a node of its own.

Every decision carries its method, score and a reason a person can read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from ..model import Entity
from ..reference import Reference
from .names import (
    MATCH_THRESHOLD,
    NameMatch,
    blocking_keys,
    compare_names,
    is_surname_only,
    is_weak_name,
    reference_keys,
    type_penalty,
    types_compatible,
)

Method = Literal["pinned", "reference", "name", "context", "new"]

CANDIDATE_LIMIT = 40
"""Nodes compared per entity: those sharing the most name keys with it (and any reference key)."""


@dataclass
class CandidateNode:
    """What resolution needs to know of a stored node."""

    id: int
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    reference_keys: set[str] = field(default_factory=set)
    entity_count: int = 0

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


class NodeSource(Protocol):
    """The store's side of resolution: look-ups by key, node facts, judgements."""

    def candidate_ids(self, keys: Iterable[str], limit: int) -> list[int]:
        """Every node filed under one of the reference keys ("r:..."), then up to `limit`
        nodes filed under the most of the other keys."""
        ...

    def prefetch(self, key_sets: Iterable[set[str]], limit: int = CANDIDATE_LIMIT) -> None:
        """A hint: these are the keys the next look-ups will use (one document's entities)."""
        ...

    def candidates(self, node_ids: Sequence[int]) -> list[CandidateNode]: ...

    def neighbours(self, node_id: int) -> set[int]:
        """Nodes co-mentioned with this one in some document, countries left out."""
        ...

    def node_of_label(self, label: str) -> int | None:
        """The node that holds the entities a judgement pinned under `label`, if any."""
        ...


@dataclass
class Decision:
    """Where one entity of a document goes.

    `node_id` is a stored node, or None for a new node; entities of one document with
    the same `new_group` share one new node.
    """

    entity_id: str
    node_id: int | None
    method: Method
    score: float
    reason: str
    new_group: str | None = None


@dataclass
class _Scored:
    node: CandidateNode
    score: float
    weak: bool
    method: Method
    reason: str


def entity_names(entity: Entity) -> list[str]:
    """The entity's name and aliases, once each."""
    seen: dict[str, None] = {entity.name: None}
    for alias in entity.aliases:
        seen.setdefault(alias, None)
    return list(seen)


def entity_keys(entity: Entity, reference: Reference | None) -> tuple[set[str], set[str]]:
    """(blocking keys, reference keys) of an entity."""
    names = entity_names(entity)
    keys: set[str] = set()
    for name in names:
        keys |= blocking_keys(name, entity.type)
    return keys, reference_keys(names, entity.type, entity.ref, reference)


def resolve_document(
    entities: Sequence[Entity],
    source: NodeSource,
    reference: Reference | None = None,
    pins: dict[str, str] | None = None,
) -> list[Decision]:
    """Decide, for each entity of one document, which stored node it names (in entity order).

    `pins` maps an entity id to the label a user's judgement gave it.
    """
    pins = pins or {}
    decided: dict[str, Decision] = {}
    new_groups: dict[str, str] = {}  # reference key -> group of the first new entity with it
    taken: set[int] = set()  # nodes already given to an entity of this document

    def order(entity: Entity) -> int:
        if entity.id in pins:
            return 0
        return 2 if is_weak_name(entity.name, entity.type) else 1

    keys_of = {entity.id: entity_keys(entity, reference) for entity in entities}
    source.prefetch(keys | ref_keys for keys, ref_keys in keys_of.values())
    for entity in sorted(entities, key=order):
        keys, ref_keys = keys_of[entity.id]
        if entity.id in pins:
            decision = _pinned(entity, pins[entity.id], source)
        else:
            context = {d.node_id for d in decided.values() if d.node_id is not None}
            scored = _score_candidates(entity, keys, ref_keys, source, taken)
            decision = _choose(entity, scored, source, context)
        if decision.node_id is None and decision.new_group is None:
            shared = sorted(ref_keys & new_groups.keys())
            decision.new_group = new_groups[shared[0]] if shared else entity.id
        if decision.node_id is None:
            for key in ref_keys:
                new_groups.setdefault(key, decision.new_group or entity.id)
        else:
            taken.add(decision.node_id)
        decided[entity.id] = decision
    return [decided[entity.id] for entity in entities]


def _pinned(entity: Entity, label: str, source: NodeSource) -> Decision:
    node_id = source.node_of_label(label)
    reason = f"a user's judgement ({label})"
    if node_id is None:
        return Decision(entity.id, None, "pinned", 1.0, reason, new_group=f"pin:{label}")
    return Decision(entity.id, node_id, "pinned", 1.0, reason)


def _score_candidates(
    entity: Entity,
    keys: set[str],
    ref_keys: set[str],
    source: NodeSource,
    taken: set[int],
) -> list[_Scored]:
    node_ids = source.candidate_ids(keys | ref_keys, CANDIDATE_LIMIT)
    # An extractor's ref on a bare "Apple" is a look-up of an everyday word, not evidence.
    weak_ref = all(is_weak_name(name, entity.type) for name in entity_names(entity))
    scored: list[_Scored] = []
    for node in source.candidates(node_ids):
        if not types_compatible(entity.type, node.type):
            continue
        same_reference = ref_keys & node.reference_keys
        if same_reference:
            reason = f"same reference identity {sorted(same_reference)[0][2:]}"
            if weak_ref:
                reason += f" (given to the weak name {entity.name!r})"
            scored.append(_Scored(node, 1.0, weak_ref, "reference", reason))
            continue
        if ref_keys and node.reference_keys or node.id in taken:
            continue  # reference data tells them apart, or the document already did
        match = best_name_match(entity, node)
        score = match.score - type_penalty(entity.type, node.type)
        if score >= MATCH_THRESHOLD:
            scored.append(_Scored(node, score, match.weak, "name", match.reason))
    return scored


def best_name_match(entity: Entity, node: CandidateNode) -> NameMatch:
    """The closest pair of the entity's and the node's names.

    Where both have a full person name, only full names are compared: "Jack Ma" is
    not "Ma Ying-jeou" because both were once called "Mr. Ma".
    """
    ours, theirs = entity_names(entity), node.names
    if entity.type == "person":
        full_ours = [n for n in ours if not is_surname_only(n)]
        full_theirs = [n for n in theirs if not is_surname_only(n)]
        if full_ours and full_theirs:
            ours, theirs = full_ours, full_theirs
        elif full_ours:
            ours = full_ours
        elif full_theirs:
            theirs = full_theirs
    best = NameMatch(0.0, True, "no likeness")
    for a in ours:
        for b in theirs:
            match = compare_names(a, b, entity.type)
            if (match.score, not match.weak) > (best.score, not best.weak):
                best = NameMatch(match.score, match.weak, f"{a!r} ~ {b!r}: {match.reason}")
    return best


def _choose(
    entity: Entity, scored: list[_Scored], source: NodeSource, context: set[int]
) -> Decision:
    strong = [s for s in scored if not s.weak]
    if strong:
        best = max(strong, key=lambda s: (s.method == "reference", s.score, s.node.entity_count, -s.node.id))
        return Decision(entity.id, best.node.id, best.method, round(best.score, 3), best.reason)
    weak = [s for s in scored if s.weak]
    if not weak:
        return Decision(entity.id, None, "new", 0.0, "no stored node is like it")
    supported = []
    for s in weak:
        shared = context & source.neighbours(s.node.id)
        if shared:
            supported.append((len(shared), s, shared))
    if not supported:
        names = ", ".join(f"{s.node.name!r} (node {s.node.id})" for s in weak[:3])
        return Decision(entity.id, None, "new", 0.0, f"only a weak match with {names}, and no shared context")
    supported.sort(key=lambda t: (t[0], t[1].score), reverse=True)
    if len(supported) > 1 and supported[0][0] == supported[1][0]:
        tied = " and ".join(f"node {s.node.id}" for _, s, _ in supported[:2])
        return Decision(entity.id, None, "new", 0.0, f"ambiguous between {tied}")
    count, best, shared = supported[0]
    named = ", ".join(repr(n.name) for n in source.candidates(sorted(shared)[:3]))
    reason = f"{best.reason}; co-mentioned with {count} of its neighbours: {named}{', ...' if count > 3 else ''}"
    return Decision(entity.id, best.node.id, "context", round(best.score, 3), reason)
