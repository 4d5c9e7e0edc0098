"""Saving decides as a careful editor does: a read-only file, a pipe or a link to nothing is refused with one
line and left as it was; a symbolic link is followed; a replaced file keeps its mode and owner; a path with a
line break is named on one line."""

from __future__ import annotations

import os
import stat

import pytest

from salesmap_studio.persistence import load
from tests.cli.runner import run_cli

from .conftest import FIXTURES

VALID = FIXTURES / "valid.smap"
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX files")


def refused(target, why: str, shown=None) -> None:
    run = run_cli("convert", VALID, target, timeout=20)
    assert run.status == 2
    assert run.err_lines == [f"salesmap-studio: {shown or target}: {why}"]


def test_a_read_only_file_is_refused_even_for_root(tmp_path):
    target = tmp_path / "locked.smap"
    target.write_bytes(b"old")
    target.chmod(0o444)
    refused(target, "the file is read-only")
    assert target.read_bytes() == b"old" and stat.S_IMODE(target.stat().st_mode) == 0o444


@posix_only
def test_a_named_pipe_is_not_replaced_by_a_file(tmp_path):
    target = tmp_path / "pipe.smap"
    os.mkfifo(target)
    refused(target, "not a regular file")
    assert stat.S_ISFIFO(target.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.smap"]


@posix_only
def test_a_link_to_nothing_is_refused_naming_where_it_points(tmp_path):
    link, gone = tmp_path / "link.smap", tmp_path / "gone" / "map.smap"
    link.symlink_to(gone)
    refused(link, f"the link points to {gone}, which does not exist")
    assert link.is_symlink() and not gone.exists()


@posix_only
def test_a_hard_linked_file_is_replaced_with_its_mode_and_the_other_name_keeps_the_old_content(tmp_path):
    target, other = tmp_path / "map.smap", tmp_path / "copy.smap"
    target.write_bytes(b"old")
    target.chmod(0o640)
    os.link(target, other)
    assert run_cli("convert", VALID, target).status == 0
    assert load(target).to_dict() == load(VALID).to_dict() and other.read_bytes() == b"old"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root may give a file away")
def test_a_replaced_file_keeps_its_owner(tmp_path):
    target = tmp_path / "theirs.smap"
    target.write_bytes(b"old")
    os.chown(target, 4321, 4321)
    assert run_cli("convert", VALID, target).status == 0
    info = target.stat()
    assert (info.st_uid, info.st_gid) == (4321, 4321) and load(target).to_dict() == load(VALID).to_dict()


@posix_only
def test_every_message_names_a_path_with_a_line_break_on_one_line(tmp_path):
    odd = tmp_path / "two\nlines.smap"
    shown = '"' + str(odd).replace("\n", "\\n") + '"'
    for args, why in ((("validate", odd), "cannot read the file (No such file or directory)"),
                      (("convert", VALID, tmp_path / "no\nfolder" / "x.smap"), "No such file or directory")):
        run = run_cli(*args)
        assert run.status == 2 and len(run.err_lines) == 1, run.err_lines
        assert why in run.err_lines[0] and "\\n" in run.err_lines[0]
    odd.write_bytes(b"old")
    odd.chmod(0o444)
    refused(odd, "the file is read-only", shown)
