"""F5 presents the map full screen; arrows walk it; Esc returns to editing exactly where it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea


@pytest.fixture
def presenting(active_window):
    return active_window("extended-b2b", "de")


NONE, CTRL = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier


def press(qtbot, window, key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window.canvas, key)


def card_text(window) -> str:
    return window.presentation.card.text.text()


def test_f5_goes_full_screen_without_panels_and_shows_the_first_stage(qtbot, presenting):
    window = presenting
    press(qtbot, window, Qt.Key.Key_F5)
    assert window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert window.palette.isHidden()
    first = window.document.node("brand-awareness")
    assert first.name in card_text(window)
    assert "Entry criteria" in card_text(window) or "Eingangskriterien" in card_text(window)


def test_arrows_step_along_the_flow_and_down_takes_the_no_branch(qtbot, presenting):
    window = presenting
    press(qtbot, window, Qt.Key.Key_F5)
    for _ in range(4):
        press(qtbot, window, Qt.Key.Key_Right)
    assert "Budget und Fit bestätigt?" in card_text(window)
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Right)
    assert "Zurück ins Nurturing" in card_text(window)
    press(qtbot, window, Qt.Key.Key_Left)
    press(qtbot, window, Qt.Key.Key_Right)   # back at the decision the main way is offered again
    assert "Vertriebsqualifizierter Lead (SQL)" in card_text(window).split("<div")[2]


def test_esc_returns_to_editing_exactly_where_it_was(qtbot, presenting):
    window = presenting
    window.selection.set_ids(["demo"])
    window.canvas.set_zoom(0.7)
    window.canvas.centerOn(1200, 300)
    def view():
        return (window.canvas.transform(), window.canvas.horizontalScrollBar().value(),
                window.canvas.verticalScrollBar().value(), len(window.canvas.scene().items()))

    before = view()
    doc_before = window.document.to_dict()
    press(qtbot, window, Qt.Key.Key_F5)
    assert window.document.node("demo").name in card_text(window)   # starts at the selected stage
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    assert window.menuBar().isVisible() and window.toolbar.isVisible() and window.palette.isVisible()
    qtbot.waitUntil(lambda: view() == before, timeout=2000)   # the panels come back, the view gets its old size
    assert window.selection.ids() == ["demo"]
    assert window.document.to_dict() == doc_before   # presenting never edits the map


def test_a_fitted_map_is_still_fitted_after_presenting_and_follows_the_window(qtbot, presenting):
    window = presenting
    qtbot.keyClick(window.canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)   # View → Fit Map
    press(qtbot, window, Qt.Key.Key_F5)
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Escape)
    whole_map = window.canvas.scene().map_rect()
    qtbot.waitUntil(lambda: not window.isFullScreen() and window.canvas.visible_rect().contains(whole_map),
                    timeout=2000)
    window.resize(800, 600)   # the room's projector wants a smaller window: the map stays whole
    qtbot.waitUntil(lambda: window.canvas.visible_rect().contains(whole_map))


def test_keys_that_edit_do_nothing_while_presenting(qtbot, presenting):
    window = presenting
    doc_before, steps = window.document.to_dict(), window.undo_stack.count()
    press(qtbot, window, Qt.Key.Key_F5)
    for key, modifiers in ((Qt.Key.Key_S, NONE), (Qt.Key.Key_N, NONE), (Qt.Key.Key_Delete, NONE),
                           (Qt.Key.Key_Backspace, NONE), (Qt.Key.Key_Tab, NONE), (Qt.Key.Key_F2, NONE),
                           (Qt.Key.Key_D, CTRL), (Qt.Key.Key_V, CTRL), (Qt.Key.Key_X, CTRL), (Qt.Key.Key_Z, CTRL)):
        qtbot.keyClick(QApplication.focusWidget() or window.canvas, key, modifiers)
    assert window.presentation.active and window.document.to_dict() == doc_before
    assert window.undo_stack.count() == steps and not window.canvas.editor.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()


def test_esc_ends_the_presentation_wherever_the_keyboard_went(qtbot, presenting):
    """A click on the card and Tab took the keyboard to a hidden panel's tab bar, and Esc no longer
    ended the full-screen presentation (found by the monkey, bench/monkey.py seed 1)."""
    window = presenting
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(window.isFullScreen)
    scroll = window.presentation.card.findChild(QScrollArea)
    qtbot.mouseClick(scroll, Qt.MouseButton.LeftButton, pos=QPoint(scroll.width() // 2, scroll.height() - 4))
    assert QApplication.focusWidget() is scroll               # the card took the keyboard
    before = window.document.to_dict()
    press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, Qt.Key.Key_N)                                                     # no note mid-talk
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)                          # no undo either
    assert window.document.to_dict() == before
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.presentation.active and not window.isFullScreen()
    assert window.menuBar().isVisible()
