"""The map as SVG, written from the geometry: real <text> elements (searchable, editable
in Inkscape), a viewBox in scene units, and the map's title. No Qt."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ..analysis.geometry import MapGeometry, map_geometry
from ..analysis.geometry.palette import rgba
from ..analysis.safe_text import xml_text
from ..persistence import atomic_write

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


def _lines(parent, lines) -> None:
    for line in lines:
        attrs = {"x": _num(line.x), "y": _num(line.y), "font-size": _num(line.size)}
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


def svg_document(geometry: MapGeometry, title: str, transparent: bool = False) -> ET.Element:
    b = geometry.bounds.adjusted(PADDING)
    root = ET.Element("svg", {"xmlns": SVG_NS, "version": "1.1", "width": _num(b.w), "height": _num(b.h),
                              "viewBox": f"{_num(b.x)} {_num(b.y)} {_num(b.w)} {_num(b.h)}",
                              "font-family": FONT})
    ET.SubElement(root, "title").text = xml_text(title)
    if not transparent:
        ET.SubElement(root, "rect", {"x": _num(b.x), "y": _num(b.y), "width": _num(b.w), "height": _num(b.h),
                                     "fill": "#FFFFFF"})
    bands = _group(root, "bands")
    for band in [*geometry.lanes, *geometry.phases]:
        _shape(bands, band.shape)
        _shape(bands, band.header)
        _lines(bands, band.lines)
    links = _group(root, "links")
    for link in geometry.links.values():
        _link(links, link)
    for link in geometry.links.values():
        if link.label is not None:
            _shape(links, link.label.background)
            _lines(links, link.label.lines)
    for name, items in (("nodes", geometry.nodes.values()), ("notes", geometry.notes.values())):
        group = _group(root, name)
        for item in items:
            for shape in (item.shadow, item.shape, *getattr(item, "accents", ())):
                if shape is not None:
                    _shape(group, shape)
            _lines(group, item.lines)
    return root


def render_svg(doc, transparent: bool = False) -> bytes:
    root = svg_document(map_geometry(doc), doc.info.title or "Sales process map", transparent)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def export_svg(doc, path: str | Path, transparent: bool = False) -> None:
    atomic_write(path, render_svg(doc, transparent))
