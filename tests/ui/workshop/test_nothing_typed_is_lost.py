"""What is being typed reaches the map before any action reads it (issue 12, findings 2 and 3).

A facilitator types a stage's name and presses Ctrl+S without leaving the field; before, the
file was saved without the name and the title said all was saved. Every action that reads or
replaces the map now commits the typing first (ui/pending_edits.py): save, save as, export,
print, present, undo, redo, close and quit; from the canvas's in-place editor, an Inspector
field and a checklist cell. A refused text stops the action and stays with its reason.
"""

from __future__ import annotations

import shutil

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from salesmap_studio.persistence import load
from salesmap_studio.ui import file_actions
from salesmap_studio.ui.recovery import folders
from tests.conftest import TEMPLATES

from ..message_box import answering
from ..panels.keys import Keyboard

REAL_QUESTION = QMessageBox.question   # the workshop conftest answers it; some tests want the real box
CTRL = Qt.KeyboardModifier.ControlModifier
STAGE = "connect"   # "Connect" in the five-step template, with two checklist items
TYPED = "Call within 24 hours"


@pytest.fixture
def window(qtbot, window_for, tmp_path):
    path = tmp_path / "workshop.smap"
    shutil.copy(TEMPLATES / "five-step.en.smap", path)
    opened = window_for(load(path), path)
    opened.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    opened.selection.set_ids([STAGE])
    opened.canvas.center_on(STAGE)
    return opened


def type_on_canvas(qtbot, window) -> None:
    """F2 on the selected stage opens the in-place editor; the new name is typed, not confirmed."""
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    qtbot.waitUntil(window.canvas.editor.isVisible)
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(window.canvas.editor, TYPED)


def type_in_inspector(qtbot, window) -> None:
    """Ctrl+I goes to the Inspector's first field (the name); the new name is typed, not confirmed."""
    keys = Keyboard(qtbot)
    window.canvas.setFocus()
    keys.press(Qt.Key.Key_I, CTRL)
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type(TYPED)


def type_in_checklist(qtbot, window) -> None:
    """A click on the first exit-checklist item and Enter open it; the new text is typed, not confirmed."""
    items = window.inspector_dock.current().checklist.list
    qtbot.waitUntil(items.isVisible)
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=items.visualItemRect(items.item(0)).center())
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: items.state() == items.State.EditingState)
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type(TYPED)


EDITORS = {"canvas": type_on_canvas, "inspector": type_in_inspector, "checklist": type_in_checklist}


def typed_in(document, editor: str) -> bool:
    stage = document.node(STAGE)
    return TYPED in ([item.text for item in stage.exit_checklist] if editor == "checklist" else [stage.name])


def closing_the_dialog(qtbot, gesture) -> None:
    """Runs `gesture`, which opens a modal dialog, and leaves that dialog with Esc."""
    seen = []

    def leave() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(type(dialog).__name__)
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            QTimer.singleShot(20, leave)

    QTimer.singleShot(0, leave)
    gesture()
    qtbot.waitUntil(lambda: bool(seen))


@pytest.mark.parametrize("editor", EDITORS)
def test_ctrl_s_while_typing_saves_the_typed_text(qtbot, window, editor):
    EDITORS[editor](qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    assert typed_in(load(window.path), editor)
    assert not window.isWindowModified()


@pytest.mark.parametrize("editor", ["canvas", "inspector"])
def test_save_as_while_typing_writes_the_typed_text(qtbot, window, editor, monkeypatch, tmp_path):
    monkeypatch.setattr(file_actions, "ask_save_path", lambda parent, suggestion: str(tmp_path / "copy.smap"))
    EDITORS[editor](qtbot, window)
    window.menu_actions["Save &As…"].trigger()
    assert typed_in(load(tmp_path / "copy.smap"), editor)


@pytest.mark.parametrize("editor", ["canvas", "inspector"])
@pytest.mark.parametrize("keys", [Qt.Key.Key_E, Qt.Key.Key_P], ids=["export", "print"])
def test_export_and_print_while_typing_see_the_typed_text(qtbot, window, editor, keys):
    EDITORS[editor](qtbot, window)
    closing_the_dialog(qtbot, lambda: qtbot.keyClick(QApplication.focusWidget(), keys, CTRL))
    assert typed_in(window.document, editor)


@pytest.mark.parametrize("editor", ["canvas", "inspector"])
def test_presenting_while_typing_presents_the_typed_text(qtbot, window, editor):
    EDITORS[editor](qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.presentation.active)
    assert typed_in(window.document, editor)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.presentation.active)


@pytest.mark.parametrize("editor", ["canvas", "inspector"])
def test_undo_while_typing_takes_back_the_typing_and_redo_brings_it(qtbot, window, editor):
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right)   # an earlier step: the stage moved one grid step
    moved = window.document.to_dict()
    EDITORS[editor](qtbot, window)
    window.menu_actions["Undo"].trigger()
    assert window.document.to_dict() == moved   # the typing was its own step; the move stays
    window.menu_actions["Redo"].trigger()
    assert typed_in(window.document, editor)


@pytest.mark.parametrize("editor", ["canvas", "inspector"])
@pytest.mark.parametrize("how", ["close", "quit"])
def test_closing_with_save_while_typing_saves_the_typed_text(qtbot, window, editor, how, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", REAL_QUESTION)
    path = window.path
    EDITORS[editor](qtbot, window)
    action = window.menu_actions["&Close"] if how == "close" else \
        next(a for a in window.menus["file"].actions() if a.text() == "&Quit")
    box = answering(qtbot, action.trigger, QMessageBox.StandardButton.Save)
    assert "workshop.smap" in box.text
    assert typed_in(load(path), editor)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())


def test_a_refused_name_stops_the_save_and_says_why(qtbot, window):
    before = window.path.read_bytes()
    type_in_inspector(qtbot, window)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_A, CTRL)
    keys.press(Qt.Key.Key_Delete)                  # an empty name is refused
    keys.press(Qt.Key.Key_S, CTRL)
    assert window.path.read_bytes() == before     # nothing was saved
    field = window.inspector_dock.current().fields["name"]
    assert field.reason.isVisible() and field.reason.text()
    assert QApplication.focusWidget() is field.editor   # still there to be fixed


@pytest.mark.parametrize("how", ["close", "quit"])
def test_discard_leaves_no_snapshot_to_offer_at_the_next_start(qtbot, window, how, monkeypatch):
    """Finding 3: the "Save changes?" box runs its own event loop, and the snapshot outlived a Discard."""
    monkeypatch.setattr(QMessageBox, "question", REAL_QUESTION)
    snapshot = window.autosaver.file
    type_on_canvas(qtbot, window)
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(snapshot.exists, timeout=5000)   # autosaved 2 s after the edit
    action = window.menu_actions["&Close"] if how == "close" else \
        next(a for a in window.menus["file"].actions() if a.text() == "&Quit")
    answering(qtbot, action.trigger, QMessageBox.StandardButton.Discard)
    assert not snapshot.exists()
    assert not list(folders.data_folder().rglob("*.smap"))   # nothing a next start could offer back
