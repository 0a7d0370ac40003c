"""`levers timeline ENTITY`: the dated events of an entity's claims, in order, with sources.

Events are regulatory actions, deals (acquisitions and offers), investments, loans,
pledges, departures (a claim whose status is "former") and any other claim that
carries a date of its own (a founding, a stake bought in a given year). An event's
date is the claim's own date when the text gives one, else the publication date
of the document that reports it (marked as such). The same event told by several
documents is one event with several citations. Events with no date at all come
last, unless left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..model import CERTAINTIES
from ..store import Store
from .citations import (
    NodeInfo,
    Plain,
    Statement,
    display,
    node_info,
    qualifier_texts,
    statement_of,
)
from .explain import pick_node_id
from .graph import StatementRow, edges_touching, node_rows, statements
from .wording import claim_sentence, readable_date, sentence_case

EVENT_KINDS = {
    "regulatory_action": "regulatory action",
    "acquires": "deal",
    "invests_in": "investment",
    "lends_to": "loan",
    "cooperates_with": "pledge",
    "founded": "founding",
    "owns": "stake",
    "controls": "control",
    "leads": "appointment",
    "member_of": "membership",
    "employed_by": "job",
    "part_of": "structure",
    "operates": "product",
    "based_in": "move",
    "criticizes": "criticism",
}
ALWAYS_EVENTS = {"regulatory_action", "acquires", "invests_in", "lends_to", "cooperates_with"}
"""Claim types that are events even without a date; others need a date or a status "former"."""


@dataclass
class TimelineEvent(Plain):
    date: str | None
    """ISO 8601 as precise as known ("2018", "2021-03"); None when nothing dates it."""
    dated_by: str
    """"claim" (the text dates the event), "published" (the report's date) or "undated"."""
    kind: str
    """regulatory action, departure, deal, investment, loan, pledge, founding, stake, ..."""
    type: str
    subject: NodeInfo
    object: NodeInfo
    sentence: str
    certainty: str
    label: str
    qualifiers: dict[str, str] = field(default_factory=dict)
    citations: list[Statement] = field(default_factory=list)


def timeline(store: Store, entity: str | int, include_undated: bool = True) -> list[TimelineEvent]:
    """The entity's dated events, oldest first (undated ones last, if included)."""
    node = pick_node_id(store, entity)
    with store.engine.connect() as conn:
        edges = edges_touching(conn, [node], skip_types=())
        rows = statements(conn, [e.claim for e in edges])
        info = node_rows(conn, {n for e in edges for n in (e.subject, e.object)} | {node})
    events = _events(rows.values(), {n: node_info(r) for n, r in info.items()})
    if not include_undated:
        events = [e for e in events if e.date is not None]
    return events


def _events(rows: Iterable[StatementRow], nodes: dict[int, NodeInfo]) -> list[TimelineEvent]:
    grouped: dict[tuple[object, ...], list[StatementRow]] = {}
    for row in rows:
        if row.certainty == "negated" or not _is_event(row):
            continue
        date, _ = _date_of(row)
        q = row.qualifiers
        key = (row.type, row.subject, row.object, date, q.action, q.status)
        grouped.setdefault(key, []).append(row)
    events = [_event(group, nodes) for group in grouped.values()]
    return sorted(events, key=_order)


def _is_event(row: StatementRow) -> bool:
    q = row.qualifiers
    return row.type in ALWAYS_EVENTS or q.status == "former" or bool(q.date)


def _date_of(row: StatementRow) -> tuple[str | None, str]:
    if row.qualifiers.date:
        return row.qualifiers.date, "claim"
    if row.published:
        return row.published, "published"
    return None, "undated"


def _event(group: Sequence[StatementRow], nodes: dict[int, NodeInfo]) -> TimelineEvent:
    ordered = sorted(group, key=lambda r: (CERTAINTIES.index(r.certainty), r.published or "", r.document_id))
    best = ordered[0]
    date, dated_by = _date_of(best)
    subject, obj = nodes[best.subject], nodes[best.object]
    kind = "departure" if best.qualifiers.status == "former" else EVENT_KINDS.get(best.type, best.type)
    statement = statement_of(best)
    return TimelineEvent(
        date=date,
        dated_by=dated_by,
        kind=kind,
        type=best.type,
        subject=subject,
        object=obj,
        sentence=sentence_case(_sentence(best, subject, obj, kind)),
        certainty=best.certainty,
        label=statement.label,
        qualifiers=qualifier_texts(best.qualifiers),
        citations=[statement_of(row) for row in ordered],
    )


def _sentence(row: StatementRow, subject: NodeInfo, obj: NodeInfo, kind: str) -> str:
    if kind == "departure":
        role = f" as {row.qualifiers.role}" if row.qualifiers.role else ""
        return f"{display(subject)} left {display(obj)}{role}"
    return claim_sentence(row.type, display(subject), display(obj), row.qualifiers)


def _order(event: TimelineEvent) -> tuple[object, ...]:
    return (event.date is None, _date_key(event.date), event.kind, event.sentence)


def _date_key(text: str | None) -> tuple[int, ...]:
    """ "2018" < "2018-03" < "2018-03-02": a period sorts before the days inside it."""
    if not text:
        return ()
    return tuple(int(part) if part.isdigit() else 0 for part in text.split("-")[:3])


# --- output -----------------------------------------------------------------------------------


def render_timeline(entity: str, events: Sequence[TimelineEvent]) -> str:
    """Plain text: one event a line, then its citations."""
    if not events:
        return f"No dated events are stored for {entity}.\n"
    lines = [f"Timeline of {entity}", ""]
    for event in events:
        when = readable_date(event.date) if event.date else "undated"
        if event.dated_by == "published":
            when += " (reported)"
        lines.append(f"{when:<22} {event.kind:<18} {event.sentence}  [{event.label}]")
        for citation in event.citations:
            place = citation.document_id + (f", “{citation.document_title}”" if citation.document_title else "")
            place += f", {citation.published or 'undated'}"
            quote = " ".join(citation.evidence.split())
            lines.append(f"{'':<22} “{quote}” — {place}")
    return "\n".join(lines) + "\n"


def plot_timeline(entity: str, events: Sequence[TimelineEvent], path: str | Path) -> int:
    """Write a PNG of the dated events (matplotlib, Agg backend); return how many were drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    from .scoring import parse_date

    dated = [(parse_date(e.date), e) for e in events]
    dated = [(when, e) for when, e in dated if when is not None]
    height = max(2.5, 0.45 * len(dated) + 1.5)
    figure, axes = plt.subplots(figsize=(11, height))
    if not dated:
        axes.text(0.5, 0.5, f"No dated events for {entity}", ha="center", va="center")
        axes.set_axis_off()
    else:
        kinds = sorted({e.kind for _, e in dated})
        colours = {kind: plt.get_cmap("tab10")(i % 10) for i, kind in enumerate(kinds)}
        for row, (when, event) in enumerate(dated):
            style = "o" if event.certainty in ("asserted", "reported") else "x"
            axes.plot([when], [row], style, color=colours[event.kind], markersize=8)
            label = f"{event.sentence} [{event.certainty}]"
            axes.annotate(_short(label, 90), (mdates.date2num(when), row), xytext=(8, -3), textcoords="offset points", fontsize=8)
        axes.set_yticks(range(len(dated)))
        axes.set_yticklabels([e.kind for _, e in dated], fontsize=8)
        axes.invert_yaxis()
        axes.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
        left, right = dated[0][0], dated[-1][0]
        span = max((right - left).days, 365)
        axes.set_xlim(mdates.date2num(left) - span * 0.05, mdates.date2num(right) + span * 1.3)
        axes.grid(axis="x", alpha=0.3)
    axes.set_title(f"Timeline of {entity} (o: asserted or reported; x: hedged or speculative)")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return len(dated)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
