"""The menus File / Edit / View / Insert / Arrange / Help, the toolbar, and shortcuts.

Standard actions use the platform's keys (`QKeySequence.StandardKey`); keys
that would type text elsewhere (N, arrows) only act while the canvas has focus.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from . import clipboard, file_actions, import_actions, pending_edits
from .canvas.menus import set_as_start
from .icons import icon

Key = QKeySequence.StandardKey
CONTEXT = "MainWindow"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _action(window, menu: str, text: str, slot: Callable, keys=(), icon_name: str = "",
            canvas_only: bool = False, tip: str = "", letter: str = "") -> QAction:
    """A menu action; `menu_actions` keeps it under its English text (the same in every language).

    `letter` is a plain-letter key for the canvas (S, N). It is not a Qt shortcut: a
    shortcut would also fire while a menu is open and steal that menu's mnemonic
    (Insert ▸ &Stage). The canvas asks for it itself, and the menu shows it after a tab.
    """
    action = QAction(tr(text) + (f"\t{letter}" if letter else ""), window)
    if letter:
        window.canvas.letter_keys[letter] = action
    if icon_name:
        action.setIcon(icon(icon_name))
    shortcuts = [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys]
    action.setShortcuts(shortcuts)
    if tip:
        action.setStatusTip(tr(tip))
    if canvas_only:
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.canvas.addAction(action)
    action.triggered.connect(lambda _=False: slot())
    window.menus[menu].addAction(action)
    window.menu_actions[text] = action
    return action


def install_menus(window) -> None:
    bar = window.menuBar()
    titles = (
        ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
        ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
        ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
        ("insert", QT_TRANSLATE_NOOP("MainWindow", "&Insert")),
        ("arrange", QT_TRANSLATE_NOOP("MainWindow", "&Arrange")),
        ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
    )
    for name, title in titles:
        window.menus[name] = bar.addMenu(tr(title))
    window.menu_actions = {}
    _file_menu(window)
    _edit_menu(window)
    _view_menu(window)
    _insert_menu(window)
    _arrange_menu(window)
    _help_menu(window)
    _toolbar(window)


def _file_menu(window) -> None:
    _action(window, "file", QT_TRANSLATE_NOOP("MainWindow", "&New"),
            lambda: file_actions.new_map(window), [Key.New], "new")
    _action(window, "file", QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
            lambda: file_actions.open_map(window), [Key.Open], "open")
    _action(window, "file", QT_TRANSLATE_NOOP("MainWindow", "&Import…"), lambda: import_actions.import_file(window))
    window.menus["file"].addSeparator()
    _action(window, "file", QT_TRANSLATE_NOOP("MainWindow", "&Save"),
            lambda: file_actions.save(window), [Key.Save], "save")
    _action(window, "file", QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
            lambda: file_actions.save_as(window), [Key.SaveAs])
    window.menus["file"].addSeparator()
    _action(window, "file", QT_TRANSLATE_NOOP("MainWindow", "&Close"), window.close, [Key.Close])


def _edit_menu(window) -> None:
    edit = window.menus["edit"]
    stack = window.undo_stack
    undo = _history_action(window, stack.createUndoAction, stack.undo, QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
                           Key.Undo, "undo")
    # Ctrl+Y and Ctrl+Shift+Z both redo everywhere: Qt's X11 key scheme knows only the second, and a
    # facilitator from Windows or Office presses the first (found by the monkey, seed 1).
    redo_keys = QKeySequence.keyBindings(Key.Redo)
    redo_keys += [QKeySequence(k) for k in ("Ctrl+Y", "Ctrl+Shift+Z") if QKeySequence(k) not in redo_keys]
    redo = _history_action(window, stack.createRedoAction, stack.redo, QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
                           redo_keys, "redo")
    edit.addActions([undo, redo])
    window.menu_actions.update({"Undo": undo, "Redo": redo})
    edit.addSeparator()
    _action(window, "edit", QT_TRANSLATE_NOOP("MainWindow", "Cu&t"), lambda: clipboard.cut(window), [Key.Cut])
    _action(window, "edit", QT_TRANSLATE_NOOP("MainWindow", "&Copy"), lambda: clipboard.copy(window), [Key.Copy])
    _action(window, "edit", QT_TRANSLATE_NOOP("MainWindow", "&Paste"), lambda: clipboard.paste(window), [Key.Paste])
    _action(window, "edit", QT_TRANSLATE_NOOP("MainWindow", "&Duplicate"),
            lambda: clipboard.duplicate(window), ["Ctrl+D"])
    _action(window, "edit", QT_TRANSLATE_NOOP("MainWindow", "De&lete"),
            lambda: window.modeling.remove(window.selection.ids()),
            [Key.Delete, "Backspace"], "delete", canvas_only=True)
    edit.addSeparator()
    _action(window, "edit", QT_TRANSLATE_NOOP("MainWindow", "Select &All"),
            _select_all(window), [Key.SelectAll], "select", canvas_only=True)
    _action(window, "edit", QT_TRANSLATE_NOOP("MainWindow", "Re&name"),
            lambda: _rename_selected(window), ["F2"], canvas_only=True)
    _action(window, "edit", QT_TRANSLATE_NOOP("MainWindow", "Set as &Start"), lambda: set_as_start(window.canvas),
            tip=QT_TRANSLATE_NOOP("MainWindow", "Makes the selected stage or decision the start, where deals enter"))


def _history_action(window, create: Callable, step: Callable, text: str, keys, icon_name: str) -> QAction:
    """Undo or Redo as the stack makes it (its text names the step), but what is being typed is
    committed first, as its own step: undo then takes back that typing, and redo brings it again."""
    action = create(window, tr(text))
    action.triggered.disconnect()
    action.triggered.connect(pending_edits.first_commit(window, step))
    action.setShortcuts(keys)
    action.setIcon(icon(icon_name))
    return action


def _select_all(window) -> Callable:
    return lambda: window.selection.set_ids([item.item_id for item in window.canvas.scene().map_items()])


def _rename_selected(window) -> None:
    ids = window.selection.ids()
    if ids:
        window.canvas.rename(ids[-1])


def _view_menu(window) -> None:
    canvas = window.canvas
    _action(window, "view", QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"),
            lambda: canvas.zoom_by(1.25), [Key.ZoomIn], "zoom-in")
    _action(window, "view", QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"),
            lambda: canvas.zoom_by(0.8), [Key.ZoomOut], "zoom-out")
    _action(window, "view", QT_TRANSLATE_NOOP("MainWindow", "&Fit Map"), canvas.fit_map, ["Ctrl+0"], "zoom-fit")
    _action(window, "view", QT_TRANSLATE_NOOP("MainWindow", "&Actual Size (100 %)"), canvas.actual_size, ["Ctrl+1"])
    window.menus["view"].addSeparator()
    window.panels_menu = window.menus["view"].addMenu(QCoreApplication.translate("MainWindow", "&Panels"))
    window.panels_menu.addAction(window.toolbar.toggleViewAction())


def _insert_menu(window) -> None:
    canvas = window.canvas

    def here(shape: str) -> Callable:
        return lambda: window.palette.add_in_view(shape)

    _action(window, "insert", QT_TRANSLATE_NOOP("MainWindow", "&Stage"),
            here("stage"), [], "stage", letter="S")
    _action(window, "insert", QT_TRANSLATE_NOOP("MainWindow", "&Decision"), here("decision"), [], "decision")
    _action(window, "insert", QT_TRANSLATE_NOOP("MainWindow", "Outcome: &Won"), here("won"), [], "outcome-won")
    _action(window, "insert", QT_TRANSLATE_NOOP("MainWindow", "Outcome: &Lost"), here("lost"), [], "outcome-lost")
    _action(window, "insert", QT_TRANSLATE_NOOP("MainWindow", "Outcome: N&urture"),
            here("nurture"), [], "outcome-nurture")
    # N: a sticky note for the parking lot, the quickest key for a question raised in the room.
    _action(window, "insert", QT_TRANSLATE_NOOP("MainWindow", "Sticky &Note"), here("note"), [], "sticky-note",
            letter="N")
    window.menus["insert"].addSeparator()
    _action(window, "insert", QT_TRANSLATE_NOOP("MainWindow", "Ne&xt Stage (Tab)"), canvas.capture_next,
            tip=QT_TRANSLATE_NOOP("MainWindow",
                                  "Adds the next stage after the selected node, linked, and starts naming it"))
    _action(window, "insert", QT_TRANSLATE_NOOP("MainWindow", "Decision &After Selected"),
            canvas.insert_decision, ["Ctrl+Shift+D"])


def _arrange_menu(window) -> None:
    snap = _action(window, "arrange", QT_TRANSLATE_NOOP("MainWindow", "&Snap to Grid"), lambda: None)
    snap.setCheckable(True)
    snap.toggled.connect(lambda on: setattr(window.canvas, "snap_to_grid", on))


def _help_menu(window) -> None:
    def about() -> None:
        from .about_dialog import AboutDialog

        AboutDialog(window).exec()

    _action(window, "help", QT_TRANSLATE_NOOP("MainWindow", "&About SalesMap Studio"), about, [])


def _toolbar(window) -> None:
    bar = window.toolbar
    names = ("&New", "&Open…", "&Save", None, "Undo", "Redo", None, "Zoom &Out", "Zoom &In", "&Fit Map")
    for name in names:
        if name is None:
            bar.addSeparator()
        else:
            bar.addAction(window.menu_actions[name])
