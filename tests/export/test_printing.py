"""File ▸ Print…: the same pages as the PDF, on one page or as poster sheets, through Qt's preview."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
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


def test_the_preview_switches_to_poster_sheets(qtbot, window_for, template):
    window = window_for(template("five-step", "en"))
    preview = PrintPreview(window)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    widget = preview.preview_widget()
    qtbot.waitUntil(lambda: widget.pageCount() == 1)
    qtbot.mouseClick(preview.poster, Qt.MouseButton.LeftButton)
    preview.columns.selectAll()
    qtbot.keyClicks(preview.columns, "3")
    qtbot.waitUntil(lambda: widget.pageCount() == 1 + 3 * preview.rows.value())
    preview.reject()
