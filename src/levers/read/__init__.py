"""Reading: from paths, folders, globs and stdin to `Document`s.

    for item in read_paths(["articles/", "more/*.html", "-"]):
        if isinstance(item, ReadError):
            report(item.to_dict())
        else:
            extract(item)
"""

from levers.read.errors import ReadError
from levers.read.files import SUFFIXES, expand_paths, read_path, read_paths, read_stream
from levers.read.html import html_to_text

__all__ = [
    "SUFFIXES",
    "ReadError",
    "expand_paths",
    "html_to_text",
    "read_path",
    "read_paths",
    "read_stream",
]
