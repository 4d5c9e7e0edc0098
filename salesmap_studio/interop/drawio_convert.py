"""The cells of one draw.io page turned into the plain dict of a map (.smap keys)."""

from __future__ import annotations

import re
import statistics

from ..analysis.geometry.shapes import SIZES
from ..model import Lane, Note
from .building import unused_id
from .drawio_cells import Cell, absolute_origin
from .drawio_fields import from_attributes
from .drawio_kinds import branch_of, kind_of, result_of, unknown_shape
from .errors import ImportCancelled, InteropError

NODE_KINDS = ("stage", "decision", "outcome")
ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_NAME = 200


class Conversion:
    """One pass over the cells; `origins` remembers which cell each entity came from."""

    def __init__(self, cells: dict[str, Cell], title: str, skipped: list[str], name: str, decide=None) -> None:
        self.cells, self.title, self.skipped, self.name, self.decide = cells, title, list(skipped), name, decide
        self.kinds = {cell.id: kind_of(cell, cells) for cell in cells.values()}
        self.ours = any(cell.attributes.get("smap") == "map" for cell in cells.values())
        self.origins: dict[str, list[Cell]] = {"lanes": [], "nodes": [], "links": [], "notes": []}
        self.taken: dict[str, set[str]] = {key: set() for key in self.origins}
        self.ids: dict[str, str] = {}   # cell id -> node or lane id
        self.memo: dict[str, tuple[float, float]] = {}
        edges = self._of("link")
        self.sources, self.targets = {c.source for c in edges}, {c.target for c in edges}
        self.edge_labels: dict[str, list[str]] = {}
        for cell in self._of("edge_label"):
            self.edge_labels.setdefault(cell.parent or "", []).append(cell.label)

    @property
    def placed(self) -> bool:
        """Positions kept as drawn, unless a foreign diagram's swimlanes must become our lane bands."""
        return self.ours or not self.origins["lanes"]

    def _of(self, kind: str) -> list[Cell]:
        return [cell for cell in self.cells.values() if self.kinds[cell.id] == kind]

    def map_data(self) -> dict:
        data = self._info()
        data["lanes"] = [self._lane(cell) for cell in self._of("lane")]
        data["nodes"] = [self._node(cell) for cell in self.cells.values() if self.kinds[cell.id] in NODE_KINDS]
        if not self.ours:
            self._settle([node for node in data["nodes"] if node["kind"] == "outcome" and node["result"] is None])
        data["links"] = [link for link in map(self._link, self._of("link")) if link is not None]
        data["notes"] = [self._note(cell) for cell in self._of("note")]
        if not self.ours:
            _spread(data["nodes"] + data["notes"], self._scale(data["nodes"]))
            data["start"] = self._first(data)
        if self.skipped:
            data["notes"].append(self._report(data["nodes"]))
        return data

    def _fields(self, cell: Cell, key: str) -> dict:
        """Our own export's fields of the cell, with its id kept when it is usable and new."""
        fields = self._stored(cell) if self.ours else {}
        wanted = fields.get("id", "")
        prefix = {"lanes": "lane", "nodes": "n", "links": "l", "notes": "note"}[key]
        if ID.match(wanted) and wanted not in self.taken[key]:
            self.taken[key].add(wanted)
        else:
            fields["id"] = unused_id(prefix, self.taken[key])
        self.origins[key].append(cell)
        return fields

    def _stored(self, cell: Cell) -> dict:
        try:
            return from_attributes(cell.attributes, f"cell {cell.id!r}")
        except ValueError as error:
            raise InteropError(self.name, *str(error).split(": ", 1)) from None

    def _info(self) -> dict:
        for cell in self.cells.values():
            if cell.attributes.get("smap") == "map":
                return self._stored(cell)
        return {"title": self.title}

    def _lane(self, cell: Cell) -> dict:
        fields = self._fields(cell, "lanes")
        self.ids[cell.id] = fields["id"]
        fill = cell.style.get("fillColor", "")
        fields.setdefault("color", fill if COLOR.match(fill) else Lane.model_fields["color"].default)
        fields["name"] = self._name(cell) or f"Lane {len(self.origins['lanes'])}"
        return fields

    def _node(self, cell: Cell) -> dict:
        fields = self._fields(cell, "nodes")
        kind = self.kinds[cell.id]
        self.ids[cell.id] = fields["id"]
        fields["name"] = self._name(cell) or "Untitled"
        if not self.ours and len(" ".join(cell.label.split())) > MAX_NAME:
            fields["notes"] = cell.label
        if not self.ours:
            kind = self._foreign_kind(cell, kind, fields)
        fields["kind"] = kind
        left, top = absolute_origin(cell.parent, self.cells, self.memo)
        x, y, w, h = cell.box
        fields["x"], fields["y"] = round(left + x + w / 2, 2), round(top + y + h / 2, 2)
        if kind != "outcome":
            fields["owner"] = self._lane_of(cell)
        return fields

    def _foreign_kind(self, cell: Cell, kind: str, fields: dict) -> str:
        if kind == "outcome":
            if cell.id not in self.targets and cell.id in self.sources:
                fields["notes"] = "Imported from draw.io: a start shape."
                return "stage"
            fields["result"] = result_of(cell.label)   # None: settled by `_settle`
        if kind == "stage" and unknown_shape(cell):
            fields["notes"] = f"Imported from draw.io: drawn as the shape {unknown_shape(cell)!r}."
        return kind

    def _settle(self, outcomes: list[dict]) -> None:
        """The results of outcomes whose words say neither won nor lost: asked, else nurture and listed."""
        answers = self.decide([node["name"] for node in outcomes]) if self.decide and outcomes else None
        if self.decide and outcomes and answers is None:
            raise ImportCancelled()
        for i, node in enumerate(outcomes):
            if answers is None:
                node["result"] = "nurture"
                self.skipped.append(f"outcome {node['name']!r}: neither won nor lost by its words, set to nurture")
            else:
                node["result"] = answers[i]

    def _lane_of(self, cell: Cell) -> str | None:
        seen, parent = set(), cell.parent
        while parent in self.cells and parent not in seen:
            seen.add(parent)
            if self.kinds[parent] == "lane":
                return self.ids.get(parent)
            parent = self.cells[parent].parent
        return None

    def _link(self, cell: Cell) -> dict | None:
        source, target = self.ids.get(cell.source or ""), self.ids.get(cell.target or "")
        ends_in_nodes = source in self.taken["nodes"] and target in self.taken["nodes"]
        if not ends_in_nodes:
            self.skipped.append(f"arrow {cell.id!r}: it does not join two shapes that became stages")
            return None
        fields = self._fields(cell, "links")
        fields.update(source=source, target=target)
        if not self.ours:
            label = " ".join([cell.label, *self.edge_labels.get(cell.id, ())])
            fields["kind"], fields["label"] = branch_of(label)
        return fields

    def _note(self, cell: Cell) -> dict:
        fields = self._fields(cell, "notes")
        fields["text"] = cell.label
        left, top = absolute_origin(cell.parent, self.cells, self.memo)
        x, y, w, h = cell.box
        fields["x"], fields["y"] = round(left + x + w / 2, 2), round(top + y + h / 2, 2)
        fill = cell.style.get("fillColor", "")
        fields.setdefault("color", fill if COLOR.match(fill) else Note.model_fields["color"].default)
        return fields

    def _first(self, data: dict) -> str | None:
        """The start of a foreign diagram: the leftmost node no arrow leads to."""
        targets = {link["target"] for link in data["links"]}
        free = [node for node in data["nodes"] if node["id"] not in targets] or data["nodes"]
        return min(free, key=lambda node: (node["x"], node["y"]))["id"] if free else None

    def _report(self, nodes: list[dict]) -> dict:
        top = min((node["y"] for node in nodes), default=0.0) - 200.0
        text = "Not imported from draw.io:\n" + "\n".join(f"- {item}" for item in self.skipped)
        return {"id": unused_id("note", self.taken["notes"]), "text": text[:20_000], "x": 0.0, "y": top}

    def _scale(self, nodes: list[dict]) -> tuple[float, float]:
        """How much further apart others' shapes must move so that ours, often larger, do not overlap."""
        ratios = [(SIZES[node["kind"]][0] / max(cell.box[2], 1.0), SIZES[node["kind"]][1] / max(cell.box[3], 1.0))
                  for node, cell in zip(nodes, self.origins["nodes"])]
        if not ratios:
            return 1.0, 1.0
        return tuple(min(3.0, max(1.0, statistics.median(r[i] for r in ratios))) for i in (0, 1))

    def _name(self, cell: Cell) -> str:
        """Our own names exactly; others' labels on one line (draw.io wraps by line breaks)."""
        return cell.label if self.ours else " ".join(cell.label.split())[:MAX_NAME]


def _spread(items: list[dict], scale: tuple[float, float]) -> None:
    for item in items:
        item["x"], item["y"] = round(item["x"] * scale[0], 2), round(item["y"] * scale[1], 2)

