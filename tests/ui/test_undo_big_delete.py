"""Edit ▸ Undo of Select All, Delete on a big map (more items than the scene adds one by one):
the map comes back as it was, drawn as before, and every item answers the mouse as before."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from salesmap_studio.analysis import geometry
from salesmap_studio.ui.canvas.items import MapItem

from .helpers import at, click, drag
from .test_big_map_open import assert_scrolled_to_clicked_and_dragged, drawn_in_one_go, library, on_screen

STAGES = 600  # past the scene's bulk threshold (500 items in one step)


def delete_everything_and_undo(window) -> None:
    window.menu_actions["Select &All"].trigger()
    window.menu_actions["De&lete"].trigger()
    assert len(window.document) == 0
    window.menu_actions["Undo"].trigger()


def screen(window) -> QImage:
    window.canvas.viewport().repaint()
    return on_screen(window.canvas)


def test_undo_brings_back_the_same_map_drawn_as_the_exports_draw_it(window_for):
    window = window_for(library(STAGES))
    before = window.document.to_dict()
    delete_everything_and_undo(window)
    assert window.document.to_dict() == before
    whole = geometry.map_geometry(window.document)
    drawn = {item.item_id: item.geometry for item in window.canvas.scene().map_items()}
    assert drawn == {**whole.nodes, **whole.links, **whole.notes}
    assert window.selection.ids() == [] and window.canvas.scene().selectedItems() == []


def test_the_canvas_after_undo_looks_as_it_did_before_the_delete(window_for):
    window = window_for(library(STAGES))
    window.canvas.centerOn(*at_scene(window.document.node("s26")))  # an objection loop over three flow links
    looked = screen(window)
    delete_everything_and_undo(window)
    assert screen(window) == looked   # same boxes, curves and labels, stacked in the same order


def test_after_undo_a_repaint_asks_only_the_items_on_screen(window_for, monkeypatch):
    # Qt's index, off while thousands of items come back, is on again and knows the scene's rect:
    # every frame after the undo (a drag, a scroll) looks at the items on screen, not at all of them.
    asked = []
    bounds = MapItem.boundingRect
    monkeypatch.setattr(MapItem, "boundingRect", lambda item: asked.append(item) or bounds(item))
    window = window_for(library(STAGES))
    screen(window)
    asked.clear()
    screen(window)
    before = len(asked)
    delete_everything_and_undo(window)
    screen(window)
    asked.clear()
    screen(window)
    assert before < len(window.canvas.scene().map_items()) / 3   # the view shows a part of the map
    assert 0 < len(asked) < 1.5 * before


def at_scene(node) -> tuple[float, float]:
    return node.x, node.y


def test_after_undo_a_click_selects_one_stage_and_a_drag_moves_it(window_for):
    window = window_for(library(STAGES))
    delete_everything_and_undo(window)
    stage = window.document.node("s3")
    click(window, at(window, stage.x, stage.y))
    assert window.selection.ids() == ["s3"]
    drag(window, at(window, stage.x, stage.y), at(window, stage.x + 80, stage.y + 40))
    moved = window.document.node("s3")
    assert (moved.x, moved.y) == pytest.approx((stage.x + 80, stage.y + 40), abs=1.0)


def test_after_undo_a_stage_first_drawn_after_scrolling_is_clicked_and_dragged(window_for):
    window = window_for(library(STAGES))
    delete_everything_and_undo(window)
    assert_scrolled_to_clicked_and_dragged(window, "s577")


def test_a_link_brought_back_is_picked_by_a_click_on_its_curve(window_for):
    window = window_for(library(STAGES))
    delete_everything_and_undo(window)
    source, target = window.document.node("s7"), window.document.node("s8")
    click(window, at(window, (source.x + target.x) / 2, source.y))   # halfway along the straight flow link
    assert window.selection.ids() == ["l7"]


def test_redo_and_undo_again_keep_the_map_and_the_picture(window_for, qtbot):
    window = window_for(library(STAGES))
    before = window.document.to_dict()
    delete_everything_and_undo(window)
    window.menu_actions["Redo"].trigger()
    assert len(window.document) == 0 and window.canvas.scene().map_items() == []
    window.menu_actions["Undo"].trigger()
    assert window.document.to_dict() == before
    window.menu_actions["&Fit Map"].trigger()
    qtbot.waitUntil(lambda: on_screen(window.canvas) == drawn_in_one_go(window.canvas), timeout=60_000)


def test_an_edit_between_delete_and_undo_still_brings_everything_back(window_for):
    window = window_for(library(STAGES))
    before = window.document.to_dict()
    stage = window.document.node("s3")
    click(window, at(window, stage.x, stage.y))
    window.menu_actions["&Copy"].trigger()
    window.menu_actions["Select &All"].trigger()
    window.menu_actions["De&lete"].trigger()
    window.menu_actions["&Paste"].trigger()   # a step of its own between the delete and its undo
    assert len(window.document) == 1
    window.menu_actions["Undo"].trigger()
    window.menu_actions["Undo"].trigger()
    assert window.document.to_dict() == before
    whole = geometry.map_geometry(window.document)
    assert {item.item_id: item.geometry for item in window.canvas.scene().map_items()} == \
        {**whole.nodes, **whole.links, **whole.notes}


def test_a_stage_pasted_under_a_deleted_ones_id_is_drawn_where_it_was_pasted(window_for):
    # The step after a delete may bring an id back as another stage: only the very node object a
    # deleted item showed gets that item's box and shape back.
    window = window_for(library(STAGES))
    copied = window.document.node("s3")
    click(window, at(window, copied.x, copied.y))
    window.menu_actions["&Copy"].trigger()
    window.menu_actions["Select &All"].trigger()
    window.menu_actions["De&lete"].trigger()
    window.menu_actions["&Paste"].trigger()
    pasted = window.document.node("s3")   # the id was free again
    assert (pasted.x, pasted.y) != (copied.x, copied.y)
    item = window.canvas.scene().item("s3")
    assert item.geometry == geometry.map_geometry(window.document).nodes["s3"]
    assert item.model_box == item.geometry.box


def centre(window):
    canvas = window.canvas
    return canvas.mapToScene(canvas.viewport().rect().center())


def test_undo_of_a_delete_shows_the_map_where_the_view_looked_before(window_for, qtbot):
    """Deleting everything leaves a small scrollable area, which pushes the view away; after Undo,
    the view is back where the facilitator was looking (the event loop runs between, as for a user)."""
    window = window_for(library(STAGES))
    window.canvas.centerOn(*at_scene(window.document.node("s560")))
    looked = centre(window)
    window.menu_actions["Select &All"].trigger()
    window.menu_actions["De&lete"].trigger()
    qtbot.waitUntil(lambda: (centre(window) - looked).manhattanLength() > 100)   # the scroll range shrank
    window.menu_actions["Undo"].trigger()
    qtbot.waitUntil(lambda: (centre(window) - looked).manhattanLength() <= 3)   # a pixel's rounding


def test_after_a_delete_a_view_moved_by_the_user_is_not_taken_back(window_for, qtbot):
    window = window_for(library(STAGES))
    window.canvas.centerOn(*at_scene(window.document.node("s560")))
    looked = centre(window)
    window.menu_actions["Select &All"].trigger()
    window.menu_actions["De&lete"].trigger()
    qtbot.waitUntil(lambda: (centre(window) - looked).manhattanLength() > 100)
    bar = window.canvas.horizontalScrollBar()
    bar.setValue((bar.minimum() + bar.maximum()) // 2)   # the user scrolls elsewhere
    window.menu_actions["Undo"].trigger()
    scene = window.canvas.scene()
    qtbot.waitUntil(lambda: window.canvas.sceneRect().contains(scene.map_rect()))   # room again
    assert (centre(window) - looked).manhattanLength() > 100
