"""The Export dialog in a German UI: its notes and refusals are German, whatever the export layer
says on the command line or the map's language; the PDF itself keeps the map's language."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from salesmap_studio.export.pdf import render_pdf

from .test_export_dialog import choose, open_dialog, type_path

TOO_LARGE = ("Das Bild wäre 60.451 × 39.651 Pixel groß – mehr als das größte PNG, das sich erzeugen lässt "
             "(32.767 Pixel je Seite, 2 GB). Wählen Sie höchstens 1.135 DPI.")


def type_number(qtbot, spin, value: int) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def test_a_png_too_large_is_refused_in_german_and_nothing_is_written(german, qtbot, window_for, template, tmp_path):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.format, "PNG")
    type_number(qtbot, dialog.dpi, 2400)
    assert dialog.note.text() == TOO_LARGE
    out = tmp_path / "wall.png"
    type_path(qtbot, dialog, out)
    before = window.document.to_dict()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "Export nicht möglich: " + TOO_LARGE
    assert not out.exists() and list(tmp_path.glob("*.png")) == []
    assert window.document.to_dict() == before


def test_the_small_text_note_speaks_the_ui_language_while_the_pdf_keeps_the_maps(
        german, qtbot, window_for, template, tmp_path):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path, lang="en")
    choose(qtbot, dialog.page, "A4")
    note = ("Text wird auf A4 mit 3,8 pt gedruckt (unter 6 pt). Ein Poster aus 3 × 1 Blättern druckt ihn "
            "mit mindestens 6 pt.")
    assert dialog.note.text() == note
    out = tmp_path / "handout.pdf"
    type_path(qtbot, dialog, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == f"Exportiert nach {out}. {note}"
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.outline[0].title == "Map"                                # the map is English
    assert render_pdf(window.document, dialog.choices().pdf_options()).warnings == [
        "Text prints at 3.8 pt on A4 (below 6 pt). A poster of 3 × 1 sheets prints it at 6 pt or more."]


def test_a_poster_note_follows_the_chosen_orientation_as_the_pdf_does(german, qtbot, window_for, template, tmp_path):
    """A4 2 × 2 prints the B2B map at 7.9 pt in landscape but 5.3 pt in portrait: the note follows the choice."""
    _, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.page, "A4")
    qtbot.mouseClick(dialog.poster, Qt.MouseButton.LeftButton)
    type_number(qtbot, dialog.columns, 2)
    type_number(qtbot, dialog.rows, 2)
    choose(qtbot, dialog.orientation, "Querformat")
    assert dialog.note.text() == ""
    qtbot.keyClick(dialog.orientation, Qt.Key.Key_Up)
    assert dialog.orientation.currentText() == "Hochformat"
    expected = render_pdf(dialog.document, dialog.choices().pdf_options()).warnings
    assert expected == ["Text wird auf A4 mit 5,3 pt gedruckt (unter 6 pt). Ein Poster aus 3 × 1 Blättern "
                        "druckt ihn mit mindestens 6 pt."]
    assert dialog.note.text() == "2 der Blätter blieben leer und entfallen. " + expected[0]   # a 2 × 1 poster
    out = tmp_path / "wall.pdf"
    type_path(qtbot, dialog, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    sheet = PdfReader(io.BytesIO(out.read_bytes())).pages[1].mediabox
    assert float(sheet.width) < float(sheet.height)                        # the PDF printed portrait too


def test_export_has_its_icon(window_for, template):
    window = window_for(template("five-step", "en"))
    assert not window.export_action.icon().isNull()
