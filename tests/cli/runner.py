"""Runs `python -m salesmap_studio` as a user would: a separate process, its exit status and output."""

from __future__ import annotations

import os
import subprocess
import sys
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


def run_cli(*args: object, cwd: Path = REPO, timeout: float = 60) -> CliRun:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "salesmap_studio", *map(str, args)],
        cwd=cwd, capture_output=True, timeout=timeout, env=_env(),
    )
    seconds = time.monotonic() - started
    err = done.stderr.decode("utf-8", "replace")
    return CliRun(done.returncode, done.stdout.decode("utf-8"), err.splitlines(), seconds)


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
