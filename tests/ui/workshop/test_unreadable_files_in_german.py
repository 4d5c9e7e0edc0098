"""A file that cannot be read, in a German UI: a German sentence first, the reader's exact English
detail (file, place, problem) below it or in a tooltip, and nothing changes."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import Qt

from salesmap_studio import settings
from salesmap_studio.persistence import SmapError, load
from salesmap_studio.ui import file_actions, start_screen
from salesmap_studio.ui.recovery import watcher
from salesmap_studio.ui.recovery.backups import add_backup
from salesmap_studio.ui.recovery.dialog import RecoveryDialog
from salesmap_studio.ui.recovery.lock import recoverable
from salesmap_studio.ui.recovery.versions import VersionsDialog
from salesmap_studio.ui.start_screen import StartScreen
from tests.conftest import TEMPLATES
from tests.ui.message_box import answering

from .test_recovery_store import crash_a_session
from .test_start_screen import click

NOT_A_MAP = '{"format": "salesmap", "version": 1, "nodes": [{"id": "a"}]}'


@pytest.fixture
def bad_file(tmp_path):
    path = tmp_path / "kaputt.smap"
    path.write_text(NOT_A_MAP, encoding="utf-8")
    return path


def reader_says(path) -> str:
    with pytest.raises(SmapError) as caught:
        load(path)
    return str(caught.value)


def windows_after(gesture) -> list:
    before = file_actions.open_windows()
    gesture()
    return [w for w in file_actions.open_windows() if w not in before]


def test_opening_a_bad_file_says_why_in_german_with_the_english_detail_below(
        german, qtbot, monkeypatch, window_for, doc, bad_file):
    window = window_for(doc)
    monkeypatch.setattr(file_actions, "ask_open_path", lambda parent: str(bad_file))
    before = bad_file.read_bytes()
    seen = []

    def press_ctrl_o() -> None:
        seen.append(answering(qtbot, lambda: qtbot.keyClick(window.canvas, Qt.Key.Key_O,
                                                                Qt.KeyboardModifier.ControlModifier)))

    assert windows_after(press_ctrl_o) == []
    box = seen[0]
    assert box.title == "Karte lässt sich nicht öffnen"
    assert box.text == ("Die Datei „kaputt.smap“ ließ sich nicht als Vertriebsprozesskarte lesen und wurde "
                        "nicht geöffnet.")
    assert box.detail == reader_says(bad_file) and "nodes[0]" in box.detail
    assert bad_file.read_bytes() == before


def test_a_broken_recent_file_is_listed_in_german_and_clicking_it_explains(german, qtbot, monkeypatch, bad_file):
    settings.add_recent_file(bad_file)
    monkeypatch.setattr(start_screen, "ui_language", lambda: "de")
    screen = StartScreen(open_file=file_actions.open_path, new_from=lambda doc: pytest.fail("nothing to create"))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    item = screen.recent.item(0)
    assert item.text() == f"kaputt.smap (als Vertriebsprozesskarte nicht lesbar)\n{bad_file}"
    assert item.toolTip() == reader_says(bad_file)
    box = answering(qtbot, lambda: click(qtbot, screen.recent, 0))
    assert box.text.startswith("Die Datei „kaputt.smap“ ließ sich nicht") and box.detail == reader_says(bad_file)
    assert screen.isVisible()                       # the start screen stays for another choice


def test_a_template_damaged_after_listing_says_why_in_german_and_creates_nothing(german, qtbot, monkeypatch, tmp_path):
    copy = tmp_path / "five-step.de.smap"
    shutil.copy(TEMPLATES / "five-step.de.smap", copy)
    monkeypatch.setattr(start_screen, "templates_in_order",
                        lambda language: [start_screen.TemplateRef("five-step", "de", copy)])
    created = []
    screen = StartScreen(open_file=lambda path, parent: None, new_from=created.append)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    copy.write_text(NOT_A_MAP, encoding="utf-8")
    box = answering(qtbot, lambda: click(qtbot, screen.templates, 0))
    assert box.title == "Vorlage lässt sich nicht öffnen"
    assert box.text == ("Die Vorlage „five-step.de.smap“ ließ sich nicht als Vertriebsprozesskarte lesen; "
                        "es wurde keine Karte angelegt.")
    assert box.detail == reader_says(copy)
    assert created == [] and screen.isVisible()


def test_a_damaged_saved_version_is_listed_in_german_and_opening_it_keeps_the_map(
        german, qtbot, window_for, template, tmp_path, private_settings):
    path = tmp_path / "workshop.smap"
    shutil.copy(TEMPLATES / "five-step.de.smap", path)
    window = window_for(load(path), path)
    add_backup(private_settings, path, NOT_A_MAP.encode("utf-8"))
    dialog = VersionsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    item = dialog.versions.item(0)
    assert item.text().endswith("\nAls Vertriebsprozesskarte nicht lesbar")
    assert "nodes[0]" in item.toolTip()
    before = window.document.to_dict()
    box = answering(qtbot, lambda: qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton))
    assert box.title == "Diese Version lässt sich nicht öffnen"
    assert box.text == ("Diese gespeicherte Version ließ sich nicht als Vertriebsprozesskarte lesen; "
                        "Ihre Karte bleibt, wie sie ist.")
    assert "nodes[0]" in box.detail
    assert window.isVisible() and window.document.to_dict() == before and file_actions.open_windows() == [window]


def test_reloading_a_file_damaged_on_disk_keeps_our_version_and_says_why_in_german(
        german, qtbot, monkeypatch, window_for, tmp_path):
    path = tmp_path / "workshop.smap"
    shutil.copy(TEMPLATES / "five-step.de.smap", path)
    window = window_for(load(path), path)
    before = window.document.to_dict()
    monkeypatch.setattr(watcher, "ask_reload", lambda win, name: True)   # the user chose Reload
    box = answering(qtbot, lambda: path.write_text(NOT_A_MAP, encoding="utf-8"))
    assert box.title == "Karte lässt sich nicht neu laden"
    assert box.text == ("Die Datei „workshop.smap“ ließ sich nicht als Vertriebsprozesskarte lesen; "
                        "Ihre Fassung bleibt geöffnet.")
    assert box.detail == reader_says(path)
    assert window.isVisible() and window.document.to_dict() == before


def test_recovery_lists_a_damaged_snapshot_in_german_and_a_bad_map_inside_is_not_restored(
        german, qtbot, private_settings):
    crash_a_session(private_settings, "Crashed workshop")
    crash_a_session(private_settings, "Broken inside")
    files = sorted(private_settings.rglob("*.smap-recovery"))
    damaged, bad_map = files[0], files[1]
    damaged.write_text("not json", encoding="utf-8")
    envelope = json.loads(bad_map.read_text(encoding="utf-8"))
    envelope["map"]["nodes"] = [{"id": "a"}]
    bad_map.write_text(json.dumps(envelope), encoding="utf-8")
    dialog = RecoveryDialog(recoverable(private_settings))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.maps.item(i).text() for i in range(dialog.maps.count())]
    row = next(i for i, text in enumerate(texts) if "Nicht wiederherstellbar" in text)
    assert texts[row].endswith("\nNicht wiederherstellbar: Die automatisch gesicherte Kopie ist beschädigt.")
    assert "damaged" in dialog.maps.item(row).toolTip()
    dialog.maps.setCurrentRow(1 - row)
    box = answering(qtbot, lambda: qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton))
    assert box.title == "Karte lässt sich nicht wiederherstellen"
    assert box.text == ("Die automatisch gesicherte Kopie ließ sich nicht als Vertriebsprozesskarte lesen "
                        "und wurde nicht wiederhergestellt.")
    assert "nodes[0]" in box.detail
    assert dialog.restored == [] and damaged.exists() and bad_map.exists()
