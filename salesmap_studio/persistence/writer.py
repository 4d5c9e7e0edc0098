"""Writing a .smap file: canonical text (same map, same bytes), written atomically."""

from __future__ import annotations

import json
import os

from ..model import SalesMap
from .atomic import atomic_write


def dumps(doc: SalesMap) -> str:
    return json.dumps(doc.to_dict(), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def save(doc: SalesMap, path: str | os.PathLike) -> None:
    atomic_write(path, dumps(doc).encode("utf-8"))
