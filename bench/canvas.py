"""Canvas speed on generated maps, against NodeGraphQt building the same scene (not run by CI).

    .venv/bin/python bench/canvas.py            # 1,000, 5,000 and 20,000 stages, both canvases
    .venv/bin/python bench/canvas.py --sizes 1000 5000 --peer none --runs 5
    .venv/bin/python bench/canvas.py --names    # stage and decision names as painted, default fit and projector (issue 15)
    .venv/bin/python bench/canvas.py --projector-frames en   # entering projector view, and its zoom frames (one run)

Each (canvas, size) runs in a fresh interpreter so "memory added" is honest;
open is measured in `--runs` fresh interpreters (median and the slowest).
Figures: open (read the .smap file → first frame painted; wall and CPU time), a
full repaint at 100 %, drag frames of a node with four links (real mouse
events; a frame is a move plus Qt's queued work, so only the dirty region is
painted; median and p95 of 60 frames), the fit-all frames (the first, then one
per turn of the event loop until the full picture is on screen, and ten more:
median, p95 and the slowest, and how long the full picture took), and resident
memory added by the map. Ours is also opened as the app opens a file: its full
window with the default panels, shown fitted, first frame painted ("window
open"). A second table gives each figure's growth from one size to the next.
Both canvases are compared
alike, and the script checks it: both at 100 % with the dragged node on
screen (NodeGraphQt centred by its own `reset_zoom`), the same dirty-region
update mode, and a fit-all that shows every node (NodeGraphQt's selection is
cleared first, or it frames only the dragged node).
NodeGraphQt (`pip install NodeGraphQt`, bench only) is the peer.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DRAG_FRAMES = 60
AFTER_READY = 10  # fit-all frames after the full picture is shown
PEER_TIMEOUT = 900


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def generate(count: int, path: Path) -> str:
    """A map of `count` stages in rows of 50 (100 from 20,000, so fit-all stays above the least zoom), chained,
    with objection loops; returns the dragged node's id."""
    from salesmap_studio.model import Lane, Link, MapInfo, SalesMap, Stage
    from salesmap_studio.persistence import save

    lanes = [Lane(id=f"lane{i}", name=f"Team {i + 1}", color=c)
             for i, c in enumerate(("#4A7FB5", "#3E9E78", "#8A6BB0", "#C98A3E"))]
    columns = 50 if count < 20_000 else 100
    rows = -(-count // columns)
    lane_height = min(2000.0, max(260.0, rows * 130.0 / 4))
    stages = []
    for i in range(count):
        y = (i // columns) * 130.0 + 65.0
        lane = int(y // lane_height)
        stages.append(Stage(id=f"s{i}", name=f"Stage {i + 1} of the process", x=(i % columns) * 260.0, y=y,
                            owner=lanes[lane].id if lane < 4 else None, expected_days=float(i % 30),
                            conversion_rate=0.5))
    links = [Link(id=f"f{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(count - 1)]
    links += [Link(id=f"o{i}", source=f"s{i}", target=f"s{i - 3}", kind="objection", label="Too expensive")
              for i in range(25, count, 25)]
    hub = count // 2  # two more links on the dragged node: four in all
    links += [Link(id="extra-in", source=f"s{hub - 7}", target=f"s{hub}"),
              Link(id="extra-out", source=f"s{hub}", target=f"s{hub + 9}")]
    save(SalesMap.from_parts(MapInfo(title="Bench", language="en", lane_height=lane_height), lanes, (),
                             stages, links), path)
    return f"s{hub}"


def timed(action, repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        action()
    return (time.perf_counter() - start) / repeat * 1000


def drag_frames(view, viewport, start) -> tuple[list[float], list[float]]:
    """Milliseconds per frame (wall clock, and CPU time of this process) while the mouse drags from `start` (press, 60 moves, release).

    A frame is one mouse move plus Qt's queued work (the scene's update, the
    repaint of the dirty region only), as the event loop does between frames.
    """
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    def frame(point) -> None:
        QTest.mouseMove(viewport, point)
        QApplication.processEvents()
        QApplication.processEvents()  # what the first round posted (the viewport's update request)

    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QApplication.processEvents()
    frames, cpu = [], []
    for i in range(1, DRAG_FRAMES + 1):
        point = start + QPoint(3 * i, 2 * (i % 5))
        began = time.process_time()
        frames.append(timed(lambda: frame(point)))
        cpu.append((time.process_time() - began) * 1000)
    end = start + QPoint(3 * DRAG_FRAMES, 0)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    return frames, cpu


def fit_frames(viewport, fit, ready) -> dict:
    """Fit-all, then frames (wall and CPU ms): the first at once, one per turn of the event loop until
    `ready()` (the full picture is on screen), then `AFTER_READY` more."""
    from PySide6.QtWidgets import QApplication

    frames, cpu = [], []

    def frame() -> None:
        began = time.process_time()
        frames.append(timed(viewport.repaint))
        cpu.append((time.process_time() - began) * 1000)

    fit()
    start = time.perf_counter()
    frame()
    while not ready():
        QApplication.processEvents()
        frame()
    picture = (time.perf_counter() - start) * 1000
    for _ in range(AFTER_READY):
        frame()
    return {"first_fit_ms": frames[0], "first_fit_cpu_ms": cpu[0], "fit_p50_ms": statistics.median(frames),
            "fit_p95_ms": p95(frames), "fit_cpu_p95_ms": p95(cpu), "fit_max_ms": max(frames),
            "picture_ms": picture}


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


def figures(opened, view, viewport, start, fit, everything, base_rss, ready=lambda: True) -> dict:
    """`opened`: (wall, CPU) ms; `everything()`: the scene rect of all nodes, which the fit-all frame must show."""
    assert viewport.rect().contains(start), "the dragged node is not on screen"
    zoom = view.transform().m11()
    assert abs(zoom - 1.0) < 0.01, f"the view is at {zoom:.1%}, not 100 %"  # NodeGraphQt: 99.4 % (its frame)
    full = timed(viewport.repaint, 10)
    frames, cpu = drag_frames(view, viewport, start)

    def shows_everything() -> None:
        fit()
        shown = view.mapToScene(viewport.rect()).boundingRect()
        assert shown.contains(everything()), "fit-all does not show every node"

    fitted = fit_frames(viewport, shows_everything, ready)
    return {"open_ms": opened[0], "open_cpu_ms": opened[1], "repaint_ms": full,
            "drag_p50_ms": statistics.median(frames), "drag_p95_ms": p95(frames), "drag_cpu_p95_ms": p95(cpu),
            **fitted, "memory_mb": rss_mb() - base_rss}


def clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(began: tuple[float, float]) -> tuple[float, float]:
    return (time.perf_counter() - began[0]) * 1000, (time.process_time() - began[1]) * 1000


def run_ours(path: Path, hub: str) -> dict:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from salesmap_studio.editing import Modeling
    from salesmap_studio.export.qt_paint import ensure_fonts
    from salesmap_studio.persistence import load
    from salesmap_studio.ui.canvas import MapScene, MapView
    from salesmap_studio.ui.selection import Selection

    app = QApplication([])
    ensure_fonts()
    base = rss_mb()
    began = clocks()
    doc = load(path)
    view = MapView(MapScene(doc), Modeling(doc, QUndoStack()), Selection())
    view.resize(1600, 1000)
    view.show()
    view.actual_size()
    view.center_on(hub)
    view.viewport().repaint()
    app.processEvents()
    opened = since(began)
    node = doc.node(hub)
    grip = view.mapFromScene(node.x - 40, node.y + 20)  # on the card, away from the edge handles
    def everything():
        rect = view.scene().item(doc.nodes()[0].id).sceneBoundingRect()
        for n in doc.nodes():
            rect = rect.united(view.scene().item(n.id).sceneBoundingRect())
        return rect

    def ready() -> bool:  # far out, the full picture is painted between frames
        return not view.overview.usable(view.zoom()) or view.overview.ready(view.zoom())

    return figures(opened, view, view.viewport(), grip, view.fit_map, everything, base, ready)


def run_window(path: Path, hub: str) -> dict:
    """The app's way: open the file in its full window with the default panels, fitted, first frame painted
    (a small map is opened first, so the app's modules are loaded, as they are by its start screen)."""
    from salesmap_studio.app import application
    from salesmap_studio.ui import file_actions

    app = application()
    small = path.with_name("small.smap")
    generate(50, small)
    file_actions.open_path(small).show()
    app.processEvents()
    began = clocks()
    window = file_actions.open_path(path)
    window.show()
    window.canvas.fit_map()
    window.canvas.viewport().repaint()
    app.processEvents()
    wall, cpu = since(began)
    return {"window_open_ms": wall, "window_open_cpu_ms": cpu}


def run_nodegraphqt(path: Path, hub: str) -> dict:
    from PySide6.QtWidgets import QApplication, QGraphicsView

    app = QApplication([])
    from NodeGraphQt import BaseNode, NodeGraph

    from salesmap_studio.persistence import load

    class StageNode(BaseNode):
        __identifier__ = "bench"
        NODE_NAME = "Stage"

        def __init__(self) -> None:
            super().__init__()
            self.add_input("in", multi_input=True)
            self.add_output("out", multi_output=True)

    base = rss_mb()
    began = clocks()
    doc = load(path)
    graph = NodeGraph()
    graph.set_acyclic(False)  # objection loops are cycles; its cycle check never returns on them
    graph.register_node(StageNode)
    made = {n.id: graph.create_node("bench.StageNode", name=n.name, pos=[n.x, n.y], push_undo=False,
                                    selected=False) for n in doc.nodes()}
    for link in doc.links():
        made[link.source].output(0).connect_to(made[link.target].input(0), push_undo=False)
    viewer = graph.viewer()
    # The same dirty-region painting as ours (NodeGraphQt repaints the changed items' bounding rect).
    viewer.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
    viewer.resize(1600, 1000)
    viewer.show()
    item_centre = made[hub].view.sceneBoundingRect().center()
    viewer.reset_zoom(item_centre)  # its own way to 100 %, centred on the dragged node (centerOn is clamped)
    viewer.viewport().repaint()
    app.processEvents()
    opened = since(began)
    grip = viewer.mapFromScene(item_centre)

    def fit_all() -> None:
        graph.clear_selection()  # the dragged node is still selected: fit_to_selection would frame only it
        graph.fit_to_selection()

    def everything():
        rect = made[hub].view.sceneBoundingRect()
        for node in made.values():
            rect = rect.united(node.view.sceneBoundingRect())
        return rect

    return figures(opened, viewer, viewer.viewport(), grip, fit_all, everything, base)


def one(canvas: str, size: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"bench-{size}.smap"
        hub = generate(size, path)
        return {"ours": run_ours, "window": run_window, "nodegraphqt": run_nodegraphqt}[canvas](path, hub)


def measure(canvas: str, size: int, timeout: int = PEER_TIMEOUT) -> dict:
    """Runs one measurement in a fresh interpreter; a failure is reported, not raised."""
    command = [sys.executable, __file__, "--one", canvas, str(size)]
    with tempfile.TemporaryDirectory() as home:  # the window's recent files and snapshots stay out of the user's
        env = {**os.environ, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_CACHE_HOME": home}
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            return {"error": f"did not finish in {timeout} s"}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["crashed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def combined(runs: list[dict]) -> dict:
    """The median of each figure over fresh-interpreter runs, and the slowest open."""
    good = [r for r in runs if "error" not in r]
    if not good:
        return runs[0]
    out = {key: statistics.median(r[key] for r in good) for key in good[0]}
    for key in ("open_ms", "window_open_ms"):
        if key in out:
            out[key.replace("_ms", "_slowest_ms")] = max(r[key] for r in good)
    return out


NAMES = {"ours": "SalesMap Studio", "nodegraphqt": "NodeGraphQt 0.6"}
GROWING = {"open_ms": "open", "open_cpu_ms": "open CPU", "window_open_cpu_ms": "window open CPU",
           "repaint_ms": "repaint", "drag_cpu_p95_ms": "drag CPU p95", "first_fit_cpu_ms": "first fit-all CPU",
           "fit_cpu_p95_ms": "fit-all CPU p95", "picture_ms": "full picture", "memory_mb": "memory"}


def table(results: dict) -> str:
    rows = ["| stages | canvas | open (ms): median / slowest (CPU) | window open (ms) (CPU) | repaint 100 % (ms) "
            "| drag frame p50 / p95 (CPU p95) (ms) | first fit-all frame (ms) (CPU) "
            "| fit-all frames p50 / p95 / slowest (CPU p95) (ms) | full picture after (ms) | memory added (MB) |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for (canvas, size), r in results.items():
        if "error" in r:
            rows.append(f"| {size:,} | {NAMES[canvas]} | {r['error']} | | | | | | | |")
            continue
        window = (f"{r['window_open_ms']:.0f} ({r['window_open_cpu_ms']:.0f})" if "window_open_ms" in r else "—")
        rows.append(f"| {size:,} | {NAMES[canvas]} | {r['open_ms']:.0f} / {r['open_slowest_ms']:.0f} "
                    f"({r['open_cpu_ms']:.0f}) | {window} | {r['repaint_ms']:.1f} "
                    f"| {r['drag_p50_ms']:.1f} / {r['drag_p95_ms']:.1f} ({r['drag_cpu_p95_ms']:.1f}) "
                    f"| {r['first_fit_ms']:.1f} ({r['first_fit_cpu_ms']:.1f}) "
                    f"| {r['fit_p50_ms']:.1f} / {r['fit_p95_ms']:.1f} / {r['fit_max_ms']:.1f} ({r['fit_cpu_p95_ms']:.1f}) "
                    f"| {r['picture_ms']:.0f} | {r['memory_mb']:.0f} |")
    return "\n".join(rows)


def growth(results: dict, sizes: list[int]) -> str:
    """Each figure's factor from one size to the next (linear growth is the size's factor)."""
    steps = list(zip(sizes, sizes[1:]))
    rows = ["| canvas | figure | " + " | ".join(f"{a:,} → {b:,} (size ×{b / a:g})" for a, b in steps) + " |",
            "|---|---|" + "---:|" * len(steps)]
    for canvas in dict.fromkeys(c for c, _ in results):
        for key, label in GROWING.items():
            cells = []
            for a, b in steps:
                before, after = results.get((canvas, a), {}), results.get((canvas, b), {})
                cells.append(f"×{after[key] / before[key]:.1f}" if before.get(key) and key in after else "—")
            if any(cell != "—" for cell in cells):
                rows.append(f"| {NAMES[canvas]} | {label} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def name_heights(language: str, projector: bool) -> dict:
    """The extended template on a 1,600 × 1,000 screen (a window of 1,600 / QT_SCALE_FACTOR logical pixels
    and so on), opened with the default panels and fitted (View ▸ Fit Map), or in projector view: the zoom,
    and each stage name's height as painted (and the smallest decision name's): the em of the font its item drew with, times the view's zoom,
    in logical pixels (what QT_SCALE_FACTOR then enlarges) and in the screen's pixels."""
    from PySide6.QtWidgets import QApplication

    from salesmap_studio.export.qt_paint import ensure_fonts
    from salesmap_studio.persistence import load
    from salesmap_studio.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    ensure_fonts()
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    size = (round(1600 / scale), round(1000 / scale))
    doc = load(Path(__file__).resolve().parent.parent / "resources" / "templates" / f"extended-b2b.{language}.smap")
    window = MainWindow(doc, None)
    window.resize(*size)
    window.show()
    for _ in range(3):   # the panels' first layout is settled after the window shows
        app.processEvents()
    fit = next(a for a in window.menus["view"].actions() if a.shortcut().toString() == "Ctrl+0")
    fit.trigger()
    if projector:
        window.projector.action.trigger()
        app.processEvents()
        window.resize(*size)   # the offscreen screen is not 1,600 × 1,000: full screen is made by hand
    for _ in range(3):   # the viewport without its scroll bars, and the view fitted to it again
        app.processEvents()
    canvas = window.canvas
    canvas.viewport().grab()   # paints every item at this zoom
    zoom = canvas.transform().m11()
    sizes = [canvas.scene().item(n.id).painted_name_px(zoom) for n in doc.nodes() if n.kind == "stage"]
    decisions = [canvas.scene().item(n.id).painted_name_px(zoom) for n in doc.nodes() if n.kind == "decision"]
    return {"zoom": zoom, "window": window.size().toTuple(), "canvas": canvas.viewport().width(), "smallest": min(sizes),
            "median": statistics.median(sizes), "decision": min(decisions), "scale": scale}


def projector_frames(language: str, frames: int = 20) -> dict:
    """The extended template on a 1,600 × 1,000 window in projector view: entering it (the action → the first
    full frame painted), then `frames` full repaints each after a 1 % zoom step in or out (every name laid out
    and drawn afresh at its new size); wall and CPU ms, in this process only (no subprocess)."""
    from PySide6.QtWidgets import QApplication

    from salesmap_studio.export.qt_paint import ensure_fonts
    from salesmap_studio.persistence import load
    from salesmap_studio.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    ensure_fonts()
    doc = load(Path(__file__).resolve().parent.parent / "resources" / "templates" / f"extended-b2b.{language}.smap")
    window = MainWindow(doc, None)
    window.resize(1600, 1000)
    window.show()
    for _ in range(3):
        app.processEvents()
    canvas = window.canvas
    canvas.viewport().repaint()
    began = clocks()
    window.projector.action.trigger()
    app.processEvents()
    window.resize(1600, 1000)   # the offscreen screen is not 1,600 × 1,000: full screen is made by hand
    for _ in range(3):
        app.processEvents()
    canvas.viewport().repaint()
    enter = since(began)
    walls, cpus = [], []
    for i in range(frames):
        step = 1.01 if i % 2 == 0 else 1 / 1.01
        canvas.scale(step, step)
        began = clocks()
        canvas.viewport().repaint()
        wall, cpu = since(began)
        walls.append(wall)
        cpus.append(cpu)
    return {"enter_ms": enter[0], "enter_cpu_ms": enter[1], "frame_ms": statistics.median(walls),
            "frame_cpu_ms": statistics.median(cpus), "zoom": canvas.zoom()}


def names_table() -> str:
    rows = ["| language | view | display scaling | window (logical) | map width | zoom | smallest stage name "
            "(logical px / screen px) | median (logical / screen) | smallest decision name (logical / screen) |",
            "|---|---|---:|---|---:|---:|---:|---:|---:|"]
    for language in ("en", "de"):
        for view, scales in (("default", ("1", "1.5", "2")), ("projector", ("1", "1.5", "2"))):
            for scale in scales:
                with tempfile.TemporaryDirectory() as settings:   # the default panels, not a saved layout
                    env = {**os.environ, "QT_SCALE_FACTOR": scale, "XDG_CONFIG_HOME": settings}
                    out = subprocess.run([sys.executable, __file__, "--names-one", language, view], env=env,
                                         capture_output=True, text=True, check=True).stdout
                r = json.loads(out.strip().splitlines()[-1])
                rows.append(f"| {language} | {view} | {r['scale']:.0%} | {r['window'][0]} × {r['window'][1]} "
                            f"| {r['canvas']} | {r['zoom']:.0%} | {r['smallest']:.1f} / {r['smallest'] * r['scale']:.1f} "
                            f"| {r['median']:.1f} / {r['median'] * r['scale']:.1f} "
                            f"| {r['decision']:.1f} / {r['decision'] * r['scale']:.1f} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--peer", choices=["nodegraphqt", "none"], default="nodegraphqt")
    parser.add_argument("--runs", type=int, default=3, help="fresh interpreters per size for ours")
    parser.add_argument("--peer-runs", type=int, default=1, help="the same for NodeGraphQt (slow to open)")
    parser.add_argument("--peer-timeout", type=int, default=PEER_TIMEOUT, help="seconds NodeGraphQt gets per run")
    parser.add_argument("--one", nargs=2, metavar=("CANVAS", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--names", action="store_true", help="stage-name heights at the default fit")
    parser.add_argument("--names-one", nargs=2, metavar=("LANGUAGE", "VIEW"), help=argparse.SUPPRESS)
    parser.add_argument("--projector-frames", metavar="LANGUAGE", help="entering projector view and its zoom frames")
    args = parser.parse_args()
    if args.projector_frames:
        print(json.dumps(projector_frames(args.projector_frames)))
        return
    if args.names_one:
        print(json.dumps(name_heights(args.names_one[0], args.names_one[1] == "projector")))
        return
    if args.names:
        print(names_table())
        return
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]))))
        return
    results = {}
    for size in args.sizes:
        ours = combined([measure("ours", size) for _ in range(args.runs)])
        results[("ours", size)] = {**ours, **combined([measure("window", size) for _ in range(args.runs)])}
        if args.peer != "none":
            results[("nodegraphqt", size)] = combined([measure("nodegraphqt", size, args.peer_timeout)
                                                       for _ in range(args.peer_runs)])
        print(f"{size:,} stages measured; load average {Path('/proc/loadavg').read_text().split()[0]}",
              file=sys.stderr)
        print(table({key: r for key, r in results.items() if key[1] == size}), file=sys.stderr)  # kept if stopped
    print(table(results))
    print()
    print(growth(results, args.sizes))


if __name__ == "__main__":
    main()
