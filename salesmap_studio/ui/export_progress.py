"""A progress dialog with Cancel for exports that take longer than a second.

The export runs in the window's thread (PNG and SVG paint with Qt); the dialog is kept
alive by the export's progress ticks, which process events at most every 50 ms. Cancel
stops the export before its one atomic write, so nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from ..export.progress import Cancelled, Progress
from ..persistence import one_line

translate = QCoreApplication.translate
STEPS = 1000
SHOW_AFTER_MS = 1000


class ExportProgress:
    def __init__(self, parent: QWidget, file_name: str) -> None:
        text = translate("ExportProgress", "Exporting {name}…").format(name=one_line(file_name))
        self.dialog = QProgressDialog(parent)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
        self.dialog.setLabel(label)
        self.dialog.setCancelButtonText(translate("ExportProgress", "Cancel"))
        self.dialog.setRange(0, STEPS)
        self.dialog.setWindowTitle(translate("ExportProgress", "Export"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.progress = Progress(self._heard)

    def _heard(self, done: int, total: int) -> None:
        self.dialog.setValue(STEPS * done // max(total, 1))
        QCoreApplication.processEvents()
        if self.dialog.wasCanceled():
            raise Cancelled

    def close(self) -> None:
        self.dialog.close()
