"""File ▸ Print…: the same pages as the PDF, on one page or as poster sheets, through Qt's preview."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from salesmap_studio.ui.printing import PrintPreview, print_map, set_up_printer


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_prints_the_map_on_one_landscape_page_with_title_and_names(qapp, template, tmp_path):
    doc = template("extended-b2b", "en")
    out = tmp_path / "print.pdf"
    printer = pdf_printer(out)
    set_up_printer(printer, doc, "A3", "auto")
    assert print_map(printer, doc) == 1
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert doc.info.title in text and "Proposal / quote" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "1191 x 842 pts" in info


def test_prints_a_poster_as_labelled_sheets(qapp, template, tmp_path):
    doc = template("extended-b2b", "de")
    out = tmp_path / "poster.pdf"
    printer = pdf_printer(out)
    set_up_printer(printer, doc, "A4", "landscape")
    assert print_map(printer, doc, (3, 2)) == 7   # the assembly overview, then the sheets
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "B2 · Zeile 2 von 2, Spalte 2 von 3" in text


def opened_preview(qtbot, window) -> PrintPreview:
    preview = PrintPreview(window)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def test_the_preview_switches_to_poster_sheets(qtbot, window_for, template):
    preview = opened_preview(qtbot, window_for(template("five-step", "en")))
    widget = preview.preview_widget()
    qtbot.waitUntil(lambda: widget.pageCount() == 1)
    qtbot.mouseClick(preview.poster, Qt.MouseButton.LeftButton)
    preview.columns.selectAll()
    qtbot.keyClicks(preview.columns, "3")
    qtbot.waitUntil(lambda: widget.pageCount() == 1 + 3 * preview.rows.value())
    preview.reject()


def test_switching_to_a_poster_in_the_preview_turns_the_paper_as_the_pdf_would(qtbot, window_for, template):
    from salesmap_studio.analysis.geometry import map_geometry
    from salesmap_studio.export.pdf import PdfOptions
    from salesmap_studio.export.pdf.pages import chosen_page

    window = window_for(template("extended-b2b", "en"))
    preview = opened_preview(qtbot, window)
    landscape = QPageLayout.Orientation.Landscape
    assert preview.printer.pageLayout().orientation() == landscape   # a wide map on one page
    qtbot.mouseClick(preview.poster, Qt.MouseButton.LeftButton)
    for spin, value in ((preview.columns, "3"), (preview.rows, "1")):
        spin.selectAll()
        qtbot.keyClicks(spin, value)
    page = preview.choices.page
    pdf = chosen_page(PdfOptions(page, "auto", (3, 1)), map_geometry(window.document).bounds)
    assert pdf.orientation == "portrait"   # three sheets side by side: the PDF turns the paper upright
    turned = preview.printer.pageLayout().orientation()
    assert turned == QPageLayout.Orientation.Portrait
    preview.reject()
