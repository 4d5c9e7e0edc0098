"""File ▸ Load Deal History… with dates like 03/04/2025 that could be day-first or month-first and
none in the file that tells: the app asks (where the command line names --dates), answered with a
real click, and remembers the answer for the same CRM export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from salesmap_studio.persistence import load
from salesmap_studio.settings import APPLICATION, ORGANIZATION
from salesmap_studio.ui import evidence_panel

from ..evidence.helpers import FIVE_STEP

AMBIGUOUS = "deal,stage,date\nA,Prospect,03/04/2025\nA,Connect,05/04/2025\n"


@pytest.fixture(autouse=True)
def no_remembered_answer():
    QSettings(ORGANIZATION, APPLICATION).remove("evidence/dates")
    yield
    QSettings(ORGANIZATION, APPLICATION).remove("evidence/dates")


def _load(window, monkeypatch, tmp_path):
    path = tmp_path / "deals.csv"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    monkeypatch.setattr(evidence_panel, "ask_history_path", lambda parent: str(path))
    window.load_history_action.trigger()


def _question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=60000)
    return QApplication.activeModalWidget()


def _click(qtbot, box: QMessageBox, start: str, *words: str) -> None:
    """Clicks the button whose text starts with `start`; it shows the file's date read that way."""
    button = next(b for b in box.buttons() if b.text().startswith(start))
    assert all(word in button.text() for word in words), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _period(window, qtbot) -> dict:
    qtbot.waitUntil(lambda: window.evidence_panel.data is not None, timeout=60000)
    return window.evidence_panel.data["period"]


def test_the_app_asks_and_reads_the_dates_as_answered(window_for, qtbot, monkeypatch, tmp_path):
    window = window_for(load(FIVE_STEP))
    before = window.document.to_dict()
    _load(window, monkeypatch, tmp_path)
    box = _question(qtbot)
    assert "03/04/2025" in box.text() and "--dates" not in box.text() + box.informativeText()
    _click(qtbot, box, "Day first: ", "3", "April", "2025")
    assert _period(window, qtbot) == {"from": "2025-04-03 00:00:00", "to": "2025-04-05 00:00:00"}
    assert window.document.to_dict() == before

    window.evidence_panel.unload()
    _load(window, monkeypatch, tmp_path)   # the same export again: answered before, not asked
    assert _period(window, qtbot)["from"] == "2025-04-03 00:00:00"
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)


def test_cancel_loads_nothing_and_says_nothing_more(window_for, qtbot, monkeypatch, tmp_path):
    window = window_for(load(FIVE_STEP))
    _load(window, monkeypatch, tmp_path)
    box = _question(qtbot)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.evidence_panel.data is None and window.undo_stack.count() == 0


def test_the_question_speaks_the_ui_language(window_for, qtbot, monkeypatch, tmp_path, german):
    window = window_for(load(FIVE_STEP))
    _load(window, monkeypatch, tmp_path)
    box = _question(qtbot)
    _click(qtbot, box, "Monat zuerst: ", "4. März 2025")
    assert _period(window, qtbot) == {"from": "2025-03-04 00:00:00", "to": "2025-05-04 00:00:00"}
