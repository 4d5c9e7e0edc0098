"""The free spot for a new item: nearest the wanted point, on no node or note, inside the view when asked."""

from __future__ import annotations

import math

from salesmap_studio.analysis.layout.free_spot import GAP, centred, free_spot, occupied
from salesmap_studio.analysis.layout.notes import parking_spot
from salesmap_studio.model import Lane, MapInfo, Note, SalesMap, Stage


def a_map(stages=(), notes=(), lanes=()) -> SalesMap:
    return SalesMap.from_parts(
        MapInfo(title="Free spots", language="en"), lanes=list(lanes),
        nodes=[Stage(id=f"s{i}", name="Stage", x=x, y=y) for i, (x, y) in enumerate(stages)],
        notes=[Note(id=f"n{i}", text="?", x=x, y=y) for i, (x, y) in enumerate(notes)])


def clear_of_everything(doc: SalesMap, kind: str, spot: tuple[float, float]) -> bool:
    left, top, right, bottom = centred(*spot, kind)
    return all(right + GAP <= b[0] or b[2] + GAP <= left or bottom + GAP <= b[1] or b[3] + GAP <= top
               for b in occupied(doc))


def test_should_keep_a_free_wanted_point():
    assert free_spot(a_map(stages=[(0, 0)]), "stage", 600, 0) == (600, 0)


def test_should_move_off_a_stage_to_the_nearest_side_and_go_down_on_a_tie():
    doc = a_map(stages=[(0, 0)])
    spot = free_spot(doc, "stage", 0, 0)
    assert spot == (0, 96 + GAP) and clear_of_everything(doc, "stage", spot)


def test_should_avoid_sticky_notes_too():
    doc = a_map(notes=[(0, 0)])
    assert clear_of_everything(doc, "stage", free_spot(doc, "stage", 10, 10))


def test_should_keep_the_whole_box_inside_the_view():
    view = (0.0, 0.0, 800.0, 600.0)
    x, y = free_spot(a_map(), "stage", 795, 598, within=view)
    assert (x + 100, y + 48) == (800, 600)


def test_should_leave_a_full_view_for_the_nearest_free_spot_outside_it():
    doc = a_map(stages=[(0, 0)])
    spot = free_spot(doc, "stage", 0, 0, within=(-100, -48, 100, 48))
    assert clear_of_everything(doc, "stage", spot)


def test_should_find_room_beside_a_crowded_map():
    grid = [(col * 260.0, row * 130.0) for row in range(40) for col in range(40)]
    doc = a_map(stages=grid)
    spot = free_spot(doc, "stage", 20 * 260, 20 * 130)
    assert clear_of_everything(doc, "stage", spot)


def test_should_park_notes_in_a_row_above_the_map_and_its_lanes():
    lanes = [Lane(id="sales", name="Sales", color="#3E9E78")]
    doc = a_map(stages=[(0, 130), (260, 130)], lanes=lanes)
    x, y = parking_spot(doc)
    assert y + 60 < 0, "above the lane band that starts at 0"
    parked = a_map(stages=[(0, 130), (260, 130)], notes=[(x, y)], lanes=lanes)
    x2, y2 = parking_spot(parked)
    assert y2 == y and x2 > x and clear_of_everything(parked, "note", (x2, y2))
    assert not math.isinf(x2)
