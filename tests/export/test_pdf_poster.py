"""The wall poster: C × R overlapping sheets with crop marks and labels, after an assembly overview."""

from __future__ import annotations

import io

from pypdf import PdfReader

from salesmap_studio.export.pdf import PdfOptions, render_pdf
from salesmap_studio.export.pdf.pages import OVERLAP, poster_sheets, sheet_area

from .maps import chain_map


def test_a_3_by_2_poster_has_an_overview_and_six_labelled_sheets_of_the_same_size():
    result = render_pdf(chain_map(120, per_row=20), PdfOptions(page="A4", poster=(3, 2)))
    reader = PdfReader(io.BytesIO(result.data))
    assert result.pages == len(reader.pages) == 7
    assert "3 × 2" in reader.pages[0].extract_text()
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages}
    assert len(sizes) == 1
    labels = [page.extract_text() for page in reader.pages[1:]]
    for row in (1, 2):
        for col in (1, 2, 3):
            name = f"{'ABC'[col - 1]}{row}"
            assert any(f"{name} · row {row} of 2, column {col} of 3" in text for text in labels), name


def test_neighbouring_sheets_overlap_by_about_ten_millimetres():
    page = (595.28, 841.89)
    a1, b1, a2 = poster_sheets(page, 2, 2)[:3]
    assert round(a1.window.right - b1.window.x, 2) == round(OVERLAP, 2) == 28.35
    assert a2.window.y == sheet_area(page).h - OVERLAP


def test_each_sheet_shows_only_its_part_of_the_map():
    reader = PdfReader(io.BytesIO(render_pdf(chain_map(40, per_row=20), PdfOptions(page="A4", poster=(2, 1))).data))
    left, right = reader.pages[1].extract_text(), reader.pages[2].extract_text()
    assert "Stage 1 with" in left and "Stage 1 with" not in right
    assert "Stage 20 with" in right and "Stage 20 with" not in left
