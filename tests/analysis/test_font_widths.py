"""The text measure reads the bundled fonts' widths itself; they must be reportlab's, so print matches screen,
and Qt draws each face within 1 % of them (DESIGN.md: "One look, several painters")."""

from __future__ import annotations

import struct

import pytest
from reportlab.pdfbase import pdfmetrics

from salesmap_studio.analysis.geometry import font_widths
from salesmap_studio.analysis.geometry.text import FACES, font_file, font_name, register_fonts, text_width

SAMPLES = ("Qualifizierung · 30 %", "Übergabe an Customer Success", "Vertriebsqualifizierter Lead (SQL)",
           "Demo / solution presentation", "Łódź · Zürich · „Referenz“ €")


@pytest.mark.parametrize("face", FACES)
def test_the_widths_are_reportlabs_for_every_code_point(face):
    register_fonts()
    font = pdfmetrics.getFont(font_name(*face)).face
    widths, default = font_widths.advance_widths(font_file(*face))
    assert widths == font.charWidths and default == font.defaultWidth


@pytest.mark.parametrize("face", FACES)
def test_the_bmp_map_gives_the_same_glyphs_as_the_full_map(face):
    """The fonts carry both kinds of character map reportlab reads; the reader knows both."""
    data = font_file(*face).read_bytes()
    cmap = font_widths.table_offsets(data)["cmap"]
    records = [struct.unpack_from(">HHI", data, cmap + 4 + 8 * i) for i in range(struct.unpack_from(">H", data, cmap + 2)[0])]
    by_format = {struct.unpack_from(">H", data, cmap + offset)[0]: font_widths.glyph_map(data, cmap + offset)
                 for _platform, _encoding, offset in records}
    bmp = {char: glyph for char, glyph in by_format[12].items() if char <= 0xFFFF}
    assert {char: glyph for char, glyph in by_format[4].items() if glyph} == bmp


def test_measured_text_is_what_reportlab_measures():
    register_fonts()
    for text in ("Qualifizierung · 30 %", "Übergabe an Customer Success", "☑ 3", "a\u00a0b"):
        for face in FACES:
            assert text_width(text, 15.0, *face) == pytest.approx(pdfmetrics.stringWidth(text, font_name(*face), 15.0))


def test_the_condensed_face_is_narrower_than_the_bold_one():
    for text in SAMPLES:
        assert text_width(text, 20.0, True, condensed=True) < 0.93 * text_width(text, 20.0, True)


@pytest.mark.parametrize("face", FACES)
def test_qt_draws_each_face_within_one_percent_of_the_measure_and_never_wider(qapp, face):
    from PySide6.QtGui import QFontInfo, QFontMetricsF

    from salesmap_studio.export.qt_paint import scene_font

    font = scene_font(200, *face)   # large: whole pixels, so the rounding of a small size does not count
    assert (QFontInfo(font).bold(), QFontInfo(font).styleName().startswith("Condensed")) == face
    for text in SAMPLES:
        drawn, measured = QFontMetricsF(font).horizontalAdvance(text), text_width(text, 200.0, *face)
        assert measured * 0.99 <= drawn <= measured + 1e-6, (text, drawn, measured)
