"""Where recovery snapshots, session locks and backups live: the per-user data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from ...settings import APPLICATION, ORGANIZATION


def data_folder() -> Path:
    """`QStandardPaths.AppDataLocation` for SalesMap Studio (never next to the user's files)."""
    app = QCoreApplication.instance()
    if app is not None and app.applicationName() != APPLICATION:
        # The location is named after the application; set it before asking.
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
