"""How long checking a map against deal history takes, and how much memory (not run by CI).

    .venv/bin/python bench/evidence.py

Targets (issue 18): 1,000,000 stage events end to end in at most 5 s and 1 GB; 10,000 events in
at most 0.3 s. "End to end" is what the app and the CLI do after start-up: read the CSV, parse and
check every time, match the stages, compute every figure, and write the JSON (`read_history`,
`compare`, `json.dumps`). Each size runs in a fresh process (so the engine's first import counts
and the peak resident memory is that run's own); figures: median of 3 runs. The CSV is the
five-step map's deals: 200,000 deals of 5 events for the large size, with objection loops,
deals dropping out at every stage and a status column. The CPU time and the machine's load
average are printed too: on a shared machine the wall time says more about the neighbours.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGETS = {10_000: (0.3, None), 1_000_000: (5.0, 1024.0)}
RUNS = 3
_STAGES = ["Prospect", "Connect", "Research", "Present", "Close"]


def write_events(path: Path, events: int) -> None:
    rng = random.Random(18)
    lines = ["deal_id,stage,timestamp,status"]
    deal = 0
    while len(lines) <= events:
        day = rng.random() * 300
        path_taken = _STAGES[:rng.randint(1, 5)]
        if len(path_taken) == 5 and rng.random() < 0.2:
            path_taken += ["Research", "Present", "Close"]
        outcome = "Closed won" if len(path_taken) >= 5 and rng.random() < 0.6 else None
        for stage in path_taken + ([outcome] if outcome else []):
            day += rng.random() * 20
            seconds = int(day * 86400)
            stamp = f"{2025 + seconds // (365 * 86400)}-{1 + seconds // (31 * 86400) % 12:02d}-" \
                    f"{1 + seconds // 86400 % 28:02d} {seconds // 3600 % 24:02d}:{seconds // 60 % 60:02d}:00"
            status = "won" if stage == outcome else ("lost" if stage == path_taken[-1] and not outcome else "")
            lines.append(f"D{deal},{stage},{stamp},{status}")
        deal += 1
    path.write_text("\n".join(lines[:events + 1]) + "\n")


_ONE_RUN = """import json, os, resource, sys, time
started = time.perf_counter()
from salesmap_studio.evidence.history import read_history
from salesmap_studio.evidence.report import compare
from salesmap_studio.persistence import load
doc = load(sys.argv[1])
loaded, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
text = json.dumps(compare(doc, read_history(sys.argv[2])).to_dict(), allow_nan=False)
done, after = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
print(json.dumps({"seconds": done - loaded, "cpu": cpu, "with_imports": done - started,
                  "peak_mb": after.ru_maxrss / 1024, "load": os.getloadavg()[0]}))
"""


def measure(csv: Path) -> dict:
    runs = []
    for _ in range(RUNS):
        done = subprocess.run([sys.executable, "-c", _ONE_RUN, str(ROOT / "resources/templates/five-step.en.smap"),
                               str(csv)], cwd=ROOT, capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout))
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def main() -> int:
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for events, (seconds, megabytes) in TARGETS.items():
            csv = Path(folder) / f"events-{events}.csv"
            write_events(csv, events)
            figures = measure(csv)
            ok = figures["seconds"] <= seconds and (megabytes is None or figures["peak_mb"] <= megabytes)
            failed |= not ok
            limit = f"<= {seconds} s" + (f", <= {megabytes:.0f} MB" if megabytes else "")
            print(f"{events:>9,} events: {figures['seconds']:.2f} s ({figures['cpu']:.2f} s CPU; "
                  f"{figures['with_imports']:.2f} s with the imports), peak {figures['peak_mb']:.0f} MB, "
                  f"load average {figures['load']:.1f}  [target {limit}: {'ok' if ok else 'MISSED'}]")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
