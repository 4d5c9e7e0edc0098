"""A map as two tables — nodes in flow order, then links — and back, for spreadsheets.

Headers are found in English or German, in any order and case. Only a name column is
required: a bare list of stage names (optionally owner and phase) becomes a chain of
stages laid out automatically. Lanes and phases are named in the cells; checklist items
are one per line, "[x] " before a required one.
"""

from __future__ import annotations

import math
from typing import Any, Iterable

from ..analysis.flow_order import flow_order
from ..model import SalesMap, node_to_dict
from .errors import InteropError
from .table_rows import chain, link, node, text

NODE_COLUMNS = ("id", "kind", "name", "owner", "phase", "entry criteria", "activities", "exit checklist",
                "substeps", "expected days", "conversion rate", "result", "notes", "x", "y")
LINK_COLUMNS = ("id", "source", "target", "kind", "label", "share")
NUMBERS = {"expected days", "conversion rate", "x", "y", "share"}
GERMAN = {
    "art": "kind", "typ": "kind", "schritt": "name", "stufe": "name", "stage": "name", "phase": "phase",
    "verantwortlich": "owner", "team": "owner", "abteilung": "owner", "lane": "owner", "eingangskriterien": "entry criteria",
    "aktivitäten": "activities", "checkliste": "exit checklist", "ausgangs checkliste": "exit checklist",
    "teilschritte": "substeps", "erwartete tage": "expected days", "tage": "expected days",
    "konversionsrate": "conversion rate", "ergebnis": "result", "notizen": "notes", "von": "source",
    "nach": "target", "beschriftung": "label", "anteil": "share",
}


def header_key(text: Any) -> str:
    words = " ".join(str(text or "").replace("_", " ").replace("-", " ").lower().split())
    return GERMAN.get(words, words)


# ---- map -> rows --------------------------------------------------------------------------
def node_rows(doc: SalesMap) -> list[list]:
    lanes = {lane.id: lane.name for lane in doc.lanes()}
    phases = {phase.id: phase.name for phase in doc.phases()}
    rows = []
    for node_id in flow_order(doc):
        data = node_to_dict(doc.node(node_id))
        data["owner"] = lanes.get(data.get("owner") or "", "")
        data["phase"] = phases.get(data.get("phase") or "", "")
        data["exit_checklist"] = "\n".join(("[x] " if i["required"] else "") + i["text"]
                                           for i in data.get("exit_checklist", ()))
        data["substeps"] = "\n".join(data.get("substeps", ()))
        rows.append([_cell(data.get(column.replace(" ", "_"))) for column in NODE_COLUMNS])
    return rows


def link_rows(doc: SalesMap) -> list[list]:
    return [[_cell(getattr(link, column)) for column in LINK_COLUMNS] for link in doc.links()]


def _cell(value):
    return "" if value is None else value


# ---- rows -> map --------------------------------------------------------------------------
class Rows:
    """Rows of one sheet with their header found; errors name the sheet, row and column."""

    def __init__(self, rows: Iterable[list], file: str, sheet: str) -> None:
        rows = iter(rows)
        self.file, self.sheet = file, sheet
        self.header = [header_key(h) for h in next(rows, [])]
        self.rows = [(number, row) for number, row in enumerate(rows, 2) if any(text(c) for c in row)]

    def has(self, column: str) -> bool:
        return column in self.header

    def values(self):
        for number, row in self.rows:
            yield number, {key: row[i] if i < len(row) else None for i, key in enumerate(self.header) if key}

    def fail(self, number: int, column: str, what: str) -> InteropError:
        return InteropError(self.file, f"sheet {self.sheet!r}, row {number}, column {column!r}", what)

    def number(self, number: int, column: str, value) -> float | None:
        if text(value) == "":
            return None
        try:
            result = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            raise self.fail(number, column, f"not a number: {text(value)!r}") from None
        if not math.isfinite(result):
            raise self.fail(number, column, f"not a number: {text(value)!r}")
        return result


def map_data(nodes: Rows, links: Rows | None, title: str) -> tuple[dict, bool]:
    """The .smap dict of the tables, and whether every node came with a position."""
    if not nodes.has("name"):
        raise InteropError(nodes.file, f"sheet {nodes.sheet!r}, row 1", "no column named 'name' (or 'Name', 'Schritt')")
    lanes: dict[str, str] = {}
    phases: dict[str, str] = {}
    taken: set[str] = set()
    out, placed = [], True
    for number, row in nodes.values():
        made_node, has_place = node(nodes, number, row, lanes, phases, taken)
        out.append(made_node)
        placed = placed and has_place
    ids = [made_node["id"] for made_node in out]
    if links is None or not links.has("source"):
        made = chain(ids)
    else:
        link_ids: set[str] = set()
        made = [link(links, number, row, link_ids, set(ids)) for number, row in links.values()]
    data = {"title": title, "start": ids[0] if ids else None, "nodes": out, "links": made,
            "lanes": [{"id": i, "name": n} for n, i in lanes.items()],
            "phases": [{"id": i, "name": n} for n, i in phases.items()]}
    return data, placed and bool(out)
