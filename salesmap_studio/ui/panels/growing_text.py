"""A multi-line text field that grows with its content, for criteria, activities, notes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy

MIN_LINES, MAX_LINES = 2, 14


class GrowingText(QPlainTextEdit):
    """Plain text that is as tall as its wrapped lines (2 to 14, then it scrolls).

    Tab moves on to the next field (the room types prose here, not tables), and
    `finished` fires when the field loses focus, so one visit is one edit.
    """

    edited = Signal()
    finished = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.textChanged.connect(self.edited)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    # The same text API as QLineEdit, so CheckedField handles both.
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def _fit(self, *_args) -> None:
        wanted = int(self.document().size().height())  # in lines, for a plain text document
        lines = max(MIN_LINES, min(MAX_LINES, wanted))
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if wanted > MAX_LINES else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.setVerticalScrollBarPolicy(policy)
        margins = self.contentsMargins()
        extra = 2 * self.document().documentMargin() + margins.top() + margins.bottom() + 2 * self.frameWidth()
        self.setFixedHeight(int(lines * self.fontMetrics().lineSpacing() + extra) + 2)

    def sizeHint(self) -> QSize:
        return QSize(200, self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finished.emit()
