"""How `levers explain` weighs a path of levers: every number lives here.

In plain words:

1. Each path has a lever type. Some levers are stronger than others: owning a
   company (directly or through a chain) and controlling it without owning it
   are the strongest; then the people who lead or own it being party members or
   officials; then takeovers and offers to take it over; then regulators acting
   on it or its products; then state money (investments, loans); then pledges
   of cooperation; weakest, where it is incorporated (`LEVER_STRENGTH`).
2. Each link of the path is only as good as its statements. A statement the
   author asserts counts 1.0, one the author reports from someone else 0.8, a
   hedged one ("may", "reportedly") 0.5, the author's own guess 0.25
   (`CERTAINTY_WEIGHT`). A negated statement ("X is not a member") counts
   nothing: a link with only negated statements breaks the path, which is then
   shown as counter-evidence. A link that some statements make and others
   deny keeps its weight times `CONTRADICTED`, and both sides are shown.
3. Independent sources add up: each further independent source closes part of
   the remaining doubt (1 - (1 - a) x (1 - b) ...). Two documents whose evidence
   sentences are near-identical (one wire story printed twice), or that name the
   same source ("according to Reuters"), are one source (`same_source`).
4. Fresh news counts more: a statement loses half its weight every
   `RECENCY_HALF_LIFE_YEARS` years before the newest cited document, never
   dropping below `RECENCY_FLOOR`; an undated document counts `UNDATED`.
5. A link's status matters: a former leader, a blocked deal or a merely planned
   one count less (`STATUS_WEIGHT`).
6. Reference data (background facts shipped with levers, never claims) counts
   `REFERENCE_WEIGHT` per fact used on the path; a body's tie to its own state
   (the regulator of China, China's ruling party) is what defines "the state"
   and costs nothing.
7. For ownership, the effective share through the chain matters: a majority
   counts fully, a smaller stake proportionally less, an unknown share counts
   `UNKNOWN_SHARE` (`share_weight`).
8. A path's score is its lever strength times the weight of each of its links
   (times the share weight for ownership). A state's exposure combines the
   scores of its paths like independent sources (1 - product of (1 - score)).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

LEVER_STRENGTH: dict[str, float] = {
    "ownership": 1.0,
    "control": 0.95,
    "people": 0.8,
    "acquisition": 0.7,
    "regulation": 0.6,
    "money": 0.5,
    "cooperation": 0.4,
    "jurisdiction": 0.2,
}
"""Lever types, strongest first; this is also the order in which levers are shown."""

LEVER_TITLES: dict[str, str] = {
    "ownership": "Ownership",
    "control": "Control without ownership",
    "people": "People: leaders and owners who are party members or officials",
    "acquisition": "Acquisitions and offers",
    "regulation": "Regulatory actions",
    "money": "State money: investments and loans",
    "cooperation": "Pledges of cooperation",
    "jurisdiction": "Jurisdiction",
}

CERTAINTY_WEIGHT: dict[str, float] = {
    "asserted": 1.0,
    "reported": 0.8,
    "hedged": 0.5,
    "speculative": 0.25,
    "negated": 0.0,
}

CONTRADICTED = 0.5
"""A link that one statement makes and another denies keeps this share of its weight."""

STATUS_WEIGHT: dict[str, float] = {"former": 0.5, "blocked": 0.3, "planned": 0.7, "offered": 0.7}
"""Statuses not listed ("current", "completed", none) count 1.0."""

RECENCY_HALF_LIFE_YEARS = 5.0
RECENCY_FLOOR = 0.5
UNDATED = 0.9

REFERENCE_WEIGHT: dict[str, float] = {
    "organ": 1.0,  # a body's, party's or government's tie to its own state
    "official": 0.9,  # a person listed as an official of a state
    "parent": 0.9,  # a company listed as another's parent
    "operator": 0.9,  # a company listed as a product's operator
    "state_owned_enterprise": 0.9,  # a company listed as state-owned
    "named": 0.6,  # a public body tied to a state by its name only ("Chinese regulators")
}

MAJORITY = 50.0
UNKNOWN_SHARE = 0.8
MINORITY_FLOOR = 0.4

NEAR_IDENTICAL = 0.9
"""Evidence sentences at least this similar (0..1, after normalising) are one source."""


def share_weight(share: float | None) -> float:
    """A majority counts 1.0, a smaller stake between MINORITY_FLOOR and 1.0, unknown UNKNOWN_SHARE."""
    if share is None:
        return UNKNOWN_SHARE
    if share >= MAJORITY:
        return 1.0
    return MINORITY_FLOOR + (1.0 - MINORITY_FLOOR) * max(share, 0.0) / MAJORITY


def status_weight(status: str | None) -> float:
    return STATUS_WEIGHT.get(status or "", 1.0)


def recency_weight(published: str | None, as_of: date | None) -> float:
    """Half the weight per half-life before `as_of`, at least RECENCY_FLOOR; UNDATED without a date."""
    when = parse_date(published)
    if when is None or as_of is None:
        return UNDATED
    years = max((as_of - when).days, 0) / 365.25
    return max(RECENCY_FLOOR, 0.5 ** (years / RECENCY_HALF_LIFE_YEARS))


@dataclass(frozen=True)
class Evidence:
    """What scoring needs of one statement of a link."""

    document_id: str
    certainty: str
    source: str | None
    """Who the statement is attributed to (a name or phrase); None when the author states it."""
    text: str
    published: str | None


def same_source(a: Evidence, b: Evidence) -> bool:
    """One document, one named source, or near-identical evidence: not independent."""
    if a.document_id == b.document_id:
        return True
    if a.source and b.source and _normal(a.source) == _normal(b.source):
        return True
    return near_identical(a.text, b.text)


def near_identical(a: str, b: str) -> bool:
    x, y = _normal(a), _normal(b)
    if not x or not y:
        return False
    if x == y:
        return True
    matcher = SequenceMatcher(None, x, y, autojunk=False)
    return matcher.quick_ratio() >= NEAR_IDENTICAL and matcher.ratio() >= NEAR_IDENTICAL


def independent_sources(statements: Sequence[Evidence]) -> list[list[Evidence]]:
    """Statements grouped so that each group is one independent source (transitively)."""
    parent = list(range(len(statements)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(statements)):
        for j in range(i + 1, len(statements)):
            if root(i) != root(j) and same_source(statements[i], statements[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[Evidence]] = {}
    for i, statement in enumerate(statements):
        groups.setdefault(root(i), []).append(statement)
    return list(groups.values())


def link_weight(
    statements: Sequence[Evidence],
    status: str | None = None,
    contradicted: bool = False,
    as_of: date | None = None,
) -> float:
    """The weight of one link from its non-negated statements (see the module's points 2-5)."""
    positive = [s for s in statements if s.certainty != "negated"]
    doubt = 1.0
    for group in independent_sources(positive):
        best = max(CERTAINTY_WEIGHT.get(s.certainty, 0.0) * recency_weight(s.published, as_of) for s in group)
        doubt *= 1.0 - best
    weight = (1.0 - doubt) * status_weight(status)
    return weight * CONTRADICTED if contradicted else weight


def path_score(lever: str, link_weights: Iterable[float], effective_share: float | None = None) -> float:
    score = LEVER_STRENGTH.get(lever, 0.0)
    for weight in link_weights:
        score *= weight
    if lever == "ownership":
        score *= share_weight(effective_share)
    return score


def combined(scores: Iterable[float]) -> float:
    """Several paths to one state, combined like independent sources."""
    doubt = 1.0
    for score in scores:
        doubt *= 1.0 - min(max(score, 0.0), 1.0)
    return 1.0 - doubt


def parse_date(text: str | None) -> date | None:
    """An ISO date as precise as known ("2018", "2020-11", "2020-11-03"), at the start of its period."""
    if not text:
        return None
    match = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text.strip())
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()
