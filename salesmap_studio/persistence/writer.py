"""Writing a .smap file: canonical text (same map, same bytes), written atomically."""

from __future__ import annotations

import json
import os
import re

from ..model import SalesMap
from .atomic import atomic_write
from .errors import SmapError
from .schema import check_sizes

# A bend point [x, y] on one line, as the spec shows it: a link's route reads (and diffs) as a
# list of points, not as a column of lone numbers. No JSON string holds a raw line break, so
# this matches nothing but a list of two numbers.
_NUMBER = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
_PAIR = re.compile(rf"\[\n *({_NUMBER}),\n *({_NUMBER})\n *\]")


def dumps(doc: SalesMap) -> str:
    return _text(doc.to_dict())


def _text(data: dict) -> str:
    text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    return _PAIR.sub(r"[\1, \2]", text)


def save(doc: SalesMap, path: str | os.PathLike) -> None:
    """Writes `doc` to `path`; a map past a count of the spec is refused (SmapError) and nothing is written."""
    data = doc.to_dict()
    try:
        check_sizes(data, str(path))
    except SmapError as error:
        raise SmapError(error.file, error.where, f"{error.what}; nothing written") from None
    atomic_write(path, _text(data).encode("utf-8"))
