"""levers: who can pull the levers of a company, read from the news, on what evidence.

The library API, which the CLI only wraps:

    from levers import Extractor, Store, ingest, entity_profile
    extraction = Extractor().extract(Document(id="d1", text="..."))
    store = Store("levers.db"); ingest(["articles/"], store)
    print(render_profile(entity_profile(store, "Jack Ma")))
"""

from levers.analyse import entity_profile, explain, render_explanation, render_profile, timeline
from levers.extract import Extractor, Given
from levers.ingest import IngestReport, ingest
from levers.model import Claim, Document, Entity, Extraction
from levers.read import ReadError, read_paths
from levers.store import Store

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Document",
    "Entity",
    "Extraction",
    "Extractor",
    "Given",
    "IngestReport",
    "ReadError",
    "Store",
    "entity_profile",
    "explain",
    "ingest",
    "read_paths",
    "render_explanation",
    "render_profile",
    "timeline",
]
