"""How long one recovery snapshot takes on large maps, and how long the UI waits for it (not run by CI).

    .venv/bin/python bench/autosave.py            # 1,000, 5,000 and 20,000 stages

Autosave writes 2 s after the last edit: the UI thread takes the document's parts
and a worker thread writes the JSON (`ui/recovery/background.py`), the way the
Autosaver does. Figures, median and worst of 7 snapshots:
- write: the whole snapshot done on one thread (what the UI waited for before),
  wall and CPU time;
- UI pause: the longest stretch during a background snapshot in which the main
  thread could not run (taking the parts, then every wait for the interpreter
  lock while it keeps processing events).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from salesmap_studio.model import Lane, Link, MapInfo, SalesMap, Stage  # noqa: E402
from salesmap_studio.ui.recovery.background import write_in_background  # noqa: E402
from salesmap_studio.ui.recovery.snapshots import read_snapshot, write_snapshot  # noqa: E402

SIZES = (1_000, 5_000, 20_000)


def big_map(stages: int) -> SalesMap:
    lanes = [Lane(id=f"lane{i}", name=f"Team {i}") for i in range(4)]
    nodes = [Stage(id=f"s{i}", name=f"Stage {i} of the process", entry_criteria="Qualified and budget known.",
                   activities="Call, demo and written proposal.", owner=f"lane{i % 4}",
                   x=float(i % 50) * 320, y=float(i // 50) * 180) for i in range(stages)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(stages - 1)]
    return SalesMap.from_parts(MapInfo(title="Benchmark", language="en"), lanes=lanes, nodes=nodes, links=links)


def ui_pause(app, file: Path, doc: SalesMap) -> tuple[float, float, float]:
    """Seconds: the main thread's CPU time to start a background snapshot, its longest stall while
    the snapshot was written, and its longest stall for as long again with no snapshot (what the
    busy machine's scheduler alone causes)."""
    start, cpu = time.perf_counter(), time.thread_time()
    future = write_in_background(file, doc, Path("/maps/big.smap"), lambda why: None)
    start_cpu = time.thread_time() - cpu
    stalled = longest_stall(app, future.done)
    future.result()
    until = time.perf_counter() + (time.perf_counter() - start)
    return start_cpu, stalled, longest_stall(app, lambda: time.perf_counter() >= until)


def longest_stall(app, done) -> float:
    """The longest time between two turns of an event loop that keeps processing events until `done()`."""
    longest, last = 0.0, time.perf_counter()
    while not done():
        app.processEvents()
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    return longest


def measure(app, stages: int, folder: Path) -> dict:
    doc, file = big_map(stages), folder / f"{stages}.smap-recovery"
    r = {"write": [], "write_cpu": [], "start_cpu": [], "stall": [], "floor": []}
    for _ in range(7):
        start, cpu = time.perf_counter(), time.process_time()
        write_snapshot(file, doc, Path("/maps/big.smap"))
        r["write"].append(time.perf_counter() - start)
        r["write_cpu"].append(time.process_time() - cpu)
        for name, value in zip(("start_cpu", "stall", "floor"), ui_pause(app, file, doc)):
            r[name].append(value)
    start = time.perf_counter()
    read_snapshot(file).load()
    r["restore"] = [time.perf_counter() - start]
    return r


def main() -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication([])
    print(f"load average before: {open('/proc/loadavg').read().strip()}")
    names = ("write", "write_cpu", "start_cpu", "stall", "floor", "restore")
    print("| stages | whole write on one thread | its CPU | UI thread's CPU to start it | longest UI stall "
          "while written | longest UI stall, no write | restore |\n|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for stages in SIZES:
            r = measure(app, stages, Path(folder))
            cells = [f"{statistics.median(r[n]) * 1000:,.1f} / {max(r[n]) * 1000:,.1f}" for n in names]
            print(f"| {stages:,} | " + " | ".join(cells) + " |")
    print("ms, median / worst of 7")
    print(f"load average after: {open('/proc/loadavg').read().strip()}")


if __name__ == "__main__":
    main()
