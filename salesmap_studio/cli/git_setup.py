"""`git-setup [--global]`: teaches git to merge and diff .smap files with this program.

Idempotent: it sets only what differs and says what it changed.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from .common import EXIT_OK, fail, say

ATTRIBUTES_LINE = "*.smap merge=smap diff=smap"


def register(sub) -> None:
    p = sub.add_parser("git-setup", help="register the map merge and diff with git (this repository, or --global)")
    p.add_argument("--global", dest="everywhere", action="store_true",
                   help="for every repository of this user (git config --global and the global attributes file)")
    p.set_defaults(run=_git_setup)


def program() -> str:
    """How git should start this program: the same interpreter and package that runs now."""
    if getattr(sys, "frozen", False):   # a bundled app is its own executable
        return shlex.quote(sys.executable)
    return f"{shlex.quote(sys.executable)} -m salesmap_studio"


def settings() -> dict[str, str]:
    me = program()
    return {
        "merge.smap.name": "SalesMap Studio map merge",
        "merge.smap.driver": f"{me} merge %O %A %B -o %A",
        "diff.smap.command": f"{me} git-diff",
    }


def _git(*args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *args], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    except FileNotFoundError:
        raise fail("git", "not found; install git first") from None


def _git_setup(args) -> int:
    scope = ["--global"] if args.everywhere else []
    if args.everywhere:
        attributes = _global_attributes()
    else:
        top = _git("rev-parse", "--show-toplevel")
        if top.returncode != 0:
            raise fail(os.getcwd(), "not in a git work tree; run it inside the repository, or pass --global")
        attributes = Path(top.stdout.strip()) / ".gitattributes"
    for key, value in settings().items():
        current = _git("config", *scope, "--get", key)
        if current.returncode == 0 and current.stdout.rstrip("\n") == value:
            say(f"{key}: already set")
            continue
        done = _git("config", *scope, key, value)
        if done.returncode != 0:
            raise fail("git config", done.stderr.strip() or f"could not set {key}")
        say(f"{key}: set to {value}")
    _add_attributes(attributes)
    return EXIT_OK


def _global_attributes() -> Path:
    named = _git("config", "--global", "--get", "core.attributesFile")
    if named.returncode == 0 and named.stdout.strip():
        return Path(os.path.expanduser(named.stdout.strip()))
    config_home = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(config_home) / "git" / "attributes"


def _add_attributes(path: Path) -> None:
    text = path.read_text("utf-8") if path.exists() else ""
    if ATTRIBUTES_LINE in (line.strip() for line in text.splitlines()):
        say(f"{path}: already has {ATTRIBUTES_LINE}")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8", newline="\n") as handle:
        handle.write(("" if not text or text.endswith("\n") else "\n") + ATTRIBUTES_LINE + "\n")
    say(f"{path}: added {ATTRIBUTES_LINE}")
