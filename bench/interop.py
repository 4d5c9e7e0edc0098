"""How long each export to and import from another tool's format takes at 1,000 stages (not run by CI).

    .venv/bin/python bench/interop.py

The map: 1,000 stages in four lanes with every text field filled, 100 decisions with
yes/no branches, outcomes and objection loops. "import (foreign)" reads a diagram drawn
as others draw it (no smap_* attributes, compressed page, swimlanes), which goes through
the automatic layout. Figures: median of 5 runs.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from salesmap_studio.interop import read, write  # noqa: E402
from tests.interop.drawio_files import edge, model, mxfile, vertex  # noqa: E402
from tests.interop.maps import big_map  # noqa: E402

STAGES = 1_000


def foreign_diagram(stages: int = STAGES) -> str:
    lanes = [vertex(f"lane{i}", f"Team {i}", "swimlane;horizontal=0;", 0, i * 200, stages * 200, 200)
             for i in range(4)]
    shapes = [vertex(f"v{i}", f"Schritt <b>{i}</b>", "rounded=1;html=1;", i * 200, 60, parent=f"lane{i % 4}")
              for i in range(stages)]
    arrows = [edge(f"e{i}", f"v{i}", f"v{i + 1}", "Ja" if i % 10 == 0 else "") for i in range(stages - 1)]
    return mxfile(("Seite", model(*lanes, *shapes, *arrows)), compress=True)


def timed(action) -> float:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _size(path: Path) -> int:
    """A file's size, or the size of the files in a folder (Salesforce's export)."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.is_dir() else path.stat().st_size


def main() -> None:
    doc = big_map(STAGES)
    with tempfile.TemporaryDirectory() as folder:
        rows = []
        for suffix in (".drawio", ".mmd", ".bpmn", ".csv", ".xlsx"):
            path = Path(folder) / f"map{suffix}"
            rows.append((f"export {suffix}", timed(lambda: write(doc, path)), path.stat().st_size))
        for suffix in (".drawio", ".csv", ".xlsx"):
            own = Path(folder) / f"map{suffix}"
            rows.append((f"import {suffix} (own)", timed(lambda: read(own)), own.stat().st_size))
        for to in ("hubspot", "pipedrive", "salesforce"):
            crm = Path(folder) / (to if to == "salesforce" else f"{to}.json")
            rows.append((f"export --to {to}", timed(lambda: write(doc, crm, to=to)), _size(crm)))
            rows.append((f"import {to} (own)", timed(lambda: read(crm)), _size(crm)))
        foreign = Path(folder) / "foreign.drawio"
        foreign.write_text(foreign_diagram(), encoding="utf-8")
        rows.append(("import .drawio (foreign)", timed(lambda: read(foreign)), foreign.stat().st_size))
    print(f"{len(doc)} nodes, {len(doc.links())} links")
    print(f"{'step':<26} {'median':>9} {'file':>10}")
    for name, seconds, size in rows:
        print(f"{name:<26} {seconds * 1000:>7.0f} ms {size / 1024:>7.0f} KiB")


if __name__ == "__main__":
    main()
