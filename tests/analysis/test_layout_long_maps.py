"""Auto layout of maps too long for one row: they wrap into bands and stay on the canvas (±1,000,000)."""

import pytest

from salesmap_studio.analysis.geometry.shapes import SIZES
from salesmap_studio.analysis.layout import LayoutError, auto_layout
from salesmap_studio.cli import main

from .builders import chain, make_map, stage


def long_chain(count: int, lanes=()):
    ids = [f"s{i}" for i in range(count)]
    owner = {"owner": lanes[0]} if lanes else {}
    return make_map([stage(i, **owner) for i in ids], chain(*ids), lanes=lanes, start="s0")


def boxes(doc, positions):
    w, h = SIZES["stage"]
    return [(x - w / 2, y - h / 2, x + w / 2, y + h / 2) for x, y in (positions[n.id] for n in doc.nodes())]


def overlaps(placed) -> int:
    """Overlapping pairs, found by sweeping the boxes left to right (thousands of boxes, fast)."""
    placed = sorted(placed)
    count = 0
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            if b[0] >= a[2]:
                break
            count += a[1] < b[3] and b[1] < a[3]
    return count


def test_a_5000_stage_chain_wraps_into_bands_inside_the_canvas_without_overlaps():
    doc = long_chain(5000)
    positions = auto_layout(doc)
    placed = boxes(doc, positions)
    assert all(-1_000_000 <= edge <= 1_000_000 for box in placed for edge in box)
    assert overlaps(placed) == 0
    rows = sorted({y for _, y in positions.values()})
    assert len(rows) > 2                                    # wrapped like a paragraph, not one endless row
    assert positions["s0"] == (0.0, rows[0])                # reading starts top left
    assert positions["s1"][0] > positions["s0"][0]          # and runs left to right within a band
    width = max(b[2] for b in placed) - min(b[0] for b in placed)
    height = max(b[3] for b in placed) - min(b[1] for b in placed)
    assert 0.5 < width / height < 3                         # roughly page shaped


def test_a_long_map_with_lanes_moves_its_columns_closer_and_stays_in_its_lane():
    doc = long_chain(3500, lanes=("sales",))
    positions = auto_layout(doc)
    assert all(abs(x) + 100 <= 1_000_000 and 0 <= y <= doc.info.lane_height for x, y in positions.values())
    assert overlaps(boxes(doc, positions)) == 0


def test_a_map_too_long_for_its_lanes_is_refused_with_a_reason():
    with pytest.raises(LayoutError, match="too long"):
        auto_layout(long_chain(7000, lanes=("sales",)))


def test_the_layout_command_wraps_a_long_chain_and_refuses_a_too_long_lane_in_one_line(tmp_path, capsys):
    from salesmap_studio.persistence import load, save

    source, out = tmp_path / "chain.smap", tmp_path / "out.smap"
    save(long_chain(5000), source)
    assert main(["layout", str(source), "-o", str(out)]) == 0
    assert all(abs(node.x) <= 1_000_000 for node in load(out).nodes())
    save(long_chain(7000, lanes=("sales",)), source)
    assert main(["layout", str(source), "-o", str(tmp_path / "refused.smap")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "too long" in err and "Traceback" not in err
    assert not (tmp_path / "refused.smap").exists()
