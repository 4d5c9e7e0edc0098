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


def _side(doc, node_id: str, of: str) -> int:
    """-1 when the node stands above `of` (a node of the main path), 1 when below."""
    return -1 if doc.node(node_id).y < doc.node(of).y else 1


@pytest.mark.parametrize("lanes", [False, True])
def test_a_detour_into_lost_stands_on_losts_side_of_the_main_path(lanes):
    # x14 is a detour step after decision d13 whose link runs to "Lost" at the far right, below the main
    # path; before, x14 stood above the main path and its link had to cross the path (or go round its end)
    doc = laid_out(sales_flow(100, 1, lanes))
    assert (doc.link("l13").source, doc.link("l13").target) == ("x14", "lost")
    assert _side(doc, "x14", "s13y") == _side(doc, "lost", "s13y") == 1
    assert drawn_crossings(doc) == 0


@pytest.mark.parametrize("size,lanes", [(150, True), (200, False), (200, True)])
def test_a_loop_back_and_a_detour_into_lost_run_on_opposite_sides_of_the_main_path(size, lanes):
    # Graphviz dot draws these three flows without a crossing; before, we drew 2 on each: a detour step above
    # the main path (the "no" of Check 41?, the loop back from Stage 41 below it) whose link to "Lost" at the
    # far right crossed the main path. Moving the detour down alone would cross the loop back, moving the loop
    # up alone saves nothing, so the ordering never did either; objection loops now take the outer side
    doc = laid_out(sales_flow(size, 3, lanes))
    assert drawn_crossings(doc) == 0
    if size == 200:
        loop = doc.link("l52")
        assert (loop.kind, loop.source, loop.target) == ("objection", "s41y", "s38y")
        assert all(y < doc.node("s41y").y for _, y in loop.points)  # back above the main path
        assert _side(doc, "x42", "s41y") == _side(doc, "lost", "s41y") == 1


def test_a_loop_back_may_leave_behind_its_source():
    # the objection from Stage 64 back to Stage 60 goes out through the gap behind Stage 64 and over the
    # steps between (one crossing fewer than its other routes; dot draws 2 on this flow)
    doc = laid_out(sales_flow(150, 2, lanes=True))
    loop = doc.link("l74")
    assert (loop.kind, loop.source, loop.target) == ("objection", "s64", "s60y")
    assert loop.points[0][0] > doc.node("s64").x
    assert drawn_crossings(doc) <= 1
