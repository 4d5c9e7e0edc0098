"""The cells of one draw.io page as plain records: label as text, style parsed, geometry as
numbers, the `<object>` attributes kept, and where each cell sits on the page."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from html.parser import HTMLParser
from xml.etree.ElementTree import Element

from .errors import InteropError

WRAPPERS = ("object", "UserObject")
_BREAKS = {"br", "div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}


@dataclass
class Cell:
    id: str
    parent: str | None
    label: str
    words: set[str]                # style entries without a value: "rhombus", "ellipse", "swimlane", …
    style: dict[str, str]          # style entries key=value
    vertex: bool
    edge: bool
    source: str | None
    target: str | None
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # x, y, w, h, relative to the parent
    attributes: dict[str, str] = field(default_factory=dict)      # the <object>'s own (smap_* and others)

    @property
    def shape(self) -> str:
        return self.style.get("shape", "")


class _PlainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    """An HTML label as the plain text it shows: tags dropped, breaks kept, entities decoded."""
    parser = _PlainText()
    parser.feed(markup)
    parser.close()
    lines = "".join(parser.parts).replace("\xa0", " ").split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def parse_style(text: str) -> tuple[set[str], dict[str, str]]:
    words, pairs = set(), {}
    for entry in text.split(";"):
        key, sep, value = entry.partition("=")
        if sep:
            pairs[key.strip()] = value.strip()
        elif key.strip():
            words.add(key.strip())
    return words, pairs


def collect(model: Element, name: str) -> tuple[dict[str, Cell], list[str]]:
    """Every cell of the page by id, in document order, and what was not a cell."""
    root = model.find("root")
    if root is None:
        raise InteropError(name, "<mxGraphModel>", "the page has no <root> element")
    cells: dict[str, Cell] = {}
    skipped = []
    for element in root:
        cell = _cell(element, name)
        if cell is None:
            skipped.append(f"<{element.tag}> element (not a diagram cell)")
        elif cell.id in cells:
            raise InteropError(name, f"cell {cell.id!r}", "two cells have this id")
        else:
            cells[cell.id] = cell
    return cells, skipped


def _cell(element: Element, name: str) -> Cell | None:
    if element.tag in WRAPPERS:
        attributes = {k: v for k, v in element.attrib.items() if k not in ("id", "label")}
        inner, label = element.find("mxCell"), element.get("label", "")
    elif element.tag == "mxCell":
        attributes, inner, label = {}, element, element.get("value", "")
    else:
        return None
    cell_id = element.get("id")
    if cell_id is None:
        raise InteropError(name, f"<{element.tag}>", "a cell without an id")
    inner = inner if inner is not None else Element("mxCell")
    words, style = parse_style(inner.get("style", ""))
    if style.get("html") == "1":
        label = html_to_text(label)
    return Cell(cell_id, inner.get("parent"), label, words, style, inner.get("vertex") == "1",
                inner.get("edge") == "1", inner.get("source"), inner.get("target"),
                _box(inner.find("mxGeometry"), name, cell_id), attributes)


def _box(geometry: Element | None, name: str, cell_id: str) -> tuple[float, float, float, float]:
    if geometry is None:
        return (0.0, 0.0, 0.0, 0.0)
    values = []
    for key in ("x", "y", "width", "height"):
        try:
            value = float(geometry.get(key, "0"))
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or abs(value) > 1e7:
            raise InteropError(name, f"cell {cell_id!r}", f"the geometry's {key} is not a usable number")
        values.append(value)
    return tuple(values)


def absolute_origin(cell_id: str | None, cells: dict[str, Cell], memo: dict[str, tuple[float, float]]) -> tuple:
    """Where the coordinates of `cell_id`'s children start on the page (containers nest)."""
    chain = []
    while cell_id in cells and cell_id not in memo and cells[cell_id].vertex and cell_id not in chain:
        chain.append(cell_id)
        cell_id = cells[cell_id].parent
    x, y = memo.get(cell_id, (0.0, 0.0))
    for link in reversed(chain):
        box = cells[link].box
        x, y = x + box[0], y + box[1]
        memo[link] = (x, y)
    return x, y
