"""Each low-level change announces itself once, with what a view needs to follow it."""

from __future__ import annotations

import pytest

from salesmap_studio.model import EventHub, Lane, Link, MapInfo, Note, Stage


def test_node_insert_change_remove(small_map, heard):
    stage = Stage(id="demo", name="Demo")
    small_map._insert_node(stage, 1)
    renamed = stage.replace(name="Product demo")
    small_map._replace_node(renamed)
    small_map._remove_node("demo")
    assert heard == [("node_added", (stage, 1)), ("node_changed", (stage, renamed)), ("node_removed", (renamed,))]


def test_link_insert_change_remove(small_map, heard):
    link = Link(id="retry", source="lost", target="lead", kind="objection")
    small_map._insert_link(link)
    moved = link.replace(target="budget")
    small_map._replace_link(moved)
    small_map._remove_link("retry")
    assert heard == [("link_added", (link, 5)), ("link_changed", (link, moved)), ("link_removed", (moved,))]
    assert small_map.links_to("budget")[-1].id == "l2"


def test_note_insert_change_remove(small_map, heard):
    note = Note(id="idea", text="Free trial?")
    small_map._insert_note(note, 0)
    edited = note.replace(text="Free trial for 30 days?")
    small_map._replace_note(edited)
    small_map._remove_note("idea")
    assert heard == [("note_added", (note, 0)), ("note_changed", (note, edited)), ("note_removed", (edited,))]


def test_info_lanes_phases(small_map, heard):
    old_info = small_map.info
    new_info = MapInfo(title="Renamed")
    small_map._set_info(new_info)
    small_map._set_lanes([Lane(id="marketing", name="Marketing")])
    small_map._set_phases([])
    assert heard == [("info_changed", (old_info, new_info)), ("lanes_changed", ()), ("phases_changed", ())]
    assert [lane.id for lane in small_map.lanes()] == ["marketing"] and small_map.phases() == ()


def test_refused_changes_emit_nothing_and_change_nothing(small_map, heard):
    before = small_map.to_dict()
    with pytest.raises(KeyError):
        small_map._insert_node(Stage(id="lead", name="Twin"))
    with pytest.raises(ValueError):
        small_map._remove_node("budget")  # still linked: commands remove links first
    with pytest.raises(KeyError):
        small_map._insert_link(Link(id="l9", source="lead", target="nowhere"))
    with pytest.raises(KeyError):
        small_map._replace_link(small_map.link("l1").replace(target="nowhere"))
    with pytest.raises(KeyError):
        small_map._insert_note(Note(id="note"))
    assert heard == [] and small_map.to_dict() == before
    assert not small_map.has_node("nowhere")


def test_a_listener_may_unsubscribe_while_being_told():
    hub, calls = EventHub(), []

    def once(*args):
        calls.append(args)
        hub.unsubscribe("node_added", once)

    hub.subscribe("node_added", once)
    hub.subscribe("node_added", lambda *args: calls.append(("second",) + args))
    hub.emit("node_added", 1)
    hub.emit("node_added", 2)
    hub.unsubscribe("never_subscribed", once)
    assert calls == [(1,), ("second", 1), ("second", 2)]

