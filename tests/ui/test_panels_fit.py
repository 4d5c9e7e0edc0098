"""The side panels read in full, in German (the longer language) and English, on a laptop and a desktop screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QTabBar

from salesmap_studio.ui import i18n


@pytest.fixture
def window_in(qapp, qtbot, window_for, template):
    """A main window on the extended B2B template in `language`, sized like a screen, a stage selected."""
    opened = []

    def open_window(language: str, width: int, height: int):
        i18n.install_translators(qapp, language)
        doc = template("extended-b2b", language)
        window = window_for(doc)
        window.resize(width, height)
        window.selection.set_ids([doc.stages()[3].id])
        qtbot.wait(150)  # the panels' first layout and the outline's rebuild
        opened.append(window)
        return window

    yield open_window
    i18n.install_translators(qapp, "en")


SCREENS = [("de", 1600, 1000), ("de", 1280, 800), ("en", 1600, 1000), ("en", 1280, 800)]


@pytest.mark.parametrize(("language", "width", "height"), SCREENS)
def test_every_panel_tab_shows_its_whole_title(window_in, language, width, height):
    window = window_in(language, width, height)
    cut = [bar.tabText(i) for bar in window.findChildren(QTabBar) if bar.isVisible()
           for i in range(bar.count()) if bar.tabRect(i).width() < bar.tabSizeHint(i).width()]
    assert not cut, f"tab titles cut short: {cut}"


@pytest.mark.parametrize(("language", "width", "height"), SCREENS)
def test_outline_names_are_not_cut(window_in, language, width, height):
    window = window_in(language, width, height)
    tree = window.outline.tree
    cut = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        room = tree.visualItemRect(item).width() - tree.iconSize().width() - 12
        if tree.fontMetrics().horizontalAdvance(item.text(0)) > room:
            cut.append(item.text(0))
    assert not cut, f"names cut short in the outline: {cut}"


def test_checklist_hint_wraps_instead_of_being_cut(window_in):
    window = window_in("de", 1280, 800)
    hints = [label for label in window.inspector_dock.findChildren(QLabel)
             if label.isVisible() and label.text().startswith("Haken = Pflicht")]
    assert hints, "the checklist hint is shown"
    for hint in hints:
        assert hint.wordWrap()
        assert hint.heightForWidth(hint.width()) <= hint.height(), "every line of the hint is visible"
