"""`salesmap-studio layout` never writes a file the reader refuses: routes past the spec's bend points in
all are refused with one line, and nothing is written (the limit is lowered here so that the five-step
template's four bend points pass it; the real one, 200,000, needs a map of tens of thousands of links)."""

from __future__ import annotations

from pathlib import Path

from salesmap_studio.cli import main
from salesmap_studio.model import limits
from salesmap_studio.persistence import load

FIVE_STEP = Path(__file__).resolve().parents[2] / "resources" / "templates" / "five-step.en.smap"


def test_layout_past_the_bend_points_in_all_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(limits.MOST_IN_ALL, "points", 1)
    out = tmp_path / "laid.smap"
    assert main(["layout", str(FIVE_STEP), "-o", str(out)]) == 2
    assert not out.exists()
    said = capsys.readouterr().err.strip().splitlines()
    assert said == [f"salesmap-studio: {out}: links[7].points: the map holds more than 1 bend points in all; "
                    "at most 1 are allowed; nothing written"]


def test_layout_within_the_limits_writes_a_map_that_opens(tmp_path):
    out = tmp_path / "laid.smap"
    assert main(["layout", str(FIVE_STEP), "-o", str(out)]) == 0
    assert limits.in_all(load(out), "points") > 0
