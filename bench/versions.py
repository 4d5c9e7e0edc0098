"""How long the semantic diff and the three-way merge of two 5,000-stage versions take.

Both sides edit one base: ours renames every 10th stage, moves every 7th and adds a checklist
item to every 13th; theirs changes the entry criteria of every 11th, deletes 50 objection links,
adds 100 stages and gives every 10th stage (ours' renames) another name, so the merge also
records 500 conflicts. Timed: `diff(base, ours)` (the dicts), `merge(base, ours, theirs)` without
and with the strict check of its result (the reader's full validation, as the CLI does), and the whole `salesmap-studio merge` command (three files read, the
result written) as git runs it.

Run: .venv/bin/python bench/versions.py [--stages 5000]   (numbers go to docs/performance.md, "Versions")
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.persistence import generated_map, median_seconds  # noqa: E402
from salesmap_studio.versions import diff, merge  # noqa: E402
from salesmap_studio.versions.documents import as_map  # noqa: E402


CLASH = 0   # theirs renames the stages ours renames: 500 conflicts


def edited(base: dict, ours: bool) -> dict:
    doc = copy.deepcopy(base)
    for i, node in enumerate(doc["nodes"]):
        if node["kind"] != "stage":
            continue
        if i % 10 == (0 if ours else CLASH):
            node["name"] = f"{'Ours' if ours else 'Theirs'} {i}"
        if ours and i % 7 == 0:
            node["x"] += 40.0
        if ours and i % 13 == 0:
            node["exit_checklist"].append({"text": "Signed off", "required": True})
        if not ours and i % 11 == 0:
            node["entry_criteria"] = "Changed by the other workshop."
    if not ours:
        objections = [link["id"] for link in doc["links"] if link["kind"] == "objection"][:50]
        doc["links"] = [link for link in doc["links"] if link["id"] not in objections]
        extra = copy.deepcopy(doc["nodes"][0])
        doc["nodes"] += [dict(extra, id=f"theirs-{k}", name=f"Added {k}") for k in range(100)]
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stages", type=int, default=5000)
    stages = parser.parse_args().stages
    base = generated_map(stages, stages_only=True).to_dict()
    ours, theirs = edited(base, True), edited(base, False)
    result = merge(base, ours, theirs, check=as_map)
    print(f"{stages} stages: {len(diff(base, ours).changes)} changes, {len(result.conflicts)} conflicts")
    print(f"for scale, the strict load of one version: {median_seconds(lambda: as_map(ours), 3):.3f} s")
    print(f"diff:  {median_seconds(lambda: diff(base, ours), 5):.3f} s")
    print(f"merge: {median_seconds(lambda: merge(base, ours, theirs), 5):.3f} s")
    print(f"merge and the strict check of its result: {median_seconds(lambda: merge(base, ours, theirs, check=as_map), 5):.3f} s")
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"{name}.smap" for name in ("base", "ours", "theirs")]
        for path, doc in zip(paths, (base, ours, theirs)):
            path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
        command = [sys.executable, "-m", "salesmap_studio", "merge", *map(str, paths), "-o", str(Path(folder) / "out.smap")]
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        print(f"salesmap-studio merge (whole command, start-up included): {time.perf_counter() - started:.3f} s")


if __name__ == "__main__":
    main()
