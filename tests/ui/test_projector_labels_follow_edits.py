"""In projector view a link's label is drawn larger where the map leaves it room; an edit elsewhere that
takes that room (a stage dragged next to it) draws the label again as the map now allows."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from salesmap_studio.ui.canvas.items import LabelItem

from ..analysis.builders import link, make_map, stage
from .helpers import at, drag


def labels_as_placed_now(window) -> bool:
    """Whether every label on screen was last painted as projector view places it for the map as it is."""
    canvas = window.canvas
    canvas.viewport().repaint()
    scene, lod = canvas.scene(), canvas.zoom()
    return all(item.painted_label == (scene.room_labels.label(item.link.item_id, lod) or item.link.geometry.label)
               for item in scene.items() if isinstance(item, LabelItem) and item.painted_label is not None)


def test_a_stage_dragged_into_a_larger_labels_room_draws_the_label_again(qtbot, window_for):
    window = window_for(make_map([stage("a", x=0.0, y=0.0), stage("b", x=700.0, y=0.0), stage("c", x=350.0, y=400.0)],
                                 [link("a", "b", label="Qualified · 40 %")]))
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.canvas, Qt.Key.Key_F11)   # Projector View
    qtbot.waitUntil(lambda: window.isFullScreen() and window.canvas.width() >= window.width() - 4)
    scene = window.canvas.scene()
    label = next(item for item in scene.items() if isinstance(item, LabelItem))
    qtbot.waitUntil(lambda: labels_as_placed_now(window) and label.painted_exact)   # drawn larger
    grown = label.painted_label.background.rect
    c = scene.item("c").box()
    # "c" dragged up so that its box covers the label's larger place
    drag(window, at(window, c.center().x(), c.center().y()),
         at(window, grown.x + grown.w / 2, grown.y + grown.h / 2 + c.height() / 2 - 4))
    qtbot.waitUntil(lambda: window.document.node("c").y < 200.0)
    qtbot.waitUntil(lambda: labels_as_placed_now(window))
    drawn, moved = label.painted_label.background.rect, scene.item("c").box()
    assert not moved.intersects(QRectF(drawn.x, drawn.y, drawn.w, drawn.h))   # not drawn under the stage
