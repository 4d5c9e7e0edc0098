"""File ▸ Print…: the map through Qt's print preview, on one page or as a wall poster.

Pages are laid out exactly like the PDF export (`export.pdf.pages`) and painted
from the same geometry. Page size and orientation come from the preview's own
page setup; fit-or-poster and the sheet count from the controls added to it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QToolBar

from ..analysis.geometry import map_geometry
from ..export.pdf.pages import choose_orientation, poster_sheets
from ..export.pdf.words import say
from ..export.qt_pages import Paper, paint_map_page, paint_poster_sheet
from .export_choices import load_choices, save_choices
from .export_dialog import add_file_action

QT_PAGES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3, "A2": QPageSize.PageSizeId.A2,
            "A1": QPageSize.PageSizeId.A1, "Letter": QPageSize.PageSizeId.Letter,
            "Legal": QPageSize.PageSizeId.Legal, "Tabloid": QPageSize.PageSizeId.Tabloid}


translate = QCoreApplication.translate  # lupdate reads the context from each call, not from a helper


def set_up_printer(printer: QPrinter, doc, page: str, orientation: str) -> None:
    """Page size and orientation as the PDF export would choose them ('auto': the larger print)."""
    chosen = choose_orientation(page, orientation, map_geometry(doc).bounds)
    turn = QPageLayout.Orientation.Landscape if chosen == "landscape" else QPageLayout.Orientation.Portrait
    layout = QPageLayout(QPageSize(QT_PAGES[page]), turn, QMarginsF(0, 0, 0, 0))
    printer.setPageLayout(layout)
    printer.setFullPage(True)   # our own margins, the same as in the PDF


def print_map(printer: QPrinter, doc, poster: tuple[int, int] | None = None) -> int:
    """Paint the map on the printer's pages; returns the number of pages."""
    geometry = map_geometry(doc)
    rect = printer.pageLayout().fullRect(QPageLayout.Unit.Point)
    paper = Paper(rect.width(), rect.height(), printer.resolution() / 72.0)
    painter = QPainter(printer)
    if poster is None:
        paint_map_page(painter, paper, geometry, doc.info.title, doc.info.goal)
        painter.end()
        return 1
    cols, rows = poster
    sheets = poster_sheets((paper.w, paper.h), cols, rows)
    for index, sheet in enumerate(sheets):
        if index:
            printer.newPage()
        label = say("sheet", doc.info.language, name=sheet.name(), row=sheet.row + 1, rows=rows,
                    col=sheet.col + 1, cols=cols)
        paint_poster_sheet(painter, paper, geometry, sheet, cols, rows, f"{label}  —  {doc.info.title}")
    painter.end()
    return len(sheets)


class PrintPreview(QPrintPreviewDialog):
    """Qt's print preview with a 'Wall poster of C × R sheets' control row."""

    def __init__(self, window) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.choices = load_choices(window.path)
        set_up_printer(self.printer, window.document, self.choices.page, self.choices.orientation)
        super().__init__(self.printer, window)
        self.window_ = window
        self.setWindowTitle(translate("Printing", "Print map"))
        self.poster = QCheckBox(translate("Printing", "Wall poster of"))
        self.poster.setChecked(self.choices.poster)
        self.columns, self.rows = QSpinBox(), QSpinBox()
        for spin, value in ((self.columns, self.choices.columns), (self.rows, self.choices.rows)):
            spin.setRange(1, 20)
            spin.setValue(value)
            spin.valueChanged.connect(self._changed)
        self.poster.toggled.connect(self._changed)
        bar = QToolBar(translate("Printing", "Poster"), self)
        sheets = QLabel(translate("Printing", " sheets"))
        for widget in (self.poster, self.columns, QLabel(" × "), self.rows, sheets):
            bar.addWidget(widget)
        self.layout().setMenuBar(bar)
        self.paintRequested.connect(self._paint)

    def poster_size(self) -> tuple[int, int] | None:
        return (self.columns.value(), self.rows.value()) if self.poster.isChecked() else None

    def preview_widget(self) -> QPrintPreviewWidget:
        return self.findChild(QPrintPreviewWidget)

    def _changed(self) -> None:
        self.preview_widget().updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        print_map(printer, self.window_.document, self.poster_size())

    def done(self, result: int) -> None:
        poster = self.poster_size()
        save_choices(self.window_.path, replace(self.choices, poster=poster is not None,
                                                columns=self.columns.value(), rows=self.rows.value()))
        super().done(result)


def install(window) -> None:
    window.print_action = add_file_action(window, translate("Printing", "&Print…"),
                                          lambda: PrintPreview(window).exec(),
                                          [QKeySequence.StandardKey.Print])
