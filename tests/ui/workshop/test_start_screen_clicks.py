"""A real mouse click on the start screen opens the map and the app lives on.

Issue 12, finding 1: a click on a template or a recent map closed the start screen inside its
list's own click handler, the screen's last reference went, and Qt went on using the freed list:
a segmentation fault. These tests hold no reference to the screen, as the app does not.
"""

from __future__ import annotations

import shutil

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from salesmap_studio import settings
from salesmap_studio.ui import file_actions
from salesmap_studio.ui.start_screen import StartScreen, show_start_screen
from tests.conftest import TEMPLATES


def open_screens() -> list[StartScreen]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, StartScreen) and w.isVisible()]


def spot(list_name: str, wanted: str):
    """The viewport and the centre of the entry whose text contains `wanted` on the one open start screen."""
    (screen,) = open_screens()
    widget = getattr(screen, list_name)
    row = next(i for i in range(widget.count()) if wanted in widget.item(i).text())
    return widget.viewport(), widget.visualItemRect(widget.item(row)).center()


def click_and_get_window(qtbot, viewport, where):
    before = set(map(id, file_actions.open_windows()))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: len(file_actions.open_windows()) > len(before))
    window = next(w for w in file_actions.open_windows() if id(w) not in before)
    # The screen is closed and Qt deletes it from the event loop; the app must still be alive after that.
    qtbot.waitUntil(lambda: not open_screens())
    qtbot.waitUntil(lambda: not shiboken6.isValid(viewport))
    return window


@pytest.fixture
def close_afterwards():
    windows = []
    yield windows.append
    for window in windows:
        if shiboken6.isValid(window):
            window.undo_stack.setClean()
            window.close()


@pytest.mark.parametrize("entry, title", [("Extended B2B sales process", "Extended B2B sales process"),
                                          ("Erweiterter B2B-Vertriebsprozess", "Erweiterter B2B-Vertriebsprozess"),
                                          ("Blank map\n(German)", "Neuer Vertriebsprozess")])
def test_a_click_on_a_template_starts_a_map_from_it(qtbot, close_afterwards, entry, title):
    show_start_screen()
    viewport, where = spot("templates", entry)
    window = click_and_get_window(qtbot, viewport, where)
    close_afterwards(window)
    assert window.isVisible() and window.document.info.title == title


def test_a_click_on_a_recent_map_opens_it(qtbot, close_afterwards, tmp_path):
    path = tmp_path / "Kunde.smap"
    shutil.copy(TEMPLATES / "five-step.de.smap", path)
    settings.add_recent_file(path)
    show_start_screen()
    viewport, where = spot("recent", "Kunde.smap")
    window = click_and_get_window(qtbot, viewport, where)
    close_afterwards(window)
    assert window.path == path and window.isVisible()


def test_new_from_template_while_a_map_is_open_keeps_both_windows(qtbot, window_for, doc, close_afterwards):
    first = window_for(doc)
    new_from_template = next(a for a in first.menus["file"].actions() if a.text() == "New from &template…")
    new_from_template.trigger()
    viewport, where = spot("templates", "Five-step sales process")
    window = click_and_get_window(qtbot, viewport, where)
    close_afterwards(window)
    assert first.isVisible() and window.isVisible()
    assert window.document.info.title == "Five-step sales process"
