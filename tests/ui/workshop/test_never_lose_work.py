"""Never lose work, in a real window: the close prompt, the * marker, autosave, backups, outside changes."""

from __future__ import annotations

import json
import shutil

import pytest
import shiboken6
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from salesmap_studio.persistence import load, loads, save
from salesmap_studio.ui import file_actions
from salesmap_studio.ui.recovery import watcher
from salesmap_studio.ui.recovery.versions import VersionsDialog
from salesmap_studio.ui.recovery.backups import backups_of
from tests.conftest import TEMPLATES

Button = QMessageBox.StandardButton


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "workshop.smap"
    shutil.copy(TEMPLATES / "five-step.de.smap", path)
    return path


@pytest.fixture
def open_map(qtbot, window_for, map_file):
    def opened():
        window = window_for(load(map_file), map_file)
        window.windowHandle().requestActivate()   # shortcuts reach the active window only
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return opened


def add_stage_with_key(qtbot, window, name: str = "Follow-up call") -> None:
    """Double-click on empty canvas right of the map, type the stage's name, Enter."""
    doc = window.document
    x, y = max(n.x for n in doc.nodes()) + 420, doc.info.lane_height / 2
    window.canvas.centerOn(x, y)
    QTest.mouseDClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      window.canvas.mapFromScene(QPointF(x, y)))
    qtbot.keyClicks(window.canvas.editor, name)
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Return)


def closed(window) -> bool:
    """The window is gone from the screen (Qt deletes a closed map window soon after)."""
    return not shiboken6.isValid(window) or not window.isVisible()


def stage_count(doc_or_path) -> int:
    doc = load(doc_or_path) if not hasattr(doc_or_path, "stages") else doc_or_path
    return len(doc.stages())


def colleague_saves(path, title: str) -> None:
    """Another copy of the app saves the file with a new title (atomically, as the app does)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"] = title
    save(loads(json.dumps(data)), path)


def answer_close_prompt(monkeypatch, button):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args) or button)
    return asked


def test_closing_with_save_writes_the_edit_to_the_file(qtbot, monkeypatch, open_map, map_file):
    window = open_map()
    before = stage_count(map_file)
    add_stage_with_key(qtbot, window)
    asked = answer_close_prompt(monkeypatch, Button.Save)
    assert window.close()
    assert len(asked) == 1
    assert stage_count(map_file) == before + 1


def test_closing_with_discard_leaves_the_file_and_drops_the_snapshot(qtbot, monkeypatch, open_map, map_file):
    original = map_file.read_bytes()
    window = open_map()
    add_stage_with_key(qtbot, window)
    window.autosaver.write_now()
    assert window.autosaver.file.exists()
    answer_close_prompt(monkeypatch, Button.Discard)
    assert window.close()
    assert map_file.read_bytes() == original
    assert not window.autosaver.file.exists()


def test_closing_with_cancel_keeps_the_window_and_the_edit(qtbot, monkeypatch, open_map, map_file):
    window = open_map()
    before = stage_count(map_file)
    add_stage_with_key(qtbot, window)
    answer_close_prompt(monkeypatch, Button.Cancel)
    assert not window.close()
    assert window.isVisible()
    assert stage_count(window.document) == before + 1
    assert stage_count(map_file) == before


def test_the_star_follows_undo_back_to_the_saved_state(qtbot, open_map):
    window = open_map()
    assert not window.isWindowModified()
    add_stage_with_key(qtbot, window)
    assert window.isWindowModified()
    qtbot.keyClick(window.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    add_stage_with_key(qtbot, window)
    assert window.isWindowModified()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()   # back exactly at the saved state
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.isWindowModified()       # before the save: differs from the file again


def test_an_edit_is_autosaved_within_two_seconds_and_the_file_is_untouched(qtbot, open_map, map_file):
    original = map_file.read_bytes()
    window = open_map()
    add_stage_with_key(qtbot, window)
    snapshot = window.autosaver.file
    qtbot.waitUntil(snapshot.exists, timeout=3000)
    assert "workshop.smap" in snapshot.read_text(encoding="utf-8")   # the original path is inside
    assert map_file.read_bytes() == original
    qtbot.keyClick(window.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not snapshot.exists()   # saved: the file holds everything now


def test_each_save_keeps_a_backup_and_a_previous_version_can_be_restored(qtbot, open_map, map_file, private_settings):
    window = open_map()
    first = stage_count(map_file)
    for _ in range(2):
        add_stage_with_key(qtbot, window)
        qtbot.keyClick(window.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    versions = backups_of(private_settings, map_file)
    assert [stage_count(b.file) for b in versions] == [first + 2, first + 1]
    dialog = VersionsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.versions.count() == 2
    dialog.versions.setCurrentRow(1)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    fresh = next(w for w in file_actions.open_windows() if w is not window)
    qtbot.addWidget(fresh)
    assert closed(window)
    assert stage_count(fresh.document) == first + 1
    assert fresh.path == map_file and fresh.isWindowModified()


def test_a_colleagues_save_is_noticed_and_can_be_reloaded(qtbot, monkeypatch, open_map, map_file):
    window = open_map()
    asked = []
    monkeypatch.setattr(watcher, "ask_reload", lambda win, name: asked.append(name) or True)
    colleague_saves(map_file, "Their version")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked == ["workshop.smap"]
    qtbot.waitUntil(lambda: any(w.document.info.title == "Their version" for w in file_actions.open_windows()))
    assert closed(window)


def test_our_own_save_is_not_taken_for_an_outside_change(qtbot, monkeypatch, open_map, map_file):
    window = open_map()
    asked = []
    monkeypatch.setattr(watcher, "ask_reload", lambda win, name: asked.append(name) or False)
    add_stage_with_key(qtbot, window)
    qtbot.keyClick(window.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [] and not window.isWindowModified()
    # The watcher follows the file our save put in place: a colleague's save right after ours is
    # noticed (a dead watcher fails here), and it is the only question (ours never asked).
    colleague_saves(map_file, "Their version")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked == ["workshop.smap"]
    qtbot.waitUntil(window.isWindowModified, timeout=5000)   # kept ours: the map now differs from the file


def test_keeping_mine_marks_the_map_as_different_from_the_file(qtbot, monkeypatch, open_map, map_file):
    window = open_map()
    monkeypatch.setattr(watcher, "ask_reload", lambda win, name: False)
    colleague_saves(map_file, "Their version")
    qtbot.waitUntil(window.isWindowModified, timeout=5000)
    assert window.isVisible()


def test_quit_asks_for_each_changed_map_and_cancel_stops_it(qtbot, monkeypatch, window_for, template, tmp_path):
    first, second = (window_for(template(name, "en")) for name in ("five-step", "extended-b2b"))
    for window in (first, second):
        window.modeling.add_note(0, 0, "Open question")
    asked = answer_close_prompt(monkeypatch, Button.Cancel)
    quit_action = next(a for a in first.menus["file"].actions() if a.text() == "&Quit")
    quit_action.trigger()
    assert len(asked) == 1 and first.isVisible() and second.isVisible()
    asked = answer_close_prompt(monkeypatch, Button.Discard)
    quit_action.trigger()
    assert len(asked) == 2 and closed(first) and closed(second)


def test_while_edits_keep_coming_a_snapshot_is_still_written_at_the_interval(qtbot, open_map):
    window = open_map()
    window.autosaver.set_interval(1)   # Preferences: at least every second (the quiet 2 s never come)
    note = window.modeling.add_note(0, 0, "")
    typed = []

    def type_on():                     # typing on, one edit every 0.1 s: one merged undo step
        typed.append(f"Question {len(typed)}")
        window.modeling.set_note_fields(note, text=typed[-1])

    typing = QTimer(window, interval=100)
    typing.timeout.connect(type_on)
    typing.start()
    snapshot = window.autosaver.file
    qtbot.waitUntil(lambda: snapshot.exists() and "Question" in snapshot.read_text(encoding="utf-8"), timeout=2500)
    assert typing.isActive() and len(typed) < 25, "written while the typing went on, within the interval"
    qtbot.waitUntil(lambda: len(typed) >= 30, timeout=5000)
    typing.stop()
    qtbot.waitUntil(lambda: typed[-1] in snapshot.read_text(encoding="utf-8"),
                    timeout=2500)   # the last keystroke too, although the undo index stood still


def test_an_unwritable_data_folder_says_so_once_and_the_app_still_works(qtbot, monkeypatch, qapp, window_for, doc):
    from salesmap_studio.ui.recovery import folders, session, startup

    def read_only_home():
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(session, "_session", None)
    monkeypatch.setattr(session, "_problem", "")
    monkeypatch.setattr(folders, "data_folder", read_only_home)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    startup.begin(qapp)
    assert startup.offer_recovery() == []
    assert len(warnings) == 1 and "Permission denied" in warnings[0]
    window = window_for(doc)
    window.modeling.add_note(0, 0, "Still editing")
    window.autosaver.write_now()
    assert "Autosave is off" in window.statusBar().currentMessage()


def test_a_single_first_edit_is_autosaved_too(qtbot, open_map):
    window = open_map()
    qtbot.mouseClick(window.parking_lot.add_button, Qt.MouseButton.LeftButton)   # one command from a clean map
    qtbot.waitUntil(window.autosaver.file.exists, timeout=3000)
