"""`export` shows how far it is on a terminal, and only there: --quiet, a pipe or a file get no progress line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.cli.runner import REPO, run_cli
from tests.persistence.conftest import FIXTURES

MAP = FIXTURES / "infinite-funnel.smap"  # 161 stages: the playbook takes long enough to tick


def on_a_terminal(*args) -> str:
    """What the command writes to stderr when stderr is a terminal (a pseudo-terminal here)."""
    reader, writer = os.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "salesmap_studio", *map(str, args)], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=writer, stdin=subprocess.DEVNULL,
                            env=dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen"))
    os.close(writer)
    seen = b""
    while True:
        try:
            chunk = os.read(reader, 4096)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        seen += chunk
    os.close(reader)
    assert proc.wait(timeout=120) == 0
    return seen.decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs pseudo-terminals")
def test_a_terminal_sees_the_export_go_to_the_end_and_the_line_cleared(tmp_path):
    out = tmp_path / "playbook.pdf"
    seen = on_a_terminal("export", MAP, out, "--playbook")
    progress, rest = seen.rsplit("\r\x1b[K", 1)  # the progress line is cleared before the result is told
    assert f"\rsalesmap-studio: {out}: 0 %" in progress and progress.count(" %") >= 2
    assert rest.startswith(f"salesmap-studio: {out}: warning: Text prints at") and out.exists()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs pseudo-terminals")
def test_quiet_turns_the_progress_off(tmp_path):
    seen = on_a_terminal("export", MAP, tmp_path / "quiet.pdf", "--playbook", "--quiet")
    assert " %" not in seen and "\r" not in seen.replace("\r\n", "\n")


def test_a_pipe_gets_no_progress(tmp_path):
    run = run_cli("export", MAP, tmp_path / "piped.svg")
    assert (run.status, run.err_lines) == (0, [])
