"""Wall posters of the extended template: sheets printed, sheets left out, cuts through a stage or note.

    .venv/bin/python bench/poster.py

For each page and grid: the printed text size, how many sheets print (blank
ones are left out) and how many stages or sticky notes a cut runs through, for
the even grid of old and for the plan (`export.pdf.poster_plan`), and the grid
the Export dialog proposes. Target (issue 15): the proposal keeps text at 6 pt
or more on the fewest sheets; no sheet prints blank; cuts miss stages and notes
where the map leaves room.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from salesmap_studio.analysis.geometry import map_geometry  # noqa: E402
from salesmap_studio.export.pdf import PdfOptions  # noqa: E402
from salesmap_studio.export.pdf.pages import chosen_page, poster_sheets, poster_that_fits, printed_text_pt  # noqa: E402
from salesmap_studio.export.pdf.poster_plan import poster_plan  # noqa: E402
from salesmap_studio.persistence import load  # noqa: E402

TEMPLATES = Path(__file__).resolve().parent.parent / "resources" / "templates"
GRIDS = ((2, 1), (3, 1), (2, 2), (3, 2), (2, 3), (3, 3), (4, 2))


def cuts_through(plan, geometry, windows) -> int:
    """Stages and notes that a sheet's left or top edge runs through (a later sheet lies on top)."""
    bounds, box, scale = geometry.bounds, plan.map_box, plan.scale
    boxes = [n.box for n in geometry.nodes.values()] + [n.box for n in geometry.notes.values()]
    count = 0
    for rect in boxes:
        left, top = box.x + (rect.x - bounds.x) * scale, box.y + (rect.y - bounds.y) * scale
        xs = {w.x for w in windows if w.x > 0}
        ys = {w.y for w in windows if w.y > 0}
        count += any(left < x < left + rect.w * scale for x in xs) or any(top < y < top + rect.h * scale for y in ys)
    return count


def main() -> None:
    for lang in ("de", "en"):
        geometry = map_geometry(load(TEMPLATES / f"extended-b2b.{lang}.smap"))
        for paper in ("A4", "A3"):
            print(f"extended-b2b.{lang} on {paper}: proposed {poster_that_fits(geometry.bounds, paper, 'auto')}")
            for grid in GRIDS:
                page = chosen_page(PdfOptions(page=paper, poster=grid), geometry.bounds).size
                began = time.perf_counter()
                plan = poster_plan(geometry, page, *grid)
                took = time.perf_counter() - began
                even = cuts_through(plan, geometry, [s.window for s in poster_sheets(page, *grid)])
                ours = cuts_through(plan, geometry, [s.window for s in plan.sheets])
                print(f"  {grid[0]} × {grid[1]}: text {printed_text_pt(plan.scale):4.1f} pt, "
                      f"{len(plan.sheets)} sheets print, {len(plan.omitted)} left out; "
                      f"stages/notes cut: even grid {even}, plan {ours} ({took * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
