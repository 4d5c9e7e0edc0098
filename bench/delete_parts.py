"""Where Edit ▸ Delete of everything spends its time, part by part, at each size (not run by CI).

    .venv/bin/python bench/delete_parts.py                   # 5,000 and 20,000 stages
    .venv/bin/python bench/delete_parts.py --sizes 5000 10000 20000 --rounds 3

In the full window as `bench/window_edit.py` opens it, each round selects everything (Edit ▸
Select All), deletes it (Edit ▸ Delete, timed) and undoes that. Each document listener, the
command's `apply` and Qt's calls the canvas makes for it (`removeItem`, `setItemIndexMethod`) are
timed with the CPU clock, without a profiler (whose cost per Python call would hide what Qt does);
the table gives the median over the rounds in ms, and the growth from the first size to the last
beside the growth of the number of stages, so what grows faster than the map stands out.
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
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from window_edit import SCREEN, open_by_menu, ui_work  # noqa: E402
from canvas import generate  # noqa: E402  (also sets the offscreen platform and the import path)


def timed_parts() -> dict[str, float]:
    """Wraps the parts in CPU timers; the seconds spent in each so far, by name."""
    from PySide6.QtWidgets import QGraphicsScene

    from salesmap_studio.editing.commands import RemoveItems
    from salesmap_studio.model.events import EventHub
    from salesmap_studio.ui.canvas.scene import MapScene

    spent: dict[str, float] = defaultdict(float)

    def timer(name, call):
        def timed(*args):
            start = time.process_time()
            try:
                return call(*args)
            finally:
                spent[name] += time.process_time() - start
        return timed

    def emit(hub, event, *args):   # as EventHub.emit, each listener timed under its name
        for listener in list(hub._listeners.get(event, ())):
            timer(f"listener {listener.__qualname__}", listener)(*args)

    EventHub.emit = emit
    RemoveItems.apply = timer("the command (RemoveItems.apply)", RemoveItems.apply)
    for name in ("removeItem", "setItemIndexMethod"):
        setattr(MapScene, name, timer(f"canvas: Qt's {name}", getattr(QGraphicsScene, name)))
    return spent


def one(size: int, rounds: int) -> dict[str, float]:
    from salesmap_studio.app import application
    from salesmap_studio.ui import file_actions

    with tempfile.TemporaryDirectory() as folder:
        screen = Path(folder) / "screen.json"
        screen.write_text(json.dumps(SCREEN))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
        app = application()
        path, small = Path(folder) / f"bench-{size}.smap", Path(folder) / "small.smap"
        generate(size, path)
        generate(50, small)
        spent = timed_parts()
        opener = file_actions.open_path(small)
        _, window = open_by_menu(app, opener, path)
        runs = defaultdict(list)
        for _ in range(rounds):
            ui_work(app, window.menu_actions["Select &All"].trigger)
            spent.clear()
            runs["the whole Delete (CPU)"].append(ui_work(app, window.menu_actions["De&lete"].trigger)[1])
            for name, seconds in spent.items():
                runs[name].append(seconds * 1000)
            ui_work(app, window.menu_actions["Undo"].trigger)
        return {name: statistics.median(values + [0.0] * (rounds - len(values))) for name, values in runs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.rounds)))
        return
    results = {}
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as home:   # settings and snapshots stay out of the user's
            env = {**os.environ, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_CACHE_HOME": home}
            done = subprocess.run([sys.executable, __file__, "--one", str(size), "--rounds", str(args.rounds)],
                                  capture_output=True, text=True, env=env, check=True)
        results[size] = json.loads(done.stdout.strip().splitlines()[-1])
    first, last = args.sizes[0], args.sizes[-1]
    names = sorted(set().union(*results.values()), key=lambda name: -results[last].get(name, 0.0))
    sizes = " | ".join(f"{size:,}" for size in args.sizes)
    print(f"| part (CPU ms, median) | {sizes} | growth (stages ×{last / first:g}) |")
    print("|---|" + "---:|" * (len(args.sizes) + 1))
    for name in names:
        values = [results[size].get(name, 0.0) for size in args.sizes]
        growth = f"×{values[-1] / values[0]:.1f}" if values[0] else ""
        print(f"| {name} | " + " | ".join(f"{value:,.1f}" for value in values) + f" | {growth} |")


if __name__ == "__main__":
    main()
