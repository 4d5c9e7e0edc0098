"""A printout carries the PDF export's page furniture: the legend, the footer with file name and
"Page n of N", and for a poster the assembly overview, crop marks and sheet labels, in the same
words and at the same places. Printed through QPrinter into a PDF file and read back."""

from __future__ import annotations

import io
import subprocess

from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from salesmap_studio.export.pdf import PdfOptions, render_pdf
from salesmap_studio.export.pdf.furniture import crop_marks
from salesmap_studio.export.pdf.pages import sheet_area
from salesmap_studio.analysis.words import say
from salesmap_studio.ui.icons import icon
from salesmap_studio.ui.printing import print_map, set_up_printer

FILE = "workshop.smap"


def printed(tmp_path, doc, poster=None, page="A4") -> tuple[PdfReader, str]:
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    set_up_printer(printer, doc, page, "auto", poster)
    pages = print_map(printer, doc, poster, FILE)
    reader = PdfReader(out)
    assert pages == len(reader.pages)
    return reader, str(out)


def exported(doc, poster=None, page="A4") -> PdfReader:
    return PdfReader(io.BytesIO(render_pdf(doc, PdfOptions(page=page, poster=poster), FILE).data))


def text(reader: PdfReader, index: int) -> str:
    return " ".join(reader.pages[index].extract_text().split())


def places(reader: PdfReader, index: int) -> list[tuple[str, float, float]]:
    """Each text run with where its baseline starts on the page, in points."""
    runs = []

    def visit(run, cm, tm, _font, _size):
        if run.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((" ".join(run.split()), x, y))

    reader.pages[index].extract_text(visitor_text=visit)
    return runs


def place_of(reader: PdfReader, index: int, words: str) -> tuple[float, float]:
    return next((x, y) for run, x, y in places(reader, index) if run.startswith(words))


def test_a_printed_page_has_the_legend_and_a_footer_with_file_name_and_page_count(qapp, template, tmp_path):
    doc = template("extended-b2b", "en")
    reader, _ = printed(tmp_path, doc)
    page = text(reader, 0)
    for words in [lane.name for lane in doc.lanes()] + ["Flow", "Yes", "No", "Objection", FILE, "Page 1 of 1"]:
        assert words in page
    assert f"{FILE} · {doc.info.title}" in page


def test_a_german_map_prints_a_german_footer_and_legend(qapp, template, tmp_path):
    reader, _ = printed(tmp_path, template("extended-b2b", "de"))
    page = text(reader, 0)
    assert "Seite 1 von 1" in page and "Ablauf" in page and "Einwand" in page and "Page" not in page


def test_a_2_by_1_poster_prints_the_overview_then_two_labelled_sheets(qapp, template, tmp_path):
    doc = template("extended-b2b", "en")
    reader, _ = printed(tmp_path, doc, poster=(2, 1))
    assert len(reader.pages) == len(exported(doc, poster=(2, 1)).pages) == 3
    overview = text(reader, 0)
    assert say("assembly", "en", cols=2, rows=1) in overview
    assert "A1" in overview and "B1" in overview and "Flow" in overview and "Page 1 of 3" in overview
    # The whole legend, as in the PDF (Qt's A4 is 0.28 pt narrower: the last entry used to drop out),
    # drawn after the overview's white poster area, not under it (text order is drawing order).
    assert "Objection" in overview and overview.index("Objection") > overview.index("B1")
    for index, name in ((1, "A1"), (2, "B1")):
        sheet = text(reader, index)
        assert f"{name} · row 1 of 1, column {index} of 2 — {doc.info.title}" in sheet
        assert f"Page {index + 1} of 3" in sheet and FILE in sheet


def test_the_furniture_prints_where_the_pdf_puts_it(qapp, template, tmp_path):
    doc = template("extended-b2b", "de")
    title = doc.info.title   # lane names are left out: the map's lane headers say them too
    for poster, furniture in ((None, [[title, doc.info.goal, "Ablauf", "Einwand", "Seite 1 von"]]),
                              ((2, 1), [[title, "Poster zusammensetzen", "A1", "Ablauf", "Seite 1 von"],
                                        ["A1 · Zeile 1", "Seite 2 von"], ["B1 · Zeile 1", "Seite 3 von"]])):
        paper, pdf = printed(tmp_path, doc, poster)[0], exported(doc, poster)
        for index, phrases in enumerate(furniture):
            for words in phrases:
                (px, py), (ex, ey) = place_of(paper, index, words), place_of(pdf, index, words)
                assert abs(px - ex) < 1 and abs(py - ey) < 1, (poster, index, words, (px, py), (ex, ey))


def test_poster_sheets_print_crop_marks_at_the_corners_of_the_image_area(qapp, template, tmp_path):
    _, path = printed(tmp_path, template("five-step", "en"), poster=(2, 1), page="A4")
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-f", "2", "-l", "2", path, str(tmp_path / "sheet")], check=True)
    image = QImage(str(next(tmp_path.glob("sheet*.pgm"))))
    k = 300 / 72
    page = (image.width() / k, image.height() / k)
    for mark in crop_marks(sheet_area(page)):
        x, y = (mark.x0 + mark.x1) / 2 * k, (page[1] - (mark.y0 + mark.y1) / 2) * k
        darkest = min(image.pixelColor(int(x) + dx, int(y) + dy).lightness() for dx in (-1, 0, 1) for dy in (-1, 0, 1))
        assert darkest < 100, mark


def test_the_print_action_shows_the_print_icon(window_for, template):
    window = window_for(template("five-step", "en"))
    assert window.print_action in window.menus["file"].actions()
    assert window.print_action.icon().cacheKey() == icon("print").cacheKey()
