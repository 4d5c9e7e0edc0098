"""The diagram interchange of the BPMN export: where each element is drawn, from the map's geometry.

Shapes take the map's boxes (an event is a circle as high as the outcome's pill, its name
below it, as BPMN tools draw event names); edges follow the map's link curves as
polylines; lanes are the map's lane bands inside a pool whose 30-unit header holds the
participant's name; the start event sits left of the map's start.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement

from ..analysis.geometry import Rect, map_geometry, union
from ..model import SalesMap

START_ID, PROCESS_ID, COLLABORATION_ID, PARTICIPANT_ID = "start", "process", "collaboration", "participant"
POOL_HEADER = 30.0
EVENT_SIZE = 36.0
START_GAP = 60.0      # from the start event's right edge to the start node
LABEL_HEIGHT = 28.0
MARGIN = 40.0
FLATNESS = 2.0        # control points this close to the chord: the segment is drawn straight


def element_id(prefix: str, entity_id: str) -> str:
    """A BPMN id (an XML NCName) for a map id, which may start with a digit, '.' or '-'."""
    return f"{prefix}_{entity_id}"


def diagram(doc: SalesMap) -> Element:
    geometry = map_geometry(doc)
    root = Element("bpmndi:BPMNDiagram", id="diagram")
    plane = SubElement(root, "bpmndi:BPMNPlane", id="plane", bpmnElement=COLLABORATION_ID)
    start = _start_box(doc, geometry)
    pool = _pool(doc, geometry, start)
    _shape(plane, PARTICIPANT_ID, pool, horizontal=True)
    inner_left = pool.x + POOL_HEADER
    for lane, band in zip(doc.lanes(), geometry.lanes):
        rect = band.shape.rect
        _shape(plane, element_id("lane", lane.id), Rect(inner_left, rect.y, pool.right - inner_left, rect.h),
               horizontal=True)
    for node in doc.nodes():
        box = geometry.nodes[node.id].box
        if node.kind == "outcome":
            side = min(box.w, box.h)
            circle = Rect(box.center[0] - side / 2, box.center[1] - side / 2, side, side)
            _shape(plane, element_id("node", node.id), circle, label=_label_below(circle, box.w))
        elif node.kind == "decision":
            _shape(plane, element_id("node", node.id), box, label=_label_below(box, box.w))
        else:
            _shape(plane, element_id("node", node.id), box)
    if start is not None:
        _shape(plane, START_ID, start)
        target, begin = geometry.nodes[doc.start].box, (start.right, start.center[1])
        end = _on_circle(target, begin) if doc.node(doc.start).kind == "outcome" else (target.x, target.center[1])
        _edge(plane, element_id("flow", START_ID), [begin, end])
    for link in doc.links():
        shape = geometry.links[link.id]
        label = shape.label.background.rect if shape.label is not None else None
        points = waypoints(shape)
        if doc.node(link.source).kind == "outcome":
            points[0] = _on_circle(geometry.nodes[link.source].box, points[1])
        if doc.node(link.target).kind == "outcome":
            points[-1] = _on_circle(geometry.nodes[link.target].box, points[-2])
        _edge(plane, element_id("flow", link.id), points, label)
    for note in doc.notes():
        _shape(plane, element_id("note", note.id), geometry.notes[note.id].box)
    return root


def _start_box(doc: SalesMap, geometry) -> Rect | None:
    if doc.start is None:
        return None
    box = geometry.nodes[doc.start].box
    return Rect(box.x - START_GAP - EVENT_SIZE, box.center[1] - EVENT_SIZE / 2, EVENT_SIZE, EVENT_SIZE)


def _pool(doc: SalesMap, geometry, start: Rect | None) -> Rect:
    """The participant's rectangle: the lane bands (or everything drawn) and the start event, with its header."""
    if geometry.lanes:
        inside = union(band.shape.rect for band in geometry.lanes)
    else:
        drawn = [g.box for g in geometry.nodes.values()] + [g.bounds for g in geometry.links.values()]
        inside = (union(drawn) or Rect(0.0, 0.0, 400.0, 200.0)).adjusted(MARGIN)
    if start is not None and start.x - MARGIN < inside.x:
        inside = inside.united(Rect(start.x - MARGIN, inside.y, 1.0, inside.h))
    return Rect(inside.x - POOL_HEADER, inside.y, inside.w + POOL_HEADER, inside.h)


def _on_circle(box: Rect, toward: tuple[float, float]) -> tuple[float, float]:
    """Where a line from `toward` to the centre of an outcome's box meets the event circle drawn there
    (the map's line ends at the wider pill)."""
    (cx, cy), radius = box.center, min(box.w, box.h) / 2
    dx, dy = toward[0] - cx, toward[1] - cy
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    return (cx + radius * dx / length, cy + radius * dy / length)


def _label_below(shape: Rect, width: float) -> Rect:
    return Rect(shape.center[0] - width / 2, shape.bottom + 4.0, width, LABEL_HEIGHT)


def _bounds(parent: Element, tag: str, rect: Rect) -> None:
    SubElement(parent, tag, x=_number(rect.x), y=_number(rect.y), width=_number(rect.w), height=_number(rect.h))


def _shape(plane: Element, element: str, rect: Rect, horizontal: bool = False, label: Rect | None = None) -> None:
    attributes = {"id": f"{element}_di", "bpmnElement": element}
    if horizontal:
        attributes["isHorizontal"] = "true"
    shape = SubElement(plane, "bpmndi:BPMNShape", attributes)
    _bounds(shape, "dc:Bounds", rect)
    if label is not None:
        _bounds(SubElement(shape, "bpmndi:BPMNLabel"), "dc:Bounds", label)


def _edge(plane: Element, element: str, points: list[tuple[float, float]], label: Rect | None = None) -> None:
    edge = SubElement(plane, "bpmndi:BPMNEdge", id=f"{element}_di", bpmnElement=element)
    for x, y in points:
        SubElement(edge, "di:waypoint", x=_number(x), y=_number(y))
    if label is not None:
        _bounds(SubElement(edge, "bpmndi:BPMNLabel"), "dc:Bounds", label)


def waypoints(shape) -> list[tuple[float, float]]:
    """The link's curve as a polyline: each straight segment's end and points along each bent one,
    ending at the arrow's tip (BPMN tools draw their own arrowhead there)."""
    points = [shape.start]
    for c1x, c1y, c2x, c2y, x, y in shape.segments:
        x0, y0 = points[-1]
        if max(_off_chord((x0, y0), (x, y), c) for c in ((c1x, c1y), (c2x, c2y))) > FLATNESS:
            points += [_cubic((x0, y0), (c1x, c1y), (c2x, c2y), (x, y), t / 8) for t in range(1, 8)]
        points.append((x, y))
    if shape.arrow:
        points[max(len(points) - 1, 1):] = [shape.arrow[0]]   # in place of the curve's end, never of its start
    return points


def _off_chord(a, b, c) -> float:
    """How far point c lies from the line through a and b (from a, when a and b coincide)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = (dx * dx + dy * dy) ** 0.5
    if length < 1e-9:
        return ((c[0] - a[0]) ** 2 + (c[1] - a[1]) ** 2) ** 0.5
    return abs(dx * (c[1] - a[1]) - dy * (c[0] - a[0])) / length


def _cubic(p0, p1, p2, p3, t: float) -> tuple[float, float]:
    u = 1 - t
    return tuple(u * u * u * p0[i] + 3 * u * u * t * p1[i] + 3 * u * t * t * p2[i] + t * t * t * p3[i] for i in (0, 1))


def _number(value: float) -> str:
    return repr(round(value, 2) + 0.0)
