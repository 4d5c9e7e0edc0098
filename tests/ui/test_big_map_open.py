"""Opening a big map and fitting it: names are wrapped only when drawn, the first far-out frame
is a sketch, and the full drawing follows, the same as the whole scene rendered at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

from salesmap_studio.analysis import geometry
from salesmap_studio.model import Lane, Link, MapInfo, Note, SalesMap, Stage

from .helpers import at, click, drag, scroll_to

STAGES = 2000
COLUMNS = 40


def library(count: int) -> SalesMap:
    lanes = [Lane(id="sales", name="Sales", color="#4A7FB5")]
    stages = [Stage(id=f"s{i}", name=f"Stage {i} of the process", x=120.0 + 260 * (i % COLUMNS),
                    y=130.0 + 160 * (i // COLUMNS), owner="sales" if i % 2 else None, expected_days=3.0)
              for i in range(count)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(count - 1)]
    links += [Link(id=f"o{i}", source=f"s{i}", target=f"s{i - 3}", kind="objection", label="Too expensive")
              for i in range(25, count, 25)]
    notes = [Note(id="n1", text="Ask finance first", x=400.0, y=40.0)]
    return SalesMap.from_parts(MapInfo(title="Library", language="en", start="s0"), lanes, (), stages, links,
                               notes=notes)


@pytest.fixture
def shaped(monkeypatch):
    """The ids of the nodes whose shape (wrapped name, lines) was worked out, in order."""
    ids = []
    real = geometry.node_shape_geometry

    def counting(node, lane_color, language):
        ids.append(node.id)
        return real(node, lane_color, language)

    monkeypatch.setattr(geometry, "node_shape_geometry", counting)
    return ids


def test_opening_a_big_map_wraps_only_the_names_on_screen(window_for, shaped):
    window = window_for(library(STAGES))
    window.canvas.viewport().repaint()
    assert 0 < len(set(shaped)) < 100, len(set(shaped))  # 2,000 before, all on opening


def test_a_stage_first_drawn_after_scrolling_is_clicked_and_dragged_like_any_other(window_for, shaped):
    window = window_for(library(STAGES))
    assert "s1234" not in shaped
    assert_scrolled_to_clicked_and_dragged(window, "s1234")


def assert_scrolled_to_clicked_and_dragged(window, node_id: str) -> None:
    """Scrolls to the stage, clicks it (it alone is selected) and drags it (it alone moves)."""
    far = window.document.node(node_id)
    scroll_to(window, far.x, far.y)
    click(window, at(window, far.x, far.y))
    assert window.selection.ids() == [node_id]
    drag(window, at(window, far.x - 40, far.y), at(window, far.x + 60, far.y + 40))
    moved = window.document.node(node_id)
    assert (moved.x, moved.y) == pytest.approx((far.x + 100, far.y + 40), abs=1.0)
    neighbour = window.document.nodes()[window.document.node_index(node_id) - 1]
    assert window.document.node(neighbour.id).x == far.x - 260  # its neighbour stays put


def test_every_item_draws_the_shape_the_exports_draw(window_for):
    window = window_for(library(300))
    whole = geometry.map_geometry(window.document)
    drawn = {item.item_id: item.geometry for item in window.canvas.scene().map_items()}
    assert drawn == {**whole.nodes, **whole.links, **whole.notes}


def drawn_in_one_go(view) -> QImage:
    """The viewport as the far-out view drew it before: the whole scene rendered at once, then shown."""
    scene, zoom = view.scene(), view.zoom()
    source = scene.map_rect()
    picture = QPixmap(round(source.width() * zoom), round(source.height() * zoom))
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    background = scene.backgroundBrush()
    scene.setBackgroundBrush(Qt.BrushStyle.NoBrush)
    scene.render(painter, QRectF(picture.rect()), source)
    scene.setBackgroundBrush(background)
    painter.end()
    screen = QPixmap(view.viewport().size())
    painter = QPainter(screen)
    painter.fillRect(screen.rect(), background)
    painter.drawPixmap(view.mapFromScene(source.topLeft()), picture)
    painter.end()
    return screen.toImage().convertToFormat(QImage.Format.Format_RGB32)


def on_screen(view) -> QImage:
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_fit_map_sketches_at_once_then_shows_the_whole_drawing(window_for, shaped, qtbot):
    window = window_for(library(STAGES))
    view = window.canvas
    view.viewport().repaint()
    before = len(shaped)
    window.menu_actions["&Fit Map"].trigger()
    view.viewport().repaint()   # the first far-out frame, as the event loop paints it
    sketch = on_screen(view)
    assert len(shaped) == before   # no name wrapped for it: it shows flat boxes
    assert sketch != drawn_in_one_go(view)
    qtbot.waitUntil(lambda: on_screen(view) == drawn_in_one_go(view), timeout=60_000)
    assert set(shaped) == {f"s{i}" for i in range(STAGES)}


def test_an_edit_while_the_picture_is_painted_starts_it_again(window_for, qtbot):
    window = window_for(library(600))
    view = window.canvas
    window.menu_actions["&Fit Map"].trigger()
    view.viewport().repaint()
    node = window.document.node("s0")
    click(window, at(window, node.x, node.y))
    window.menu_actions["De&lete"].trigger()
    assert not window.document.has_node("s0")
    qtbot.waitUntil(lambda: on_screen(view) == drawn_in_one_go(view), timeout=60_000)


def test_far_out_the_picture_forgets_a_selection_that_is_cleared(window_for, qtbot):
    """Between 18 % and 20 % the picture draws each item in full; a selection must not stay baked in
    once it is cleared (the selection's outline is drawn live, on top of the picture)."""
    window = window_for(library(600))
    view = window.canvas
    window.menu_actions["Select &All"].trigger()
    view.set_zoom(0.19)
    qtbot.waitUntil(lambda: view.overview.ready(view.zoom()), timeout=60_000)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.selection.ids() == []
    qtbot.waitUntil(lambda: view.overview.ready(view.zoom()), timeout=60_000)
    assert on_screen(view) == drawn_in_one_go(view)
