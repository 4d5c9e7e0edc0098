"""The side panels read in full, in German (the longer language) and English, on a laptop and a desktop screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDockWidget, QLabel, QTabBar

from salesmap_studio.ui import i18n

from .helpers import show_tab

SETTLED_MS = 10000   # the panels' first layout and the outline's rebuild, on a busy machine


@pytest.fixture
def window_in(qapp, qtbot, window_for, template):
    """A main window on the extended B2B template in `language`, sized like a screen, a stage selected."""

    def open_window(language: str, width: int, height: int):
        i18n.install_translators(qapp, language)
        doc = template("extended-b2b", language)
        window = window_for(doc)
        window.resize(width, height)
        window.selection.set_ids([doc.stages()[3].id])
        qtbot.waitExposed(window)
        return window

    yield open_window
    i18n.install_translators(qapp, "en")


def nothing_cut(qtbot, find_cut) -> None:
    """`find_cut()` (what is shown cut short) comes to nothing once the layout has settled."""
    try:
        qtbot.waitUntil(lambda: not find_cut(), timeout=SETTLED_MS)
    except AssertionError:
        pytest.fail(f"cut short: {find_cut()}")


SCREENS = [("de", 1600, 1000), ("de", 1280, 800), ("en", 1600, 1000), ("en", 1280, 800)]


@pytest.mark.parametrize(("language", "width", "height"), SCREENS)
def test_every_panel_tab_shows_its_whole_title(qtbot, window_in, language, width, height):
    window = window_in(language, width, height)
    nothing_cut(qtbot, lambda: [bar.tabText(i) for bar in window.findChildren(QTabBar) if bar.isVisible()
                                for i in range(bar.count()) if bar.tabRect(i).width() < bar.tabSizeHint(i).width()])


@pytest.mark.parametrize(("language", "width", "height"), SCREENS)
def test_outline_names_are_not_cut(qtbot, window_in, language, width, height):
    window = window_in(language, width, height)
    show_tab(qtbot, window, window.findChild(QDockWidget, "outline-panel"))   # it lists its rows when seen
    tree = window.outline.tree

    def cut() -> list[str]:
        found = []
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            room = tree.visualItemRect(item).width() - tree.iconSize().width() - 12
            if tree.fontMetrics().horizontalAdvance(item.text(0)) > room:
                found.append(item.text(0))
        return found

    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=SETTLED_MS)
    nothing_cut(qtbot, cut)


def test_checklist_hint_wraps_instead_of_being_cut(qtbot, window_in):
    window = window_in("de", 1280, 800)

    def hints() -> list[QLabel]:
        return [label for label in window.inspector_dock.findChildren(QLabel)
                if label.isVisible() and label.text().startswith("Haken = Pflicht")]

    qtbot.waitUntil(lambda: bool(hints()), timeout=SETTLED_MS)   # the checklist hint is shown
    assert all(hint.wordWrap() for hint in hints())
    nothing_cut(qtbot, lambda: [hint.text() for hint in hints() if hint.heightForWidth(hint.width()) > hint.height()])
