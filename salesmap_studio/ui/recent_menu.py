"""File → Open Recent: the maps opened or saved lately, newest first, one key press away.

The submenu is rebuilt each time it opens, from the same list as the start
screen (QSettings), so every window shows what any other window saved last.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from .. import settings
from . import file_actions
from .plain_text import auto_text

translate = QCoreApplication.translate  # lupdate reads the context from each call


def menu_text(index: int, path: Path) -> str:
    """"&1 map.smap" for the first nine (the digit is the key), then the bare name; & kept literal."""
    name = path.name.replace("&", "&&")
    return f"&{index} {name}" if index <= 9 else name


def _fill(menu: QMenu, window) -> None:
    menu.clear()
    paths = settings.recent_files()
    for index, path in enumerate(paths, 1):
        action = menu.addAction(menu_text(index, path))
        action.setStatusTip(str(path))
        action.setToolTip(auto_text(str(path)))
        action.triggered.connect(lambda _=False, p=path: file_actions.open_path(p, window))
    if not paths:
        empty = menu.addAction(translate("RecentMenu", "No recent maps"))
        empty.setEnabled(False)
        return
    menu.addSeparator()
    menu.addAction(translate("RecentMenu", "&Clear Menu"), settings.clear_recent_files)


def install(window) -> dict:
    menu = QMenu(translate("RecentMenu", "Open &Recent"), window)
    menu.setToolTipsVisible(True)
    menu.aboutToShow.connect(lambda: _fill(menu, window))
    file_menu = window.menus["file"]
    after_open = _action_after(file_menu, window.menu_actions["&Open…"])
    file_menu.insertMenu(after_open, menu)
    return {"recent_menu": menu}


def _action_after(menu: QMenu, action: QAction) -> QAction | None:
    actions = menu.actions()
    index = actions.index(action)
    return actions[index + 1] if index + 1 < len(actions) else None
