"""The map on a slide as native, editable shapes, drawn from `analysis.geometry` like the PDF:
lane and phase bands with their names, rounded rectangles for stages, diamonds for decisions,
pills for outcomes, sticky notes, connectors glued to the nodes with arrowheads, labels in text boxes.

A tile draws its part of the map: the nodes and notes it holds (each whole), the links between
those, and the bands cut to its window, with the lanes' names in a strip at its left.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from pptx.enum.shapes import MSO_CONNECTOR
from pptx.oxml.ns import qn

from ...analysis.geometry import MapGeometry, Rect
from ...analysis.geometry.text import fit_name
from ...analysis.words import say
from .kit import DIAMOND, RECTANGLE, ROUNDED, Run, box, emu, safe, set_fill, set_line, text_box, write

# Connection points of a rectangle, a rounded rectangle and a diamond, as python-pptx numbers them.
SIDE_INDEX = {"top": 0, "left": 1, "bottom": 2, "right": 3}
LEAST_LINE_PT = 1.25   # a thinner link fades on a projector


@dataclass(frozen=True)
class Placement:
    """Slide point of scene (x, y) = (ox + s·x, oy + s·y): both have y growing downwards."""

    s: float
    ox: float
    oy: float

    def rect(self, r: Rect) -> Rect:
        return Rect(self.ox + self.s * r.x, self.oy + self.s * r.y, self.s * r.w, self.s * r.h)

    @classmethod
    def fitting(cls, bounds: Rect, area: Rect, scale: float) -> "Placement":
        """`bounds` at `scale`, centred across `area` and at its top (a map reads from under its heading)."""
        return cls(scale, area.x + (area.w - bounds.w * scale) / 2 - bounds.x * scale, area.y - bounds.y * scale)


def clipped(r: Rect, window: Rect | None) -> Rect | None:
    if window is None:
        return r
    x, y = max(r.x, window.x), max(r.y, window.y)
    right, bottom = min(r.right, window.right), min(r.bottom, window.bottom)
    return Rect(x, y, right - x, bottom - y) if right > x and bottom > y else None


def _runs(lines, at: Placement, detail_from: int | None = None) -> list[Run]:
    return [Run(line.text, line.size * at.s, line.bold, line.color,
                3.0 * at.s if detail_from is not None and i == detail_from else 0.0)
            for i, line in enumerate(lines)]


def _lane_header(band, window: Rect | None, strip: float) -> tuple[Rect | None, bool]:
    """Where the lane's name goes: its own header, or, on a tile right of it, the strip left of the tile."""
    header = band.header.rect
    if window is None or header.right > window.x + 1.0 or strip <= 0.0:
        return clipped(header, window), False
    pinned = Rect(window.x - strip, header.y, strip, header.h)
    return clipped(pinned, Rect(pinned.x, window.y, strip, window.h)), True


def _bands(slide, geometry: MapGeometry, at: Placement, window: Rect | None, strip: float) -> None:
    for band in [*geometry.lanes, *geometry.phases]:
        area = clipped(band.shape.rect, window)
        if area is None:
            continue
        lane = band.kind == "lane"
        shape = band.shape
        box(slide, RECTANGLE if lane else ROUNDED, at.rect(area), shape.fill, shape.stroke,
            max(shape.stroke_width * at.s, 0.75), dash=bool(shape.dash), name=band.lines[0].text if band.lines else "")
        header, pinned = _lane_header(band, window, strip) if lane else (clipped(band.header.rect, window), False)
        if header is None:
            continue
        named = box(slide, RECTANGLE if lane else ROUNDED, at.rect(header), band.header.fill)
        if not lane:
            named.adjustments[0] = min(0.5, band.header.radius / max(band.header.rect.h, 1.0))
        runs = _runs(band.lines, at)
        if pinned and runs:   # narrower than the header it stands for: wrapped again, smaller if need be
            name = " ".join(line.text for line in band.lines)
            lines, size = fit_name(name, (header.w - 4.0) * at.s - 12.0, runs[0].size, True, 3)
            runs = [Run("\n".join(lines), size, True, runs[0].color)]
        inset = (band.lines[0].x - band.header.rect.x) * at.s if lane and band.lines else 2.0
        write(named, runs, "left" if lane else "centre", "middle", min(inset, 6.0) if pinned else inset,
              wrap=False)


def _node(slide, node, name: str, at: Placement, language: str):
    shape = node.shape
    kind = {"stage": ROUNDED, "decision": DIAMOND, "outcome": ROUNDED}[node.kind]
    drawn = box(slide, kind, at.rect(node.box), shape.fill, shape.stroke, shape.stroke_width * at.s, name=name)
    if node.kind != "decision":
        drawn.adjustments[0] = min(0.5, shape.radius / min(node.box.w, node.box.h))
    stage = node.kind == "stage"
    inset = (node.lines[0].x - node.box.x) * at.s if stage and node.lines else 2.0
    write(drawn, _runs(node.lines, at, node.detail_from), "left" if stage else "centre", "middle", inset, wrap=False)
    for accent in node.accents:   # the owner's colour stripe
        stripe = box(slide, ROUNDED, at.rect(accent.rect), accent.fill, name=say("owner", language))
        stripe.adjustments[0] = 0.5
    return drawn


def _note(slide, note, at: Placement, language: str) -> None:
    shape = note.shape
    drawn = box(slide, ROUNDED, at.rect(note.box), shape.fill, shape.stroke, shape.stroke_width * at.s,
                name=note.lines[0].text if note.lines else say("deck-shape-note", language))
    drawn.adjustments[0] = shape.radius / note.box.h
    inset = (note.lines[0].x - note.box.x) * at.s if note.lines else 4.0
    write(drawn, _runs(note.lines, at), "left", "top", inset, wrap=False)


def _side(point, r: Rect) -> str:
    """The side of `r` the point lies on (nearest edge)."""
    x, y = point
    gaps = {"top": abs(y - r.y), "bottom": abs(y - r.bottom), "left": abs(x - r.x), "right": abs(x - r.right)}
    return min(gaps, key=gaps.get)


def _connector_kind(link, out_side: str, in_side: str):
    # An objection arc or a loop: Impress routes a curve between two sites on one side as an arc over
    # the row; PowerPoint draws the stored curve until one of its shapes is moved, then routes it so too.
    if out_side == in_side:
        return MSO_CONNECTOR.CURVE
    straight = abs(link.start[1] - link.arrow[0][1]) < 1.0 or abs(link.start[0] - link.arrow[0][0]) < 1.0
    return MSO_CONNECTOR.STRAIGHT if straight or out_side in ("top", "bottom") else MSO_CONNECTOR.ELBOW


def arrowhead(line) -> None:
    """A filled arrowhead at the connector's end: python-pptx has no call for it, so into the XML it goes."""
    ln = line._get_or_add_ln()
    tail = etree.SubElement(ln, qn("a:tailEnd"))
    tail.set("type", "triangle")
    tail.set("w", "med")
    tail.set("len", "med")


def _connector(slide, link, source, target, source_box: Rect, target_box: Rect, at: Placement, language: str):
    out_side, in_side = _side(link.start, source_box), _side(link.arrow[0], target_box)
    connector = slide.shapes.add_connector(_connector_kind(link, out_side, in_side), 0, 0, 0, 0)
    connector.begin_connect(source, SIDE_INDEX[out_side])
    connector.end_connect(target, SIDE_INDEX[in_side])
    set_line(connector.line, link.color, max(link.width * at.s, LEAST_LINE_PT), dash=bool(link.dash))
    arrowhead(connector.line)
    connector.name = say("deck-shape-link", language, kind=say(link.kind, language))
    return connector


def _label(slide, label, at: Placement, language: str):
    background = label.background
    drawn = text_box(slide, at.rect(background.rect), _runs(label.lines, at), "centre", "middle",
                      name=say("deck-shape-label", language))
    set_fill(drawn, background.fill)
    set_line(drawn.line, background.stroke, background.stroke_width * at.s)
    drawn.text_frame.word_wrap = False
    drawn.text_frame.margin_left = drawn.text_frame.margin_right = 0
    drawn.text_frame.margin_top = drawn.text_frame.margin_bottom = 0
    return drawn


def _edge_towards(start, end, window: Rect) -> tuple[float, float]:
    """Where the straight way from `start` (inside `window`) to `end` leaves the window."""
    (x, y), (dx, dy) = start, (end[0] - start[0], end[1] - start[1])
    reach = [1.0]
    for delta, low, high, at in ((dx, window.x, window.right, x), (dy, window.y, window.bottom, y)):
        if delta:
            reach.append(((high if delta > 0 else low) - at) / delta)
    t = max(0.0, min(reach))
    return (x + t * dx, y + t * dy)


def _continuation(slide, link, present, present_box: Rect, outgoing: bool, far_box: Rect, far_tile: str,
                  window: Rect, at: Placement, language: str) -> list:
    """A link whose other end lies on another tile: an arrow from (or to) the node here that stops at
    the tile's edge, towards that end, with the other tile's name there ("B2")."""
    side = _side(link.start if outgoing else link.arrow[0], present_box)
    x, y = _edge_towards(present_box.center, far_box.center, window)
    far = (emu(at.ox + at.s * x), emu(at.oy + at.s * y))
    connector = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, *(((0, 0) + far) if outgoing else (far + (0, 0))))
    (connector.begin_connect if outgoing else connector.end_connect)(present, SIDE_INDEX[side])
    set_line(connector.line, link.color, max(link.width * at.s, LEAST_LINE_PT), dash=bool(link.dash))
    arrowhead(connector.line)
    connector.name = say("deck-shape-link-away", language, kind=say(link.kind, language), tile=far_tile)
    w, h = 30.0, 18.0
    tag = text_box(slide, Rect(at.ox + at.s * x - w / 2, at.oy + at.s * y - h / 2, w, h),
                   [Run(far_tile, 11.0, True, link.color)], "centre", "middle",
                   name=say("deck-shape-tile", language, name=far_tile))
    set_fill(tag, "#FFFFFF")
    set_line(tag.line, link.color, 1.0)
    tag.text_frame.word_wrap = False
    return connector, tag


def _links(slide, doc, geometry: MapGeometry, shapes: dict, at: Placement, window: Rect | None, home: dict,
           language: str):
    """The links between the nodes drawn (glued at both ends), and on a tile those that leave it;
    what goes under the nodes and what over them (the other tiles' names)."""
    drawn, tags = [], []
    for link_id, link in geometry.links.items():
        ends = doc.link(link_id)
        source, target = ends.source in shapes, ends.target in shapes
        if source and target:
            drawn.append(_connector(slide, link, shapes[ends.source], shapes[ends.target],
                                    geometry.nodes[ends.source].box, geometry.nodes[ends.target].box, at, language))
            if link.label is not None:
                drawn.append(_label(slide, link.label, at, language))
        elif (source or target) and window is not None:
            here, there = (ends.source, ends.target) if source else (ends.target, ends.source)
            connector, tag = _continuation(slide, link, shapes[here], geometry.nodes[here].box, source,
                                           geometry.nodes[there].box, home.get(there, "?"), window, at, language)
            drawn.append(connector)
            tags.append(tag)
    return drawn, tags


def draw_map(slide, doc, geometry: MapGeometry, at: Placement, window: Rect | None = None,
             items: frozenset | None = None, strip: float = 0.0, home: dict | None = None) -> dict:
    """Draws the map, or a tile: its part in `window` with the nodes and notes in `items`, the lanes'
    names in a `strip` (scene units) left of it, and links to nodes on other tiles (`home`: node id →
    the tile it is on). Returns the node shapes by node id."""
    _bands(slide, geometry, at, window, strip)
    language = doc.info.language   # shape names as PowerPoint's selection pane lists them
    tree = slide.shapes._spTree
    first_node = len(tree)
    shapes = {}
    for node_id, node in geometry.nodes.items():
        if items is None or node_id in items:
            shapes[node_id] = _node(slide, node, safe(doc.node(node_id).name), at, language)
    for note_id, note in geometry.notes.items():
        if items is None or note_id in items:
            _note(slide, note, at, language)
    under, _ = _links(slide, doc, geometry, shapes, at, window, home or {}, language)
    for offset, shape in enumerate(under):
        tree.insert(first_node + offset, shape._element)   # links run under the nodes, as on the canvas
    return shapes
