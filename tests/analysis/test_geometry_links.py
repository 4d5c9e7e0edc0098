"""Links: curves from border to border, arrowheads, labels, fans, loops and objection arcs."""

from __future__ import annotations

import math

import pytest

from salesmap_studio.analysis.geometry import link_geometry, map_geometry, node_geometry
from salesmap_studio.model import Decision, Link, MapInfo, Outcome, SalesMap, Stage


def sketch(links, language="en", nodes=None) -> SalesMap:
    nodes = nodes or [Stage(id="a", name="A", x=0.0, y=0.0), Decision(id="d", name="Budget?", x=300.0, y=0.0),
                      Outcome(id="o", name="Lost", result="lost", x=600.0, y=200.0),
                      Stage(id="b", name="B", x=600.0, y=0.0)]
    built = [Link(id=f"l{i}", **fields) for i, fields in enumerate(links, 1)]
    return SalesMap.from_parts(MapInfo(language=language), nodes=nodes, links=built)


def on_border(point, geo, tol=0.6) -> bool:
    """Is the point on the node's outline (rectangle sides, diamond edges, pill ends)?"""
    x, y = point
    box = geo.box
    cx, cy = box.center
    if geo.kind == "decision":
        return abs(abs(x - cx) / (box.w / 2) + abs(y - cy) / (box.h / 2) - 1) < tol / 50
    if geo.kind == "outcome":
        r = box.h / 2
        ex = min(max(x, box.x + r), box.right - r)
        return abs(math.hypot(x - ex, y - cy) - r) < tol
    inside_x, inside_y = box.x - tol <= x <= box.right + tol, box.y - tol <= y <= box.bottom + tol
    edge = min(abs(x - box.x), abs(x - box.right), abs(y - box.y), abs(y - box.bottom))
    return inside_x and inside_y and edge < tol


def midpoint(geo):
    c1x, c1y, c2x, c2y, x, y = geo.segments[-1]
    sx, sy = geo.start
    return ((sx + 3 * c1x + 3 * c2x + x) / 8, (sy + 3 * c1y + 3 * c2y + y) / 8)


@pytest.mark.parametrize("source,target", [("a", "d"), ("d", "o"), ("d", "b"), ("b", "a"), ("o", "a")])
def test_a_link_starts_on_the_source_border_and_its_arrow_tip_touches_the_target_border(source, target):
    doc = sketch([dict(source=source, target=target)])
    geo = link_geometry(doc, "l1")
    assert on_border(geo.start, node_geometry(doc, source))
    assert on_border(geo.arrow[0], node_geometry(doc, target))
    assert len(geo.arrow) == 3


def test_yes_and_no_are_green_and_red_and_say_so_with_the_share():
    doc = sketch([dict(source="d", target="b", kind="yes"), dict(source="d", target="o", kind="no", share=0.3)])
    yes, no = link_geometry(doc, "l1"), link_geometry(doc, "l2")
    assert [line.text for line in yes.label.lines] == ["Yes"]
    assert [line.text for line in no.label.lines] == ["No · 30 %"]
    assert yes.color != no.color and not yes.dash


def test_a_german_map_labels_its_branches_ja_and_nein():
    doc = sketch([dict(source="d", target="b", kind="yes"), dict(source="d", target="o", kind="no")], "de")
    assert link_geometry(doc, "l1").label.lines[0].text == "Ja"
    assert link_geometry(doc, "l2").label.lines[0].text == "Nein"


def test_a_label_sits_on_a_background_that_holds_its_text():
    doc = sketch([dict(source="b", target="a", kind="objection", label="Too expensive — needs an ROI case")])
    label = link_geometry(doc, "l1").label
    rect = label.background.rect
    assert label.background.fill.startswith("#FFFFFF")
    for line in label.lines:
        assert rect.x < line.x and line.x + line.width < rect.right and rect.y < line.y < rect.bottom


def test_an_objection_is_a_dashed_arc_above_the_row_carrying_its_text():
    doc = sketch([dict(source="b", target="a", kind="objection", label="Too expensive")])
    geo = link_geometry(doc, "l1")
    assert geo.dash and geo.color != link_geometry(sketch([dict(source="a", target="d")]), "l1").color
    assert geo.label.lines[0].text == "Too expensive"
    top_of_row = min(node_geometry(doc, "a").box.y, node_geometry(doc, "b").box.y)
    assert geo.label.background.rect.bottom < top_of_row


def test_several_links_between_the_same_nodes_are_drawn_apart():
    doc = sketch([dict(source="a", target="d"), dict(source="a", target="d", kind="yes"),
                  dict(source="d", target="a")])
    mids = [midpoint(link_geometry(doc, f"l{i}")) for i in (1, 2, 3)]
    for i in range(3):
        for j in range(i + 1, 3):
            assert math.dist(mids[i], mids[j]) >= 12.0


def test_a_link_from_a_node_to_itself_is_a_loop_outside_the_node():
    doc = sketch([dict(source="a", target="a"), dict(source="a", target="a", kind="objection")])
    node = node_geometry(doc, "a")
    first, second = link_geometry(doc, "l1"), link_geometry(doc, "l2")
    for geo in (first, second):
        assert on_border(geo.start, node) and on_border(geo.arrow[0], node)
        assert geo.bounds.y < node.box.y - 20 and geo.bounds.right > node.box.right + 20
    assert second.bounds.w > first.bounds.w


def test_map_geometry_holds_the_same_link_as_the_incremental_helper():
    doc = sketch([dict(source="a", target="d"), dict(source="d", target="b", kind="yes")])
    assert map_geometry(doc).links["l2"] == link_geometry(doc, "l2")
