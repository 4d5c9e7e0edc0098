"""F11: the projector view — the map on the whole screen, capture as always, details on I, F11 puts all back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(active_window):
    return active_window("extended-b2b", "en")


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window.canvas, key, modifier)


def enter_projector_view(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen() and window.canvas.width() >= window.width() - 4)   # panels gone


def node_on_screen(window, node_id: str) -> QRect:
    canvas = window.canvas
    rect = canvas.mapFromScene(canvas.scene().item(node_id).sceneBoundingRect()).boundingRect()
    return rect.translated(canvas.viewport().geometry().topLeft())


def test_f11_shows_only_the_map_fitted_to_the_whole_screen(qtbot, window):
    window.resize(720, 500)   # smaller than the (offscreen) screen, with its panels beside the map
    window.canvas.fit_map()
    qtbot.waitUntil(lambda: window.width() == 720)
    zoom = window.canvas.zoom()
    enter_projector_view(qtbot, window)
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible() and not window.statusBar().isVisible()
    assert window.palette.isHidden()
    assert window.projector.action.isChecked()
    qtbot.waitUntil(lambda: window.canvas.zoom() > zoom)   # fitted to the larger view
    visible = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
    assert visible.contains(window.canvas.scene().content_rect())   # every stage, link and note
    qtbot.waitUntil(window.canvas.frozen_panes.left.isVisible)   # the lanes' names beside the map


def test_live_capture_works_in_the_projector_view(qtbot, window):
    window.selection.set_ids(["demo"])
    enter_projector_view(qtbot, window)
    nodes = len(window.document.to_dict()["nodes"])
    press(qtbot, window, Qt.Key.Key_Tab)                 # the next stage after Demo, named at once
    qtbot.keyClicks(QApplication.focusWidget(), "Pilot")
    press(qtbot, window, Qt.Key.Key_Return)
    names = [node["name"] for node in window.document.to_dict()["nodes"]]
    assert len(names) == nodes + 1 and "Pilot" in names
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_N)                    # a sticky note for a question from the room
    qtbot.keyClicks(QApplication.focusWidget(), "Who signs?")
    press(qtbot, window, Qt.Key.Key_Return)
    assert "Who signs?" in [note["text"] for note in window.document.to_dict()["notes"]]
    assert window.isFullScreen()


def test_alt_arrows_walk_and_i_shows_the_details_beside_the_item(qtbot, window):
    window.selection.set_ids(["demo"])
    enter_projector_view(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    selected = window.selection.ids()
    assert selected and selected != ["demo"]
    press(qtbot, window, Qt.Key.Key_I)
    card = window.projector.card
    assert card.isVisible() and window.document.node(selected[0]).name in card.text.text()
    assert not card.geometry().intersects(node_on_screen(window, selected[0]))
    window.selection.set_ids(["fit-confirmed"])                      # the card follows the selection
    qtbot.waitUntil(lambda: "Budget and fit confirmed?" in card.text.text())
    assert not card.geometry().intersects(node_on_screen(window, "fit-confirmed"))
    assert card.height() < window.canvas.viewport().height() - 100   # as tall as its text, not the screen
    press(qtbot, window, Qt.Key.Key_I)
    assert card.isHidden()


def test_f11_again_puts_back_panels_toolbars_and_the_view(qtbot, window):
    window.canvas.set_zoom(0.7)
    window.canvas.centerOn(1200, 300)
    before = (window.canvas.transform(), window.canvas.horizontalScrollBar().value())
    enter_projector_view(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.menuBar().isVisible() and window.toolbar.isVisible() and window.statusBar().isVisible()
    assert window.palette.isVisible()
    qtbot.waitUntil(lambda: (window.canvas.transform(), window.canvas.horizontalScrollBar().value()) == before)
    assert not window.projector.action.isChecked()


def test_the_view_menu_and_toolbar_offer_it_in_german(german, window_for, template):
    window = window_for(template("extended-b2b", "de"))
    action = window.projector.action
    assert action in window.menus["view"].actions() and action in window.toolbar.actions()
    assert action.text() == "P&rojektoransicht" and action.shortcut().toString() == "F11"


def test_the_menu_shortcuts_still_work_in_the_projector_view(qtbot, window, tmp_path):
    """With the menu bar hidden its shortcuts did nothing: Ctrl+S in the projector view saved nothing
    and Ctrl+Z took nothing back (found by the monkey, bench/monkey.py seed 8)."""
    from salesmap_studio.persistence import load

    window.path = tmp_path / "projected.smap"
    window.selection.set_ids(["demo"])
    enter_projector_view(qtbot, window)
    nodes = len(window.document.to_dict()["nodes"])
    press(qtbot, window, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.canvas.editor, "Pilot")
    press(qtbot, window, Qt.Key.Key_Return)
    assert len(window.document.to_dict()["nodes"]) == nodes + 1
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Pilot" in [n.name for n in load(window.path).nodes()] and not window.isWindowModified()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Pilot" not in [n.name for n in window.document.nodes()]
    press(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.menuBar().isVisible())
