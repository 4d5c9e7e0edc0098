"""Right-click menus of the canvas: a link's kind, a node's next steps (and "set as start"), the empty map."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QPointF
from PySide6.QtWidgets import QMenu

from .items import MapItem
from .overlay_items import GhostLabelItem, GhostLinkItem

CONTEXT = "Canvas"
KIND_NAMES = {"flow": QT_TRANSLATE_NOOP("Canvas", "Flow"),
              "yes": QT_TRANSLATE_NOOP("Canvas", "Yes branch"), "no": QT_TRANSLATE_NOOP("Canvas", "No branch"),
              "objection": QT_TRANSLATE_NOOP("Canvas", "Objection (loop back)")}
START_KINDS = ("stage", "decision")  # where deals may enter; an outcome ends the flow

translate = QCoreApplication.translate


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def link_menu(view, link_id: str) -> QMenu:
    """Change the link's kind (only kinds the rules allow are enabled), edit its label, delete it."""
    link = view.modeling.doc.link(link_id)
    menu = QMenu(view)
    for kind, name in KIND_NAMES.items():
        action = menu.addAction(tr(name))
        action.setCheckable(True)
        action.setChecked(kind == link.kind)
        allowed = view.modeling.connect_problem(link.source, link.target, kind, ignoring=link_id) is None
        action.setEnabled(kind == link.kind or allowed)
        action.triggered.connect(lambda _=False, k=kind: view.try_edit(view.modeling.set_link_fields, link_id, kind=k))
    menu.addSeparator()
    menu.addAction(translate("Canvas", "Edit label"), lambda: view.rename(link_id))
    menu.addAction(translate("Canvas", "Delete link"), lambda: view.modeling.remove([link_id]))
    return menu


def node_menu(view, node_id: str) -> QMenu:
    menu = QMenu(view)
    menu.addAction(translate("Canvas", "Rename"), lambda: view.rename(node_id))
    if view.modeling.doc.node(node_id).kind in START_KINDS:
        is_start = view.modeling.doc.info.start == node_id
        start = menu.addAction(translate("Canvas", "Set as start"), lambda: set_as_start(view, node_id))
        start.setCheckable(True)
        start.setChecked(is_start)
        start.setEnabled(not is_start)  # ticked and greyed: it already is
    def then(step):
        return lambda: (view.selection.set_ids([node_id]), step())

    menu.addAction(translate("Canvas", "Add next stage"), then(view.capture_next))
    menu.addAction(translate("Canvas", "Insert decision after"), then(view.insert_decision))
    menu.addSeparator()
    menu.addAction(translate("Canvas", "Delete"), lambda: view.modeling.remove(view.selection.ids() or [node_id]))
    return menu


def set_as_start(view, node_id: str | None = None) -> None:
    """Makes the node (by default the one selected stage or decision) the map's start, where deals enter."""
    doc = view.modeling.doc
    if node_id is None:
        chosen = view.selected_node_ids()
        node_id = chosen[0] if len(chosen) == 1 else None
    if node_id is None or doc.node(node_id).kind not in START_KINDS:
        view.report(translate("Canvas", "Select one stage or decision to make it the start."))
        return
    view.try_edit(view.modeling.set_info, start=node_id)


def empty_menu(view, pos: QPointF) -> QMenu:
    menu = QMenu(view)
    menu.addAction(translate("Canvas", "Add stage here"), lambda: view.add_here("stage", pos))
    menu.addAction(translate("Canvas", "Add decision here"), lambda: view.add_here("decision", pos))
    menu.addAction(translate("Canvas", "Add sticky note here"), lambda: view.add_here("note", pos))
    return menu


def menu_at(view, scene_pos: QPointF) -> QMenu:
    """The menu for whatever is under `scene_pos`; the item clicked becomes the selection."""
    for found in view.scene().items(scene_pos):   # topmost first: an evidence ghost link over the map
        if isinstance(found, (GhostLinkItem, GhostLabelItem)):
            return found.menu(view)
        if isinstance(found, MapItem):
            break
    item = view.scene().top_item_at(scene_pos)
    if item is None:
        return empty_menu(view, scene_pos)
    if item.item_id not in view.selection:
        view.selection.set_ids([item.item_id])
    if item.kind == "link":
        return link_menu(view, item.item_id)
    if item.kind == "node":
        return node_menu(view, item.item_id)
    menu = QMenu(view)
    menu.addAction(translate("Canvas", "Edit text"), lambda: view.rename(item.item_id))
    menu.addAction(translate("Canvas", "Delete"), lambda: view.modeling.remove(view.selection.ids()))
    return menu


def show_context_menu(view, scene_pos: QPointF, global_pos: QPoint) -> None:
    menu_at(view, scene_pos).exec(global_pos)
