"""The empty map's hint (issue 12, finding 7): gone from the screen as soon as the map has an item, back when
the map is empty again. Read from what the window shows (its backing store), not from a fresh render: the
bug was leftover pixels that only a full repaint would clear."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor

from .pixels import count_near
from .test_canvas_mouse import drop

HINT_GREY = QColor("#7B8794")


def hint_pixels(window) -> int:
    """Hint-grey pixels in the band across the middle of the view, where the hint is drawn."""
    viewport = window.canvas.viewport()
    shown = viewport.screen().grabWindow(window.winId()).toImage()
    band = QRect(0, viewport.height() // 2 - 60, viewport.width(), 120)
    return count_near(shown.copy(band.translated(viewport.mapTo(window, QPoint(0, 0)))), HINT_GREY, 12)


def test_the_hint_goes_with_the_first_item_and_comes_back_on_undo(window_for, template, qtbot):
    window = window_for(template("blank"))
    qtbot.waitUntil(lambda: hint_pixels(window) > 100)
    corner = window.canvas.mapToScene(QPoint(120, 100))
    drop(window, "stage", corner.x(), corner.y())
    qtbot.keyClicks(window.canvas.editor, "Lead")
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Return)
    assert [node.name for node in window.document.nodes()] == ["Lead"]
    qtbot.waitUntil(lambda: hint_pixels(window) == 0)
    window.menu_actions["Undo"].trigger()
    assert len(window.document) == 0
    qtbot.waitUntil(lambda: hint_pixels(window) > 100)
