"""`levers timeline`: an entity's dated events in order, with their sources, and a PNG."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from levers.analyse import plot_timeline, render_timeline, timeline
from levers.analyse.explain import UnknownEntity
from levers.cli import main
from levers.store import Store

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_events_come_in_date_order_with_sources(corpus_store: Store) -> None:
    events = timeline(corpus_store, "Volga Telecom")
    assert [(e.kind, e.date) for e in events] == [
        ("regulatory action", "2021-03"),
        ("investment", "2022"),
        ("loan", "2022"),
        ("pledge", "2023-01"),
        ("departure", "2023-09"),
    ]
    fine = events[0]
    assert fine.sentence == "Roskomnadzor fined Volga Telecom in March 2021"
    assert fine.dated_by == "claim" and fine.qualifiers["action"] == "fined"
    assert fine.citations[0].document_id == "06_volga_fine"
    assert fine.citations[0].evidence == "Roskomnadzor fined Volga Telecom in March 2021."
    pledge = events[3]
    assert pledge.dated_by == "claim", "the sentence opens with its date: In January 2023, ..."
    departure = events[-1]
    assert departure.sentence == "Ivan Petrov left Volga Telecom" and departure.certainty == "asserted"


def test_denied_claims_are_no_events(corpus_store: Store) -> None:
    events = timeline(corpus_store, "Baltic Freight Lines")
    assert all(e.certainty != "negated" for e in events)
    assert all(e.type != "controls" for e in events)


def test_seed_shut_down_of_neihan_duanzi(seed_store: Store) -> None:
    events = timeline(seed_store, "Neihan Duanzi")
    shut = next(e for e in events if e.type == "regulatory_action")
    assert shut.date == "2018" and shut.dated_by == "claim"
    assert shut.subject.name == "National Radio and Television Administration"
    assert shut.certainty == "reported" and "Wikipedia" in shut.label


def test_undated_events_come_last_or_not_at_all(seed_store: Store) -> None:
    events = timeline(seed_store, "TikTok")
    departures = [e for e in events if e.kind == "departure"]
    assert departures and departures[0].subject.name == "Kevin Mayer" and departures[0].date is None
    assert events[-1].date is None
    assert all(e.date is not None for e in timeline(seed_store, "TikTok", include_undated=False))
    assert "undated" in render_timeline("TikTok", events)


def test_plot_writes_a_png(corpus_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "volga.png"
    drawn = plot_timeline("Volga Telecom", timeline(corpus_store, "Volga Telecom"), out)
    assert drawn == 5
    assert out.read_bytes()[:8] == PNG_MAGIC and out.stat().st_size > 5_000
    empty = tmp_path / "empty.png"
    assert plot_timeline("Nobody", [], empty) == 0
    assert empty.read_bytes()[:8] == PNG_MAGIC


def test_unknown_entity(corpus_store: Store) -> None:
    with pytest.raises(UnknownEntity):
        timeline(corpus_store, "No Such Company Ltd")
    assert render_timeline("Nobody", []) == "No dated events are stored for Nobody.\n"


def test_cli_timeline(corpus_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = corpus_store.engine.url.database
    png = tmp_path / "out.png"
    assert main(["timeline", "Volga Telecom", "--plot", str(png), "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Timeline of Volga Telecom"
    assert out.index("March 2021") < out.index("September 2023")
    assert png.read_bytes()[:8] == PNG_MAGIC
    assert main(["timeline", "Volga Telecom", "--format", "json", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["kind"] == "regulatory action"
