"""The one session of this running app: its lock and snapshot folder, released on a clean quit.

When the data folder cannot be written (full disk, read-only home), the app
still runs: there is no session, autosave is off, and `problem()` says why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from . import folders
from .lock import Session

_session: Session | None = None
_problem = ""


def current_session() -> Session | None:
    """This app's session, started on first use; None when the data folder cannot be written."""
    global _session, _problem
    if _session is None and not _problem:
        try:
            _session = Session(folders.data_folder())
        except OSError as error:
            _problem = str(error.strerror or error)
            return None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(end_session)
    return _session


def problem() -> str:
    """Why there is no session ("" when there is one)."""
    return _problem


def end_session() -> None:
    global _session
    if _session is not None:
        _session.release()
        _session = None
