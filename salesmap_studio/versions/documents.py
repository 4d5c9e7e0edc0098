"""Reading the versions a diff or merge compares: strict, like every map, into canonical dicts."""

from __future__ import annotations

import json
import os
from typing import Any

from ..model import FORMAT, VERSION, SalesMap
from ..persistence import load, loads

EMPTY_MARKERS = (os.devnull, "/dev/null")   # git's name for "no such version" (a file added or deleted)


def empty_document() -> dict[str, Any]:
    """A map with nothing in it: the other side of an added or deleted file, a merge without a base."""
    return {"format": FORMAT, "version": VERSION, "title": "", "goal": "", "language": "en", "start": None,
            "lanes": [], "phases": [], "nodes": [], "links": [], "notes": [], "kpis": [], "funnel": None,
            "lane_height": 260.0, "conflicts": []}


def read_version(path: str, missing_is_empty: bool = False) -> dict[str, Any]:
    """The map at `path` as its canonical dict (a v1 file migrated). With `missing_is_empty`,
    git's /dev/null and an empty file (a merge with no common ancestor) are an empty map."""
    if missing_is_empty and (path in EMPTY_MARKERS or _is_empty_file(path)):
        return empty_document()
    return load(path).to_dict()


def _is_empty_file(path: str) -> bool:
    try:
        return os.path.isfile(path) and os.path.getsize(path) == 0
    except OSError:
        return False


def as_map(document: dict[str, Any], name: str = "<merged map>") -> SalesMap:
    """The document through the strict reader: a map that loads, or SmapError."""
    return loads(json.dumps(document, ensure_ascii=False, allow_nan=False), name)
