"""The outline: flow order, filter, click to select and centre, canvas selection followed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.ui.panels.outline import Outline

from .keys import Keyboard


@pytest.fixture
def outline(doc, context_for, shown):
    """Lead → Qualify → Budget? (yes → Proposal), and a stray note-like stage off the flow."""
    context = context_for(doc)
    modeling = context.modeling
    stray = modeling.add_node("stage", 0, 600, name="Parking lot")
    lead = modeling.add_node("stage", 0, 130, name="Lead")
    qualify = modeling.add_stage_after(lead, name="Qualify")
    budget = modeling.insert_decision_after(qualify)
    modeling.set_node_fields(budget, name="Budget?")
    proposal = modeling.add_stage_after(budget, name="Proposal")
    modeling.set_info(start=lead)
    panel = shown(Outline(context))
    ids = dict(lead=lead, qualify=qualify, budget=budget, proposal=proposal, stray=stray)
    return panel, ids


def names(panel):
    doc = panel.context.document
    return [doc.node(node_id).name for node_id in panel.rows()]


def test_nodes_are_listed_in_flow_order_with_their_lane(outline):
    panel, _ids = outline
    assert names(panel) == ["Lead", "Qualify", "Budget?", "Proposal", "Parking lot"]
    assert panel.tree.topLevelItem(0).toolTip(1) == "Lane: Marketing"
    assert not panel.tree.topLevelItem(0).icon(1).isNull(), "the lane shows as a colour swatch"
    assert not panel.tree.topLevelItem(0).icon(0).isNull()


def test_the_filter_narrows_by_name_or_lane(qtbot, outline):
    panel, _ids = outline
    panel.filter.setFocus()
    Keyboard(qtbot).type("pro")
    assert names(panel) == ["Proposal"]
    panel.filter.clear()
    Keyboard(qtbot).type("marketing")
    assert "Parking lot" not in names(panel) and "Lead" in names(panel)


def test_clicking_a_row_selects_and_centres_the_node(qtbot, outline):
    panel, ids = outline
    item = panel.tree.topLevelItem(3)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualItemRect(item).center())
    assert panel.context.selection.ids() == [ids["proposal"]]
    assert panel.context.centred[-1] == ids["proposal"]


def test_arrow_keys_walk_the_flow(qtbot, outline):
    panel, ids = outline
    panel.tree.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Home)
    keys.press(Qt.Key.Key_Down)
    assert panel.context.selection.ids() == [ids["qualify"]]


def test_a_selection_made_elsewhere_is_followed(outline):
    panel, ids = outline
    panel.context.selection.set_ids([ids["budget"], ids["stray"]])
    selected = sorted(item.data(0, Qt.ItemDataRole.UserRole) for item in panel.tree.selectedItems())
    assert selected == sorted([ids["budget"], ids["stray"]])
    assert panel.context.selection.ids() == [ids["budget"], ids["stray"]], "following does not select back"


def test_edits_and_undo_show_in_the_outline(qtbot, outline):
    panel, ids = outline
    modeling = panel.context.modeling
    modeling.set_node_fields(ids["qualify"], name="Qualified lead")
    assert "Qualified lead" in names(panel)
    modeling.undo_stack.undo()
    assert "Qualify" in names(panel)
