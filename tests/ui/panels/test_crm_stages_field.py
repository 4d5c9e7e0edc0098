"""The CRM stage names of a stage or an outcome, edited in its inspector with the keyboard;
every check is on the document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.ui.panels.outcome_inspector import OutcomeInspector
from salesmap_studio.ui.panels.stage_inspector import StageInspector

from .keys import Keyboard


@pytest.fixture
def panels(doc, context_for, shown):
    """A stage inspector on "Demo" and an outcome "Won" that already claims "Closed Won"."""
    context = context_for(doc)
    demo = context.modeling.add_node("stage", 0, 130, name="Demo")
    won = context.modeling.add_node("outcome", 300, 130, name="Won", result="won")
    context.modeling.set_node_fields(won, crm_stages=["Closed Won"])
    context.modeling.undo_stack.clear()
    panel = shown(StageInspector(context), height=1200)
    panel.show_ids([demo])
    return panel, demo, won


def crm_of(doc, node_id):
    return next(n["crm_stages"] for n in doc.to_dict()["nodes"] if n["id"] == node_id)


def test_names_are_added_reordered_and_removed_each_as_one_undo_step(qtbot, panels, doc):
    panel, demo, _won = panels
    stack = panel.context.modeling.undo_stack
    panel.crm_stages.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Return)
    keys.enter("Demo Scheduled", Qt.Key.Key_Return)
    keys.enter("presentationscheduled", Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Escape)
    assert crm_of(doc, demo) == ["Demo Scheduled", "presentationscheduled"]
    assert stack.count() == 2, "each added name is its own step"
    keys.press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert crm_of(doc, demo) == ["presentationscheduled", "Demo Scheduled"]
    keys.press(Qt.Key.Key_Delete)
    assert crm_of(doc, demo) == ["Demo Scheduled"]
    assert stack.count() == 4
    stack.undo()
    assert crm_of(doc, demo) == ["presentationscheduled", "Demo Scheduled"]
    assert panel.crm_stages.items() == [("presentationscheduled", False), ("Demo Scheduled", False)], \
        "the list follows undo"


def type_new_name(qtbot, panel, name: str) -> Keyboard:
    panel.crm_stages.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Insert)
    keys.type(name)
    return keys


def test_a_name_another_step_claims_is_refused_naming_that_step(qtbot, panels, doc):
    panel, _demo, _won = panels
    before = doc.to_dict()
    keys = type_new_name(qtbot, panel, " closed won")
    reason = panel.crm_stages.reason
    assert reason.isVisible(), "the reason shows while typing"
    assert reason.text() == "“closed won” is already the CRM stage of “Won”; a CRM stage can belong to one step only."
    keys.press(Qt.Key.Key_Return)
    assert doc.to_dict() == before and panel.context.modeling.undo_stack.count() == 0
    assert reason.isVisible(), "the reason says why nothing changed"


def test_a_name_twice_on_one_step_is_refused(qtbot, panels, doc):
    panel, demo, _won = panels
    panel.context.modeling.set_node_fields(demo, crm_stages=["Demo"])
    panel.context.modeling.undo_stack.clear()
    before = doc.to_dict()
    keys = type_new_name(qtbot, panel, "DEMO")
    assert panel.crm_stages.reason.text() == "“DEMO” is already a CRM stage of this step."
    keys.press(Qt.Key.Key_Return)
    assert doc.to_dict() == before and panel.context.modeling.undo_stack.count() == 0


def test_the_refusal_is_in_german_under_a_german_interface(qtbot, german, panels, doc):
    panel, _demo, _won = panels
    type_new_name(qtbot, panel, "Closed Won")
    assert panel.crm_stages.reason.text() == \
        "„Closed Won“ ist schon die CRM-Phase von „Won“; eine CRM-Phase kann nur zu einem Schritt gehören."


def test_an_outcome_edits_its_crm_names_too(qtbot, panels, doc, shown):
    panel, _demo, won = panels
    outcome = shown(OutcomeInspector(panel.context))
    outcome.show_ids([won])
    assert outcome.crm_stages.items() == [("Closed Won", False)]
    outcome.crm_stages.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Insert)
    keys.enter("closedwon", Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Escape)
    assert crm_of(doc, won) == ["Closed Won", "closedwon"]
