"""Shared fixtures. Qt runs offscreen: set before any test module imports Qt."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings and recovery files of a test run stay out of the user's own folders.
_SANDBOX = tempfile.mkdtemp(prefix="salesmap-tests-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = os.path.join(_SANDBOX, _name.lower())

import pytest  # noqa: E402

from salesmap_studio.model import Lane, MapInfo, SalesMap  # noqa: E402

TEMPLATES = Path(__file__).resolve().parent.parent / "resources" / "templates"


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt builds the app's own Application, so what reaches the app object (a file from Finder)
    goes where it goes in the real app."""
    from salesmap_studio.app import Application

    return Application


@pytest.fixture(autouse=True)
def fresh_panel_layout():
    """Each test's windows start with the default panels: a window saves its dock layout when it
    closes (ui/panels/install.py), and a squeezed or widened one must not leak into the next test."""
    yield
    if "salesmap_studio.ui.panels.install" in sys.modules:
        from PySide6.QtCore import QSettings

        from salesmap_studio.settings import APPLICATION, ORGANIZATION
        from salesmap_studio.ui.panels.install import LAYOUT_KEY

        QSettings(ORGANIZATION, APPLICATION).remove(LAYOUT_KEY)


@pytest.fixture
def doc() -> SalesMap:
    """A fresh English map with two lanes (Marketing on top, Sales below) and nothing on it."""
    return SalesMap.from_parts(
        MapInfo(title="Test map", language="en"),
        lanes=[Lane(id="marketing", name="Marketing", color="#4A7FB5"), Lane(id="sales", name="Sales", color="#3E9E78")],
    )


@pytest.fixture
def template():
    """Loads a bundled template: `template("extended-b2b", "de")`."""
    from salesmap_studio.persistence import load

    return lambda name, lang="en": load(TEMPLATES / f"{name}.{lang}.smap")


@pytest.fixture
def window_for(qtbot):
    """Opens a MainWindow on a document, shown; closed again after the test (unless the test closed it)."""
    import shiboken6

    from salesmap_studio.ui.main_window import MainWindow

    opened = []

    def open_window(document: SalesMap, path=None):
        window = MainWindow(document, path)
        opened.append(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # shortcuts go to the active window
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        window.canvas.setFocus()
        window.menu_actions["&Snap to Grid"].setChecked(False)  # a saved preference must not move a drag
        window.canvas.snap_to_grid = False
        window.canvas.actual_size()
        return window

    yield open_window
    for window in opened:
        if shiboken6.isValid(window):   # a window the test closed is deleted by Qt (WA_DeleteOnClose)
            # Closing at the end of a test must not stop on "Save the changes?".
            window.canvas.editor.cancel()
            window.undo_stack.setClean()
            window.close()


@pytest.fixture
def german(qapp):
    """The UI in German for one test (Qt's and our translations), English again afterwards."""
    from salesmap_studio.ui import i18n

    i18n.install_translators(qapp, "de")
    yield
    i18n.install_translators(qapp, "en")


def pytest_sessionfinish(session, exitstatus):
    """A copy leaves a QMimeData made in Python on the clipboard. Qt would delete it in its exit
    handlers, after Python is gone (a segmentation fault as the run ends): let it go while Python runs.
    (The app itself destroys its QApplication, and with it the clipboard's data, before Python ends.)"""
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.clipboard().clear()
