"""File ▸ Load Deal History… and the Evidence panel, through the real menu action and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.persistence import load
from salesmap_studio.ui import evidence_panel, i18n

from ..evidence.helpers import FIVE_STEP
from .evidence_helpers import window_with_history as _loaded
from .message_box import answering

ONE_DEAL = "deal,stage,date\nA,Prospect,2025-01-02\nA,Legal review,2025-01-04\nA,Closed Won,2025-01-09\n"


@pytest.fixture(autouse=True)
def english(qapp):
    """The UI in English as the app starts it: with the English plural forms ("1 deal", "2 deals")."""
    i18n.install_translators(qapp, "en")


def _row(panel, name: str) -> list[str]:
    table = panel.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_loading_history_shows_plan_beside_reality_with_marks(window_for, qtbot, monkeypatch):
    window = _loaded(window_for, qtbot, monkeypatch)
    panel = window.evidence_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.summary.text() == "3 deals: 2 won, 1 lost, 0 open; 2025-01-06 to 2025-02-20"
    # Connect: 2 of 3 moved on (67 % against a planned 80 %), 5 days against 10: both marked.
    assert _row(panel, "Connect") == ["Connect", "3", "1", "66.7% ⚠", "80%", "5.0 ⚠", "10.0"]
    assert _row(panel, "Present") == ["Present", "3", "0", "100% ⚠", "80%", "7.0", "10.0"]
    assert [label.text() for label in panel.sentences] == [
        "The biggest exodus is at Connect: 1 of 3 deals that entered dropped out (33 %).",
        "The slowest stage is Present: deals stay 7.0 days there (median), planned 10.0."]


def test_take_actuals_is_one_undo_step(window_for, qtbot, monkeypatch):
    window = _loaded(window_for, qtbot, monkeypatch)
    before = window.document.to_dict()
    qtbot.waitUntil(window.evidence_panel.take.isVisible)
    qtbot.mouseClick(window.evidence_panel.take, Qt.MouseButton.LeftButton)
    after = window.document.to_dict()
    nodes = {node["id"]: node for node in after["nodes"]}
    links = {link["id"]: link for link in after["links"]}
    assert (nodes["connect"]["conversion_rate"], nodes["connect"]["expected_days"]) == (0.67, 5.0)
    assert (links["l7"]["share"], links["l8"]["share"], links["l9"]["share"]) == (0.67, 0.33, 0.0)
    # The planned columns follow the map: Connect's plan is now what happened, so nothing is marked.
    assert _row(window.evidence_panel, "Connect") == ["Connect", "3", "1", "66.7%", "67%", "5.0", "5.0"]
    window.menu_actions["Undo"].trigger()
    assert window.document.to_dict() == before


def test_a_bad_history_file_gives_one_message_and_changes_nothing(window_for, qtbot, monkeypatch, tmp_path):
    bad = tmp_path / "dates.csv"
    bad.write_text("deal,stage,date\nA,Prospect,31/12/2025\nA,Connect,12/31/2025\n")   # both orders at once
    window = window_for(load(FIVE_STEP))
    before = window.document.to_dict()
    monkeypatch.setattr(evidence_panel, "ask_history_path", lambda parent: str(bad))
    seen = answering(qtbot, window.load_history_action.trigger, timeout_ms=60000)
    assert seen.text == "The file “dates.csv” could not be used as deal history; the map is unchanged."
    assert "the dates mix day-first and month-first" in seen.detail
    assert window.document.to_dict() == before and window.evidence_panel.data is None


def test_matching_an_unknown_crm_stage_writes_crm_stages_in_one_step(window_for, qtbot, monkeypatch, tmp_path):
    history = tmp_path / "deals.csv"
    history.write_text("deal,stage,date\nA,Prospecting,2025-01-01\nA,Connect,2025-01-03\n"
                       "B,Prospecting,2025-01-02\nB,Legal review,2025-01-04\n")
    window = _loaded(window_for, qtbot, monkeypatch, history)
    panel = window.evidence_panel
    before = window.document.to_dict()
    assert panel.unmatched.text() == "CRM stages the map does not have: Prospecting (2 deals), Legal review (1 deal)"
    qtbot.waitUntil(panel.match.isVisible)
    qtbot.mouseClick(panel.match, Qt.MouseButton.LeftButton)
    dialog = panel.mapping_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.choices["Prospecting"].currentText() == "Prospect"   # the suggestion, picked already
    legal = dialog.choices["Legal review"]
    legal.setFocus()
    qtbot.keyClicks(legal, "Research")   # typing a name selects it in a combo box
    assert legal.currentText() == "Research"
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    nodes = {node["id"]: node for node in window.document.to_dict()["nodes"]}
    assert nodes["prospect"]["crm_stages"] == ["Prospecting"] and nodes["research"]["crm_stages"] == ["Legal review"]
    # The history is read again and now matches by itself.
    qtbot.waitUntil(lambda: panel.data["unmatched_stages"] == [], timeout=60000)
    assert panel.data["stages"]["prospect"]["entered"] == 2
    window.menu_actions["Undo"].trigger()
    assert window.document.to_dict() == before


def test_one_deal_is_one_deal_in_english(window_for, qtbot, monkeypatch, tmp_path):
    history = tmp_path / "one.csv"
    history.write_text(ONE_DEAL)
    panel = _loaded(window_for, qtbot, monkeypatch, history).evidence_panel
    assert panel.summary.text() == "1 deal: 1 won, 0 lost, 0 open; 2025-01-02 to 2025-01-09"
    assert panel.unmatched.text() == "CRM stages the map does not have: Legal review (1 deal)"


def test_one_deal_is_one_deal_in_german(german, window_for, qtbot, monkeypatch, tmp_path):
    history = tmp_path / "one.csv"
    history.write_text("deal,stage,date\nA,Prospect,2025-01-02\nA,Legal review,2025-01-04\nA,Connect,2025-01-05\n"
                       "A,Closed Lost,2025-01-09\nB,Prospect,2025-01-03\nB,Legal review,2025-01-04\n")
    panel = _loaded(window_for, qtbot, monkeypatch, history).evidence_panel
    assert panel.summary.text() == "2 Deals: 0 gewonnen, 1 verloren, 1 offen; 2025-01-02 bis 2025-01-09"
    assert panel.unmatched.text() == "CRM-Phasen, die die Karte nicht hat: Legal review (2 Deals)"
    # One deal came to Connect and dropped out there: "1 von 1 Deal", not "Deals".
    assert panel.sentences[0].text() == "Der größte Abgang ist bei Connect: Ausstieg bei 1 von 1 Deal (100 %)."
