"""File ▸ Export… writes other tools' files too: each chosen with the keyboard in the format list,
exported with a click, and read back by its consumer (our draw.io and spreadsheet readers, the BPMN
XML Schema and bpmn.io's reader, Mermaid's parser)."""

from __future__ import annotations

import pytest
from lxml import etree
from PySide6.QtCore import Qt

from salesmap_studio.interop import read
from salesmap_studio.interop.registry import CRM_WRITERS, EXPORT_CHOICES, WRITERS

from ..interop.test_bpmn import moddle, schema
from ..interop.test_mermaid import mermaid
from salesmap_studio.ui.export_dialog import ExportDialog
from salesmap_studio.ui.export_choices import DRAWN

from .test_export_dialog import choose, open_dialog, type_path


def export_as(qtbot, dialog, tmp_path, label: str, name: str):
    choose(qtbot, dialog.format, label)
    out = tmp_path / name
    type_path(qtbot, dialog, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.message.text()
    return out


def test_the_format_list_offers_every_export_of_the_interop_registry(qtbot, window_for, template, tmp_path):
    _, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    offered = [dialog.format.itemText(i) for i in range(dialog.format.count())]
    assert offered[:3] == ["PDF", "PNG", "SVG"]
    assert offered[len(DRAWN):] == ["draw.io (.drawio)", "Mermaid (.mmd)", "BPMN 2.0 (.bpmn)", "CSV (.csv)", "Excel (.xlsx)",
                           "HubSpot (.json)", "Pipedrive (.json)", "Salesforce (folder)"]
    assert all(f".{name}" in WRITERS or name in CRM_WRITERS for name in EXPORT_CHOICES)


@pytest.mark.parametrize("label, name", [("draw.io (.drawio)", "karte.drawio"), ("CSV (.csv)", "karte.csv"),
                                         ("Excel (.xlsx)", "karte.xlsx")])
def test_a_map_exported_for_another_tool_imports_back(qtbot, window_for, template, tmp_path, label, name):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.format, label)
    assert not any(w.isEnabled() for w in (dialog.page, dialog.poster, dialog.playbook, dialog.dpi,
                                             dialog.transparent))   # options of the drawn formats only
    out = export_as(qtbot, dialog, tmp_path, label, name)
    back = read(out)
    names = [n.name for n in window.document.nodes()]
    assert sorted(n.name for n in back.nodes()) == sorted(names)
    if out.suffix == ".drawio":
        assert back.to_dict() == window.document.to_dict()


def test_bpmn_from_the_dialog_is_valid_and_bpmn_io_reads_it(qtbot, window_for, template, tmp_path):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.format, "BPMN 2.0 (.bpmn)")
    assert "Camunda" in dialog.note.text()
    out = export_as(qtbot, dialog, tmp_path, "BPMN 2.0 (.bpmn)", "prozess")   # the ending comes by itself
    out = out.with_suffix(".bpmn")
    assert schema().validate(etree.parse(str(out)))
    [seen] = moddle([out.read_text(encoding="utf-8")])
    assert seen["ok"] and seen["warnings"] == []
    assert sorted(e["name"] for e in seen["elements"] if e["id"].startswith("node_")) == sorted(
        n.name for n in window.document.nodes())


def test_mermaid_from_the_dialog_parses(qtbot, window_for, template, tmp_path):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    out = export_as(qtbot, dialog, tmp_path, "Mermaid (.mmd)", "karte.mmd")
    [seen] = mermaid([out.read_text(encoding="utf-8")])
    assert seen["ok"] and len(seen["vertices"]) == len(window.document.nodes())


def test_the_note_says_what_the_file_holds_in_german(german, qtbot, window_for, template, tmp_path):
    _, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.format, "Excel (.xlsx)")
    assert dialog.note.text() == ("Eine Zeile je Knoten in Ablaufreihenfolge auf dem ersten Blatt, "
                                  "die Pfeile auf dem zweiten.")


def test_the_chosen_format_comes_back_next_time(qtbot, window_for, template, tmp_path):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    export_as(qtbot, dialog, tmp_path, "BPMN 2.0 (.bpmn)", "prozess.bpmn")
    again = ExportDialog(window)
    qtbot.addWidget(again)
    assert again.format.currentText() == "BPMN 2.0 (.bpmn)" and again.path.text() == str(tmp_path / "prozess.bpmn")


@pytest.mark.parametrize("label, name", [("HubSpot (.json)", "pipeline"), ("Pipedrive (.json)", "stufen.json"),
                                         ("Salesforce (folder)", "deploy")])
def test_a_crm_pipeline_from_the_dialog_reads_back_as_the_pipeline(qtbot, window_for, template, tmp_path, label, name):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    out = export_as(qtbot, dialog, tmp_path, label, name)
    written = out if label.startswith("Salesforce") else out.with_suffix(".json")
    assert written.is_dir() == label.startswith("Salesforce")
    stages = [n.name for n in read(written).nodes() if n.kind == "stage"]
    assert stages[:2] == ["Markenbekanntheit", "Markeninteraktion"] and "Implementierung" not in stages


def test_a_map_where_nothing_is_won_says_so_in_the_dialog(qtbot, window_for, template, tmp_path):
    window = window_for(template("blank", "de"))
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog.format, "HubSpot (.json)")
    type_path(qtbot, dialog, tmp_path / "p.json")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "no win probabilities" in dialog.message.text()
    assert list(tmp_path.iterdir()) == []
