"""In projector view names are set in the condensed bold face: a name the bold face would need two lines
for takes one, and it stays inside its box (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from salesmap_studio.analysis.geometry.legible import ROOM
from salesmap_studio.analysis.geometry.shapes import ASCENT, STRIPE_W, STRIPE_X
from salesmap_studio.analysis.geometry.text import text_width

from ..analysis.builders import chain, make_map, stage

NAME = "Budget approval"   # 9.4 em wide in DejaVu Sans Bold, 8.4 em condensed


def test_a_name_two_bold_lines_long_takes_one_condensed_line_inside_its_box_in_projector_view(qtbot, window_for):
    window = window_for(make_map([stage("a", name=NAME, x=0.0, y=0.0), stage("b", name="Deal review", x=260.0, y=0.0)],
                                 chain("a", "b")))
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.canvas, Qt.Key.Key_F11)   # Projector View
    qtbot.waitUntil(lambda: window.isFullScreen() and window.canvas.width() >= window.width() - 4)
    item = window.canvas.scene().item("a")

    def drawn_alone() -> bool:
        window.canvas.viewport().grab()   # paints the items at this zoom
        return item.painted_exact

    qtbot.waitUntil(drawn_alone)
    (line,) = item.painted_name
    assert line.text == NAME and line.condensed
    room = item.box_rect.width() - STRIPE_X - STRIPE_W - 2 * ROOM.inset   # beside the owner's stripe
    assert text_width(NAME, line.size, True) > room, "the bold face would need a second line"
    box = item.box_rect
    assert box.left() + STRIPE_X + STRIPE_W < line.x and line.x + line.width < box.right()
    assert box.top() < line.y - ASCENT * line.size and line.y + (1 - ASCENT) * line.size < box.bottom()
    assert window.canvas.zoom() * line.size >= ROOM.px   # and it is as large as projector view wants
