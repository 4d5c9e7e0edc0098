"""Align and distribute: boxes of different sizes line up by their edges, gaps come out even."""

import pytest

from salesmap_studio.analysis.layout.align import align, distribute

BOXES = {"stage": (100.0, 50.0, 200.0, 96.0), "decision": (400.0, 200.0, 150.0, 110.0),
         "outcome": (700.0, 120.0, 160.0, 56.0)}


@pytest.mark.parametrize("edge, expected", [
    ("left", {"stage": (100.0, 50.0), "decision": (75.0, 200.0), "outcome": (80.0, 120.0)}),
    ("right", {"stage": (680.0, 50.0), "decision": (705.0, 200.0), "outcome": (700.0, 120.0)}),
    ("centre", {"stage": (390.0, 50.0), "decision": (390.0, 200.0), "outcome": (390.0, 120.0)}),
    ("top", {"stage": (100.0, 50.0), "decision": (400.0, 57.0), "outcome": (700.0, 30.0)}),
    ("bottom", {"stage": (100.0, 207.0), "decision": (400.0, 200.0), "outcome": (700.0, 227.0)}),
    ("middle", {"stage": (100.0, 128.5), "decision": (400.0, 128.5), "outcome": (700.0, 128.5)}),
])
def test_align_moves_each_box_to_the_selections_edge(edge, expected):
    assert align(BOXES, edge) == expected


def test_distribute_horizontally_leaves_equal_gaps_between_boxes_and_keeps_the_outer_ones():
    moved = distribute(BOXES, "horizontal")
    assert moved["stage"] == (100.0, 50.0) and moved["outcome"] == (700.0, 120.0)
    right_of_stage, left_of_outcome = 200.0, 620.0
    gap = (left_of_outcome - right_of_stage - 150.0) / 2
    assert moved["decision"] == pytest.approx((right_of_stage + gap + 75.0, 200.0))


def test_distribute_vertically_orders_by_height_on_the_map():
    moved = distribute(BOXES, "vertical")
    assert moved["stage"][1] == 50.0 and moved["decision"][1] == 200.0
    top_gap = (moved["outcome"][1] - 28.0) - (50.0 + 48.0)
    bottom_gap = (200.0 - 55.0) - (moved["outcome"][1] + 28.0)
    assert top_gap == pytest.approx(bottom_gap)


def test_fewer_than_three_boxes_are_not_distributed():
    two = {"a": (0.0, 0.0, 10.0, 10.0), "b": (50.0, 9.0, 10.0, 10.0)}
    assert distribute(two, "horizontal") == {"a": (0.0, 0.0), "b": (50.0, 9.0)}


def test_unknown_directions_are_refused_with_a_message():
    with pytest.raises(ValueError, match="Unknown edge"):
        align(BOXES, "diagonal")
    with pytest.raises(ValueError, match="Unknown direction"):
        distribute(BOXES, "sideways")
