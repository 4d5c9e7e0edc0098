"""Selecting and deleting everything on a big map: the outline follows, and each panel hears it a fixed number of times."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from salesmap_studio.model import Link, MapInfo, SalesMap, Stage
from salesmap_studio.model.events import CHANGED

from .helpers import at, click

STAGES = 2000


def long_chain(count: int) -> SalesMap:
    stages = [Stage(id=f"s{i}", name=f"Stage {i}", x=120.0 + 260 * (i % 40), y=130.0 + 160 * (i // 40))
              for i in range(count)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(count - 1)]
    return SalesMap.from_parts(MapInfo(title="Library", language="en", start="s0"), nodes=stages, links=links)


@pytest.fixture
def window(window_for):
    window = window_for(long_chain(STAGES))
    window.findChild(QDockWidget, "outline-panel").raise_()   # the outline's tab in front: it lists only when seen
    return window


def outline_selection(window) -> list[str]:
    return sorted(item.data(0, Qt.ItemDataRole.UserRole) for item in window.outline.tree.selectedItems())


def test_select_all_and_delete_of_2000_stages_refresh_each_panel_a_fixed_number_of_times(window):
    """Each removed item used to leave the selection on its own, and the outline selected its rows one by one."""
    told = {"selection": 0, "outline rows": 0, "document": 0}
    window.selection.changed.connect(lambda: told.__setitem__("selection", told["selection"] + 1))
    window.outline.tree.selectionModel().selectionChanged.connect(
        lambda *_: told.__setitem__("outline rows", told["outline rows"] + 1))
    window.document.events.subscribe(CHANGED, lambda _change: told.__setitem__("document", told["document"] + 1))
    window.menu_actions["Select &All"].trigger()
    assert len(outline_selection(window)) == STAGES
    window.menu_actions["De&lete"].trigger()
    assert len(window.document) == 0 and window.outline.tree.topLevelItemCount() == 0
    assert told["document"] == 1 and told["selection"] <= 3 and told["outline rows"] <= 4, told
    window.menu_actions["Undo"].trigger()
    assert len(window.document) == STAGES and window.outline.tree.topLevelItemCount() == STAGES


def test_the_outline_follows_a_click_after_select_all(window):
    window.menu_actions["Select &All"].trigger()
    node = window.document.node("s41")
    click(window, at(window, node.x, node.y))
    assert window.selection.ids() == ["s41"]
    assert outline_selection(window) == ["s41"]
    assert window.outline.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == "s41"


def test_the_group_inspector_lets_go_of_stages_an_undo_takes_away(window_for, qtbot):
    window = window_for(long_chain(3))
    window.menu_actions["Select &All"].trigger()
    window.menu_actions["&Copy"].trigger()
    window.menu_actions["&Paste"].trigger()  # the three copies are selected, in the group inspector
    inspector = window.inspector_dock.current()
    assert inspector is window.inspector_dock.inspectors["group"] and len(window.document) == 6
    window.menu_actions["Undo"].trigger()
    assert len(window.document) == 3
    assert window.inspector_dock.current() is not window.inspector_dock.inspectors["group"]


def test_the_inspector_shows_a_select_all_with_one_refresh(window, monkeypatch):
    """A page that went stale while hidden (an undo) refreshed on `show_ids` and again when shown:
    twice the walk of 2,000 stages for one Select All."""
    from salesmap_studio.ui.panels.group_inspector import GroupInspector

    refreshed = []
    monkeypatch.setattr(GroupInspector, "refresh", lambda self, _refresh=GroupInspector.refresh: (
        refreshed.append(len(self.ids)), _refresh(self)))
    for text in ("Select &All", "De&lete", "Undo"):
        window.menu_actions[text].trigger()
    refreshed.clear()
    window.menu_actions["Select &All"].trigger()
    assert window.inspector_dock.current() is window.inspector_dock.inspectors["group"]
    assert len(refreshed) == 1, refreshed


def test_select_all_after_a_deleted_and_restored_map_selects_everything_on_canvas_and_outline(window):
    window.menu_actions["Select &All"].trigger()
    window.menu_actions["De&lete"].trigger()
    window.menu_actions["Undo"].trigger()
    window.menu_actions["Select &All"].trigger()
    assert len(outline_selection(window)) == STAGES
    everything = [*(node.id for node in window.document.nodes()), *(link.id for link in window.document.links())]
    assert sorted(window.selection.ids()) == sorted(everything)
    selected_on_canvas = [item.item_id for item in window.canvas.scene().selectedItems()]
    assert sorted(selected_on_canvas) == sorted(everything)
