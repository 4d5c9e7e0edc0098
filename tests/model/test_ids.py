"""New ids never collide with an id already in the map, and are always valid ids."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from salesmap_studio.model import Lane, Link, Note, Phase, Stage, fresh_id, slug
from salesmap_studio.model.fields import ID_PATTERN


def test_new_ids_skip_taken_ones_per_list(small_map):
    assert small_map.new_node_id("lead") == "lead-2"
    assert small_map.new_node_id("demo") == "demo"
    assert small_map.new_link_id("l1") == "l1-2"
    assert small_map.new_link_id() == "l"
    assert small_map.new_note_id("note") == "note-2"
    assert small_map.new_lane_id("sales") == "sales-2"
    assert small_map.new_phase_id("decision") == "decision-2"


def test_ids_keep_counting_past_every_taken_one(small_map):
    for _ in range(30):
        small_map._insert_node(Stage(id=small_map.new_node_id("stage"), name="Stage"))
        small_map._insert_link(Link(id=small_map.new_link_id(), source="lead", target="won"))
        small_map._insert_note(Note(id=small_map.new_note_id()))
        small_map._set_lanes([*small_map.lanes(), Lane(id=small_map.new_lane_id(), name="Lane")])
        small_map._set_phases([*small_map.phases(), Phase(id=small_map.new_phase_id(), name="Phase")])
    assert len({node.id for node in small_map.nodes()}) == 34
    assert len({lane.id for lane in small_map.lanes()}) == 31


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.sets(st.from_regex(r"[a-z0-9-]{1,8}", fullmatch=True), max_size=20))
def test_fresh_id_is_valid_and_free(prefix, taken):
    new = fresh_id(prefix, taken)
    assert new not in taken
    assert re.fullmatch(ID_PATTERN.strip("^$"), new)


def test_slug_makes_ids_from_names():
    assert slug("Closed Won!") == "closed-won"
    assert slug("Angebot & Verhandlung") == "angebot-verhandlung"
    assert slug("   ") == "n" and slug("ÄÖÜ", fallback="stage") == "stage"
    assert len(slug("x" * 100)) == 40
