"""Every command on the largest map the spec allows and on the hostile fixtures: time and peak memory.

    .venv/bin/python bench/limits.py [--quick] [--only WORD,WORD…]

The largest map: 20,000 nodes (stages with a short checklist, a decision every
tenth step, 20 lanes), 50,000 links (the chain, a "no" per decision, objection
loops and cross links) and 5,000 sticky notes, written as version 1 and (validate only) as the program
saves it, version 2. Each command runs as the user
runs it, `python -m salesmap_studio …` in its own process; its peak memory is
that process's peak resident set (`os.wait4`, see tests/cli/runner.py). Targets (issue 20): a file is
accepted or refused in ≤ 5 s and ≤ 300 MB; an export's memory grows with a
page, not with the document (≤ 500 MB for the largest map). `--quick` skips the
largest map (minutes) and the 32 MiB files; `--only svg,packed` runs only the rows whose file name or
command holds one of the words. Besides wall time each row gives the command's CPU time: under load on a
shared machine wall time can be several times the CPU time.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from salesmap_studio.persistence import load, save  # noqa: E402
from tests.cli.runner import run_cli  # noqa: E402
from tests.persistence.conftest import BOMBS, FIXTURES, GENERATED, PACKED  # noqa: E402

NODES, LINKS, NOTES = 20_000, 50_000, 5_000
PER_ROW, LANES = 100, 20
EXPORTS = {
    "pdf": ("map.pdf",), "pdf + playbook": ("map.pdf", "--playbook"), "poster 3x2": ("map.pdf", "--poster", "3x2"),
    "png": ("map.png", "--dpi", "10"), "svg": ("map.svg",),
}
HOSTILE = ("long-word-note.smap", "infinite-funnel.smap", "links-of-2000-numbers.smap",
           "nodes-of-2000-empty-objects.smap")
BIG_HOSTILE = ("32-MiB-of-numbers-as-links.smap", "32-MiB-of-empty-nodes.smap", "32-MiB-of-empty-notes.smap",
               "32-MiB-of-empty-checklist-items.smap", "50001-links.smap", *PACKED, "every-list-at-its-limit.smap",
               *BOMBS)


def largest_map() -> dict:
    nodes, links = [], []
    for i in range(NODES - 1):
        row, col = divmod(i, PER_ROW)
        place = {"x": 260.0 * col, "y": 130.0 + 260.0 * (row % LANES), "owner": f"team{row % LANES}"}
        if i % 10 == 9:
            nodes.append({"id": f"n{i}", "kind": "decision", "name": f"Budget confirmed at step {i + 1}?", **place})
            links.append({"id": f"no{i}", "source": f"n{i}", "target": "lost", "kind": "no", "share": 0.3})
        else:
            nodes.append({"id": f"n{i}", "kind": "stage", "name": f"Stage {i + 1}: qualify the buying committee",
                          "entry_criteria": "The lead meets the minimum qualification.",
                          "exit_checklist": [{"text": "Contact data complete", "required": True},
                                             {"text": "Next meeting booked", "required": False}],
                          "expected_days": 7, "conversion_rate": 0.99, **place})
        if i:
            links.append({"id": f"l{i}", "source": f"n{i - 1}", "target": f"n{i}",
                          "kind": "yes" if i % 10 == 0 else "flow"})
    nodes.append({"id": "lost", "kind": "outcome", "name": "Closed lost", "result": "lost", "x": 0.0, "y": -200.0})
    nodes[-2] = {"id": f"n{NODES - 2}", "kind": "outcome", "name": "Closed won", "result": "won",
                 "x": nodes[-2]["x"], "y": nodes[-2]["y"]}
    for i in range(LINKS - len(links)):  # objection loops back across the map
        links.append({"id": f"x{i}", "source": f"n{(i * 7 + 3) % (NODES - 1)}", "target": f"n{(i * 13) % (NODES - 1)}",
                      "kind": "objection", "label": "Too expensive", "share": 0.01})
    notes = [{"id": f"note{i}", "text": "Parking lot: who signs off discounts?", "x": 260.0 * (i % 400),
              "y": -400.0 - 200.0 * (i // 400)} for i in range(NOTES)]
    lanes = [{"id": f"team{r}", "name": f"Team {r + 1}", "color": "#4A7FB5"} for r in range(LANES)]
    return {"format": "salesmap", "version": 1, "title": "The largest map the spec allows", "language": "en",
            "start": "n0", "lanes": lanes, "nodes": nodes, "links": links, "notes": notes,
            "funnel": {"target": 120, "period": "year"}}


def commands(path: Path, out: Path) -> dict[str, list[str]]:
    listed = {"validate": ["validate", str(path)], "lint": ["lint", str(path)], "funnel": ["funnel", str(path)],
              "layout": ["layout", "-o", str(out / "laid-out.smap"), str(path)]}
    for name, (target, *options) in EXPORTS.items():
        listed[name] = ["export", str(path), str(out / target), *options]
    return listed


def measure(path: Path, out: Path, only_validate: bool, only: list[str]) -> None:
    for command, args in commands(path, out).items():
        if only_validate and command != "validate" or not wanted(path.name, command, only):
            continue
        run = run_cli(*args, cwd=out, timeout=3600)
        said = run.err_lines[0].split(": ", 2)[-1][:70] if run.err_lines else ""  # the reason, not the file
        print(f"| {path.name} | {command} | {run.status} | {run.seconds:.1f} | {run.cpu_seconds:.1f} "
              f"| {run.peak_mb:.0f} | {said} |", flush=True)


def wanted(name: str, command: str, only: list[str]) -> bool:
    return not only or any(word in name or word in command for word in only)


def main() -> None:
    quick = "--quick" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1].split(",") if "--only" in sys.argv else []
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| file | command | exit | seconds | CPU s | peak MB | said (stderr) |\n|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        if not quick and any(wanted(name, command, only) for name in ("largest.smap", "largest-v2.smap")
                             for command in commands(out, out)):
            largest = out / "largest.smap"
            largest.write_text(json.dumps(largest_map(), indent=2), "utf-8")
            measure(largest, out, only_validate=False, only=only)
            if wanted("largest-v2.smap", "validate", only):  # as the program saves it: version 2, read as it is
                save(load(largest), out / "largest-v2.smap")
                measure(out / "largest-v2.smap", out, only_validate=True, only=only)
        for name in HOSTILE:
            measure(FIXTURES / name, out, only_validate=name.startswith(("links-", "nodes-")), only=only)
        for name in () if quick else BIG_HOSTILE:
            if wanted(name, "validate", only):
                GENERATED[name](out / name)
                measure(out / name, out, only_validate=True, only=only)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
