"""Auto layout against Graphviz `dot` on generated sales flows and the templates, and the time for 1,000 nodes.

    .venv/bin/python bench/layout.py            (needs the `dot` program: apt install graphviz)

Each map is laid out twice — with the app's layout (`layout.notes.laid_out`:
positions and each link's route) and with `dot -Tplain` (same box sizes, left
to right, objection links as back edges that do not rank) — and for both it
counts crossings between links that share no node: as drawn (ours through the
routes by the shared link geometry, dot's own splines) and as straight segments
between centres. It also counts links drawn through a box they do not join and
nodes outside their lane. The generated flows come from
tests/analysis/sales_graphs.py (20 to 200 nodes, with and without lanes; dot
does not keep lanes, so there it is a reference only). Graphviz is used here
only, never by the app.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salesmap_studio.analysis.geometry import map_geometry, node_box  # noqa: E402
from salesmap_studio.analysis.geometry.paths import flatten, flatten_cubics, link_crossings, polyline_hits  # noqa: E402
from salesmap_studio.analysis.geometry.shapes import SIZES  # noqa: E402
from salesmap_studio.analysis.layout import auto_layout  # noqa: E402
from salesmap_studio.analysis.layout.notes import laid_out, moved_copy  # noqa: E402
from salesmap_studio.analysis.swimlanes import lane_span  # noqa: E402
from salesmap_studio.model import SalesMap  # noqa: E402
from salesmap_studio.persistence import load  # noqa: E402
from tests.analysis.sales_graphs import sales_flow  # noqa: E402

SIZES_TO_COMPARE = (20, 25, 40, 60, 100, 150, 200)
SEEDS = (1, 2, 3)
TEMPLATES = ("five-step.en", "extended-b2b.en")

Line = list[tuple[float, float]]


def dot_layout(doc: SalesMap) -> tuple[dict[str, tuple[float, float]], dict[str, Line]]:
    """dot's centres and its drawn splines (flattened) per link id."""
    lines = ["digraph G {", "rankdir=LR; nodesep=0.8; ranksep=1.6; node [shape=box, fixedsize=true];"]
    for node in doc.nodes():
        w, h = SIZES[node.kind]
        lines.append(f'"{node.id}" [width={w / 72:.3f}, height={h / 72:.3f}];')
    written: dict[tuple[str, str], list[str]] = {}
    for link in doc.links():
        ends = (link.target, link.source) if link.kind == "objection" else (link.source, link.target)
        written.setdefault(ends, []).append(link.id)  # an objection is a back edge: ranked as the flow it returns to
        lines.append(f'"{ends[0]}" -> "{ends[1]}"{" [dir=back]" if link.kind == "objection" else ""};')
    lines.append("}")
    out = subprocess.run(["dot", "-Tplain"], input="\n".join(lines), capture_output=True, text=True, check=True)
    positions, splines = {}, {}
    for row in out.stdout.splitlines():
        parts = row.split()
        if parts and parts[0] == "node":
            positions[parts[1].strip('"')] = (float(parts[2]) * 72, -float(parts[3]) * 72)
        elif parts and parts[0] == "edge":
            count = int(parts[3])
            controls = [(float(parts[4 + 2 * i]) * 72, -float(parts[5 + 2 * i]) * 72) for i in range(count)]
            splines[written[parts[1].strip('"'), parts[2].strip('"')].pop(0)] = _flatten_bezier(controls)
    return positions, splines


def _flatten_bezier(controls: Line) -> Line:
    """Graphviz's spline (a start and three points per cubic piece) as a polyline."""
    segments = [(*controls[i + 1], *controls[i + 2], *controls[i + 3]) for i in range(0, len(controls) - 3, 3)]
    return flatten_cubics(controls[0], segments)


def straight_lines(doc: SalesMap) -> dict[str, Line]:
    return {link.id: [(doc.node(link.source).x, doc.node(link.source).y), (doc.node(link.target).x, doc.node(link.target).y)]
            for link in doc.links() if link.source != link.target}


def drawn_lines(doc: SalesMap) -> dict[str, Line]:
    geometry = map_geometry(doc)
    return {link.id: flatten(geometry.links[link.id]) for link in doc.links() if link.source != link.target}


def through_boxes(doc: SalesMap, lines: dict[str, Line]) -> int:
    boxes = {node.id: node_box(node) for node in doc.nodes()}
    return sum(1 for link_id, line in lines.items() for node_id, box in boxes.items()
               if node_id not in (doc.link(link_id).source, doc.link(link_id).target) and polyline_hits(line, box))


def outside_lanes(doc: SalesMap) -> int:
    def outside(node) -> bool:
        owner = getattr(node, "owner", None)
        if not owner:
            return False
        top, bottom = lane_span(doc.lane_index(owner), doc.info.lane_height)
        return not top <= node.y <= bottom
    return sum(1 for node in doc.nodes() if outside(node))


def measure(name: str, doc: SalesMap) -> dict:
    start, cpu = time.perf_counter(), time.process_time()
    ours = laid_out(doc)
    ours_ms, cpu_ms = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
    positions, splines = dot_layout(doc)
    theirs = moved_copy(doc, positions)
    drawn = drawn_lines(ours)
    return {"name": name, "links": len(doc.links()), "ms": ours_ms, "cpu": cpu_ms,
            "drawn": (link_crossings(ours, drawn),
                      link_crossings(theirs, {k: v for k, v in splines.items() if k in drawn})),
            "straight": (link_crossings(ours, straight_lines(ours)), link_crossings(theirs, straight_lines(theirs))),
            "through": through_boxes(ours, drawn), "outside": outside_lanes(ours)}


def graphs():
    for path in TEMPLATES:
        yield f"template {path}", load(ROOT / "resources" / "templates" / f"{path}.smap")
    for lanes in (False, True):
        for size in SIZES_TO_COMPARE:
            for seed in SEEDS:
                yield f"{size} nodes, seed {seed}{', lanes' if lanes else ''}", sales_flow(size, seed, lanes)


def compare() -> None:
    print("| map | links | drawn: ours / dot | straight: ours / dot | through a box | outside lane | ours ms (CPU) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    rows = []
    for name, doc in graphs():
        row = measure(name, doc)
        rows.append(row)
        print(f"| {name} | {row['links']} | {row['drawn'][0]} / {row['drawn'][1]} | {row['straight'][0]} / "
              f"{row['straight'][1]} | {row['through']} | {row['outside']} | {row['ms']:.0f} ({row['cpu']:.0f}) |",
              flush=True)
    for measure_name in ("drawn", "straight"):
        pairs = [row[measure_name] for row in rows]
        at_most = sum(1 for ours, dot in pairs if ours <= dot)
        within = sum(1 for ours, dot in pairs if ours <= 1.1 * dot + 1)
        print(f"\n{measure_name}: at most dot's crossings on {at_most}/{len(pairs)} maps "
              f"({100 * at_most / len(pairs):.0f} %), within 1.1 × dot + 1 on {within}/{len(pairs)}; "
              f"total ours {sum(o for o, _ in pairs)} / dot {sum(d for _, d in pairs)}")


def time_large(count: int = 1000) -> None:
    doc = sales_flow(count, 7)
    wall, cpu = min(_timed(doc) for _ in range(3))
    print(f"\n{count} nodes, {len(doc.links())} links: auto_layout best of 3 = {wall:.3f} s "
          f"({cpu:.3f} s CPU); load average {Path('/proc/loadavg').read_text().split()[0]}")


def _timed(doc: SalesMap) -> tuple[float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    auto_layout(doc)
    return time.perf_counter() - start, time.process_time() - cpu


if __name__ == "__main__":
    if shutil.which("dot") is None:
        sys.exit("bench/layout.py needs Graphviz 'dot' (apt install graphviz)")
    compare()
    time_large()
