"""How long loading and saving a big map takes, and how large the file is.

Run: .venv/bin/python bench/persistence.py   (numbers go to docs/performance.md, "Files")
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from salesmap_studio.model import (  # noqa: E402
    ChecklistItem, Decision, Lane, Link, MapInfo, Outcome, Phase, SalesMap, Stage,
)
from salesmap_studio.persistence import load, save  # noqa: E402

LANES = [Lane(id=f"lane{i}", name=name) for i, name in enumerate(["Marketing", "Sales", "Sales engineering", "Success"])]
PHASES = [Phase(id=f"phase{i}", name=name) for i, name in enumerate(["Awareness", "Consideration", "Decision", "Advocacy"])]


def stage(i: int) -> Stage:
    return Stage(
        id=f"s{i}", name=f"Stage {i}: product demo for the buying centre",
        entry_criteria="Budget, authority, need and timeline confirmed in the discovery call.",
        activities="Tailored demo; objections noted; next step agreed with the champion.",
        exit_checklist=[ChecklistItem(text=f"Checkpoint {k}", required=k == 0) for k in range(3)],
        substeps=["Prepare", "Present", "Follow up"], owner=LANES[i % 4].id, phase=PHASES[i % 4].id,
        expected_days=float(i % 30), conversion_rate=0.75, x=float(i % 100) * 320, y=float(i // 100) * 260,
    )


def node(i: int, stages_only: bool):
    if stages_only or i % 5 < 3:
        return stage(i)
    if i % 5 == 3:
        return Decision(id=f"s{i}", name=f"Budget confirmed at step {i}?", owner=LANES[1].id, x=i % 100 * 320.0)
    return Outcome(id=f"s{i}", name=f"Closed {i}", result="lost", x=i % 100 * 320.0, y=i // 100 * 260.0)


def generated_map(count: int, stages_only: bool) -> SalesMap:
    nodes = [node(i, stages_only) for i in range(count)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}", share=0.8) for i in range(count - 1)]
    links += [Link(id=f"o{i}", source=f"s{i}", target=f"s{i - 3}", kind="objection", label="Too expensive")
              for i in range(3, count, 4)]
    info = MapInfo(title=f"{count} nodes", goal="Measure the file layer", start="s0")
    return SalesMap.from_parts(info, LANES, PHASES, nodes, links)


def median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(label: str, doc: SalesMap, folder: Path, runs: int = 5) -> str:
    path = folder / "bench.smap"
    save_s = median_seconds(lambda: save(doc, path), runs)
    load_s = median_seconds(lambda: load(path), runs)
    assert load(path).to_dict() == doc.to_dict()
    size = path.stat().st_size / 2**20
    return f"| {label} | {len(doc.links()):,} | {size:.1f} MiB | {load_s * 1000:.0f} ms | {save_s * 1000:.0f} ms |"


def main() -> None:
    print(f"Python {sys.version.split()[0]}, median of 5 runs")
    print("| map | links | file | load | save |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        print(measure("5,000 stages", generated_map(5_000, stages_only=True), Path(folder)))
        print(measure("20,000 nodes (stages, decisions, outcomes)", generated_map(20_000, stages_only=False), Path(folder)))


if __name__ == "__main__":
    main()
