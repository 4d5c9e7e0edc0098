"""File ▸ Load Deal History… with a table whose headers do not say which column holds what: the
column dialog, answered with real clicks and key presses, and the choice remembered."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from salesmap_studio import settings
from salesmap_studio.persistence import load
from salesmap_studio.settings import APPLICATION, ORGANIZATION
from salesmap_studio.ui import evidence_panel
from salesmap_studio.ui.column_mapping import ColumnMappingDialog

from ..evidence.helpers import FIVE_STEP, FIXTURES
from ..hostile_text import BOLD, IMAGE
from .helpers import pick_with_the_mouse
from .hostile_widgets import assert_safe_window

ROWS = ["A;Prospect;2025-01-01;Ann", "A;Connect;2025-01-03;Ann", "A;Research;2025-01-08;Ann",
        "B;Prospect;2025-01-02;Bob", "B;Connect;2025-01-04;Bob"]


@pytest.fixture(autouse=True)
def no_remembered_columns():
    """Each test starts with no column choice remembered, and leaves none behind."""
    QSettings(ORGANIZATION, APPLICATION).remove("evidence/columns")
    yield
    QSettings(ORGANIZATION, APPLICATION).remove("evidence/columns")


def _export(folder, name="export.csv", header="Ref;Schritt;Wann;Rep", rows=ROWS):
    path = folder / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _load(window, monkeypatch, path) -> None:
    monkeypatch.setattr(evidence_panel, "ask_history_path", lambda parent: str(path))
    window.load_history_action.trigger()


def _dialog(window, qtbot) -> ColumnMappingDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ColumnMappingDialog)), timeout=60000)
    return next(d for d in window.findChildren(ColumnMappingDialog) if d.isVisible())


def _pick_with_keys(qtbot, box, header: str) -> None:
    box.setFocus()
    qtbot.keyClicks(box, header)   # typing a name selects it in a combo box
    assert box.currentText() == header


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_unknown_headers_are_chosen_in_the_dialog_and_loaded(window_for, qtbot, monkeypatch, tmp_path):
    window = window_for(load(FIVE_STEP))
    before = window.document.to_dict()
    _load(window, monkeypatch, _export(tmp_path))
    dialog = _dialog(window, qtbot)
    assert [dialog.preview.item(0, c).text() for c in range(4)] == ["A", "Prospect", "2025-01-01", "Ann"]
    assert not _ok(dialog).isEnabled() and dialog.problem.text().startswith("Choose a column for:")
    _pick_with_keys(qtbot, dialog.choices["deal"], "Ref")
    pick_with_the_mouse(qtbot, dialog.choices["stage"], "Schritt")
    pick_with_the_mouse(qtbot, dialog.choices["time"], "Wann")
    assert _ok(dialog).isEnabled() and not dialog.problem.isVisible()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    panel = window.evidence_panel
    qtbot.waitUntil(lambda: panel.data is not None, timeout=60000)
    assert panel.data["deals"] == {"total": 2, "won": 0, "lost": 0, "open": 2}
    assert panel.data["stages"]["connect"]["entered"] == 2 and panel.data["stages"]["research"]["entered"] == 1
    assert window.document.to_dict() == before   # reading history changes nothing in the map


def test_one_column_for_two_roles_keeps_ok_greyed(window_for, qtbot, monkeypatch, tmp_path):
    window = window_for(load(FIVE_STEP))
    _load(window, monkeypatch, _export(tmp_path))
    dialog = _dialog(window, qtbot)
    for role, header in (("deal", "Ref"), ("stage", "Schritt"), ("time", "Wann"), ("owner", "Ref")):
        _pick_with_keys(qtbot, dialog.choices[role], header)
    assert not _ok(dialog).isEnabled() and dialog.problem.text() == "The column “Ref” is chosen for two roles."
    pick_with_the_mouse(qtbot, dialog.choices["owner"], "Rep")
    assert _ok(dialog).isEnabled()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)


def test_cancel_loads_nothing_and_remembers_nothing(window_for, qtbot, monkeypatch, tmp_path):
    window = window_for(load(FIVE_STEP))
    before = window.document.to_dict()
    path = _export(tmp_path)
    _load(window, monkeypatch, path)
    dialog = _dialog(window, qtbot)
    _pick_with_keys(qtbot, dialog.choices["deal"], "Ref")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.evidence_panel.data is None and not window.evidence_panel.isVisible()
    assert window.document.to_dict() == before
    _load(window, monkeypatch, path)   # asked again: nothing was remembered
    again = _dialog(window, qtbot)
    assert again.choices["deal"].currentData() is None   # the guess, not the cancelled choice
    qtbot.mouseClick(again.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)


def test_the_choice_is_remembered_for_files_with_the_same_headers(window_for, qtbot, monkeypatch, tmp_path):
    window = window_for(load(FIVE_STEP))
    _load(window, monkeypatch, _export(tmp_path))
    dialog = _dialog(window, qtbot)
    for role, header in (("deal", "Ref"), ("stage", "Schritt"), ("time", "Wann")):
        _pick_with_keys(qtbot, dialog.choices[role], header)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    panel = window.evidence_panel
    qtbot.waitUntil(lambda: panel.data is not None, timeout=60000)
    # Next month's export: the same headers in another order, one deal more. It loads without asking.
    reordered = [f"{w};{o};{d};{s}" for d, s, w, o in (row.split(";") for row in ROWS + ["C;Prospect;2025-02-01;Cy"])]
    later = _export(tmp_path, "later.csv", "Wann;Rep;Ref;Schritt", reordered)
    _load(window, monkeypatch, later)
    qtbot.waitUntil(lambda: panel.data["deals"]["total"] == 3, timeout=60000)
    assert not any(d.isVisible() for d in window.findChildren(ColumnMappingDialog))
    assert panel.data["stages"]["prospect"]["entered"] == 3


def test_choose_columns_asks_again_for_a_recognised_table(window_for, qtbot, monkeypatch, tmp_path):
    # "Date" is when the row was written, "Changed at" when the deal moved: both look like the time,
    # so the dialog asks; the user takes "Changed at", and later changes the choice from the panel.
    rows = ["A;Prospect;2025-03-01;2025-01-01", "A;Connect;2025-03-01;2025-01-11"]
    window = window_for(load(FIVE_STEP))
    _load(window, monkeypatch, _export(tmp_path, header="Deal;Stage;Date;Changed at", rows=rows))
    dialog = _dialog(window, qtbot)
    assert dialog.choices["time"].currentText() == "Date"   # the first of the two, for the user to confirm
    pick_with_the_mouse(qtbot, dialog.choices["time"], "Changed at")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    panel = window.evidence_panel
    qtbot.waitUntil(lambda: panel.data is not None, timeout=60000)
    assert panel.data["stages"]["prospect"]["days_median"] == 10.0
    qtbot.waitUntil(panel.columns_button.isVisible)
    qtbot.mouseClick(panel.columns_button, Qt.MouseButton.LeftButton)
    again = _dialog(window, qtbot)
    assert again.choices["time"].currentText() == "Changed at"   # what is used now
    _pick_with_keys(qtbot, again.choices["time"], "Date")
    qtbot.mouseClick(_ok(again), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.data["stages"]["prospect"]["days_median"] == 0.0, timeout=60000)


def test_only_an_event_table_offers_to_choose_columns(window_for, qtbot, monkeypatch, tmp_path):
    window = window_for(load(FIVE_STEP))
    _load(window, monkeypatch, _export(tmp_path, header="Deal;Stage;Date;Owner"))
    panel = window.evidence_panel
    qtbot.waitUntil(lambda: panel.data is not None, timeout=60000)
    assert not any(d.isVisible() for d in window.findChildren(ColumnMappingDialog))
    assert panel.columns_button.isVisible()   # an event table: its columns can still be chosen
    _load(window, monkeypatch, FIXTURES / "deals.xes")
    qtbot.waitUntil(lambda: panel.data["deals"]["total"] != 2, timeout=60000)
    assert not panel.columns_button.isVisible()


def test_headers_cells_and_the_file_name_show_as_plain_text(window_for, qtbot, monkeypatch, tmp_path):
    window = window_for(load(FIVE_STEP))
    rows = [f"2025-01-01;{IMAGE};Prospect", f"2025-01-02;{IMAGE};Connect"]
    _load(window, monkeypatch, _export(tmp_path, "<b>deals.csv", header=f"Wann;{IMAGE};{BOLD}", rows=rows))
    dialog = _dialog(window, qtbot)
    assert_safe_window(window)   # no label or tooltip reads the headers or cells as HTML
    intro = next(label for label in dialog.findChildren(QLabel) if "“<b>deals.csv”" in label.text())
    assert intro.textFormat() == Qt.TextFormat.PlainText
    assert [dialog.choices["stage"].itemText(i) for i in range(1, 4)] == ["Wann", IMAGE, BOLD]
    assert dialog.preview.item(0, 1).text() == IMAGE and dialog.preview.horizontalHeaderItem(2).text().startswith(BOLD)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)


def test_a_role_left_without_a_column_stays_so(window_for, qtbot, monkeypatch, tmp_path):
    # "Status" would be recognised, but says something else in this file: the user takes it away.
    rows = ["A;Prospect;2025-01-01;2025-01-01;won", "A;Connect;2025-01-11;2025-01-11;won"]
    window = window_for(load(FIVE_STEP))
    path = _export(tmp_path, header="Deal;Stage;Date;Changed at;Status", rows=rows)
    _load(window, monkeypatch, path)
    dialog = _dialog(window, qtbot)
    assert dialog.choices["status"].currentText() == "Status"
    pick_with_the_mouse(qtbot, dialog.choices["status"], "— none —")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    panel = window.evidence_panel
    qtbot.waitUntil(lambda: panel.data is not None, timeout=60000)
    assert panel.data["deals"] == {"total": 1, "won": 0, "lost": 0, "open": 1}
    # The same headers again, one deal more: remembered, without asking, and still no status.
    _load(window, monkeypatch, _export(tmp_path, "later.csv", "Deal;Stage;Date;Changed at;Status",
                                       rows + ["B;Prospect;2025-01-02;2025-01-02;won"]))
    qtbot.waitUntil(lambda: panel.data["deals"]["total"] == 2, timeout=60000)
    assert panel.data["deals"]["won"] == 0 and not any(d.isVisible() for d in window.findChildren(ColumnMappingDialog))


def test_remembered_choices_are_bounded_and_survive_a_hand_edited_store():
    store = QSettings(ORGANIZATION, APPLICATION)
    store.setValue("evidence/columns", "not json")
    assert settings.remembered_columns(["Ref", "Wann"]) == {}
    for number in range(settings.REMEMBERED_HEADER_SETS + 1):
        settings.remember_columns([f"Ref {number}", "Wann"], {"deal": f"Ref {number}", "time": "Wann", "owner": None})
    assert settings.remembered_columns(["Wann", "Ref 50"]) == {"deal": "Ref 50", "time": "Wann", "owner": None}
    assert settings.remembered_columns(["Ref 0", "Wann"]) == {}   # the oldest went first
    store.remove("evidence/columns")
    settings.remember_columns(["Ref", "Wann"], {"deal": "Ref", "time": "Wann"})
    (key,) = json.loads(store.value("evidence/columns"))
    store.setValue("evidence/columns", json.dumps({key: {"deal": 5, "time": "Wann"}}))   # edited by hand
    assert settings.remembered_columns(["Ref", "Wann"]) == {"time": "Wann"}
    store.setValue("evidence/columns", json.dumps({key: ["Ref"]}))
    assert settings.remembered_columns(["Ref", "Wann"]) == {}
