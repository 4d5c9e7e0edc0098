"""The GUI entry: a QApplication and one window per map."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from .model import MapInfo, SalesMap
from .persistence import SmapError, load


def run(files: list[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    windows = []
    for path in files or [None]:
        try:
            doc = load(path) if path else SalesMap(MapInfo(title="New sales process"))
        except SmapError as err:
            QMessageBox.critical(None, "SalesMap Studio", str(err))
            continue
        window = QMainWindow()
        window.setWindowTitle(f"{doc.info.title or 'Untitled'} — SalesMap Studio")
        window.setCentralWidget(QLabel(doc.info.title))
        window.show()
        windows.append(window)
    return app.exec() if windows else 2
