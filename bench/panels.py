"""Side panel speed on generated maps (not run by CI).

    .venv/bin/python bench/panels.py              # 1,000 and 5,000 stages
    .venv/bin/python bench/panels.py --sizes 2000

Figures (median of 5): the outline rebuilt from scratch (flow order + rows);
the stage inspector refreshed; and moving every node at once (one MoveNodes,
one change notification naming every node) with and without the panels
listening, which shows that an inspector only refreshes for the node it shows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RUNS = 5


def chain_map(count: int):
    from salesmap_studio.model import Lane, Link, MapInfo, SalesMap, Stage

    lanes = [Lane(id="sales", name="Sales")]
    stages = [Stage(id=f"s{i}", name=f"Stage {i}", x=float(i % 50) * 260, y=130.0 + (i // 50) * 10, owner="sales")
              for i in range(count)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(count - 1)]
    return SalesMap.from_parts(MapInfo(title="Bench", start="s0"), lanes=lanes, nodes=stages, links=links)


def median_ms(action) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(count: int) -> dict[str, float]:
    from PySide6.QtGui import QUndoStack

    from salesmap_studio.editing import Modeling
    from salesmap_studio.ui.panels.context import PanelContext
    from salesmap_studio.ui.panels.inspector_dock import InspectorDock
    from salesmap_studio.ui.panels.outline import Outline
    from salesmap_studio.ui.selection import Selection

    bare = chain_map(count)
    bare_modeling = Modeling(bare, QUndoStack())
    doc = chain_map(count)
    context = PanelContext(doc, Modeling(doc, QUndoStack()), Selection())
    dock, outline = InspectorDock(context), Outline(context)
    dock.show()
    context.selection.set_ids(["s1"])
    step = [0.0]

    def move_all(modeling, document):
        step[0] += 1.0
        modeling.set_positions({n.id: (n.x + step[0], n.y) for n in document.nodes()}, "Bench")

    return {
        "outline rebuild": median_ms(outline.rebuild),
        "stage inspector refresh": median_ms(dock.current().refresh),
        "move all, no panels": median_ms(lambda: move_all(bare_modeling, bare)),
        "move all, panels listening": median_ms(lambda: move_all(context.modeling, doc)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (keeps Qt alive)
    for count in args.sizes:
        for name, ms in measure(count).items():
            print(f"{count:>6} stages  {name:<28} {ms:9.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
