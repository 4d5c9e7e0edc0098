"""Fit Map settles at every size of the canvas: a fitted map shows whole, without scroll bars, and
the view stops resizing (monkey seed 17: a scroll bar that came and went with each refit kept the
view resizing and refitting for ever, and the app stopped answering)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication


class ResizeCounter(QObject):
    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


def test_a_fitted_map_settles_at_every_canvas_width(qtbot, window_for, template):
    window = window_for(template("five-step", "en"))
    viewport = window.canvas.viewport()
    counter = ResizeCounter(viewport)
    unsettled = []
    for width in range(600, 1200, 7):
        window.resize(width, 560)
        qtbot.keyClick(window.canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)   # View ▸ Fit Map
        for _ in range(5):
            QApplication.processEvents()
        counter.count = 0
        for _ in range(20):
            QApplication.processEvents()
        shown_bars = [bar for bar in (window.canvas.horizontalScrollBar(), window.canvas.verticalScrollBar())
                      if bar.isVisible()]
        if counter.count > 2 or shown_bars:
            unsettled.append((width, counter.count, len(shown_bars)))
    assert not unsettled, f"(window width, resizes while idle, scroll bars shown): {unsettled}"
