"""Preferences: chosen in the dialog, kept in QSettings, applied to open windows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from salesmap_studio import settings
from salesmap_studio.ui.preferences import PreferencesDialog


def test_defaults_when_nothing_was_chosen_yet():
    prefs = settings.load_preferences()
    assert (prefs.language, prefs.autosave_seconds, prefs.page_size) == ("system", 30, "A4")


def test_choices_are_stored_and_applied_to_the_open_window(qtbot, window_for, doc):
    window = window_for(doc)
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.autosave.selectAll()
    qtbot.keyClicks(dialog.autosave, "45")
    if dialog.snap.isChecked():
        qtbot.mouseClick(dialog.snap, Qt.MouseButton.LeftButton, pos=dialog.snap.rect().center())
    qtbot.mouseClick(dialog.snap, Qt.MouseButton.LeftButton, pos=dialog.snap.rect().center())
    dialog.grid_size.selectAll()
    qtbot.keyClicks(dialog.grid_size, "40")
    dialog.page_size.setCurrentText("A3")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    prefs = settings.load_preferences()
    assert (prefs.language, prefs.autosave_seconds, prefs.snap_to_grid, prefs.grid_size, prefs.page_size) == \
        ("de", 45, True, 40, "A3")
    assert window.canvas.snap_to_grid and window.canvas.grid_step == 40.0


def test_values_from_a_hand_edited_settings_file_are_brought_back_into_range():
    from PySide6.QtCore import QSettings

    store = QSettings(settings.ORGANIZATION, settings.APPLICATION)
    store.setValue("preferences/autosave_seconds", 1)
    store.setValue("preferences/language", "klingon")
    store.setValue("preferences/page_size", "napkin")
    prefs = settings.load_preferences()
    assert (prefs.autosave_seconds, prefs.language, prefs.page_size) == (10, "system", "A4")


def test_snap_to_grid_in_the_arrange_menu_is_remembered_for_the_next_window(qtbot, window_for, doc):
    from salesmap_studio.ui.main_window import MainWindow

    first = window_for(doc)   # (the shared fixture switches snapping off)
    first.menu_actions["&Snap to Grid"].trigger()
    assert settings.load_preferences().snap_to_grid
    second = MainWindow(doc)
    qtbot.addWidget(second)
    assert second.menu_actions["&Snap to Grid"].isChecked() and second.canvas.snap_to_grid
