"""The menus File / Edit / View / Insert / Arrange / Help, the toolbar, and shortcuts.

Standard actions use the platform's keys (`QKeySequence.StandardKey`); keys
that would type text elsewhere (N, arrows) only act while the canvas has focus.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from . import arrange, clipboard, file_actions
from .icons import icon

Key = QKeySequence.StandardKey


def _action(window, menu: str, text: str, slot: Callable, keys=(), icon_name: str = "",
            canvas_only: bool = False, tip: str = "") -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    shortcuts = [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys]
    action.setShortcuts(shortcuts)
    if tip:
        action.setStatusTip(tip)
    if canvas_only:
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.canvas.addAction(action)
    action.triggered.connect(lambda _=False: slot())
    window.menus[menu].addAction(action)
    window.menu_actions[text] = action
    return action


def install_menus(window) -> None:
    bar = window.menuBar()
    for name, title in (("file", "&File"), ("edit", "&Edit"), ("view", "&View"),
                        ("insert", "&Insert"), ("arrange", "&Arrange"), ("help", "&Help")):
        window.menus[name] = bar.addMenu(title)
    window.menu_actions = {}
    _file_menu(window)
    _edit_menu(window)
    _view_menu(window)
    _insert_menu(window)
    _arrange_menu(window)
    _help_menu(window)
    _toolbar(window)


def _file_menu(window) -> None:
    _action(window, "file", "&New", lambda: file_actions.new_map(window), [Key.New], "new")
    _action(window, "file", "&Open…", lambda: file_actions.open_map(window), [Key.Open], "open")
    window.menus["file"].addSeparator()
    _action(window, "file", "&Save", lambda: file_actions.save(window), [Key.Save], "save")
    _action(window, "file", "Save &As…", lambda: file_actions.save_as(window), [Key.SaveAs])
    window.menus["file"].addSeparator()
    _action(window, "file", "&Close", window.close, [Key.Close])


def _edit_menu(window) -> None:
    edit = window.menus["edit"]
    undo = window.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcuts(Key.Undo)
    undo.setIcon(icon("undo"))
    redo = window.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcuts(Key.Redo)
    redo.setIcon(icon("redo"))
    edit.addActions([undo, redo])
    window.menu_actions.update({"Undo": undo, "Redo": redo})
    edit.addSeparator()
    _action(window, "edit", "Cu&t", lambda: clipboard.cut(window), [Key.Cut])
    _action(window, "edit", "&Copy", lambda: clipboard.copy(window), [Key.Copy])
    _action(window, "edit", "&Paste", lambda: clipboard.paste(window), [Key.Paste])
    _action(window, "edit", "&Duplicate", lambda: clipboard.duplicate(window), ["Ctrl+D"])
    _action(window, "edit", "De&lete", lambda: window.modeling.remove(window.selection.ids()),
            [Key.Delete, "Backspace"], "delete", canvas_only=True)
    edit.addSeparator()
    _action(window, "edit", "Select &All", _select_all(window), [Key.SelectAll], canvas_only=True)
    _action(window, "edit", "&Rename", lambda: _rename_selected(window), ["F2"], canvas_only=True)


def _select_all(window) -> Callable:
    return lambda: window.selection.set_ids([item.item_id for item in window.canvas.scene().map_items()])


def _rename_selected(window) -> None:
    ids = window.selection.ids()
    if ids:
        window.canvas.rename(ids[-1])


def _view_menu(window) -> None:
    canvas = window.canvas
    _action(window, "view", "Zoom &In", lambda: canvas.zoom_by(1.25), [Key.ZoomIn], "zoom-in")
    _action(window, "view", "Zoom &Out", lambda: canvas.zoom_by(0.8), [Key.ZoomOut], "zoom-out")
    _action(window, "view", "&Fit Map", canvas.fit_map, ["Ctrl+0"], "zoom-fit")
    _action(window, "view", "&Actual Size (100 %)", canvas.actual_size, ["Ctrl+1"])
    window.menus["view"].addSeparator()
    window.panels_menu = window.menus["view"].addMenu("&Panels")
    window.panels_menu.addAction(window.toolbar.toggleViewAction())


def _insert_menu(window) -> None:
    canvas = window.canvas

    def here(shape: str) -> Callable:
        return lambda: window.palette.add_in_view(shape)

    _action(window, "insert", "&Stage", here("stage"), ["N"], "stage", canvas_only=True)
    _action(window, "insert", "&Decision", here("decision"), [], "decision")
    _action(window, "insert", "Outcome: &Won", here("won"), [], "outcome-won")
    _action(window, "insert", "Outcome: &Lost", here("lost"), [], "outcome-lost")
    _action(window, "insert", "Outcome: N&urture", here("nurture"), [], "outcome-nurture")
    _action(window, "insert", "Sticky &Note", here("note"), [], "sticky-note")
    window.menus["insert"].addSeparator()
    _action(window, "insert", "Next Stage (Tab)", canvas.capture_next,
            tip="Adds the next stage after the selected node, linked, and starts naming it")
    _action(window, "insert", "Decision &After Selected", canvas.insert_decision, ["Ctrl+Shift+D"])


def _arrange_menu(window) -> None:
    _action(window, "arrange", "Align in a &Row", lambda: arrange.align_in_row(window), ["Ctrl+Shift+H"])
    _action(window, "arrange", "Align in a &Column", lambda: arrange.align_in_column(window), ["Ctrl+Shift+V"])
    _action(window, "arrange", "&Distribute Across", lambda: arrange.distribute_across(window))
    window.menus["arrange"].addSeparator()
    snap = _action(window, "arrange", "&Snap to Grid", lambda: None)
    snap.setCheckable(True)
    snap.toggled.connect(lambda on: arrange.snap_to_grid(window, on))


def _help_menu(window) -> None:
    def about() -> None:
        from .about_dialog import AboutDialog

        AboutDialog(window).exec()

    _action(window, "help", "&About SalesMap Studio", about, [])


def _toolbar(window) -> None:
    bar = window.toolbar
    names = ("&New", "&Open…", "&Save", None, "Undo", "Redo", None, "Zoom &Out", "Zoom &In", "&Fit Map")
    for name in names:
        if name is None:
            bar.addSeparator()
        else:
            bar.addAction(window.menu_actions[name])
