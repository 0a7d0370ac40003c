"""What the import benchmarks share: one import per child process (so that its peak RSS is the
import's own), over synthetic files of several sizes, reported the same way."""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def measure_import(path: Path, db: Path, run_import: Callable[[Path, Any], Any], summarise: Callable[[Any], dict]) -> None:
    """In the child: import `path` into a store at `db`, print seconds, peak RSS and the summary as JSON."""
    from levers.store import Store

    started = time.perf_counter()
    with Store(db) as store:
        report = run_import(path, store)
        counts = store.counts()
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_rss_mb": peak_mb, **summarise(report), "counts": counts}))


def main(
    script: str,
    description: str,
    file_name: str,
    generate: Callable[[Path, int], None],
    child: Callable[[Path, Path], None],
    details: Callable[[dict], str],
) -> int:
    """Generate each size, import it in a child process, print one line per size and a last key=value line."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--entities", type=int, action="append", help="file size(s) in entities (default: 100000)")
    parser.add_argument("--child", nargs=2, metavar=("FILE", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    line = ""
    for count in args.entities or [100_000]:
        with tempfile.TemporaryDirectory(prefix="levers-bench-") as folder:
            path, db = Path(folder) / file_name, Path(folder) / "levers.db"
            generate(path, count)
            size_mb = path.stat().st_size / 1e6
            run = subprocess.run([sys.executable, script, "--child", str(path), str(db)], capture_output=True, text=True, check=True)
            result = json.loads(run.stdout.strip().splitlines()[-1])
        rate = result["records"] / result["seconds"]
        print(
            f"{count:>8,} entities ({size_mb:.1f} MB): {result['seconds']:.1f} s, {rate:,.0f} entities/s, "
            f"peak RSS {result['peak_rss_mb']:.0f} MB, {details(result)}, store {result['counts']}"
        )
        line = f"entities={count} seconds={result['seconds']:.1f} entities_per_second={rate:.0f} peak_rss_mb={result['peak_rss_mb']:.0f}"
    print(line)
    return 0
