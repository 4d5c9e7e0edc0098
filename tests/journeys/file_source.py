"""A file manager's stand-in for the journeys: a small window whose contents drag FILE as a URL.

`python -m tests.journeys.file_source FILE` shows it at the screen's right; pressing the mouse on it
and moving starts a real drag (XDND), as dragging a file out of a file manager does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QApplication, QLabel


class FileSource(QLabel):
    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path
        self.setWindowTitle("file source")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setGeometry(1250, 700, 300, 200)

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            data = QMimeData()
            data.setUrls([QUrl.fromLocalFile(self.path)])
            drag = QDrag(self)
            drag.setMimeData(data)
            drag.exec(Qt.DropAction.CopyAction)


def main() -> int:
    app = QApplication(sys.argv[:1])
    source = FileSource(sys.argv[1])
    source.show()
    print("shown", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
