"""The inspector dock picks the inspector for the selection and never loses what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from salesmap_studio.ui.panels.inspector_dock import InspectorDock

from .keys import Keyboard


@pytest.fixture
def dock(doc, context_for, shown):
    context = context_for(doc)
    modeling = context.modeling
    first = modeling.add_node("stage", 0, 130, name="Lead")
    second = modeling.add_stage_after(first, name="Qualify")
    decision = modeling.insert_decision_after(second)
    panel = shown(InspectorDock(context))
    return panel, dict(first=first, second=second, decision=decision)


def test_the_inspector_follows_the_selection(dock, doc):
    panel, ids = dock
    selection = panel.context.selection
    assert panel.current() is panel.inspectors["map"]
    selection.set_ids([ids["decision"]])
    assert panel.current() is panel.inspectors["decision"]
    selection.set_ids([ids["first"], ids["second"]])
    assert panel.current() is panel.inspectors["group"]
    selection.set_ids([doc.links()[0].id])
    assert panel.current() is panel.inspectors["link"]
    selection.set_ids([])
    assert panel.current() is panel.inspectors["map"]


def test_text_typed_before_the_selection_changes_goes_to_the_stage_it_was_typed_for(qtbot, dock, doc):
    panel, ids = dock
    panel.context.selection.set_ids([ids["first"]])
    panel.focus_first_field()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_End)
    keys.type(" (inbound)")  # no Enter, no Tab: the room clicks another stage
    panel.context.selection.set_ids([ids["second"]])
    assert doc.node(ids["first"]).name == "Lead (inbound)"
    assert doc.node(ids["second"]).name == "Qualify"
    assert panel.current().fields["name"].editor.text() == "Qualify"


def test_deleting_the_shown_stage_shows_the_map(dock, doc):
    panel, ids = dock
    panel.context.selection.set_ids([ids["second"]])
    panel.context.modeling.remove([ids["second"]])
    assert panel.current() is panel.inspectors["map"]
    panel.context.modeling.undo_stack.undo()
    assert doc.has_node(ids["second"])


@pytest.mark.parametrize("kind", ["map", "stage", "decision", "link", "group"])
def test_every_field_has_an_accessible_name(dock, doc, kind):
    panel, ids = dock
    chosen = {"map": [], "stage": [ids["first"]], "decision": [ids["decision"]],
              "link": [doc.links()[0].id], "group": [ids["first"], ids["second"]]}[kind]
    panel.context.selection.set_ids(chosen)
    focusable = [w for w in panel.current().findChildren(QWidget)
                 if w.isVisibleTo(panel) and w.focusPolicy() != w.focusPolicy().NoFocus and w.focusProxy() is None
                 and w.parent() is not None and type(w).__name__ not in ("QWidget", "QScrollBar")]
    assert focusable
    unnamed = [type(w).__name__ for w in focusable if not w.accessibleName()]
    assert not unnamed


def test_a_closed_panel_catches_up_when_it_comes_back(dock, doc):
    panel, ids = dock
    panel.context.selection.set_ids([ids["first"]])
    panel.hide()
    panel.context.modeling.set_node_fields(ids["first"], name="Inbound lead")
    panel.show()
    assert panel.current().fields["name"].editor.text() == "Inbound lead"
