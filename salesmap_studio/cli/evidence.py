"""`salesmap-studio evidence MAP.smap HISTORY`: the map planned against a CRM's deal history."""

from __future__ import annotations

from datetime import datetime, timedelta

from ..analysis.safe_text import terminal_text
from ..evidence.column_roles import ROLE_NAMES, parse_choices
from ..evidence.errors import EvidenceError
from ..evidence.columns import KINDS
from ..evidence.dates import DAY_FIRST, MONTH_FIRST
from .common import EXIT_OK, fail, read_map, say, say_json


def register(sub) -> None:
    p = sub.add_parser("evidence", help="check the map against deal history exported from a CRM")
    p.add_argument("map", metavar="MAP.smap")
    p.add_argument("history", metavar="HISTORY", help="CSV, XLSX, Parquet, JSON or XES (also .gz)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format; default: text")
    p.add_argument("--since", type=_date, metavar="DATE", help="only deals that started on or after DATE")
    p.add_argument("--until", type=_until, metavar="DATE", help="only deals that started on or before DATE")
    add_history_options(p)
    p.set_defaults(run=_evidence)


def add_history_options(p) -> None:
    """The options that say how to read a history file, for every command that reads one."""
    p.add_argument("--kind", choices=KINDS, help="the kind of history (default: recognised by content)")
    p.add_argument("--dates", choices=(DAY_FIRST, MONTH_FIRST),
                   help="how to read dates like 03/04/2025 when the file does not tell")
    p.add_argument("--column", action="append", default=[], metavar="ROLE=HEADER",
                   help=f"the column of an event table that holds ROLE ({', '.join(ROLE_NAMES)}), when its "
                        "header is not recognised; repeatable")


def read_history_of(args):
    """The history file named by `args.history`, read with the options above; one line and exit 2 when unusable."""
    from ..evidence.history import read_history  # DuckDB loads only for the commands that read history

    try:
        columns = parse_choices(args.column)
    except EvidenceError as error:
        raise fail(error) from None
    try:
        return read_history(args.history, args.kind, args.dates, columns)
    except EvidenceError as error:
        raise fail(args.history, error) from None


def _date(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _until(text: str) -> datetime:
    """A day without a time means up to its end: --until 2025-03-31 keeps deals started that day."""
    moment = _date(text)
    return moment + timedelta(days=1, microseconds=-1) if "T" not in text and " " not in text.strip() else moment


_date.__name__ = _until.__name__ = "date"  # argparse names the type in its message: "invalid date value"


def _evidence(args) -> int:
    from ..evidence.report import compare
    from ..evidence.text import as_text

    doc = read_map(args.map)
    history = read_history_of(args)
    try:
        evidence = compare(doc, history, args.since, args.until)
    except EvidenceError as error:
        raise fail(args.history, error) from None
    if args.format == "json":
        say_json(evidence.to_dict())
    else:
        for line in as_text(doc, evidence.to_dict()):
            say(terminal_text(line))
    return EXIT_OK
