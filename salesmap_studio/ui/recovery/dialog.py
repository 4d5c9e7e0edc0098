"""After a crash: the maps that were not saved, each with Restore / Save As… / Discard.

A snapshot leaves the list (and the disk) only when it was saved to a file or
explicitly discarded; Restore hands it to a new window, whose autosave takes it
over. "Later" keeps them all for the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QVBoxLayout)

from ... import settings
from ...persistence import SmapError, save
from .. import file_actions
from ..plain_text import auto_text
from .snapshots import Snapshot, delete_snapshot
from .versions import local_time


class RecoveryDialog(QDialog):
    def __init__(self, snapshots: list[Snapshot], parent=None) -> None:
        super().__init__(parent)
        self.restored: list = []   # the windows opened by Restore
        self.setWindowTitle(self.tr("Recover Unsaved Maps"))
        self.maps = QListWidget(self)
        self.maps.setWordWrap(True)
        self.maps.setSpacing(6)
        self.maps.setAlternatingRowColors(True)
        for snapshot in snapshots:
            self.maps.addItem(self._item(snapshot))
        self.maps.setCurrentRow(0)
        self.maps.currentRowChanged.connect(self._enable)
        intro = QLabel(self.tr("SalesMap Studio did not close properly last time. "
                               "These maps had changes that were not saved:"), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.maps)
        layout.addLayout(self._buttons())
        self._enable()
        self.resize(720, 400)

    def _item(self, snapshot: Snapshot) -> QListWidgetItem:
        where = str(snapshot.original_path) if snapshot.original_path else self.tr("never saved")
        title = snapshot.title or self.tr("Untitled map")
        when = local_time(snapshot.saved_at)
        text = title + "\n" + self.tr("{where} — autosaved {time}").format(where=where, time=when)
        item = QListWidgetItem(text)
        if snapshot.problem:   # the exact English problem goes in the tooltip
            item.setText(text + "\n" + self.tr("Cannot be restored: the autosaved copy is damaged."))
            item.setToolTip(auto_text(snapshot.problem))
        item.setData(Qt.ItemDataRole.UserRole, snapshot)
        return item

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.save_as_button = QPushButton(self.tr("Save As…"), self)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.later_button = later = QPushButton(self.tr("Later"), self)
        self.restore_button.clicked.connect(self.restore)
        self.save_as_button.clicked.connect(self.save_as)
        self.discard_button.clicked.connect(self.discard)
        later.clicked.connect(self.reject)
        for button in (self.restore_button, self.save_as_button, self.discard_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(later)
        self.restore_button.setDefault(True)
        return row

    def current(self) -> Snapshot | None:
        item = self.maps.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _enable(self) -> None:
        snapshot = self.current()
        readable = snapshot is not None and not snapshot.problem
        self.restore_button.setEnabled(readable)
        self.save_as_button.setEnabled(readable)
        self.discard_button.setEnabled(snapshot is not None)

    def _done_with_current(self) -> None:
        self.maps.takeItem(self.maps.currentRow())
        if self.maps.count() == 0:
            self.accept()
        self._enable()

    def _load(self, snapshot: Snapshot):
        try:
            return snapshot.load()
        except SmapError as error:
            sentence = self.tr("The autosaved copy could not be read as a sales map and was not restored.")
            file_actions.show_error(self, self.tr("Cannot restore map"), sentence, str(error))
            return None

    def restore(self) -> None:
        snapshot = self.current()
        document = self._load(snapshot) if snapshot else None
        if document is None:
            return
        window = file_actions.new_window(document, snapshot.original_path)
        window.undo_stack.resetClean()   # not saved yet: the * shows and closing asks
        window.update_title()
        window.autosaver.adopt(snapshot)
        self.restored.append(window)
        self._done_with_current()

    def save_as(self) -> None:
        snapshot = self.current()
        document = self._load(snapshot) if snapshot else None
        if document is None:
            return
        suggestion = str(snapshot.original_path or Path.home() / f"{snapshot.title or 'map'}.smap")
        chosen = file_actions.ask_save_path(self, suggestion)
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".smap") else chosen + ".smap")
        try:
            save(document, path)
        except OSError as error:
            file_actions.show_error(self, self.tr("Cannot save map"),
                                    self.tr("“{path}” could not be written: {why}")
                                    .format(path=path, why=error.strerror or error))
            return
        settings.add_recent_file(path)
        delete_snapshot(snapshot.file)
        self._done_with_current()

    def discard(self) -> None:
        snapshot = self.current()
        if snapshot is None or not confirm_discard(self, snapshot.title or self.tr("Untitled map")):
            return
        delete_snapshot(snapshot.file)
        self._done_with_current()


def confirm_discard(parent, title: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("RecoveryDialog", "Discard Recovered Changes"),
        auto_text(QCoreApplication.translate(
            "RecoveryDialog", "Throw away the unsaved changes to “{title}” for good?").format(title=title)),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard
