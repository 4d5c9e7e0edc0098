"""Editing speed of a big map in the full window with the default docks (not run by CI).

    .venv/bin/python bench/window_edit.py                  # 1,000, 5,000 and 20,000 stages
    .venv/bin/python bench/window_edit.py --sizes 1000 20000 --rounds 3

The maps are the ones `bench/canvas.py` generates. Everything goes through what a
user does, in the window as it opens (canvas, outline, inspector, map health,
funnel), and each figure is the time until the window is quiet again: the
action plus the time spent inside `processEvents` afterwards (idle waiting is
not counted). First, the map is opened `--opens` times through File ▸ Open…
(of a window on a small map, as from the start screen; the file dialog's answer
is given), each time with the default docks (no saved layout), on a screen
whose 85 % window is 1,600 × 1,000: "open" runs until the window is shown, its
first frame painted and the event loop quiet (no turn over 2 ms for 0.3 s); the
window is closed and deleted between opens, and the resident memory the first
open added is printed below the table.
Each edit round, on the last window opened:
- select all: Edit ▸ Select All (the menu action);
- delete: Edit ▸ Delete of that selection (every node, link and note);
- undo: Edit ▸ Undo of that delete;
- rename: F2 on one selected stage, a new name typed into the canvas's editor
  (not timed), then Return (timed: the edit and everything that follows it);
- move (model call): one node moved through `window.modeling.move_nodes`.
Figures are the median and the p95 over the rounds, wall clock and CPU time
of this process (on a busy machine the CPU time is the steadier figure).
Each size runs in a fresh interpreter; the growth from one size to the next
is the ratio of the CPU medians.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas import generate, rss_mb  # noqa: E402  (also sets the offscreen platform and the import path)

SETTLE_S = 0.3  # Qt's own queued work (repaints, the scene rect) is done by then
FIGURES = ("open", "select_all", "delete", "undo", "rename", "move")
SCREEN = {"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1883, "height": 1177, "logicalDpi": 96,
                       "logicalBaseDpi": 96, "dpr": 1}]}   # the window opens at 85 %: 1,600 × 1,000


def ui_work(app, action, until_idle: bool = False) -> tuple[float, float]:
    """Milliseconds (wall, CPU) of `action` plus the event processing it causes, until the window is quiet
    (`until_idle`: until no turn of the event loop took over 2 ms for SETTLE_S)."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    work, work_cpu = time.perf_counter() - wall, time.process_time() - cpu
    quiet_until = time.perf_counter() + SETTLE_S
    while time.perf_counter() < quiet_until:
        wall, cpu = time.perf_counter(), time.process_time()
        app.processEvents()
        work, work_cpu = work + time.perf_counter() - wall, work_cpu + time.process_time() - cpu
        if until_idle and time.perf_counter() - wall > 0.002:
            quiet_until = time.perf_counter() + SETTLE_S
        time.sleep(0.002)
    return work * 1000, work_cpu * 1000


def rename_by_keys(window, node_id: str, name: str):
    """F2 on the selected stage, `name` typed into the editor; returns the Return press to time."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.selection.set_ids([node_id])
    window.menu_actions["Re&name"].trigger()
    editor = window.canvas.editor
    assert editor.is_open(), "F2 opened no editor"
    editor.selectAll()
    QTest.keyClicks(editor, name)
    return lambda: QTest.keyClick(editor, Qt.Key.Key_Return)


def open_by_menu(app, opener, path: Path):
    """File ▸ Open… in `opener`, the file dialog answered with `path`, with the default docks:
    ((wall, CPU) ms until the new window is quiet, the new window)."""
    from PySide6.QtCore import QSettings

    from salesmap_studio.settings import APPLICATION, ORGANIZATION
    from salesmap_studio.ui import file_actions
    from salesmap_studio.ui.panels.install import LAYOUT_KEY

    QSettings(ORGANIZATION, APPLICATION).remove(LAYOUT_KEY)
    file_actions.ask_open_path = lambda _parent: str(path)
    before = set(file_actions.open_windows())
    times = ui_work(app, opener.menu_actions["&Open…"].trigger, until_idle=True)
    (window,) = set(file_actions.open_windows()) - before
    assert window.size().toTuple() == (1600, 1000) and window.inspector_dock.isVisible(), \
        f"not the default window: {window.size()}, {os.environ['QT_QPA_PLATFORM']}"
    return times, window


def close(app, window) -> None:
    """Closes the window and lets Qt delete it, as the app's event loop does (a `processEvents` outside
    it leaves deferred deletes alone): otherwise every closed window stayed, and its deletion (and the
    collection that follows it) fell into a later open."""
    from PySide6.QtCore import QEvent

    window.undo_stack.setClean()
    window.close()   # WA_DeleteOnClose: deleted later
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ui_work(app, lambda: None)


def one_round(app, window, hub: str, round_: int) -> dict:
    count = len(window.document)
    times = {"select_all": ui_work(app, window.menu_actions["Select &All"].trigger),
             "delete": ui_work(app, window.menu_actions["De&lete"].trigger)}
    assert len(window.document) == 0, "Delete left nodes behind"
    times["undo"] = ui_work(app, window.menu_actions["Undo"].trigger)
    assert len(window.document) == count, "Undo did not bring the stages back"
    times["rename"] = ui_work(app, rename_by_keys(window, hub, f"Renamed stage {round_}"))
    assert window.document.node(hub).name == f"Renamed stage {round_}", "the rename did not reach the map"
    node = window.document.node(hub)
    times["move"] = ui_work(app, lambda: window.modeling.move_nodes({hub: (node.x + 40, node.y)}))
    return times


def window_figures(app, path: Path, small: Path, hub: str, rounds: int, opens: int) -> dict:
    from salesmap_studio.ui import file_actions

    opener = file_actions.open_path(small)
    ui_work(app, lambda: None)
    opened, before = [], rss_mb()
    for _ in range(opens):
        if opened:
            close(app, window)
        times, window = open_by_menu(app, opener, path)
        if not opened:
            memory = rss_mb() - before
        opened.append(times)
    runs = [one_round(app, window, hub, r) for r in range(rounds)]
    close(app, window)
    out = {"open_mb": memory}
    for name in FIGURES:
        for which, label in ((0, "ms"), (1, "cpu_ms")):
            values = sorted(times[which] for times in opened) if name == "open" else \
                sorted(run[name][which] for run in runs)
            out[f"{name}_{label}"] = [statistics.median(values), values[max(0, round(0.95 * len(values)) - 1)]]
    return out


def one(size: int, rounds: int, opens: int) -> dict:
    from salesmap_studio.app import application

    with tempfile.TemporaryDirectory() as folder:
        if os.environ["QT_QPA_PLATFORM"] == "offscreen":
            screen = Path(folder) / "screen.json"
            screen.write_text(json.dumps(SCREEN))
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
        app = application()
        path, small = Path(folder) / f"bench-{size}.smap", Path(folder) / "small.smap"
        hub = generate(size, path)
        generate(50, small)
        return window_figures(app, path, small, hub, rounds, opens)


def measure(size: int, rounds: int, opens: int) -> dict:
    command = [sys.executable, __file__, "--one", str(size), "--rounds", str(rounds), "--opens", str(opens)]
    with tempfile.TemporaryDirectory() as home:  # the window's settings, recent files and snapshots stay out of the user's
        env = {**os.environ, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_CACHE_HOME": home}
        done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["crashed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(results: dict) -> str:
    head = " | ".join(f"{name.replace('_', ' ')} median / p95 (CPU median)" for name in FIGURES)
    rows = [f"| stages | {head} |", "|---:|" + "---:|" * len(FIGURES)]
    previous = None
    for size, r in results.items():
        if "error" in r:
            rows.append(f"| {size:,} | {r['error']} |" + " |" * (len(FIGURES) - 1))
            continue
        cells = []
        for name in FIGURES:
            (median, p95), cpu = r[f"{name}_ms"], r[f"{name}_cpu_ms"][0]
            growth = f" ×{cpu / previous[f'{name}_cpu_ms'][0]:.1f}" if previous else ""
            cells.append(f"{median:,.0f} / {p95:,.0f} ({cpu:,.0f}){growth}")
        rows.append(f"| {size:,} | " + " | ".join(cells) + " |")
        previous = r
    memory = "; ".join(f"{size:,}: {r['open_mb']:,.0f} MB" for size, r in results.items() if "open_mb" in r)
    return "\n".join(rows) + "\n\nms; ×N: the CPU median's growth from the size above." + \
        f"\nMemory added by the first open (resident): {memory}."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--opens", type=int, default=5)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.rounds, args.opens)))
        return
    print(table({size: measure(size, args.rounds, args.opens) for size in args.sizes}))


if __name__ == "__main__":
    main()
