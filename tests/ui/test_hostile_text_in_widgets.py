"""Issue 12, finding 11: map text never reaches a Qt widget as HTML. With a map of hostile names open,
each node and a link selected by mouse, the inspector, panels, tooltips, the presentation card and
the dialogs that quote the map show `<b>x</b>` as those eight characters, and no widget reads
`<img src=/dev/zero>` as an image to load."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox, QPushButton

from salesmap_studio.export import qt_paint
from salesmap_studio.persistence import load, save
from salesmap_studio.ui.panels.band_list import BandList

from ..hostile_text import BOLD, HOSTILE_NAMES, IMAGE, TITLE, hostile_map, stage_id
from .helpers import click, show_tab
from .hostile_widgets import answering, assert_safe_window, labels_showing_map_text

NODE_IDS = [stage_id(i) for i in range(len(HOSTILE_NAMES))] + ["d", "won"]


@pytest.fixture
def hostile_window(window_for, tmp_path):
    path = tmp_path / "hostile.smap"
    save(hostile_map(), path)
    window = window_for(load(path))   # never saved here: the window is named by the map's title
    hidden = [dock for dock in window.findChildren(QDockWidget) if dock.isHidden()]
    for dock in hidden:
        dock.show()
    window.installEventFilter(HiddenAgainOnClose(hidden, window))
    return window


class HiddenAgainOnClose(QObject):
    """The window remembers its panels when it closes: the ones shown here are hidden first, so
    later windows open as usual. (Filters installed last see an event first.)"""

    def __init__(self, docks, window) -> None:
        super().__init__(window)
        self.docks = docks

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close:
            for dock in self.docks:
                dock.hide()
        return False


def click_scene_point(window, point: QPointF) -> None:
    window.canvas.centerOn(point)
    click(window, window.canvas.mapFromScene(point))


def click_node(window, node_id: str) -> None:
    click_scene_point(window, window.canvas.scene().item(node_id).sceneBoundingRect().center())
    assert window.selection.ids() == [node_id]


def test_every_label_and_tooltip_shows_map_text_as_plain_text(qtbot, hostile_window):
    window = hostile_window
    show_tab(qtbot, window, window.findChild(QDockWidget, "outline-panel"))   # the outline lists rows when seen
    seen = {"labels": [], "tooltips": []}
    for node_id in NODE_IDS:
        click_node(window, node_id)
        for kind, texts in assert_safe_window(window).items():
            seen[kind] += texts
    link = window.canvas.scene().item("l2")   # from the <img …> stage to the <b>x</b> stage
    click_scene_point(window, qt_paint.link_path(link.geometry).pointAtPercent(0.5))
    assert window.selection.ids() == ["l2"]
    for kind, texts in assert_safe_window(window).items():
        seen[kind] += texts
    assert f"{IMAGE} → {BOLD}" in seen["labels"]            # the link inspector's route, as typed
    assert BOLD in seen["tooltips"] and f"{IMAGE}?" in seen["tooltips"]   # outline rows
    assert TITLE in window.windowHandle().title()           # "[*]" in the title is not the modified mark


def test_the_presentation_card_shows_every_name_as_typed(qtbot, hostile_window):
    window = hostile_window
    click_node(window, stage_id(0))
    qtbot.keyClick(window.canvas, Qt.Key.Key_F5)
    card = window.presentation.card.text
    for name in HOSTILE_NAMES:
        qtbot.waitUntil(lambda: name.split("\n")[0] in "".join(t for _l, t in labels_showing_map_text([card])))
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_questions_quoting_the_map_show_its_text_as_typed(qtbot, hostile_window):
    window = hostile_window
    click_node(window, stage_id(0))
    click_scene_point(window, QPointF(-400.0, -600.0))   # empty canvas: the map inspector with its lanes
    lanes = next(w for w in window.findChildren(BandList) if getattr(w, "kind", None) == "lane")
    rect = lanes.list.visualItemRect(lanes.list.item(0))
    qtbot.mouseClick(lanes.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    remove = next(b for b in lanes.findChildren(QPushButton) if b.text() == "Remove")
    shown = answering(qtbot, lambda: qtbot.mouseClick(remove, Qt.MouseButton.LeftButton), QMessageBox.StandardButton.No)
    assert any(f"“{BOLD}”" in text for text in shown)
    assert [lane.name for lane in window.document.lanes()] == [BOLD]


def test_an_unsaved_hostile_title_is_quoted_as_typed_when_closing(qtbot, hostile_window):
    window = hostile_window
    window.undo_stack.resetClean()   # as after any edit
    shown = answering(qtbot, window.close, QMessageBox.StandardButton.Cancel)
    assert any(f"“{TITLE}”" in text for text in shown)
    assert window.isVisible()
