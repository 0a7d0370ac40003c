"""Holdings set out as a list of holders, the way annual reports, registers and exchange notices give them:

    Zemplén Energia Nyrt. had the following shareholders with more than 5% of its share capital:
    – Hungarian National Asset Management Inc. (MNV Zrt.): 34.0%
    – Murtal Energie AG, Graz, Austria: 8.1%

or in one sentence: "The register lists two shareholders: A, a holding company, with 62%, and B with 38%."
A parser reads such lists as fragments; here their layout says who holds how much of what.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

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
    text = entities.text  # spaCy joins the tokens anew on every doc.text
    for introduction in INTRODUCTION.finditer(text):
        if not HOLDER_WORDS & set(re.findall(r"[a-z]+", introduction.group().lower())):
            continue
        held = _first_entity(doc, entities, introduction.start(), introduction.end(), HELD)
        told = doc.char_span(introduction.start(), introduction.end() - 1, alignment_mode="expand")
        said_at = next((t for t in reversed(told) if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}), None) if told is not None else None
        position = introduction.end() - 1
        while (row := TABLE_ROW.match(text, position)) is not None:
            position = row.end()
            share = SHARE_AT_END.search(row.group("row"))
            if share is None:
                continue
            start = row.start("row")
            trigger = doc.char_span(start + share.start(), start + share.end(), alignment_mode="expand")
            if trigger is None:
                continue
            holder = _first_entity(doc, entities, start, start + share.start(), OWNERS)
            firm = held or entities.story_company(trigger[0])  # "Major shareholders:" names no firm: the story's
            if holder and firm and holder != firm:
                yield Found("owns", holder, firm, trigger[-1], qualifiers=Qualifiers(share=parse_share(share.group("share"))), said_at=said_at)


def shareholders_after_a_colon(sent: Span, entities: DocumentEntities) -> Iterator[Found]:
    """ "... lists two shareholders: A, a holding company, with 62%, and B with 38%": each share is
    held by the first name after the share before it, of the firm whose holders they are."""
    colon = next((t for t in sent if t.text == ":" and t.i > sent.start and t.doc[t.i - 1].lower_ in HOLDER_WORDS), None)
    if colon is None:
        return
    holder_noun = colon.doc[colon.i - 1]
    possessor = next((c for c in holder_noun.children if c.dep_ == "poss"), None)
    held = entities.resolve(possessor) if possessor is not None else entities.story_company(holder_noun)
    start = colon.i + 1
    for token in sent[colon.i + 1 - sent.start :]:
        if token.text not in {"%", "percent"} or token.i == 0 or not token.doc[token.i - 1].like_num:
            continue
        holder = next((found for t in token.doc[start : token.i] if (found := entities.at(t)) and entities.entity(found).type in OWNERS - {"country"}), None)
        start = token.i + 1
        if holder and held and holder != held:
            yield Found("owns", holder, held, token, qualifiers=Qualifiers(share=parse_share(token.doc[token.i - 1 : token.i + 1].text)))


def _first_entity(doc: Doc, entities: DocumentEntities, start: int, end: int, types: set[str]) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        found = entities.at(token)
        if found and entities.entity(found).type in types:
            return found
    return None
