"""The lane bands on the canvas follow the edits that move them and stay as they are through the
edits that do not: a stage dragged beyond the map's right edge stretches its lane under it, and no
trace of the lane's old end stays behind; after a rename the canvas is, pixel for pixel, what a
window freshly opened on the renamed map shows."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from salesmap_studio.persistence import dumps, loads
from salesmap_studio.ui.canvas.scene import BACKGROUND
from tests.ui.helpers import at, drag
from tests.ui.pixels import ink_in
from tests.ui.test_cached_pictures_look_the_same import varied_map


def picture(window, qtbot):
    """The canvas at 100 % around the map's middle, nothing selected, without the handles of the
    stage the mouse last went over (as while presenting); the same stretch of the map whatever the
    size of the window's canvas."""
    canvas = window.canvas
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.selection.ids())
    canvas.scene().set_show_handles(False)
    canvas.actual_size()
    canvas.centerOn(900.0, 260.0)
    middle = canvas.mapFromScene(QPointF(900.0, 260.0))
    return canvas.viewport().grab(QRect(middle.x() - 360, middle.y() - 300, 720, 600)).toImage()


def colour_at(window, x: float, y: float, colour: QColor) -> bool:
    """Whether the canvas shows `colour` around scene point (x, y) (a lane's tint is a few units off)."""
    image, point = window.canvas.viewport().grab().toImage(), at(window, x, y)
    return ink_in(image, point.x() - 2, point.y() - 2, 4, 4, colour, tolerance=6) == 25


def test_a_stage_dragged_beyond_the_right_edge_stretches_its_lane_under_it(window_for, qtbot):
    window = window_for(varied_map())
    scene = window.canvas.scene()
    won = scene.item("won").box()
    beyond = (won.right() + 320, won.center().y())   # beyond the lane now, just right of the stage dragged
    window.canvas.centerOn(*beyond)
    assert colour_at(window, *beyond, BACKGROUND)
    drag(window, at(window, won.center().x(), won.center().y()), at(window, won.center().x() + 300, won.center().y()))
    qtbot.waitUntil(lambda: window.document.node("won").x == 1400.0)
    lane = scene.bands.lanes[0].shape.rect
    assert lane.x + lane.w > beyond[0], "the lane does not reach beyond the stage"
    qtbot.waitUntil(lambda: not colour_at(window, *beyond, BACKGROUND))   # the lane's tint


def test_after_a_stage_is_dragged_beyond_the_right_edge_the_canvas_is_the_picture_of_a_fresh_window(window_for, qtbot):
    window = window_for(varied_map())
    won = window.canvas.scene().item("won").box()
    before = picture(window, qtbot)   # the lanes' picture cached here, then scrolled with the view
    window.canvas.centerOn(won.right() + 160, won.center().y())
    drag(window, at(window, won.center().x(), won.center().y()), at(window, won.center().x() + 300, won.center().y()))
    qtbot.waitUntil(lambda: window.document.node("won").x == 1400.0)
    dragged = picture(window, qtbot)   # around the lanes' old end (x 1220)
    assert dragged != before
    assert dragged == picture(window_for(loads(dumps(window.document))), qtbot), \
        "the canvas differs from a fresh window's (the lanes' old end stays drawn)"


def test_after_a_rename_the_canvas_is_the_picture_of_a_fresh_window(window_for, qtbot):
    window = window_for(varied_map())
    before = picture(window, qtbot)
    window.selection.set_ids(["qualify"])
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    qtbot.waitUntil(window.canvas.editor.is_open)
    window.canvas.editor.selectAll()
    QTest.keyClicks(window.canvas.editor, "Qualify the budget")
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.node("qualify").name == "Qualify the budget")
    renamed = picture(window, qtbot)
    assert renamed != before
    assert renamed == picture(window_for(loads(dumps(window.document))), qtbot)

