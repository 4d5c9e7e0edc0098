"""Workshop tests never touch the real user's settings or data folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """QSettings and the data folder (snapshots, locks, backups) go to a fresh temporary folder."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
        # QSettings falls back to the system scope: one left pointing at another test's
        # folder (panels/conftest.py) would bring that test's recent files along.
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(tmp_path / "system"))
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr("salesmap_studio.ui.recovery.folders.data_folder", lambda: data)
    return data


@pytest.fixture(autouse=True)
def discard_when_closed_at_teardown(monkeypatch):
    """Windows left with edits are closed by qtbot after each test: answer their prompt (tests may re-patch)."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def active_window(qtbot, window_for, template):
    """Opens a bundled template, `active_window("extended-b2b", "de")`, as the active window (keys go to it)."""
    from PySide6.QtWidgets import QApplication

    def open_active(name: str, language: str):
        window = window_for(template(name, language))
        window.windowHandle().requestActivate()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return open_active
