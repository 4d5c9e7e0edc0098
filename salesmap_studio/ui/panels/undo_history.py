"""The Undo history panel: every step of this map's undo stack; clicking a step goes back to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget

translate = QCoreApplication.translate
OBJECT_NAME = "undo-history-panel"


def undo_history_dock(undo_stack: QUndoStack, parent: QWidget | None = None) -> QDockWidget:
    dock = QDockWidget(translate("UndoHistory", "Undo history"), parent)
    dock.setObjectName(OBJECT_NAME)
    view = QUndoView(undo_stack, dock)
    view.setEmptyLabel(translate("UndoHistory", "<opened>"))
    view.setAccessibleName(translate("UndoHistory", "Undo history"))
    dock.setWidget(view)
    return dock
