"""Edits that would take a map past a count of the spec are refused in words and change nothing (issue 20):
the saved file would be refused when it is opened again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack

from salesmap_studio.editing import Modeling
from salesmap_studio.model import ChecklistItem, Link, MapInfo, Note, SalesMap, Stage


def _modeling(**parts) -> Modeling:
    return Modeling(SalesMap.from_parts(MapInfo(title="Full map"), **parts), QUndoStack())


def _n(number: int) -> str:
    """A number as the user's locale writes it in messages."""
    return QLocale().toString(number)


def _refused(modeling: Modeling, edit, words: str) -> None:
    before = modeling.doc.to_dict()
    with pytest.raises(ValueError) as refused:
        edit()
    assert str(refused.value) == words
    assert modeling.doc.to_dict() == before
    assert modeling.undo_stack.count() == 0


def test_a_checklist_item_past_the_map_wide_total_is_refused():
    full = [Stage(id=f"s{i}", name=f"Stage {i}", exit_checklist=[ChecklistItem(text="Done")] * 200) for i in range(500)]
    modeling = _modeling(nodes=[*full, Stage(id="new", name="New")])
    words = (f"A map holds at most {_n(100_000)} checklist items and substeps in all "
             f"(this change would make {_n(100_001)}).")
    _refused(modeling, lambda: modeling.set_node_fields("new", exit_checklist=[{"text": "One more"}]), words)
    _refused(modeling, lambda: modeling.set_node_fields("new", substeps=["One more"]), words)
    modeling.set_node_fields("s0", exit_checklist=[{"text": "Fewer"}])  # taking items away is always allowed
    modeling.set_node_fields("new", substeps=["One more"])


def test_bend_points_past_the_map_wide_total_are_refused():
    nodes = [Stage(id="a", name="A"), Stage(id="b", name="B", x=400.0), Stage(id="c", name="C", x=800.0)]
    bent = [Link(id=f"l{i}", source="a", target="b", points=[(100.0, float(i))] * 100) for i in range(2_000)]
    modeling = _modeling(nodes=nodes, links=[*bent, Link(id="straight", source="b", target="c")])
    words = f"A map holds at most {_n(200_000)} bend points in all (this change would make {_n(200_001)})."
    _refused(modeling, lambda: modeling.set_link_fields("straight", points=[(200.0, 50.0)]), words)
    routes = {link.id: [(100.0, 1.0)] * 100 for link in modeling.doc.links()}
    words = f"A map holds at most {_n(200_000)} bend points in all (this change would make {_n(200_100)})."
    _refused(modeling, lambda: modeling.set_positions({}, "Auto layout", routes), words)


def test_the_1001st_kpi_is_refused():
    modeling = _modeling()
    kpis = [{"name": f"KPI {i}"} for i in range(1_001)]
    _refused(modeling, lambda: modeling.set_info(kpis=kpis), f"KPIs: at most {_n(1_000)} entries (now {_n(1_001)}).")


def test_no_node_past_20000_and_no_note_past_5000():
    nodes = [Stage(id=f"s{i}", name="S", x=float(i)) for i in range(20_000)]
    modeling = _modeling(nodes=nodes, notes=[Note(id=f"n{i}") for i in range(5_000)])
    _refused(modeling, lambda: modeling.add_node("stage", 0, 0), f"A map holds at most {_n(20_000)} nodes.")
    _refused(modeling, lambda: modeling.add_stage_after("s0"), f"A map holds at most {_n(20_000)} nodes.")
    _refused(modeling, lambda: modeling.paste({"nodes": [{"id": "x", "kind": "stage", "name": "X"}]}),
             f"A map holds at most {_n(20_000)} nodes.")
    _refused(modeling, lambda: modeling.add_note(0, 0), f"A map holds at most {_n(5_000)} sticky notes.")
