"""The start screen: templates in the UI language first, recent files, Open…, dropping a file."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from salesmap_studio import settings
from salesmap_studio.ui import start_screen
from salesmap_studio.ui.start_screen import StartScreen
from tests.conftest import TEMPLATES


def open_screen(qtbot, monkeypatch, language="de"):
    opened, created = [], []
    monkeypatch.setattr(start_screen, "ui_language", lambda: language)
    screen = StartScreen(open_file=lambda path, parent: opened.append(str(path)) or object(),
                         new_from=created.append)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen, opened, created


def click(qtbot, widget, row):
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_templates_in_the_ui_language_come_first_blank_first(qtbot, monkeypatch):
    screen, _, _ = open_screen(qtbot, monkeypatch, "de")
    texts = [screen.templates.item(i).text() for i in range(screen.templates.count())]
    assert len(texts) == 6
    assert texts[0].startswith("Blank map")
    assert all("German" in t for t in texts[:3]) and all("English" in t for t in texts[3:])


def test_clicking_a_template_starts_a_new_unsaved_map_from_it(qtbot, monkeypatch):
    screen, _, created = open_screen(qtbot, monkeypatch, "de")
    row = next(i for i in range(screen.templates.count()) if "B2B" in screen.templates.item(i).text())
    click(qtbot, screen.templates, row)
    assert len(created) == 1
    assert created[0].info.language == "de"
    assert len(created[0].nodes()) > 10
    assert not screen.isVisible()


def test_recent_files_show_title_and_path_and_open_on_click(qtbot, monkeypatch, tmp_path):
    saved = tmp_path / "Kunde.smap"
    shutil.copy(TEMPLATES / "five-step.de.smap", saved)
    settings.add_recent_file(saved)
    screen, opened, _ = open_screen(qtbot, monkeypatch)
    assert str(saved) in screen.recent.item(0).text()
    assert not screen.recent.item(0).icon().isNull()  # a thumbnail of the map
    click(qtbot, screen.recent, 0)
    assert opened == [str(saved)]


def test_dropping_a_smap_file_opens_it_and_other_files_are_ignored(qtbot, monkeypatch, tmp_path):
    screen, opened, _ = open_screen(qtbot, monkeypatch)
    for name in ("notes.txt", "deal.smap"):
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(tmp_path / name))])
        drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                          Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        screen.event(drop)  # QApplication refuses a drop with no drag in progress
    qtbot.waitUntil(lambda: opened == [str(tmp_path / "deal.smap")])   # opened once the drop is over


def test_open_asks_for_a_file(qtbot, monkeypatch, tmp_path):
    screen, opened, _ = open_screen(qtbot, monkeypatch)
    monkeypatch.setattr(start_screen.file_actions, "ask_open_path", lambda parent: str(tmp_path / "x.smap"))
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert opened == [str(tmp_path / "x.smap")]


def test_a_smap_file_dropped_on_a_map_window_opens_in_its_own_window(qtbot, window_for, doc, tmp_path):
    from salesmap_studio.ui import file_actions

    dropped = tmp_path / "colleague.smap"
    shutil.copy(TEMPLATES / "five-step.en.smap", dropped)
    window = window_for(doc)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped))])
    drop = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    viewport = window.canvas.viewport()
    assert window.drop_opener.eventFilter(viewport, drop)   # what Qt calls for a drop on the canvas
    qtbot.waitUntil(lambda: any(w.path == dropped for w in file_actions.open_windows()))
    opened = [w for w in file_actions.open_windows() if w.path == dropped]
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    assert opened[0].document.info.title == "Five-step sales process"


def test_the_ui_language_follows_the_system_unless_preferences_name_one(monkeypatch):
    from PySide6.QtCore import QLocale

    from salesmap_studio.ui import i18n

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_AT")))
    assert i18n.chosen_language("system") == "de"
    assert i18n.chosen_language("en") == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert i18n.chosen_language("system") == "en"   # no French UI: English


def test_a_click_that_also_activates_opens_one_map_not_two(qtbot, monkeypatch):
    """Where the platform activates on a single click (KDE), a click brings both signals."""
    screen, _, created = open_screen(qtbot, monkeypatch)
    item = screen.templates.item(1)
    screen.templates.itemClicked.emit(item)
    screen.templates.itemActivated.emit(item)
    assert len(created) == 1
