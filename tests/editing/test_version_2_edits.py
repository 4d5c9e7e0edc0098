"""Editing what format version 2 added: CRM stage names, bend points that follow their ends,
and merge conflicts resolved by keeping our side or taking theirs."""

from __future__ import annotations

import pytest

from salesmap_studio.model import Kpi, Lane, Link, MapInfo, Stage
from salesmap_studio.model.conflicts import KpiConflict, LaneConflict, LinkConflict, MapConflict, NodeConflict


@pytest.fixture
def three(modeling):
    """Lead -> Demo -> Won, the link into Demo bent through one point."""
    lead = modeling.add_node("stage", 0, 130, name="Lead")
    demo = modeling.add_node("stage", 300, 130, name="Demo")
    won = modeling.add_node("outcome", 600, 130, name="Won", result="won")
    first, second = modeling.connect(lead, demo), modeling.connect(demo, won)
    modeling.set_link_fields(first, points=[(150.0, 40.0)])
    modeling.undo_stack.clear()
    return lead, demo, won, first, second


# ---- CRM stage names ---------------------------------------------------------------------
def test_should_keep_crm_names_without_surrounding_space_in_one_step(modeling, one_step, three):
    lead = three[0]
    one_step(lambda: modeling.set_node_fields(lead, crm_stages=[" Lead In ", "appointmentscheduled"]))
    assert modeling.doc.node(lead).crm_stages == ("Lead In", "appointmentscheduled")


@pytest.mark.parametrize("names, words", [
    (["Demo", "demo "], "“demo” is already a CRM stage of this step."),
    (["  "], "needs at least one character"),
])
def test_should_refuse_a_name_twice_or_empty_and_change_nothing(modeling, three, names, words):
    before = modeling.doc.to_dict()
    with pytest.raises(ValueError, match=words):
        modeling.set_node_fields(three[1], crm_stages=names)
    assert modeling.doc.to_dict() == before and modeling.undo_stack.count() == 0


def test_should_refuse_a_name_another_step_claims_and_name_that_step(modeling, three):
    lead, demo, won = three[:3]
    modeling.set_node_fields(won, crm_stages=["Closed Won"])
    before = modeling.doc.to_dict()
    with pytest.raises(ValueError, match="“closed won” is already the CRM stage of “Won”"):
        modeling.set_node_fields(demo, crm_stages=["closed won"])
    assert modeling.doc.to_dict() == before


def test_should_refuse_crm_names_on_a_decision(modeling):
    decision = modeling.add_node("decision", 0, 0)
    with pytest.raises(ValueError, match="not a field of this kind"):
        modeling.set_node_fields(decision, crm_stages=["Budget"])


# ---- bend points -------------------------------------------------------------------------
def test_moving_both_ends_moves_the_bends_in_the_same_step(modeling, one_step, three):
    lead, demo, _won, first, second = three
    one_step(lambda: modeling.move_nodes({lead: (10.0, 150.0), demo: (310.0, 150.0)}))
    assert modeling.doc.link(first).points == ((160.0, 60.0),)


def test_moving_one_end_clears_the_bends_in_the_same_step(modeling, one_step, three):
    lead, _demo, _won, first, _second = three
    one_step(lambda: modeling.move_nodes({lead: (10.0, 150.0)}))
    assert modeling.doc.link(first).points == ()


def test_a_lane_that_moves_a_stage_clears_the_bends_of_its_links(modeling, one_step, three):
    lead, _demo, _won, first, _second = three
    assert modeling.doc.node(lead).owner == "marketing"
    one_step(lambda: modeling.set_node_fields(lead, owner="sales"))
    assert modeling.doc.node(lead).owner == "sales" and modeling.doc.link(first).points == ()


def test_reconnecting_a_link_clears_its_bends(modeling, three):
    lead, _demo, won, first, _second = three
    modeling.set_link_fields(first, target=won)
    assert modeling.doc.link(first).points == ()


def test_a_pasted_link_keeps_its_bends_beside_its_pasted_ends(modeling, three):
    fragment = modeling.doc.to_dict()
    ids = modeling.paste({"nodes": fragment["nodes"][:2], "links": fragment["links"][:1]}, dx=20.0, dy=30.0)
    pasted = next(modeling.doc.link(i) for i in ids if modeling.doc.has_link(i))
    assert pasted.points == ((170.0, 70.0),)


# ---- conflicts -----------------------------------------------------------------------------
def with_conflicts(modeling, *conflicts):
    modeling.add_conflicts(conflicts)
    modeling.undo_stack.clear()


def test_keeping_ours_takes_the_conflict_off_the_list_in_one_step(modeling, one_step, three):
    demo = modeling.doc.node(three[1])
    with_conflicts(modeling, NodeConflict(id="c1", item=demo.id, fields=("name",), base=demo,
                                          theirs=demo.replace(name="Solution demo")))
    one_step(lambda: modeling.resolve_conflict("c1", "ours"))
    assert modeling.doc.conflicts() == () and modeling.doc.node(demo.id).name == "Demo"


def test_taking_their_node_puts_it_in_with_the_conflict_gone_in_one_step(modeling, one_step, three):
    demo = modeling.doc.node(three[1])
    theirs = demo.replace(name="Solution demo", crm_stages=["Demo Scheduled"])
    with_conflicts(modeling, NodeConflict(id="c1", item=demo.id, fields=("name", "crm_stages"), base=demo,
                                          theirs=theirs))
    one_step(lambda: modeling.resolve_conflict("c1", "theirs"))
    assert modeling.doc.node(demo.id) == theirs and modeling.doc.conflicts() == ()


def test_taking_their_deletion_removes_the_node_and_its_links(modeling, one_step, three):
    demo = modeling.doc.node(three[1])
    with_conflicts(modeling, NodeConflict(id="c1", item=demo.id, fields=("(deleted)",), base=demo, theirs=None))
    one_step(lambda: modeling.resolve_conflict("c1", "theirs"))
    assert not modeling.doc.has_node(demo.id) and modeling.doc.links() == []


def test_their_link_to_a_node_this_map_lacks_is_explained_and_nothing_changes(modeling, three):
    theirs = Link(id="l9", source=three[0], target="offer", kind="flow")
    with_conflicts(modeling, LinkConflict(id="c1", item="l9", fields=("target",), base=None, theirs=theirs))
    before = modeling.doc.to_dict()
    with pytest.raises(ValueError, match="names the node “offer”, which this map does not have"):
        modeling.resolve_conflict("c1", "theirs")
    assert modeling.doc.to_dict() == before and modeling.undo_stack.count() == 0


def test_taking_their_goal_lane_and_kpi(modeling, three):
    modeling.set_info(goal="20 %", kpis=[Kpi(name="Win rate", target="20 %")])
    with_conflicts(
        modeling,
        MapConflict(id="c1", item=None, fields=("goal",), base=MapInfo(goal="15 %"), theirs=MapInfo(goal="25 %")),
        LaneConflict(id="c2", item="partners", fields=("name",), base=None,
                     theirs=Lane(id="partners", name="Partners")),
        KpiConflict(id="c3", item="Win rate", fields=("target",), base=Kpi(name="Win rate"),
                    theirs=Kpi(name="Win rate", target="25 %")),
    )
    for conflict in ("c1", "c2", "c3"):
        modeling.resolve_conflict(conflict, "theirs")
    info = modeling.doc.info
    assert (info.goal, info.kpis, [lane.id for lane in modeling.doc.lanes()]) == \
        ("25 %", (Kpi(name="Win rate", target="25 %"),), ["marketing", "sales", "partners"])
    assert modeling.undo_stack.count() == 3 and modeling.doc.conflicts() == ()


def test_an_unknown_conflict_or_side_is_refused(modeling, three):
    with pytest.raises(ValueError, match="no conflict “c9”"):
        modeling.resolve_conflict("c9")
    stage = Stage(id="x", name="X")
    with_conflicts(modeling, NodeConflict(id="c1", item="x", fields=("name",), base=None, theirs=stage))
    with pytest.raises(ValueError, match="“mine”"):
        modeling.resolve_conflict("c1", "mine")


def test_a_pasted_copy_leaves_the_crm_names_with_the_original(modeling, three):
    """Two steps claiming one CRM stage would make the map unsaveable (the file refuses it)."""
    demo = three[1]
    modeling.set_node_fields(demo, crm_stages=["Demo Scheduled", "Demo held"])
    fragment = modeling.doc.to_dict()
    node = next(n for n in fragment["nodes"] if n["id"] == demo)
    twin = dict(node, crm_stages=["demo scheduled", "Solution shown"])
    ids = modeling.paste({"nodes": [node, twin]}, dx=0.0, dy=200.0)
    assert [modeling.doc.node(i).crm_stages for i in ids] == [(), ("Solution shown",)]
    assert modeling.doc.node(demo).crm_stages == ("Demo Scheduled", "Demo held")
