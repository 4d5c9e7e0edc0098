"""Set as start (issue 12, finding 6): from a stage's or decision's context menu and from Edit ▸ Set as Start,
one undo step each; Map health's "no start" finding goes away."""

from __future__ import annotations

import pytest

from salesmap_studio.analysis.lint import lint

from .helpers import assert_one_undo_step, at, click, pick_from_context_menu


@pytest.fixture
def window(window_for, doc):
    window = window_for(doc)
    window.canvas.centerOn(400, 260)
    return window


def two_steps(window) -> tuple[str, str]:
    lead = window.modeling.add_node("stage", 200, 130, name="Lead")
    question = window.modeling.add_node("decision", 500, 130, name="Budget?")
    window.modeling.connect(lead, question)
    return lead, question


def test_should_set_the_start_from_a_stages_context_menu(window):
    lead, _question = two_steps(window)
    assert "no-start" in {finding.rule for finding in lint(window.document)}
    before, steps = window.document.to_dict(), window.undo_stack.count()
    pick_from_context_menu(window, at(window, 200, 130), "Set as start")
    assert window.document.to_dict()["start"] == lead
    assert "no-start" not in {finding.rule for finding in lint(window.document)}
    assert_one_undo_step(window, before, steps)


def test_should_set_a_decision_as_start_from_the_edit_menu(window):
    _lead, question = two_steps(window)
    before, steps = window.document.to_dict(), window.undo_stack.count()
    click(window, at(window, 500, 130))
    window.menu_actions["Set as &Start"].trigger()
    assert window.document.to_dict()["start"] == question
    assert_one_undo_step(window, before, steps)


def test_the_edit_menu_explains_itself_when_no_stage_is_selected(window):
    two_steps(window)
    before = window.document.to_dict()
    window.menu_actions["Set as &Start"].trigger()
    assert window.document.to_dict() == before
    assert "Select one stage or decision" in window.statusBar().currentMessage()
