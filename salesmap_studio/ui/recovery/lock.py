"""The session lock: one lock file per running app, holding its process id.

A session's folder of snapshots belongs to a live app while its lock is held.
When the app crashed, the lock's process is gone, `QLockFile` sees the lock as
stale, and the snapshots in that folder are offered for recovery. A clean quit
releases the lock (and has already deleted or saved its snapshots).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile

from .snapshots import SUFFIX, Snapshot, read_snapshot


class Session:
    """This app's session: its lock and its snapshot folder under `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.name = f"{os.getpid()}-{time.time_ns()}"
        self.folder = root / "snapshots" / self.name
        (root / "sessions").mkdir(parents=True, exist_ok=True)
        self._lock = _lock_file(root, self.name)
        if not self._lock.tryLock(0):
            raise OSError(f"cannot create the session lock in {root}")

    def snapshot_file(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def release(self) -> None:
        """A clean end: the lock goes, and so does the folder if it is empty."""
        self._lock.unlock()
        try:
            self.folder.rmdir()
        except OSError:
            pass


def _lock_file(root: Path, name: str) -> QLockFile:
    lock = QLockFile(str(root / "sessions" / f"{name}.lock"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock


def is_running(root: Path, name: str) -> bool:
    """True while the session's app holds its lock; a crashed session's stale lock is cleared."""
    lock = _lock_file(root, name)
    if lock.tryLock(0):
        lock.unlock()  # the crashed session's lock is gone now; its snapshots stay
        return False
    return True  # held by a live app (or unreadable: then leave it alone too)


def recoverable(root: Path, own: Session | None = None) -> list[Snapshot]:
    """Snapshots left by sessions that are no longer running, newest first."""
    found = []
    for folder in sorted((root / "snapshots").glob("*")):
        if not folder.is_dir() or (own is not None and folder.name == own.name) or is_running(root, folder.name):
            continue
        found.extend(read_snapshot(file) for file in sorted(folder.glob(f"*{SUFFIX}")))
    return sorted(found, key=lambda snapshot: snapshot.saved_at, reverse=True)
