"""The one session of this running app: its lock and snapshot folder, released on a clean quit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from . import folders
from .lock import Session

_session: Session | None = None


def current_session() -> Session:
    """This app's session, started on first use; a clean quit releases its lock."""
    global _session
    if _session is None:
        _session = Session(folders.data_folder())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(end_session)
    return _session


def end_session() -> None:
    global _session
    if _session is not None:
        _session.release()
        _session = None
