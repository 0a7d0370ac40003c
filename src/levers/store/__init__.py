"""The store: extractions in a database (SQLite by default), and the nodes they share."""

from .migrations import MIGRATIONS, current_version, latest_version, migrate
from .nodes import Node, node_key, normalise_name
from .store import NodeRef, NodeView, Resolution, Store, StoredClaim

__all__ = [
    "MIGRATIONS",
    "Node",
    "NodeRef",
    "NodeView",
    "Resolution",
    "Store",
    "StoredClaim",
    "current_version",
    "latest_version",
    "migrate",
    "node_key",
    "normalise_name",
]
