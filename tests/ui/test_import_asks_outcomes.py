"""File ▸ Import…: outcomes whose words say neither won nor lost are asked about in a dialog (answered
with real clicks), instead of silently becoming nurture; cancelling it opens nothing. The command
line keeps its way: nurture, listed on the map's note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from salesmap_studio.persistence import load
from salesmap_studio.ui import import_actions
from salesmap_studio.ui.outcome_results_dialog import OutcomeResultsDialog

from ..cli.runner import run_cli
from ..hostile_text import IMAGE
from ..interop.drawio_files import edge, model, mxfile, vertex
from .message_box import when_shown
from .test_import_action import imported_windows  # noqa: F401 (a fixture)

DIAGRAM = model(vertex("a", "Erstgespräch", "", 0, 0), vertex("e", "Ende", "ellipse;", 300, 0),
                vertex("x", IMAGE, "ellipse;", 300, 200), vertex("w", "Gewonnen", "ellipse;", 600, 0),
                edge("e1", "a", "e"), edge("e2", "a", "x"), edge("e3", "a", "w"))


def answer_outcomes(qtbot, clicks: dict[int, str] | None, seen: list) -> None:
    """Once the outcome dialog is up: keep it in `seen`, click a result per row (by caption), then
    Import; `clicks` None presses Esc."""
    def answer(dialog: OutcomeResultsDialog) -> None:
        seen.append(dialog)
        if clicks is None:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            return
        for row, caption in clicks.items():
            button = next(b for b in dialog.groups[row].buttons() if b.text() == caption)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_shown(OutcomeResultsDialog, answer)


def importing(tmp_path, monkeypatch, window):
    source = tmp_path / "Vertrieb.drawio"
    source.write_text(mxfile(("Vertrieb", DIAGRAM)), encoding="utf-8")
    monkeypatch.setattr(import_actions, "ask_import_path", lambda parent: str(source))
    return source


def test_the_app_asks_how_unclear_outcomes_end(qtbot, window_for, doc, tmp_path, monkeypatch, imported_windows):
    window = window_for(doc)
    importing(tmp_path, monkeypatch, window)
    seen = []
    answer_outcomes(qtbot, {0: "Lost", 1: "Won"}, seen)
    window.menu_actions["&Import…"].trigger()
    [dialog] = seen
    assert len(dialog.groups) == 2   # not "Gewonnen": its word says won
    [opened] = imported_windows(window)
    results = {n.name: n.result for n in opened.document.nodes() if n.kind == "outcome"}
    assert results == {"Ende": "lost", IMAGE: "won", "Gewonnen": "won"}
    assert not any("nurture" in note.text for note in opened.document.notes())   # nothing was guessed


def test_the_dialog_shows_names_as_plain_text_and_starts_at_nurture(qtbot):
    dialog = OutcomeResultsDialog(["Ende", IMAGE])
    qtbot.addWidget(dialog)
    shown = {label.text(): label.textFormat() for label in dialog.findChildren(QLabel)}
    assert shown["Ende"] == shown[IMAGE] == Qt.TextFormat.PlainText
    assert dialog.results() == ["nurture", "nurture"]


def test_cancelling_the_question_opens_nothing(qtbot, window_for, doc, tmp_path, monkeypatch, imported_windows):
    window = window_for(doc)
    importing(tmp_path, monkeypatch, window)
    seen = []
    answer_outcomes(qtbot, None, seen)
    window.menu_actions["&Import…"].trigger()
    assert len(seen) == 1 and imported_windows(window) == []


def test_the_command_line_keeps_nurture_and_lists_the_outcomes(tmp_path):
    source = tmp_path / "Vertrieb.drawio"
    source.write_text(mxfile(("Vertrieb", DIAGRAM)), encoding="utf-8")
    out = tmp_path / "out.smap"
    assert run_cli("import", source, out).status == 0
    doc = load(out)
    assert {n.name: n.result for n in doc.nodes() if n.kind == "outcome"} == {
        "Ende": "nurture", IMAGE: "nurture", "Gewonnen": "won"}
    [note] = doc.notes()
    assert "outcome 'Ende': neither won nor lost by its words, set to nurture" in note.text
