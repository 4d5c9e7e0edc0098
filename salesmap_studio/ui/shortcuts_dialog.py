"""Help → Keyboard Shortcuts (F1): every key the app answers to, for a facilitator who types fast.

The menu part is read from the window's own menus when the dialog opens, so it
can never drift from the real shortcuts; the canvas keys that have no menu entry
are listed by hand below (they live in canvas/capture.py, canvas/view.py and
presentation/).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout

translate = QCoreApplication.translate
CONTEXT = "Shortcuts"

# (keys, what they do) for keys that no menu shows.
CANVAS_KEYS = [
    (QT_TRANSLATE_NOOP("Shortcuts", "Tab"),
     QT_TRANSLATE_NOOP("Shortcuts", "Next stage after the selected one, linked, and type its name")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Enter"), QT_TRANSLATE_NOOP("Shortcuts", "Rename the selected item")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Arrow keys"),
     QT_TRANSLATE_NOOP("Shortcuts", "Nudge the selection by one grid step (with Shift: five)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Alt + arrow keys"),
     QT_TRANSLATE_NOOP("Shortcuts", "Select the step before or after, or the other branch of a decision")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Esc"), QT_TRANSLATE_NOOP("Shortcuts", "Clear the selection, or cancel typing")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Double-click"),
     QT_TRANSLATE_NOOP("Shortcuts", "On empty canvas: new stage; on an item: rename it")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Space + drag, middle drag"), QT_TRANSLATE_NOOP("Shortcuts", "Pan the map")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl + wheel, pinch"), QT_TRANSLATE_NOOP("Shortcuts", "Zoom")),
]
PRESENTING_KEYS = [
    (QT_TRANSLATE_NOOP("Shortcuts", "→ / ←"), QT_TRANSLATE_NOOP("Shortcuts", "Next / previous step along the flow")),
    (QT_TRANSLATE_NOOP("Shortcuts", "↓ / ↑"), QT_TRANSLATE_NOOP("Shortcuts", "Choose the branch at a decision")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Esc"), QT_TRANSLATE_NOOP("Shortcuts", "Back to editing, where you were")),
]


def plain(text: str) -> str:
    """A menu text as read: no mnemonic marks, no trailing ellipsis, no key after a tab."""
    text = text.split("\t")[0]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def on_keyboard(sequence: QKeySequence) -> bool:
    """False for the dedicated Undo, Help, Copy… keys of some old keyboards that the
    platform's standard bindings include: nobody looks for those in a list."""
    return not sequence.isEmpty() and sequence[0].key().value <= Qt.Key.Key_F35.value


def menu_shortcuts(menu_bar) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(keys, entry)]) for every menu entry that has a shortcut, submenus included."""
    found = []

    def walk(title: str, actions: list[QAction], rows: list) -> None:
        for action in actions:
            if action.menu() is not None:
                walk(title, action.menu().actions(), rows)
            elif not action.isSeparator():
                keys = [k.toString(QKeySequence.SequenceFormat.NativeText)
                        for k in action.shortcuts() if on_keyboard(k)]
                keys += action.text().split("\t")[1:]   # a canvas letter shown after a tab (S, N)
                if keys:
                    rows.append((", ".join(keys), plain(action.text())))

    for top in menu_bar.actions():
        rows: list = []
        walk(plain(top.text()), top.menu().actions() if top.menu() else [], rows)
        if rows:
            found.append((plain(top.text()), rows))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("Shortcuts", "Keyboard Shortcuts"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("Shortcuts", "Filter by key or action"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([translate("Shortcuts", "Action"), translate("Shortcuts", "Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(880, 680)
        self.fill(window)

    def fill(self, window) -> None:
        self.tree.clear()
        sections = menu_shortcuts(window.menuBar())
        sections.append((translate("Shortcuts", "On the map"),
                         [(translate(CONTEXT, k), translate(CONTEXT, t)) for k, t in CANVAS_KEYS]))
        sections.append((translate("Shortcuts", "While presenting"),
                         [(translate(CONTEXT, k), translate(CONTEXT, t)) for k, t in PRESENTING_KEYS]))
        for title, rows in sections:
            head = QTreeWidgetItem(self.tree, [title])
            head.setFirstColumnSpanned(True)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for keys, text in rows:
                row = QTreeWidgetItem(self.tree, [text, keys])
                row.setToolTip(0, text)
                row.setToolTip(1, keys)
        self.tree.setColumnWidth(0, 520)
        self._apply_filter(self.filter.text())

    def rows(self) -> list[tuple[str, str]]:
        """The (keys, action) rows shown now, headings left out."""
        shown = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if not item.isHidden() and not item.isFirstColumnSpanned():
                shown.append((item.text(1), item.text(0)))
        return shown

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        heading, heading_has_rows = None, False
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.isFirstColumnSpanned():
                if heading is not None:
                    heading.setHidden(not heading_has_rows)
                heading, heading_has_rows = item, False
                continue
            match = not needle or needle in item.text(0).casefold() or needle in item.text(1).casefold()
            item.setHidden(not match)
            heading_has_rows |= match
        if heading is not None:
            heading.setHidden(not heading_has_rows)


def show_shortcuts(window) -> ShortcutsDialog:
    """The window's one shortcuts dialog (made on first use, refilled after), shown."""
    dialog = window.findChild(ShortcutsDialog)
    if dialog is None:
        dialog = ShortcutsDialog(window)
    else:
        dialog.fill(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def install(window) -> None:
    action = QAction(translate("Shortcuts", "&Keyboard Shortcuts"), window)
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) or [QKeySequence("F1")])
    action.triggered.connect(lambda _=False: show_shortcuts(window))
    help_menu = window.menus["help"]
    help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None, action)
    window.menu_actions["&Keyboard Shortcuts"] = action
