"""Arrange ▸ Auto Layout in a German UI: a map too long for its lanes is refused in German, unchanged."""

from __future__ import annotations

from PySide6.QtCore import Qt

from salesmap_studio.analysis.layout import LanesTooLong, wrap
from salesmap_studio.model import Lane, Link, MapInfo, SalesMap, Stage
from salesmap_studio.ui.layout_actions import refusal

LONG = 12          # stages in one lane...
REACH = 1_500.0    # ...on a canvas reaching this far (the real one reaches 990,000: 4,200 stages)


def one_lane_chain(count: int) -> SalesMap:
    stages = [Stage(id=f"s{i}", name=f"Schritt {i}", owner="sales", x=0.0, y=130.0) for i in range(count)]
    links = [Link(id=f"l{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(count - 1)]
    return SalesMap.from_parts(MapInfo(language="de", start="s0"), lanes=[Lane(id="sales", name="Vertrieb")],
                               nodes=stages, links=links)


def test_a_map_too_long_for_its_lanes_is_refused_in_german_and_left_as_it_was(german, window_for, qtbot,
                                                                             monkeypatch):
    monkeypatch.setattr(wrap, "REACH", REACH)   # the canvas's size, not the code under test
    window = window_for(one_lane_chain(LONG))
    before, steps = window.document.to_dict(), window.undo_stack.count()
    qtbot.keyClick(window.canvas, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == (
        "Automatisch anordnen ist nicht möglich: Die Karte ist zu lang, um sie innerhalb ihrer Bahnen anzuordnen "
        "(12 Spalten). Teilen Sie sie auf mehrere Karten auf, oder entfernen Sie die Bahnen und ordnen Sie sie "
        "erneut an.")
    assert window.document.to_dict() == before and window.undo_stack.count() == steps


def test_the_column_count_is_written_the_german_way(german):
    assert "(4.200 Spalten)" in refusal(LanesTooLong(4200))


def test_auto_layout_has_its_icon(window_for, doc):
    window = window_for(doc)
    auto = next(a for a in window.menus["arrange"].actions() if a.text() == "Auto &Layout")
    assert not auto.icon().isNull()
