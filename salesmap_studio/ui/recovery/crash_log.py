"""A crash log for each session, in the per-user data folder beside the recovery snapshots.

`faulthandler` writes a hard crash (a segmentation fault, an abort) there, and
every uncaught Python exception is written there too (see safety_net.py). A
clean quit deletes a log that holds nothing but its header and keeps one that
holds something, marked as ended. A log left by a session that is no longer
running and holds a report is a crash the user has not been told about: the
next start says so once (`unreported`) and marks it as seen.
"""

from __future__ import annotations

import datetime
import faulthandler
import os
import platform
import sys
from pathlib import Path
from typing import TextIO

from ... import __version__
from .lock import is_running

FOLDER = "crash-logs"
HEADER_END = "----\n"
ENDED, SEEN = ".ended", ".seen"   # suffixes before ".log": a clean quit; a crash already told
KEEP = 10                         # the newest logs kept; older ones go at the next start

_log: TextIO | None = None
_path: Path | None = None


def start(root: Path, session_name: str) -> Path | None:
    """Opens this session's log and points faulthandler at it; None when it cannot be written."""
    global _log, _path
    folder = root / FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _prune(folder)
        path = folder / f"{session_name}.log"
        log = open(path, "w", encoding="utf-8", buffering=1)   # line-buffered: a crash loses no line
        log.write(_header())
        log.flush()
    except OSError:
        return None
    faulthandler.enable(log, all_threads=True)
    _log, _path = log, path
    return path


def current() -> Path | None:
    """This session's log, if it could be opened."""
    return _path


def write(text: str) -> None:
    """Adds a report (an exception with its traceback) to this session's log."""
    if _log is not None:
        stamp = datetime.datetime.now().isoformat(timespec="seconds")
        try:
            _log.write(f"{stamp}\n{text.rstrip()}\n\n")
            _log.flush()
        except (OSError, ValueError):   # a full disk or a closed log must not raise from the hook
            pass


def end() -> None:
    """A clean quit: an empty log goes, one with reports stays (marked as ended, so it is not a crash)."""
    global _log, _path
    if _log is None or _path is None:
        return
    faulthandler.disable()
    _log.close()
    try:
        if _path.read_text(encoding="utf-8").endswith(HEADER_END):
            _path.unlink()
        else:
            _path.rename(_path.with_name(_path.stem + ENDED + ".log"))
    except OSError:
        pass
    _log, _path = None, None


def unreported(root: Path) -> list[Path]:
    """Logs of crashed sessions that hold a report and were not shown yet, newest first; marked as seen."""
    folder = root / FOLDER
    found = []
    for path in sorted(folder.glob("*.log"), key=_mtime, reverse=True) if folder.is_dir() else []:
        if path.stem.endswith((ENDED, SEEN)) or path == _path or is_running(root, path.stem):
            continue
        try:
            holds_report = not path.read_text(encoding="utf-8", errors="replace").endswith(HEADER_END)
            seen = path.with_name(path.stem + SEEN + ".log")
            path.rename(seen)
        except OSError:
            continue
        if holds_report:
            found.append(seen)
        else:
            seen.unlink(missing_ok=True)   # killed without a word (the recovery dialog says that much)
    return found


def _header() -> str:
    started = datetime.datetime.now().isoformat(timespec="seconds")
    return (f"SalesMap Studio {__version__} · Python {platform.python_version()} · {platform.platform()}\n"
            f"started {started} · process {os.getpid()} · {sys.executable}\n{HEADER_END}")


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _prune(folder: Path) -> None:
    for old in sorted(folder.glob("*.log"), key=_mtime, reverse=True)[KEEP:]:
        old.unlink(missing_ok=True)
