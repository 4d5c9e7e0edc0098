"""A map opened from File ▸ Open… is painted once, with the panels already where they stay.

A new window used to be shown with its provisional dock layout (the panel added last in
front, the panels at their own width) and get its saved or default layout a moment later:
the map was painted twice, the second time a few pixels narrower or wider (issue 14: a
canvas paint of a big map is tens of milliseconds of its open).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabBar

from salesmap_studio.persistence import save
from salesmap_studio.ui import file_actions
from salesmap_studio.ui.canvas import MapView
from salesmap_studio.ui.main_window import MainWindow
from salesmap_studio.ui.panels.install import PANEL_WIDTH


class CanvasFrames(QObject):
    """Every paint of a canvas: the width it was painted at."""

    def __init__(self) -> None:
        super().__init__()
        self.widths: dict[MapView, list[int]] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = watched.parent() if event.type() == QEvent.Type.Paint else None
        if isinstance(view, MapView) and watched is view.viewport():
            self.widths.setdefault(view, []).append(watched.width())
        return False


def front_tab(window) -> str:
    bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible() and bar.count() > 2]
    return bars[0].tabText(bars[0].currentIndex()) if bars else ""


def test_an_opened_map_is_painted_once_with_the_inspector_in_front(qapp, qtbot, window_for, template, tmp_path,
                                                                   monkeypatch):
    opener = window_for(template("five-step", "en"))
    # A screen as most are: the window opens wide enough for the map and the panels.
    monkeypatch.setattr(MainWindow, "_size_for_screen", lambda window: window.resize(1600, 1000))
    path = tmp_path / "big.smap"
    save(template("extended-b2b", "en"), path)
    monkeypatch.setattr(file_actions, "ask_open_path", lambda _parent: str(path))
    frames = CanvasFrames()
    qapp.installEventFilter(frames)
    try:
        before = set(file_actions.open_windows())
        opener.menu_actions["&Open…"].trigger()
        (window,) = set(file_actions.open_windows()) - before
        painted = lambda: frames.widths.get(window.canvas, [])  # noqa: E731
        # Until the panels are in place and the canvas has been painted at its width there.
        qtbot.waitUntil(lambda: front_tab(window) == window.inspector_dock.windowTitle()
                        and window.inspector_dock.width() == PANEL_WIDTH
                        and painted()[-1:] == [window.canvas.viewport().width()])
    finally:
        qapp.removeEventFilter(frames)
    assert painted() == [window.canvas.viewport().width()]
    window.undo_stack.setClean()
    window.close()
