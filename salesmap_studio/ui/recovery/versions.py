"""File → Restore a Previous Version…: the kept versions of this map, newest first.

Restoring opens the chosen version in place of this window, on the same file
and marked as changed, so Save writes it back (the current file is already a
backup, so that is not lost either).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListView, QListWidget, QListWidgetItem,
                               QVBoxLayout)

from ...persistence import SmapError, load
from .. import file_actions
from ..plain_text import auto_text, plain_label
from ..start_screen import map_thumbnail
from . import folders
from .backups import Backup, backups_of

THUMB = QSize(160, 100)


def local_time(moment) -> str:
    return QLocale().toString(moment.astimezone(), "ddd d MMM yyyy, HH:mm:ss")


class VersionsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Restore a Previous Version"))
        self.versions = QListWidget(self)
        self.versions.setIconSize(THUMB)
        self.versions.setSpacing(4)
        self.versions.setViewMode(QListView.ViewMode.ListMode)
        self.versions.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("Open This Version"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = self.tr("Saved versions of “{name}”, newest first:").format(name=window.path.name)
        layout.addWidget(plain_label(intro))
        layout.addWidget(self.versions)
        layout.addWidget(buttons)
        self._fill()
        self.resize(620, 520)

    def _fill(self) -> None:
        try:
            versions = backups_of(folders.data_folder(), self.window_.path)
        except OSError:
            versions = []   # no data folder: nothing was kept
        for backup in versions:
            try:
                doc = load(backup.file)
                icon, summary = QIcon(map_thumbnail(doc, THUMB)), self.tr("{title} — {count} nodes").format(
                    title=doc.info.title, count=len(doc.nodes()))
            except SmapError as error:   # the reader's English detail goes in the tooltip
                icon, summary, tip = QIcon(), self.tr("Cannot be read as a sales map"), str(error)
            else:
                tip = ""
            item = QListWidgetItem(icon, f"{local_time(backup.saved_at)}\n{summary}")
            item.setToolTip(auto_text(tip))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.versions.addItem(item)
        if self.versions.count():
            self.versions.setCurrentRow(0)
        else:
            self.versions.addItem(self.tr("No saved versions yet: each save keeps one (up to five)."))
            self.open_button.setEnabled(False)

    def accept(self) -> None:
        item = self.versions.currentItem()
        backup = item.data(Qt.ItemDataRole.UserRole) if item else None
        if isinstance(backup, Backup) and restore(self.window_, backup):
            super().accept()


def restore(window, backup: Backup) -> bool:
    """Shows `backup` in place of `window`; False when it cannot be read or the user keeps the window."""
    try:
        document = load(backup.file)
    except SmapError as error:
        title = QCoreApplication.translate("Recovery", "Cannot open this version")
        sentence = QCoreApplication.translate(
            "Recovery", "This saved version could not be read as a sales map; your map stays as it is.")
        file_actions.show_error(window, title, sentence, str(error))
        return False
    fresh = file_actions.new_window(document, window.path)
    fresh.undo_stack.resetClean()  # differs from the file until saved
    fresh.update_title()
    if window.close():
        return True
    fresh.undo_stack.setClean()    # the user cancelled closing the current window: drop the new one
    fresh.close()
    return False
