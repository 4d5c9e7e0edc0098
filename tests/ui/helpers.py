"""Driving the canvas like a user: points on the map, drags, and the one-undo-step check."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def at(window, x: float, y: float) -> QPoint:
    """The viewport pixel showing scene point (x, y)."""
    return window.canvas.mapFromScene(QPointF(x, y))


def scroll_to(window, x: float, y: float) -> None:
    """Brings scene point (x, y) near the viewport's top left, as a hand drags the scroll bars there."""
    bars = window.canvas.horizontalScrollBar(), window.canvas.verticalScrollBar()
    bars[0].setValue(bars[0].value() + round(x - 600))
    bars[1].setValue(bars[1].value() + round(y - 400))


def drag(window, start: QPoint, end: QPoint, modifiers=NO_KEYS, button=LEFT, steps: int = 6) -> None:
    """Press, move in small steps (as a hand does), release."""
    viewport = window.canvas.viewport()
    QTest.mousePress(viewport, button, modifiers, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * i / steps)
    QTest.mouseRelease(viewport, button, modifiers, end)


def click(window, point: QPoint, modifiers=NO_KEYS) -> None:
    QTest.mouseClick(window.canvas.viewport(), LEFT, modifiers, point)


def double_click(window, point: QPoint) -> None:
    QTest.mouseDClick(window.canvas.viewport(), LEFT, NO_KEYS, point)


def assert_one_undo_step(window, before: dict, steps_before: int) -> dict:
    """The last action is one undo step: undo gives `before` back, redo the result again."""
    doc, stack = window.document, window.undo_stack
    after = doc.to_dict()
    assert after != before
    assert stack.count() == steps_before + 1
    stack.undo()
    assert doc.to_dict() == before
    stack.redo()
    assert doc.to_dict() == after
    return after


def type_text(widget, text: str) -> None:
    """Types `text` as key events carrying each character (QTest's keyClicks stops at non-ASCII)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def pick_from_context_menu(window, point: QPoint, text: str) -> None:
    """Right-clicks the canvas at `point` and picks the entry `text` of the menu that opens (with the keyboard,
    as the menu runs its own event loop); fails if no menu opens or the entry is missing or greyed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, pick)   # not open yet
            return
        entries = {action.text(): action for action in menu.actions()}
        seen.extend(entries)
        action = entries.get(text)
        if action is None or not action.isEnabled():
            menu.close()
            return
        menu.setActiveAction(action)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    # Through the window, as the platform delivers a click: that is where Qt makes the context menu event.
    viewport = window.canvas.viewport()
    QTest.mouseClick(viewport.window().windowHandle(), Qt.MouseButton.RightButton, NO_KEYS,
                     viewport.mapTo(viewport.window(), point))
    assert text in seen, f"the menu offered {seen}"


def show_tab(qtbot, window, dock) -> None:
    """A click on the dock's tab, as a user brings a panel to the front (some fill only when seen)."""
    from PySide6.QtWidgets import QTabBar

    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.isVisible() and bar.tabText(i) == dock.windowTitle():
                qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(i).center())
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty(), timeout=10000)


def open_combo(qtbot, box):
    """Opens a combo box's list with a click, as a user does; returns the list's view."""
    qtbot.mouseClick(box, LEFT)
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    return view


def pick_with_the_mouse(qtbot, box, text: str) -> None:
    """Opens the combo box's list with a click and clicks the entry `text`."""
    view = open_combo(qtbot, box)
    entry = view.visualRect(view.model().index(box.findText(text), 0)).center()

    def clicked() -> bool:
        # Qt ignores a release that comes within a double-click interval of the list opening (so the
        # click that opened it cannot also choose): click again, as a user would, until it takes.
        if view.isVisible():
            qtbot.mouseClick(view.viewport(), LEFT, pos=entry)
        return box.currentText() == text and not view.isVisible()

    qtbot.waitUntil(clicked)
