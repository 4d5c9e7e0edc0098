"""A selected map looks exactly the same, pixel for pixel, whether the items' cached pictures draw
their first translucent layer (a selected link's band, a stage's shadow) by replacing the clear
pixels below it or by blending with them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from salesmap_studio.model import Decision, Lane, Link, MapInfo, Outcome, SalesMap, Stage
from salesmap_studio.ui.canvas.items import MapItem


def varied_map() -> SalesMap:
    nodes = [Stage(id="lead", name="Lead comes in", x=200.0, y=120.0, owner="sales"),
             Stage(id="qualify", name="Qualify the need", x=520.0, y=120.0, owner="sales"),
             Decision(id="budget", name="Budget?", x=840.0, y=130.0, owner="sales"),
             Stage(id="demo", name="Demo for the buyer", x=520.0, y=380.0, owner="presales"),
             Outcome(id="won", name="Won", x=1100.0, y=130.0, result="won"),
             Outcome(id="lost", name="Lost", x=1100.0, y=400.0, result="lost")]
    links = [Link(id="l1", source="lead", target="qualify"), Link(id="l2", source="qualify", target="budget"),
             Link(id="yes", source="budget", target="won", kind="yes", label="Yes"),
             Link(id="no", source="budget", target="demo", kind="no", label="No"),
             Link(id="back", source="demo", target="lead", kind="objection", label="Too expensive"),
             Link(id="far", source="lead", target="lost"), Link(id="again", source="demo", target="demo")]
    return SalesMap.from_parts(MapInfo(title="Looks", language="en", start="lead"),
                               lanes=[Lane(id="sales", name="Sales"), Lane(id="presales", name="Presales")],
                               nodes=nodes, links=links)


@pytest.fixture
def window(window_for):
    return window_for(varied_map())


def selected_picture(window, qtbot):
    """Edit ▸ Select All from nothing selected; the canvas as it then shows (every item drawn anew)."""
    QTest.keyClick(window.canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.selection.ids())
    window.menu_actions["Select &All"].trigger()
    qtbot.waitUntil(lambda: len(window.selection.ids()) == 13)
    return window.canvas.viewport().grab().toImage()


def test_a_selected_map_is_the_same_picture_with_and_without_blending_the_first_layer(window, qtbot, monkeypatch):
    window.canvas.actual_size()
    window.canvas.centerOn(650.0, 260.0)
    answers = []
    own_picture = MapItem.into_own_picture
    monkeypatch.setattr(MapItem, "into_own_picture",
                        lambda item, painter, widget: answers.append(own_picture(item, painter, widget)) or answers[-1])
    replacing = selected_picture(window, qtbot)
    assert any(answers), "the items' cached pictures were drawn without replacing"
    monkeypatch.setattr(MapItem, "into_own_picture", lambda item, painter, widget: False)
    blending = selected_picture(window, qtbot)
    assert replacing.size() == blending.size()
    assert replacing == blending
