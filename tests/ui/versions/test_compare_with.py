"""File → Compare With…: the canvas marks what is new (green), changed (amber) and gone (red
outline); the Comparison panel lists the changes, a click goes there, and leaving restores the view."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from salesmap_studio.persistence import load, loads
from salesmap_studio.resources import template_path
from salesmap_studio.ui import comparison
from salesmap_studio.ui.compare_sources import Source

from ..message_box import answering


def file_action(window, text: str):
    return next(a for a in window.menus["file"].actions() if a.text() == text)


def older_version(template: dict) -> dict:
    """The map as it was: its first stage had another name, its second was not there yet, and a
    stage "Cold call" was there that is gone now."""
    older = json.loads(json.dumps(template))
    older["nodes"][0]["name"] = "Old name"
    second = older["nodes"][1]["id"]
    older["nodes"].pop(1)
    older["links"] = [l for l in older["links"] if second not in (l["source"], l["target"])]
    older["nodes"].append(dict(older["nodes"][0], id="cold-call", name="Cold call", x=400.0, y=900.0))
    return older


def test_compare_with_marks_the_canvas_lists_the_changes_and_leaving_restores_the_view(qtbot, window_for, monkeypatch):
    current = load(template_path("five-step", "en"))
    window = window_for(current)
    before = current.to_dict()
    older = loads(json.dumps(older_version(before)))
    monkeypatch.setattr(comparison, "ask_source", lambda win: Source("older.smap", lambda: older))
    zoom = window.canvas.zoom()
    file_action(window, "Compare &With…").trigger()
    panel = window.findChild(comparison.ComparisonPanel)
    qtbot.waitUntil(panel.isVisible)
    lines = [panel.changes.item(i).text() for i in range(panel.changes.count())]
    first, second = before["nodes"][0], before["nodes"][1]
    assert f"Stage “Old name” renamed to “{first['name']}”" in lines
    assert f"Stage added: “{second['name']}”" in lines and "Stage removed: “Cold call”" in lines
    scene = window.canvas.scene()
    assert (scene.item(first["id"]).mark, scene.item(second["id"]).mark) == ("changed", "added")
    assert scene.marks.ghost("cold-call") is not None
    row = lines.index(f"Stage added: “{second['name']}”")
    rect = panel.changes.visualItemRect(panel.changes.item(row))
    qtbot.mouseClick(panel.changes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.ids() == [second["id"]]
    qtbot.mouseClick(panel.leave_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible() and scene.item(second["id"]).mark is None and scene.marks.ghosts == []
    assert window.canvas.zoom() == zoom and window.selection.ids() == []
    assert window.document.to_dict() == before   # comparing never changes the map


def test_a_version_that_cannot_be_read_is_explained_and_nothing_is_marked(qtbot, window_for, monkeypatch):
    window = window_for(load(template_path("five-step", "en")))
    def unreadable():
        raise OSError("git could not read map.smap at 1234abcd")
    monkeypatch.setattr(comparison, "ask_source", lambda win: Source("broken", unreadable))
    seen = answering(qtbot, file_action(window, "Compare &With…").trigger)
    panel = window.findChild(comparison.ComparisonPanel)
    assert not panel.isVisible() and all(item.mark is None for item in window.canvas.scene().map_items())
    assert seen.title == "Cannot compare" and "1234abcd" in seen.detail
