"""The safety net for the unexpected: nothing a bug does may cost the user their work.

An uncaught Python exception (in a slot, an event handler, a paint) is written
to the session's crash log; every map with unsaved changes is snapshotted at
once; and one dialog says what happened, where the log is, and offers to save a
copy of the map. A hard crash is caught by faulthandler into the same log, and
the next start says so (`tell_about_last_crash`) before it offers the snapshots.
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import file_actions
from ..plain_text import message_box
from . import crash_log

translate = QCoreApplication.translate
_showing = False          # one dialog at a time: an exception while it is up is only logged
_told: set[str] = set()   # the same fault repeating (a paint every frame) is shown once


def install(root: Path, session_name: str) -> None:
    """Starts the session's crash log and catches uncaught exceptions from here on."""
    crash_log.start(root, session_name)
    sys.excepthook = on_exception
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(crash_log.end)


def on_exception(kind, value, trace) -> None:
    """sys.excepthook: log, keep the work, tell the user once; never raise."""
    text = "".join(traceback.format_exception(kind, value, trace))
    crash_log.write(text)
    sys.__stderr__.write(text)
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    where = traceback.extract_tb(trace)[-1:] if trace is not None else []
    key = f"{kind.__name__}:{where[0].filename}:{where[0].lineno}" if where else kind.__name__
    if threading.current_thread() is not threading.main_thread() or key in _told:
        return
    _told.add(key)
    keep_snapshots()
    _offer_help(value)


def keep_snapshots() -> None:
    """Every map with unsaved changes goes to its recovery snapshot now, not in a few seconds."""
    for window in file_actions.open_windows():
        autosaver = getattr(window, "autosaver", None)
        if autosaver is not None:
            autosaver.keep_now()


def _offer_help(error: BaseException) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        _dialog(error)
    finally:
        _showing = False


def _dialog(error: BaseException) -> None:
    window = _window_with_changes()
    log = crash_log.current()
    box = message_box(QMessageBox.Icon.Critical, translate("SafetyNet", "Something went wrong"),
                      translate("SafetyNet", "SalesMap Studio ran into a problem it did not expect. "
                                "Your unsaved changes are kept in a recovery snapshot."),
                      QMessageBox.StandardButton.NoButton, window)   # the log's path is the user's text
    details = translate("SafetyNet", "What happened was written to:\n{path}").format(path=log) if log else \
        translate("SafetyNet", "The report could not be written to the data folder.")
    box.setInformativeText(details)
    box.setDetailedText(f"{type(error).__name__}: {error}")
    save = box.addButton(translate("SafetyNet", "Save a Copy…"), QMessageBox.ButtonRole.ActionRole) \
        if window is not None else None
    box.addButton(translate("SafetyNet", "Continue"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if save is not None and box.clickedButton() is save:
        file_actions.save_copy(window)


def _window_with_changes():
    """The active map window if it has unsaved changes, else any that has, else None."""
    windows = [w for w in file_actions.open_windows() if not w.undo_stack.isClean()]
    active = QApplication.activeWindow()
    return active if active in windows else (windows[0] if windows else None)
