"""The store in other formats: FollowTheMoney JSON lines, GraphML, CSV."""

from .ftm import export_ftm, export_ftm_between, ftm_lines, write_ftm
from .tables import claim_graph, node_claims, write_csv, write_graphml

__all__ = [
    "claim_graph",
    "export_ftm",
    "export_ftm_between",
    "ftm_lines",
    "node_claims",
    "write_csv",
    "write_ftm",
    "write_graphml",
]
