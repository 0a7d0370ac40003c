"""Graph nodes: what per-document entities that name the same thing share.

Node assignment is deliberately naive for now (type + normalised name, or the
knowledge-base ref); a resolver will replace `node_key` later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Entity

_POSSESSIVE = re.compile(r"['’]s\b")
_DROPPED = re.compile(r"[.'’]")  # "U.S." -> "us", "Workers' Party" -> "workers party"
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")


@dataclass
class Node:
    """A person, company, body... as the graph knows it, across documents."""

    id: int
    key: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    ref: str | None = None


def normalise_name(name: str) -> str:
    """Lowercase, without a leading "the", possessive "'s", punctuation or extra spaces."""
    text = _POSSESSIVE.sub("", name.casefold())
    text = _DROPPED.sub("", text)
    text = _SPACES.sub(" ", _PUNCTUATION.sub(" ", text)).strip()
    if text.startswith("the "):
        text = text[4:]
    return text or name.casefold().strip()


def node_key(entity: Entity) -> str:
    """The key under which entities of different documents share one node."""
    if entity.ref:
        return f"ref:{entity.ref}"
    return f"{entity.type}:{normalise_name(entity.name)}"
