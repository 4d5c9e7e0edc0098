"""The lanes lie in one place: the bands drawn, the lane a drop joins and the layout's rows agree."""

from __future__ import annotations

from salesmap_studio.analysis.geometry.bands import lane_bands
from salesmap_studio.analysis.layout import auto_layout
from salesmap_studio.analysis.swimlanes import lane_at, lane_centre
from tests.analysis.builders import link, make_map, stage


def test_the_drawn_band_of_each_lane_holds_exactly_the_ys_that_join_it():
    doc = make_map([stage("a", owner="sales")], lanes=["sales", "presales", "legal"], lane_height=180.0)
    for band in lane_bands(doc):
        rect = band.shape.rect
        assert lane_at(doc, rect.y) == band.id and lane_at(doc, rect.bottom - 0.01) == band.id
        assert lane_centre(doc, band.id) == rect.y + rect.h / 2
    assert lane_at(doc, -0.01) is None and lane_at(doc, 3 * 180.0) is None


def test_the_layout_puts_each_stage_inside_its_owners_band():
    doc = make_map([stage("a", owner="sales"), stage("b", owner="legal"), stage("c", owner="presales")],
                   [link("a", "b"), link("b", "c")], lanes=["sales", "presales", "legal"], start="a")
    placed = auto_layout(doc)
    assert {node_id: lane_at(doc, y) for node_id, (_x, y) in placed.items()} == \
        {"a": "sales", "b": "legal", "c": "presales"}
