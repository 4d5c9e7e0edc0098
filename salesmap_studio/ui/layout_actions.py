"""Arrange ▸ Auto Layout, Align and Distribute: each one undo step through `modeling.set_positions`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QKeySequence

from ..analysis.geometry.shapes import SIZES
from ..analysis.layout import LanesTooLong, LayoutError, layout
from ..analysis.layout.align import align, distribute
from ..analysis.layout.notes import park_notes
from .icons import icon

translate = QCoreApplication.translate


def selected_boxes(window) -> dict[str, tuple[float, float, float, float]]:
    """The selected nodes and notes as (centre x, centre y, width, height)."""
    doc, boxes = window.document, {}
    for item_id in window.selection.ids():
        if doc.has_node(item_id):
            node = doc.node(item_id)
            boxes[item_id] = (node.x, node.y, *SIZES[node.kind])
        elif doc.has_note(item_id):
            note = doc.note(item_id)
            boxes[item_id] = (note.x, note.y, *SIZES["note"])
    return boxes


def lay_out(window) -> None:
    try:
        result = layout(window.document)
    except LayoutError as error:  # say why, change nothing
        window.show_message(refusal(error))
        return
    positions = result.positions
    if positions:
        parked = park_notes(window.document, positions, result.routes)
        # one position list for nodes and notes: a note sharing a node's id stays where it is
        positions.update({note_id: spot for note_id, spot in parked.items() if note_id not in positions})
        try:
            window.modeling.set_positions(positions, translate("LayoutActions", "Auto layout"), result.routes)
        except ValueError as error:  # routes past the spec's total of bend points: say so, change nothing
            window.show_message(str(error))
            return
        window.canvas.fit_map()


def refusal(error: LayoutError) -> str:
    """Why auto layout refused, in the UI's language (the error's own text is the CLI's English)."""
    if isinstance(error, LanesTooLong):
        return translate("LayoutActions", "Auto layout is not possible: the map is too long to lay out inside its "
                         "lanes ({columns} columns). Split it into several maps, or remove the lanes and lay it "
                         "out again.").format(columns=QLocale().toString(error.columns))
    return translate("LayoutActions", "Auto layout is not possible: {}").format(error)


def align_selection(window, edge: str, text: str) -> None:
    _arrange_selection(window, 2, translate("LayoutActions", "Select two or more items to align."),
                       lambda boxes: align(boxes, edge), text)


def distribute_selection(window, axis: str, text: str) -> None:
    _arrange_selection(window, 3, translate("LayoutActions", "Select three or more items to distribute."),
                       lambda boxes: distribute(boxes, axis), text)


def _arrange_selection(window, at_least: int, too_few: str, arrange, text: str) -> None:
    """Moves the selected boxes where `arrange` says, as one undo step; says so when too few are selected."""
    boxes = selected_boxes(window)
    if len(boxes) < at_least:
        window.show_message(too_few)
        return
    window.modeling.set_positions(arrange(boxes), text)


def _add(menu, window, text: str, slot, keys: str = "") -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda _=False: slot())
    menu.addAction(action)
    return action


def install(window) -> None:
    arrange = window.menus["arrange"]
    first = arrange.actions()[0] if arrange.actions() else None
    auto = QAction(icon("auto-layout"), translate("LayoutActions", "Auto &Layout"), window)
    auto.setShortcut(QKeySequence("Ctrl+Shift+L"))
    auto.setStatusTip(translate("LayoutActions", "Place every node left to right along the flow (one undo step)"))
    auto.triggered.connect(lambda _=False: lay_out(window))
    arrange.insertAction(first, auto)
    arrange.insertSeparator(first)
    aligning = arrange.addMenu(translate("LayoutActions", "Al&ign"))
    for edge, text, undo_text in _align_texts():
        _add(aligning, window, text, lambda e=edge, u=undo_text: align_selection(window, e, u))
    spreading = arrange.addMenu(translate("LayoutActions", "&Distribute"))
    for axis, text, undo_text in _distribute_texts():
        _add(spreading, window, text, lambda a=axis, u=undo_text: distribute_selection(window, a, u))


def _align_texts() -> list[tuple[str, str, str]]:
    """(edge, menu text, undo text) for Arrange ▸ Align."""
    return [
        ("left", translate("LayoutActions", "&Left Edges"), translate("LayoutActions", "Align left edges")),
        ("centre", translate("LayoutActions", "&Centres (Vertical Line)"), translate("LayoutActions", "Align centres")),
        ("right", translate("LayoutActions", "&Right Edges"), translate("LayoutActions", "Align right edges")),
        ("top", translate("LayoutActions", "&Top Edges"), translate("LayoutActions", "Align top edges")),
        ("middle", translate("LayoutActions", "&Middles (Horizontal Line)"),
         translate("LayoutActions", "Align middles")),
        ("bottom", translate("LayoutActions", "&Bottom Edges"), translate("LayoutActions", "Align bottom edges")),
    ]


def _distribute_texts() -> list[tuple[str, str, str]]:
    return [
        ("horizontal", translate("LayoutActions", "&Horizontally"),
         translate("LayoutActions", "Distribute horizontally")),
        ("vertical", translate("LayoutActions", "&Vertically"), translate("LayoutActions", "Distribute vertically")),
    ]
