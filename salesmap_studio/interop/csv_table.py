"""CSV (`.csv`): the nodes in flow order, and the links in `NAME.links.csv` beside it.

Written as UTF-8 with a byte-order mark, so spreadsheet programs see the umlauts; read
with comma, semicolon or tab between the cells (German spreadsheets use semicolons).
Without a links file beside it, the rows become a chain in their order.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..model import SalesMap
from ..persistence import atomic_write
from .building import build_map, read_limited
from .errors import InteropError
from .table import LINK_COLUMNS, NODE_COLUMNS, Rows, link_rows, map_data, node_rows


def links_path(path) -> Path:
    path = Path(path)
    return path.with_name(path.stem + ".links.csv")


def write(doc: SalesMap, path) -> None:
    atomic_write(path, _csv([list(NODE_COLUMNS), *node_rows(doc)]))
    atomic_write(links_path(path), _csv([list(LINK_COLUMNS), *link_rows(doc)]))


def _csv(rows: list[list]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def pages(path) -> list[str]:
    return [Path(path).stem]


def read(path, page: str | None = None, decide=None) -> SalesMap:
    """The table's map (`page` and `decide` are not needed: one table, and a result column)."""
    name = str(path)
    nodes = Rows(_rows(path), name, Path(path).name)
    extra = links_path(path)
    links = Rows(_rows(extra), str(extra), extra.name) if extra.is_file() else None
    data, placed = map_data(nodes, links, Path(path).stem)
    return build_map(data, name, placed=placed)


def _rows(path) -> list[list[str]]:
    raw = read_limited(path, "CSV")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InteropError(str(path), f"byte {err.start}", "not UTF-8 text; save the sheet as CSV UTF-8") from None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as err:
        raise InteropError(str(path), "", f"not a readable CSV table ({err})") from None
