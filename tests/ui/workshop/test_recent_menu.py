"""File → Open Recent: the maps of late, newest first, opened with their digit key; Clear Menu empties it."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from salesmap_studio import settings
from salesmap_studio.ui import file_actions
from salesmap_studio.ui.recent_menu import menu_text

TEMPLATES = Path(__file__).resolve().parents[3] / "resources" / "templates"


def shown(qtbot, window):
    menu = window.recent_menu
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitExposed(menu)
    return menu


def entries(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_newest_map_comes_first_and_its_digit_opens_it(qtbot, window_for, doc, tmp_path):
    older, newer = tmp_path / "Acme Q3.smap", tmp_path / "Kunde & Partner.smap"
    shutil.copy(TEMPLATES / "five-step.en.smap", older)
    shutil.copy(TEMPLATES / "extended-b2b.de.smap", newer)
    settings.add_recent_file(older)
    settings.add_recent_file(newer)
    window = window_for(doc)
    menu = shown(qtbot, window)
    assert entries(menu)[:2] == ["&1 Kunde && Partner.smap", "&2 Acme Q3.smap"]
    assert menu.actions()[0].statusTip() == str(newer.resolve())
    qtbot.keyClick(menu, Qt.Key.Key_1)
    opened = [w for w in file_actions.open_windows() if w.path and w.path.resolve() == newer.resolve()]
    assert len(opened) == 1 and opened[0].document.info.language == "de"
    opened[0].close()


def test_a_map_deleted_since_is_not_offered_and_clear_menu_empties_the_list(qtbot, window_for, doc, tmp_path):
    gone, kept = tmp_path / "gone.smap", tmp_path / "kept.smap"
    for path in (gone, kept):
        shutil.copy(TEMPLATES / "five-step.en.smap", path)
        settings.add_recent_file(path)
    gone.unlink()
    window = window_for(doc)
    menu = shown(qtbot, window)
    assert entries(menu) == ["&1 kept.smap", "&Clear Menu"]
    qtbot.keyClick(menu, Qt.Key.Key_C)
    assert settings.recent_files() == []
    menu = shown(qtbot, window)
    assert entries(menu) == ["No recent maps"] and not menu.actions()[0].isEnabled()


def test_only_the_first_nine_carry_a_digit():
    assert menu_text(9, Path("/m/a.smap")) == "&9 a.smap"
    assert menu_text(10, Path("/m/b.smap")) == "b.smap"
