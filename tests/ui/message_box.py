"""Answering the app's real message boxes in tests: wait for the modal box, read it, click a button."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@dataclass
class SeenBox:
    title: str = ""
    text: str = ""
    detail: str = ""   # the informative text under the message


def answering(qtbot, gesture, button=QMessageBox.StandardButton.Ok, timeout_ms: int = 5000) -> SeenBox:
    """Runs `gesture` (which opens a modal QMessageBox), reads the box and clicks `button` with the mouse."""
    seen = SeenBox()
    found = []
    tries = [timeout_ms // 20]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] -= 1
            if tries[0] > 0:   # stop polling once the test has given up
                QTimer.singleShot(20, answer)
            return
        seen.title, seen.text, seen.detail = box.windowTitle(), box.text(), box.informativeText()
        found.append(box)
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    gesture()
    qtbot.waitUntil(lambda: bool(found), timeout=timeout_ms)
    return seen
