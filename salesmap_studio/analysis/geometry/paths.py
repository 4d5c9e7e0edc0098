"""Links as polylines: the drawn curve flattened, and whether it runs through a box.

One measure for the layout (is an objection arc blocked? which route crosses least?), the tests and
bench/layout.py (crossings as drawn, arrows through unrelated stages).
"""

from __future__ import annotations

from .primitives import LinkGeometry, Rect

STEPS = 8  # straight pieces per cubic segment


def flatten(link: LinkGeometry, steps: int = STEPS) -> list[tuple[float, float]]:
    """The drawn curve as a polyline, from the start to the arrow's base."""
    return flatten_cubics(link.start, link.segments, steps)


def flatten_cubics(start: tuple[float, float], segments, steps: int = STEPS) -> list[tuple[float, float]]:
    """Cubic pieces (c1x, c1y, c2x, c2y, end x, end y) from `start` on, as a polyline."""
    points = [start]
    for c1x, c1y, c2x, c2y, ex, ey in segments:
        sx, sy = points[-1]
        for step in range(1, steps + 1):
            t = step / steps
            u = 1 - t
            points.append((u ** 3 * sx + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t ** 3 * ex,
                           u ** 3 * sy + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t ** 3 * ey))
    return points


def segment_hits(a: tuple[float, float], b: tuple[float, float], box: Rect) -> bool:
    """True when the segment a-b enters the inside of `box` (Liang-Barsky clipping)."""
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - box.x), (dx, box.right - a[0]), (-dy, a[1] - box.y), (dy, box.bottom - a[1])):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 >= t1:
            return False
    return True


def polyline_hits(points: list[tuple[float, float]], box: Rect) -> bool:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    if min(xs) >= box.right or max(xs) <= box.x or min(ys) >= box.bottom or max(ys) <= box.y:
        return False
    return any(segment_hits(points[i], points[i + 1], box) for i in range(len(points) - 1))


def segments_cross(p, q, r, s) -> bool:
    """True when the segments p-q and r-s cross at one point inside both (touching is not crossing)."""
    def orient(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return orient(r, s, p) * orient(r, s, q) < 0 and orient(p, q, r) * orient(p, q, s) < 0


def link_crossings(doc, lines: dict[str, list[tuple[float, float]]]) -> int:
    """Points where the polylines of two links that share no node cross (`lines`: link id -> polyline)."""
    items = [(doc.link(link_id), line) for link_id, line in lines.items()]
    boxes = [(min(x for x, _ in pts), min(y for _, y in pts), max(x for x, _ in pts), max(y for _, y in pts))
             for _, pts in items]
    total = 0
    for i, (a, pa) in enumerate(items):
        for j in range(i + 1, len(items)):
            b, pb = items[j]
            if {a.source, a.target} & {b.source, b.target} or not _boxes_meet(boxes[i], boxes[j]):
                continue
            total += sum(segments_cross(pa[k], pa[k + 1], pb[m], pb[m + 1])
                         for k in range(len(pa) - 1) for m in range(len(pb) - 1))
    return total


def _boxes_meet(a, b) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]
