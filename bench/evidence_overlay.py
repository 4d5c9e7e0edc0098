"""What View ▸ Evidence on the Map costs on a big map (not run by CI).

    .venv/bin/python bench/evidence_overlay.py                 # 5,000 stages
    .venv/bin/python bench/evidence_overlay.py --stages 1000

The map is `bench/canvas.py`'s (rows of 50 chained stages with objection loops); the history has
one deal per stage walking the chain a few steps from there, some skipping a stage (ghost links).
Figures, in milliseconds (wall and CPU time of this process), median of the rounds:
- on: switching the overlay on (every badge, band and ghost built);
- move off / move on: one node moved through `modeling.move_nodes`, overlay off and on (with the
  overlay on, every document change builds it again);
- paint off / paint on: one full repaint of the window's canvas at 100 %.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas import generate  # noqa: E402  (also sets the offscreen platform and the import path)


def history(stages: int, path: Path) -> None:
    rng = random.Random(18)
    rows = ["deal,stage,date"]
    for deal in range(stages):
        at, day = deal, 0
        for _ in range(rng.randint(2, 6)):
            if at >= stages:
                break
            day += rng.randint(1, 9)
            rows.append(f"D{deal},Stage {at + 1} of the process,2025-{1 + day // 28 % 12:02d}-{1 + day % 28:02d}")
            at += 2 if rng.random() < 0.1 else 1
    path.write_text("\n".join(rows) + "\n")


def timed(action) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from salesmap_studio.evidence.history import read_history
    from salesmap_studio.evidence.report import compare
    from salesmap_studio.persistence import load
    from salesmap_studio.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    node = generate(args.stages, folder / "map.smap")
    history(args.stages, folder / "deals.csv")
    doc = load(folder / "map.smap")
    data = compare(doc, read_history(str(folder / "deals.csv"))).to_dict()
    window = MainWindow(doc)
    window.resize(1600, 1000)
    window.show()
    window.canvas.actual_size()
    window.canvas.center_on(node)
    app.processEvents()
    window.evidence_panel.show_evidence(data)
    overlay, canvas = window.evidence_overlay, window.canvas
    figures: dict[str, list[tuple[float, float]]] = {}

    def record(name: str, action) -> None:
        figures.setdefault(name, []).append(timed(action))
        app.processEvents()

    def move() -> None:
        stage = doc.node(node)
        window.modeling.move_nodes({node: (stage.x + 10, stage.y)})

    for _ in range(args.rounds):
        record("paint off", canvas.viewport().repaint)
        record("move off", move)
        record("on", overlay.action.trigger)
        record("paint on", canvas.viewport().repaint)
        record("move on", move)
        overlay.action.trigger()
        app.processEvents()
    overlay.action.trigger()
    print(f"{args.stages} stages, {len(overlay.items)} overlay items when on; "
          f"load average {open('/proc/loadavg').read().split()[0]}")
    for name, runs in figures.items():
        wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        print(f"{name:10} {wall:8.1f} ms wall {cpu:8.1f} ms CPU")
    window.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
