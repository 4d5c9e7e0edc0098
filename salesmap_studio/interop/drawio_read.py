"""draw.io import (`.drawio`, `.xml`, `.drawio.svg`): one page of a diagram as a map.

Our own export reads back exactly (its `smap_*` attributes); a diagram drawn by others
becomes stages, decisions, outcomes, lanes and links by shape (see `drawio_kinds`), and
whatever cannot become part of a map is listed on a sticky note, never dropped silently.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import SalesMap
from ..persistence import SmapError
from .building import build_map, read_limited
from .drawio_cells import Cell, collect
from .drawio_convert import Conversion
from .drawio_pages import choose, graph_model, page_elements, page_names, parse_xml
from .errors import InteropError

_ENTITY_PLACE = re.compile(r"^(nodes|links|lanes|notes)\[(\d+)\](.*)$")


def pages(path) -> list[str]:
    name = str(path)
    return page_names(page_elements(parse_xml(read_limited(path, "draw.io"), name), name), Path(path).stem)


def read(path, page: str | None = None, decide=None) -> SalesMap:
    """The map on one page; `decide` (see `registry.Decide`) settles outcomes the words do not."""
    name = str(path)
    elements = page_elements(parse_xml(read_limited(path, "draw.io"), name), name)
    names = page_names(elements, Path(path).stem)
    index = choose(names, page, name)
    where = f"page {names[index]!r}" if len(names) > 1 else ""
    cells, skipped = collect(graph_model(elements[index], name, where or "page"), name)
    conversion = Conversion(cells, names[index], skipped, name, decide)
    data = conversion.map_data()
    try:
        return build_map(data, name, placed=conversion.placed)
    except SmapError as error:
        raise _at_cell(error, conversion.origins, name) from None


def _at_cell(error: SmapError, origins: dict[str, list[Cell]], name: str) -> SmapError:
    """A validation error about `nodes[3]` told as the draw.io cell it came from."""
    match = _ENTITY_PLACE.match(error.where)
    if not match or int(match[2]) >= len(origins.get(match[1], ())):
        return InteropError(name, error.where or "cell '0'", error.what)
    return InteropError(name, f"cell {origins[match[1]][int(match[2])].id!r}{match[3]}", error.what)
