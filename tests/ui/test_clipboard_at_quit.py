"""Quitting after a copy ends the app cleanly: it used to die on the way out (a segmentation fault)."""

from __future__ import annotations

import subprocess
import sys

COPY_THEN_QUIT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from salesmap_studio.model import MapInfo, SalesMap
from salesmap_studio.ui.main_window import MainWindow


def main():
    app = QApplication([])
    window = MainWindow(SalesMap(MapInfo(title="Copy", language="en")))
    window.show()
    window.selection.set_ids([window.modeling.add_node("stage", 100, 130, name="Lead")])
    window.menu_actions["&Copy"].trigger()
    window.undo_stack.setClean()
    QTimer.singleShot(50, app.quit)
    return app.exec()


raise SystemExit(main())
"""


def test_quitting_after_a_copy_ends_cleanly():
    done = subprocess.run([sys.executable, "-c", COPY_THEN_QUIT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
