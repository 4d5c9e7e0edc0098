"""The slide deck: export time and file size for the extended template (both languages) and a
1,000-stage map.

    .venv/bin/python bench/deck.py

Prints, per map: slides, tiles of the map, seconds to export (best of 3 for the templates, one run
for 1,000 stages; wall clock and this process's CPU time, which a busy machine leaves alone) and the
size of the .pptx.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pptx import Presentation  # noqa: E402

from salesmap_studio.analysis.geometry import map_geometry  # noqa: E402
from salesmap_studio.export.deck import export_deck  # noqa: E402
from salesmap_studio.export.deck.tiles import plan_map_slides  # noqa: E402
from salesmap_studio.persistence import load  # noqa: E402
from tests.export.maps import chain_map  # noqa: E402

TEMPLATES = Path(__file__).resolve().parent.parent / "resources" / "templates"


def measure(name: str, doc, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "deck.pptx"
        best, cpu = float("inf"), float("inf")
        for _ in range(runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            export_deck(doc, out)
            best, cpu = min(best, time.perf_counter() - start), min(cpu, time.process_time() - start_cpu)
        slides = len(Presentation(str(out)).slides)
        tiles = len(plan_map_slides(map_geometry(doc)).tiles)
        print(f"{name:<20} {slides:>5} slides {tiles:>4} tiles {best:>7.2f} s ({cpu:.2f} s CPU) "
              f"{out.stat().st_size / 1024:>6.0f} KB")


def main() -> None:
    for lang in ("en", "de"):
        measure(f"extended-b2b.{lang}", load(TEMPLATES / f"extended-b2b.{lang}.smap"), 3)
    measure("1,000 stages", chain_map(1000), 1)


if __name__ == "__main__":
    main()
