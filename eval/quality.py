"""The quality report: every gold set levers is measured on, scored by the shared scripts, in one table.

    python eval/quality.py            # or: make quality

Predictions are written to out/quality/ (kept out of git). The scoring is done by
../shared/eval/score.py and ../shared/eval/redocred/redocred.py, exactly as the
held-out evaluations run them; this script only runs levers and collects their last lines.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
OUT = REPO / "out" / "quality"
SCORE = SHARED / "eval" / "score.py"
REDOCRED = SHARED / "eval" / "redocred"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-redocred", action="store_true", help="only the news gold sets (the Re-DocRED runs take a few minutes)")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"quality: {SHARED} is missing; the gold sets and scoring scripts live there", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    rows = [
        _news_row("project gold (gold/)", REPO / "gold" / "gold.jsonl", [str(REPO / "gold" / "texts")]),
        _news_row("project sentences (gold/sentences/, one to three sentences each)", REPO / "gold" / "sentences" / "gold.jsonl", [str(REPO / "gold" / "sentences" / "texts")]),
        _news_row("project held-out (gold/heldout/, never used to tune rules)", REPO / "gold" / "heldout" / "gold.jsonl", [str(REPO / "gold" / "heldout" / "texts")]),
        _news_row("seed article", SHARED / "eval" / "seed-gold.json", [str(next((SHARED / "seeds").glob("*.txt")))], rename="seed-000"),
    ]
    if not args.skip_redocred:
        rows.append(_redocred_row("given"))
        rows.append(_redocred_row("e2e"))
    _print_table(rows)
    return 0


def _levers(args: list[str], output: Path) -> float:
    """Run `levers extract` into a file; returns the seconds it took."""
    started = time.perf_counter()
    with output.open("w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-m", "levers.cli", "extract", *args], stdout=out, check=False)
    return time.perf_counter() - started


def _scores(command: list[str]) -> dict[str, float]:
    """The `name=value` lines a scoring script prints."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    return {m.group(1): float(m.group(2)) for m in re.finditer(r"^(\w+)=([\d.]+)", result.stdout, re.MULTILINE)}


def _news_row(name: str, gold: Path, inputs: list[str], rename: str | None = None) -> dict:
    if not gold.exists():
        return {"set": name, "note": f"{gold.relative_to(REPO.parent)} not found"}
    prediction = OUT / (re.sub(r"\W+", "-", name).strip("-") + ".jsonl")
    seconds = _levers(inputs, prediction)
    if rename:  # a gold file with one document carries its own id
        lines = [json.loads(line) for line in prediction.read_text(encoding="utf-8").splitlines() if line.strip()]
        lines[0]["document"]["id"] = rename
        prediction.write_text(json.dumps(lines[0]) + "\n", encoding="utf-8")
    scores = _scores([sys.executable, str(SCORE), str(gold), str(prediction)])
    return {"set": name, "seconds": seconds, **scores}


def _redocred_row(mode: str) -> dict:
    data = REDOCRED / "data" / "dev"
    prediction = OUT / f"redocred-{mode}.jsonl"
    given = ["--given", str(data / "given.jsonl")] if mode == "given" else []
    seconds = _levers([*given, str(data / "docs.jsonl")], prediction)
    command = [sys.executable, str(REDOCRED / "redocred.py"), "score", "--split", "dev", "--pred", str(prediction), "--mode", mode, "--typed"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    micro = re.search(r"^\s*micro\s+\d+\s+\d+\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", result.stdout, re.MULTILINE)
    scores = {"relation_f1": float(micro.group(3)), "relation_p": float(micro.group(1)), "relation_r": float(micro.group(2))} if micro else {}
    return {"set": f"Re-DocRED dev, {mode}, --typed", "seconds": seconds, **scores}


def _print_table(rows: list[dict]) -> None:
    columns = ["entity_f1", "claim_f1", "certainty_acc", "attribution_acc", "evidence_acc", "relation_p", "relation_r", "relation_f1", "seconds"]
    print("| set | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for row in rows:
        cells = [_cell(row.get(c)) for c in columns]
        note = f" ({row['note']})" if "note" in row else ""
        print(f"| {row['set']}{note} | " + " | ".join(cells) + " |")


def _cell(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}" if value < 10 else f"{value:.0f}"


if __name__ == "__main__":
    sys.exit(main())
