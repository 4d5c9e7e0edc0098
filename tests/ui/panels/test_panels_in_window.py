"""The panels inside the main window: docks, canvas selection, remembered layout, the render."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDockWidget

from salesmap_studio.ui.panels.stage_inspector import StageInspector

from ..helpers import at, click
from .keys import Keyboard


def docks(window) -> dict[str, QDockWidget]:
    return {dock.objectName(): dock for dock in window.findChildren(QDockWidget)}


def test_the_panels_are_docks_listed_in_view_panels(window_for, template):
    window = window_for(template("five-step", "en"))
    found = docks(window)
    for name in ("inspector-panel", "outline-panel", "undo-history-panel"):
        assert found[name].toggleViewAction() in window.panels_menu.actions()
    assert found["inspector-panel"].isVisible(), "the Inspector is in front"
    assert found["outline-panel"] in window.tabifiedDockWidgets(found["inspector-panel"]), "a tab beside it"
    assert not found["undo-history-panel"].toggleViewAction().isChecked(), "the undo history is hidden until asked for"


def test_clicking_a_stage_on_the_canvas_shows_it_in_the_inspector(qtbot, window_for, template):
    window = window_for(template("five-step", "en"))
    stage = window.document.stages()[1]
    window.canvas.center_on(stage.id)
    click(window, at(window, stage.x, stage.y))
    inspector = window.inspector_dock.current()
    assert isinstance(inspector, StageInspector)
    assert inspector.fields["name"].editor.text() == stage.name
    click(window, at(window, stage.x, stage.y - 2000))
    assert window.inspector_dock.current() is window.inspector_dock.inspectors["map"]


def test_an_edit_in_the_inspector_is_undone_from_the_edit_menu(qtbot, window_for, template):
    window = window_for(template("five-step", "en"))
    stage = window.document.stages()[0]
    before = window.document.to_dict()
    window.selection.set_ids([stage.id])
    window.canvas.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.enter("First contact")
    assert window.document.node(stage.id).name == "First contact"
    window.menu_actions["Undo"].trigger()
    assert window.document.to_dict() == before
    assert window.inspector_dock.current().fields["name"].editor.text() == stage.name


def test_the_panel_layout_is_remembered_between_runs(qtbot, window_for, template):
    first = window_for(template("five-step", "en"))
    docks(first)["undo-history-panel"].toggleViewAction().trigger()
    docks(first)["outline-panel"].toggleViewAction().trigger()
    first.close()
    second = window_for(template("five-step", "en"))
    qtbot.waitUntil(lambda: docks(second)["undo-history-panel"].toggleViewAction().isChecked())
    assert not docks(second)["outline-panel"].toggleViewAction().isChecked()


def test_window_render_with_a_german_stage_in_the_inspector(qtbot, window_for, template, tmp_path):
    window = window_for(template("extended-b2b", "de"))
    window.resize(1600, 1000)
    window.selection.set_ids(["discovery"])
    window.canvas.center_on("discovery")
    stage = window.document.node("discovery")
    qtbot.waitUntil(lambda: window.inspector_dock.current().fields["name"].editor.text() == stage.name)
    assert window.inspector_dock.current().checklist.list.count() == len(stage.exit_checklist)
    path = tmp_path / "stage-inspector.de.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1600, 1000)


def test_clicking_a_step_in_the_undo_history_goes_back_to_it(qtbot, window_for, template):
    window = window_for(template("five-step", "en"))
    opened = window.document.to_dict()
    stage = window.document.stages()[0]
    window.modeling.set_node_fields(stage.id, name="First contact")
    window.modeling.set_node_fields(stage.id, expected_days=3.0)
    history = docks(window)["undo-history-panel"]
    history.toggleViewAction().trigger()
    view = history.widget()
    assert view.model().rowCount() == 3  # "<opened>" and the two edits
    first = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert window.document.to_dict() == opened


def test_select_all_on_the_canvas_edits_the_owner_of_every_stage_and_decision_at_once(qtbot, window_for, template):
    """Ctrl+A also selects the links and outcomes; the group inspector leaves them out instead of giving up."""
    window = window_for(template("five-step", "en"))
    doc = window.document
    links_before = [link.model_dump() for link in doc.links()]
    before = doc.to_dict()
    window.canvas.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    group = window.inspector_dock.current()
    assert group is window.inspector_dock.inspectors["group"]
    group.fields["owner"].setFocus()
    keys.type("Account")
    owned = [n for n in doc.nodes() if n.kind in ("stage", "decision")]
    assert len(owned) == 6 and {n.owner for n in owned} == {"account-executive"}
    assert [link.model_dump() for link in doc.links()] == links_before
    window.menu_actions["Undo"].trigger()
    assert doc.to_dict() == before
