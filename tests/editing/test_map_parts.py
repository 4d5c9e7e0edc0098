"""The map's details, lanes, phases and paste through the facade."""

from __future__ import annotations

import pytest


def test_should_set_title_goal_and_kpis_in_one_step(modeling, one_step):
    one_step(lambda: modeling.set_info(title="B2B", goal="Win 25 %", kpis=[{"name": "Cycle", "target": "60 days"}]))
    info = modeling.doc.info
    assert (info.title, info.goal, info.kpis[0].name) == ("B2B", "Win 25 %", "Cycle")


def test_retyping_one_field_of_the_map_or_of_one_lane_is_one_undo_step(modeling):
    stack, original = modeling.undo_stack, modeling.doc.to_dict()
    modeling.set_info(title="B2B")
    modeling.set_info(title="B2B sales process")   # typed again after Enter: merges
    modeling.set_lane("sales", name="Field sales")
    modeling.set_lane("sales", name="Inside sales")
    assert stack.count() == 2
    modeling.set_info(goal="Win 25 %")             # another field, another lane: steps of their own
    modeling.set_lane("marketing", name="Demand generation")
    modeling.set_lane("marketing", color="#884455")     # two colours picked in the dialog: two steps
    modeling.set_lane("marketing", color="#448855")
    modeling.set_info(kpis=[{"name": "Cycle"}])
    modeling.set_info(kpis=[{"name": "Cycle length"}])   # list edits never merge
    assert stack.count() == 8
    stack.undo()
    assert modeling.doc.info.kpis[0].name == "Cycle"
    for _ in range(7):
        stack.undo()
    assert modeling.doc.to_dict() == original
    for _ in range(8):
        stack.redo()
    assert (modeling.doc.info.title, modeling.doc.lane("sales").name) == ("B2B sales process", "Inside sales")


def test_should_refuse_a_start_that_is_not_on_the_map(modeling):
    with pytest.raises(ValueError, match="not a node"):
        modeling.set_info(start="ghost")


def test_should_add_rename_and_reorder_lanes(modeling, one_step):
    legal = one_step(lambda: modeling.add_lane("Legal"))
    assert [lane.id for lane in modeling.doc.lanes()] == ["marketing", "sales", "legal"]
    one_step(lambda: modeling.set_lane(legal, name="Legal & compliance", color="#884455"))
    one_step(lambda: modeling.move_lane(legal, 0))
    assert [lane.id for lane in modeling.doc.lanes()] == ["legal", "marketing", "sales"]


def test_should_move_stages_along_when_their_lane_moves(modeling, one_step):
    stage = modeling.add_node("stage", 0, 130)
    one_step(lambda: modeling.move_lane("marketing", 1))
    assert modeling.doc.node(stage).y == 390.0 and modeling.doc.node(stage).owner == "marketing"


def test_should_clear_owners_when_a_lane_is_removed(modeling, one_step):
    mine = modeling.add_node("stage", 0, 130)
    theirs = modeling.add_node("stage", 0, 390)
    one_step(lambda: modeling.remove_lane("marketing"))
    assert modeling.doc.node(mine).owner is None
    assert (modeling.doc.node(theirs).owner, modeling.doc.node(theirs).y) == ("sales", 130.0)


def test_should_add_move_and_remove_phases(modeling, one_step):
    first = one_step(lambda: modeling.add_phase("Awareness"))
    second = one_step(lambda: modeling.add_phase("Decision"))
    stage = modeling.add_node("stage", 0, 0)
    modeling.set_node_fields(stage, phase=second)
    one_step(lambda: modeling.set_phase(first, name="Attention"))
    one_step(lambda: modeling.move_phase(second, 0))
    assert [p.id for p in modeling.doc.phases()] == [second, first]
    one_step(lambda: modeling.remove_phase(second))
    assert modeling.doc.node(stage).phase is None


def test_should_paste_with_fresh_ids_and_only_inner_links(modeling, one_step):
    lead = modeling.add_node("stage", 0, 130, name="Lead")
    fragment = {
        "nodes": [
            {"id": lead, "kind": "stage", "name": "Lead", "owner": "legal", "x": 0.0, "y": 130.0},
            {"id": "deal", "kind": "outcome", "name": "Won", "result": "won", "x": 260.0, "y": 130.0},
        ],
        "links": [
            {"id": "l1", "source": lead, "target": "deal", "kind": "flow"},
            {"id": "l2", "source": "elsewhere", "target": "deal", "kind": "flow"},
        ],
        "notes": [{"id": "n1", "text": "copied", "x": 0.0, "y": 0.0}],
    }
    new_ids = one_step(lambda: modeling.paste(fragment, 40, 40))
    doc = modeling.doc
    assert len(set(n.id for n in doc.nodes())) == 3 and lead in new_ids[0] and new_ids[0] != lead
    pasted = doc.node(new_ids[0])
    assert (pasted.x, pasted.y, pasted.owner) == (40.0, 170.0, None)
    assert [(link.source, link.target) for link in doc.links()] == [(new_ids[0], new_ids[1])]


def test_should_paste_the_same_fragment_twice_without_collisions(modeling):
    fragment = {"nodes": [{"id": "a", "kind": "stage", "name": "A"}], "links": [], "notes": []}
    first = modeling.paste(fragment)
    second = modeling.paste(fragment)
    assert first != second and len(modeling.doc) == 2


def test_should_refuse_a_bad_fragment_and_paste_nothing(modeling):
    fragment = {"nodes": [{"id": "a", "kind": "stage", "name": "A"}, {"id": "b", "kind": "stage", "name": ""}]}
    with pytest.raises(ValueError, match="pasted node"):
        modeling.paste(fragment)
    assert len(modeling.doc) == 0 and modeling.undo_stack.count() == 0
