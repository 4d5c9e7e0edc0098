"""The remembered walks (main path, flow order) are always the ones a fresh walk finds, through any edits,
undo and redo; a rename or a move keeps them, a change of links or of the start renews them."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from salesmap_studio.analysis import flow_order as walks
from salesmap_studio.editing import Modeling
from tests.editing.test_undo_property import EDITS, apply, fresh_map


def assert_fresh(doc) -> None:
    assert walks.main_path(doc) == walks._main_path(doc)
    assert walks.flow_order(doc) == walks._flow_order(doc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(EDITS + ("start", "kind")), st.integers(0, 10_000)), min_size=1,
                max_size=30))
def test_remembered_walks_match_fresh_ones_through_edits_undo_and_redo(qapp, edits):
    modeling = Modeling(fresh_map(), QUndoStack())
    doc = modeling.doc
    for edit, n in edits:
        nodes, links = [node.id for node in doc.nodes()], [link.id for link in doc.links()]
        try:
            if edit == "start" and nodes:
                modeling.set_info(start=nodes[n % len(nodes)])
            elif edit == "kind" and links:
                modeling.set_link_fields(links[n % len(links)], kind=("flow", "yes", "objection")[n % 3])
            elif edit not in ("start", "kind"):
                apply(modeling, edit, n)
        except ValueError:
            pass
        assert_fresh(doc)
    while modeling.undo_stack.canUndo():
        modeling.undo_stack.undo()
        assert_fresh(doc)
    while modeling.undo_stack.canRedo():
        modeling.undo_stack.redo()
        assert_fresh(doc)


def test_a_rename_keeps_the_walk_and_a_new_link_renews_it(qapp):
    modeling = Modeling(fresh_map(), QUndoStack())
    a, b = modeling.add_node("stage", 0, 130), modeling.add_node("stage", 300, 130)
    first = walks.flow_order(modeling.doc)
    revision = modeling.doc.flow_revision
    modeling.set_node_fields(a, name="Lead")
    modeling.move_nodes({b: (400, 130)})
    assert modeling.doc.flow_revision == revision and walks.flow_order(modeling.doc) == first
    modeling.connect(b, a)
    assert modeling.doc.flow_revision > revision and walks.flow_order(modeling.doc) == [b, a]
    walks.flow_order(modeling.doc).append("changed by a caller")   # callers get their own list
    assert walks.flow_order(modeling.doc) == [b, a]


def test_the_flow_revision_counts_changes_of_the_flow_only(qapp):
    modeling = Modeling(fresh_map(), QUndoStack())
    doc = modeling.doc
    a, b = modeling.add_node("stage", 0, 130), modeling.add_node("stage", 300, 130)
    link = modeling.connect(a, b)
    revision = doc.flow_revision
    modeling.set_info(title="Sales process", goal="More won deals")
    modeling.set_link_fields(link, label="qualified")
    modeling.set_node_fields(a, name="Lead")
    assert doc.flow_revision == revision, "texts are not the flow"
    for change in (lambda: modeling.set_link_fields(link, kind="objection"), lambda: modeling.set_info(start=b),
                   modeling.undo_stack.undo):
        change()
        assert doc.flow_revision > revision
        revision = doc.flow_revision
