"""A link's bend points and the mouse: drag both ends together and the bends come along;
drag one end and the link goes back to its own curve. Either way, one undo step."""

from __future__ import annotations

import pytest

from .helpers import assert_one_undo_step, at, drag


@pytest.fixture
def window(window_for, doc):
    window = window_for(doc)
    window.canvas.centerOn(400, 260)
    return window


@pytest.fixture
def bent(window, modeling_on):
    """Two stages joined by a link bent up through two points."""
    modeling = modeling_on(window)
    a, b = modeling.add_node("stage", 200, 130, name="Lead"), modeling.add_node("stage", 500, 130, name="Demo")
    link = modeling.connect(a, b)
    modeling.set_link_fields(link, points=[(300.0, 60.0), (400.0, 60.0)])
    return a, b, link


def points_of(window, link_id):
    return next(link["points"] for link in window.document.to_dict()["links"] if link["id"] == link_id)


def test_dragging_both_ends_together_carries_the_bends_along(window, bent):
    a, b, link = bent
    window.selection.set_ids([a, b])
    before, steps = window.document.to_dict(), window.undo_stack.count()
    drag(window, at(window, 500, 130), at(window, 540, 100))
    assert [(round(n.x), round(n.y)) for n in window.document.nodes()] == [(240, 100), (540, 100)]
    assert points_of(window, link) == [[340.0, 30.0], [440.0, 30.0]]
    assert_one_undo_step(window, before, steps)


def test_dragging_one_end_clears_the_bends_in_the_same_step(window, bent):
    a, _b, link = bent
    before, steps = window.document.to_dict(), window.undo_stack.count()
    drag(window, at(window, 200, 130), at(window, 230, 170))
    assert (round(window.document.node(a).x), round(window.document.node(a).y)) == (230, 170)
    assert points_of(window, link) == []
    assert_one_undo_step(window, before, steps)
    window.undo_stack.undo()
    assert points_of(window, link) == [[300.0, 60.0], [400.0, 60.0]], "undo brings the bends back with the node"
