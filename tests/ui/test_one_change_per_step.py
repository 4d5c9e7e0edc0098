"""Each user action is heard once: one change notification per command or macro, and per undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from salesmap_studio.model import Link, MapInfo, SalesMap, Stage
from salesmap_studio.model.events import CHANGED
from salesmap_studio.ui.canvas import scene as scene_module

from .helpers import LEFT, NO_KEYS, at, drag

CTRL = Qt.KeyboardModifier.ControlModifier


def chain() -> SalesMap:
    stages = [Stage(id=f"s{i}", name=f"Stage {i}", x=120.0 + 260 * i, y=130.0) for i in range(4)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(3)]
    links.append(Link(id="back", source="s2", target="s1", kind="objection", label="Too dear"))
    return SalesMap.from_parts(MapInfo(title="Chain", language="en", start="s0"), nodes=stages, links=links)


@pytest.fixture
def window(window_for):
    return window_for(chain())


@pytest.fixture
def heard(window):
    changes: list = []
    window.document.events.subscribe(CHANGED, changes.append)
    return changes


def press(window, qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, key, modifiers)


def delete_everything(window, qtbot):
    press(window, qtbot, Qt.Key.Key_A, CTRL)
    press(window, qtbot, Qt.Key.Key_Delete)


def paste_a_copy(window, qtbot):
    window.selection.set_ids(["s1", "s2", "l1"])
    press(window, qtbot, Qt.Key.Key_C, CTRL)
    press(window, qtbot, Qt.Key.Key_V, CTRL)


def drag_two_stages(window, qtbot):
    window.selection.set_ids(["s1", "s2"])
    grip = window.canvas.scene().item("s1").sceneBoundingRect().center()
    drag(window, at(window, grip.x(), grip.y()), at(window, grip.x(), grip.y() + 240))


def add_a_stage(window, qtbot):
    press(window, qtbot, Qt.Key.Key_S)


def auto_layout(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)


ACTIONS = {"delete a selection with links": delete_everything, "paste": paste_a_copy,
           "drag two linked stages": drag_two_stages, "add a stage (S)": add_a_stage, "auto layout": auto_layout}


@pytest.mark.parametrize("action", ACTIONS.values(), ids=ACTIONS.keys())
def test_an_action_its_undo_and_its_redo_are_heard_once_each(window, heard, qtbot, action):
    before = window.document.to_dict()
    action(window, qtbot)
    after = window.document.to_dict()
    assert after != before and len(heard) == 1
    window.menu_actions["Undo"].trigger()
    assert window.document.to_dict() == before and len(heard) == 2
    window.menu_actions["Redo"].trigger()
    assert window.document.to_dict() == after and len(heard) == 3


def test_the_notification_names_what_the_step_touched(window, heard, qtbot):
    delete_everything(window, qtbot)
    [change] = heard
    assert change.nodes.removed == {"s0", "s1", "s2", "s3"}
    assert change.links.removed == {"l0", "l1", "l2", "back"}
    assert change.info == {"start"}  # the start went with its stage
    window.menu_actions["Undo"].trigger()
    assert heard[-1].nodes.added == {"s0", "s1", "s2", "s3"} and heard[-1].info == {"start"}


def test_deleting_a_selection_changes_the_selection_once(window, qtbot):
    press(window, qtbot, Qt.Key.Key_A, CTRL)
    told: list = []
    window.selection.changed.connect(lambda: told.append(window.selection.ids()))
    press(window, qtbot, Qt.Key.Key_Delete)
    assert told == [[]]
    assert window.canvas.scene().map_items() == []


def test_a_drop_works_out_each_link_shape_once(window, qtbot, monkeypatch):
    window.selection.set_ids(["s1", "s2"])
    grip = window.canvas.scene().item("s1").sceneBoundingRect().center()
    start, end = at(window, grip.x(), grip.y()), at(window, grip.x(), grip.y() + 240)
    viewport = window.canvas.viewport()
    QTest.mousePress(viewport, LEFT, NO_KEYS, start)
    for i in range(1, 7):
        QTest.mouseMove(viewport, start + (end - start) * i / 6)
    shaped: list[str] = []  # on the drop, not in the preview while dragging
    real = scene_module.geo.link_geometry
    monkeypatch.setattr(scene_module.geo, "link_geometry", lambda doc, link_id: shaped.append(link_id) or real(doc, link_id))
    QTest.mouseRelease(viewport, LEFT, NO_KEYS, end)
    assert window.document.node("s1").y > 300 and window.document.node("s2").y > 300
    assert sorted(shaped) == ["back", "l0", "l1", "l2"]  # l0 and l2 hang on one moved stage, l1 and back on both
