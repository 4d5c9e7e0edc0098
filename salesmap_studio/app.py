"""The GUI entry: the Application with the bundled fonts, and one window per map."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from .export.qt_paint import ensure_fonts
from .ui import file_actions
from .ui.icons import app_icon
from .ui.recovery import startup

APP_NAME = "SalesMap Studio"


class Application(QApplication):
    """macOS hands a double-clicked .smap file to the running app as a FileOpen event, not as an argument.
    It is caught here rather than by an app-wide event filter, which every event of every widget would
    pass through (a Python call each: ≈ 9,000 of them while a 1,000-stage map opens)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            file_actions.open_path(event.file())
            return True
        return super().event(event)


def application() -> QApplication:
    """The running Application (created once), with the map font registered."""
    app = QApplication.instance() or Application(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("SalesMap Studio")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("salesmap-studio")  # Wayland matches the window to its desktop entry and icon
    ensure_fonts()
    return app


def run(files: list[str]) -> int:
    """Offers crash recovery, opens each file in its own window (the start screen when there is none); returns the exit code."""
    app = application()
    startup.begin(app)  # UI language, the session lock and the crash log, before any window
    startup.tell_about_last_crash()
    windows = startup.offer_recovery() + [file_actions.open_path(path) for path in files]
    if not files and not windows:
        startup.open_start_screen()
    elif not any(windows):
        return 2
    for window in windows:
        if window is not None:
            window.canvas.fit_map()
    return app.exec()
