"""Lane and phase names stay in sight beside the view (frozen panes), never over a stage."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt

from salesmap_studio.analysis.geometry import node_geometry


def scroll_stage_to_left_edge(qtbot, window, node_id: str) -> QPoint:
    """Scrolls until the stage's left edge is 3 px inside the view; returns a blank point of the card near
    that edge (right of its lane-coloured bar, below its text)."""
    canvas = window.canvas
    canvas.set_zoom(1.0)
    card = node_geometry(window.document, node_id).box
    box = QRectF(card.x, card.y, card.w, card.h)
    canvas.centerOn(box.center())
    for _ in range(3):   # the pane appearing narrows the view: aim again
        left = canvas.mapFromScene(box.topLeft()).x()
        canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().value() + left - 3)
        qtbot.waitUntil(lambda: canvas.frozen_panes.left.isVisible() == canvas.frozen_panes.left.isVisibleTo(window))
    at = canvas.mapFromScene(box.topLeft())
    assert 0 <= at.x() <= 6
    return QPoint(at.x() + 20, canvas.mapFromScene(box.bottomLeft()).y() - 6)


def test_a_stage_at_the_left_edge_shows_whole_and_takes_the_click(qtbot, window_for, template):
    window = window_for(template("extended-b2b", "en"))
    spot = scroll_stage_to_left_edge(qtbot, window, "discovery")
    canvas, pane = window.canvas, window.canvas.frozen_panes.left
    assert pane.isVisible() and pane.geometry().right() < canvas.viewport().geometry().left()   # beside, not over
    picture = canvas.viewport().grab().toImage()
    assert picture.pixelColor(spot).lightness() > 245          # the card's white, not a lane header's tint
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert window.selection.ids() == ["discovery"]


def test_the_strips_name_the_lanes_and_phases_once_the_headers_scroll_away_and_leave_when_they_return(
        qtbot, window_for, template):
    window = window_for(template("extended-b2b", "en"))
    canvas, panes = window.canvas, window.canvas.frozen_panes
    canvas.set_zoom(1.0)
    canvas.centerOn(1500, 900)
    qtbot.waitUntil(lambda: panes.left.isVisible() and panes.top.isVisible())
    names = [panes.left.name(band) for band in panes.left.bands()]
    assert names == [lane.name for lane in window.document.lanes()]
    assert [panes.top.name(band) for band in panes.top.bands()] == [p.name for p in window.document.phases()]
    picture = panes.left.grab().toImage()
    rows = [canvas.mapFromScene(0, band.shape.rect.y + 10).y() for band in panes.left.bands()]
    tints = {picture.pixelColor(2, row).name() for row in rows if 0 <= row < picture.height()}
    assert len(tints) >= 2   # each lane in its own colour
    canvas.fit_map()
    qtbot.waitUntil(lambda: not panes.left.isVisible() and not panes.top.isVisible())
    assert canvas.viewportMargins().left() == 0 and canvas.viewportMargins().top() == 0


def dark_pixels(image, left: int, right: int) -> int:
    """How many pixels between columns `left` and `right` are as dark as text."""
    return sum(image.pixelColor(x, y).lightness() < 120
               for x in range(max(0, left), min(right, image.width())) for y in range(image.height()))


def test_a_lane_header_half_scrolled_out_shows_no_cut_name_beside_the_strip(qtbot, window_for, template):
    window = window_for(template("extended-b2b", "en"))
    canvas, panes = window.canvas, window.canvas.frozen_panes
    canvas.set_zoom(1.0)
    header = canvas.scene().bands.lanes[0].header.rect
    canvas.centerOn(header.x + header.w / 2 + canvas.viewport().width() / 2, 600)   # the header's left half out
    qtbot.waitUntil(lambda: panes.left.isVisible())
    for _ in range(3):   # the strip narrows the view: aim again
        left = canvas.mapFromScene(header.x + header.w / 2, 0).x()
        canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().value() + left)
        qtbot.waitUntil(lambda: panes.left.isVisible())
    rest = canvas.mapFromScene(header.x + header.w, 0).x()
    assert rest > 40   # the header's right half is in view
    qtbot.waitUntil(lambda: dark_pixels(canvas.viewport().grab().toImage(), 0, rest - 2) == 0)
    canvas.centerOn(header.x + canvas.viewport().width() / 2 - 20, 600)   # the whole header back
    qtbot.waitUntil(lambda: not panes.left.isVisible())
    whole = canvas.mapFromScene(header.x, 0).x(), canvas.mapFromScene(header.x + header.w, 0).x()
    assert dark_pixels(canvas.viewport().grab().toImage(), *whole) > 50   # its names written again
