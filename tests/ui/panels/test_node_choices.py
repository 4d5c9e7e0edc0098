"""The map's start and the funnel's won point are picked from a list of the map's nodes, in the flow's order.

The list is made when the user opens it (not when the map opens), so these
tests open it the way a user does: a click on the box.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from salesmap_studio.ui.panels.map_inspector import MapInspector

from ..helpers import open_combo, pick_with_the_mouse
from .undo_check import one_undo_step

NAMES = ["Lead", "Demo", "Offer"]


@pytest.fixture
def map_panel(doc, context_for, shown):
    context = context_for(doc)
    modeling = context.modeling
    ids = [modeling.add_node("stage", 200 * i, 390, name=name, owner="sales") for i, name in enumerate(NAMES)]
    modeling.connect(ids[0], ids[1])
    modeling.connect(ids[1], ids[2])
    modeling.set_info(start=ids[0])
    modeling.undo_stack.clear()
    panel = shown(MapInspector(context), height=1100)
    panel.show_ids([])
    return panel


def listed(qtbot, box) -> list[str]:
    """Opens the list with a click, reads it, and closes it with Escape."""
    view = open_combo(qtbot, box)
    entries = [box.itemText(i) for i in range(box.count())]
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())
    return entries


def test_the_start_shows_its_stage_and_lists_every_node_when_opened(qtbot, map_panel):
    assert map_panel.start.currentText() == "Lead"
    assert listed(qtbot, map_panel.start) == ["(none)", *NAMES]
    assert map_panel.start.currentText() == "Lead"


def test_a_stage_picked_with_the_mouse_becomes_the_start(qtbot, map_panel, doc):
    before = doc.to_dict()
    pick_with_the_mouse(qtbot, map_panel.start, "Demo")
    assert doc.start == doc.stages()[1].id
    one_undo_step(map_panel.context.modeling.undo_stack, doc, before)


def test_the_list_shows_a_name_changed_since_it_was_last_opened(qtbot, map_panel, doc):
    assert listed(qtbot, map_panel.start) == ["(none)", *NAMES]
    map_panel.context.modeling.set_node_fields(doc.stages()[1].id, name="Discovery call")
    assert listed(qtbot, map_panel.start) == ["(none)", "Lead", "Discovery call", "Offer"]


def test_the_funnels_won_point_lists_every_node_when_opened(qtbot, map_panel, doc):
    switch = map_panel.funnel.switch
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=QPoint(8, switch.height() // 2))
    assert doc.info.funnel is not None
    won_at = map_panel.funnel.won_at
    assert won_at.currentText() == "(the won outcome)"
    assert listed(qtbot, won_at) == ["(the won outcome)", *NAMES]
    pick_with_the_mouse(qtbot, won_at, "Offer")
    assert doc.info.funnel.won_at == doc.stages()[2].id
    assert won_at.currentText() == "Offer"
