"""Noticing when the file under an open map changes on disk (a colleague saved it on a shared drive).

The app's own saves are recognised by their bytes, so only a foreign change
asks: reload theirs (yours is kept as a backup first) or keep yours.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from ...persistence import dumps
from ..plain_text import message_box


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def ask_reload(window, name: str) -> bool:
    """True: reload the file from disk; False: keep the map as it is in the window."""
    box = message_box(QMessageBox.Icon.Warning, QCoreApplication.translate("ExternalChange", "File changed on disk"),
                      QCoreApplication.translate(
                          "ExternalChange", "“{name}” was changed on disk by another program or person.\n\n"
                          "Reload it (your version is kept under File → Restore a Previous Version…) "
                          "or keep your version (saving will overwrite theirs)?").format(name=name),
                      QMessageBox.StandardButton.NoButton, window)
    reload_button = box.addButton(QCoreApplication.translate("ExternalChange", "Reload"),
                                  QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("ExternalChange", "Keep Mine"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is reload_button


class ExternalChangeWatcher(QObject):
    def __init__(self, window, on_reload) -> None:
        super().__init__(window)
        self.window = window
        self._on_reload = on_reload
        self._known: str | None = None
        self._asking = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(lambda _path: self._settle.start())
        self._settle = QTimer(self)   # a save may arrive as several events: look once it is quiet
        self._settle.setSingleShot(True)
        self._settle.setInterval(300)
        self._settle.timeout.connect(self.check)
        self.follow(window.path)

    def follow(self, path: Path | None) -> None:
        """Watches `path` (after open, save, save as) and takes its current bytes as known."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._known = None
        if path is not None and path.is_file():
            self._known = _digest(path.read_bytes())
            self._watcher.addPath(str(path))

    def check(self) -> None:
        path = self.window.path
        if path is None or self._asking:
            return
        if str(path) not in self._watcher.files() and path.exists():
            self._watcher.addPath(str(path))   # an atomic save replaced the file: watch the new one
        try:
            current = _digest(path.read_bytes())
        except OSError:
            return  # gone or locked for a moment; the next change will tell
        if current in (self._known, _digest(dumps(self.window.document).encode("utf-8"))):
            self._known = current
            return
        self._known = current
        self._asking = True
        try:
            reload = ask_reload(self.window, path.name)
        finally:
            self._asking = False
        if reload:
            self._on_reload()
        else:
            self.window.undo_stack.resetClean()  # the window no longer matches the file
