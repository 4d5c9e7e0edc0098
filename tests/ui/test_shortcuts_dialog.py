"""Help → Keyboard Shortcuts (F1): every key, read from the real menus, with a filter; German too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from salesmap_studio.ui.shortcuts_dialog import ShortcutsDialog


def f1(qtbot, window) -> ShortcutsDialog:
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.canvas, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_f1_lists_the_menus_keys_and_the_canvas_keys(qtbot, window_for, doc):
    window = window_for(doc)
    rows = dict((action, keys) for keys, action in f1(qtbot, window).rows())
    assert rows["Save"] == "Ctrl+S" and rows["Sticky Note"] == "N" and rows["Present"] == "F5"
    assert rows["Next stage after the selected one, linked, and type its name"] == "Tab"
    assert "Choose the branch at a decision" in rows


def test_typing_in_the_filter_keeps_the_matching_rows(qtbot, window_for, doc):
    dialog = f1(qtbot, window_for(doc))
    qtbot.keyClicks(dialog.filter, "zoom")
    assert {action for _, action in dialog.rows()} == {"Zoom In", "Zoom Out", "Zoom"}
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "ctrl+s")
    assert ("Ctrl+S", "Save") in dialog.rows()


def test_in_german(qtbot, window_for, template, german):
    dialog = f1(qtbot, window_for(template("five-step", "de")))
    assert dialog.windowTitle() == "Tastenkürzel"
    rows = dict((action, keys) for keys, action in dialog.rows())
    assert rows["Speichern"] == "Strg+S" and rows["Haftnotiz"] == "N"   # the keys in German, too
