"""Connecting nodes, editing links and sticky notes through the facade."""

from __future__ import annotations

import pytest


@pytest.fixture
def pair(modeling):
    return modeling.add_node("stage", 0, 130), modeling.add_node("stage", 260, 130)


def test_should_connect_two_stages(modeling, one_step, pair):
    link = one_step(lambda: modeling.connect(*pair))
    assert modeling.doc.link(link).kind == "flow"


def test_should_allow_yes_and_no_only_from_a_decision(modeling, pair):
    decision = modeling.add_node("decision", 520, 130)
    assert not modeling.can_connect(pair[0], pair[1], "yes")
    assert modeling.can_connect(decision, pair[0], "yes")
    modeling.connect(decision, pair[0], "yes")
    assert not modeling.can_connect(decision, pair[1], "yes")
    before = modeling.doc.to_dict()
    with pytest.raises(ValueError, match="already has a “yes” branch"):
        modeling.connect(decision, pair[1], "yes")
    assert modeling.doc.to_dict() == before


def test_should_allow_a_loop_only_as_an_objection(modeling, pair):
    assert not modeling.can_connect(pair[0], pair[0], "flow")
    assert modeling.connect(pair[0], pair[0], "objection", label="Not now") is not None


def test_should_refuse_a_second_identical_flow_but_allow_several_objections(modeling, pair):
    modeling.connect(*pair)
    assert not modeling.can_connect(*pair)
    assert modeling.connect(pair[1], pair[0], "objection", label="Too expensive")
    assert modeling.connect(pair[1], pair[0], "objection", label="No budget")


def test_should_refuse_links_out_of_a_lost_outcome_but_not_out_of_nurture(modeling, pair):
    lost = modeling.add_node("outcome", 520, 0, result="lost")
    nurture = modeling.add_node("outcome", 520, 300, result="nurture")
    assert not modeling.can_connect(lost, pair[0])
    assert modeling.can_connect(nurture, pair[0])


def test_should_change_a_link_kind_in_one_step(modeling, one_step, pair):
    link = modeling.connect(*pair)
    one_step(lambda: modeling.set_link_fields(link, kind="objection", label="Too expensive"))
    assert (modeling.doc.link(link).kind, modeling.doc.link(link).label) == ("objection", "Too expensive")


def test_should_refuse_a_link_kind_the_rules_forbid(modeling, pair):
    link = modeling.connect(*pair)
    with pytest.raises(ValueError, match="Only a decision"):
        modeling.set_link_fields(link, kind="yes")


def test_should_refuse_a_share_above_one(modeling, pair):
    link = modeling.connect(*pair)
    with pytest.raises(ValueError, match="^Share: "):
        modeling.set_link_fields(link, share=1.5)
    assert modeling.doc.link(link).share is None


def test_should_delete_a_link_alone(modeling, one_step, pair):
    link = modeling.connect(*pair)
    one_step(lambda: modeling.remove([link]))
    assert modeling.doc.links() == [] and len(modeling.doc) == 2


def test_should_add_edit_and_delete_a_sticky_note(modeling, one_step):
    note = one_step(lambda: modeling.add_note(50, -200, "Parking lot"))
    one_step(lambda: modeling.move_nodes({note: (80, -180)}))
    assert (modeling.doc.note(note).x, modeling.doc.note(note).y) == (80.0, -180.0)
    one_step(lambda: modeling.set_note_fields(note, text="Pricing tiers?"))
    assert modeling.doc.note(note).text == "Pricing tiers?"
    one_step(lambda: modeling.remove([note]))
    assert modeling.doc.notes() == []


def test_typing_a_new_notes_text_right_away_is_part_of_adding_it(modeling, one_step):
    """As with naming a new stage: one undo takes the typed note away whole."""
    note = one_step(lambda: (modeling.add_note(50, -200), modeling.set_note_fields(modeling.doc.notes()[-1].id,
                                                                                   text="Pricing tiers?"))[0])
    assert modeling.doc.note(note).text == "Pricing tiers?"
    assert modeling.undo_stack.undoText() == "Add sticky note"


def test_should_say_why_a_link_is_refused_and_not_count_the_link_being_edited(modeling, pair):
    decision = modeling.add_node("decision", 520, 130)
    yes = modeling.connect(decision, pair[0], "yes")
    assert "already has" in modeling.connect_problem(decision, pair[1], "yes")
    assert modeling.connect_problem(decision, pair[0], "yes", ignoring=yes) is None
    assert modeling.next_branch_kind(decision) == "no"
    assert modeling.next_branch_kind(pair[0]) == "flow"
