"""Rename in place: one line editor laid over the item being named.

Enter commits, Esc cancels, Tab commits and asks the canvas for the next stage
(live capture), clicking elsewhere commits.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit

from ...export import qt_paint

EDITOR_STYLE = (
    "QLineEdit { background: #FFFFFF; color: #1F2933; border: 2px solid #2B6CB0;"
    " border-radius: 6px; padding: 0 6px; selection-background-color: #BFD7F2; selection-color: #1F2933; }"
)


class NameEditor(QLineEdit):
    tab_pressed = Signal()

    def __init__(self, view) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.item_id: str | None = None
        self._commit: Callable[[str, str], bool] | None = None
        self._scene_rect = QRectF()
        self._font_size = 15.0
        self.setStyleSheet(EDITOR_STYLE)
        self.setFrame(False)
        self.textEdited.connect(self.place)  # grows with a long name
        self.hide()

    def is_open(self) -> bool:
        return self.item_id is not None

    def open(self, item_id: str, text: str, scene_rect: QRectF, font_size: float,
             commit: Callable[[str, str], bool]) -> None:
        """Starts editing `text` over `scene_rect`; `commit(item_id, text)` applies the result
        (False: refused, the reason shown)."""
        if self.is_open():
            self.commit()
        self.item_id, self._commit = item_id, commit
        self._scene_rect, self._font_size = scene_rect, font_size
        self.setText(text)
        self.place()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectAll()

    def place(self) -> None:
        """Follows the item on screen (after a zoom or a scroll)."""
        if not self.is_open():
            return
        zoom = self.view.zoom()
        set_font_for_zoom(self, self._font_size, zoom)
        # Covers the whole box, so the old name does not show through while typing.
        rect = self.view.mapFromScene(self._scene_rect).boundingRect()
        height = max(30, rect.height(), round(self._font_size * zoom * 1.9))
        typed = self.fontMetrics().horizontalAdvance(self.text()) + 24
        width = max(rect.width(), 180, min(typed, 3 * rect.width()))
        self.setGeometry(rect.center().x() - width // 2, rect.center().y() - height // 2, width, height)

    def commit(self) -> None:
        if not self.is_open():
            return
        item_id, commit, text = self.item_id, self._commit, self.text().strip()
        self._close()
        commit(item_id, text)

    def commit_pending(self) -> bool:
        """Before an action reads the map: commits the typing; a refused text stays open to be fixed."""
        if not self.is_open():
            return True
        if not self._commit(self.item_id, self.text().strip()):
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self._close()
        return True

    def cancel(self) -> None:
        self._close()

    def _close(self) -> None:
        self.item_id, self._commit = None, None
        self.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.tab_pressed.emit()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.is_open() and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()


def set_font_for_zoom(widget, size: float, zoom: float, bold: bool = True) -> None:
    """Gives an editor widget the map's font at the size it appears on screen."""
    font = QFont(qt_paint.FAMILY)
    font.setPixelSize(max(9, round(size * zoom)))
    font.setBold(bold)
    widget.setFont(font)
