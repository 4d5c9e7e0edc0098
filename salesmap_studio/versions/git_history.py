"""A map's history in git, read with the git command (local only: log and show, no network)."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..persistence.decode import MAX_FILE_BYTES

LIMIT = 50   # the newest commits offered for a comparison
SEPARATOR = "\x1f"


@dataclass(frozen=True)
class Commit:
    sha: str
    date: str      # ISO 8601, as git wrote it
    subject: str


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess | None:
    """git in `folder`; None when git is missing or does not answer."""
    try:
        return subprocess.run(["git", "-C", str(folder), *args], capture_output=True, stdin=subprocess.DEVNULL,
                              timeout=30, env=dict(os.environ, GIT_TERMINAL_PROMPT="0"))
    except (OSError, subprocess.SubprocessError):
        return None


def commits_of(path: str | os.PathLike) -> list[Commit]:
    """The newest commits that changed the file, newest first; [] outside a git work tree."""
    path = Path(path)
    done = _git(path.parent, "log", f"-n{LIMIT}", f"--format=%H{SEPARATOR}%aI{SEPARATOR}%s", "--", path.name)
    if done is None or done.returncode != 0:
        return []
    commits = []
    for line in done.stdout.decode("utf-8", "replace").splitlines():
        parts = line.split(SEPARATOR)
        if len(parts) == 3:
            commits.append(Commit(*parts))
    return commits


def read_at(path: str | os.PathLike, sha: str) -> bytes:
    """The file's bytes as committed in `sha`; OSError when git cannot give them."""
    path = Path(path)
    done = _git(path.parent, "show", f"{sha}:./{path.name}")
    if done is None or done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip() if done is not None else "git is not available"
        raise OSError(message or f"git could not read {path.name} at {sha[:10]}")
    if len(done.stdout) > MAX_FILE_BYTES:
        raise OSError(f"{path.name} at {sha[:10]} is over 32 MiB")
    return done.stdout
