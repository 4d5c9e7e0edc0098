"""A small map to query and change: lead -> budget? -> won / lost, an objection loop and a parallel link."""

from __future__ import annotations

import pytest

from salesmap_studio.model import Decision, Lane, Link, MapInfo, Note, Outcome, Phase, SalesMap, Stage
from salesmap_studio.model.events import CHANGED


@pytest.fixture
def small_map() -> SalesMap:
    nodes = [
        Stage(id="lead", name="Qualified lead", owner="sales", x=0.0, y=100.0),
        Decision(id="budget", name="Budget confirmed?", x=300.0, y=100.0),
        Outcome(id="won", name="Closed won", result="won", x=600.0, y=0.0),
        Outcome(id="lost", name="Closed lost", result="lost", x=600.0, y=200.0),
    ]
    links = [
        Link(id="l1", source="lead", target="budget"),
        Link(id="yes", source="budget", target="won", kind="yes"),
        Link(id="no", source="budget", target="lost", kind="no"),
        Link(id="again", source="lead", target="lead", kind="objection", label="Not now"),
        Link(id="l2", source="lead", target="budget", kind="flow", label="fast track"),
    ]
    return SalesMap.from_parts(
        MapInfo(title="Small map", start="lead"),
        lanes=[Lane(id="sales", name="Sales")], phases=[Phase(id="decision", name="Decision")],
        nodes=nodes, links=links, notes=[Note(id="note", text="Pricing?")],
    )


@pytest.fixture
def heard(small_map):
    """Every change the map announces from now on."""
    changes: list = []
    small_map.events.subscribe(CHANGED, changes.append)
    return changes
