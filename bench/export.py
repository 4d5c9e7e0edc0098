"""Export speed and size on generated maps of 1,000 and 5,000 stages (not run by CI).

    .venv/bin/python bench/export.py

Each map is a chain of stages in rows of 25, one swimlane per row, a yes/no
decision every tenth step, an objection loop per row and a few sticky notes;
stages carry a checklist, so the playbook has real content. Targets
(issue 5): PDF ≤ 1 s and ≤ 1 MB at 1,000 stages, ≤ 3 s at 5,000.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from salesmap_studio.analysis.geometry import map_geometry  # noqa: E402
from salesmap_studio.export.image import ensure_gui_app, render_png  # noqa: E402
from salesmap_studio.export.pdf import PdfOptions, render_pdf  # noqa: E402
from salesmap_studio.export.svg import render_svg  # noqa: E402
from salesmap_studio.model import Decision, Lane, Link, MapInfo, Note, Outcome, SalesMap, Stage  # noqa: E402

PER_ROW = 25


def generated_map(stages: int) -> SalesMap:
    rows = (stages + PER_ROW - 1) // PER_ROW
    lanes = [Lane(id=f"team{r}", name=f"Team {r + 1}", color=("#4A7FB5", "#3E9E78", "#8A6BB0", "#C98A3E")[r % 4])
             for r in range(rows)]
    nodes, links = [], []
    for i in range(stages):
        row, col = divmod(i, PER_ROW)
        x, y = 260.0 * col, 130.0 + 260.0 * row
        if i % 10 == 9:
            nodes.append(Decision(id=f"n{i}", name=f"Budget confirmed at step {i + 1}?", x=x, y=y, owner=f"team{row}"))
        else:
            nodes.append(Stage(id=f"n{i}", name=f"Stage {i + 1}: qualify and document the buying committee",
                               owner=f"team{row}", expected_days=7.0, conversion_rate=0.8,
                               entry_criteria="The lead meets the minimum qualification.",
                               exit_checklist=[{"text": "Contact data complete", "required": True},
                                               {"text": "Next meeting booked"}], x=x, y=y))
        if i:
            kind = "yes" if i % 10 == 0 else "flow"
            links.append(Link(id=f"l{i}", source=f"n{i - 1}", target=f"n{i}", kind=kind))
        if i % 10 == 9:
            links.append(Link(id=f"no{i}", source=f"n{i}", target="lost", kind="no", share=0.3))
        if col == PER_ROW - 1:
            links.append(Link(id=f"ob{i}", source=f"n{i}", target=f"n{i - 5}", kind="objection",
                              label="Too expensive — needs an ROI case", share=0.1))
    nodes.append(Outcome(id="lost", name="Closed lost", result="lost", x=260.0 * PER_ROW, y=130.0))
    notes = [Note(id=f"note{r}", text="Parking lot: who signs off discounts?", x=130.0, y=260.0 * r)
             for r in range(0, rows, 5)]
    info = MapInfo(title=f"Generated map, {stages:,} stages", language="en", start="n0")
    return SalesMap.from_parts(info, lanes=lanes, nodes=nodes, links=links, notes=notes)


def timed(func):
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def measure(stages: int) -> list[tuple[str, float, int]]:
    doc = generated_map(stages)
    rows = []
    seconds, _ = timed(lambda: map_geometry(doc))
    rows.append(("geometry", seconds, 0))
    seconds, pdf = timed(lambda: render_pdf(doc, PdfOptions(page="A1"), "bench.pdf"))
    rows.append(("PDF, one A1 page", seconds, len(pdf.data)))
    seconds, pdf = timed(lambda: render_pdf(doc, PdfOptions(page="A3", poster=(4, 3)), "bench.pdf"))
    rows.append(("PDF, 4 × 3 A3 poster", seconds, len(pdf.data)))
    seconds, pdf = timed(lambda: render_pdf(doc, PdfOptions(page="A1", playbook=True), "bench.pdf"))
    rows.append((f"PDF + playbook ({pdf.pages} pages)", seconds, len(pdf.data)))
    seconds, png = timed(lambda: render_png(doc, scale=0.25))
    rows.append(("PNG at 24 DPI (scale 0.25)", seconds, len(png)))
    seconds, svg = timed(lambda: render_svg(doc))
    rows.append(("SVG", seconds, len(svg)))
    return rows


def main() -> None:
    ensure_gui_app()
    render_pdf(generated_map(20))   # warm up fonts and imports
    print("| stages | export | seconds | size |")
    print("|---:|---|---:|---:|")
    for stages in (1000, 5000):
        for name, seconds, size in measure(stages):
            shown = f"{size / 1e6:.2f} MB" if size else "—"
            print(f"| {stages:,} | {name} | {seconds:.2f} | {shown} |", flush=True)


if __name__ == "__main__":
    main()
