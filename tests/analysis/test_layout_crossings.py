"""After auto layout the links cross as rarely as Graphviz dot draws them: on the sales-like flows where dot
draws no crossing, neither do we, with lanes too where the flow allows it (issue 15, item 4)."""

import pytest

from salesmap_studio.analysis.geometry import map_geometry
from salesmap_studio.analysis.geometry.paths import flatten, link_crossings
from salesmap_studio.analysis.layout import layout
from salesmap_studio.analysis.layout.notes import laid_out
from salesmap_studio.analysis.swimlanes import lane_span

from .sales_graphs import sales_flow


def drawn_crossings(doc) -> int:
    """Crossings between links that share no node, on the curves the painters draw (as bench/layout.py)."""
    geometry = map_geometry(doc)
    return link_crossings(doc, {link.id: flatten(geometry.links[link.id])
                                for link in doc.links() if link.source != link.target})


@pytest.mark.parametrize("size,seed", [(size, seed) for size in (25, 40, 60) for seed in (1, 2, 3)])
def test_a_sales_flow_without_lanes_is_drawn_without_crossings(size, seed):
    # dot draws none of these with crossings; before, the 40- and 60-node flows drew objection arcs over
    # the long links the ordering had put above the main path
    assert drawn_crossings(laid_out(sales_flow(size, seed))) == 0


@pytest.mark.parametrize("size,seed", [(20, 1), (20, 3), (25, 3), (40, 1), (60, 2), (60, 3)])
def test_a_sales_flow_with_lanes_is_drawn_without_crossings(size, seed):
    # before: 4, 2, 5, 5, 3 and 16 crossings. Long links passed each column at their ideal height, not
    # between the boxes the ordering put them between, and kept to their source's lane all the way
    assert drawn_crossings(laid_out(sales_flow(size, seed, lanes=True))) == 0


def test_the_layout_is_the_same_every_time():
    doc = sales_flow(100, 2, lanes=True)
    first, second = layout(doc), layout(doc)
    assert first.positions == second.positions
    assert first.routes == second.routes


@pytest.mark.parametrize("lanes", [False, True])
def test_a_100_node_flow_is_drawn_without_crossings(lanes):
    # dot draws none; before, 2 with and without lanes: the ordering counted the "no" links into "Lost"
    # crossing each other (the drawing does not: they share a node), so it sent a detour's link to Lost
    # across the main path rather than across that bundle
    assert drawn_crossings(laid_out(sales_flow(100, 3, lanes))) == 0


def test_lost_joins_the_lane_where_the_links_into_it_end():
    # "Lost" has no owner; before, it joined the lane of the first step leading to it (the top lane, at
    # the far right), so the links from the steps near the end climbed across the main path: 12 crossings
    doc = laid_out(sales_flow(150, 3, lanes=True))
    top, bottom = lane_span(doc.lane_index("legal"), doc.info.lane_height)
    assert top <= doc.node("lost").y <= bottom
    assert drawn_crossings(doc) <= 2


@pytest.mark.parametrize("lanes", [False, True])
def test_a_link_from_the_far_side_of_the_main_path_goes_round_its_end(lanes):
    # x14 is a detour step below the main path whose link runs to "Lost" at the far right, above it (without
    # lanes); before, that link crossed the main path's last link: dot draws none, we drew 1
    doc = laid_out(sales_flow(100, 1, lanes))
    into_lost = doc.link("l13")
    assert (into_lost.source, into_lost.target) == ("x14", "lost")
    assert into_lost.points[-1][0] > doc.node("lost").x  # it comes in from behind "Lost"
    assert drawn_crossings(doc) == 0
