"""Decision, outcome, link and several-stages inspectors, typed into with real keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.ui.panels.decision_inspector import DecisionInspector
from salesmap_studio.ui.panels.group_inspector import GroupInspector
from salesmap_studio.ui.panels.link_inspector import LinkInspector
from salesmap_studio.ui.panels.outcome_inspector import OutcomeInspector

from .keys import Keyboard
from .undo_check import one_undo_step


def node_dict(doc, node_id):
    return next(n for n in doc.to_dict()["nodes"] if n["id"] == node_id)


def link_dict(doc, link_id):
    return next(n for n in doc.to_dict()["links"] if n["id"] == link_id)


@pytest.fixture
def decision_map(doc, context_for):
    """Qualify → Budget? (yes → Proposal); nothing on the no side yet."""
    context = context_for(doc)
    modeling = context.modeling
    qualify = modeling.add_node("stage", 0, 130, name="Qualify")
    budget = modeling.insert_decision_after(qualify)
    proposal = modeling.add_stage_after(budget, name="Proposal")
    modeling.undo_stack.clear()
    return context, budget, proposal


def test_decision_question_and_branch_label_are_typed_in(qtbot, decision_map, doc, shown):
    context, budget, _proposal = decision_map
    panel = shown(DecisionInspector(context))
    panel.show_ids([budget])
    keys, stack = Keyboard(qtbot), context.modeling.undo_stack
    before = doc.to_dict()
    panel.fields["name"].editor.setFocus()
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.enter("Budget confirmed?")
    assert node_dict(doc, budget)["name"] == "Budget confirmed?"
    one_undo_step(stack, doc, before)
    yes_branch = panel.branches[0]
    assert yes_branch.route.text() == "→ Proposal"
    before = doc.to_dict()
    yes_branch.fields["label"].editor.setFocus()
    keys.enter("Budget approved")
    link = yes_branch.ids[0]
    assert link_dict(doc, link)["label"] == "Budget approved"
    one_undo_step(stack, doc, before)


def test_the_missing_no_branch_is_added_with_one_button_as_one_step(qtbot, decision_map, doc, shown):
    context, budget, _proposal = decision_map
    panel = shown(DecisionInspector(context))
    panel.show_ids([budget])
    assert panel.add_buttons["no"].isVisible() and not panel.add_buttons["yes"].isVisible()
    before = doc.to_dict()
    panel.add_buttons["no"].setFocus()
    Keyboard(qtbot).press(Qt.Key.Key_Space)
    kinds = sorted(link["kind"] for link in doc.to_dict()["links"] if link["source"] == budget)
    assert kinds == ["no", "yes"]
    assert not panel.add_buttons["no"].isVisible()
    assert len(panel.branches) == 2
    one_undo_step(context.modeling.undo_stack, doc, before)


def test_a_branch_kind_the_decision_already_has_is_refused(qtbot, decision_map, doc, shown):
    context, budget, _proposal = decision_map
    context.modeling.add_stage_after(budget, name="Nurture")  # the "no" branch
    panel = shown(DecisionInspector(context))
    panel.show_ids([budget])
    before = doc.to_dict()
    kind = panel.branches[1].fields["kind"]
    kind.setFocus()
    Keyboard(qtbot).type("Yes")
    assert doc.to_dict() == before
    assert "already has" in context.reports[-1]
    assert kind.currentText() == "No"


def test_outcome_result_changes_with_the_keyboard(qtbot, doc, context_for, shown):
    context = context_for(doc)
    lost = context.modeling.add_node("outcome", 600, 130, result="lost")
    panel = shown(OutcomeInspector(context))
    panel.show_ids([lost])
    before = doc.to_dict()
    panel.fields["result"].setFocus()
    Keyboard(qtbot).type("Back")
    assert node_dict(doc, lost)["result"] == "nurture"
    one_undo_step(context.modeling.undo_stack, doc, before)


def test_link_label_and_share_and_a_refused_share(qtbot, doc, context_for, shown):
    context = context_for(doc)
    modeling = context.modeling
    demo = modeling.add_node("stage", 0, 390, name="Demo")
    link = modeling.connect(demo, demo, "objection")
    panel = shown(LinkInspector(context))
    panel.show_ids([link])
    assert panel.route.text() == "Demo → Demo"
    keys = Keyboard(qtbot)
    panel.fields["label"].editor.setFocus()
    keys.enter("Too expensive")
    keys.enter("15")
    assert (link_dict(doc, link)["label"], link_dict(doc, link)["share"]) == ("Too expensive", 0.15)
    before = doc.to_dict()
    panel.fields["share"].editor.setFocus()
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.enter("120")
    assert doc.to_dict() == before
    assert "0 and 100" in panel.fields["share"].reason.text()


def test_several_stages_get_one_owner_and_phase_together(qtbot, doc, context_for, shown):
    context = context_for(doc)
    modeling = context.modeling
    modeling.add_phase("Consideration")
    first = modeling.add_node("stage", 0, 130, name="One")
    second = modeling.add_node("stage", 260, 390, name="Two")
    panel = shown(GroupInspector(context))
    panel.show_ids([first, second])
    assert panel.fields["owner"].currentIndex() == -1, "different owners show as mixed"
    before = doc.to_dict()
    panel.fields["owner"].setFocus()
    Keyboard(qtbot).type("Sales")
    assert [node_dict(doc, i)["owner"] for i in (first, second)] == ["sales", "sales"]
    one_undo_step(modeling.undo_stack, doc, before)
    before = doc.to_dict()
    panel.fields["phase"].setFocus()
    Keyboard(qtbot).type("Cons")
    assert [node_dict(doc, i)["phase"] for i in (first, second)] == ["consideration", "consideration"]
    one_undo_step(modeling.undo_stack, doc, before)


def test_tab_walks_the_decision_from_question_through_its_branches_to_notes(qtbot, decision_map, shown):
    context, budget, _proposal = decision_map
    context.modeling.add_stage_after(budget, name="Nurture")  # the "no" branch arrives after the panel exists
    panel = shown(DecisionInspector(context))
    panel.show_ids([budget])
    panel.focus_first_field()
    keys, visited = Keyboard(qtbot), []
    for _ in range(8):
        visited.append(keys.focused().accessibleName())
        keys.press(Qt.Key.Key_Tab)
    assert visited == ["Question", "Owner (lane)", "Phase", "Kind", "Label (for an objection: the objection itself)",
                       "Kind", "Label (for an objection: the objection itself)", "Notes"]
