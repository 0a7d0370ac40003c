"""`levers serve`: the HTTP API (/api/v1) and the analyst's web page over a store."""

from .app import create_app

__all__ = ["create_app"]
