"""From the plain dict an importer assembles to a checked `SalesMap`: the same strict
validation as a .smap file, and the automatic layout when the source had no positions."""

from __future__ import annotations

from typing import Any

from ..analysis.layout import LayoutError
from ..analysis.layout.notes import laid_out
from ..model import FORMAT, VERSION, SalesMap
from ..persistence.references import check_references
from ..persistence.schema import validate_parts
from .errors import InteropError

MAX_INPUT_BYTES = 32 * 1024 * 1024  # the same ceiling as a .smap file


def build_map(data: dict[str, Any], name: str, *, placed: bool) -> SalesMap:
    """The validated map of `data` (.smap keys); laid out automatically unless `placed`."""
    parts = validate_parts({"format": FORMAT, "version": VERSION, **data}, name)
    check_references(parts, name)
    doc = SalesMap.from_parts(**parts)
    if placed or not len(doc):
        return doc
    try:
        return laid_out(doc)
    except LayoutError as error:
        raise InteropError(name, "", f"the imported map cannot be laid out: {error}") from None


def read_limited(path, what: str) -> bytes:
    """The bytes of `path`, refusing anything larger than a map file may be."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as err:
        raise InteropError(name, "", f"cannot read the file ({err.strerror or err})") from None
    if len(raw) > MAX_INPUT_BYTES:
        raise InteropError(name, "", f"the file is over 32 MiB; a {what} file to import may be at most 32 MiB")
    return raw


def unused_id(prefix: str, taken: set[str]) -> str:
    """`prefix` plus the smallest number not yet in `taken` (which it then joins)."""
    number = len(taken) + 1
    while f"{prefix}{number}" in taken:
        number += 1
    taken.add(f"{prefix}{number}")
    return f"{prefix}{number}"
