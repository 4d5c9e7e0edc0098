"""A click shows what is selected, and Escape takes the mark away again: the room must see which
stage the facilitator is talking about."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from salesmap_studio.ui.canvas.items import SELECTION

from .helpers import at, click, scroll_to
from .pixels import count_near


def marked(window) -> int:
    """How many pixels of the canvas have the selection's colour."""
    return count_near(window.canvas.viewport().grab().toImage(), SELECTION, tolerance=30)


def move_in_steps(window, start: QPoint, end: QPoint) -> None:
    for step in range(1, 7):
        QTest.mouseMove(window.canvas.viewport(), start + (end - start) * step / 6)


def test_a_clicked_stage_shows_selected_until_escape(qtbot, window_for, template):
    window = window_for(template("extended-b2b", "en"))
    window.canvas.actual_size()
    stage = next(node for node in window.document.nodes() if node.kind == "stage")
    scroll_to(window, stage.x, stage.y)
    on_stage = at(window, stage.x, stage.y)
    away = QPoint(window.canvas.viewport().width() - 5, window.canvas.viewport().height() - 5)
    unmarked = marked(window)
    click(window, on_stage)
    assert window.selection.ids() == [stage.id]
    qtbot.waitUntil(lambda: marked(window) > unmarked + 100)
    move_in_steps(window, on_stage, away)   # a hovered stage shows its handles in that colour too
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert window.selection.ids() == []
    qtbot.waitUntil(lambda: marked(window) == unmarked)
