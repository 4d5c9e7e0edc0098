"""Runs `python -m salesmap_studio` as a user would: a separate process, its exit status, output and peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass
class CliRun:
    status: int
    out: str
    err_lines: list[str]
    seconds: float
    peak_mb: float  # the most memory the process held (its peak resident set)


def run_cli(*args: object, cwd: Path = REPO, timeout: float = 60) -> CliRun:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "salesmap_studio", *map(str, args)],
                                cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=_env())
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)  # wait4, not wait: the rusage of this child alone
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        if proc.returncode == -9:
            raise subprocess.TimeoutExpired(proc.args, timeout)
        out.seek(0), err.seek(0)
        text = err.read().decode("utf-8", "replace")
        return CliRun(proc.returncode, out.read().decode("utf-8"), text.splitlines(), seconds, usage.ru_maxrss / 1024)


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
