"""How long one recovery snapshot takes on large maps — the UI waits for it (not run by CI).

    .venv/bin/python bench/autosave.py            # 1,000, 5,000 and 20,000 stages

Autosave writes 2 s after the last edit, on the UI thread, through the same
canonical JSON and atomic writer as Save. Figures: median and worst of 7 writes.
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
from salesmap_studio.ui.recovery.snapshots import read_snapshot, write_snapshot  # noqa: E402

SIZES = (1_000, 5_000, 20_000)


def big_map(stages: int) -> SalesMap:
    lanes = [Lane(id=f"lane{i}", name=f"Team {i}") for i in range(4)]
    nodes = [Stage(id=f"s{i}", name=f"Stage {i} of the process", entry_criteria="Qualified and budget known.",
                   activities="Call, demo and written proposal.", owner=f"lane{i % 4}",
                   x=float(i % 50) * 320, y=float(i // 50) * 180) for i in range(stages)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(stages - 1)]
    return SalesMap.from_parts(MapInfo(title="Benchmark", language="en"), lanes=lanes, nodes=nodes, links=links)


def measure(stages: int, folder: Path) -> tuple[float, float, float]:
    doc, file = big_map(stages), folder / f"{stages}.smap-recovery"
    times = []
    for _ in range(7):
        start = time.perf_counter()
        write_snapshot(file, doc, Path("/maps/big.smap"))
        times.append(time.perf_counter() - start)
    start = time.perf_counter()
    read_snapshot(file).load()
    return statistics.median(times), max(times), time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'stages':>8} {'write median':>13} {'write worst':>12} {'restore':>9}")
        for stages in SIZES:
            median, worst, restore = measure(stages, Path(folder))
            print(f"{stages:>8} {median * 1000:>11.0f}ms {worst * 1000:>10.0f}ms {restore * 1000:>7.0f}ms")


if __name__ == "__main__":
    main()
