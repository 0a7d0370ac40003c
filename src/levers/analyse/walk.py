"""The walk `explain` takes through the graph: breadth-first, in phases, bounded.

See `explain`'s docstring for the phases (holder, sphere, lever) and what ends a
path. `PHASE_CLAIMS` says, for each phase, which claims a node is read for and may
be left by, at which of their ends: one table drives both the queries and the moves.
Each node's claims are read once per phase need, a frontier at a time in a few
batched queries, from its newest `MENTIONS_PER_NODE` mentions (documents);
at most `MAX_FANOUT` links are followed from a node (best supported first), at
most `MAX_EXPANDED` nodes are read, and a walk that has reached the state
`ENOUGH_ENDS` times goes no deeper, so it stays fast on a large store.
Paths are then read back from the predecessors each (node, phase) state kept.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection

from ..reference import name_key
from ..store.nodes import normalise_name
from . import scoring
from .graph import Edge, NodeRow, edges_at, node_aliases_of, node_rows, nodes_named
from .ties import ORGANISATIONS, ReferenceIndex, StateTie

MAX_FANOUT = 25
"""Links followed from one node, the best-supported first."""
MAX_EXPANDED = 60
"""Nodes whose claims are read, per walk."""
ENOUGH_ENDS = 100
"""A walk that has reached the state this often by the end of a layer goes no deeper."""
MENTIONS_PER_NODE = 20
"""A node's claims are read from its newest this many mentions (documents); the company's from START_MENTIONS."""
START_MENTIONS = 2000
MAX_PREDECESSORS = 8
MAX_PATHS_PER_END = 6

HOLDER, SPHERE, LEVER = "holder", "sphere", "lever"

_HOLD = {"owns", "controls", "part_of", "operates"}
_PEOPLE = {"leads", "founded", "member_of"}
_ACTS_ON = {"regulatory_action", "invests_in", "lends_to", "acquires"}
PHASE_CLAIMS: dict[str, dict[str, frozenset[str]]] = {
    # holders: who holds the node (object end of owns...; subject end of part_of), what it
    # holds (the other ends), its people, and every lever on it
    HOLDER: {
        "subject": frozenset(_HOLD | _PEOPLE | {"employed_by", "cooperates_with", "based_in"}),
        "object": frozenset(_HOLD | _PEOPLE | _ACTS_ON),
    },
    # sphere: only what the node holds or its person leads, and levers on it (not where it is
    # incorporated: a subsidiary abroad is no lever on the company)
    SPHERE: {
        "subject": frozenset({"owns", "controls", "operates"} | _PEOPLE | {"employed_by", "cooperates_with"}),
        "object": frozenset({"part_of"} | _ACTS_ON),
    },
    # after a lever: only climbing to the state
    LEVER: {"subject": frozenset({"part_of", "based_in"}), "object": frozenset({"owns", "controls"})},
}


@dataclass(frozen=True)
class Hop:
    kind: str
    """"claim" or "reference"."""
    type: str
    subject: int
    object: int
    to: int
    move: str
    """up (to a holder), down (into the sphere), lever, or climb (a body's place in its state)."""
    negated: bool = False

    @property
    def key(self) -> tuple[str, str, int, int]:
        return (self.kind, self.type, self.subject, self.object)


State = tuple[int, str, bool]
"""(node, phase, broken): broken once the walk crossed a link that is only denied."""


@dataclass
class Group:
    """The claims of one type between one subject and one object node."""

    type: str
    subject: int
    object: int
    edges: list[Edge] = field(default_factory=list)
    positive: bool = False
    best: float = 0.0

    def add(self, edge: Edge) -> None:
        self.edges.append(edge)
        self.positive = self.positive or edge.certainty != "negated"
        self.best = max(self.best, scoring.CERTAINTY_WEIGHT.get(edge.certainty, 0.0))


@dataclass
class End:
    """A path end: the state reached (or a state-owned enterprise passed) after a hop from `state`."""

    state: State | None
    hop: Hop | None
    node: int
    tie: StateTie


class Walk:
    def __init__(self, conn: Connection, index: ReferenceIndex, start: int, max_depth: int) -> None:
        self.conn = conn
        self.index = index
        self.start = start
        self.max_depth = max_depth
        self.info: dict[int, NodeRow] = node_rows(conn, [start])
        self.ties: dict[int, StateTie | None] = {}
        self.groups: dict[int, list[Group]] = {}
        self.group_of: dict[tuple[str, int, int], Group] = {}
        self.read_types: dict[tuple[int, str], set[str]] = {}
        self.attached: set[tuple[int, tuple[str, int, int]]] = set()
        self.depth: dict[State, int] = {}
        self.preds: dict[State, list[tuple[State, Hop]]] = {}
        self.ends: list[End] = []
        self.reference_links: dict[int, list[tuple[int, int, str]]] = {}
        """node -> (holder, held, relation) that reference data lists for it and the store has."""
        self.referenced: set[int] = set()
        self.claims_read = 0
        self.seen_claims: set[int] = set()

    def edges_of(self, hop: Hop) -> list[Edge]:
        """The stored claims a claim hop stands for (none for a reference hop)."""
        group = self.group_of.get((hop.type, hop.subject, hop.object)) if hop.kind == "claim" else None
        return group.edges if group is not None else []

    def tie(self, node_id: int) -> StateTie | None:
        if node_id not in self.ties:
            row = self.info.get(node_id)
            self.ties[node_id] = self.index.tie(row) if row is not None else None
        return self.ties[node_id]

    def run(self) -> None:
        first: State = (self.start, HOLDER, False)
        self.depth[first] = 0
        start_tie = self.tie(self.start)
        if start_tie is not None:
            self.ends.append(End(None, None, self.start, start_tie))
            if start_tie.terminal:
                return
        frontier = [first]
        expanded: set[int] = set()
        for depth in range(self.max_depth):
            if len(self.ends) >= ENOUGH_ENDS:  # more than an explanation shows: the deeper, weaker paths can wait
                break
            allowed = []
            for state in frontier:  # within the budget of nodes, the best-reached first
                if state[0] in expanded or len(expanded) < MAX_EXPANDED:
                    expanded.add(state[0])
                    allowed.append(state)
            if not allowed:
                break
            self.read(allowed)
            arrivals: list[tuple[float, State]] = []
            for state in allowed:
                for rank, (hop, phase) in enumerate(self.hops(state)):
                    self._arrive(state, hop, phase, depth + 1, arrivals, rank)
            arrivals.sort(key=lambda item: item[0])
            frontier = [state for _, state in arrivals]

    def _arrive(self, state: State, hop: Hop, phase: str, depth: int, frontier: list[tuple[float, State]], rank: int) -> None:
        tie = self.tie(hop.to)
        if tie is not None and tie.terminal:
            if hop.move != "down":  # a company owning a public body is no lever of the state on it
                self.ends.append(End(state, hop, hop.to, tie))
            return
        nxt: State = (hop.to, phase, state[2] or hop.negated)
        if tie is not None and phase in (HOLDER, LEVER):
            self.ends.append(End(state, hop, hop.to, tie))
        preds = self.preds.setdefault(nxt, [])
        if len(preds) < MAX_PREDECESSORS:
            preds.append((state, hop))
        if nxt not in self.depth:
            self.depth[nxt] = depth
            frontier.append((rank + (10_000 if nxt[2] else 0), nxt))

    def read(self, states: Iterable[State]) -> None:
        """The claims these states may leave by (those not read yet), and every new neighbour's row."""
        batches: dict[tuple[str, frozenset[str], bool], list[int]] = {}
        for node, phase, _ in states:
            for end, types in PHASE_CLAIMS[phase].items():
                done = self.read_types.setdefault((node, end), set())
                missing = frozenset(types - done)
                if missing:
                    done |= missing
                    batches.setdefault((end, missing, node == self.start), []).append(node)
        fresh: list[int] = []
        for (end, types, is_start), node_ids in batches.items():
            cap = START_MENTIONS if is_start else MENTIONS_PER_NODE
            edges, rows = edges_at(self.conn, node_ids, end, types, per_node=cap)
            self.claims_read += len(edges)
            for node_id, row in rows.items():
                if node_id not in self.info:
                    self.info[node_id] = row
                    fresh.append(node_id)
            for edge in edges:
                self._add(edge, edge.subject if end == "subject" else edge.object)
        self._find_aliases(fresh)
        self._reference_neighbours([n for n, _, _ in states if n not in self.referenced])

    def _add(self, edge: Edge, anchor: int) -> None:
        key = (edge.type, edge.subject, edge.object)
        group = self.group_of.get(key)
        if group is None:
            group = self.group_of[key] = Group(*key)
        if edge.claim not in self.seen_claims:  # one claim can be read from both its ends
            self.seen_claims.add(edge.claim)
            group.add(edge)
        if (anchor, key) not in self.attached:
            self.attached.add((anchor, key))
            self.groups.setdefault(anchor, []).append(group)

    def _find_aliases(self, node_ids: list[int]) -> None:
        """Aliases of new bodies and organisations whose name alone ties them to no state."""
        unknown = [n for n in node_ids if self.info[n].type in ORGANISATIONS - {"company", "product"} and self.tie(n) is None]
        if not unknown:
            return
        for node_id, aliases in node_aliases_of(self.conn, unknown).items():
            self.info[node_id].aliases = aliases
            self.ties.pop(node_id, None)

    def _reference_neighbours(self, node_ids: list[int]) -> None:
        """Parents and operators that reference data lists, and the entries it lists under a node."""
        self.referenced.update(node_ids)
        names: dict[int, list[tuple[str, str, bool]]] = {}
        for node_id in node_ids:
            row = self.info.get(node_id)
            entry = self.index.entry(row) if row is not None else None
            if entry is None:
                continue
            for relation in ("parent", "operator"):
                owner = getattr(entry, relation, None)
                if owner:
                    names.setdefault(node_id, []).append((owner, relation, True))
            for child, relation in self.index.children.get(name_key(entry.name), []):
                names.setdefault(node_id, []).append((child.name, relation, False))
        if not names:
            return
        found = nodes_named(self.conn, [name for items in names.values() for name, _, _ in items])
        self.info.update(node_rows(self.conn, {n for ids in found.values() for n in ids} - self.info.keys()))
        for node_id, items in names.items():
            for name, relation, upward in items:
                for other in found.get(normalise_name(name), []):
                    row = self.info.get(other)
                    if other == node_id or row is None or row.type not in ORGANISATIONS:
                        continue
                    holder, held = (other, node_id) if upward else (node_id, other)
                    self.reference_links.setdefault(node_id, []).append((holder, held, relation))

    def hops(self, state: State) -> list[tuple[Hop, str]]:
        """The MAX_FANOUT links the walk may take from this state, best supported first, with the phase they lead to."""
        node, phase, broken = state
        allowed = PHASE_CLAIMS[phase]
        out: list[tuple[float, Hop, str]] = []
        for group in self.groups.get(node, []):
            outgoing = group.subject == node
            if group.type not in allowed["subject" if outgoing else "object"]:
                continue
            other = group.object if outgoing else group.subject
            if other == node or other not in self.info or (broken and not group.positive):
                continue
            move = self._move(group, node, other)
            nxt = _next_phase(phase, move)
            if nxt is None:
                continue
            hop = Hop("claim", group.type, group.subject, group.object, other, move, not group.positive)
            priority = group.best + (1.0 if self.tie(other) is not None else 0.0)
            out.append((priority, hop, nxt))
        for holder, held, relation in self.reference_links.get(node, []):
            upward = held == node
            other = holder if upward else held
            move = "up" if upward else "down"
            nxt = _next_phase(phase, move)
            if nxt is None or phase == LEVER or self._claimed(holder, held):
                continue
            out.append((0.9, Hop("reference", relation, holder, held, other, move), nxt))
        best = heapq.nsmallest(MAX_FANOUT, out, key=lambda item: (-item[0], item[1].to, item[1].type))
        return [(hop, nxt) for _, hop, nxt in best]

    def _claimed(self, holder: int, held: int) -> bool:
        """A positive claim already says that `holder` owns, contains, controls or runs `held`."""
        keys = [("owns", holder, held), ("controls", holder, held), ("part_of", held, holder), ("operates", holder, held)]
        return any(self.group_of.get(k) is not None and self.group_of[k].positive for k in keys)

    def _move(self, group: Group, node: int, other: int) -> str | None:
        """How a claim moves the walk from `node` to `other`: up to a holder, down into the sphere, a lever, or not at all."""
        outgoing = group.subject == node
        here, there = self.info[node].type, self.info[other].type
        kind = group.type
        if kind in ("owns", "controls", "operates"):
            return "down" if outgoing else "up"
        if kind == "part_of":
            return "up" if outgoing else "down"
        if kind in ("leads", "founded"):
            if not outgoing:
                return "up"
            if here != "person":
                return None
            other_state = (tie := self.tie(other)) is not None and tie.terminal
            return "lever" if other_state else "down" if there in ORGANISATIONS else None
        if kind == "member_of":
            if there in ("company", "product") or (not outgoing and here in ("company", "product")):
                return "up" if not outgoing else "down" if here == "person" else None
            return "lever" if outgoing and here == "person" else None
        if kind == "employed_by":
            return "lever" if outgoing and here == "person" and there in ("public_body", "organization") else None
        if kind in ("regulatory_action", "invests_in", "lends_to", "acquires"):
            return None if outgoing else "lever"
        if kind == "cooperates_with":
            return "lever" if outgoing else None
        if kind == "based_in":
            if not outgoing or there != "country":
                return None
            return "climb" if here == "public_body" else "lever" if here != "person" else None
        return None

    def paths(self) -> Iterator[tuple[list[Hop], End]]:
        """Each end with every way (within the bounds) the walk reached it, shortest first."""
        for end in self.ends:
            if end.state is None:
                yield [], end
                continue
            assert end.hop is not None
            prefixes = self._prefixes(end.state, self.max_depth - 1)
            for prefix in itertools.islice(prefixes, MAX_PATHS_PER_END):
                nodes = {self.start, *(h.to for h in prefix)}
                if end.hop.to in nodes:
                    continue
                if end.hop.negated and any(h.negated for h in prefix):
                    continue
                yield [*prefix, end.hop], end

    def _prefixes(self, state: State, budget: int) -> Iterator[list[Hop]]:
        if state == (self.start, HOLDER, False):
            yield []
            return
        if budget <= 0:
            return
        for previous, hop in self.preds.get(state, []):
            if self.depth.get(previous, budget) > budget - 1:
                continue
            for prefix in self._prefixes(previous, budget - 1):
                if hop.to == self.start or any(h.to == hop.to for h in prefix):
                    continue
                yield [*prefix, hop]


def _next_phase(phase: str, move: str | None) -> str | None:
    """The phase a move leads to; PHASE_CLAIMS already keeps a phase to the claims it may follow."""
    if move is None:
        return None
    if phase == HOLDER:
        return {"up": HOLDER, "down": SPHERE, "lever": LEVER, "climb": LEVER}[move]
    if phase == SPHERE:
        return {"down": SPHERE, "lever": LEVER, "climb": LEVER}.get(move)
    return LEVER if move in ("up", "climb") else None
