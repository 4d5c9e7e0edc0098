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
    raw: bytes = b""   # stdout and stderr as the terminal receives them


def run_cli(*args: object, cwd: Path = REPO, timeout: float = 60, console: str = "utf-8") -> CliRun:
    """`console`: the terminal's encoding (Windows' is often cp1252)."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "salesmap_studio", *map(str, args)],
        cwd=cwd, capture_output=True, timeout=timeout, env=_env(console),
    )
    seconds = time.monotonic() - started
    err = done.stderr.decode(console, "replace")
    return CliRun(done.returncode, done.stdout.decode(console), err.splitlines(), seconds,
                  done.stdout + done.stderr)


def _env(console: str) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING=console)
