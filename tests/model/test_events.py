"""A step announces itself once, when it is done, naming every id it touched."""

from __future__ import annotations

import gc

import pytest

from salesmap_studio.model import EventHub, Lane, Link, MapInfo, Note, Stage, collector

CHANGES = {  # kind -> (a new entity, an edit of it, where it goes)
    "node": (Stage(id="demo", name="Demo"), {"name": "Product demo"}, 1),
    "link": (Link(id="retry", source="lost", target="lead", kind="objection"), {"target": "budget"}, 5),
    "note": (Note(id="idea", text="Free trial?"), {"text": "Free trial for 30 days?"}, 0),
}


def delta(change, kind):
    return getattr(change, f"{kind}s")


@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_each_mutation_outside_a_group_announces_itself(small_map, heard, kind):
    entity, edit, index = CHANGES[kind]
    getattr(small_map, f"_insert_{kind}")(entity, index)
    getattr(small_map, f"_replace_{kind}")(entity.replace(**edit))
    getattr(small_map, f"_remove_{kind}")(entity.id)
    assert [delta(c, kind).added for c in heard] == [{entity.id}, set(), set()]
    assert [delta(c, kind).edited for c in heard] == [set(), {entity.id}, set()]
    assert [delta(c, kind).removed for c in heard] == [set(), set(), {entity.id}]


def test_a_group_announces_once_at_its_end_with_every_id(small_map, heard):
    with small_map.changing():
        small_map._insert_node(Stage(id="demo", name="Demo"))
        with small_map.changing():
            small_map._insert_link(Link(id="l9", source="lead", target="demo"))
        small_map._replace_node(small_map.node("won").replace(x=650.0))
        small_map._replace_node(small_map.node("lost").replace(name="Lost for good"))
        small_map._remove_note("note")
        assert heard == []
    [change] = heard
    assert change.nodes.added == {"demo"} and change.links.added == {"l9"}
    assert change.nodes.moved == {"won"} and change.nodes.edited == {"lost"}
    assert change.notes.removed == {"note"} and change.link_ends == {"lead", "demo"}
    assert change.touched() == {"demo", "l9", "won", "lost", "note", "lead"}


def test_what_a_group_undoes_itself_is_not_announced_as_added(small_map, heard):
    with small_map.changing():
        small_map._insert_note(Note(id="idea"))
        small_map._remove_note("idea")
        removed = small_map._remove_link("again")
        small_map._insert_link(removed)
    [change] = heard
    assert not change.notes and change.links.changed() == {"again"} and not change.links.added


def test_a_move_is_told_apart_from_an_edit(small_map, heard):
    small_map._replace_node(small_map.node("lead").replace(x=40.0))
    small_map._replace_note(small_map.note("note").replace(y=20.0))
    assert [c.beyond_notes_and_places() for c in heard] == [False, False]
    small_map._replace_node(small_map.node("lead").replace(x=80.0, name="Lead"))
    assert heard[-1].nodes.moved == heard[-1].nodes.edited == {"lead"} and heard[-1].beyond_notes_and_places()


def test_info_lanes_phases(small_map, heard):
    small_map._set_info(MapInfo(title="Renamed", start="lead"))
    small_map._set_lanes([Lane(id="marketing", name="Marketing")])
    small_map._set_phases([])
    assert [(c.info, c.lanes, c.phases) for c in heard] == [
        (frozenset({"title"}), False, False), (frozenset(), True, False), (frozenset(), False, True)]
    assert [lane.id for lane in small_map.lanes()] == ["marketing"] and small_map.phases() == ()


def test_details_changed_and_changed_back_in_one_group_are_no_change(small_map, heard):
    with small_map.changing():
        old = small_map._set_info(MapInfo(title="Renamed", start="lead"))
        small_map._set_info(old)
    assert heard == []


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
    with pytest.raises(KeyError):   # put in at once (a delete's undo): a twin among them refuses them all
        small_map._insert_nodes([(0, Stage(id="twin", name="One")), (1, Stage(id="twin", name="Two"))])
    with pytest.raises(KeyError):
        small_map._insert_links([(0, Link(id="l8", source="lead", target="budget")),
                                 (1, Link(id="l9", source="lead", target="nowhere"))])
    assert heard == [] and small_map.to_dict() == before
    assert not small_map.has_node("nowhere")


def test_a_link_given_a_new_target_moves_in_the_graph(small_map):
    small_map._replace_link(small_map.link("no").replace(target="lead", kind="objection"))
    assert [link.id for link in small_map.links_to("lead")] == ["no", "again"]
    assert small_map.successors("budget") == ["won", "lead"] and small_map.predecessors("lost") == []


def test_a_listener_may_unsubscribe_while_being_told():
    hub, calls = EventHub(), []

    def once(*args):
        calls.append(args)
        hub.unsubscribe("changed", once)

    hub.subscribe("changed", once)
    hub.subscribe("changed", lambda *args: calls.append(("second",) + args))
    hub.emit("changed", 1)
    hub.emit("changed", 2)
    hub.unsubscribe("never_subscribed", once)
    assert calls == [(1,), ("second", 1), ("second", 2)]


def test_the_collector_comes_back_after_a_pause_that_ends_in_an_error():
    with pytest.raises(KeyError), collector.paused():
        with collector.paused():   # nested: only the outer pause enables it again
            assert not gc.isenabled()
        assert not gc.isenabled()
        raise KeyError("nowhere")
    assert gc.isenabled()
