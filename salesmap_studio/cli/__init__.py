"""`salesmap-studio`: open the editor, or run a subcommand without a display.

Each subcommand lives in a module of this package with `register(subparsers)`;
a subcommand's `run(args)` returns the exit status (0 ok, 1 findings, 2 error).
"""

from __future__ import annotations

import os
import sys

from .. import __version__
from . import files
from . import evidence, export, funnel, git_setup, import_map, layout, lint, versions
from .common import EXIT_ERROR, PROG, Parser, report, run_guarded, tolerate_any_console

COMMAND_MODULES = [files, lint, funnel, evidence, export, import_map, layout, versions, git_setup]


def _parsers() -> tuple[Parser, set[str], Parser]:
    commands = Parser(prog=PROG, description="SalesMap Studio: sales process maps.")
    sub = commands.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    gui = Parser(
        prog=PROG,
        description="Open the SalesMap Studio editor. Subcommands: "
        + ", ".join(sub.choices)
        + f" (see '{PROG} COMMAND --help').",
    )
    gui.add_argument("files", nargs="*", metavar="FILE", help=".smap files to open")
    gui.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return commands, set(sub.choices), gui


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    tolerate_any_console()
    commands, names, gui = _parsers()
    if argv and argv[0] in names:
        args = commands.parse_args(argv)
        return run_guarded(args.run, args)
    args = gui.parse_args(argv)
    missing = [path for path in args.files if not os.path.exists(path)]
    if missing:
        first = missing[0]
        looks_like_command = first == argv[0] and not first.lower().endswith(".smap") and os.sep not in first
        report(f"unknown command {first!r}; commands: {', '.join(sorted(names))}" if looks_like_command
               else f"{first}: no such file")
        return EXIT_ERROR
    from ..app import run  # Qt is imported only when the editor opens

    return run(args.files)
