"""A routed link is drawn through its bend points as smooth turns that stay in the route's corridor: each
leg of the curve inside the box its two stops span, so a steep turn neither grazes the box beside the gap
it runs in nor swings across the links there."""

from __future__ import annotations

import pytest

from salesmap_studio.analysis.geometry import link_geometry, node_box
from salesmap_studio.analysis.geometry.paths import flatten, flatten_cubics, polyline_hits
from salesmap_studio.analysis.layout.notes import laid_out
from salesmap_studio.model import Link, MapInfo, SalesMap, Stage

from .sales_graphs import sales_flow

# From A down a steep gap (50 wide, 600 tall) to B; C stands right of the gap, clear of the route.
STEEP = ((150.0, 0.0), (200.0, 600.0), (400.0, 600.0))


def steep_map() -> SalesMap:
    nodes = [Stage(id="a", name="A", x=0.0, y=0.0), Stage(id="c", name="C", x=320.0, y=200.0),
             Stage(id="b", name="B", x=600.0, y=600.0)]
    return SalesMap.from_parts(MapInfo(language="en"), nodes=nodes,
                               links=[Link(id="ab", source="a", target="b", points=STEEP)])


def legs_outside(geometry, tolerance: float = 0.5) -> list[int]:
    """The legs (between consecutive stops) whose drawn curve leaves the box the two stops span."""
    outside, previous = [], geometry.start
    for index, segment in enumerate(geometry.segments):
        end = segment[4:]
        left, right = sorted((previous[0], end[0]))
        top, bottom = sorted((previous[1], end[1]))
        if any(x < left - tolerance or x > right + tolerance or y < top - tolerance or y > bottom + tolerance
               for x, y in flatten_cubics(previous, (segment,), 24)):
            outside.append(index)
        previous = end
    return outside


def test_a_steep_turn_stays_in_its_gap_and_clear_of_the_box_beside_it():
    doc = steep_map()
    geometry = link_geometry(doc, "ab")
    assert not polyline_hits(flatten(geometry), node_box(doc.node("c")))   # before: through C's left half
    assert legs_outside(geometry) == []


@pytest.mark.parametrize("size,seed,lanes", [(200, 1, False), (200, 1, True)])
def test_after_auto_layout_every_routed_curve_stays_in_its_corridor(size, seed, lanes):
    # before: 2 and 4 links swung up to 6 px past a stop of their route (the link into "Lost" most)
    doc = laid_out(sales_flow(size, seed, lanes))
    routed = [link.id for link in doc.links() if link.points and link.source != link.target]
    assert [link_id for link_id in routed if legs_outside(link_geometry(doc, link_id))] == []
