#!/usr/bin/env python3
"""How much time levers' extraction adds to spaCy's parse of the same texts.

    python benchmarks/bench_extract.py [--input FILE...] [--copies N] [--repeat R]

Times two things on the same documents, both pipelines loaded and warmed up first:

- levers: `Extractor().extract_many(docs)`, every result turned into its
  contract line with `.to_dict()`, as `levers extract` does (without printing);
- spaCy: `spacy.load(model).pipe(texts)` with the same model and batch size,
  every doc consumed.

Each is run R times (interleaved) and the best time kept. The last line is
`throughput_ratio=X.XX`: levers' time over spaCy's (1.00: no overhead; the
target is 1.5 or less).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from levers import config
from levers.extract import Extractor
from levers.extract.pipeline import BATCH_SIZE
from levers.model import Document
from levers.read import ReadError, read_paths

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
WARMUP_DOCS = 5


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    inputs = args.input or sorted(str(p) for p in SEEDS.glob("*.txt"))
    if not inputs:
        print(f"bench_extract: no seed article in {SEEDS}; pass --input FILE...", file=sys.stderr)
        return 2
    texts = _read(inputs)
    docs = [
        Document(id=f"{d.id}#{copy}", text=d.text, title=d.title, published=d.published, url=d.url)
        for copy in range(args.copies)
        for d in texts
    ]
    chars = sum(len(d.text) for d in docs)
    model = config.model_name()

    extractor = Extractor(model)
    nlp = spacy.load(model)  # a pipeline of its own, untouched by levers

    def run_levers(batch: list[Document]) -> None:
        for extraction in extractor.extract_many(batch):
            extraction.to_dict()

    def run_spacy(batch: list[Document]) -> None:
        for _doc in nlp.pipe((d.text for d in batch), batch_size=BATCH_SIZE):
            pass

    warmup = docs[:WARMUP_DOCS]
    run_spacy(warmup)
    run_levers(warmup)

    print(
        f"{len(docs)} documents ({len(texts)} text{'s' if len(texts) != 1 else ''} x {args.copies} {'copy' if args.copies == 1 else 'copies'}), "
        f"{chars:,} characters; model {model}, batch size {BATCH_SIZE}, best of {args.repeat}"
    )
    times = {"spacy": [], "levers": []}
    for _ in range(args.repeat):  # interleaved, so that a slow moment of the machine hits both
        times["spacy"].append(_time(run_spacy, docs))
        times["levers"].append(_time(run_levers, docs))
    spacy_time, levers_time = min(times["spacy"]), min(times["levers"])

    for name, best in (("spacy", spacy_time), ("levers", levers_time)):
        runs = ", ".join(f"{t:.2f}" for t in times[name])
        print(f"{name:7} {best:8.2f} s  {len(docs) / best:8.1f} docs/s  {chars / best:10,.0f} chars/s  (runs: {runs})")
    print(f"levers throughput relative to spaCy: {spacy_time / levers_time:.2f} (1.00: as fast as bare spaCy)")
    print(f"throughput_ratio={levers_time / spacy_time:.2f}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--input", nargs="+", metavar="FILE",
        help=f"texts to extract (.txt, .md, .html, .jsonl, folders); default: {SEEDS}/*.txt",
    )
    parser.add_argument("--copies", type=_positive, default=200, help="how many times the texts are repeated (default 200)")
    parser.add_argument("--repeat", type=_positive, default=3, help="timed runs of each; the best counts (default 3)")
    return parser


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return number


def _read(inputs: list[str]) -> list[Document]:
    texts = []
    for item in read_paths(inputs):
        if isinstance(item, ReadError):
            print(f"bench_extract: skipped {item.source}: {item.error}", file=sys.stderr)
        else:
            texts.append(item)
    if not texts:
        raise SystemExit("bench_extract: nothing readable in the input")
    return texts


def _time(run: Callable[[list[Document]], None], docs: list[Document]) -> float:
    gc.collect()
    start = time.perf_counter()
    run(docs)
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
