"""The SVG export writes its elements as it draws them: its memory grows with the drawing's parts, not with
the whole document's tree (issue 20: the largest map's SVG took 631 MB, its tree and text ~330 MB of it)."""

from __future__ import annotations

import json

from tests.cli.runner import run_cli


def _big_map(stages: int) -> dict:
    nodes = [{"id": f"n{i}", "kind": "stage", "name": f"Stage {i + 1}: qualify the buying committee",
              "entry_criteria": "The lead meets the minimum qualification.",
              "exit_checklist": [{"text": "Contact data complete"}, {"text": "Next meeting booked"}],
              "x": 260.0 * (i % 100), "y": 260.0 * (i // 100)} for i in range(stages)]
    links = [{"id": f"l{i}", "source": f"n{i}", "target": f"n{i + 1}"} for i in range(stages - 1)]
    links += [{"id": f"x{i}", "source": f"n{(i * 7 + 3) % stages}", "target": f"n{(i * 13) % stages}",
               "kind": "objection", "label": "Too expensive"} for i in range(2 * stages)]
    return {"format": "salesmap", "version": 2, "title": "Big map", "nodes": nodes, "links": links}


def test_the_svg_of_a_big_map_takes_little_more_memory_than_reading_it(tmp_path):
    path = tmp_path / "big.smap"
    path.write_text(json.dumps(_big_map(4_000)), "utf-8")
    read = run_cli("validate", path, timeout=300)
    svg = run_cli("export", path, tmp_path / "big.svg", timeout=300)
    assert (read.status, svg.status) == (0, 0), svg.err_lines
    assert svg.peak_mb - read.peak_mb < 30, f"read {read.peak_mb:.0f} MB, SVG {svg.peak_mb:.0f} MB"
    assert (tmp_path / "big.svg").read_bytes().count(b"<path ") == 12_000 - 1
