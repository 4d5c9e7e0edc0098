"""The canvas's scrollable area follows a stage dragged beyond the map; a link's label comes and goes with its text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtTest import QTest

from salesmap_studio.model import Link, MapInfo, SalesMap, Stage

from .helpers import LEFT, NO_KEYS, at, click
from .panels.keys import Keyboard


def two_stages() -> SalesMap:
    stages = [Stage(id="lead", name="Lead", x=1200.0, y=900.0), Stage(id="deal", name="Deal", x=1560.0, y=900.0)]
    links = [Link(id="go", source="lead", target="deal")]
    return SalesMap.from_parts(MapInfo(title="Two", language="en", start="lead"), nodes=stages, links=links)


@pytest.fixture
def window(window_for):
    return window_for(two_stages())


def seen(window) -> QRectF:
    """The part of the map the canvas shows."""
    return window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()


def test_a_stage_dragged_far_beyond_the_map_can_be_scrolled_to_during_and_after_the_drag(window):
    canvas, scene = window.canvas, window.canvas.scene()
    far = canvas.sceneRect().right() + 1500 - window.document.node("deal").x  # well past the scrollable area
    start = at(window, 1560.0, 900.0)
    viewport = canvas.viewport()
    QTest.mousePress(viewport, LEFT, NO_KEYS, start)
    for step in range(1, 9):
        QTest.mouseMove(viewport, start + QPoint(round(far * step / 8), 0))
    dragged = scene.item("deal").sceneBoundingRect()
    assert canvas.sceneRect().contains(dragged), "the scroll bars reach the stage while it is dragged"
    QTest.mouseRelease(viewport, LEFT, NO_KEYS, start + QPoint(round(far), 0))
    assert window.document.node("deal").x == pytest.approx(1560.0 + far, abs=2)
    dropped = scene.item("deal").sceneBoundingRect()
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().minimum())
    canvas.ensureVisible(dropped, 0, 0)
    assert seen(window).contains(dropped)

def test_a_label_typed_for_a_link_shows_on_the_canvas_and_goes_when_cleared(window, qtbot):
    scene = window.canvas.scene()
    link = scene.item("go")
    window.canvas.center_on("go")
    tip_x, tip_y = link.geometry.arrow[0]
    click(window, at(window, tip_x - 40, tip_y))
    assert window.selection.ids() == ["go"]
    bare = window.canvas.viewport().grab().toImage()
    field = window.inspector_dock.current().fields["label"].editor
    field.setFocus()
    keys = Keyboard(qtbot)
    keys.enter("Signed")
    assert window.document.to_dict()["links"][0]["label"] == "Signed"
    label = link.geometry.label.background.rect
    box = window.canvas.mapFromScene(QRectF(label.x, label.y, label.w, label.h)).boundingRect()
    qtbot.waitUntil(lambda: window.canvas.viewport().grab().toImage().copy(box) != bare.copy(box))
    field.setFocus()
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.press(Qt.Key.Key_Delete)
    keys.press(Qt.Key.Key_Tab)
    assert window.document.to_dict()["links"][0].get("label", "") == ""
    qtbot.waitUntil(lambda: window.canvas.viewport().grab().toImage().copy(box) == bare.copy(box))
