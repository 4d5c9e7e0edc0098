"""Stepping through a map in presentation mode: along the flow, choosing a branch at a decision."""

from __future__ import annotations

from salesmap_studio.analysis.flow import Walk
from tests.analysis.builders import decision, link, make_map, outcome, stage


def qualification_map():
    """lead → fit? —yes→ demo → won ; fit? —no→ nurture ; demo —objection→ lead"""
    return make_map(
        [stage("lead"), decision("fit"), stage("demo"), outcome("won"), outcome("nurture", "nurture")],
        [link("lead", "fit"), link("fit", "demo", "yes"), link("fit", "nurture", "no"),
         link("demo", "won"), link("demo", "lead", "objection")],
        start="lead",
    )


def test_right_follows_the_main_path_from_the_start():
    walk = Walk(qualification_map())
    seen = [walk.current]
    while walk.next():
        seen.append(walk.current)
    assert seen == ["lead", "fit", "demo", "won"]


def test_down_at_a_decision_chooses_the_other_branch():
    walk = Walk(qualification_map())
    walk.next()
    assert walk.chosen().kind == "yes"
    assert walk.choose_next_branch()
    assert walk.chosen().kind == "no"
    walk.next()
    assert walk.current == "nurture"
    assert not walk.next()  # an outcome is the end of the road


def test_up_goes_round_to_the_last_branch_and_left_comes_back():
    walk = Walk(qualification_map())
    walk.next()
    walk.choose_previous_branch()
    walk.next()
    assert walk.current == "nurture"
    assert walk.previous()
    assert walk.current == "fit"
    assert walk.chosen().kind == "yes"  # back at the decision, the main way is offered again


def test_a_stage_with_one_way_out_has_no_branch_to_choose():
    walk = Walk(qualification_map())
    assert not walk.choose_next_branch()
    assert not walk.previous()
    assert walk.current == "lead"


def test_an_objection_loop_can_be_walked_and_walked_back():
    walk = Walk(qualification_map(), at="demo")
    walk.choose_next_branch()
    assert walk.chosen().kind == "objection"
    walk.next()
    assert walk.current == "lead"
    walk.previous()
    assert walk.current == "demo"


def test_the_german_template_walks_from_awareness_to_won(template):
    walk = Walk(template("extended-b2b", "de"))
    seen = [walk.current]
    while walk.next() and len(seen) < 50:
        seen.append(walk.current)
    assert seen[0] == "brand-awareness"
    assert "fit-confirmed" in seen and "sql" in seen
    assert seen[-1] in {"won", "existing-customer"}


def test_an_empty_map_has_nothing_to_show(doc):
    walk = Walk(doc)
    assert walk.current is None
    assert not walk.next() and not walk.previous() and walk.ways_out() == []
