"""draw.io export (`.drawio`, `.xml`): an uncompressed `mxfile` that diagrams.net opens as the map.

Lanes are a swimlane pool with one lane per owner (a node's coordinates are relative to
its lane, as draw.io expects), stages rounded rectangles, decisions rhombi, outcomes
pills, links orthogonal edges with their labels, coloured like the PDF. Every field
travels in `smap_*` attributes of an `<object>` around each cell (see `drawio_fields`).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement, tostring

from ..analysis.geometry import lane_bands, palette
from ..analysis.geometry.links import label_text
from ..analysis.geometry.shapes import SIZES
from ..analysis.safe_text import xml_text
from ..model import SalesMap, link_to_dict, node_to_dict, note_to_dict
from ..persistence import atomic_write
from .drawio_fields import to_attributes

POOL_HEADER = 30.0
PLAIN = "whiteSpace=wrap;html=0;"  # html=0: names are text, never markup
STYLES = {
    "stage": f"rounded=1;{PLAIN}fillColor={palette.CARD};strokeColor={palette.CARD_BORDER};fontColor={palette.INK};",
    "decision": f"rhombus;{PLAIN}fillColor={palette.DECISION_FILL};strokeColor={palette.DECISION_BORDER};"
                f"fontColor={palette.INK};",
}
EDGE = "edgeStyle=orthogonalEdgeStyle;rounded=1;html=0;endArrow=block;endFill=1;labelBackgroundColor=#FFFFFF;"


def write(doc: SalesMap, path) -> None:
    atomic_write(path, document(doc))


def document(doc: SalesMap) -> bytes:
    mxfile = Element("mxfile", host="SalesMap Studio", type="device")
    diagram = SubElement(mxfile, "diagram", id="salesmap", name=xml_text(doc.info.title) or "Map")
    model = SubElement(diagram, "mxGraphModel", grid="1", gridSize="10", guides="1", arrows="1", connect="1",
                       page="0", math="0", shadow="0")
    root = SubElement(model, "root")
    info = doc.to_dict()
    map_fields = {key: info[key] for key in ("title", "goal", "language", "start", "phases", "kpis", "funnel",
                                             "lane_height")}
    _cell(root, "0", "", {"smap": "map", **to_attributes(map_fields)}, {})
    SubElement(root, "mxCell", id="1", parent="0")
    origins = _lanes(root, doc)
    for node in doc.nodes():
        _node(root, node, origins)
    for note in doc.notes():
        fields = note_to_dict(note)
        style = f"shape=note;{PLAIN}fillColor={note.color};strokeColor={palette.darker(note.color, 0.6)};"
        _vertex(root, f"note-{note.id}", note.text, "note", fields, style, "1", note.x, note.y, SIZES["note"])
    for link in doc.links():
        _link(root, link, doc.info.language)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(mxfile, encoding="unicode").encode("utf-8")


def _cell(root, cell_id: str, label: str, attributes: dict, cell: dict) -> Element:
    wrapper = SubElement(root, "object", {"id": cell_id, "label": xml_text(label), **attributes})
    return SubElement(wrapper, "mxCell", cell)


def _geometry(cell: Element, x: float, y: float, w: float, h: float) -> None:
    SubElement(cell, "mxGeometry", x=_number(x), y=_number(y), width=_number(w), height=_number(h), **{"as": "geometry"})


def _number(value: float) -> str:
    return repr(round(value, 4) + 0.0)


def _lanes(root, doc: SalesMap) -> dict[str, tuple[str, float, float]]:
    """Draws the pool and its lanes; returns lane id -> (cell id, left, top) for the lanes' nodes."""
    bands = lane_bands(doc)
    if not bands:
        return {}
    left, top = bands[0].shape.rect.x - POOL_HEADER, bands[0].shape.rect.y
    width = bands[0].shape.rect.w + POOL_HEADER
    height = sum(band.shape.rect.h for band in bands)
    pool = _cell(root, "pool", doc.info.title, {"smap": "pool"},
                 {"style": f"swimlane;horizontal=0;startSize={POOL_HEADER:g};html=0;", "vertex": "1", "parent": "1"})
    _geometry(pool, left, top, width, height)
    origins = {}
    for lane, band in zip(doc.lanes(), bands):
        rect = band.shape.rect
        fields = {"id": lane.id, "color": lane.color}
        style = f"swimlane;horizontal=0;startSize=40;html=0;fillColor={lane.color};strokeColor={palette.LANE_LINE};"
        cell = _cell(root, f"lane-{lane.id}", lane.name, {"smap": "lane", **to_attributes(fields)},
                     {"style": style, "vertex": "1", "parent": "pool"})
        _geometry(cell, rect.x - left, rect.y - top, rect.w, rect.h)
        origins[lane.id] = (f"lane-{lane.id}", rect.x, rect.y)
    return origins


def _node(root, node, origins) -> None:
    fields = node_to_dict(node)
    for key in ("kind", "name", "x", "y"):
        fields.pop(key)
    if node.kind == "outcome":
        fill, border, ink = palette.OUTCOME[node.result]
        style = f"rounded=1;arcSize=50;{PLAIN}fillColor={fill};strokeColor={border};fontColor={ink};"
    else:
        style = STYLES[node.kind]
    parent, left, top = origins.get(getattr(node, "owner", None), ("1", 0.0, 0.0))
    _vertex(root, f"node-{node.id}", node.name, node.kind, fields, style, parent,
            node.x - left, node.y - top, SIZES[node.kind])


def _vertex(root, cell_id, label, entity, fields, style, parent, cx, cy, size) -> None:
    cell = _cell(root, cell_id, label, {"smap": entity, **to_attributes(fields)},
                 {"style": style, "vertex": "1", "parent": parent})
    _geometry(cell, cx - size[0] / 2, cy - size[1] / 2, size[0], size[1])


def _link(root, link, language: str) -> None:
    fields = link_to_dict(link)
    color = palette.LINK[link.kind]
    style = f"{EDGE}strokeColor={color};fontColor={color};" + ("dashed=1;" if link.kind == "objection" else "")
    cell = _cell(root, f"link-{link.id}", label_text(link, language), {"smap": "link", **to_attributes(fields)},
                 {"style": style, "edge": "1", "parent": "1",
                  "source": f"node-{link.source}", "target": f"node-{link.target}"})
    SubElement(cell, "mxGeometry", relative="1", **{"as": "geometry"})
