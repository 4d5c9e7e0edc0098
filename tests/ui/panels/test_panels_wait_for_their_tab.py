"""A map opened from File ▸ Open…: the panels behind the Inspector's tab (Map health, Funnel, Outline)
fill when their tab is clicked, showing the map as it is then, and their rows work as before.

At the open of a big map they did their work (thousands of rows) only to be hidden behind the
Inspector a moment later (issue 14); the canvas's badges still come at once.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar

from salesmap_studio.analysis.flow_order import flow_order
from salesmap_studio.analysis.lint import lint
from salesmap_studio.model import Link, MapInfo, SalesMap, Stage
from salesmap_studio.persistence import save
from salesmap_studio.ui import file_actions
from salesmap_studio.ui.funnel_panel import FunnelPanel
from salesmap_studio.ui.health_panel import HealthPanel
from salesmap_studio.ui.i18n import on_screen

from ..helpers import at, click


def vague_chain(count: int) -> SalesMap:
    """Stages without criteria or checklists: warnings on every stage."""
    stages = [Stage(id=f"s{i}", name=f"Stage {i}", x=260.0 * i, conversion_rate=0.5) for i in range(count)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(count - 1)]
    return SalesMap.from_parts(MapInfo(title="Vague", language="en", start="s0"), nodes=stages, links=links)


@pytest.fixture
def opened(window_for, template, tmp_path, monkeypatch, qtbot):
    """`opened(document)`: the window File ▸ Open… gives on `document` saved to a file, its docks laid out."""
    opener = window_for(template("five-step", "en"))
    windows = []

    def open_map(document: SalesMap):
        path = tmp_path / "opened.smap"
        save(document, path)
        monkeypatch.setattr(file_actions, "ask_open_path", lambda _parent: str(path))
        before = set(file_actions.open_windows())
        opener.menu_actions["&Open…"].trigger()
        (window,) = set(file_actions.open_windows()) - before
        windows.append(window)
        window.resize(1600, 1000)   # wide enough for the map and the panels, as on most screens
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: front_tab(window) == window.inspector_dock.windowTitle())
        return window

    yield open_map
    for window in windows:
        window.undo_stack.setClean()   # closing must not stop on "Save the changes?"
        window.close()


def tab_bar(window) -> QTabBar:
    return next(bar for bar in window.findChildren(QTabBar) if bar.isVisible() and bar.count() > 2)


def front_tab(window) -> str:
    bar = tab_bar(window)
    return bar.tabText(bar.currentIndex())


def click_tab(qtbot, window, title: str) -> None:
    bar = tab_bar(window)
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert front_tab(window) == title


def listed(panel: HealthPanel) -> list[str]:
    return [item.text(0) for item in panel.finding_items()]


def test_the_health_list_fills_when_its_tab_is_clicked_and_a_finding_still_takes_you_there(opened, qtbot):
    window = opened(vague_chain(30))
    panel = window.findChild(HealthPanel)
    assert window.canvas.scene().item("s3").badge == "warning"   # the canvas is marked at once
    assert listed(panel) == []                                   # the hidden list waits
    click_tab(qtbot, window, "Map health")
    fresh = [on_screen(finding.key, finding.values) for finding in lint(window.document)]
    qtbot.waitUntil(lambda: listed(panel) == fresh)
    row = next(item for item in panel.finding_items() if "“Stage 17”" in item.text(0))
    panel.tree.scrollToItem(row)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualItemRect(row).center())
    assert window.selection.ids() == ["s17"]


def test_the_funnel_is_worked_out_when_its_tab_is_clicked_after_an_edit_made_behind_it(opened, qtbot):
    window = opened(vague_chain(12))
    panel = window.findChild(FunnelPanel)
    assert panel.steps.rowCount() == 0
    window.modeling.set_node_fields("s2", name="Proposal")   # while the funnel is hidden
    click_tab(qtbot, window, "Funnel")
    qtbot.waitUntil(lambda: panel.steps.rowCount() == 12)
    names = [panel.steps.item(row, 0).text() for row in range(12)]
    assert names == [window.document.node(node_id).name for node_id in flow_order(window.document)]
    assert names[2] == "Proposal"


def test_the_outline_shows_the_canvas_selection_made_while_it_was_hidden(opened, qtbot):
    window = opened(vague_chain(12))
    tree = window.outline.tree
    assert tree.topLevelItemCount() == 0
    stage = window.document.node("s5")
    window.canvas.center_on("s5")
    click(window, at(window, stage.x, stage.y))
    click_tab(qtbot, window, "Outline")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 12)
    assert window.outline.rows() == flow_order(window.document)
    assert [item.data(0, Qt.ItemDataRole.UserRole) for item in tree.selectedItems()] == ["s5"]
    row = tree.topLevelItem(7)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center())
    assert window.selection.ids() == ["s7"]


def test_in_german_the_health_tab_lists_the_findings_in_german(opened, german, template, qtbot):
    window = opened(template("extended-b2b", "de"))
    panel = window.findChild(HealthPanel)
    window.modeling.remove([window.document.links()[0].id])   # a problem made while the list is hidden
    assert listed(panel) == []
    click_tab(qtbot, window, "Prüfung")
    fresh = [on_screen(finding.key, finding.values) for finding in lint(window.document)]
    assert fresh
    qtbot.waitUntil(lambda: listed(panel) == fresh)
    assert panel.summary.text().endswith("Auf einen Befund klicken, um dorthin zu springen.")
