"""Drawing from the keyboard: live capture with Tab, rename, delete, nudge, select all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .helpers import assert_one_undo_step, at, double_click, type_text

SEED_STAGES = [
    "Markenbekanntheit", "Markenbindung", "Marketing qualifizierter Lead", "Verkaufsinteraktion",
    "Vertriebsqualifizierter Lead", "Discovery / Bedarfsanalyse", "Demo / Lösungspräsentation",
    "Vorschlag / Kostenvoranschlag", "Mündliche Zustimmung", "Vertrag unterzeichnet", "Implementierung",
    "Live gehen / starten", "Neuer Kunde", "Bestehender Kunde",
]


@pytest.fixture
def window(window_for, doc):
    window = window_for(doc)
    window.canvas.centerOn(400, 260)
    return window


class KeyCounter:
    """Presses keys that are not part of a name, and counts them."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.count = qtbot, 0

    def press(self, widget, key) -> None:
        self.count += 1
        self.qtbot.keyClick(widget, key)


def focused(window):
    editor = window.canvas.editor
    return editor if editor.isVisible() else window.canvas


def test_should_type_the_seeds_14_stages_as_a_chain_with_one_extra_key_each(window, qtbot):
    keys = KeyCounter(qtbot)
    double_click(window, at(window, 100, 130))
    for i, name in enumerate(SEED_STAGES):
        type_text(window.canvas.editor, name)
        keys.press(window.canvas.editor, Qt.Key.Key_Tab if i < len(SEED_STAGES) - 1 else Qt.Key.Key_Return)
    doc = window.document
    assert keys.count <= 14
    assert [n.name for n in doc.nodes()] == SEED_STAGES
    chain = [(doc.node(link.source).name, doc.node(link.target).name) for link in doc.links()]
    assert chain == list(zip(SEED_STAGES, SEED_STAGES[1:]))
    assert len({n.y for n in doc.nodes()}) == 1 and len({n.owner for n in doc.nodes()}) == 1
    assert window.undo_stack.count() == 14
    window.undo_stack.undo()
    assert [n.name for n in doc.nodes()] == SEED_STAGES[:-1]


def test_should_add_yes_then_no_branch_with_tab_on_a_decision(window, qtbot):
    decision = window.modeling.add_node("decision", 100, 130, name="Budget?")
    window.selection.set_ids([decision])
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.canvas.editor, "Qualified")
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Return)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)   # back to the decision
    assert window.selection.ids() == [decision]
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.canvas.editor, "Nurture")
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Return)
    doc = window.document
    branches = {doc.node(link.target).name: link.kind for link in doc.links_from(decision)}
    assert branches == {"Qualified": "yes", "Nurture": "no"}


def test_should_insert_a_decision_after_the_selected_stage_with_a_shortcut(window, qtbot):
    stage = window.modeling.add_node("stage", 100, 130, name="Discovery")
    window.selection.set_ids([stage])
    before, steps = window.document.to_dict(), window.undo_stack.count()
    qtbot.keyClick(window.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.canvas.editor, "Budget confirmed?")
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Return)
    decision = window.document.successors(stage)[0]
    assert window.document.node(decision).name == "Budget confirmed?"
    assert_one_undo_step(window, before, steps)


def test_should_rename_in_place_with_f2_and_keep_the_name_on_escape(window, qtbot):
    stage = window.modeling.add_node("stage", 100, 130, name="Lead")
    window.undo_stack.clear()
    window.selection.set_ids([stage])
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    qtbot.keyClicks(window.canvas.editor, "Qualified lead")
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Escape)
    assert window.document.node(stage).name == "Lead"
    before, steps = window.document.to_dict(), window.undo_stack.count()
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    qtbot.keyClicks(window.canvas.editor, "Qualified lead")
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Return)
    assert window.document.node(stage).name == "Qualified lead"
    assert_one_undo_step(window, before, steps)
    assert window.undo_stack.undoText() == "Rename"


def test_should_rename_on_double_click_and_refuse_an_empty_name(window, qtbot):
    stage = window.modeling.add_node("stage", 100, 130, name="Lead")
    double_click(window, at(window, 100, 130))
    window.canvas.editor.clear()
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Return)
    assert window.document.node(stage).name == "Lead"
    assert window.statusBar().currentMessage().startswith("Name:")


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_should_delete_the_selection_with_its_links_and_bring_it_back_in_one_undo(window, qtbot, key):
    modeling = window.modeling
    a, b, c = (modeling.add_node("stage", x, 130) for x in (100, 360, 620))
    modeling.connect(a, b)
    modeling.connect(b, c)
    modeling.set_info(start=b)
    window.selection.set_ids([b])
    before, steps = window.document.to_dict(), window.undo_stack.count()
    qtbot.keyClick(window.canvas, key)
    doc = window.document
    assert [n.id for n in doc.nodes()] == [a, c] and doc.links() == [] and doc.start is None
    assert_one_undo_step(window, before, steps)


def test_should_nudge_the_selection_with_the_arrow_keys(window, qtbot):
    stage = window.modeling.add_node("stage", 100, 130)
    window.selection.set_ids([stage])
    before, steps = window.document.to_dict(), window.undo_stack.count()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
    assert window.document.node(stage).x == 120.0
    assert_one_undo_step(window, before, steps)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.document.node(stage).y == 230.0


def test_should_select_everything_with_ctrl_a(window, qtbot):
    a = window.modeling.add_node("stage", 100, 130)
    b = window.modeling.add_node("stage", 360, 130)
    link = window.modeling.connect(a, b)
    note = window.modeling.add_note(200, -100, "Parking lot")
    qtbot.keyClick(window.canvas, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.selection.ids()) == sorted([a, b, link, note])


def test_should_show_the_action_name_in_edit_undo(window, qtbot):
    stage = window.modeling.add_node("stage", 100, 130)
    window.selection.set_ids([stage])
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
    assert window.menu_actions["Undo"].text() == "&Undo Move"


@pytest.mark.parametrize("key, text", [(Qt.Key.Key_S, "Lead"), (Qt.Key.Key_N, "Pricing tiers?")],
                         ids=["S adds a stage", "N adds a sticky note"])
def test_should_add_with_one_letter_and_type_its_text_in_one_undo_step(window, qtbot, key, text):
    before, steps = window.document.to_dict(), window.undo_stack.count()
    qtbot.keyClick(window.canvas, key)
    qtbot.keyClicks(window.canvas.editor, text)
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Return)
    doc = window.document
    if key == Qt.Key.Key_S:
        assert [n.name for n in doc.nodes()] == [text] and doc.notes() == []
    else:   # the parking lot: a note, not a stage, listed in its panel
        assert [n.text for n in doc.notes()] == [text] and len(doc) == 0
        assert window.parking_lot.notes.item(0).text() == text
    assert_one_undo_step(window, before, steps)


def test_alt_arrows_walk_the_flow_and_the_branches_without_moving_anything(window, qtbot):
    modeling = window.modeling
    lead, question = modeling.add_node("stage", 0, 130, name="Lead"), modeling.add_node("decision", 300, 130)
    demo, nurture = modeling.add_node("stage", 600, 130, name="Demo"), modeling.add_node("stage", 600, 390)
    modeling.connect(lead, question)
    modeling.connect(question, demo, "yes")
    modeling.connect(question, nurture, "no")
    modeling.connect(demo, lead, "objection")   # the only way into Lead: followed only because it is
    before, steps = window.document.to_dict(), window.undo_stack.count()
    window.selection.set_ids([lead])
    walked = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up,
                Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Left):
        qtbot.keyClick(window.canvas, key, Qt.KeyboardModifier.AltModifier)
        walked.append(window.selection.ids()[0])
    assert walked == [question, demo, nurture, demo, nurture, question, lead, demo]
    assert window.document.to_dict() == before and window.undo_stack.count() == steps


def test_alt_right_from_a_decision_takes_the_yes_branch_even_when_the_no_was_drawn_first(window, qtbot):
    modeling = window.modeling
    question = modeling.add_node("decision", 0, 130)
    nurture, demo = modeling.add_node("stage", 300, 390, name="Nurture"), modeling.add_node("stage", 300, 130)
    modeling.connect(question, nurture, "no")
    modeling.connect(question, demo, "yes")
    window.selection.set_ids([question])
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.selection.ids() == [demo]   # one kind order everywhere: flow, yes, no, objection


def test_should_explain_tab_when_nothing_is_selected(window, qtbot):
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    assert len(window.document) == 0
    assert "Select a stage first" in window.statusBar().currentMessage()
