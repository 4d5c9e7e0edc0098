"""What the app does when it starts: UI language, session lock, crash recovery, start screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ...settings import APPLICATION as APP_NAME
from .. import i18n
from .lock import recoverable
from .session import current_session, problem


def begin(app) -> None:
    """Before any window: translators for the UI language, and this session's lock."""
    i18n.install_translators(app)
    if current_session() is None:
        QMessageBox.warning(None, APP_NAME, QCoreApplication.translate(
            "Startup", "Autosave and crash recovery are off: SalesMap Studio cannot write to its data folder "
            "({why}). Save often.").format(why=problem()))


def offer_recovery() -> list:
    """After a crash, asks what to do with the unsaved maps; returns the windows restored."""
    session = current_session()
    if session is None:
        return []
    found = recoverable(session.root, own=session)
    if not found:
        return []
    from .dialog import RecoveryDialog

    dialog = RecoveryDialog(found)
    dialog.exec()
    return dialog.restored


def open_start_screen() -> None:
    from ..start_screen import show_start_screen

    show_start_screen()
