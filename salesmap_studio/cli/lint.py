"""`salesmap-studio lint MAP.smap`: the map health findings; exit 1 when there are errors."""

from __future__ import annotations

from ..analysis.lint import SEVERITIES, lint
from .common import EXIT_FINDINGS, EXIT_OK, read_map, say, say_json


def register(sub) -> None:
    add_report_command(sub, "lint", "check a map for the common mistakes; exit 1 when it has errors", _lint)


def add_report_command(sub, name: str, help_text: str, run) -> None:
    """A subcommand that reads one map and reports on it as text or JSON."""
    p = sub.add_parser(name, help=help_text)
    p.add_argument("map", metavar="MAP.smap")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format; default: text")
    p.set_defaults(run=run)


def _lint(args) -> int:
    findings = lint(read_map(args.map))
    if args.format == "json":
        say_json([f.to_dict() for f in findings])
    else:
        for f in findings:
            where = f.node or f.link or "map"
            say(f"{args.map}: {f.severity}: {where}: {f.message} [{f.rule}]")
        say(_summary([f.severity for f in findings]))
    return EXIT_FINDINGS if any(f.severity == "error" for f in findings) else EXIT_OK


def _summary(severities: list[str]) -> str:
    words = {"error": "error", "warning": "warning", "info": "note"}
    counts = [(severities.count(s), words[s]) for s in SEVERITIES]
    return ", ".join(f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts)
