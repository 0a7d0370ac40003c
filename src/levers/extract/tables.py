"""Holdings set out as a table, one holder a line, the way annual reports and exchange notices list them:

    Zemplén Energia Nyrt. had the following shareholders with more than 5% of its share capital:
    – Hungarian National Asset Management Inc. (MNV Zrt.): 34.0%
    – Murtal Energie AG, Graz, Austria: 8.1%

A parser reads such lines as fragments; here the line's layout says who holds how much of what.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from levers.extract.qualifiers import parse_share
from levers.extract.relations import Found
from levers.model import Qualifiers
from levers.resolve.within import DocumentEntities

HOLDER_WORDS = {"shareholder", "shareholders", "holders", "owners", "shareholding", "shareholdings", "ownership"}
"""A line that introduces a table of holders says so ("the following shareholders", "Shareholding structure")."""

INTRODUCTION = re.compile(r"^[^\n]*:[ \t]*\n", re.MULTILINE)
TABLE_ROW = re.compile(r"[ \t]*(?:\n[ \t]*)*[–—•·*-][ \t]+(?P<row>[^\n]{1,200})")
SHARE_AT_END = re.compile(r"(?P<share>\d+(?:[.,]\d+)?\s*(?:%|per\s?cent|percent))\s*[.;]?\s*$")

OWNERS = {"company", "organization", "public_body", "person", "country"}
HELD = {"company", "organization", "public_body"}


def shareholder_tables(doc: Doc, entities: DocumentEntities) -> Iterator[Found]:
    """owns(holder, firm) for each row of each table of holders: the firm is the one the introducing line names."""
    text = doc.text
    for introduction in INTRODUCTION.finditer(text):
        if not HOLDER_WORDS & set(re.findall(r"[a-z]+", introduction.group().lower())):
            continue
        held = _first_entity(doc, entities, introduction.start(), introduction.end(), HELD)
        position = introduction.end() - 1
        while (row := TABLE_ROW.match(text, position)) is not None:
            position = row.end()
            share = SHARE_AT_END.search(row.group("row"))
            if share is None:
                continue
            start = row.start("row")
            holder = _first_entity(doc, entities, start, start + share.start(), OWNERS)
            trigger = doc.char_span(start + share.start(), start + share.end(), alignment_mode="expand")
            firm = held or entities.story_company(trigger[0]) if trigger is not None else None
            if holder and firm and holder != firm:
                yield Found("owns", holder, firm, trigger[-1], qualifiers=Qualifiers(share=parse_share(share.group("share"))))


def _first_entity(doc: Doc, entities: DocumentEntities, start: int, end: int, types: set[str]) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        found = entities.at(token)
        if found and entities.entity(found).type in types:
            return found
    return None
