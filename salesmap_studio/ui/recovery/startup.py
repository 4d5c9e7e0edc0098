"""What the app does when it starts: UI language, session lock, crash recovery, start screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ...settings import APPLICATION as APP_NAME
from .. import i18n
from ..plain_text import auto_text, message_box
from . import crash_log, safety_net
from .lock import recoverable
from .session import current_session, problem


def begin(app) -> None:
    """Before any window: translators for the UI language, this session's lock and its crash log."""
    i18n.install_translators(app)
    session = current_session()
    if session is not None:
        safety_net.install(session.root, session.name)
    else:
        QMessageBox.warning(None, APP_NAME, auto_text(QCoreApplication.translate(
            "Startup", "Autosave and crash recovery are off: SalesMap Studio cannot write to its data folder "
            "({why}). Save often.").format(why=problem())))


def tell_about_last_crash() -> None:
    """After a hard crash (its log holds a report), says so once and where the report is."""
    session = current_session()
    logs = crash_log.unreported(session.root) if session is not None else []
    if logs:
        box = message_box(QMessageBox.Icon.Warning, APP_NAME, QCoreApplication.translate(   # a path is the user's text
            "Startup", "SalesMap Studio stopped unexpectedly last time. What happened was written to:"))
        box.setInformativeText("\n".join(str(log) for log in logs))
        box.exec()


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
