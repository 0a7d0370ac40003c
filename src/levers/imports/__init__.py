"""Data users already have, into the store: FollowTheMoney JSON lines."""

from .ftm import FtmImportReport, import_ftm, import_ftm_file

__all__ = ["FtmImportReport", "import_ftm", "import_ftm_file"]
