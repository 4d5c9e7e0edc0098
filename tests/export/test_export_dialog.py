"""File ▸ Export…: choose a format and options with mouse and keys, export, and find the choices again."""

from __future__ import annotations

import io
import shutil

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

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


def test_cancelling_a_long_export_writes_nothing_and_keeps_the_dialog_open(qtbot, window_for, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from .maps import chain_map

    window = window_for(chain_map(3000))
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    if not dialog.playbook.isChecked():
        qtbot.mouseClick(dialog.playbook, Qt.MouseButton.LeftButton)
    out = tmp_path / "big.pdf"
    type_path(qtbot, dialog, out)
    clicked = []

    def cancel_when_shown() -> None:  # the export runs in this thread: it lets the timer in while it ticks
        shown = [p for p in dialog.findChildren(QProgressDialog) if p.isVisible()]
        if shown and not clicked:
            clicked.append(shown[0].labelText())
            qtbot.mouseClick(shown[0].findChild(QPushButton), Qt.MouseButton.LeftButton)

    timer = QTimer(dialog)
    timer.timeout.connect(cancel_when_shown)
    timer.start(20)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert clicked == ["Exporting big.pdf…"]
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert dialog.isVisible() and "cancelled" in dialog.message.text()


def test_the_progress_shows_a_file_name_as_plain_text(qtbot, window_for, doc):
    from PySide6.QtWidgets import QLabel

    from salesmap_studio.ui.export_progress import ExportProgress

    window = window_for(doc)
    watch = ExportProgress(window, "<b>wall</b>.pdf")
    label = watch.dialog.findChild(QLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == "Exporting <b>wall</b>.pdf…"
    watch.close()


def export_poster(qtbot, dialog, out, sheets: tuple[int, int] | None = None) -> PdfReader:
    """Tick "Wall poster" (and type the sheets, if given), no playbook, and export to `out`."""
    choose(qtbot, dialog.page, "A4")
    if dialog.playbook.isChecked():
        qtbot.mouseClick(dialog.playbook, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.poster, Qt.MouseButton.LeftButton)
    if sheets:
        for spin, value in zip((dialog.columns, dialog.rows), sheets):
            spin.selectAll()
            qtbot.keyClicks(spin, str(value))
    type_path(qtbot, dialog, out)
    note = dialog.note.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    return PdfReader(io.BytesIO(out.read_bytes())), note


def test_ticking_wall_poster_proposes_the_fewest_sheets_that_print_the_text_at_6_pt(
        qtbot, window_for, template, tmp_path):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    reader, note = export_poster(qtbot, dialog, tmp_path / "wall.pdf")
    assert (dialog.columns.value(), dialog.rows.value()) == (3, 1)   # was 2 × 2 (7.9 pt) on 4 sheets
    assert len(reader.pages) == 1 + 3 and note == ""                 # no "below 6 pt"
    assert "6 pt" not in window.statusBar().currentMessage()


def test_a_sheet_that_would_hold_nothing_is_left_out_and_the_overview_says_so(qtbot, window_for, template, tmp_path):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    reader, note = export_poster(qtbot, dialog, tmp_path / "wall.pdf", (2, 3))
    assert note == "2 of the sheets would be blank and are left out."
    assert len(reader.pages) == 1 + 4     # the third row would print blank
    overview = reader.pages[0].extract_text()
    assert "A3 · entfällt" in overview and "B3 · entfällt" in overview
    labels = " ".join(page.extract_text() for page in reader.pages[1:])
    assert "A2 · Zeile 2 von 3" in labels and "A3 · Zeile" not in labels


def ink_rows(image, top: int, bottom: int) -> int:
    """How many pixel rows between `top` and `bottom` hold something dark (text)."""
    return sum(any(image.pixelColor(x, y).lightness() < 120 for x in range(0, image.width(), 2))
               for y in range(top, bottom))


def test_a_png_carries_the_title_and_legend_by_default_and_can_leave_them_out(qtbot, window_for, template, tmp_path):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.format, "PNG")
    assert dialog.title_and_legend.isChecked() and dialog.title_and_legend.isEnabled()
    dialog.dpi.selectAll()
    qtbot.keyClicks(dialog.dpi, "96")
    type_path(qtbot, dialog, tmp_path / "with.png")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    furnished = QImage(str(tmp_path / "with.png"))
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.title_and_legend, Qt.MouseButton.LeftButton)
    type_path(qtbot, dialog, tmp_path / "bare.png")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    bare = QImage(str(tmp_path / "bare.png"))
    assert furnished.height() > bare.height() + 100 and furnished.width() >= bare.width()
    assert ink_rows(furnished, 20, 60) >= 10 and ink_rows(bare, 0, 20) == 0       # the title's lines of text
    marketing = window.document.lane("marketing").color.lower()
    bottom = [furnished.pixelColor(x, y).name() for x in range(0, 400) for y in range(furnished.height() - 70,
                                                                                     furnished.height() - 30)]
    assert marketing in bottom                                                     # the legend's lane swatch


def test_exports_a_slide_deck_chosen_in_the_dialog(qtbot, window_for, template, tmp_path):
    from .deck_reading import all_text, open_deck

    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.format, "PPTX")
    assert not dialog.transparent.isEnabled() and not dialog.playbook.isEnabled()
    out = tmp_path / "deck.pptx"
    type_path(qtbot, dialog, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    text = all_text(open_deck(out))
    assert all(node.name.split()[0] in text for node in window.document.nodes())
    assert "Ausgangs-Checkliste" in text
