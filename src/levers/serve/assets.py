"""Where the page's files are: our own static files, and the graph library from npm.

The graph library (cytoscape.js) is installed from the npm registry by
`make install` (`npm ci`, pinned in package.json / package-lock.json) into
node_modules/ at the repository root; it is never copied into git. Set
LEVERS_CYTOSCAPE_JS to a cytoscape.min.js elsewhere to override.
"""

from __future__ import annotations

import os
from pathlib import Path

STATIC_DIR = Path(__file__).parent / "static"

_CYTOSCAPE = Path("node_modules") / "cytoscape" / "dist" / "cytoscape.min.js"


def cytoscape_js() -> Path | None:
    """The installed cytoscape.min.js: $LEVERS_CYTOSCAPE_JS, else node_modules above us or cwd."""
    override = os.environ.get("LEVERS_CYTOSCAPE_JS")
    if override:
        path = Path(override)
        return path if path.is_file() else None
    for folder in [*Path(__file__).resolve().parents, Path.cwd()]:
        candidate = folder / _CYTOSCAPE
        if candidate.is_file():
            return candidate
    return None
