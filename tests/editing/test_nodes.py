"""Adding, moving, editing and deleting nodes through the facade."""

from __future__ import annotations

import pytest

from salesmap_studio.model.events import CHANGED


def test_should_add_a_stage_with_the_owner_of_the_lane_under_it(modeling, one_step):
    stage = one_step(lambda: modeling.add_node("stage", 100, 300))
    node = modeling.doc.node(stage)
    assert (node.kind, node.name, node.owner, node.x, node.y) == ("stage", "New stage", "sales", 100.0, 300.0)


def test_should_add_outcomes_with_their_result_and_a_fitting_name(modeling, one_step):
    lost = one_step(lambda: modeling.add_node("outcome", 0, 0, result="lost"))
    assert modeling.doc.node(lost).result == "lost"
    assert modeling.doc.node(lost).name == "Closed lost"


def test_should_refuse_an_unknown_kind_and_change_nothing(modeling):
    before = modeling.doc.to_dict()
    with pytest.raises(ValueError, match="Unknown node kind"):
        modeling.add_node("rocket", 0, 0)
    assert modeling.doc.to_dict() == before and modeling.undo_stack.count() == 0


def test_should_add_the_next_stage_to_the_right_and_link_it(modeling, one_step):
    first = modeling.add_node("stage", 0, 130, name="Lead")
    second = one_step(lambda: modeling.add_stage_after(first, "Qualified"))
    node = modeling.doc.node(second)
    assert (node.name, node.x, node.y, node.owner) == ("Qualified", 260.0, 130.0, "marketing")
    assert [(link.source, link.target, link.kind) for link in modeling.doc.links()] == [(first, second, "flow")]


def test_should_branch_a_decision_yes_first_then_no_below(modeling):
    question = modeling.add_node("decision", 0, 130)
    yes = modeling.add_stage_after(question)
    no = modeling.add_stage_after(question)
    kinds = {link.target: link.kind for link in modeling.doc.links_from(question)}
    assert kinds == {yes: "yes", no: "no"}
    assert modeling.doc.node(no).y > modeling.doc.node(yes).y


def test_should_refuse_to_continue_after_a_won_outcome(modeling):
    won = modeling.add_node("outcome", 0, 0, result="won")
    with pytest.raises(ValueError, match="ends the map"):
        modeling.add_stage_after(won)


def test_should_insert_a_decision_after_a_stage(modeling, one_step):
    stage = modeling.add_node("stage", 0, 130)
    decision = one_step(lambda: modeling.insert_decision_after(stage))
    assert modeling.doc.node(decision).kind == "decision"
    assert modeling.doc.successors(stage) == [decision]


def test_should_move_several_nodes_in_one_step(modeling, one_step):
    a = modeling.add_node("stage", 0, 100)
    b = modeling.add_node("stage", 260, 100)
    one_step(lambda: modeling.move_nodes({a: (10, 110), b: (270, 110)}))
    assert [(n.x, n.y) for n in modeling.doc.nodes()] == [(10.0, 110.0), (270.0, 110.0)]


def test_should_give_a_stage_moved_into_another_band_that_lane(modeling, one_step):
    stage = modeling.add_node("stage", 0, 130)
    one_step(lambda: modeling.move_nodes({stage: (0, 400)}))
    assert modeling.doc.node(stage).owner == "sales"


def test_should_keep_the_owner_when_layout_moves_a_stage(modeling):
    stage = modeling.add_node("stage", 0, 130)
    modeling.set_positions({stage: (0, 400)}, "Auto layout")
    assert modeling.doc.node(stage).owner == "marketing"
    assert modeling.undo_stack.undoText() == "Auto layout"


def test_should_move_a_stage_into_the_band_of_its_new_owner(modeling, one_step):
    stage = modeling.add_node("stage", 0, 130)
    one_step(lambda: modeling.set_node_fields(stage, owner="sales"))
    assert modeling.doc.node(stage).y == 390.0


def test_should_merge_repeated_edits_of_one_field_into_one_step(modeling):
    stage = modeling.add_node("stage", 0, 0)
    modeling.undo_stack.setClean()
    for days in (1.0, 12.0, 14.0):
        modeling.set_node_fields(stage, expected_days=days)
    assert modeling.undo_stack.count() == 2
    modeling.undo_stack.undo()
    assert modeling.doc.node(stage).expected_days is None


def test_should_fold_the_first_name_of_a_new_stage_into_adding_it(modeling):
    stage = modeling.add_node("stage", 0, 0)
    modeling.set_node_fields(stage, name="Discovery")
    assert modeling.undo_stack.count() == 1
    assert modeling.undo_stack.undoText() == "Add stage"
    modeling.undo_stack.undo()
    assert len(modeling.doc) == 0
    modeling.undo_stack.redo()
    assert modeling.doc.node(stage).name == "Discovery"


def test_should_refuse_an_empty_name_with_a_readable_message(modeling):
    stage = modeling.add_node("stage", 0, 0)
    before = modeling.doc.to_dict()
    with pytest.raises(ValueError, match="^Name: "):
        modeling.set_node_fields(stage, name="")
    assert modeling.doc.to_dict() == before


def test_should_refuse_an_owner_that_is_not_a_lane(modeling):
    stage = modeling.add_node("stage", 0, 0)
    with pytest.raises(ValueError, match="no lane"):
        modeling.set_node_fields(stage, owner="legal")


def test_should_set_one_field_on_several_nodes_in_one_step(modeling, one_step):
    a, b = modeling.add_node("stage", 0, 0), modeling.add_node("stage", 260, 0)
    one_step(lambda: modeling.set_nodes_field([a, b], "expected_days", 5.0))
    assert [n.expected_days for n in modeling.doc.nodes()] == [5.0, 5.0]


def test_should_delete_a_node_with_its_links_and_clear_what_named_it(modeling, one_step):
    a = modeling.add_node("stage", 0, 0)
    won = modeling.add_node("outcome", 260, 0, result="won")
    c = modeling.add_node("stage", 520, 0)
    modeling.connect(a, won)
    modeling.connect(c, a, "objection", label="Too early")
    modeling.set_info(start=won, funnel={"target": 10.0, "won_at": won})
    one_step(lambda: modeling.remove([won, c]))
    doc = modeling.doc
    assert [n.id for n in doc.nodes()] == [a] and doc.links() == []
    assert doc.start is None and doc.info.funnel.won_at is None


def test_should_put_deleted_items_back_in_their_old_order(modeling):
    ids = [modeling.add_node("stage", x * 260.0, 0) for x in range(4)]
    modeling.connect(ids[0], ids[1])
    modeling.connect(ids[1], ids[2])
    modeling.connect(ids[2], ids[3])
    before = modeling.doc.to_dict()
    modeling.remove([ids[1], ids[3]])
    modeling.undo_stack.undo()
    assert modeling.doc.to_dict() == before


def test_should_put_many_deleted_items_back_in_their_old_order_in_one_announcement(modeling):
    """Undo of a delete of many puts them in at once (the order merged, not searched per id)."""
    ids = [modeling.add_node("stage", x * 260.0, 0) for x in range(120)]
    for source, target in zip(ids, ids[1:]):
        modeling.connect(source, target)
    before = modeling.doc.to_dict()
    modeling.remove(ids[1::3] + ids[-1:])
    heard = []
    modeling.doc.events.subscribe(CHANGED, heard.append)
    modeling.undo_stack.undo()
    assert modeling.doc.to_dict() == before
    assert len(heard) == 1 and heard[0].nodes.added == set(ids[1::3] + ids[-1:])
    assert len(heard[0].links.added) == 2 * len(ids[1::3]) and not heard[0].links.removed


def test_should_ignore_deleting_nothing(modeling):
    modeling.remove(["nothing-here"])
    assert modeling.undo_stack.count() == 0


def test_should_roll_back_a_macro_that_fails_half_way(modeling):
    modeling.add_node("stage", 0, 0)
    before, steps = modeling.doc.to_dict(), modeling.undo_stack.count()
    with pytest.raises(ValueError):
        with modeling.macro("Two stages"):
            modeling.add_node("stage", 260, 0)
            modeling.add_node("rocket", 520, 0)
    assert modeling.doc.to_dict() == before
    assert modeling.undo_stack.count() == steps
