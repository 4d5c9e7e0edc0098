"""File ▸ Import…: a draw.io diagram opens as a new, unsaved map; a bad file gives one clear dialog."""

from __future__ import annotations

import pytest

from salesmap_studio.ui import file_actions, import_actions

from ..interop.drawio_files import edge, model, mxfile, vertex
from .message_box import answering

DIAGRAM = model(vertex("a", "Erstkontakt", "rounded=1;", 0, 0), vertex("d", "Budget?", "rhombus;", 200, 0),
                vertex("w", "Gewonnen", "ellipse;", 400, 0), edge("e1", "a", "d"), edge("e2", "d", "w", "Ja"))


@pytest.fixture
def imported_windows(qtbot):
    before = set(map(id, file_actions.open_windows()))
    found = []

    def new_ones(window=None):
        """The windows opened since the test began, other than `window` (the test's own)."""
        found[:] = [w for w in file_actions.open_windows() if id(w) not in before and w is not window]
        return found

    yield new_ones
    for window in list(found):
        window.undo_stack.setClean()
        window.close()


def test_import_opens_the_diagram_in_a_new_unsaved_window(window_for, doc, tmp_path, monkeypatch, imported_windows):
    source = tmp_path / "Vertrieb.drawio"
    source.write_text(mxfile(("Vertrieb", DIAGRAM), compress=True), encoding="utf-8")
    window = window_for(doc)
    before = window.document.to_dict()
    monkeypatch.setattr(import_actions, "ask_import_path", lambda parent: str(source))
    window.menu_actions["&Import…"].trigger()
    [opened] = imported_windows(window)
    names = [(n["kind"], n["name"]) for n in opened.document.to_dict()["nodes"]]
    assert names == [("stage", "Erstkontakt"), ("decision", "Budget?"), ("outcome", "Gewonnen")]
    assert [link["kind"] for link in opened.document.to_dict()["links"]] == ["flow", "yes"]
    assert opened.path is None and not opened.undo_stack.isClean()   # closing asks before the import is lost
    assert window.document.to_dict() == before


def test_a_file_with_several_pages_asks_which_one(window_for, doc, tmp_path, monkeypatch, imported_windows):
    source = tmp_path / "zwei.drawio"
    source.write_text(mxfile(("Eins", DIAGRAM), ("Zwei", model(vertex("x", "Nur hier", "", 0, 0)))), encoding="utf-8")
    window = window_for(doc)
    asked = []
    monkeypatch.setattr(import_actions, "ask_import_path", lambda parent: str(source))
    monkeypatch.setattr(import_actions, "ask_page", lambda parent, names: asked.append(names) or None)
    window.menu_actions["&Import…"].trigger()
    assert asked == [["Eins", "Zwei"]] and imported_windows(window) == []   # cancelled: nothing opens
    monkeypatch.setattr(import_actions, "ask_page", lambda parent, names: "Zwei")
    window.menu_actions["&Import…"].trigger()
    [opened] = imported_windows(window)
    assert [n.name for n in opened.document.nodes()] == ["Nur hier"]


def test_a_hostile_file_gives_one_clear_dialog_and_opens_nothing(window_for, doc, tmp_path, monkeypatch,
                                                                 imported_windows, qtbot):
    source = tmp_path / "bombe.drawio"
    source.write_text('<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><mxfile>&a;</mxfile>', encoding="utf-8")
    window = window_for(doc)
    monkeypatch.setattr(import_actions, "ask_import_path", lambda parent: str(source))
    seen = answering(qtbot, window.menu_actions["&Import…"].trigger)
    assert seen.title == "Cannot import"
    assert seen.text == "The file “bombe.drawio” could not be imported and nothing was opened."
    assert seen.detail.startswith(f"{source}: the XML declares a DTD or entities")
    assert imported_windows(window) == []
