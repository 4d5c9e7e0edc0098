"""An export's memory grows with the drawing's parts, not with the whole document (issue 20): the SVG is
written element by element (the largest map's took 631 MB, its tree and text ~330 MB of it), and the PNG
lets go of Qt's cached paths and texts as it paints (the largest map's took 1 GB)."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

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


@pytest.fixture(scope="module")
def big_map(tmp_path_factory):
    """A map of 4,000 stages and 12,000 links, and the peak memory of reading it."""
    path = tmp_path_factory.mktemp("big") / "big.smap"
    path.write_text(json.dumps(_big_map(4_000)), "utf-8")
    read = run_cli("validate", path, timeout=300)
    assert read.status == 0, read.err_lines
    return path, read.peak_mb


def test_the_svg_of_a_big_map_takes_little_more_memory_than_reading_it(big_map):
    path, read_mb = big_map
    svg = run_cli("export", path, path.with_suffix(".svg"), timeout=300)
    assert svg.status == 0, svg.err_lines
    # reading peaks with the file's text beside the entities, the SVG with the geometry: 83 and 113 MB (the
    # whole tree and text took ~60 MB more)
    assert svg.peak_mb - read_mb < 40, f"read {read_mb:.0f} MB, SVG {svg.peak_mb:.0f} MB"
    assert path.with_suffix(".svg").read_bytes().count(b"<path ") == 12_000 - 1


def test_the_png_of_a_big_map_takes_little_more_memory_than_reading_it(big_map):
    path, read_mb = big_map
    png = run_cli("export", path, path.with_suffix(".png"), "--dpi", "10", timeout=300)
    assert png.status == 0, png.err_lines
    # Qt's start (fonts, a GUI application) and the map's geometry take ~110 MB; all the cached paths took 100 more
    assert png.peak_mb - read_mb < 150, f"read {read_mb:.0f} MB, PNG {png.peak_mb:.0f} MB"
    assert path.with_suffix(".png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_poster_of_a_big_map_takes_no_more_memory_than_its_one_page_pdf(big_map):
    """reportlab kept every page's operators, joined, until the file was saved: the overview and the sheets
    of a 3 × 2 poster each held the map's (24 MB more than the one page at 4,000 stages, 112 MB at the
    largest map). Each page is now compressed as it ends."""
    path, _ = big_map
    page = run_cli("export", path, path.with_suffix(".pdf"), timeout=300)
    poster = run_cli("export", path, path.with_name("poster.pdf"), "--poster", "3x2", timeout=300)
    assert page.status == poster.status == 0, poster.err_lines
    assert poster.peak_mb <= page.peak_mb + 5, f"one page {page.peak_mb:.0f} MB, poster {poster.peak_mb:.0f} MB"
    assert len(PdfReader(path.with_name("poster.pdf")).pages) == 1 + 6  # the overview and the sheets
