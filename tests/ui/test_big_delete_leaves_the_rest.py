"""Edit ▸ Delete of nearly everything on a big map (more items than the scene removes one by one
with its index off): the stages left answer the mouse, and where the others were nothing does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .helpers import at, click, drag
from .test_big_map_open import library

STAGES = 600  # past the scene's bulk threshold (500 items in one step)
CTRL = Qt.KeyboardModifier.ControlModifier


def test_after_deleting_all_but_two_stages_the_canvas_picks_only_those_two(window_for):
    window = window_for(library(STAGES))
    doc = window.document
    first, gone, second = doc.node("s3"), doc.node("s4"), doc.node("s5")
    window.menu_actions["Select &All"].trigger()
    for kept in (first, second):
        click(window, at(window, kept.x, kept.y), CTRL)   # out of the selection
    window.menu_actions["De&lete"].trigger()
    assert [node.id for node in doc.nodes()] == ["s3", "s5"] and doc.links() == [] and doc.notes() == []

    click(window, at(window, gone.x, gone.y))
    assert window.selection.ids() == []
    click(window, at(window, first.x, first.y))
    assert window.selection.ids() == ["s3"]
    drag(window, at(window, first.x - 130, first.y - 75), at(window, second.x + 130, second.y + 75))
    assert sorted(window.selection.ids()) == ["s3", "s5"]   # a rubber band over the three places
    drag(window, at(window, second.x, second.y), at(window, second.x, second.y + 60))
    moved = doc.node("s5")
    assert (moved.x, moved.y) == pytest.approx((second.x, second.y + 60), abs=1.0)
