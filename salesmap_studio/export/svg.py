"""The map as SVG, written from the geometry: real <text> elements (searchable, editable
in Inkscape), a viewBox in scene units, and the map's title. No Qt."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator

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
        if line.condensed:
            attrs["font-stretch"] = "condensed"
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


def svg_document(geometry: MapGeometry, title: str, transparent: bool = False,
                 tick=lambda items: None, node_attrs=None) -> ET.Element:
    """The map as an <svg> element. `node_attrs(node_geometry)`, when given, puts each node in a
    <g> of its own with those attributes, and every text line keeps its measured width (the web
    page: clickable nodes, read in whatever font the browser has)."""
    root = ET.Element("svg", _root_attrs(geometry))
    groups: dict[str, ET.Element] = {}
    for group, element in _parts(geometry, title, transparent, tick, node_attrs):
        if group is not None and group not in groups:
            groups[group] = ET.SubElement(root, "g", {"id": group})
        if element is not None:
            (root if group is None else groups[group]).append(element)
    return root


def _root_attrs(geometry: MapGeometry) -> dict[str, str]:
    b = geometry.bounds.adjusted(PADDING)
    return {"xmlns": SVG_NS, "version": "1.1", "width": _num(b.w), "height": _num(b.h),
            "viewBox": f"{_num(b.x)} {_num(b.y)} {_num(b.w)} {_num(b.h)}", "font-family": FONT}


def _parts(geometry: MapGeometry, title: str, transparent: bool, tick, node_attrs) -> Iterator[tuple]:
    """The drawing in document order, one small element at a time: (group, element), where group is
    None for a child of <svg> itself, and a group is first named with element None (an empty one is
    still written)."""
    heading = ET.Element("title")
    heading.text = xml_text(title)
    yield None, heading
    if not transparent:
        b = geometry.bounds.adjusted(PADDING)
        yield None, ET.Element("rect", {"x": _num(b.x), "y": _num(b.y), "width": _num(b.w), "height": _num(b.h),
                                        "fill": "#FFFFFF"})
    fit, held = node_attrs is not None, ET.Element("g")
    yield "bands", None
    for band in [*geometry.lanes, *geometry.phases]:
        _shape(held, band.shape)
        _shape(held, band.header)
        _lines(held, band.lines, fit)
        yield from _taken("bands", held)
    yield "links", None
    for link in geometry.links.values():
        _link(held, link)
        yield from _taken("links", held)
    for link in geometry.links.values():
        if link.label is not None:
            _shape(held, link.label.background)
            _lines(held, link.label.lines, fit)
            yield from _taken("links", held)
    tick(len(geometry.links))
    for group, items, attrs in (("nodes", geometry.nodes, node_attrs), ("notes", geometry.notes, None)):
        yield group, None
        for item in items.values():
            tick(1)
            parent = held if attrs is None else ET.SubElement(held, "g", attrs(item))
            for shape in (item.shadow, item.shape, *getattr(item, "accents", ())):
                if shape is not None:
                    _shape(parent, shape)
            _lines(parent, item.lines, fit)
            yield from _taken(group, held)


def _taken(group: str, held: ET.Element) -> Iterator[tuple]:
    """The elements drawn into `held`, handed on and let go of."""
    elements = list(held)
    held.clear()
    for element in elements:
        yield group, element


def _written(geometry: MapGeometry, title: str, transparent: bool, tick) -> Iterator[bytes]:
    """The SVG file, written as its elements are drawn: the same bytes as indenting the whole tree of
    `svg_document` with one space and serialising it, without holding the tree (the largest map's took
    hundreds of megabytes)."""
    yield b"<?xml version='1.0' encoding='utf-8'?>\n" + _start_tag(ET.Element("svg", _root_attrs(geometry)))
    group, children = None, 0
    for name, element in _parts(geometry, title, transparent, tick, None):
        if name != group:
            if group is not None:
                yield _end_group(group, children)
            group, children = name, 0
        if element is None:
            continue
        if group is not None and not children:
            yield b"\n " + _start_tag(ET.Element("g", {"id": group}))
        level = 1 if group is None else 2
        ET.indent(element, space=" ", level=level)
        yield ("\n" + " " * level + ET.tostring(element, encoding="unicode")).encode()
        children += 1
    if group is not None:
        yield _end_group(group, children)
    yield b"\n</svg>\n"


def _start_tag(element: ET.Element) -> bytes:
    return ET.tostring(element, encoding="unicode").removesuffix(" />").encode() + b">"


def _end_group(group: str, children: int) -> bytes:
    if children:
        return b"\n </g>"
    return b"\n " + ET.tostring(ET.Element("g", {"id": group}), encoding="unicode").encode()


def render_svg(doc, transparent: bool = False, progress: Progress | None = None) -> bytes:
    return b"".join(_chunks(doc, transparent, progress))


def export_svg(doc, path: str | Path, transparent: bool = False, progress: Progress | None = None) -> None:
    atomic_write(path, _chunks(doc, transparent, progress))


def _chunks(doc, transparent: bool, progress: Progress | None) -> Iterator[bytes]:
    progress = progress or Progress()
    progress.plan(2 * map_items(doc))
    geometry = map_geometry(doc, progress.tick)
    return _written(geometry, doc.info.title or "Sales process map", transparent, progress.tick)
