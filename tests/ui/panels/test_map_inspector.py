"""The map inspector: title, goal, start, lanes, phases, KPIs, funnel; each edit one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.ui.panels import band_list, choice_field
from salesmap_studio.ui.panels.map_inspector import MapInspector

from .keys import Keyboard
from .undo_check import one_undo_step

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def map_panel(doc, context_for, shown):
    context = context_for(doc)
    context.modeling.add_node("stage", 0, 390, name="Demo", owner="sales")
    context.modeling.undo_stack.clear()
    panel = shown(MapInspector(context), height=1100)
    panel.show_ids([])
    return panel


def one_step(panel, doc, before):
    return one_undo_step(panel.context.modeling.undo_stack, doc, before)


def test_title_and_goal_are_typed_in(qtbot, map_panel, doc):
    before = doc.to_dict()
    map_panel.focus_first_field()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.enter("Inbound sales")
    after_title = one_step(map_panel, doc, before)
    keys.enter("Win rate from 18 % to 25 % by 2027")
    one_step(map_panel, doc, after_title)
    assert (doc.info.title, doc.info.goal) == ("Inbound sales", "Win rate from 18 % to 25 % by 2027")


def test_start_is_picked_from_the_nodes(qtbot, map_panel, doc):
    before = doc.to_dict()
    map_panel.fields["start"].setFocus()
    Keyboard(qtbot).type("Demo")
    assert doc.start == doc.stages()[0].id
    one_step(map_panel, doc, before)


def test_a_lane_is_added_renamed_recoloured_and_moved(qtbot, map_panel, doc, monkeypatch):
    monkeypatch.setattr(choice_field, "ask_band_name", lambda *args: "Presales")
    monkeypatch.setattr(band_list, "ask_band_name", lambda *args: "Presales")
    monkeypatch.setattr(band_list, "ask_colour", lambda parent, colour: "#112233")
    lanes = map_panel.lanes
    keys = Keyboard(qtbot)
    lanes.setFocus()
    before = doc.to_dict()
    keys.press(Qt.Key.Key_Insert)
    assert [lane["name"] for lane in doc.to_dict()["lanes"]] == ["Marketing", "Sales", "Presales"]
    before = one_step(map_panel, doc, before)
    keys.press(Qt.Key.Key_End)
    keys.press(Qt.Key.Key_F2)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.enter("Sales engineering", Qt.Key.Key_Return)
    assert doc.lanes()[2].name == "Sales engineering"
    before = one_step(map_panel, doc, before)
    lanes.recolour()
    assert doc.lanes()[2].color == "#112233"
    before = one_step(map_panel, doc, before)
    keys.press(Qt.Key.Key_Up, ALT)
    assert [lane.id for lane in doc.lanes()] == ["marketing", "presales", "sales"]
    assert doc.stages()[0].y == 650.0, "the Sales stage moved down with its lane"
    one_step(map_panel, doc, before)


@pytest.mark.parametrize("answer", [False, True])
def test_removing_a_lane_that_owns_stages_asks_first(qtbot, map_panel, doc, monkeypatch, answer):
    questions = []
    monkeypatch.setattr(band_list, "confirm_removal", lambda parent, text: questions.append(text) or answer)
    before = doc.to_dict()
    map_panel.lanes.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Delete)
    assert questions and "Sales" in questions[0]
    if not answer:
        assert doc.to_dict() == before
        return
    assert [lane.id for lane in doc.lanes()] == ["marketing"]
    assert doc.stages()[0].owner is None
    one_step(map_panel, doc, before)


def test_phases_are_added_and_removed(qtbot, map_panel, doc, monkeypatch):
    monkeypatch.setattr(band_list, "ask_band_name", lambda *args: "Awareness")
    before = doc.to_dict()
    map_panel.phases.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Insert)
    assert [phase.name for phase in doc.phases()] == ["Awareness"]
    after = one_step(map_panel, doc, before)
    keys.press(Qt.Key.Key_Home)
    keys.press(Qt.Key.Key_Delete)
    assert doc.phases() == ()
    one_step(map_panel, doc, after)


def test_kpis_are_added_and_their_target_typed(qtbot, map_panel, doc):
    before = doc.to_dict()
    table = map_panel.kpis.table
    table.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Insert)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.enter("Sales cycle length", Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_F2)
    keys.enter("under 60 days", Qt.Key.Key_Return)
    assert doc.to_dict()["kpis"] == [{"name": "Sales cycle length", "target": "under 60 days"}]
    done, stack = doc.to_dict(), map_panel.context.modeling.undo_stack
    while stack.canUndo():
        stack.undo()
    assert doc.to_dict() == before and table.rowCount() == 0
    while stack.canRedo():
        stack.redo()
    assert doc.to_dict() == done and table.item(0, 1).text() == "under 60 days"


def test_the_funnel_is_switched_on_and_a_zero_target_refused(qtbot, map_panel, doc):
    funnel = map_panel.funnel
    before = doc.to_dict()
    funnel.switch.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Space)
    assert doc.to_dict()["funnel"]["target"] == 100
    after = one_step(map_panel, doc, before)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.enter("0")
    assert doc.to_dict() == after
    assert "above 0" in funnel.fields["target"].reason.text()
    funnel.fields["currency"].editor.setFocus()
    keys.enter("usd")
    assert doc.to_dict()["funnel"]["currency"] == "USD"
