"""Each low-level change announces itself once, with what a view needs to follow it."""

from __future__ import annotations

import pytest

from salesmap_studio.model import EventHub, Lane, Link, MapInfo, Note, Stage

CHANGES = {  # kind -> (a new entity, an edit of it, where it goes)
    "node": (Stage(id="demo", name="Demo"), {"name": "Product demo"}, 1),
    "link": (Link(id="retry", source="lost", target="lead", kind="objection"), {"target": "budget"}, 5),
    "note": (Note(id="idea", text="Free trial?"), {"text": "Free trial for 30 days?"}, 0),
}


@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_insert_change_remove_announce_themselves(small_map, heard, kind):
    entity, edit, index = CHANGES[kind]
    getattr(small_map, f"_insert_{kind}")(entity, index)
    edited = entity.replace(**edit)
    getattr(small_map, f"_replace_{kind}")(edited)
    getattr(small_map, f"_remove_{kind}")(entity.id)
    assert heard == [
        (f"{kind}_added", (entity, index)), (f"{kind}_changed", (entity, edited)), (f"{kind}_removed", (edited,)),
    ]


def test_a_link_given_a_new_target_moves_in_the_graph(small_map):
    small_map._replace_link(small_map.link("no").replace(target="lead", kind="objection"))
    assert [link.id for link in small_map.links_to("lead")] == ["no", "again"]
    assert small_map.successors("budget") == ["won", "lead"] and small_map.predecessors("lost") == []


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

