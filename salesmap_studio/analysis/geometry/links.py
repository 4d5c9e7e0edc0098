"""Link curves: box edge to box edge, arrowheads, fanned siblings, loops, objection arcs, labels."""

from __future__ import annotations

import math

from ..words import say
from . import palette
from .primitives import Label, LinkGeometry, Rect, Shape, TextLine, union
from .shapes import LINE_GAP, ASCENT
from .text import text_width, wrap

ARROW_LEN, ARROW_HALF = 11.0, 5.5
FAN_STEP = 18.0
LABEL_SIZE = 12.0
LABEL_MAX_W = 170.0
LABEL_PAD_X, LABEL_PAD_Y = 6.0, 3.0
WIDTH = {"flow": 1.6, "yes": 1.8, "no": 1.8, "objection": 1.6}
IN_GAP = 2 * ARROW_LEN  # a route's point this far beside a box is in the gap beside its column (`_facing`)
AGAINST_FLOW_CLEAR = 24.0  # from a side's middle: two arrowheads' width and a gap the room sees from the back
NORMALS = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "top": (0.0, -1.0), "bottom": (0.0, 1.0)}


def label_text(link, language: str) -> str:
    """'Yes', 'Nein · 30 %', the objection text …: what the link's label says."""
    parts = [say(link.kind, language)] if link.kind in ("yes", "no") else []
    if link.label.strip():
        parts.append(link.label.strip())
    if link.share is not None:
        parts.append(f"{round(link.share * 100):d} %")
    return " · ".join(parts)


def border_point(box: Rect, kind: str, side: str, offset: float) -> tuple[float, float]:
    """The point on the node's outline on `side`, `offset` along that side from its middle."""
    cx, cy = box.center
    horizontal = side in ("left", "right")
    half_along, half_across = (box.h / 2, box.w / 2) if horizontal else (box.w / 2, box.h / 2)
    offset = max(-0.8 * half_along, min(0.8 * half_along, offset))
    depth = half_across
    if kind == "decision":
        depth = half_across * (1 - abs(offset) / half_along)
    elif kind == "outcome":
        r = box.h / 2
        straight = half_along - r if not horizontal else 0.0
        over = abs(offset) - straight
        depth = half_across - r + math.sqrt(max(r * r - over * over, 0.0)) if over > 0 else half_across
    nx, ny = NORMALS[side]
    if horizontal:
        return (cx + nx * depth, cy + offset)
    return (cx + offset, cy + ny * depth)


def _arrow(tip, direction) -> tuple[tuple[float, float], ...]:
    dx, dy = direction
    bx, by = tip[0] - dx * ARROW_LEN, tip[1] - dy * ARROW_LEN
    return (tip, (bx - dy * ARROW_HALF, by + dx * ARROW_HALF), (bx + dy * ARROW_HALF, by - dx * ARROW_HALF))


def _sides(src: Rect, dst: Rect) -> tuple[str, str]:
    """Leave and enter through the sides that face each other (left-to-right flow first)."""
    if dst.x - src.right >= 20.0:
        return "right", "left"
    if src.x - dst.right >= 20.0:
        return "left", "right"
    return ("bottom", "top") if dst.center[1] >= src.center[1] else ("top", "bottom")


def _flow_curve(src, src_kind, dst, dst_kind, fan: float):
    out_side, in_side = _sides(src, dst)
    start = border_point(src, src_kind, out_side, fan)
    tip = border_point(dst, dst_kind, in_side, fan)
    (sx, sy), (tx, ty) = NORMALS[out_side], NORMALS[in_side]
    base = (tip[0] + tx * ARROW_LEN, tip[1] + ty * ARROW_LEN)
    span = abs(base[0] - start[0]) if out_side in ("left", "right") else abs(base[1] - start[1])
    reach = max(30.0, 0.45 * span)
    segment = (start[0] + sx * reach, start[1] + sy * reach, base[0] + tx * reach, base[1] + ty * reach, *base)
    return start, (segment,), tip, (-tx, -ty)


def _facing(box: Rect, point) -> str:
    """The side of `box` a route towards `point` leaves or arrives through: left or right unless the point
    is above or below. The boxes of a column stand close above and below each other (a pill 20 px under a
    stage), the columns apart across the gaps the routes run in; so a point in a gap, beyond a corner too,
    is reached through the side that faces the gap, not through the narrow space beside a neighbour."""
    cx, cy = box.center
    dx, dy = point[0] - cx, point[1] - cy
    beyond_side, beyond_end = abs(dx) - box.w / 2, abs(dy) - box.h / 2
    if beyond_side >= IN_GAP or beyond_side >= beyond_end:
        return "right" if dx > 0 else "left"
    return "bottom" if dy > 0 else "top"


def _border_towards(box: Rect, kind: str, point, against: str) -> tuple[str, tuple[float, float]]:
    """Where a route towards `point` meets the box. Through the `against` side it runs against the flow
    (an arrow in on the right, a line out on the left): there it keeps AGAINST_FLOW_CLEAR from the side's
    middle, where the links from and to the next column meet it, so an arrow in never lands on a line out."""
    side = _facing(box, point)
    offset = point[1] - box.center[1] if side in ("left", "right") else point[0] - box.center[0]
    if side == against and abs(offset) < AGAINST_FLOW_CLEAR:
        offset = AGAINST_FLOW_CLEAR if offset > 0.5 else -AGAINST_FLOW_CLEAR   # level: above, as loops run
    return side, border_point(box, kind, side, offset)


def _routed_curve(src, src_kind, dst, dst_kind, points):
    """Through the bend points in order: straight where they line up, smooth turns between."""
    out_side, start = _border_towards(src, src_kind, points[0], "left")
    in_side, tip = _border_towards(dst, dst_kind, points[-1], "right")
    (tx, ty) = NORMALS[in_side]
    base = (tip[0] + tx * ARROW_LEN, tip[1] + ty * ARROW_LEN)
    stops = [start, *points, base]
    heads = [NORMALS[out_side]] + [None] * len(points) + [(-tx, -ty)]
    segments = []
    for i in range(len(stops) - 1):
        (ax, ay), (bx, by) = stops[i], stops[i + 1]
        da = heads[i] or _along(ax, ay, bx, by)
        db = heads[i + 1] or _along(ax, ay, bx, by)
        # Each handle reaches half the leg's run along its own direction, no further: the curve then
        # runs one way in x and in y, inside the box its two stops span (a steep leg with handles of
        # half its height swung out of its gap, past the boxes beside it and across other links).
        ra, rb = _half_run(ax, ay, bx, by, da), _half_run(ax, ay, bx, by, db)
        segments.append((ax + da[0] * ra, ay + da[1] * ra, bx - db[0] * rb, by - db[1] * rb, bx, by))
    return start, tuple(segments), tip, (-tx, -ty)


def _half_run(ax, ay, bx, by, direction) -> float:
    return 0.5 * max(0.0, (bx - ax) * direction[0] + (by - ay) * direction[1])


def _along(ax, ay, bx, by) -> tuple[float, float]:
    """The direction a route passes a bend point in: across the columns (left/right) unless it runs upright."""
    if bx != ax:
        return (1.0 if bx >= ax else -1.0, 0.0)
    return (0.0, 1.0 if by >= ay else -1.0)


def _objection_curve(src, src_kind, dst, dst_kind, rank: int):
    """An arc above the row (odd siblings below) from the source back to the target. Its ends sit
    AGAINST_FLOW_CLEAR from the middles towards each other: where arcs chain (C back to B, B back to A),
    the one arriving at B and the one leaving it meet B's top apart, not at one point."""
    side = "top" if rank % 2 == 0 else "bottom"
    sign = -1.0 if side == "top" else 1.0
    toward = (dst.center[0] > src.center[0]) - (dst.center[0] < src.center[0])   # -1: the target is left
    start = border_point(src, src_kind, side, toward * AGAINST_FLOW_CLEAR)
    tip = border_point(dst, dst_kind, side, -toward * AGAINST_FLOW_CLEAR)
    rise = min(50.0 + 0.12 * abs(tip[0] - start[0]), 170.0) * (1 + 0.7 * (rank // 2))
    edge = min(start[1], tip[1]) if side == "top" else max(start[1], tip[1])
    apex = edge + sign * rise
    base = (tip[0], tip[1] + sign * ARROW_LEN)
    return start, ((start[0], apex, base[0], apex, *base),), tip, (0.0, -sign)


def _loop_curve(box, kind, rank: int):
    """A loop from the node's top back into its right side; later loops grow outwards."""
    size = 42.0 + 24.0 * rank
    start = border_point(box, kind, "top", box.w * 0.22)
    tip = border_point(box, kind, "right", -box.h * 0.22)
    base = (tip[0] + ARROW_LEN, tip[1])
    segment = (start[0], start[1] - size, base[0] + size, base[1], *base)
    return start, (segment,), tip, (-1.0, 0.0)


def _point_at(start, segment, t: float) -> tuple[float, float]:
    c1x, c1y, c2x, c2y, ex, ey = segment
    u = 1 - t
    a, b, c, d = u ** 3, 3 * u * u * t, 3 * u * t * t, t ** 3
    return (a * start[0] + b * c1x + c * c2x + d * ex, a * start[1] + b * c1y + c * c2y + d * ey)


def _label(text: str, center, color: str) -> Label:
    texts = wrap(text, LABEL_MAX_W, LABEL_SIZE, False, 3)
    widths = [text_width(t, LABEL_SIZE) for t in texts]
    line_h = LABEL_SIZE * LINE_GAP
    w, h = max(widths) + 2 * LABEL_PAD_X, len(texts) * line_h + 2 * LABEL_PAD_Y
    rect = Rect(center[0] - w / 2, center[1] - h / 2, w, h)
    ink = palette.INK_SOFT if color == palette.LINK["flow"] else palette.darker(color, 0.8)
    lines = tuple(
        TextLine(t, center[0] - tw / 2, rect.y + LABEL_PAD_Y + i * line_h + LABEL_SIZE * ASCENT,
                 LABEL_SIZE, False, ink, tw)
        for i, (t, tw) in enumerate(zip(texts, widths))
    )
    background = Shape(rect, palette.LABEL_FILL, palette.with_alpha(color, "66"), 1.0, radius=6.0)
    return Label(background, lines)


def link_shape_geometry(link, src: Rect, src_kind: str, dst: Rect, dst_kind: str,
                        rank: int, count: int, language: str, points=None) -> LinkGeometry:
    """The geometry of one link; `rank` of `count` links joining the same two nodes; `points`: a route
    to draw instead of the link's own bend points (the layout trying one out)."""
    points = [tuple(p) for p in (link.points if points is None else points)]
    if points and link.source != link.target:
        start, segments, tip, direction = _routed_curve(src, src_kind, dst, dst_kind, points)
    elif link.source == link.target:
        start, segments, tip, direction = _loop_curve(src, src_kind, rank)
    elif link.kind == "objection":
        start, segments, tip, direction = _objection_curve(src, src_kind, dst, dst_kind, rank)
    else:
        start, segments, tip, direction = _flow_curve(src, src_kind, dst, dst_kind,
                                                      (rank - (count - 1) / 2) * FAN_STEP)
    color = palette.LINK[link.kind]
    arrow = _arrow(tip, direction)
    text = label_text(link, language)
    middle = len(segments) // 2  # a routed link's label sits on its middle piece
    label = _label(text, _point_at(segments[middle - 1][4:] if middle else start, segments[middle], 0.5),
                   color) if text else None
    points = [start, *arrow] + [(s[i], s[i + 1]) for s in segments for i in (0, 2, 4)]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    bounds = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(2.0)
    if label:
        bounds = union([bounds, label.background.rect])
    dash = (6.0, 4.0) if link.kind == "objection" else ()
    return LinkGeometry(link.id, link.kind, start, segments, color, WIDTH[link.kind], dash, arrow, label, bounds)
