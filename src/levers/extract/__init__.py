"""Extraction: entities and evidence-backed claims from parsed text."""

from levers.extract.pipeline import Extractor, Given, load_nlp

__all__ = ["Extractor", "Given", "load_nlp"]
