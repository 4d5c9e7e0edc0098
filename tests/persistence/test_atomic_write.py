"""A failed save never hurts the file the user already has: the old bytes stay, no temporary file is left."""

from __future__ import annotations

import errno
import os

import pytest

from salesmap_studio import cli
from salesmap_studio.persistence import atomic, atomic_write, dumps, load, save

from .conftest import FIXTURES

OLD = b'{"format": "salesmap", "version": 1, "nodes": []}\n'


def disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def read_only_folder(*args, **kwargs):
    # What a write-protected folder or a read-only mount answers (as root, chmod cannot simulate it).
    raise OSError(errno.EROFS, "Read-only file system")


class FullDiskFile:
    """A file whose data does not fit: the first write raises ENOSPC."""

    def __init__(self, handle) -> None:
        self.handle = handle

    def write(self, data):
        disk_full()

    def __getattr__(self, name):
        return getattr(self.handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


def fail_writes(monkeypatch) -> None:
    real_fdopen = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda *a, **k: FullDiskFile(real_fdopen(*a, **k)))


FAILURES = {
    "the write finds the disk full": fail_writes,
    "the sync finds the disk full": lambda mp: mp.setattr(atomic.os, "fsync", disk_full),
    "the rename finds the disk full": lambda mp: mp.setattr(atomic.os, "replace", disk_full),
    "the rename is refused": lambda mp: mp.setattr(atomic.os, "replace", read_only_folder),
    "the folder is read-only": lambda mp: mp.setattr(atomic.tempfile, "mkstemp", read_only_folder),
}


@pytest.fixture
def old_file(tmp_path):
    path = tmp_path / "process.smap"
    path.write_bytes(OLD)
    return path


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_failed_save_leaves_the_old_file_and_no_temporary_file(old_file, monkeypatch, failure):
    FAILURES[failure](monkeypatch)
    with pytest.raises(OSError) as raised:
        save(load(FIXTURES / "valid.smap"), old_file)
    assert raised.value.errno in (errno.ENOSPC, errno.EROFS)
    assert old_file.read_bytes() == OLD
    assert os.listdir(old_file.parent) == [old_file.name]


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_failed_convert_says_one_line_and_keeps_the_old_file(old_file, monkeypatch, capsys, failure):
    FAILURES[failure](monkeypatch)
    assert cli.main(["convert", str(FIXTURES / "valid.smap"), str(old_file)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"salesmap-studio: {old_file}: ")
    assert old_file.read_bytes() == OLD
    assert os.listdir(old_file.parent) == [old_file.name]


def test_save_replaces_the_file_rather_than_writing_into_it(old_file):
    old_file.chmod(0o640)
    inode = old_file.stat().st_ino
    doc = load(FIXTURES / "valid.smap")
    save(doc, old_file)
    assert old_file.stat().st_ino != inode  # a new file renamed over the old one, never truncated in place
    assert old_file.stat().st_mode & 0o777 == 0o640
    assert old_file.read_text("utf-8") == dumps(doc)
    assert os.listdir(old_file.parent) == [old_file.name]


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        atomic_write(tmp_path / "poster.pdf", b"%PDF-1.4\n")
    finally:
        os.umask(umask)
    assert (tmp_path / "poster.pdf").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "poster.pdf").read_bytes() == b"%PDF-1.4\n"


class BusyOnWindows:
    """os.replace as on Windows while a virus scanner holds the target: refused `busy_for` times."""

    def __init__(self, monkeypatch, busy_for: int) -> None:
        self.busy_for, self.tries, self.real = busy_for, 0, os.replace
        monkeypatch.setattr(atomic.sys, "platform", "win32")
        monkeypatch.setattr(atomic.time, "sleep", lambda seconds: None)
        monkeypatch.setattr(atomic.os, "replace", self)

    def __call__(self, source, target):
        self.tries += 1
        if self.tries <= self.busy_for:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        self.real(source, target)


def test_windows_rename_is_retried_while_the_target_is_busy(old_file, monkeypatch):
    busy = BusyOnWindows(monkeypatch, busy_for=3)
    atomic_write(old_file, b"new")
    assert busy.tries == 4 and old_file.read_bytes() == b"new"
    assert os.listdir(old_file.parent) == [old_file.name]


def test_windows_rename_gives_up_and_keeps_the_old_file(old_file, monkeypatch):
    busy = BusyOnWindows(monkeypatch, busy_for=100)
    with pytest.raises(PermissionError) as refused:
        atomic_write(old_file, b"new")
    assert busy.tries == 6 and refused.value.filename == str(old_file)
    assert old_file.read_bytes() == OLD and os.listdir(old_file.parent) == [old_file.name]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_saving_through_a_symlink_updates_the_real_file_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.smap"
    real.write_bytes(b"old")
    link = tmp_path / "link.smap"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.smap", "real.smap"]
