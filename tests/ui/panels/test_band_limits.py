"""A map at the spec's count of lanes or phases refuses one more, in words, and stays as it was (issue 20)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.model import Lane, MapInfo, Phase, SalesMap
from salesmap_studio.ui.panels import band_list
from salesmap_studio.ui.panels.map_inspector import MapInspector

from .keys import Keyboard


@pytest.mark.parametrize("kind", ["lanes", "phases"])
def test_the_201st_lane_or_phase_is_refused_with_a_message(qtbot, context_for, shown, monkeypatch, kind):
    made = Lane if kind == "lanes" else Phase
    doc = SalesMap.from_parts(MapInfo(title="Many bands"), **{kind: [made(id=f"b{i}", name=f"Band {i}")
                                                                     for i in range(200)]})
    context = context_for(doc)
    panel = shown(MapInspector(context), height=1100)
    panel.show_ids([])
    monkeypatch.setattr(band_list, "ask_band_name", lambda *args: "One more")
    before = doc.to_dict()
    getattr(panel, kind).setFocus()
    Keyboard(qtbot).press(Qt.Key.Key_Insert)
    assert context.reports == [f"A map holds at most 200 {kind}."]
    assert doc.to_dict() == before
    assert context.modeling.undo_stack.count() == 0
