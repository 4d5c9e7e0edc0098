"""Insert → Map from File…: another map comes in beside this one as one undo step, its ids renamed
where they clash, lanes of the same name shared; a file that cannot be read changes nothing."""

from __future__ import annotations

from salesmap_studio.persistence import load
from salesmap_studio.resources import template_path
from salesmap_studio.ui import insert_map

from ..message_box import answering


def insert_action(window):
    return next(a for a in window.menus["insert"].actions() if a.text() == "&Map from File…")


def test_a_department_map_comes_in_beside_this_one_as_one_undo_step(qtbot, window_for, monkeypatch):
    window = window_for(load(template_path("five-step", "en")))
    before = window.document.to_dict()
    other = load(template_path("five-step", "de")).to_dict()   # the same ids, German names and lanes
    monkeypatch.setattr(insert_map, "ask_map_path", lambda parent: str(template_path("five-step", "de")))
    steps = window.undo_stack.count()
    insert_action(window).trigger()
    after = window.document.to_dict()
    assert window.undo_stack.count() == steps + 1
    new_nodes = after["nodes"][len(before["nodes"]):]
    assert [n["name"] for n in new_nodes] == [n["name"] for n in other["nodes"]]
    assert not {n["id"] for n in new_nodes} & {n["id"] for n in before["nodes"]}   # clashing ids renamed
    assert min(n["x"] for n in new_nodes) > max(n["x"] for n in before["nodes"])   # beside, to the right
    assert len(after["links"]) == len(before["links"]) + len(other["links"])
    lanes = {lane["id"]: lane["name"] for lane in after["lanes"]}
    assert [lanes[n["owner"]] for n in new_nodes if n.get("owner")] == [
        next(l["name"] for l in other["lanes"] if l["id"] == n["owner"]) for n in other["nodes"] if n.get("owner")]
    assert set(window.selection.ids()) >= {n["id"] for n in new_nodes}
    window.menu_actions["Undo"].trigger()
    assert window.document.to_dict() == before


def test_lanes_of_the_same_name_are_shared(window_for, monkeypatch):
    window = window_for(load(template_path("five-step", "en")))
    lanes = window.document.to_dict()["lanes"]
    monkeypatch.setattr(insert_map, "ask_map_path", lambda parent: str(template_path("five-step", "en")))
    insert_action(window).trigger()
    assert window.document.to_dict()["lanes"] == lanes


def test_a_file_that_is_not_a_map_changes_nothing(qtbot, window_for, monkeypatch, tmp_path):
    window = window_for(load(template_path("five-step", "en")))
    before = window.document.to_dict()
    broken = tmp_path / "broken.smap"
    broken.write_text("{\"format\": \"salesmap\"", "utf-8")
    monkeypatch.setattr(insert_map, "ask_map_path", lambda parent: str(broken))
    seen = answering(qtbot, insert_action(window).trigger)
    assert seen.title == "Cannot insert the map" and "broken.smap" in seen.text
    assert window.document.to_dict() == before
