"""File ▸ Export…: choose a format and options with mouse and keys, export, and find the choices again."""

from __future__ import annotations

import io
import shutil

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QProgressDialog

from salesmap_studio.ui.export_dialog import ExportDialog

from .test_cli_export import TEMPLATE


def open_dialog(qtbot, window_for, template, tmp_path, name="extended-b2b", lang="de"):
    smap = tmp_path / f"{name}.smap"
    shutil.copy(TEMPLATE if name == "extended-b2b" else TEMPLATE, smap)
    window = window_for(template(name, lang), smap)
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return window, dialog


def type_path(qtbot, dialog, path) -> None:
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(path))


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry of a combo box with the keyboard, as a user would."""
    combo.setFocus()
    while combo.currentText() != text:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_file_menu_offers_export_and_print(window_for, template):
    window = window_for(template("five-step", "en"))
    texts = [action.text() for action in window.menus["file"].actions()]
    assert "&Export…" in texts and "&Print…" in texts
    assert not window.print_action.shortcut().isEmpty()


def test_exports_an_a3_poster_pdf_with_playbook_chosen_with_mouse_and_keys(qtbot, window_for, template, tmp_path):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.page, "A3")
    qtbot.mouseClick(dialog.poster, Qt.MouseButton.LeftButton)
    dialog.columns.selectAll()
    qtbot.keyClicks(dialog.columns, "3")
    dialog.rows.selectAll()
    qtbot.keyClicks(dialog.rows, "2")
    out = tmp_path / "wall.pdf"
    type_path(qtbot, dialog, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) > 7   # overview, six sheets, then the playbook
    assert "C2 · Zeile 2 von 2, Spalte 3 von 3" in reader.pages[6].extract_text()
    assert round(float(reader.pages[1].mediabox.width)) in (842, 1191)


def test_the_last_choices_come_back_for_the_same_map(qtbot, window_for, template, tmp_path):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.format, "PNG")
    dialog.dpi.selectAll()
    qtbot.keyClicks(dialog.dpi, "72")
    qtbot.mouseClick(dialog.transparent, Qt.MouseButton.LeftButton)
    out = tmp_path / "map.png"
    type_path(qtbot, dialog, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    image = QImage(str(out))
    assert round(image.dotsPerMeterX() * 0.0254) == 72 and image.hasAlphaChannel()
    again = ExportDialog(window)
    qtbot.addWidget(again)
    assert again.choices() == dialog.choices()


def test_a_folder_that_does_not_exist_is_reported_in_the_dialog_and_nothing_is_written(
        qtbot, window_for, template, tmp_path):
    _, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.format, "SVG")
    type_path(qtbot, dialog, tmp_path / "missing" / "map.svg")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Could not export")
    assert not (tmp_path / "missing").exists()


def test_the_preview_and_note_follow_the_choices(qtbot, window_for, template, tmp_path):
    _, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.page, "A4")
    before = dialog.preview.pixmap().toImage()
    assert "6 pt" in dialog.note.text()    # the whole B2B map on one A4 page prints too small
    choose(qtbot, dialog.format, "PNG")
    assert "pixels" in dialog.note.text()
    assert dialog.preview.pixmap().toImage() != before
    assert not dialog.page.isEnabled() and dialog.dpi.isEnabled()


def test_a_name_typed_without_its_ending_gets_the_format_ending(qtbot, window_for, template, tmp_path):
    _, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.format, "SVG")
    type_path(qtbot, dialog, tmp_path / "handout")
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert (tmp_path / "handout.svg").exists()
    assert not dialog.isVisible()


class ShownProgress(QObject):
    """Records the label of every progress dialog that appears on screen while installed."""

    def __init__(self) -> None:
        super().__init__()
        self.labels: list[str] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QProgressDialog):
            self.labels.append(watched.labelText())
        return False


@pytest.mark.parametrize("nodes, shown", [(320, ["Exporting 320 nodes…"]), (20, [])])
def test_a_large_map_exports_behind_a_progress_dialog(qtbot, qapp, window_for, tmp_path, nodes, shown):
    from .maps import chain_map

    window = window_for(chain_map(nodes))
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_path(qtbot, dialog, tmp_path / "big.pdf")
    seen = ShownProgress()
    qapp.installEventFilter(seen)
    try:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    finally:
        qapp.removeEventFilter(seen)
    assert (tmp_path / "big.pdf").read_bytes().startswith(b"%PDF-")
    assert seen.labels == shown   # on screen while the PDF was written (large maps only)...
    assert not [p for p in dialog.findChildren(QProgressDialog) if p.isVisible()]   # ...and gone after
