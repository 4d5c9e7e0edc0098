"""Keyboard only: keys go to whatever widget has the focus, as they do for a user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

NO_KEYS = Qt.KeyboardModifier.NoModifier


class Keyboard:
    """Presses keys on the focused widget and counts them (and nothing else is used)."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.presses = qtbot, 0

    def focused(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifiers=NO_KEYS, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focused(), key, modifiers)
            QApplication.processEvents()  # item views finish an edit on the next turn
            self.presses += 1

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)
        QApplication.processEvents()
        self.presses += len(text)

    def enter(self, text: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
        """Types `text` into the focused field, then Tab (or `key`) to finish it."""
        self.type(text)
        self.press(key)
