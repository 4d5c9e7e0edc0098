"""The parking lot in the PDF: the sticky notes as a list of open questions after the map, when chosen."""

from __future__ import annotations

import io
import shutil

from pypdf import PdfReader
from PySide6.QtCore import Qt

from salesmap_studio.cli import main
from salesmap_studio.export.pdf import PdfOptions, render_pdf
from salesmap_studio.model import Note
from salesmap_studio.ui.export_dialog import ExportDialog

from .test_cli_export import TEMPLATE, one_line_error


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def outline_titles(reader: PdfReader) -> list[str]:
    return [entry.title for entry in reader.outline if not isinstance(entry, list)]


def test_the_notes_follow_the_map_as_a_list_with_tick_boxes(template):
    doc = template("extended-b2b", "en")
    result = render_pdf(doc, PdfOptions(page="A3", parking_lot=True))
    reader = read(result.data)
    assert result.pages == len(reader.pages) == 2
    text = " ".join(reader.pages[1].extract_text().split())
    assert "Parking lot" in text and f"Open questions from the workshop ({len(doc.notes())})" in text
    for note in doc.notes():
        assert " ".join(note.text.split()) in text
    assert text.count("☐") == len(doc.notes())
    assert "Parking lot" in outline_titles(reader)


def test_without_the_choice_the_pdf_is_the_map_alone(template):
    reader = read(render_pdf(template("five-step", "en"), PdfOptions(page="A4")).data)
    assert len(reader.pages) == 1 and "Parking lot" not in reader.pages[0].extract_text()


def test_after_the_playbook_in_german_with_an_empty_note_left_out(template):
    doc = template("extended-b2b", "de")
    doc._insert_note(Note(id=doc.new_note_id(), text="   "))
    reader = read(render_pdf(doc, PdfOptions(page="A3", playbook=True, parking_lot=True)).data)
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "Parkplatz" in last and "Offene Fragen aus dem Workshop (2)" in last
    assert "Rechtsabteilung" in last and last.count("☐") >= 2
    titles = outline_titles(reader)
    assert titles.index("Parkplatz") > titles.index("Playbook")


def test_a_map_without_notes_says_there_are_no_open_questions(template):
    doc = template("blank", "en")
    reader = read(render_pdf(doc, PdfOptions(page="A4", parking_lot=True)).data)
    assert "No open questions" in reader.pages[-1].extract_text()


def test_cli_writes_the_parking_lot_and_refuses_it_for_an_svg(tmp_path, capsys):
    out = tmp_path / "map.pdf"
    assert main(["export", TEMPLATE, str(out), "--page", "A3", "--parking-lot"]) == 0
    assert "Parkplatz" in PdfReader(out).pages[-1].extract_text()
    capsys.readouterr()
    svg = tmp_path / "map.svg"
    assert main(["export", TEMPLATE, str(svg), "--parking-lot"]) == 2
    assert "--parking-lot does not apply to SVG files" in one_line_error(capsys)
    assert not svg.exists()


def test_chosen_in_the_export_dialog_with_the_mouse(qtbot, window_for, template, tmp_path):
    smap = tmp_path / "map.smap"
    shutil.copy(TEMPLATE, smap)
    window = window_for(template("extended-b2b", "de"), smap)
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if dialog.playbook.isChecked():
        qtbot.mouseClick(dialog.playbook, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.parking_lot, Qt.MouseButton.LeftButton)
    out = tmp_path / "with-questions.pdf"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(out)
    assert len(reader.pages) == 2 and "Provision" in reader.pages[1].extract_text()
    again = ExportDialog(window)
    qtbot.addWidget(again)
    assert again.parking_lot.isChecked()   # remembered for this map
