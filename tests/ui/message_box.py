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


def when_shown(kind: type, act, timeout_ms: int = 5000) -> None:
    """Calls `act(dialog)` once a modal dialog of `kind` is up (looked for every 20 ms, until `timeout_ms`)."""
    tries = [timeout_ms // 20]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
            return
        tries[0] -= 1
        if tries[0] > 0:   # stop polling once the test has given up
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def answering(qtbot, gesture, button=QMessageBox.StandardButton.Ok, timeout_ms: int = 5000) -> SeenBox:
    """Runs `gesture` (which opens a modal QMessageBox), reads the box and clicks `button` with the mouse."""
    seen = SeenBox()
    found = []

    def answer(box: QMessageBox) -> None:
        seen.title, seen.text, seen.detail = box.windowTitle(), box.text(), box.informativeText()
        found.append(box)
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    when_shown(QMessageBox, answer, timeout_ms)
    gesture()
    qtbot.waitUntil(lambda: bool(found), timeout=timeout_ms)
    return seen
