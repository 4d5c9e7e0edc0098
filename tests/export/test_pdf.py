"""The PDF: text that copies out as typed, embedded fonts, exact page sizes, header, footer, legend."""

from __future__ import annotations

import io
import subprocess

import pytest
from pypdf import PdfReader

from salesmap_studio.export.pdf import PdfOptions, export_pdf, render_pdf

from .maps import UNICODE_NAMES, chain_map, unicode_map


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_text(reader: PdfReader, index: int = 0) -> str:
    """The page's text with every run of white space as one space (lines wrap anywhere)."""
    return " ".join(reader.pages[index].extract_text().split())


def test_every_name_copies_out_of_the_pdf_as_the_same_text_in_pypdf_and_pdftotext(tmp_path):
    path = tmp_path / "karte.pdf"
    export_pdf(unicode_map(), path, PdfOptions(page="A3"))
    text = page_text(PdfReader(path))
    poppler = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for name in UNICODE_NAMES + ["Budget?", "Gewonnen", "Vertrieb", "Phase 1", "Ja"]:
        assert name in text
        assert name in poppler


def test_all_fonts_are_embedded_subsets(tmp_path):
    path = tmp_path / "map.pdf"
    export_pdf(unicode_map(), path, PdfOptions(playbook=True))
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows
    for row in rows:
        name, emb, sub = row.split()[0], row.split()[-5], row.split()[-4]
        assert (emb, sub) == ("yes", "yes"), row
        assert "DejaVu" in name


def test_a3_landscape_measures_1190_by_842_points():
    reader = read(render_pdf(unicode_map(), PdfOptions(page="A3", orientation="landscape")).data)
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == (1190.55, 841.89)


@pytest.mark.parametrize("page,size", [("A4", (595.28, 841.89)), ("Letter", (612, 792)), ("Legal", (612, 1008)),
                                       ("Tabloid", (792, 1224)), ("A1", (1683.78, 2383.94)), ("A2", (1190.55, 1683.78))])
def test_each_page_size_prints_in_portrait_when_asked(page, size):
    box = read(render_pdf(unicode_map(), PdfOptions(page=page, orientation="portrait")).data).pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == size


def test_auto_orientation_turns_the_page_to_print_a_wide_map_larger():
    box = read(render_pdf(unicode_map(), PdfOptions(page="A4")).data).pages[0].mediabox
    assert box.width > box.height


def test_the_map_page_has_title_goal_legend_and_a_footer_with_file_name_and_page_count(tmp_path):
    path = tmp_path / "workshop.pdf"
    export_pdf(unicode_map("en"), path, PdfOptions(page="A4"))
    text = page_text(PdfReader(path))
    for expected in ("Unicode-Karte", "Alles druckt richtig", "workshop.pdf", "Page 1 of 1", "Flow", "Objection"):
        assert expected in text


def test_a_german_map_gets_a_german_footer_and_legend():
    text = page_text(read(render_pdf(unicode_map("de"), PdfOptions()).data))
    assert "Seite 1 von 1" in text and "Einwand" in text and "Ablauf" in text


def test_a_map_too_big_for_the_page_warns_and_names_the_poster_that_fixes_it():
    result = render_pdf(chain_map(300), PdfOptions(page="A4"))
    (warning,) = result.warnings
    assert "below 6 pt" in warning and "A poster of" in warning
    assert render_pdf(unicode_map(), PdfOptions(page="A1")).warnings == []


def test_a_bad_option_is_refused_with_a_clear_message_and_writes_nothing(tmp_path):
    path = tmp_path / "x.pdf"
    with pytest.raises(ValueError, match="unknown page size 'B5'"):
        export_pdf(unicode_map(), path, PdfOptions(page="B5"))
    assert not path.exists()


def test_an_empty_map_exports_without_warnings_in_every_format(qapp):
    from salesmap_studio.export.image import render_png
    from salesmap_studio.export.svg import render_svg
    from salesmap_studio.model import SalesMap

    empty = SalesMap()
    for options in (PdfOptions(playbook=True), PdfOptions(poster=(2, 2))):
        result = render_pdf(empty, options)
        assert result.warnings == [] and len(read(result.data).pages) == result.pages
    assert render_png(empty)[:4] == b"\x89PNG" and b"<svg" in render_svg(empty)
