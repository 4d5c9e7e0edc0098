"""The shared Qt painter draws the geometry: a rendered template is a real, colourful picture."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter

from salesmap_studio.analysis.geometry import map_geometry
from salesmap_studio.export.qt_paint import paint_map


def render(geo, scale=0.25) -> QImage:
    b = geo.bounds
    image = QImage(int(b.w * scale) + 1, int(b.h * scale) + 1, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(-b.x, -b.y)
    paint_map(painter, geo)
    painter.end()
    return image


def colours(image: QImage, step=3) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


def test_the_extended_template_renders_lanes_cards_and_links(qapp, template):
    image = render(map_geometry(template("extended-b2b", "en")))
    seen = colours(image)
    assert len(seen) > 50  # bands, cards, text, coloured links: far from blank
    white = QColor("white").rgba()
    non_white = sum(1 for c in seen if c != white)
    assert non_white > 40


def test_a_node_is_drawn_where_its_geometry_says(qapp, template):
    doc = template("five-step", "en")
    geo = map_geometry(doc)
    image = render(geo, scale=1.0)
    node = next(iter(geo.nodes.values()))
    cx, cy = node.box.center
    border_x = int(node.box.x - geo.bounds.x)
    row = [QColor(image.pixel(x, int(cy - geo.bounds.y))) for x in range(border_x - 3, border_x + 4)]
    assert min(c.lightness() for c in row) < 235  # the card's border line is there
