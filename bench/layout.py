"""Auto layout against Graphviz `dot` on generated sales flows, and the time for 1,000 nodes.

    .venv/bin/python bench/layout.py            (needs the `dot` program: apt install graphviz)

For each flow size it lays the same map out twice — with `auto_layout` and with
`dot -Tplain` (same box sizes, left to right) — and counts, for both, the
crossings between links as the app draws them (the shared link geometry,
curves flattened) and between straight centre-to-centre lines, plus
overlapping boxes. Graphviz is used here only, never by the app.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from salesmap_studio.analysis.geometry import link_geometry  # noqa: E402
from salesmap_studio.analysis.geometry.shapes import SIZES  # noqa: E402
from salesmap_studio.analysis.layout import auto_layout  # noqa: E402
from salesmap_studio.model import Decision, Link, MapInfo, Outcome, SalesMap, Stage  # noqa: E402

SIZES_TO_COMPARE = (25, 50, 100, 150, 200)
SEEDS = (1, 2, 3)


def sales_flow(count: int, seed: int) -> SalesMap:
    """A main path of stages with decisions (no → lost, nurture or a detour that rejoins) and objections."""
    rng = random.Random(seed)
    nodes: list = [Outcome(id="won", name="Won", result="won"), Outcome(id="lost", name="Lost", result="lost")]
    links: list[Link] = []
    main: list[str] = []

    def add(node, source: str | None, kind: str = "flow") -> str:
        nodes.append(node)
        if source is not None:
            links.append(Link(id=f"l{len(links)}", source=source, target=node.id, kind=kind))
        return node.id

    def link(source: str, target: str, kind: str) -> None:
        links.append(Link(id=f"l{len(links)}", source=source, target=target, kind=kind))

    previous = add(Stage(id="s0", name="Lead"), None)
    main.append(previous)
    while len(nodes) < count:
        i = len(nodes)
        if rng.random() < 0.25 and len(main) > 2:
            current = add(Decision(id=f"d{i}", name=f"Check {i}?"), previous)
            _branch_no(rng, current, nodes, link, add)
            nxt = add(Stage(id=f"s{i}y", name=f"Stage {i}"), current, "yes")
            previous = nxt
        else:
            previous = add(Stage(id=f"s{i}", name=f"Stage {i}"), previous)
        main.append(previous)
        if rng.random() < 0.2 and len(main) > 3:
            link(previous, main[-rng.randint(2, min(5, len(main) - 1))], "objection")
    link(previous, "won", "flow")
    doc = SalesMap.from_parts(MapInfo(start="s0"), nodes=nodes, links=links)
    return doc


def _branch_no(rng, decision: str, nodes, link, add) -> None:
    roll = rng.random()
    if roll < 0.4:
        link(decision, "lost", "no")
    elif roll < 0.7:
        add(Outcome(id=f"n{len(nodes)}", name="Nurture", result="nurture"), decision, "no")
    else:
        detour = add(Stage(id=f"x{len(nodes)}", name=f"Detour {len(nodes)}"), decision, "no")
        if rng.random() < 0.5:
            detour = add(Stage(id=f"x{len(nodes)}", name=f"Detour {len(nodes)}"), detour)
        link(detour, "lost", "flow")


# ---- Graphviz ---------------------------------------------------------------

def dot_layout(doc: SalesMap) -> dict[str, tuple[float, float]]:
    lines = ["digraph G {", "rankdir=LR; nodesep=0.8; ranksep=1.6; node [shape=box, fixedsize=true];"]
    for node in doc.nodes():
        w, h = SIZES[node.kind]
        lines.append(f'"{node.id}" [width={w / 72:.3f}, height={h / 72:.3f}];')
    for link in doc.links():
        extra = " [constraint=false]" if link.kind == "objection" else ""
        lines.append(f'"{link.source}" -> "{link.target}"{extra};')
    lines.append("}")
    out = subprocess.run(["dot", "-Tplain"], input="\n".join(lines), capture_output=True, text=True, check=True)
    positions = {}
    for row in out.stdout.splitlines():
        parts = row.split()
        if parts and parts[0] == "node":
            positions[parts[1].strip('"')] = (float(parts[2]) * 72, -float(parts[3]) * 72)
    return positions


# ---- measuring ----------------------------------------------------------------

def moved(doc: SalesMap, positions) -> SalesMap:
    nodes = [n.replace(x=float(positions[n.id][0]), y=float(positions[n.id][1])) for n in doc.nodes()]
    return SalesMap.from_parts(doc.info, doc.lanes(), doc.phases(), nodes, doc.links(), doc.notes())


def drawn_polyline(doc: SalesMap, link_id: str) -> list[tuple[float, float]]:
    geometry = link_geometry(doc, link_id)
    points = [geometry.start]
    for c1x, c1y, c2x, c2y, ex, ey in geometry.segments:
        (sx, sy) = points[-1]
        for step in range(1, 9):
            t = step / 8
            u = 1 - t
            points.append((u**3 * sx + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t**3 * ex,
                           u**3 * sy + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t**3 * ey))
    return points


def _cross(p, q, r, s) -> bool:
    def orient(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    d1, d2, d3, d4 = orient(r, s, p), orient(r, s, q), orient(p, q, r), orient(p, q, s)
    return d1 * d2 < 0 and d3 * d4 < 0


def crossings(doc: SalesMap, polyline) -> int:
    """Points where two links that share no node cross."""
    lines = [(link, polyline(doc, link)) for link in doc.links() if link.source != link.target]
    boxes = [(min(x for x, _ in pts), min(y for _, y in pts), max(x for x, _ in pts), max(y for _, y in pts))
             for _, pts in lines]
    total = 0
    for i, (a, pa) in enumerate(lines):
        for j in range(i + 1, len(lines)):
            b, pb = lines[j]
            if {a.source, a.target} & {b.source, b.target} or not _boxes_meet(boxes[i], boxes[j]):
                continue
            total += sum(_cross(pa[k], pa[k + 1], pb[m], pb[m + 1])
                         for k in range(len(pa) - 1) for m in range(len(pb) - 1))
    return total


def straight(doc: SalesMap, link: Link) -> list[tuple[float, float]]:
    return [(doc.node(link.source).x, doc.node(link.source).y), (doc.node(link.target).x, doc.node(link.target).y)]


def drawn(doc: SalesMap, link: Link) -> list[tuple[float, float]]:
    return drawn_polyline(doc, link.id)


def _boxes_meet(a, b) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def overlaps(doc: SalesMap) -> int:
    boxes = []
    for node in doc.nodes():
        w, h = SIZES[node.kind]
        boxes.append((node.x - w / 2, node.y - h / 2, node.x + w / 2, node.y + h / 2))
    return sum(1 for i in range(len(boxes)) for j in range(i + 1, len(boxes))
               if boxes[i][0] < boxes[j][2] and boxes[j][0] < boxes[i][2]
               and boxes[i][1] < boxes[j][3] and boxes[j][1] < boxes[i][3])


def compare() -> None:
    print("| nodes | links | drawn crossings: ours / dot | straight crossings: ours / dot | overlaps ours / dot "
          "| time ours / dot (ms) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in SIZES_TO_COMPARE:
        totals = [0] * 8
        for seed in SEEDS:
            doc = sales_flow(size, seed)
            start = time.perf_counter()
            ours = moved(doc, auto_layout(doc))
            ours_ms = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            theirs = moved(doc, dot_layout(doc))
            dot_ms = (time.perf_counter() - start) * 1000
            row = (crossings(ours, drawn), crossings(theirs, drawn), crossings(ours, straight),
                   crossings(theirs, straight), overlaps(ours), overlaps(theirs), ours_ms, dot_ms)
            totals = [t + r for t, r in zip(totals, row)]
        n = len(SEEDS)
        print(f"| {size} | {len(doc.links())} | {totals[0] / n:.1f} / {totals[1] / n:.1f} "
              f"| {totals[2] / n:.1f} / {totals[3] / n:.1f} | {totals[4]} / {totals[5]} "
              f"| {totals[6] / n:.0f} / {totals[7] / n:.0f} |")


def time_large(count: int = 1000) -> None:
    doc = sales_flow(count, 7)
    best = min(_timed(doc) for _ in range(3))
    positions = auto_layout(doc)
    print(f"\n{count} nodes, {len(doc.links())} links: auto_layout best of 3 = {best:.3f} s, "
          f"overlapping boxes: {overlaps(moved(doc, positions))}")


def _timed(doc: SalesMap) -> float:
    start = time.perf_counter()
    auto_layout(doc)
    return time.perf_counter() - start


if __name__ == "__main__":
    if shutil.which("dot") is None:
        sys.exit("bench/layout.py needs Graphviz 'dot' (apt install graphviz)")
    compare()
    time_large()
