"""Autosave: a recovery snapshot of each map with unsaved changes, never the user's file.

A snapshot is written 2 s after the last edit, and at least every
`autosave_seconds` (Preferences, 30 s by default) while edits keep coming. When
the map is saved (or undone back to its saved state) the snapshot goes, because
the file then holds everything; so does a map closed with an explicit Discard.
The timers' snapshots are written on a worker thread (`background.py`): the UI
only takes the document's parts.
"""

from __future__ import annotations

import uuid
from concurrent.futures import Future, wait

import shiboken6

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from ...model.events import CHANGED
from ...settings import load_preferences
from .session import current_session, problem
from .background import write_in_background
from .snapshots import Snapshot, delete_snapshot

QUIET_MS = 2000


class Autosaver(QObject):
    _written = Signal(str)  # from the worker thread: why the write failed, or "" (queued to the UI thread)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        session = current_session()
        self.file = session.snapshot_file(uuid.uuid4().hex) if session else None  # None: autosave is off
        self._pending = False
        self._in_flight: Future | None = None
        self._written.connect(self._after_write)
        self._quiet = self._timer(QUIET_MS)
        self._regular = self._timer(load_preferences().autosave_seconds * 1000)
        # Document changes, not only the undo index: typing merges into one undo step
        # (the index stands still), yet every keystroke that lands must be snapshotted.
        window.document.events.subscribe(CHANGED, self._edited)
        window.destroyed.connect(self._detach)
        window.undo_stack.cleanChanged.connect(self._clean_changed)

    def _detach(self, *_args) -> None:
        self.window.document.events.unsubscribe(CHANGED, self._edited)
        self._wait()

    def _timer(self, milliseconds: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(milliseconds)
        timer.timeout.connect(self.write_soon)
        return timer

    def set_interval(self, seconds: int) -> None:
        """The longest time between snapshots while edits keep coming (Preferences)."""
        self._regular.setInterval(seconds * 1000)

    def _stack_alive(self) -> bool:
        # A QUndoStack clears itself (and signals) while it is being destroyed with its window.
        return shiboken6.isValid(self.window) and shiboken6.isValid(self.window.undo_stack)

    def _edited(self, *_change) -> None:
        # No clean check here: a command changes the document before the undo stack
        # counts it. write_now skips a map that is back at its saved state.
        self._pending = True
        self._quiet.start()               # restarts: 2 s after the last edit
        if not self._regular.isActive():  # does not restart: a ceiling while edits keep coming
            self._regular.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean and self._stack_alive():
            self.discard()

    def write_soon(self) -> None:
        """Starts writing the snapshot on the worker thread, if there are unsaved changes."""
        if not self._pending or self.window.undo_stack.isClean():
            return
        if self.file is None:
            self.window.show_message(self.tr("Autosave is off: {why}").format(why=problem()))
            self._pending = False
            return
        self._quiet.stop()
        self._regular.stop()
        self._pending = False  # an edit from now on asks for the next snapshot
        self._in_flight = write_in_background(self.file, self.window.document, self.window.path,
                                              self._tell)

    def write_now(self) -> None:
        """Writes the snapshot and waits for it (something unexpected happened, or a restore)."""
        self.write_soon()
        self._wait()
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)  # a failure is handled before we return

    def _tell(self, why: str) -> None:
        # On the worker thread: the window (and we with it) may be gone by now.
        if shiboken6.isValid(self):
            self._written.emit(why)

    def _after_write(self, why: str) -> None:
        if why:
            self._pending = True  # written at the next chance
            self.window.show_message(self.tr("Autosave failed: {why}").format(why=why))

    def _wait(self) -> None:
        if self._in_flight is not None:
            wait([self._in_flight])
            self._in_flight = None

    def keep_now(self) -> None:
        """Snapshots the unsaved changes at once (something unexpected happened)."""
        self._pending = True
        self.write_now()

    def discard(self) -> None:
        """The snapshot is no longer needed: the map was saved or its changes were discarded."""
        self._pending = False
        self._quiet.stop()
        self._regular.stop()
        self._wait()  # a write under way would put the snapshot back
        if self.file is not None:
            delete_snapshot(self.file)

    def adopt(self, recovered: Snapshot) -> None:
        """Takes over a snapshot restored after a crash: ours is written first, then the old one goes."""
        self._pending = True
        self.write_now()
        if not self._pending and self.file is not None:
            delete_snapshot(recovered.file)
