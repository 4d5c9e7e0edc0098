"""File ▸ Print…: the map through Qt's print preview, on one page or as a wall poster.

Pages are laid out exactly like the PDF export (`export.pdf.pages`), framed by the
same furniture (`export.pdf.furniture`: header, legend, footer, poster overview,
crop marks, sheet labels) and painted from the same geometry. Page size and
orientation come from the preview's own page setup; fit-or-poster and the sheet
count from the controls added to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QToolBar

from ..analysis.geometry import map_geometry
from ..export.pdf import PdfOptions, footer_text   # the PDF's own "date · file · title"
from ..export.pdf.furniture import footer, header, legend, overview, sheet_name
from ..export.pdf.pages import PAGE_SIZES, chosen_page, page_size, poster_scale, poster_sheets
from ..export.qt_pages import Paper, paint_map_page, paint_overview, paint_pieces, paint_poster_sheet
from .export_choices import load_choices, save_choices
from .export_dialog import add_file_action

QT_PAGES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3, "A2": QPageSize.PageSizeId.A2,
            "A1": QPageSize.PageSizeId.A1, "Letter": QPageSize.PageSizeId.Letter,
            "Legal": QPageSize.PageSizeId.Legal, "Tabloid": QPageSize.PageSizeId.Tabloid}


translate = QCoreApplication.translate  # lupdate reads the context from each call, not from a helper


def set_up_printer(printer: QPrinter, doc, page: str, orientation: str,
                   poster: tuple[int, int] | None = None) -> None:
    """Page size and orientation as the PDF export would choose them ('auto': the larger print)."""
    chosen = chosen_page(PdfOptions(page, orientation, poster), map_geometry(doc).bounds).orientation
    turn = QPageLayout.Orientation.Landscape if chosen == "landscape" else QPageLayout.Orientation.Portrait
    layout = QPageLayout(QPageSize(QT_PAGES[page]), turn, QMarginsF(0, 0, 0, 0))
    printer.setPageLayout(layout)
    printer.setFullPage(True)   # our own margins, the same as in the PDF


def _page_name(printer: QPrinter) -> str | None:
    """Our name for the printer's paper (A4, Letter…), or None for any other size."""
    current = printer.pageLayout().pageSize().id()
    return next((name for name, page_id in QT_PAGES.items() if page_id == current), None)


PagePainter = Callable[[QPainter], None]


def _pages(paper: Paper, doc, geometry, poster: tuple[int, int] | None) -> list[tuple[PagePainter, bool]]:
    """Each page but its footer, as the PDF has them, and whether it is a poster sheet (whose footer
    sits in the margin that is trimmed off)."""
    title, goal, language = doc.info.title, doc.info.goal, doc.info.language
    key = legend(paper.size, doc.lanes(), language)

    def map_page(painter: QPainter) -> None:
        paint_map_page(painter, paper, geometry, title, goal)
        paint_pieces(painter, paper, key, 1)

    if poster is None:
        return [(map_page, False)]
    cols, rows = poster
    sheets = poster_sheets(paper.size, cols, rows)
    # The printer's own page (the preview's page setup may have changed it), not the PDF's choice.
    plan = overview(paper.size, poster_scale(geometry.bounds, paper.size, cols, rows), sheets, cols, rows, language)

    def overview_page(painter: QPainter) -> None:
        # In the PDF's order: the overview's white poster area would cover a legend drawn before it.
        paint_pieces(painter, paper, header(paper.size, title, goal), 1)
        paint_overview(painter, paper, geometry, plan)
        paint_pieces(painter, paper, key, 1)

    def sheet_page(sheet) -> PagePainter:
        name = sheet_name(sheet, cols, rows, language)
        return lambda painter: paint_poster_sheet(painter, paper, geometry, sheet, cols, rows, name, title)

    return [(overview_page, False)] + [(sheet_page(sheet), True) for sheet in sheets]


def pdf_paper(width: float, height: float) -> tuple[float, float]:
    """The PDF's exact page for Qt's whole-point one (A4: 595.28 × 841.89 against 595 × 842), so the
    furniture is laid out alike; what fits in the PDF's legend row then fits on paper too."""
    for name in PAGE_SIZES:
        for orientation in ("portrait", "landscape"):
            w, h = page_size(name, orientation)
            if abs(w - width) < 1.5 and abs(h - height) < 1.5:
                return w, h
    return width, height


def print_map(printer: QPrinter, doc, poster: tuple[int, int] | None = None, file_name: str = "") -> int:
    """Paint the pages the PDF export would make (map, or poster overview and sheets) with the
    same furniture; `file_name` goes in the footer. Returns the number of pages."""
    geometry = map_geometry(doc)
    rect = printer.pageLayout().fullRect(QPageLayout.Unit.Point)
    w, h = pdf_paper(rect.width(), rect.height())
    paper = Paper(w, h, printer.resolution() / 72.0)
    pages = _pages(paper, doc, geometry, poster)
    left = footer_text(doc, file_name)
    painter = QPainter(printer)
    for number, (paint, sheet) in enumerate(pages, start=1):
        if number > 1:
            printer.newPage()
        paint(painter)
        paint_pieces(painter, paper, footer(paper.size, left, doc.info.language, number, sheet), len(pages))
    painter.end()
    return len(pages)


class PrintPreview(QPrintPreviewDialog):
    """Qt's print preview with a 'Wall poster of C × R sheets' control row."""

    def __init__(self, window) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.choices = load_choices(window.path)
        poster = (self.choices.columns, self.choices.rows) if self.choices.poster else None
        set_up_printer(self.printer, window.document, self.choices.page, self.choices.orientation, poster)
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
        # With "auto" orientation the best one depends on the poster's shape, as in the PDF;
        # the paper the user picked in the preview's own page setup stays.
        page = _page_name(self.printer)
        if self.choices.orientation == "auto" and page is not None:
            set_up_printer(self.printer, self.window_.document, page, "auto", self.poster_size())
        self.preview_widget().updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        path = self.window_.path
        print_map(printer, self.window_.document, self.poster_size(), path.name if path else "")

    def done(self, result: int) -> None:
        poster = self.poster_size()
        save_choices(self.window_.path, replace(self.choices, poster=poster is not None,
                                                columns=self.columns.value(), rows=self.rows.value()))
        super().done(result)


def install(window) -> dict:
    return {"print_action": add_file_action(window, translate("Printing", "&Print…"),
                                            lambda: PrintPreview(window).exec(),
                                            [QKeySequence.StandardKey.Print], icon_name="print")}
