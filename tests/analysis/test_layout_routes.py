"""After auto layout no link runs through a box it does not join, and long links keep their route (issue 15)."""

import pytest

from salesmap_studio.analysis.geometry import map_geometry, node_box
from salesmap_studio.analysis.geometry.paths import flatten, polyline_hits
from salesmap_studio.analysis.layout.notes import laid_out
from salesmap_studio.analysis.swimlanes import lane_span

from .builders import link, make_map, outcome, stage
from .sales_graphs import sales_flow

TEMPLATES = [("five-step", "en"), ("five-step", "de"), ("extended-b2b", "en"), ("extended-b2b", "de")]
GENERATED = [(size, seed, lanes) for size in (25, 60, 120) for seed in (1, 2) for lanes in (False, True)]


def through_boxes(doc):
    """(link, node) for each link whose drawn curve enters the box of a node it does not join."""
    geometry = map_geometry(doc)
    boxes = {node.id: node_box(node) for node in doc.nodes()}
    found = []
    for link_ in doc.links():
        line = flatten(geometry.links[link_.id])
        found += [(link_.id, node_id) for node_id, box in boxes.items()
                  if node_id not in (link_.source, link_.target) and polyline_hits(line, box)]
    return found


@pytest.mark.parametrize("name,language", TEMPLATES)
def test_no_link_runs_through_a_stage_after_laying_out_a_template(name, language, template):
    assert through_boxes(laid_out(template(name, language))) == []


@pytest.mark.parametrize("size,seed,lanes", GENERATED)
def test_no_link_runs_through_a_stage_after_laying_out_a_sales_flow(size, seed, lanes):
    doc = laid_out(sales_flow(size, seed, lanes))
    assert through_boxes(doc) == []
    if lanes:
        for node in doc.nodes():
            top, bottom = lane_span(doc.lane_index(node.owner), doc.info.lane_height) if getattr(
                node, "owner", None) else (float("-inf"), float("inf"))
            assert top <= node.y <= bottom


def test_a_long_link_keeps_the_route_the_layout_gave_it():
    # a → b → c → d, and a → d skipping two columns: it passes b's and c's columns beside them
    doc = make_map([stage("a"), stage("b"), stage("c"), outcome("d")],
                   [link("a", "b"), link("b", "c"), link("c", "d"), link("a", "d")], start="a")
    laid = laid_out(doc)
    skip = next(l for l in laid.links() if (l.source, l.target) == ("a", "d"))
    assert skip.points, "the long link has bend points"
    for x, y in skip.points:
        assert laid.node("b").x - 200 < x < laid.node("c").x + 200
        assert abs(y - laid.node("b").y) > node_box(laid.node("b")).h / 2
