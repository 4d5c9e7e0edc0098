"""Runs `python -m salesmap_studio` as a user would: a separate process, its exit status, output and peak memory."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# A small interpreter starts the command and reports its peak memory: a child forked from this (large)
# process would count this process's memory in its peak until it execs the command.
_MEASURED = """import os, sys, time
started = time.monotonic()
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, "-m", "salesmap_studio", *sys.argv[2:]])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as measured:
    measured.write(f"{usage.ru_maxrss} {time.monotonic() - started} {usage.ru_utime + usage.ru_stime}")
code = os.waitstatus_to_exitcode(status)
if code < 0:
    os.kill(os.getpid(), -code)  # end the same way, so a crash still shows as one
sys.exit(code)
"""


@dataclass
class CliRun:
    status: int
    out: str
    err_lines: list[str]
    seconds: float  # from the command's start to its end
    peak_mb: float  # the most memory the command's process held (its peak resident set)
    raw: bytes = b""   # stdout and stderr as the terminal receives them
    cpu_seconds: float = 0.0  # the command's processor time (user + system): wall time depends on the machine's load


def run_cli(*args: object, cwd: Path = REPO, timeout: float = 60, console: str = "utf-8") -> CliRun:
    """`console`: the terminal's encoding (Windows' is often cp1252)."""
    with tempfile.TemporaryDirectory() as folder:
        measured = Path(folder) / "measured"
        proc = subprocess.Popen([sys.executable, "-c", _MEASURED, str(measured), *map(str, args)], cwd=cwd,
                                env=_env(console), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, process_group=0)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the command too, not only the small interpreter
            proc.communicate()
            raise
        peak_kb, seconds, cpu = map(float, measured.read_text().split()) if measured.exists() else (0.0, 0.0, 0.0)
    text = err.decode(console, "replace")
    return CliRun(proc.returncode, out.decode(console), text.splitlines(), seconds, peak_kb / 1024, out + err, cpu)


def _env(console: str) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING=console)
