"""The bundled templates as a facilitator first sees and prints them: compact, tidy, and a funnel that adds up."""

from __future__ import annotations

import pytest

from salesmap_studio.analysis.funnel import compute_funnel
from salesmap_studio.analysis.geometry import map_geometry
from salesmap_studio.analysis.geometry.shapes import SIZES

TEMPLATES = [(name, lang) for name in ("extended-b2b", "five-step") for lang in ("en", "de")]


def box(x, y, kind):
    w, h = SIZES[kind]
    return x - w / 2, y - h / 2, x + w / 2, y + h / 2


@pytest.mark.parametrize("name, lang", TEMPLATES)
def test_templates_have_no_overlapping_boxes_and_keep_every_owned_node_in_its_lane(template, name, lang):
    doc = template(name, lang)
    boxes = [box(n.x, n.y, n.kind) for n in doc.nodes()] + [box(n.x, n.y, "note") for n in doc.notes()]
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]
    height = doc.info.lane_height
    for node in doc.nodes():
        owner = getattr(node, "owner", None)
        if owner:
            top = doc.lane_index(owner) * height
            assert top <= node.y - SIZES[node.kind][1] / 2 and node.y + SIZES[node.kind][1] / 2 <= top + height


@pytest.mark.parametrize("name, lang", TEMPLATES)
def test_templates_fit_a_landscape_page_without_shrinking_to_specks(template, name, lang):
    bounds = map_geometry(template(name, lang)).bounds
    assert bounds.w <= 2400 and bounds.w / bounds.h <= 2.4


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_extended_funnel_counts_signed_contracts_and_the_customers_that_follow(template, lang):
    result = compute_funnel(template("extended-b2b", lang))
    assert 1000 <= result.entries <= 5000
    assert result.volumes["contract-signed"] == pytest.approx(result.target)
    for after_sale in ("implementation", "go-live", "new-customer", "existing-customer", "won"):
        assert 0.5 * result.target < result.volumes[after_sale] <= result.target
