"""The one write path for every file the app produces (.smap, PDF, PNG, SVG).

The data goes to a temporary file beside the target, is flushed and synced, and
is renamed over the target, so a crash or a full disk leaves either the old file
or the new one, never a torn one. The target is never truncated in place.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

_RENAME_TRIES = 6  # Windows: a virus scanner or indexer may hold the target briefly.


def atomic_write(path: str | os.PathLike, data: bytes) -> None:
    asked = Path(path)
    # Saving through a symbolic link updates the file it points to and keeps the link.
    target = Path(os.path.realpath(asked)) if asked.is_symlink() else asked
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise _naming(asked, err) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(target, tmp_name)
        _replace(tmp_name, target)
    except OSError as err:
        _remove_quietly(tmp_name)
        raise _naming(asked, err) from None
    except BaseException:
        _remove_quietly(tmp_name)
        raise
    _sync_folder(folder)


def _naming(target: Path, err: OSError) -> OSError:
    """The same error, naming the file the user asked for (not our temporary one, nor none)."""
    if err.errno is None:
        return err
    return type(err)(err.errno, err.strerror, str(target))


def _keep_mode(target: Path, tmp_name: str) -> None:
    # mkstemp creates 0600; a saved map should keep the permissions it had
    # (or get the usual ones for a new file).
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp_name, mode)


def _replace(tmp_name: str, target: Path) -> None:
    for attempt in range(_RENAME_TRIES):
        try:
            os.replace(tmp_name, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == _RENAME_TRIES - 1:
                raise
            time.sleep(0.05 * 2**attempt)


def _sync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the rename is done
    finally:
        os.close(fd)


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
