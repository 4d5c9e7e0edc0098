"""What the app does when it starts: UI language, session lock, crash recovery, start screen."""

from __future__ import annotations

from .. import i18n
from . import folders
from .lock import recoverable
from .session import current_session


def begin(app) -> None:
    """Before any window: translators for the UI language, and this session's lock."""
    i18n.install_translators(app)
    current_session()


def offer_recovery() -> list:
    """After a crash, asks what to do with the unsaved maps; returns the windows restored."""
    found = recoverable(folders.data_folder(), own=current_session())
    if not found:
        return []
    from .dialog import RecoveryDialog

    dialog = RecoveryDialog(found)
    dialog.exec()
    return dialog.restored


def open_start_screen() -> None:
    from ..start_screen import show_start_screen

    show_start_screen()
