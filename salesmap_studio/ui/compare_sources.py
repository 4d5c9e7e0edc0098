"""File → Compare With…: which version to compare the map with — another .smap file, one of the
versions kept at each save, or (when the file is in a git work tree) a commit of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout

from ..model import SalesMap
from ..persistence import load, loads
from ..versions.git_history import commits_of, read_at
from .file_actions import ask_open_path
from .plain_text import auto_text, plain_label
from .recovery import folders
from .recovery.backups import backups_of
from .recovery.versions import local_time

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Source:
    label: str                     # how the panel names the other version
    read: Callable[[], SalesMap]   # SmapError or OSError when it cannot be read


def file_source(path: str) -> Source:
    return Source(Path(path).name, lambda: load(path))


def saved_sources(path: Path | None) -> list[Source]:
    if path is None:
        return []
    try:
        kept = backups_of(folders.data_folder(), path)
    except OSError:
        return []
    label = translate("Compare", "Saved {time}")
    return [Source(label.format(time=local_time(b.saved_at)), lambda b=b: load(b.file)) for b in kept]


def commit_sources(path: Path | None) -> list[Source]:
    if path is None:
        return []
    label = translate("Compare", "Commit {sha} ({date}): {subject}")
    return [Source(label.format(sha=c.sha[:8], date=_date(c.date), subject=c.subject),
                   lambda c=c: loads(read_at(path, c.sha), f"{path.name}@{c.sha[:8]}")) for c in commits_of(path)]


def _date(iso: str) -> str:
    try:
        return local_time(datetime.fromisoformat(iso))
    except ValueError:
        return iso


class SourceDialog(QDialog):
    """A list: another map file first, then saved versions, then commits."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("Compare", "Compare With"))
        self.window_ = window
        self.sources: list[Source | None] = [None]   # None: ask for a file
        self.list = QListWidget(self)
        self.list.addItem(translate("Compare", "Another map file…"))
        for source in saved_sources(window.path) + commit_sources(window.path):
            self.sources.append(source)
            item = QListWidgetItem(source.label)
            item.setToolTip(auto_text(source.label))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("Compare", "Compare this map with:"), self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> Source | None:
        row = self.list.currentRow()
        if row < 0:
            return None
        if self.sources[row] is None:
            path = ask_open_path(self)
            return file_source(path) if path else None
        return self.sources[row]


def ask_source(window) -> Source | None:
    dialog = SourceDialog(window)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
