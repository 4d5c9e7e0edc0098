"""The recovery dialog after a crash: Restore, Save As…, Discard, Later — snapshots go only when saved or discarded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.persistence import load
from salesmap_studio.ui import file_actions
from salesmap_studio.ui.recovery.dialog import RecoveryDialog
from salesmap_studio.ui.recovery.lock import recoverable

from .test_recovery_store import crash_a_session


@pytest.fixture
def dialog(qtbot, private_settings):
    crash_a_session(private_settings, "Crashed workshop")
    found = recoverable(private_settings)
    dialog = RecoveryDialog(found)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_dialog_lists_title_original_path_and_time(dialog):
    text = dialog.maps.item(0).text()
    assert "Crashed workshop" in text and "/maps/deal.smap" in text and "autosaved" in text


def test_restore_opens_the_map_unsaved_and_its_autosave_takes_the_snapshot_over(qtbot, dialog, private_settings):
    old = dialog.current().file
    click(qtbot, dialog.restore_button)
    window = dialog.restored[0]
    qtbot.addWidget(window)
    assert window.document.info.title == "Crashed workshop"
    assert str(window.path) == "/maps/deal.smap" and window.isWindowModified()
    assert not old.exists() and window.autosaver.file.exists()
    assert not dialog.isVisible()   # nothing left to decide


def test_save_as_writes_the_map_and_only_then_drops_the_snapshot(qtbot, monkeypatch, dialog, tmp_path):
    old = dialog.current().file
    monkeypatch.setattr(file_actions, "ask_save_path", lambda parent, suggestion: str(tmp_path / "rescued"))
    click(qtbot, dialog.save_as_button)
    assert load(tmp_path / "rescued.smap").info.title == "Crashed workshop"
    assert not old.exists()


def test_a_failed_save_keeps_the_snapshot(qtbot, monkeypatch, dialog, tmp_path):
    old = dialog.current().file
    errors = []
    monkeypatch.setattr(file_actions, "ask_save_path", lambda parent, s: str(tmp_path / "missing" / "x.smap"))
    monkeypatch.setattr(file_actions, "show_error", lambda parent, title, text, detail="": errors.append(f"{text}\n{detail}"))
    click(qtbot, dialog.save_as_button)
    assert errors and "could not be written" in errors[0]
    assert old.exists() and dialog.maps.count() == 1


def test_discard_asks_first_and_later_keeps_everything(qtbot, monkeypatch, dialog):
    from PySide6.QtWidgets import QMessageBox

    old = dialog.current().file
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    click(qtbot, dialog.discard_button)
    assert old.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    click(qtbot, dialog.discard_button)
    assert not old.exists()


def test_later_keeps_the_snapshot_for_the_next_start(qtbot, dialog, private_settings):
    click(qtbot, dialog.later_button)
    assert not dialog.isVisible()
    assert [s.title for s in recoverable(private_settings)] == ["Crashed workshop"]
