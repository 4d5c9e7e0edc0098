"""Any sequence of edits undoes step by step to exactly the maps it passed through, and redoes again."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from salesmap_studio.editing import Modeling
from salesmap_studio.model import Lane, MapInfo, SalesMap

EDITS = ("add", "after", "connect", "move", "rename", "remove", "note", "paste", "lane", "drop_lane", "swap_lanes")


def fresh_map() -> SalesMap:
    return SalesMap.from_parts(MapInfo(language="en"), lanes=[Lane(id="a", name="A"), Lane(id="b", name="B")])


def first_three(doc: SalesMap) -> dict:
    """A pasted fragment: the first three nodes and every link (those between them survive)."""
    whole = doc.to_dict()
    return {"nodes": whole["nodes"][:3], "links": whole["links"], "notes": whole["notes"][:1]}


def pick(ids: list[str], n: int) -> str | None:
    return ids[n % len(ids)] if ids else None


def apply(modeling: Modeling, edit: str, n: int) -> None:
    doc = modeling.doc
    nodes = [node.id for node in doc.nodes()]
    node, other = pick(nodes, n), pick(nodes, n // 3 + 1)
    lanes = [lane.id for lane in doc.lanes()]
    actions = {
        "add": lambda: modeling.add_node(("stage", "stage", "decision", "outcome")[n % 4],
                                         n * 37 % 900, n * 53 % 700),
        "after": lambda: node and modeling.add_stage_after(node, f"Step {n}"),
        "connect": lambda: node and modeling.connect(node, other, ("flow", "flow", "yes", "no", "objection")[n % 5]),
        "move": lambda: node and modeling.move_nodes({node: (n % 500, n * 7 % 600)}),
        "rename": lambda: node and modeling.set_node_fields(node, name=f"Renamed {n}"),
        "remove": lambda: node and modeling.remove([node]),
        "note": lambda: modeling.add_note(n, -n, f"Note {n}"),
        "paste": lambda: modeling.paste(first_three(doc), 40, 40),
        "lane": lambda: modeling.add_lane(f"Lane {n}"),
        "drop_lane": lambda: lanes and modeling.remove_lane(pick(lanes, n)),
        "swap_lanes": lambda: lanes and modeling.move_lane(pick(lanes, n), n % 3),
    }
    try:
        actions[edit]()
    except ValueError:
        pass  # refused edits change nothing; the walk below checks that too


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(EDITS), st.integers(0, 10_000)), min_size=1, max_size=30))
def test_should_undo_and_redo_any_sequence_of_edits_exactly(qapp, edits):
    modeling = Modeling(fresh_map(), QUndoStack())
    stack, seen = modeling.undo_stack, [modeling.doc.to_dict()]
    for edit, n in edits:
        apply(modeling, edit, n)
        now = modeling.doc.to_dict()
        if stack.count() == len(seen):  # a new step
            seen.append(now)
        elif stack.count() == len(seen) - 1 and now != seen[-1]:  # merged into the step before (typing)
            seen[-1] = now
        elif stack.count() == len(seen) - 2:  # merged back to where that step began: the step is gone
            seen.pop()
        assert now == seen[-1]
    for snapshot in reversed(seen[:-1]):
        stack.undo()
        assert modeling.doc.to_dict() == snapshot
    for snapshot in seen[1:]:
        stack.redo()
        assert modeling.doc.to_dict() == snapshot
