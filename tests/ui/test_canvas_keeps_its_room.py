"""A side panel made as wide as it goes leaves the map room to work in (monkey seed 17: the
Outline was dragged over the whole canvas; the panels are tabs on the right now in a real X session, and nothing on the map could be
clicked any more)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

SMALLEST_CANVAS = 200


def test_a_panel_widened_over_the_canvas_stops_short_of_hiding_it(qtbot, window_for, template):
    window = window_for(template("extended-b2b", "en"))
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.canvas.width() > SMALLEST_CANVAS)
    panel = window.findChild(QDockWidget, "inspector-panel")
    # What dragging the separator to the far edge does (QTest's mouse cannot grab a dock separator).
    window.resizeDocks([panel], [window.width()], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: panel.width() > 400)
    assert window.canvas.width() >= SMALLEST_CANVAS
