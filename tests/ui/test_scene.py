"""The scene mirrors the document: one item per id, updated by the model's events."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter, QUndoStack
from PySide6.QtWidgets import QGraphicsScene, QGraphicsTextItem

from salesmap_studio.editing import Modeling
from salesmap_studio.ui.canvas import MapScene
from tests.ui.pixels import ink_in, text_box


def ids_on(scene) -> set[str]:
    return {item.item_id for item in scene.map_items()}


def expected_ids(doc) -> set[str]:
    return {n.id for n in doc.nodes()} | {link.id for link in doc.links()} | {n.id for n in doc.notes()}


def test_should_hold_one_item_per_node_link_and_note_of_a_template(template, qapp):
    doc = template("extended-b2b", "de")
    scene = MapScene(doc)
    assert ids_on(scene) == expected_ids(doc)
    assert not any(isinstance(item, QGraphicsTextItem) for item in scene.items())
    assert scene.itemIndexMethod() == QGraphicsScene.ItemIndexMethod.BspTreeIndex


def test_should_follow_every_edit_and_its_undo(template, qapp):
    doc = template("extended-b2b")
    scene = MapScene(doc)
    modeling = Modeling(doc, QUndoStack())
    first = doc.nodes()[0].id
    modeling.remove([first])
    modeling.add_note(0, 0, "New")
    modeling.add_stage_after("existing-customer", "Renewal")
    assert ids_on(scene) == expected_ids(doc)
    while modeling.undo_stack.canUndo():
        modeling.undo_stack.undo()
    assert ids_on(scene) == expected_ids(doc) and first in ids_on(scene)


def test_should_update_only_the_changed_node_and_its_links(template, qapp):
    doc = template("extended-b2b")
    scene = MapScene(doc)
    modeling = Modeling(doc, QUndoStack())
    before = {item.item_id: item.geometry for item in scene.map_items()}
    node = doc.node("discovery")
    modeling.move_nodes({"discovery": (node.x, node.y + 40)})
    changed = {item.item_id for item in scene.map_items() if item.geometry is not before[item.item_id]}
    assert changed == {"discovery"} | {link.id for link in doc.links_of("discovery")}
    assert scene.item("discovery").geometry.box.y == before["discovery"].box.y + 40


def test_should_show_and_clear_badges(template, qapp):
    scene = MapScene(template("extended-b2b"))
    scene.set_badges({"discovery": "error", "demo": "warning"})
    badges = (scene.item("discovery").badge, scene.item("demo").badge, scene.item("mql").badge)
    assert badges == ("error", "warning", None)
    scene.set_badges({})
    assert scene.item("discovery").badge is None


def test_should_draw_a_legible_map_and_plain_shapes_when_far_out(template, qapp):
    scene = MapScene(template("extended-b2b"))
    rect = scene.map_rect()
    for scale in (1.0, 0.1):
        image = QImage(int(rect.width() * scale), int(rect.height() * scale), QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        scene.render(painter, source=rect)
        painter.end()
        for node in scene.document.nodes():
            geometry = scene.item(node.id).geometry
            name = geometry.lines[0]
            ink = ink_in(image, *text_box(name, rect.x(), rect.y(), scale), QColor(name.color))
            if scale == 1.0:   # every name is written where its geometry says, in its ink
                assert ink >= 10, (node.name, ink)
            else:              # far out: the card's plain colour, no text
                x, y = ((c - o) * scale for c, o in zip(geometry.shape.rect.center, (rect.x(), rect.y())))
                assert ink_in(image, x - 1, y - 1, 2, 2, QColor(geometry.shape.fill), 30) == 9, node.name
                assert ink_in(image, *text_box(name, rect.x(), rect.y(), scale), QColor(name.color), 30) == 0


def test_should_move_a_stage_into_its_new_owners_band_when_a_panel_changes_the_owner(template, qapp):
    doc = template("extended-b2b")
    scene = MapScene(doc)
    Modeling(doc, QUndoStack()).set_node_fields("discovery", owner="customer-success")
    box = scene.item("discovery").geometry.box
    lane = doc.lane_index("customer-success") * doc.info.lane_height
    assert lane <= box.y and box.bottom <= lane + doc.info.lane_height


def test_should_draw_what_a_fresh_scene_would_after_any_edits_and_undos(qapp):
    import random

    from salesmap_studio.analysis.geometry import map_geometry
    from tests.editing.test_undo_property import EDITS, apply, fresh_map

    rng = random.Random(7)
    doc = fresh_map()
    scene, modeling = MapScene(doc), Modeling(doc, QUndoStack())
    for round_ in range(120):
        if round_ % 5 == 4 and modeling.undo_stack.canUndo():
            modeling.undo_stack.undo()
        else:
            apply(modeling, rng.choice(EDITS), rng.randint(0, 10_000))
        scene.refresh_bands()
        whole = map_geometry(doc)
        drawn = {item.item_id: item.geometry for item in scene.map_items()}
        assert drawn == {**whole.nodes, **whole.links, **whole.notes}
        assert (scene.bands.lanes, scene.bands.phases) == (whole.lanes, whole.phases)
