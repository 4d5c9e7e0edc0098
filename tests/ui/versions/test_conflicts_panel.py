"""The Conflicts panel on a map that a merge left with conflicts: base, ours and theirs side by
side; Take Theirs and Take Ours are one undo step each, references are checked and explained,
conflicted items are marked, and Map health reports each as an error until it is resolved."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.persistence import load
from salesmap_studio.resources import template_path
from salesmap_studio.ui.conflicts_panel import ConflictsPanel
from salesmap_studio.ui.health_panel import HealthPanel
from salesmap_studio.versions import merge
from salesmap_studio.versions.documents import as_map


def conflicted_map():
    """Five-step with two conflicts: the first stage renamed on both sides, and the second stage's
    notes changed on both sides while theirs also moved it to the other lane."""
    base = load(template_path("five-step", "en")).to_dict()
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours["nodes"][0]["name"], theirs["nodes"][0]["name"] = "Ours", "Theirs"
    ours["nodes"][1]["notes"], theirs["nodes"][1]["notes"] = "ours", "theirs"
    theirs["nodes"][1]["owner"] = next(l["id"] for l in base["lanes"] if l["id"] != base["nodes"][1]["owner"])
    result = merge(base, ours, theirs, check=as_map)
    assert len(result.conflicts) == 2
    return result.checked


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick(qtbot, panel: ConflictsPanel, row: int) -> None:
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def window(window_for):
    return window_for(conflicted_map())


def test_conflicts_show_base_ours_and_theirs_and_taking_theirs_is_one_undo_step(qtbot, window):
    panel = window.findChild(ConflictsPanel)
    qtbot.waitUntil(panel.isVisible)   # in front once the saved dock layout is restored
    assert panel.list.count() == 2
    first_id = window.document.nodes()[0].id
    assert panel.list.item(0).text() == "Stage “Ours”: Name"
    pick(qtbot, panel, 0)
    cells = [panel.table.item(0, c).text() for c in range(3)]
    assert cells == ["Prospect", "Ours", "Theirs"]
    assert window.canvas.scene().item(first_id).mark == "conflict"
    health = window.findChild(HealthPanel)
    assert "unresolved-conflict" in {f.rule for f in health.findings if f.severity == "error"}
    before = window.document.to_dict()
    click(qtbot, panel.take_theirs_button)
    after = window.document.to_dict()
    assert after["nodes"][0]["name"] == "Theirs" and len(after["conflicts"]) == len(before["conflicts"]) - 1
    assert window.canvas.scene().item(first_id).mark is None
    window.menu_actions["Undo"].trigger()
    assert window.document.to_dict() == before


def test_take_ours_keeps_the_map_and_closes_the_conflict(qtbot, window):
    panel = window.findChild(ConflictsPanel)
    before = window.document.to_dict()
    count = panel.list.count()
    pick(qtbot, panel, 0)
    click(qtbot, panel.take_ours_button)
    after = window.document.to_dict()
    assert panel.list.count() == count - 1
    assert {k: v for k, v in after.items() if k != "conflicts"} == {k: v for k, v in before.items() if k != "conflicts"}


def test_theirs_needing_a_lane_this_map_lacks_is_explained_and_not_taken(qtbot, window):
    panel = window.findChild(ConflictsPanel)
    lane = window.document.conflicts()[1].theirs.owner
    window.modeling.remove_lane(lane)     # the lane theirs' stage belongs to is gone since the merge
    pick(qtbot, panel, 1)
    assert not panel.take_theirs_button.isEnabled()
    assert f"lane “{lane}”" in panel.problem.text()
    before = window.document.to_dict()
    click(qtbot, panel.take_theirs_button)
    assert window.document.to_dict() == before


def test_keep_editing_goes_to_the_item(qtbot, window):
    panel = window.findChild(ConflictsPanel)
    pick(qtbot, panel, 0)
    click(qtbot, panel.keep_editing_button)
    assert window.selection.ids() == [window.document.conflicts()[0].item]
