"""The text measure reads the bundled fonts' widths itself; they must be reportlab's, so print matches screen."""

from __future__ import annotations

import struct

import pytest
from reportlab.pdfbase import pdfmetrics

from salesmap_studio.analysis.geometry import font_widths
from salesmap_studio.analysis.geometry.text import font_file, font_name, register_fonts, text_width


@pytest.mark.parametrize("bold", [False, True])
def test_the_widths_are_reportlabs_for_every_code_point(bold):
    register_fonts()
    face = pdfmetrics.getFont(font_name(bold)).face
    widths, default = font_widths.advance_widths(font_file(bold))
    assert widths == face.charWidths and default == face.defaultWidth


@pytest.mark.parametrize("bold", [False, True])
def test_the_bmp_map_gives_the_same_glyphs_as_the_full_map(bold):
    """The fonts carry both kinds of character map reportlab reads; the reader knows both."""
    data = font_file(bold).read_bytes()
    cmap = font_widths.table_offsets(data)["cmap"]
    records = [struct.unpack_from(">HHI", data, cmap + 4 + 8 * i) for i in range(struct.unpack_from(">H", data, cmap + 2)[0])]
    by_format = {struct.unpack_from(">H", data, cmap + offset)[0]: font_widths.glyph_map(data, cmap + offset)
                 for _platform, _encoding, offset in records}
    bmp = {char: glyph for char, glyph in by_format[12].items() if char <= 0xFFFF}
    assert {char: glyph for char, glyph in by_format[4].items() if glyph} == bmp


def test_measured_text_is_what_reportlab_measures():
    register_fonts()
    for text in ("Qualifizierung · 30 %", "Übergabe an Customer Success", "☑ 3", "a\u00a0b"):
        for bold in (False, True):
            assert text_width(text, 15.0, bold) == pytest.approx(pdfmetrics.stringWidth(text, font_name(bold), 15.0))
