"""One list editor for a stage's exit checklist (items can be marked required) and its substeps.

Keyboard: Enter edits the current item (or starts the first one in an empty
list, as a click into it or typing in it does), Enter after typing in the last
item starts the next one, Insert adds an item below, Delete removes, Alt+Up/Down
moves, Space ticks "required"; items can also be dragged. A new item left empty
disappears; an item's words are checked as they are typed (the reason shows
under the list), and emptying an existing item is refused (Delete removes it). Each finished action emits
`changed(items, typing)`: `typing` is True when only one item's words changed
(such edits may merge into one undo step), False for adds, removals, moves and
ticks (each its own step).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QApplication, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QSizePolicy, QStyleOptionViewItem, QToolButton,
                               QVBoxLayout, QWidget)

from .field_validation import parse_text, reason_label
from .list_validation import CheckingDelegate

Item = tuple[str, bool]  # (text, required)
MIN_ROWS, MAX_ROWS = 2, 10
CHECK_ROOM, TEXT_MARGIN = 26, 3  # room for the "required" tick box; space around an item's text
translate = QCoreApplication.translate


def parse_item(text: str) -> str:
    if not text.strip():
        raise ValueError(translate("ChecklistEditor", "An item needs at least one character (Delete removes it)."))
    return parse_text(text)


def item_rule(index) -> Callable[[str], str]:
    """A new item starts empty, and left empty it simply is not added; a written one cannot be emptied."""
    return parse_item if index.data() else parse_text


class _Wrapping(CheckingDelegate):
    """Items as tall as their wrapped text at the list's current width."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        view = self.parent()
        indent = CHECK_ROOM if index.flags() & Qt.ItemFlag.ItemIsUserCheckable else 0
        width = max(60, view.viewport().width() - indent - 2 * TEXT_MARGIN)
        text = index.data() or "M"
        box = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width + indent, box.height() + 2 * TEXT_MARGIN)


class _ItemList(QListWidget):
    """The list itself: keys for adding, moving and removing, and Enter-adds-next."""

    key_action = Signal(str)
    editor_closed = Signal(bool)  # True when closed with Enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), bool(event.modifiers() & (Qt.KeyboardModifier.AltModifier
                                                         | Qt.KeyboardModifier.ControlModifier))
        action = {Qt.Key.Key_Insert: "add", Qt.Key.Key_Delete: "remove"}.get(key)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            action = "edit"
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            action = "up" if key == Qt.Key.Key_Up else "down"
        if action:
            self.key_action.emit(action)
        elif self.count() == 0 and event.text().strip() and event.text().isprintable() and not alt:
            self.key_action.emit("edit")  # typing into the empty list starts the first item with that letter
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                QApplication.sendEvent(editor, event)
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self.count() == 0 and event.button() == Qt.MouseButton.LeftButton:
            self.key_action.emit("edit")  # else the words typed after clicking in would go nowhere

    def closeEditor(self, editor, hint) -> None:
        moving_on = hint in (QAbstractItemDelegate.EndEditHint.EditNextItem,
                             QAbstractItemDelegate.EndEditHint.EditPreviousItem)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if moving_on else hint)
        self.editor_closed.emit(hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache)
        if moving_on:  # Tab in an item goes on to the next field, not the next item
            self.focusNextPrevChild(hint == QAbstractItemDelegate.EndEditHint.EditNextItem)


class ChecklistEditor(QWidget):
    changed = Signal(list, bool)  # list[Item], typing

    def __init__(self, name: str, with_required: bool, parent=None, rule=item_rule) -> None:
        """`rule(index)` gives the parser an item's words must pass (list_validation.CheckingDelegate)."""
        super().__init__(parent)
        self.with_required = with_required
        self._items: list[Item] = []
        self.list = _ItemList(self)
        self.list.setAccessibleName(name)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.reason = reason_label(self)
        self.checking = _Wrapping(self.list, self.reason, rule)
        self.list.setItemDelegate(self.checking)
        self.setFocusProxy(self.list)
        self.list.key_action.connect(self._on_key)
        self.list.editor_closed.connect(self._editor_closed)
        self.list.itemChanged.connect(lambda _item: self._emit_if_changed())
        self.list.model().rowsMoved.connect(lambda *_args: self._emit_if_changed())
        self._layout(name)
        self._fit()

    def _layout(self, name: str) -> None:
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for text, action, tip in (
            ("+", "add", translate("ChecklistEditor", "Add an item below (Insert)")),
            ("−", "remove", translate("ChecklistEditor", "Remove the item (Delete)")),
            ("↑", "up", translate("ChecklistEditor", "Move the item up (Alt+Up)")),
            ("↓", "down", translate("ChecklistEditor", "Move the item down (Alt+Down)")),
        ):
            button = QToolButton(self, text=text, toolTip=tip, focusPolicy=Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{tip} — {name}")
            button.clicked.connect(lambda _=False, a=action: self._on_key(a))
            buttons.addWidget(button)
        hint = translate("ChecklistEditor", "Tick = required · Enter adds more") if self.with_required \
            else translate("ChecklistEditor", "Enter adds more")
        note = QLabel(hint, self)
        note.setEnabled(False)  # greyed: a hint, not a value
        # The hint wraps beside the buttons in a narrow dock (German runs long) and never widens it.
        note.setWordWrap(True)
        note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        note.setToolTip(hint)
        buttons.addWidget(note, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.list)
        column.addWidget(self.reason)
        column.addLayout(buttons)

    # ---- from the model -----------------------------------------------------
    def set_items(self, items: list[Item]) -> None:
        """Shows the model's items (never feeds back into the model)."""
        items = [(text, bool(required)) for text, required in items]
        if items == self._items and items == self._shown():
            return
        self._items = items
        self.checking.forget()
        blocked = self.list.blockSignals(True)
        self.list.model().blockSignals(True)
        current = self.list.currentRow()
        self.list.clear()
        for text, required in items:
            self.list.addItem(self._new_item(text, required))
        self.list.setCurrentRow(min(current, self.list.count() - 1))
        self.list.model().blockSignals(False)
        self.list.blockSignals(blocked)
        self.list.reset()
        self._fit()

    def items(self) -> list[Item]:
        return list(self._items)

    def other_texts(self, row: int) -> list[str]:
        """The words of every item but the one in `row` (for a rule that compares items)."""
        return [self.list.item(i).text() for i in range(self.list.count()) if i != row]

    # ---- user actions ---------------------------------------------------------
    def _on_key(self, action: str) -> None:
        row, count = self.list.currentRow(), self.list.count()
        if action == "add" or (action == "edit" and count == 0):
            self._start_new_item(row + 1 if count else 0)
        elif action == "edit" and row >= 0:
            self.list.editItem(self.list.item(row))
        elif action == "remove" and row >= 0:
            self._take(row)
        elif action in ("up", "down") and row >= 0:
            target = row - 1 if action == "up" else row + 1
            if 0 <= target < count:
                self.list.insertItem(target, self.list.takeItem(row))
                self.list.setCurrentRow(target)
                self._emit_if_changed()

    def _start_new_item(self, row: int) -> None:
        blocked = self.list.blockSignals(True)
        item = self._new_item("", False)
        self.list.insertItem(row, item)
        self.list.blockSignals(blocked)
        self.list.setCurrentItem(item)
        self._fit()
        self.list.editItem(item)

    def _take(self, row: int) -> None:
        blocked = self.list.blockSignals(True)
        self.list.takeItem(row)
        self.list.blockSignals(blocked)
        self._fit()
        self._emit_if_changed()

    def _editor_closed(self, with_enter: bool) -> None:
        row = self.list.currentRow()
        empty = [i for i in range(self.list.count()) if not self.list.item(i).text().strip()]
        for index in reversed(empty):
            self._take(index)
        refused = self.checking.refused  # the reason stays in view: no next item yet
        if with_enter and row == self.list.count() - 1 and row not in empty and not refused:
            self._start_new_item(row + 1)

    def _new_item(self, text: str, required: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        flags = item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        if self.with_required:
            item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if required else Qt.CheckState.Unchecked)
            item.setToolTip(translate("ChecklistEditor", "Ticked: must be done before the deal moves on"))
        else:
            item.setFlags(flags)
        return item

    def _shown(self) -> list[Item]:
        rows = (self.list.item(i) for i in range(self.list.count()))
        return [(item.text(), item.checkState() == Qt.CheckState.Checked) for item in rows if item.text().strip()]

    def _emit_if_changed(self) -> None:
        new = self._shown()
        if new == self._items:
            return
        old, self._items = self._items, new
        typing = len(old) == len(new) and [r for _, r in old] == [r for _, r in new] \
            and sum(a != b for (a, _), (b, _) in zip(old, new)) == 1
        self._fit()
        self.changed.emit(new, typing)

    def _fit(self) -> None:
        """As tall as its items (wrapped ones too), from 3 to 10 rows."""
        view, line = self.list, self.list.fontMetrics().lineSpacing() + 6
        heights = [max(view.sizeHintForRow(i), line) for i in range(min(view.count(), MAX_ROWS))]
        heights += [line] * (MIN_ROWS - len(heights))
        view.setFixedHeight(sum(heights) + 2 * view.frameWidth() + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()  # wrapped items change height with the width
