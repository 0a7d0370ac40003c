"""Imported records are written as lines of text ("Ownership: A owns B ..."), so that every
imported claim has a document and evidence offsets like an extracted one. This places the
entities of such a line."""

from __future__ import annotations

from typing import Protocol

from ..model import Entity


class Named(Protocol):
    name: str
    type: str
    aliases: list[str]
    ref: str | None


def mention_ends(entities: dict[str, Entity], ends: list[tuple[str, Named]], subject_start: int, verb: str) -> list[str]:
    """The entity ids of a line's subject and object ("SUBJECT verb OBJECT" from `subject_start`),
    each end added to `entities` (keyed by its id in the imported data) with its mention."""
    (_, subject), _ = ends
    starts = (subject_start, subject_start + len(subject.name) + len(verb) + 2)
    ids = []
    for (key, thing), start in zip(ends, starts):
        entity = entities.get(key)
        if entity is None:
            entity = Entity(f"e{len(entities) + 1}", thing.name, thing.type, thing.aliases, [], thing.ref)  # type: ignore[arg-type]
            entities[key] = entity
        entity.mentions.append((start, start + len(thing.name)))
        ids.append(entity.id)
    return ids
