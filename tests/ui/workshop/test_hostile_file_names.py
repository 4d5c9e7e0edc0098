"""Issue 12, finding 11 for files: a file's name, title and the reader's complaint about it are
shown as typed on the start screen and in the error box, never read as HTML."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from salesmap_studio import settings
from salesmap_studio.persistence import dumps
from salesmap_studio.ui.start_screen import StartScreen

from ...hostile_text import BOLD, ENTITY, hostile_map
from ..hostile_widgets import answering, assert_not_markup, rendered

FILE_NAME = f"{ENTITY} <u>plan<u>.smap"   # no "/" in a file name, so no closing tag


def broken_copy(folder: Path) -> Path:
    """A hostile map with an unknown key named `<b>x</b>`: the reader's message quotes it."""
    data = json.loads(dumps(hostile_map()))
    data["nodes"][0][BOLD] = 1
    path = folder / FILE_NAME
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_start_screen_shows_recent_hostile_files_as_typed(qtbot, tmp_path):
    good = tmp_path / "good.smap"
    good.write_text(dumps(hostile_map()), encoding="utf-8")
    settings.add_recent_file(broken_copy(tmp_path))
    settings.add_recent_file(good)
    screen = StartScreen(open_file=lambda path, parent: object(), new_from=lambda ref: None)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    tips = [screen.recent.item(row).toolTip() for row in range(screen.recent.count())]
    shown = [assert_not_markup("recent map tooltip", tip) for tip in tips]
    assert any(f'["{BOLD}"]: unknown key' in tip for tip in shown)
    assert ENTITY in screen.recent.item(1).text() and "Plan [*] <b>x</b>" in screen.recent.item(0).text()


def test_the_error_box_for_a_hostile_file_quotes_its_name_and_problem_as_typed(qtbot, window_for, doc, tmp_path):
    broken = broken_copy(tmp_path)
    settings.add_recent_file(broken)
    window = window_for(doc)
    menu = window.recent_menu
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitExposed(menu)
    shown = answering(qtbot, lambda: qtbot.keyClick(menu, Qt.Key.Key_1), QMessageBox.StandardButton.Ok)
    assert any(f"“{FILE_NAME}”" in text for text in shown)
    assert any(f'["{BOLD}"]: unknown key' in text for text in shown)
    assert rendered(menu.actions()[0].toolTip()) == str(broken.resolve())
