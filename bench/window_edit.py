"""Editing speed of a big map in the full window, every panel open (not run by CI).

    .venv/bin/python bench/window_edit.py            # 1,000 and 5,000 stages
    .venv/bin/python bench/window_edit.py --sizes 1000

The maps are the ones `bench/canvas.py` generates. Figures:
- move: one node moved through `window.modeling.move_nodes`, then the event
  loop runs until the window is quiet; "UI work" is the
  move call plus the time spent inside `processEvents` (idle waiting between
  the calls is not counted);
- delete + undo (model): every stage removed in one `Modeling.remove`, then
  undone, on a bare document with an undo stack (no window);
- delete + undo (window): the same in the full window, each followed by the
  panels' refreshes, counted as above;
- select all + Delete: Edit ▸ Select All, then Edit ▸ Delete (the menu
  actions a user triggers: the removed items leave the canvas's selection),
  counted as above; then Undo.
Each size runs in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas import generate  # noqa: E402  (also sets the offscreen platform and the import path)

SETTLE_S = 0.6  # Qt's own queued work (repaints, the scene rect) is done by then


def ui_work(app, action) -> float:
    """Milliseconds of `action` plus the event processing it causes, until the window is quiet."""
    start = time.perf_counter()
    action()
    work = time.perf_counter() - start
    quiet_until = time.perf_counter() + SETTLE_S
    while time.perf_counter() < quiet_until:
        begin = time.perf_counter()
        app.processEvents()
        work += time.perf_counter() - begin
        time.sleep(0.002)
    return work * 1000


def model_delete_undo(path: Path) -> dict:
    from PySide6.QtGui import QUndoStack

    from salesmap_studio.editing import Modeling
    from salesmap_studio.persistence import load

    doc = load(path)
    before = doc.to_dict()
    stack = QUndoStack()
    modeling = Modeling(doc, stack)
    ids = [node.id for node in doc.nodes()]
    start = time.perf_counter()
    modeling.remove(ids)
    removed = time.perf_counter()
    stack.undo()
    done = time.perf_counter()
    assert doc.to_dict() == before, "undo did not restore the map"
    return {"model_delete_ms": (removed - start) * 1000, "model_undo_ms": (done - removed) * 1000}


def window_figures(app, path: Path, hub: str) -> dict:
    from PySide6.QtWidgets import QDockWidget

    from salesmap_studio.persistence import load
    from salesmap_studio.ui.main_window import MainWindow

    window = MainWindow(load(path), path)
    window.show()
    for dock in window.findChildren(QDockWidget):
        dock.show()
    ui_work(app, lambda: None)
    node = window.document.node(hub)
    moves = [ui_work(app, lambda step=step: window.modeling.move_nodes({hub: (node.x + 40 * step, node.y)}))
             for step in range(1, 4)]
    rename = ui_work(app, lambda: window.modeling.set_node_fields(hub, name="Renamed stage"))
    ids = [n.id for n in window.document.nodes()]
    delete = ui_work(app, lambda: window.modeling.remove(ids))
    undo = ui_work(app, window.undo_stack.undo)
    select_all = ui_work(app, window.menu_actions["Select &All"].trigger)
    delete_selected = ui_work(app, window.menu_actions["De&lete"].trigger)
    assert len(window.document) == 0, "Delete left nodes behind"
    window.undo_stack.undo()
    window.undo_stack.setClean()
    window.close()
    return {"move_ms": sorted(moves)[1], "rename_ms": rename, "window_delete_ms": delete, "window_undo_ms": undo,
            "select_all_ms": select_all, "delete_selected_ms": delete_selected}


def one(size: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from salesmap_studio.export.qt_paint import ensure_fonts

    app = QApplication([])
    ensure_fonts()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"bench-{size}.smap"
        hub = generate(size, path)
        return model_delete_undo(path) | window_figures(app, path, hub)


def measure(size: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["crashed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(results: dict) -> str:
    rows = ["| stages | move, full window (ms) | rename (window) | delete all (model) | undo (model) "
            "| delete all (window) | undo (window) | select all (window) | Delete selection (window) |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size, r in results.items():
        if "error" in r:
            rows.append(f"| {size:,} | {r['error']} | | | | | | | |")
            continue
        rows.append(f"| {size:,} | {r['move_ms']:,.0f} | {r['rename_ms']:,.0f} | {r['model_delete_ms']:,.0f} | {r['model_undo_ms']:,.0f} "
                    f"| {r['window_delete_ms']:,.0f} | {r['window_undo_ms']:,.0f} "
                    f"| {r['select_all_ms']:,.0f} | {r['delete_selected_ms']:,.0f} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    print(table({size: measure(size) for size in args.sizes}))


if __name__ == "__main__":
    main()
