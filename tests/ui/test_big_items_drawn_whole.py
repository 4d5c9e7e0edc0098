"""Items larger than the view (a lane, a long link close up) are drawn whole after they change, even
when the view scrolls before the next paint: Qt keeps a picture of only their part on screen, and
on a scroll it paints only the strip newly shown. Without care, the old picture stayed: the old end
of a lane as a thin line across the map, a long link cut short, a link still banded as selected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from salesmap_studio.persistence import dumps, loads

from .helpers import at, click
from .test_cached_pictures_look_the_same import varied_map
from .test_undo_big_delete import STAGES, library

STRETCH = QRect(0, 0, 640, 520)  # of the viewport: within it whatever the scroll bars take


def shown(window):
    """What the canvas shows now, painted as for the screen (the event loop runs between a user's steps)."""
    window.canvas.viewport().repaint()
    return window.canvas.viewport().grab(STRETCH).toImage()


def fresh_picture(window_for, window):
    """The same stretch of the same map in a window just opened on it, scrolled to the same spot."""
    fresh = window_for(loads(dumps(window.document)))
    fresh.canvas.set_zoom(window.canvas.zoom())
    for mine, theirs in ((window.canvas.horizontalScrollBar(), fresh.canvas.horizontalScrollBar()),
                         (window.canvas.verticalScrollBar(), fresh.canvas.verticalScrollBar())):
        theirs.setValue(mine.value())
    assert fresh.canvas.mapToScene(0, 0) == window.canvas.mapToScene(0, 0)
    return shown(fresh)


def centre(window):
    canvas = window.canvas
    return canvas.mapToScene(canvas.viewport().rect().center())


@pytest.mark.parametrize("make_map, zoom, x, y", [
    (varied_map, 1.5, 600.0, 330.0),          # long links close up, each step item by item
    (lambda: library(20), 1.0, 900.0, 260.0),  # a lane wider than the view
    (lambda: library(STAGES), 1.0, 900.0, 260.0),  # thousands of items in one step
], ids=["long-links", "lanes", "big-map"])
def test_after_select_all_delete_and_undo_the_canvas_is_the_picture_of_a_fresh_window(
        window_for, qtbot, make_map, zoom, x, y):
    window = window_for(make_map())
    every = len(window.document) + len(window.document.links())
    window.canvas.set_zoom(zoom)
    window.canvas.centerOn(x, y)
    looked = centre(window)
    shown(window)
    window.menu_actions["Select &All"].trigger()
    qtbot.waitUntil(lambda: len(window.selection.ids()) >= every)
    shown(window)   # every item pictured as selected
    window.menu_actions["De&lete"].trigger()
    qtbot.waitUntil(lambda: len(window.document) == 0)
    shown(window)   # the lanes pictured short
    window.menu_actions["Undo"].trigger()
    qtbot.waitUntil(lambda: len(window.document) > 0 and (centre(window) - looked).manhattanLength() <= 3)
    assert shown(window) == fresh_picture(window_for, window)


def test_a_long_link_is_drawn_whole_after_its_stage_is_nudged_and_the_view_scrolled(window_for, qtbot):
    window = window_for(varied_map())
    canvas = window.canvas
    canvas.set_zoom(1.5)   # the link from "Lead comes in" down to "Lost" is wider than the view
    lead = canvas.scene().item("lead").box()
    canvas.centerOn(lead.center().x() + 400, lead.center().y() + 150)
    shown(window)
    click(window, at(window, lead.center().x(), lead.center().y()))
    qtbot.waitUntil(lambda: window.selection.ids() == ["lead"])
    for _ in range(3):
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.document.node("lead").y > 120.0)
    bar = canvas.horizontalScrollBar()
    bar.setValue(bar.value() + 40)   # the user scrolls a little before the screen is painted
    assert shown(window) == fresh_picture(window_for, window)
