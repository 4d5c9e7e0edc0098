"""The canvas's scrollable area, Fit Map and the lane and phase bands follow the map through
real edits: a stage added far out, dragged further, deleted, and brought back by undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF

from salesmap_studio.model import Lane, Link, MapInfo, Phase, SalesMap, Stage
from salesmap_studio.ui.canvas.scene import SCENE_MARGIN

from .helpers import at, click, double_click, drag

LANE_H = 240.0


def small_map() -> SalesMap:
    stages = [Stage(id="lead", name="Lead", x=300.0, y=120.0, owner="sales", phase="discover"),
              Stage(id="demo", name="Demo", x=700.0, y=360.0, owner="presales", phase="decide"),
              Stage(id="deal", name="Deal", x=1100.0, y=120.0, owner="sales", phase="decide")]
    links = [Link(id="l1", source="lead", target="demo"), Link(id="l2", source="demo", target="deal")]
    return SalesMap.from_parts(MapInfo(title="Bounds", language="en", start="lead", lane_height=LANE_H),
                               nodes=stages, links=links,
                               lanes=[Lane(id="sales", name="Sales"), Lane(id="presales", name="Presales")],
                               phases=[Phase(id="discover", name="Discover"), Phase(id="decide", name="Decide")])


@pytest.fixture
def window(window_for):
    return window_for(small_map())


def drawn(window) -> QRectF:
    """Qt's own union of every item on the canvas: what the user can see of the map."""
    return window.canvas.scene().itemsBoundingRect()


def shown(window) -> QRectF:
    return window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()


def band(window, band_id: str) -> QRectF:
    bands = window.canvas.scene().bands
    rect = next(b.shape.rect for b in (*bands.lanes, *bands.phases) if b.id == band_id)
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def stage_box(window, node_id: str) -> QRectF:
    return window.canvas.scene().item(node_id).box()


def assert_scroll_range_and_fit_cover_exactly_the_map(window, qtbot) -> None:
    canvas = window.canvas
    room = drawn(window).adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
    qtbot.waitUntil(lambda: canvas.sceneRect() == room, timeout=5000)
    window.menu_actions["&Fit Map"].trigger()
    view, map_ = shown(window), drawn(window)
    assert view.contains(map_)
    slack = 2 / canvas.zoom()   # a pixel's rounding either way
    assert view.center().x() == pytest.approx(map_.center().x(), abs=slack)
    assert view.center().y() == pytest.approx(map_.center().y(), abs=slack)
    # Fit Map leaves 30 units around the map, and Qt's fitInView 2 pixels inside the viewport's edge.
    assert min(view.width() - map_.width(), view.height() - map_.height()) <= 60 + 4 * slack


def test_the_map_s_bounds_follow_a_far_stage_through_add_move_delete_and_undo(window, qtbot):
    canvas, doc = window.canvas, window.document
    assert_scroll_range_and_fit_cover_exactly_the_map(window, qtbot)
    before = drawn(window)

    canvas.actual_size()
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().maximum())
    canvas.verticalScrollBar().setValue(canvas.verticalScrollBar().minimum())
    double_click(window, QPoint(canvas.viewport().width() - 150, 150))
    (far,) = {node.id for node in doc.nodes()} - {"lead", "demo", "deal"}
    assert doc.node(far).x > before.right() + 500
    click(window, at(window, 700.0, 360.0))   # ends the naming
    assert_scroll_range_and_fit_cover_exactly_the_map(window, qtbot)
    assert band(window, "sales").right() > stage_box(window, far).right(), "the lanes stretch to the new stage"

    canvas.actual_size()
    canvas.centerOn(doc.node("deal").x, doc.node("deal").y)
    x, y = doc.node("deal").x, doc.node("deal").y
    drag(window, at(window, x, y), at(window, x + 300, y + 40))
    assert doc.node("deal").x == pytest.approx(x + 300, abs=2)
    assert_scroll_range_and_fit_cover_exactly_the_map(window, qtbot)
    assert band(window, "decide").contains(stage_box(window, "deal")), "the phase band goes along with its stage"

    canvas.actual_size()
    canvas.centerOn(doc.node(far).x, doc.node(far).y)
    click(window, at(window, doc.node(far).x, doc.node(far).y))
    assert window.selection.ids() == [far]
    with_far = drawn(window)
    window.menu_actions["De&lete"].trigger()
    assert not doc.has_node(far)
    assert_scroll_range_and_fit_cover_exactly_the_map(window, qtbot)
    assert drawn(window).right() < with_far.right() - 500
    assert band(window, "sales").right() < with_far.right() - 500, "the lanes shrink back to the map"

    window.menu_actions["Undo"].trigger()
    assert doc.has_node(far)
    assert_scroll_range_and_fit_cover_exactly_the_map(window, qtbot)
    assert drawn(window) == with_far
