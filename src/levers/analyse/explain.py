"""`levers explain COMPANY`: how a state could pull the levers of a company, path by cited path.

The walk starts at the company's node and follows claims breadth-first, each claim
type in the directions that make sense for it, in three phases:

- holders: who owns, controls, leads, founded or runs the company (and who owns,
  controls... them): `owns`, `controls`, `part_of`, `leads`, `founded`, a board
  seat (`member_of` a company) and `operates`, read towards the holder; plus the
  parent or operator that reference data lists;
- sphere: what the company and its holders own, contain or run, and the other
  organisations its people lead or founded: the same claims, read the other way;
- lever: one claim by which the state can act on something in those two phases:
  a regulatory action on it, state money into it (`invests_in`, `lends_to`), a
  takeover or offer (`acquires`), a pledge of cooperation (`cooperates_with`), a
  person's party membership or office (`member_of`, `employed_by`, `leads`), its
  jurisdiction (`based_in`). After a lever the walk only climbs to the state
  (`part_of`, `owns`, `controls`).

A node is "the state" when it is a country, its government, a public body of that
country or its ruling party (by reference data, or a public body by the country
named in its name), or a person reference data lists as an official; reaching one
ends a path. A state-owned enterprise (by reference data) ends a path too, but the
walk goes on through it. Reference facts are shown as such, never as claims.

Links made only by negated statements break a path: such a path is reported as
counter-evidence. Scores come from `scoring.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection

from ..model import CERTAINTIES, Qualifiers
from ..reference import Country
from ..store import Store
from . import scoring
from .citations import (
    NodeInfo,
    Plain,
    Statement,
    display,
    merged_qualifiers,
    node_info,
    statement_of,
)
from .graph import (
    NodeRow,
    StatementRow,
    co_mentioned,
    node_ids_matching,
    node_rows,
    statements,
)
from .ties import SOE_ROLE, ReferenceIndex, reference_index, resolve_state
from .walk import HOLDER, End, Hop, Walk
from .wording import certainty_label, claim_sentence, named, sentence_case

MAX_DEPTH = 4
"""Claims (and reference facts) between the company and a state, at most."""
MAX_PATHS = 80
CO_MENTION_DOCUMENTS = 10
MISSING_NEIGHBOURS = 3

LEVER_OF_CLAIM = {
    "regulatory_action": "regulation",
    "invests_in": "money",
    "lends_to": "money",
    "acquires": "acquisition",
    "cooperates_with": "cooperation",
    "member_of": "people",
    "employed_by": "people",
    "leads": "people",
    "founded": "people",
    "based_in": "jurisdiction",
}
REFERENCE_NOTE = "reference data (background shipped with levers, not a claim from any document)"


class UnknownEntity(ValueError):
    """No stored node has the name asked for."""


# --- the answer --------------------------------------------------------------------


@dataclass
class Link(Plain):
    """One step of a path: a claim made by one or more statements, or a reference fact."""

    kind: str
    """"claim" or "reference"."""
    type: str
    """The claim type, or the reference fact: parent, operator, organ, official, state_owned_enterprise, named."""
    subject: NodeInfo | None
    object: NodeInfo | None
    sentence: str
    certainty: str
    """The most certain supporting statement's certainty; "negated" when only denials; "reference"."""
    label: str
    qualifiers: dict[str, str] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)
    denials: list[Statement] = field(default_factory=list)
    """Statements that deny the link; with supporting statements too, the link is contradicted."""
    sources: int = 0
    """Independent sources among the supporting statements (see scoring.same_source)."""
    weight: float = 0.0

    @property
    def contradicted(self) -> bool:
        return bool(self.statements and self.denials)


@dataclass
class Organ(Plain):
    """What the path reached that counts as the state."""

    node_id: int | None
    name: str
    role: str
    basis: str
    """"the country itself", "reference data", or "its name"."""


@dataclass
class Path(Plain):
    lever: str
    state: str
    """The state's country code."""
    state_name: str
    organ: Organ
    nodes: list[NodeInfo]
    """From the company to the organ."""
    links: list[Link]
    """Claim and reference links in path order, then the fact that ties the organ to its state, if any."""
    score: float
    weakest: str
    """The least certain claim on the path ("reference" when it rests on reference data only)."""
    summary: str
    effective_share: float | None = None
    broken: bool = False
    """A link on it is only denied: counter-evidence, not a lever."""


@dataclass
class StateExposure(Plain):
    code: str
    name: str
    score: float
    organs: list[Organ]
    paths: list[Path]


@dataclass
class Explanation(Plain):
    company: NodeInfo
    state: str | None
    """The state asked about (a country code), or None for every state reached."""
    states: list[StateExposure]
    counter_evidence: list[Path]
    contradictions: list[Link]
    missing: list[str]
    conclusion: str
    searched: dict[str, int]

    @property
    def paths(self) -> list[Path]:
        """Every lever path, states in order of exposure, each state's paths strongest first."""
        return [path for exposure in self.states for path in exposure.paths]

    @property
    def linked(self) -> bool:
        return bool(self.states)

    def to_rows(self) -> list[dict[str, Any]]:
        """One flat row per link of every path (counter-evidence too), for a DataFrame."""
        rows = []
        for rank, path in enumerate([*self.paths, *self.counter_evidence], 1):
            for step, link in enumerate(path.links, 1):
                first = (link.statements or link.denials or [None])[0]
                rows.append(
                    {
                        "company": self.company.name,
                        "state": path.state,
                        "path": rank,
                        "lever": path.lever,
                        "path_score": path.score,
                        "broken": path.broken,
                        "step": step,
                        "kind": link.kind,
                        "type": link.type,
                        "sentence": link.sentence,
                        "certainty": link.certainty,
                        "basis": link.label,
                        "sources": link.sources,
                        "weight": link.weight,
                        "document_id": first.document_id if first else None,
                        "published": first.published if first else None,
                        "evidence": first.evidence if first else None,
                    }
                )
        return rows


# --- from walk to explanation ---------------------------------------------------------------


def explain(
    store: Store,
    company: str | int,
    state: str | None = None,
    *,
    max_depth: int = MAX_DEPTH,
    as_of: date | None = None,
) -> Explanation:
    """How `state` (or any state) could pull the levers of `company`: cited paths, scored.

    `company` is a node id or a name; `state` a country name, adjective or code.
    `as_of` is the date recency is measured from (default: the newest cited document).
    """
    index = reference_index(store.reference)
    country = resolve_state(store.reference, state) if state else None
    start = pick_node_id(store, company)
    with store.engine.connect() as conn:
        walk = Walk(conn, index, start, max_depth)
        walk.run()
        found = _collect(walk, country.code if country else None)
        claim_ids = {e.claim for hops, _ in found for h in hops if h.kind == "claim" for e in walk.edges_of(h)}
        rows = statements(conn, claim_ids)
        as_of = as_of or _newest(rows.values())
        builder = _Builder(walk, index, rows, as_of)
        built = [builder.path(hops, end) for hops, end in found]
        neighbours = _unlinked_neighbours(conn, walk, index)
    lever_paths = _drop_redundant([p for p in built if not p.broken])
    broken = sorted((p for p in built if p.broken), key=_path_order)
    exposures = _exposures(lever_paths, index)
    company_info = node_info(walk.info[start])
    explanation = Explanation(
        company=company_info,
        state=country.code if country else None,
        states=exposures,
        counter_evidence=broken,
        contradictions=_contradictions(built),
        missing=[],
        conclusion="",
        searched={
            "nodes": len(walk.groups),
            "claims": walk.claims_read,
            "max_depth": max_depth,
            "paths": len(lever_paths),
        },
    )
    explanation.missing = _missing(explanation, walk, index, neighbours, country)
    explanation.conclusion = _conclusion(explanation, country)
    return explanation


def pick_node_id(store: Store, company: str | int) -> int:
    """A node id from an id or a name: an exact name first (cheap), else `Store.pick_node`.

    Raises UnknownEntity when nothing is called so, ValueError when the name fits several nodes.
    """
    text = str(company).strip()
    with store.engine.connect() as conn:
        if text.isdigit() and node_rows(conn, [int(text)]):
            return int(text)
        exact = node_ids_matching(conn, text)
    if len(exact) == 1:
        return exact[0]
    if not exact and not store.find_nodes(text):
        raise UnknownEntity(f"no node is called {text!r}")
    return store.pick_node(text).id


def _collect(walk: Walk, code: str | None) -> list[tuple[list[Hop], End]]:
    """The walk's paths, of one state if asked, without duplicates, a bounded number."""
    seen: set[tuple[object, ...]] = set()
    found: list[tuple[list[Hop], End]] = []
    for hops, end in walk.paths():
        if code is not None and end.tie.country != code:
            continue
        key = (tuple(h.key for h in hops), end.node, end.tie.kind)
        if key in seen:
            continue
        seen.add(key)
        found.append((hops, end))
        if len(found) >= MAX_PATHS:
            break
    return found


def _drop_redundant(paths: list[Path]) -> list[Path]:
    """A state-owned enterprise's reference tie adds nothing when documents say who owns or controls it.

    That is, when an ownership or control path of the same state goes through it.
    """
    owned = {
        (node.id, path.state)
        for path in paths
        if path.lever in ("ownership", "control") and path.organ.role != SOE_ROLE
        for node in path.nodes
    }
    return [p for p in paths if not (p.organ.role == SOE_ROLE and (p.organ.node_id, p.state) in owned)]


class _Builder:
    """Turns hops into cited, scored links and paths; each link is built once."""

    def __init__(self, walk: Walk, index: ReferenceIndex, rows: dict[int, StatementRow], as_of: date | None) -> None:
        self.walk = walk
        self.index = index
        self.rows = rows
        self.as_of = as_of
        self.links: dict[tuple[str, str, int, int], Link] = {}

    def path(self, hops: list[Hop], end: End) -> Path:
        info = self.walk.info
        links = [self.link(h) for h in hops]
        tie_link = self.tie_link(end)
        all_links = links + ([tie_link] if tie_link is not None else [])
        lever = _lever(hops, end, info)
        share = _effective_share(hops, end, self.walk) if lever == "ownership" else None
        weights = [link.weight for link in links]
        if tie_link is not None:
            weights.append(tie_link.weight)
        country = self.index.reference.country_by_code(end.tie.country)
        organ = Organ(
            node_id=end.node,
            name=info[end.node].name,
            role=end.tie.role,
            basis={"country": "the country itself", "named": "its name"}.get(end.tie.kind, "reference data"),
        )
        nodes = [node_info(info[self.walk.start])] + [node_info(info[h.to]) for h in hops]
        broken = any(link.kind == "claim" and not link.statements for link in links)
        claim_links = [link for link in links if link.kind == "claim" and link.statements]
        weakest = max((link.certainty for link in claim_links), key=CERTAINTIES.index, default="reference")
        path = Path(
            lever=lever,
            state=end.tie.country,
            state_name=country.name if country else end.tie.country,
            organ=organ,
            nodes=nodes,
            links=all_links,
            score=0.0 if broken else round(scoring.path_score(lever, weights, share), 4),
            weakest="negated" if broken else weakest,
            summary="",
            effective_share=None if share is None else round(share, 2),
            broken=broken,
        )
        path.summary = _summary(path)
        return path

    def link(self, hop: Hop) -> Link:
        if hop.key in self.links:
            return self.links[hop.key]
        info = self.walk.info
        subject, obj = node_info(info[hop.subject]), node_info(info[hop.object])
        if hop.kind == "reference":
            verb = "owns" if hop.type == "parent" else "runs"
            link = Link(
                kind="reference",
                type=hop.type,
                subject=subject,
                object=obj,
                sentence=f"{display(subject)} {verb} {display(obj)}",
                certainty="reference",
                label=REFERENCE_NOTE,
                weight=scoring.REFERENCE_WEIGHT[hop.type],
            )
        else:
            link = self._claim_link(hop, subject, obj)
        self.links[hop.key] = link
        return link

    def _claim_link(self, hop: Hop, subject: NodeInfo, obj: NodeInfo) -> Link:
        group = self.walk.group_of[(hop.type, hop.subject, hop.object)]
        rows = sorted(
            (self.rows[e.claim] for e in group.edges if e.claim in self.rows),
            key=lambda r: (CERTAINTIES.index(r.certainty), -(scoring.parse_date(r.published) or date.min).toordinal(), r.document_id, r.local_id),
        )
        supporting = [statement_of(r) for r in rows if r.certainty != "negated"]
        denials = [statement_of(r) for r in rows if r.certainty == "negated"]
        best = next((r for r in rows if r.certainty != "negated"), None)
        shown = best or (rows[0] if rows else None)
        q = shown.qualifiers if shown is not None else Qualifiers()
        evidence = [
            scoring.Evidence(r.document_id, r.certainty, r.source, " ".join(r.evidence), r.published) for r in rows if r.certainty != "negated"
        ]
        weight = scoring.link_weight(evidence, q.status, contradicted=bool(supporting and denials), as_of=self.as_of)
        return Link(
            kind="claim",
            type=hop.type,
            subject=subject,
            object=obj,
            sentence=claim_sentence(hop.type, display(subject), display(obj), q, negated=best is None),
            certainty=shown.certainty if shown is not None else "negated",
            label=certainty_label(shown.certainty, shown.source, shown.cue) if shown is not None else "",
            qualifiers=merged_qualifiers([r.qualifiers for r in rows]),
            statements=supporting,
            denials=denials,
            sources=len(scoring.independent_sources(evidence)),
            weight=round(weight, 4),
        )

    def tie_link(self, end: End) -> Link | None:
        """The reference fact that makes the end node (part of) the state; none for the country itself."""
        if end.tie.kind == "country":
            return None
        info = self.walk.info[end.node]
        country = self.index.reference.country_by_code(end.tie.country)
        state = country.name if country else end.tie.country
        tie = end.tie
        name = named(info.name, info.type)
        if tie.kind == "government":
            sentence = f"{name} is the government of {state}"
        elif tie.kind == "ruling_party":
            sentence = f"{name} is the ruling party of {state}"
        elif tie.kind == "official":
            sentence = f"{name} is {_article(tie.role)} of {state}"
        elif tie.kind == "state_owned_enterprise":
            sentence = f"{name} is a state-owned enterprise of {state}"
        elif tie.kind == "named":
            sentence = f"{name} is, by its name, a public body of {state}"
        else:
            sentence = f"{name} is {_article(tie.role)} of {state}"
        label = "inferred from the name (no reference entry)" if tie.kind == "named" else REFERENCE_NOTE
        return Link(
            kind="reference",
            type=tie.kind,
            subject=node_info(info),
            object=None,
            sentence=sentence,
            certainty="reference",
            label=label,
            weight=scoring.REFERENCE_WEIGHT[tie.weight_key],
        )


def _lever(hops: list[Hop], end: End, info: dict[int, NodeRow]) -> str:
    """The path's lever: its lever claim's, else what its holders are (people, controllers, owners)."""
    for hop in hops:
        if hop.move == "lever":
            return LEVER_OF_CLAIM.get(hop.type, "cooperation")
    if any(h.type in ("leads", "founded", "member_of") and info[h.to].type == "person" for h in hops):
        return "people"
    if any(h.type in ("controls", "leads", "founded", "member_of") for h in hops):
        return "control"
    if end.tie.kind == "official":
        return "people"  # owned by a person who is an official
    return "ownership"


def _effective_share(hops: list[Hop], end: End, walk: Walk) -> float | None:
    """The product of the stakes along an ownership chain, in percent; None when one is unknown.

    A unit (`part_of`) or a product (`operates`) counts as wholly held; a parent
    that only reference data names, or a state-owned enterprise, holds an unknown share.
    """
    if end.tie.kind == "state_owned_enterprise":
        return None
    share = 100.0
    for hop in hops:
        if hop.kind == "claim" and hop.type == "owns":
            values = [e.share for e in walk.edges_of(hop) if e.share is not None and e.certainty != "negated"]
            if not values:
                return None
            share *= max(values) / 100.0
        elif hop.kind == "reference" and hop.type == "parent":
            return None
    return share


def _newest(rows: Sequence[StatementRow] | Any) -> date | None:
    dates = [d for r in rows if (d := scoring.parse_date(r.published)) is not None]
    return max(dates) if dates else None


def _summary(path: Path) -> str:
    """One sentence: the chain of claims, then the state reached."""
    claims = [link.sentence for link in path.links if link.subject is not None and link.object is not None]
    chain = sentence_case("; ".join(claims) if claims else f"{path.nodes[0].name} itself")
    organ = path.organ
    if organ.basis == "the country itself":
        return f"{chain}: this reaches {path.state_name} itself."
    return f"{chain}: this reaches {named(organ.name, path.nodes[-1].type)}, {_article(organ.role)} of {path.state_name}."


def _article(role: str) -> str:
    if role in ("government", "ruling party"):
        return f"the {role}"
    return f"{'an' if role[:1].lower() in 'aeiou' else 'a'} {role}"


def _path_order(path: Path) -> tuple[object, ...]:
    lever_rank = list(scoring.LEVER_STRENGTH).index(path.lever) if path.lever in scoring.LEVER_STRENGTH else 99
    return (-path.score, lever_rank, len(path.nodes), [n.name.casefold() for n in path.nodes], path.organ.name)


def _exposures(paths: list[Path], index: ReferenceIndex) -> list[StateExposure]:
    by_state: dict[str, list[Path]] = {}
    for path in paths:
        by_state.setdefault(path.state, []).append(path)
    exposures = []
    for code, state_paths in by_state.items():
        state_paths.sort(key=_path_order)
        organs: dict[tuple[int | None, str], Organ] = {}
        for path in state_paths:
            organs.setdefault((path.organ.node_id, path.organ.name), path.organ)
        country = index.reference.country_by_code(code)
        exposures.append(
            StateExposure(
                code=code,
                name=country.name if country else code,
                score=round(scoring.combined(p.score for p in state_paths), 4),
                organs=list(organs.values()),
                paths=state_paths,
            )
        )
    exposures.sort(key=lambda e: (-e.score, e.name))
    return exposures


def _contradictions(paths: list[Path]) -> list[Link]:
    seen: set[int] = set()
    found = []
    for path in paths:
        for link in path.links:
            if link.contradicted and id(link) not in seen:
                seen.add(id(link))
                found.append(link)
    return found


# --- what is missing --------------------------------------------------------------------------


@dataclass
class _Neighbour:
    """A node named alongside the company, tied to a state, but not reached from it."""

    node: int
    documents: list[str]
    sentence: str
    state: str


def _unlinked_neighbours(conn: Connection, walk: Walk, index: ReferenceIndex) -> list[_Neighbour]:
    """Organisations in the company's documents with a direct lever to a state that the walk never reached.

    Only those the walk's nodes have something to do with (a claim with them, or
    the statement is attributed to one) are kept: the others are just other news.
    """
    sphere = {node for node, _, _ in walk.depth}
    mentioned = co_mentioned(conn, walk.start, CO_MENTION_DOCUMENTS, ("company", "organization", "product"))
    reached = sphere | {end.node for end in walk.ends}
    candidates = [n for n in mentioned if n not in reached][:50]
    walk.info.update(node_rows(conn, [n for n in candidates if n not in walk.info]))
    candidates = [n for n in candidates if not ((tie := walk.tie(n)) is not None and tie.terminal)]
    if not candidates:
        return []
    probe = Walk(conn, index, walk.start, 1)
    probe.info = dict(walk.info)
    probe.ties = dict(walk.ties)
    probe.read([(n, HOLDER, False) for n in candidates])
    related = {n for n in candidates for g in probe.groups.get(n, []) if {g.subject, g.object} & sphere}
    found: list[tuple[Hop, int]] = []
    for node in candidates:
        for hop, _ in probe.hops((node, HOLDER, False)):
            tie = probe.tie(hop.to)
            if hop.kind == "claim" and not hop.negated and hop.move != "down" and tie is not None and tie.terminal:
                found.append((hop, node))
    rows = statements(conn, {e.claim for hop, _ in found for e in probe.edges_of(hop)})
    neighbours: list[_Neighbour] = []
    for hop, node in found:
        claim_rows = [rows[e.claim] for e in probe.edges_of(hop) if e.claim in rows]
        said_by_walk = any(r.source_node in sphere for r in claim_rows)
        if node not in related and not said_by_walk:
            continue
        best = min(claim_rows, key=lambda r: CERTAINTIES.index(r.certainty), default=None)
        q = best.qualifiers if best is not None else Qualifiers()
        subject, obj = (node_info(probe.info[n]) for n in (hop.subject, hop.object))
        sentence = claim_sentence(hop.type, display(subject), display(obj), q)
        if best is not None:
            sentence += f" ({certainty_label(best.certainty, best.source, best.cue)})"
        tie = probe.tie(hop.to)
        neighbours.append(_Neighbour(node, mentioned[node], sentence, tie.country if tie else ""))
    return neighbours[:MISSING_NEIGHBOURS]


def _missing(
    explanation: Explanation,
    walk: Walk,
    index: ReferenceIndex,
    neighbours: list[_Neighbour],
    country: Country | None,
) -> list[str]:
    """Plain notes on what the answer lacks: links only reference data makes, owners nobody names,
    organisations in the same news that nothing links to the company, weak or lone sources."""
    company = explanation.company.name
    return [
        *_reference_only_notes(explanation.paths),
        *_owner_notes(walk, index, company),
        *_neighbour_notes(neighbours, walk, company),
        *_weak_link_notes(explanation.paths),
        *_source_notes(explanation.paths),
        *_other_state_notes(explanation, walk, index, country),
    ]


def _reference_only_notes(paths: list[Path]) -> list[str]:
    notes: dict[str, None] = {}
    for path in paths:
        for link in path.links:
            if link.kind == "reference" and link.type in ("parent", "operator") and link.subject and link.object:
                verb = "owns" if link.type == "parent" else "runs"
                notes[
                    f"No stored document states that {link.subject.name} {verb} {link.object.name}: "
                    "that link rests on reference data alone."
                ] = None
    return list(notes)


def _neighbour_notes(neighbours: list[_Neighbour], walk: Walk, company: str) -> list[str]:
    notes = []
    for neighbour in neighbours:
        name = walk.info[neighbour.node].name if neighbour.node in walk.info else f"node {neighbour.node}"
        docs = ", ".join(neighbour.documents[:3])
        notes.append(
            f"{name}, named alongside {company} (document {docs}): {neighbour.sentence}. "
            f"But no stored document or reference entry links {name} to {company}."
        )
    return notes


def _weak_link_notes(paths: list[Path]) -> list[str]:
    """Links that rest on hedges or guesses only, and ownership stakes of unknown size."""
    notes: dict[str, str] = {}
    for path in paths:
        for link in path.links:
            if link.kind != "claim":
                continue
            if link.certainty in ("speculative", "hedged"):
                what = "speculation" if link.certainty == "speculative" else "hedged statements"
                notes.setdefault(link.sentence, f"“{link.sentence}” rests on {what} alone: no source asserts or reports it.")
            unknown_stake = path.lever == "ownership" and path.effective_share is None
            if unknown_stake and link.type == "owns" and "share" not in link.qualifiers and link.subject and link.object:
                notes.setdefault(
                    f"share:{link.sentence}",
                    f"The size of {link.subject.name}'s stake in {link.object.name} is not stated, "
                    "so the effective share through the chain is unknown.",
                )
    return list(notes.values())


def _source_notes(paths: list[Path]) -> list[str]:
    """A single cited document, and documents without a date."""
    notes = []
    cited = {s.document_id: s for p in paths for link in p.links for s in link.statements}
    if len(cited) == 1:
        only = next(iter(cited.values()))
        notes.append(f"Every cited link comes from one document ({_document_name(only)}); nothing independent corroborates it.")
    undated = sorted(doc for doc, s in cited.items() if not s.published)
    if undated:
        many = len(undated) != 1
        shown = ", ".join(undated[:3]) + ("…" if len(undated) > 3 else "")
        notes.append(
            f"{len(undated)} cited document{'s have' if many else ' has'} no publication date ({shown}), "
            f"so recency could not be weighed for {'them' if many else 'it'}."
        )
    return notes


def _other_state_notes(explanation: Explanation, walk: Walk, index: ReferenceIndex, country: Country | None) -> list[str]:
    if country is None or explanation.states:
        return []
    others = sorted({end.tie.country for end in walk.ends if end.tie.country != country.code})
    if not others:
        return []
    names = [c.name if (c := index.reference.country_by_code(code)) else code for code in others]
    return [f"Paths to other states exist: {', '.join(names)} (run without --state to see them)."]


def _owner_notes(walk: Walk, index: ReferenceIndex, company: str) -> list[str]:
    start = walk.start
    owned = any(
        g.positive
        and ((g.type in ("owns", "controls") and g.object == start) or (g.type == "part_of" and g.subject == start))
        for g in walk.groups.get(start, [])
    )
    row = walk.info[start]
    entry = index.entry(row)
    parent = entry.parent if entry is not None else None
    if row.type == "person":
        return []
    if parent and not any(held == start and relation == "parent" for _, held, relation in walk.reference_links.get(start, [])):
        return [f"Reference data names {parent} as the parent of {company}, but no stored document mentions {parent}."]
    if not owned and not parent:
        return [f"No stored document says who owns or controls {company}."]
    return []


def _document_name(statement: Statement) -> str:
    title = f"“{statement.document_title}”" if statement.document_title else statement.document_id
    return f"{title}, {statement.published or 'undated'}"


def _conclusion(explanation: Explanation, country: Country | None) -> str:
    company = explanation.company.name
    where = country.name if country else "any state"
    searched = explanation.searched
    if not explanation.states:
        text = (
            f"No path links {company} to {where} in the stored documents and reference data "
            f"(searched {searched['nodes']} entities and {searched['claims']} claims, up to {searched['max_depth']} links away)."
        )
        if explanation.counter_evidence:
            text += " Some statements deny such a link; see the counter-evidence."
        return text
    parts = []
    for exposure in explanation.states:
        organs = ", ".join(f"{o.name} ({o.role})" for o in exposure.organs)
        levers = sorted({p.lever for p in exposure.paths}, key=list(scoring.LEVER_STRENGTH).index)
        count = len(exposure.paths)
        parts.append(
            f"{exposure.name} is reachable from {company} through {count} path{'s' if count != 1 else ''} "
            f"({', '.join(levers)}; exposure score {exposure.score:.2f}), reaching {organs}."
        )
    return " ".join(parts)
