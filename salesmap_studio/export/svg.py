"""The map as SVG, written from the geometry: real <text> elements (searchable, editable
in Inkscape), a viewBox in scene units, and the map's title. No Qt."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ..analysis.geometry import MapGeometry, map_geometry
from ..analysis.geometry.palette import rgba
from ..analysis.safe_text import xml_text
from ..persistence import atomic_write
from .progress import Progress, map_items

SVG_NS = "http://www.w3.org/2000/svg"
PADDING = 20.0
FONT = "'DejaVu Sans', Verdana, sans-serif"


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _paint(attrs: dict, key: str, color: str) -> None:
    """fill/stroke as #RRGGBB plus an opacity when the colour has alpha."""
    if not color:
        attrs[key] = "none"
        return
    attrs[key] = color[:7]
    alpha = rgba(color)[3]
    if alpha < 1.0:
        attrs[f"{key}-opacity"] = _num(alpha)


def _shape(parent, shape) -> None:
    attrs: dict[str, str] = {}
    _paint(attrs, "fill", shape.fill)
    _paint(attrs, "stroke", shape.stroke)
    if shape.stroke:
        attrs["stroke-width"] = _num(shape.stroke_width)
    if shape.dash:
        attrs["stroke-dasharray"] = " ".join(_num(d) for d in shape.dash)
    if shape.points:
        attrs["points"] = " ".join(f"{_num(x)},{_num(y)}" for x, y in shape.points)
        ET.SubElement(parent, "polygon", attrs)
        return
    r = shape.rect
    attrs.update(x=_num(r.x), y=_num(r.y), width=_num(r.w), height=_num(r.h))
    if shape.radius:
        attrs["rx"] = attrs["ry"] = _num(min(shape.radius, r.w / 2, r.h / 2))
    ET.SubElement(parent, "rect", attrs)


def _lines(parent, lines, fit: bool = False) -> None:
    for line in lines:
        attrs = {"x": _num(line.x), "y": _num(line.y), "font-size": _num(line.size)}
        if fit and line.width > 0:   # another font than the measuring one still fills the measured width
            attrs.update(textLength=_num(line.width), lengthAdjust="spacingAndGlyphs")
        if line.bold:
            attrs["font-weight"] = "bold"
        _paint(attrs, "fill", line.color)
        ET.SubElement(parent, "text", attrs).text = xml_text(line.text)


def _link(parent, link) -> None:
    d = [f"M{_num(link.start[0])},{_num(link.start[1])}"]
    d += ["C" + " ".join(_num(v) for v in segment) for segment in link.segments]
    attrs = {"d": " ".join(d), "fill": "none", "stroke-width": _num(link.width), "stroke-linecap": "round"}
    _paint(attrs, "stroke", link.color)
    if link.dash:
        attrs["stroke-dasharray"] = " ".join(_num(v) for v in link.dash)
    ET.SubElement(parent, "path", attrs)
    arrow = {"points": " ".join(f"{_num(x)},{_num(y)}" for x, y in link.arrow)}
    _paint(arrow, "fill", link.color)
    ET.SubElement(parent, "polygon", arrow)


def _group(root, name: str):
    return ET.SubElement(root, "g", {"id": name})


def svg_document(geometry: MapGeometry, title: str, transparent: bool = False,
                 tick=lambda items: None, node_attrs=None) -> ET.Element:
    """The map as an <svg> element. `node_attrs(node_geometry)`, when given, puts each node in a
    <g> of its own with those attributes, and every text line keeps its measured width (the web
    page: clickable nodes, read in whatever font the browser has)."""
    b = geometry.bounds.adjusted(PADDING)
    root = ET.Element("svg", {"xmlns": SVG_NS, "version": "1.1", "width": _num(b.w), "height": _num(b.h),
                              "viewBox": f"{_num(b.x)} {_num(b.y)} {_num(b.w)} {_num(b.h)}",
                              "font-family": FONT})
    ET.SubElement(root, "title").text = xml_text(title)
    if not transparent:
        ET.SubElement(root, "rect", {"x": _num(b.x), "y": _num(b.y), "width": _num(b.w), "height": _num(b.h),
                                     "fill": "#FFFFFF"})
    fit = node_attrs is not None
    bands = _group(root, "bands")
    for band in [*geometry.lanes, *geometry.phases]:
        _shape(bands, band.shape)
        _shape(bands, band.header)
        _lines(bands, band.lines, fit)
    links = _group(root, "links")
    for link in geometry.links.values():
        _link(links, link)
    for link in geometry.links.values():
        if link.label is not None:
            _shape(links, link.label.background)
            _lines(links, link.label.lines, fit)
    tick(len(geometry.links))
    _items(_group(root, "nodes"), geometry.nodes.values(), tick, node_attrs)
    _items(_group(root, "notes"), geometry.notes.values(), tick, None, fit)
    return root


def _items(group, items, tick, attrs=None, fit: bool = False) -> None:
    for item in items:
        tick(1)
        parent = group if attrs is None else ET.SubElement(group, "g", attrs(item))
        for shape in (item.shadow, item.shape, *getattr(item, "accents", ())):
            if shape is not None:
                _shape(parent, shape)
        _lines(parent, item.lines, fit or attrs is not None)


def render_svg(doc, transparent: bool = False, progress: Progress | None = None) -> bytes:
    progress = progress or Progress()
    progress.plan(2 * map_items(doc))
    geometry = map_geometry(doc, progress.tick)
    root = svg_document(geometry, doc.info.title or "Sales process map", transparent, progress.tick)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def export_svg(doc, path: str | Path, transparent: bool = False, progress: Progress | None = None) -> None:
    atomic_write(path, render_svg(doc, transparent, progress))
