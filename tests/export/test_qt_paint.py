"""The shared Qt painter draws the geometry: a rendered template is a real, colourful picture."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter

from salesmap_studio.analysis.geometry import map_geometry
from salesmap_studio.export.qt_paint import paint_map
from tests.ui.pixels import dark_in, ink_in, text_box


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


def test_the_extended_template_renders_lanes_cards_and_links(qapp, template):
    geo = map_geometry(template("extended-b2b", "en"))
    image, left, top = render(geo, scale=1.0), geo.bounds.x, geo.bounds.y
    for band in geo.lanes:   # each lane's name in its header
        assert dark_in(image, *text_box(band.lines[0], left, top, 1.0)) >= 10, band.id
    for node in geo.nodes.values():   # each card in its colour, its name on it
        box = node.shape.rect
        assert ink_in(image, box.x - left, box.y - top, box.w, box.h, QColor(node.shape.fill), 30) >= box.w * box.h / 4
        assert ink_in(image, *text_box(node.lines[0], left, top, 1.0), QColor(node.lines[0].color)) >= 10, node.id
    for link in geo.links.values():   # each arrowhead in its link's colour
        xs, ys = [x for x, _ in link.arrow], [y for _, y in link.arrow]
        head = (min(xs) - left, min(ys) - top, max(xs) - min(xs), max(ys) - min(ys))
        assert ink_in(image, *head, QColor(link.color), 40) >= 3, link.id


def test_a_node_is_drawn_where_its_geometry_says(qapp, template):
    doc = template("five-step", "en")
    geo = map_geometry(doc)
    image = render(geo, scale=1.0)
    node = next(iter(geo.nodes.values()))
    cx, cy = node.box.center
    border_x = int(node.box.x - geo.bounds.x)
    row = [QColor(image.pixel(x, int(cy - geo.bounds.y))) for x in range(border_x - 3, border_x + 4)]
    assert min(c.lightness() for c in row) < 235  # the card's border line is there
