"""F9 (View ▸ Side Panels) folds the panels away so the map has the window's width, and brings them back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget


def folded(window) -> bool:
    return not window.inspector_dock.isVisible() and window.canvas.width() >= window.width() - 4


def test_f9_folds_the_panels_away_and_brings_them_back_as_they_were(qtbot, window_for, template):
    window = window_for(template("extended-b2b", "en"))
    outline = window.findChild(QDockWidget, "outline-panel")
    narrow = window.canvas.width()
    qtbot.keyClick(window.canvas, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: folded(window))
    assert window.canvas.width() > narrow + 300
    qtbot.keyClick(window.canvas, Qt.Key.Key_F9)
    qtbot.waitUntil(window.inspector_dock.isVisible)
    assert outline in window.tabifiedDockWidgets(window.inspector_dock), "the Outline is its tab again"
    assert abs(window.canvas.width() - narrow) <= 8, "the panels come back at their width"


def test_ctrl_i_brings_the_folded_inspector_and_the_menu_entry_says_so(qtbot, window_for, template):
    window = window_for(template("extended-b2b", "en"))
    side_panels = next(a for a in window.menus["view"].actions() if a.shortcut().toString() == "F9")
    qtbot.keyClick(window.canvas, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: folded(window))
    assert not side_panels.isChecked()
    window.selection.set_ids(["demo"])
    qtbot.keyClick(window.canvas, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)   # Edit in Inspector
    qtbot.waitUntil(window.inspector_dock.isVisible)
    assert side_panels.isChecked()
