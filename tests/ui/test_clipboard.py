"""Cut, copy, paste and duplicate through the clipboard, also between two windows."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from salesmap_studio.model import MapInfo, SalesMap
from salesmap_studio.persistence import load, save

from .helpers import assert_one_undo_step

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(window_for, doc):
    window = window_for(doc)
    modeling = window.modeling
    a, b = modeling.add_node("stage", 100, 130, name="Lead"), modeling.add_node("stage", 360, 130, name="Deal")
    modeling.connect(a, b)
    window.selection.set_ids([a, b])
    return window


def test_should_copy_the_selection_as_smap_json(window, qtbot):
    qtbot.keyClick(window.canvas, Qt.Key.Key_C, CTRL)
    mime = QApplication.clipboard().mimeData()
    data = json.loads(bytes(mime.data("application/x-salesmap")).decode())
    assert data["format"] == "salesmap" and json.loads(mime.text()) == data
    assert [n["name"] for n in data["nodes"]] == ["Lead", "Deal"] and len(data["links"]) == 1


def test_should_paste_with_fresh_ids_in_one_step(window, qtbot):
    qtbot.keyClick(window.canvas, Qt.Key.Key_C, CTRL)
    before, steps = window.document.to_dict(), window.undo_stack.count()
    qtbot.keyClick(window.canvas, Qt.Key.Key_V, CTRL)
    doc = window.document
    ids = [n.id for n in doc.nodes()]
    assert len(ids) == len(set(ids)) == 4 and len(doc.links()) == 2
    assert sorted(window.selection.ids()) == sorted([*ids[2:], doc.links()[1].id])
    assert_one_undo_step(window, before, steps)


def test_should_paste_into_another_window(window, window_for, qtbot):
    qtbot.keyClick(window.canvas, Qt.Key.Key_C, CTRL)
    other = window_for(SalesMap(MapInfo(title="Other", language="en")))
    before, steps = other.document.to_dict(), other.undo_stack.count()
    qtbot.keyClick(other.canvas, Qt.Key.Key_V, CTRL)
    assert [n.name for n in other.document.nodes()] == ["Lead", "Deal"]
    assert all(n.owner is None for n in other.document.nodes())  # that map has no such lane
    assert_one_undo_step(other, before, steps)
    assert len(window.document) == 2


def test_should_cut_in_one_step(window, qtbot):
    before, steps = window.document.to_dict(), window.undo_stack.count()
    qtbot.keyClick(window.canvas, Qt.Key.Key_X, CTRL)
    assert len(window.document) == 0
    assert_one_undo_step(window, before, steps)
    assert window.undo_stack.undoText() == "Cut"


def test_should_duplicate_with_ctrl_d(window, qtbot):
    before, steps = window.document.to_dict(), window.undo_stack.count()
    qtbot.keyClick(window.canvas, Qt.Key.Key_D, CTRL)
    copies = window.document.nodes()[2:]
    assert [(n.name, n.x, n.y) for n in copies] == [("Lead", 140.0, 170.0), ("Deal", 400.0, 170.0)]
    assert_one_undo_step(window, before, steps)


def test_should_say_so_when_the_clipboard_holds_no_map(window, qtbot):
    QApplication.clipboard().setText("just some words")
    qtbot.keyClick(window.canvas, Qt.Key.Key_V, CTRL)
    assert len(window.document) == 2
    assert "no part of a sales process map" in window.statusBar().currentMessage()


def test_should_refuse_a_broken_map_on_the_clipboard_and_paste_nothing(window, qtbot):
    QApplication.clipboard().setText(json.dumps({"format": "salesmap", "nodes": [{"id": "x", "kind": "rocket"}]}))
    steps = window.undo_stack.count()
    qtbot.keyClick(window.canvas, Qt.Key.Key_V, CTRL)
    assert len(window.document) == 2 and window.undo_stack.count() == steps
    assert "pasted node" in window.statusBar().currentMessage()


def test_a_pasted_copy_keeps_its_bends_beside_it_and_leaves_the_crm_names_to_the_original(window, qtbot, tmp_path):
    modeling, doc = window.modeling, window.document
    lead, _deal = (n.id for n in doc.nodes())
    modeling.set_node_fields(lead, crm_stages=["New lead"])
    modeling.set_link_fields(doc.links()[0].id, points=[(230.0, 60.0)])
    qtbot.keyClick(window.canvas, Qt.Key.Key_C, CTRL)
    qtbot.keyClick(window.canvas, Qt.Key.Key_V, CTRL)
    copy, original = doc.nodes()[2], doc.node(lead)
    shift = (copy.x - original.x, copy.y - original.y)
    assert doc.links()[1].points == ((230.0 + shift[0], 60.0 + shift[1]),)
    assert (original.crm_stages, copy.crm_stages) == (("New lead",), ())
    save(doc, tmp_path / "pasted.smap")  # the map still saves and opens: no CRM stage is claimed twice
    assert load(tmp_path / "pasted.smap").to_dict() == doc.to_dict()
