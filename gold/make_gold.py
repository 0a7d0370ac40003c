"""Builds gold/gold.jsonl from gold/texts/*.txt and their annotations in gold/annotations/*.json.

    python gold/make_gold.py            # gold/texts + gold/annotations -> gold/gold.jsonl
    python gold/make_gold.py heldout    # gold/heldout/texts + annotations -> gold/heldout/gold.jsonl

The optional argument names a folder under gold/ that has its own texts/ and annotations/
(the held-out set, gold/heldout/, is built this way).

Annotations name things by their words, never by offsets; offsets are computed here
from the text, and every searched string must be found (an assertion says which is not):

- an entity's "mentions" are strings (every whole-word occurrence in the text) or
  {"text": ..., "nth": k} (only the k-th occurrence, counting from 0);
- a claim's "evidence" is a list of exact substrings of the text (whole sentences),
  each of which must occur once.

The output is the contract's format (../shared/contract.md) with the gold extras:
alt_types, optional, alternatives and alt_certainty.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUALIFIERS = ("role", "share", "amount", "date", "status", "action")


def occurrences(text: str, needle: str) -> list[list[int]]:
    """Whole-word occurrences of `needle` in `text`."""
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return [[m.start(), m.end()] for m in re.finditer(pattern, text)]


def mention_spans(text: str, doc_id: str, mentions: list) -> list[list[int]]:
    spans: list[list[int]] = []
    for mention in mentions:
        if isinstance(mention, str):
            found = occurrences(text, mention)
            assert found, f"{doc_id}: mention {mention!r} not in the text"
            spans += found
        else:
            found = occurrences(text, mention["text"])
            assert len(found) > mention["nth"], f"{doc_id}: mention {mention!r}: only {len(found)} occurrences"
            spans.append(found[mention["nth"]])
    unique = sorted({tuple(s) for s in spans})
    # a mention inside a longer mention of the same entity counts once
    return [list(a) for a in unique if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in unique)]


def evidence_span(text: str, doc_id: str, sentence: str) -> list[int]:
    count = text.count(sentence)
    assert count == 1, f"{doc_id}: evidence {sentence[:60]!r}... found {count} times"
    start = text.index(sentence)
    return [start, start + len(sentence)]


def build(text_path: Path, annotation_path: Path) -> dict:
    text = text_path.read_text(encoding="utf-8")
    doc_id = text_path.stem
    note = json.loads(annotation_path.read_text(encoding="utf-8"))
    entities = []
    for entity in note["entities"]:
        spans = mention_spans(text, doc_id, entity["mentions"])
        aliases = sorted({text[a:b] for a, b in spans} - {entity["name"]})
        entities.append({
            "id": entity["id"], "name": entity["name"], "type": entity["type"],
            "alt_types": entity.get("alt_types", []), "aliases": aliases, "mentions": spans,
            "ref": entity.get("ref"),
        })
    ids = {e["id"] for e in entities}
    claims = []
    for number, claim in enumerate(note["claims"], 1):
        for end in ("subject", "object"):
            assert claim[end] in ids, f"{doc_id}: claim {number}: unknown {end} {claim[end]!r}"
        qualifiers = {name: (claim.get("qualifiers") or {}).get(name) for name in QUALIFIERS}
        claims.append({
            "id": f"c{number}", "type": claim["type"], "subject": claim["subject"], "object": claim["object"],
            "qualifiers": qualifiers, "certainty": claim["certainty"],
            "attribution": claim.get("attribution") or {"source": None, "cue": None},
            "evidence": [evidence_span(text, doc_id, s) for s in claim["evidence"]],
            "optional": claim.get("optional", False), "alternatives": claim.get("alternatives", []),
            "alt_certainty": claim.get("alt_certainty", []),
        })
    title = text.split("\n", 1)[0].strip()
    document = {"id": doc_id, "title": title, "published": note.get("published"), "url": None, "chars": len(text)}
    return {"contract": 1, "document": document, "entities": entities, "claims": claims}


def build_folder(root: Path) -> list[dict]:
    """Every document of a gold folder (root/texts/*.txt with root/annotations/<stem>.json), in file order."""
    documents = []
    for text_path in sorted((root / "texts").glob("*.txt")):
        annotation = root / "annotations" / f"{text_path.stem}.json"
        if annotation.exists():
            documents.append(build(text_path, annotation))
    return documents


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1:
        raise SystemExit("usage: python gold/make_gold.py [FOLDER]   (FOLDER under gold/, e.g. heldout)")
    root = HERE / args[0] if args else HERE
    if not (root / "texts").is_dir():
        raise SystemExit(f"{root / 'texts'} is not a folder")
    lines = [json.dumps(document, ensure_ascii=False) for document in build_folder(root)]
    (root / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} documents to {root / 'gold.jsonl'}")


if __name__ == "__main__":
    main()
