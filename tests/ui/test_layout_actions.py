"""Arrange ▸ Auto Layout, Align and Distribute from the menu: one undo step each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.analysis.layout import auto_layout
from salesmap_studio.model import Link, MapInfo, Outcome, SalesMap, Stage

from .helpers import assert_one_undo_step


def scattered_map() -> SalesMap:
    nodes = [Stage(id="a", name="Lead", x=500.0, y=-300.0), Stage(id="b", name="Demo", x=-200.0, y=400.0),
             Outcome(id="won", name="Won", result="won", x=40.0, y=40.0)]
    links = [Link(id="l1", source="a", target="b"), Link(id="l2", source="b", target="won")]
    return SalesMap.from_parts(MapInfo(language="en", start="a"), nodes=nodes, links=links)


@pytest.fixture
def window(window_for):
    return window_for(scattered_map())


def trigger(window, *path: str) -> None:
    """Finds the entry along Arrange and its submenus by its visible text and picks it, as a click would."""
    menu = window.menus["arrange"]
    for title in path:
        action = next(a for a in menu.actions() if a.text().replace("&", "") == title)
        if action.menu() is not None:
            menu = action.menu()
        else:
            action.trigger()


def test_auto_layout_places_every_node_in_one_undo_step(window, qtbot):
    before, steps = window.document.to_dict(), window.undo_stack.count()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    expected = auto_layout(SalesMap.from_parts(window.document.info, nodes=scattered_map().nodes(),
                                               links=scattered_map().links()))
    assert {n.id: (n.x, n.y) for n in window.document.nodes()} == expected
    assert_one_undo_step(window, before, steps)


def test_align_left_edges_of_the_selection(window, qtbot):
    window.selection.set_ids(["a", "won"])
    before, steps = window.document.to_dict(), window.undo_stack.count()
    trigger(window, "Align", "Left Edges")
    doc = window.document
    assert doc.node("a").x - 100 == doc.node("won").x - 80 == -40.0  # the leftmost edge stays
    assert_one_undo_step(window, before, steps)


def test_distribute_needs_three_items_and_says_so(window, qtbot):
    window.selection.set_ids(["a", "b"])
    before = window.document.to_dict()
    trigger(window, "Distribute", "Vertically")
    assert window.document.to_dict() == before
    assert "three or more" in window.statusBar().currentMessage()


def test_a_refused_auto_layout_is_said_in_the_status_bar_and_changes_nothing(window, qtbot, monkeypatch):
    from salesmap_studio.analysis.layout import LayoutError
    from salesmap_studio.ui import layout_actions

    def too_long(doc):
        raise LayoutError("The map is too long to lay out inside its lanes.")

    monkeypatch.setattr(layout_actions, "layout", too_long)
    before, steps = window.document.to_dict(), window.undo_stack.count()
    trigger(window, "Auto Layout")
    assert window.document.to_dict() == before and window.undo_stack.count() == steps
    assert "too long" in window.statusBar().currentMessage()


def test_auto_layout_writes_the_long_links_route_in_the_same_undo_step(window_for, qtbot):
    # a → b → c → won, and a → won past b's and c's columns: its route is kept as bend points
    nodes = [Stage(id=i, name=i.upper(), x=float(k * 50), y=float(k * 70)) for k, i in enumerate("abc")]
    nodes.append(Outcome(id="won", name="Won", result="won", x=10.0, y=300.0))
    links = [Link(id="ab", source="a", target="b"), Link(id="bc", source="b", target="c"),
             Link(id="cw", source="c", target="won"), Link(id="aw", source="a", target="won")]
    window = window_for(SalesMap.from_parts(MapInfo(language="en", start="a"), nodes=nodes, links=links))
    before, steps = window.document.to_dict(), window.undo_stack.count()
    trigger(window, "Auto Layout")
    routed = {link["id"]: link["points"] for link in window.document.to_dict()["links"]}
    assert routed["aw"] and not routed["ab"]
    assert_one_undo_step(window, before, steps)
