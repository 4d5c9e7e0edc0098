"""What every subcommand shares: one-line errors, exit codes, reading a map."""

from __future__ import annotations

import argparse
import sys

from ..analysis.safe_text import terminal_json, terminal_text
from ..model import SalesMap
from ..persistence import SmapError, load

PROG = "salesmap-studio"
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class CliError(Exception):
    """A problem to report as one line on stderr; the command exits with status 2."""


def fail(*parts: object) -> CliError:
    """`raise fail(path, "what")` -> 'salesmap-studio: path: what'."""
    return CliError(": ".join(str(p) for p in parts))


def report(message: str) -> None:
    print(terminal_text(f"{PROG}: {message}"), file=sys.stderr)


def say(*parts: str, sep: str = "") -> None:
    """One line on stdout, its parts joined by `sep`; a name in it cannot steer the terminal
    (see `terminal_text`)."""
    print(sep.join(terminal_text(part) for part in parts))


def say_json(value) -> None:
    print(terminal_json(value, sys.stdout.encoding))


def tolerate_any_console() -> None:
    """A character the console cannot show is printed as an escape, never a UnicodeEncodeError
    (Windows' cp1252 has no emoji)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def read_map(path: str) -> SalesMap:
    return load(path)  # SmapError carries file, place and problem; main() prints it


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        report(f"{message} (see '{self.prog} --help')")
        raise SystemExit(EXIT_ERROR)


def run_guarded(func, args) -> int:
    try:
        return int(func(args) or 0)
    except CliError as err:
        report(str(err))
    except SmapError as err:
        report(str(err))
    except OSError as err:
        report(f"{err.filename or ''}: {err.strerror or err}".lstrip(": "))
    except KeyboardInterrupt:
        return 130
    return EXIT_ERROR
