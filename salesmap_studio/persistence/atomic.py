"""The one write path for every file the app produces (.smap, PDF, PNG, SVG).

The data goes to a temporary file beside the target, is flushed and synced, and
is renamed over the target, so a crash or a full disk leaves either the old file
or the new one, never a torn one. The target is never truncated in place.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable

from .errors import one_line

_RENAME_TRIES = 6  # Windows: a virus scanner or indexer may hold the target briefly.


class RefusedTarget(OSError):
    """A file the save will not replace: not a regular file, or a link to nothing."""


class ReadOnlyFile(RefusedTarget):
    """The target's mode bits say nobody may write it (root could: the bits decide, not os.access)."""


def atomic_write(path: str | os.PathLike, data: bytes | Iterable[bytes]) -> None:
    """Replace `path` (through a symbolic link: the file it names) with `data`, atomically; `data` may
    be an iterable of chunks, written as they come (an error or cancel while it runs writes nothing).

    A hard-linked file becomes a new file with the old one's mode and, where allowed, owner;
    its other names keep the old content (docs/workshop.md says so to users)."""
    asked = Path(path)
    target = _target(asked)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise _naming(asked, err) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in [data] if isinstance(data, bytes) else data:
                handle.write(chunk)
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


def _target(asked: Path) -> Path:
    """The file to replace: `asked`, or the file its symbolic link names; refuses what must not be replaced."""
    target = Path(os.path.realpath(asked)) if asked.is_symlink() else asked
    try:
        info = target.stat()
    except FileNotFoundError:
        if target != asked:
            raise RefusedTarget(errno.ENOENT, f"the link points to {one_line(target)}, which does not exist",
                                one_line(asked)) from None
        return target
    except OSError:
        return target  # a folder we cannot look into: mkstemp will say why
    if not stat.S_ISREG(info.st_mode):
        raise RefusedTarget(errno.EINVAL, "not a regular file", one_line(asked))
    if not info.st_mode & 0o222:
        raise ReadOnlyFile(errno.EACCES, "the file is read-only", one_line(asked))
    return target


def _naming(target: Path, err: OSError) -> OSError:
    """The same error, naming the file the user asked for (not our temporary one, nor none), on one line."""
    if err.errno is None:
        return err
    return type(err)(err.errno, err.strerror, one_line(target))


def _keep_mode(target: Path, tmp_name: str) -> None:
    # mkstemp creates 0600; a saved map keeps the permissions and, where allowed, the owner
    # of the file it replaces (or gets the usual permissions for a new file).
    try:
        info = target.stat()
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_name, 0o666 & ~umask)
        return
    os.chmod(tmp_name, info.st_mode & 0o7777)
    if hasattr(os, "chown"):
        try:
            os.chown(tmp_name, info.st_uid, info.st_gid)
        except OSError:
            pass  # only root may give a file away; the new file is then the saver's


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
