"""PNG and SVG: pixel sizes that follow the DPI, the DPI in the file, real SVG text."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from salesmap_studio.analysis.geometry import map_geometry
from salesmap_studio.export.image import PADDING, check_size, export_png, render_png
from salesmap_studio.export.svg import export_svg

from .maps import UNICODE_NAMES, chain_map, unicode_map

SVG = "{http://www.w3.org/2000/svg}"


def expected_size(doc, dpi):
    b = map_geometry(doc).bounds
    return round((b.w + 2 * PADDING) * dpi / 96), round((b.h + 2 * PADDING) * dpi / 96)


@pytest.mark.parametrize("dpi", [96, 150, 300])
def test_png_dimensions_follow_the_dpi_and_the_dpi_is_recorded(qapp, tmp_path, dpi):
    doc = unicode_map()
    path = tmp_path / "map.png"
    export_png(doc, path, dpi=dpi)
    image = QImage(str(path))
    assert (image.width(), image.height()) == expected_size(doc, dpi)
    assert round(image.dotsPerMeterX() * 0.0254) == dpi == round(image.dotsPerMeterY() * 0.0254)


def test_a_scale_gives_that_many_pixels_per_scene_unit(qapp):
    doc = unicode_map()
    image = QImage.fromData(render_png(doc, scale=0.5))
    assert (image.width(), image.height()) == expected_size(doc, 48)


def test_white_or_transparent_background(qapp):
    doc = unicode_map()
    white = QImage.fromData(render_png(doc, dpi=40))
    clear = QImage.fromData(render_png(doc, dpi=40, transparent=True))
    assert white.pixelColor(0, 0).alpha() == 255 and white.pixelColor(0, 0).lightness() == 255
    assert clear.pixelColor(0, 0).alpha() == 0
    assert clear.pixelColor(clear.width() // 2, clear.height() // 2).alpha() > 0


def test_an_image_too_large_to_render_is_refused_with_the_dpi_that_fits(qapp, tmp_path):
    path = tmp_path / "huge.png"
    with pytest.raises(ValueError, match=r"largest PNG .* use \d+ DPI or less"):
        export_png(chain_map(200, per_row=100), path, dpi=1200)
    assert not path.exists()
    check_size(32767, 16000, 300)  # the largest side still renders
    with pytest.raises(ValueError):
        check_size(30000, 30000, 300)  # both sides fit, but 3.6 GB do not


def test_svg_parses_and_holds_every_name_as_text_with_a_viewbox_and_title(tmp_path):
    doc = unicode_map()
    path = tmp_path / "map.svg"
    export_svg(doc, path)
    root = ET.parse(path).getroot()
    b = map_geometry(doc).bounds
    x, y, w, h = map(float, root.get("viewBox").split())
    assert x <= b.x and y <= b.y and x + w >= b.x + b.w and y + h >= b.y + b.h
    assert root.find(f"{SVG}title").text == "Unicode-Karte"
    texts = [t.text for t in root.iter(f"{SVG}text")]
    for name in UNICODE_NAMES + ["Budget?", "Gewonnen", "Vertrieb"]:
        assert name in texts
    assert not list(root.iter(f"{SVG}image"))
