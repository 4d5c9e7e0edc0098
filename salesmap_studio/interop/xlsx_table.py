"""Excel (`.xlsx`, openpyxl): a sheet of nodes in flow order and a sheet of links.

Texts are always written as text (never as a formula, even when they begin with "=").
Reading takes the first sheet as the nodes and a sheet named Links (or Verbindungen),
if there is one; without it the rows become a chain in their order.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from xml.etree.ElementTree import ParseError

from ..analysis.safe_text import xml_text
from ..model import SalesMap
from ..persistence import atomic_write
from .building import build_map, read_limited
from .errors import InteropError
from .table import LINK_COLUMNS, NODE_COLUMNS, Rows, link_rows, map_data, node_rows

MAX_ROWS = 20_001
LINK_SHEETS = ("links", "verbindungen")
# A damaged workbook: openpyxl unpacks and parses each sheet only as its rows are read, so these come
# from reading the rows as well as from opening the file.
BROKEN = (zipfile.BadZipFile, zlib.error, EOFError, ParseError, KeyError, ValueError, OSError,
          NotImplementedError)   # a zip packed in a way Python cannot unpack


def write(doc: SalesMap, path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    _fill(book.active, "Stages", [list(NODE_COLUMNS), *node_rows(doc)])
    _fill(book.create_sheet(), "Links", [list(LINK_COLUMNS), *link_rows(doc)])
    out = io.BytesIO()
    book.save(out)
    atomic_write(path, out.getvalue())


def _fill(sheet, title: str, rows: list[list]) -> None:
    sheet.title = title
    for row in rows:
        sheet.append([xml_text(v) if isinstance(v, str) else v for v in row])
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"   # a name is data, never a formula


def pages(path) -> list[str]:
    return [Path(path).stem]


def read(path, page: str | None = None, decide=None) -> SalesMap:
    """The table's map (`page` and `decide` are not needed: one table, and a result column)."""
    from openpyxl import load_workbook

    name = str(path)
    raw = read_limited(path, "Excel")
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        try:
            sheets = book.worksheets
            nodes = Rows(_rows(sheets[0], name), name, sheets[0].title)
            found = next((s for s in sheets[1:] if s.title.strip().lower() in LINK_SHEETS), None)
            links = Rows(_rows(found, name), name, found.title) if found is not None else None
        finally:
            book.close()
    except BROKEN as err:
        raise InteropError(name, "", f"not a readable .xlsx workbook ({err})") from None
    data, placed = map_data(nodes, links, Path(path).stem)
    return build_map(data, name, placed=placed)


def _rows(sheet, name: str) -> list[list]:
    rows = []
    for row in sheet.iter_rows(values_only=True):
        rows.append(list(row))
        if len(rows) > MAX_ROWS:
            raise InteropError(name, f"sheet {sheet.title!r}", f"more than {MAX_ROWS - 1:,} rows; refused")
    return rows
