"""What the desktop hands the running app: a file opened from Finder arrives as a FileOpen event."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from salesmap_studio import app as entry
from salesmap_studio.persistence import save
from salesmap_studio.ui import file_actions


def test_a_file_open_event_opens_the_map_in_a_window(qtbot, template, tmp_path):
    application = entry.application()
    path = tmp_path / "from-finder.smap"
    save(template("five-step", "de"), path)
    QApplication.sendEvent(application, QFileOpenEvent(QUrl.fromLocalFile(str(path))))
    opened = [w for w in file_actions.open_windows() if w.path is not None and w.path.resolve() == path.resolve()]
    assert len(opened) == 1
    window = opened[0]
    qtbot.addWidget(window)
    assert window.document.to_dict() == template("five-step", "de").to_dict()
    assert application.desktopFileName() == "salesmap-studio"
