"""Names typed in place in a list or table, checked as the user types, like the inspector's text fields.

`CheckingDelegate` asks `rule(index)` for the parser of the cell being edited (one of
field_validation's, so the model's rules live in one place), shows the parser's
sentence in a reason label under the list while the text is wrong, and writes only
a valid value back to the list. A refused value never reaches the list, so the
list keeps showing the document's value and no edit (and no undo step) happens;
the reason stays in view, saying why, until the next edit. Esc closes the editor as before.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemDelegate, QLabel, QLineEdit, QStyledItemDelegate, QWidget

from .field_validation import show_reason

Rule = Callable[[QModelIndex], Callable[[str], Any]]


class CheckingDelegate(QStyledItemDelegate):
    def __init__(self, view: QWidget, reason: QLabel, rule: Rule) -> None:
        super().__init__(view)
        self.reason, self._rule = reason, rule
        self.refused = False  # the last edit ended with a value the rule refused
        self._editor: QWidget | None = None
        self.closeEditor.connect(self._closed)

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        self.refused, self._editor = False, editor
        self._show("")
        if isinstance(editor, QLineEdit):
            index = QPersistentModelIndex(index)  # rows may move while the editor is open
            editor.textEdited.connect(lambda text: self._show(self._problem(index, text)))
        return editor

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        problem = self._problem(index, editor.text()) if isinstance(editor, QLineEdit) else ""
        self.refused = bool(problem)
        self._show(problem)
        if not problem:
            super().setModelData(editor, model, index)

    def _problem(self, index: QModelIndex, text: str) -> str:
        try:
            self._rule(index)(text)
        except ValueError as error:
            return str(error)
        return ""

    def _show(self, text: str) -> None:
        if self._editor is not None:
            show_reason(self.reason, self._editor, text)

    def commit_pending(self) -> bool:
        """Before an action reads the map (pending_edits): the cell being typed is written, as
        leaving it would; a refused text stays in its editor with the reason under the list."""
        editor = self._editor
        if editor is None:
            return True
        self.commitData.emit(editor)
        if self.refused:
            return False
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return True

    def forget(self) -> None:
        """Hides the reason: the list shows other values now (another selection, undo)."""
        self.reason.clear()
        self.reason.hide()

    def _closed(self, _editor: QWidget, hint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:  # Esc: the typing is forgotten
            self._show("")
        self._editor = None
