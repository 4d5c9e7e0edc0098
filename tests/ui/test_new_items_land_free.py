"""New items land on free ground (issue 12, finding 5): S, N, Tab and a palette drop never cover a stage or a
note; N puts the note in the parking lot above the map; a drop near the edge lands wholly in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from salesmap_studio.analysis.geometry.shapes import SIZES

from .helpers import at
from .test_canvas_mouse import drop


@pytest.fixture
def window(window_for, doc):
    window = window_for(doc)
    window.canvas.centerOn(400, 260)
    return window


def box(doc, item_id: str) -> tuple[float, float, float, float]:
    item = doc.node(item_id) if doc.has_node(item_id) else doc.note(item_id)
    w, h = SIZES[getattr(item, "kind", "note")]
    return item.x - w / 2, item.y - h / 2, item.x + w / 2, item.y + h / 2


def covered(doc, item_id: str) -> list[str]:
    """The other nodes and notes the item's box touches."""
    a = box(doc, item_id)
    others = [n.id for n in doc.nodes()] + [n.id for n in doc.notes()]
    return [o for o in others if o != item_id
            and (lambda b: a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])(box(doc, o))]


def in_view(window, item_id: str) -> bool:
    seen = window.canvas.visible_rect()
    left, top, right, bottom = box(window.document, item_id)
    return seen.left() <= left and right <= seen.right() and seen.top() <= top and bottom <= seen.bottom()


def new_id(window, before: set[str]) -> str:
    (added,) = ids(window) - before
    return added


def ids(window) -> set[str]:
    return {n.id for n in window.document.nodes()} | {n.id for n in window.document.notes()}


def press_letter(window, qtbot, key) -> str:
    before = ids(window)
    qtbot.keyClick(window.canvas, key)
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Escape)
    return new_id(window, before)


def test_s_puts_the_new_stage_beside_what_is_in_the_middle_of_the_view(window, qtbot):
    centre = window.canvas.visible_centre()
    window.modeling.add_node("stage", centre.x(), centre.y(), name="Lead")
    window.modeling.add_note(centre.x(), centre.y() + 120, "Budget?")
    stage = press_letter(window, qtbot, Qt.Key.Key_S)
    assert window.document.node(stage).kind == "stage"
    assert covered(window.document, stage) == [] and in_view(window, stage)


def test_n_puts_notes_side_by_side_in_the_parking_lot_above_the_map(window, qtbot):
    modeling = window.modeling
    for x in (100, 360, 620):
        modeling.add_node("stage", x, 130)
    first, second = press_letter(window, qtbot, Qt.Key.Key_N), press_letter(window, qtbot, Qt.Key.Key_N)
    doc = window.document
    top_of_map = min(box(doc, n.id)[1] for n in doc.nodes())
    for note in (first, second):
        assert box(doc, note)[3] < top_of_map, "above every stage"
        assert covered(doc, note) == []
    assert doc.note(first).y == doc.note(second).y and doc.note(first).x < doc.note(second).x, "one row"
    assert in_view(window, second), "the view shows the note being typed"


def test_a_palette_drop_onto_a_stage_lands_beside_it(window):
    lead = window.modeling.add_node("stage", 400, 260, name="Lead")
    before = ids(window)
    drop(window, "stage", 400, 260)
    stage = new_id(window, before)
    assert covered(window.document, stage) == [] and in_view(window, stage)
    assert window.document.node(lead).x == 400


@pytest.mark.parametrize("shape", ["stage", "note", "decision"])
def test_a_palette_drop_at_the_edge_of_the_view_lands_wholly_in_view(window, shape):
    corner = window.canvas.viewport().rect().bottomRight() - QPoint(4, 4)
    point = window.canvas.mapToScene(corner)
    before = ids(window)
    drop(window, shape, point.x(), point.y())
    assert in_view(window, new_id(window, before))


def test_tab_does_not_put_the_next_stage_on_a_sticky_note(window, qtbot):
    lead = window.modeling.add_node("stage", 200, 130, name="Lead")
    window.modeling.add_note(460, 130, "Who signs?")
    window.selection.set_ids([lead])
    before = ids(window)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Escape)
    stage = new_id(window, before)
    assert covered(window.document, stage) == []
    assert [link.target for link in window.document.links_from(lead)] == [stage]


def test_a_double_click_between_two_stages_does_not_cover_them(window, qtbot):
    for x in (200, 440):
        window.modeling.add_node("stage", x, 130)
    before = ids(window)
    qtbot.mouseDClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 320, 200))
    qtbot.keyClick(window.canvas.editor, Qt.Key.Key_Escape)
    assert covered(window.document, new_id(window, before)) == []
