"""Data users already have, into the store: FollowTheMoney JSON lines, Wikidata entity dumps."""

from .ftm import FtmImportReport, import_ftm, import_ftm_file
from .wikidata import WikidataImportReport, import_wikidata, import_wikidata_file, looks_like_wikidata

__all__ = [
    "FtmImportReport",
    "WikidataImportReport",
    "import_ftm",
    "import_ftm_file",
    "import_wikidata",
    "import_wikidata_file",
    "looks_like_wikidata",
]
