"""File ▸ Export…: PDF (page, orientation, poster, playbook, and the "Planned versus actual" pages
when deal history is loaded), PNG (DPI, transparent), SVG, a web
page, a slide deck, or another tool's file (draw.io, Mermaid, BPMN, CSV, Excel: the interop registry's export
choices), with a live preview, a warning when text would print too small, and the last choices
remembered per map."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ..analysis.geometry import map_geometry
from ..export.deck import export_deck
from ..export.image import ImageTooLarge, check_size, export_png, image_size
from ..export.pdf import ORIENTATIONS, PAGE_SIZES, export_pdf
from ..export.pdf.pages import chosen_page, poster_that_fits, used_sides
from ..export.progress import Cancelled, Progress
from ..export.svg import export_svg
from ..export.web import export_html
from ..interop.registry import export_choice
from ..persistence import SmapError
from .export_choices import FORMATS, ExportChoices, ending, load_choices, save_choices
from .export_notes import (format_label, image_too_large, interop_note, mermaid_limits_note, number,
                           small_text_note)
from .export_preview import preview_image
from .export_progress import ExportProgress
from .icons import icon
from .pending_edits import first_commit
from .plain_text import plain_label



translate = QCoreApplication.translate  # lupdate reads the context from each call, not from a helper


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


def _check(text: str, checked: bool) -> QCheckBox:
    box = QCheckBox(text)
    box.setChecked(checked)
    return box


class ExportDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.document = window.document
        self.geometry_ = map_geometry(self.document)
        self.setWindowTitle(translate("ExportDialog", "Export map"))
        self._build(load_choices(window.path))
        self._refresh()
        self.export_button.setDefault(True)   # once it sits in the dialog, so Return exports

    # ---- building ---------------------------------------------------------
    def _build(self, c: ExportChoices) -> None:
        self._build_page_choices(c)
        self.poster = _check(translate("ExportDialog", "Wall poster of"), c.poster)
        self.columns, self.rows = _spin(1, 20, c.columns), _spin(1, 20, c.rows)
        self.playbook = _check(translate("ExportDialog", "Add the stage playbook after the map"), c.playbook)
        self.parking_lot = _check(translate("ExportDialog", "Add the parking lot (sticky notes) as a list"),
                                  c.parking_lot)
        self.evidence = _check(translate("ExportDialog", "Add the “Planned versus actual” pages (deal history)"),
                               c.evidence)
        self.evidence.setVisible(self._evidence() is not None)
        self.dpi = _spin(30, 2400, c.dpi, " DPI")
        self.transparent = _check(translate("ExportDialog", "Transparent background"), c.transparent)
        self.title_and_legend = _check(translate("ExportDialog", "Title and legend, as in the PDF"),
                                       c.title_and_legend)
        self.path = QLineEdit(c.path or self._default_path(c.format))
        browse = QPushButton(translate("ExportDialog", "Browse…"))
        browse.setAutoDefault(False)   # Return in the file name exports; it never opens a file dialog
        browse.clicked.connect(self._browse)
        self.preview, self.note, self.message = QLabel(), plain_label(), plain_label()
        self.preview.setFixedSize(QSize(360, 250))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.note, self.message):
            label.setWordWrap(True)
        self.message.setStyleSheet("color: #B03A2E;")
        self._lay_out(browse)
        self._refresh_on_changes()

    def _build_page_choices(self, c: ExportChoices) -> None:
        """Format, page size and orientation, set to the last choices made for this map."""
        self.format = QComboBox()
        for name in FORMATS:
            self.format.addItem(format_label(name), name)
        self.format.setCurrentIndex(FORMATS.index(c.format))
        self.page = QComboBox()
        self.page.addItems(list(PAGE_SIZES))
        self.page.setCurrentText(c.page)
        self.orientation = QComboBox()
        names = (translate("ExportDialog", "Automatic"), translate("ExportDialog", "Portrait"),
                 translate("ExportDialog", "Landscape"))
        for name, text in zip(ORIENTATIONS, names):
            self.orientation.addItem(text, name)
        self.orientation.setCurrentIndex(ORIENTATIONS.index(c.orientation))

    def _refresh_on_changes(self) -> None:
        """Every choice redraws the preview and the note; ticking the poster proposes its sheets."""
        for widget in (self.format, self.page, self.orientation):
            widget.currentIndexChanged.connect(self._refresh)
        self.poster.toggled.connect(self._propose_sheets)
        for box in (self.poster, self.playbook, self.parking_lot, self.evidence, self.transparent,
                    self.title_and_legend):
            box.toggled.connect(self._refresh)
        for spin in (self.columns, self.rows, self.dpi):
            spin.valueChanged.connect(self._refresh)

    def _lay_out(self, browse: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Format:"), self.format)
        form.addRow(translate("ExportDialog", "Page:"), self.page)
        form.addRow(translate("ExportDialog", "Orientation:"), self.orientation)
        poster_row = QHBoxLayout()
        sheets = QLabel(translate("ExportDialog", "sheets"))
        for widget in (self.poster, self.columns, QLabel("×"), self.rows, sheets):
            poster_row.addWidget(widget)
        poster_row.addStretch(1)
        form.addRow("", self._wrap(poster_row))
        form.addRow("", self.playbook)
        form.addRow("", self.parking_lot)
        form.addRow("", self.evidence)
        form.addRow(translate("ExportDialog", "Resolution:"), self.dpi)
        form.addRow("", self.transparent)
        form.addRow("", self.title_and_legend)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form.addRow(translate("ExportDialog", "Save as:"), self._wrap(file_row))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(translate("ExportDialog", "Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)  # Return exports
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.preview)
        top.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @staticmethod
    def _wrap(layout) -> QWidget:
        layout.setContentsMargins(0, 0, 0, 0)
        widget = QWidget()
        widget.setLayout(layout)
        return widget

    # ---- state ------------------------------------------------------------
    def choices(self) -> ExportChoices:
        return ExportChoices(
            format=self.format.currentData(), page=self.page.currentText(),
            orientation=self.orientation.currentData(), poster=self.poster.isChecked(),
            columns=self.columns.value(), rows=self.rows.value(), playbook=self.playbook.isChecked(),
            parking_lot=self.parking_lot.isChecked(), evidence=self.evidence.isChecked(),
            dpi=self.dpi.value(), transparent=self.transparent.isChecked(),
            title_and_legend=self.title_and_legend.isChecked(), path=self.path.text().strip(),
        )

    def _evidence(self) -> dict | None:
        """The figures of the deal history loaded in this window (File ▸ Load Deal History…), if any."""
        panel = getattr(self.window_, "evidence_panel", None)
        return panel.data if panel is not None else None

    def _default_path(self, fmt: str) -> str:
        base = self.window_.path or Path.home() / (self.document.info.title or "map")
        return str(Path(base).with_suffix(ending(fmt)))

    def _refresh(self) -> None:
        c = self.choices()
        pdf, png = c.format == "pdf", c.format == "png"
        for widget in (self.page, self.orientation, self.poster, self.playbook, self.parking_lot, self.evidence):
            widget.setEnabled(pdf)
        self.columns.setEnabled(pdf and c.poster)
        self.rows.setEnabled(pdf and c.poster)
        self.dpi.setEnabled(png)
        self.title_and_legend.setEnabled(png)
        self.transparent.setEnabled(c.format in ("png", "svg"))
        if c.path and Path(c.path).suffix.lower() != ending(c.format):
            self.path.setText(str(Path(c.path).with_suffix(ending(c.format))))
        self.note.setText(self._note(c))
        self.preview.setPixmap(QPixmap.fromImage(preview_image(self.geometry_, c, self.preview.size(),
                                                                 self.document.info.title, self.document.info.goal)))

    def _propose_sheets(self, on: bool) -> None:
        """Ticking "Wall poster" proposes the fewest sheets that print the text at 6 pt or more."""
        fits = poster_that_fits(self.geometry_.bounds, self.page.currentText(), self.orientation.currentData())
        if on and fits is not None:
            self.columns.setValue(fits[0])
            self.rows.setValue(fits[1])

    def _note(self, c: ExportChoices) -> str:
        """What the choice will give, in the UI's language: the image's pixel size, or the warning
        the PDF gives when its text prints small (the PDF itself speaks the map's language)."""
        bounds = self.geometry_.bounds
        if c.format == "png":
            width, height = image_size(bounds, c.dpi / 96, c.title_and_legend)
            try:
                check_size(width, height, c.dpi)
            except ImageTooLarge as err:
                return image_too_large(err)
            return translate("ExportDialog", "{w} × {h} pixels").format(
                w=number(width), h=number(height))
        if c.format == "svg":
            return translate("ExportDialog", "Scalable drawing; names stay searchable text.")
        if c.format == "pptx":
            return translate("ExportDialog", "Slides: the map as shapes you can edit, then a slide for each step.")
        if c.format == "html":
            return translate("ExportDialog", "One file that opens in any web browser, without the app and "
                                             "without a network: the map, every card, a walk-through.")
        if c.format == "mmd":
            return " ".join(filter(None, [interop_note(c.format), mermaid_limits_note(self.document)]))
        if c.format != "pdf":
            return interop_note(c.format)
        return " ".join(filter(None, [self._left_out(c), small_text_note(bounds, c.pdf_options())]))

    def _left_out(self, c: ExportChoices) -> str:
        if not c.poster:
            return ""
        page = chosen_page(c.pdf_options(), self.geometry_.bounds).size
        used_cols, used_rows = used_sides(self.geometry_.bounds, page, c.columns, c.rows)
        blank = c.columns * c.rows - used_cols * used_rows
        if not blank:
            return ""
        return translate("ExportDialog", "{n} of the sheets would be blank and are left out.").format(n=blank)

    def _browse(self) -> None:
        fmt = self.format.currentData()
        if not ending(fmt):
            path = QFileDialog.getExistingDirectory(self, translate("ExportDialog", "Export map"), self.path.text())
        else:
            path, _ = QFileDialog.getSaveFileName(self, translate("ExportDialog", "Export map"), self.path.text(),
                                                  f"{self.format.currentText()} (*{ending(fmt)})")
        if path:
            self.path.setText(path)

    # ---- exporting --------------------------------------------------------
    def export(self) -> None:
        c = self.choices()
        if not c.path:
            self.message.setText(translate("ExportDialog", "Choose where to save the file."))
            return
        if Path(c.path).suffix.lower() != ending(c.format):
            c = replace(c, path=str(Path(c.path).with_suffix(ending(c.format))))
            self.path.setText(c.path)
        watch = ExportProgress(self, Path(c.path).name)
        try:
            self._write(c, watch.progress)
        except Cancelled:
            self.message.setText(translate("ExportDialog", "Export cancelled; nothing was written."))
            return
        except SmapError as err:   # another tool's format that cannot hold this map
            self.message.setText(translate("ExportDialog", "Could not export: {error}").format(error=err.what))
            return
        except (OSError, ValueError) as err:   # an image too large, a folder that is gone, a full disk
            why = image_too_large(err) if isinstance(err, ImageTooLarge) else getattr(err, "strerror", None) or err
            self.message.setText(translate("ExportDialog", "Could not export: {error}").format(error=why))
            return
        finally:
            watch.close()
        save_choices(self.window_.path, c)
        done = translate("ExportDialog", "Exported to {path}.").format(path=c.path)
        small = self.note.text() if c.format == "pdf" else ""   # _refresh's note for these very choices
        self.window_.show_message(" ".join(filter(None, [done, small])))
        self.accept()

    def _write(self, c: ExportChoices, progress: Progress) -> None:
        if c.format == "pdf":
            export_pdf(self.document, c.path, c.pdf_options(), progress, self._evidence() if c.evidence else None)
        elif c.format == "png":
            export_png(self.document, c.path, dpi=c.dpi, transparent=c.transparent,
                       title_and_legend=c.title_and_legend, progress=progress)
        elif c.format == "html":
            export_html(self.document, c.path, progress)
        elif c.format == "pptx":
            export_deck(self.document, c.path, progress)
        elif c.format == "svg":
            export_svg(self.document, c.path, transparent=c.transparent, progress=progress)
        else:
            export_choice(self.document, c.path, c.format)


def add_file_action(window, text: str, slot, keys, icon_name: str = "") -> QAction:
    """An action in the File menu, above its last separator (before Close / Quit); what is being
    typed is committed before `slot` runs (exporting and printing read the map)."""
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(first_commit(window, slot))
    menu = window.menus["file"]
    separators = [a for a in menu.actions() if a.isSeparator()]
    if separators:
        menu.insertAction(separators[-1], action)
    else:
        menu.addAction(action)
    return action


def install(window) -> dict:
    return {"export_action": add_file_action(
        window, translate("ExportDialog", "&Export…"), lambda: ExportDialog(window).exec(), ["Ctrl+E"], "export-pdf")}
