"""Projector view's links' labels (issue 15): on both templates, at the fits projector view gives them on a
1,600 × 1,000 screen, each label is drawn 14 px tall where the map leaves it room, and none covers a box, a
note, an arrowhead, another link's curve or another label; the usual labels are kept where nothing larger fits."""

from __future__ import annotations

import pytest

from salesmap_studio.analysis.geometry import map_geometry
from salesmap_studio.analysis.geometry.legible import ROOM_LABEL_PX
from salesmap_studio.analysis.geometry.links import LABEL_SIZE
from salesmap_studio.analysis.geometry.paths import flatten, polyline_hits
from salesmap_studio.analysis.geometry.primitives import Rect, union
from salesmap_studio.analysis.geometry.room_labels import reach, room_labels

FITS = {"extended-b2b": 0.73, "five-step": 1.0}   # projector view's zoom (screen px per unit) at 100 %


def meets(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


@pytest.mark.parametrize("name", sorted(FITS))
@pytest.mark.parametrize("language", ["en", "de"])
def test_labels_reach_14_px_covering_no_box_arrowhead_curve_or_label(template, name, language):
    geometry = map_geometry(template(name, language))
    boxes = [n.box for n in geometry.nodes.values()] + [n.box for n in geometry.notes.values()]
    scale = FITS[name]
    larger = room_labels(geometry.links, boxes, scale, ROOM_LABEL_PX)
    drawn = {k: larger.get(k, link.label) for k, link in geometry.links.items() if link.label is not None}
    short = []
    for key, label in drawn.items():
        rect = label.background.rect
        assert reach(geometry.links[key].label).contains(rect), "within the bounds the canvas gives it"
        arrows = [union(Rect(x, y, 0, 0) for x, y in link.arrow) for link in geometry.links.values()]
        others = [other.background.rect for k, other in drawn.items() if k != key]
        assert not any(meets(rect, box) for box in [*boxes, *arrows, *others]), label.lines[0].text
        assert not any(polyline_hits(flatten(link), rect) for k, link in geometry.links.items() if k != key)
        size = min(line.size for line in label.lines)
        assert size >= LABEL_SIZE
        if size * scale < ROOM_LABEL_PX - 1e-6:
            short.append(label.lines[0].text)
    assert short == (["60 %"] if name == "extended-b2b" else []), short   # 50 units between two stages


def test_a_zoom_at_which_labels_read_keeps_them_as_they_are(template):
    geometry = map_geometry(template("extended-b2b", "en"))
    assert room_labels(geometry.links, [n.box for n in geometry.nodes.values()], 1.2, ROOM_LABEL_PX) == {}
