"""`salesmap-studio evidence MAP.smap HISTORY`: the map planned against a CRM's deal history."""

from __future__ import annotations

from datetime import datetime, timedelta

from ..analysis.safe_text import terminal_text
from ..evidence.column_roles import ROLE_NAMES, parse_choices
from ..evidence.errors import EvidenceError
from ..evidence.columns import KINDS
from ..evidence.dates import DAY_FIRST, MONTH_FIRST
from .common import EXIT_OK, fail, read_map, say, say_json

HISTORY_HELP = "CSV, XLSX, Parquet, JSON or XES (also .gz)"


def register(sub) -> None:
    p = sub.add_parser("evidence", help="check the map against deal history exported from a CRM")
    p.add_argument("map", metavar="MAP.smap")
    p.add_argument("history", metavar="HISTORY", help=HISTORY_HELP)
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format; default: text")
    add_history_options(p)
    p.set_defaults(run=_evidence)


def add_history_options(p) -> None:
    """How to read a history file: the options of this command, which `export --evidence` takes too."""
    p.add_argument("--since", type=_date, metavar="DATE", help="only deals that started on or after DATE")
    p.add_argument("--until", type=_until, metavar="DATE", help="only deals that started on or before DATE")
    p.add_argument("--kind", choices=KINDS, help="the kind of history (default: recognised by content)")
    p.add_argument("--dates", choices=(DAY_FIRST, MONTH_FIRST),
                   help="how to read dates like 03/04/2025 when the file does not tell")
    p.add_argument("--column", action="append", default=[], metavar="ROLE=HEADER",
                   help=f"the column of an event table that holds ROLE ({', '.join(ROLE_NAMES)}), when its "
                        "header is not recognised; repeatable")


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


def read_evidence(doc, path: str, args) -> dict:
    """The evidence's JSON contract for `path` against `doc`, read as the history options say;
    a file that cannot be used (or an unknown --column role) ends the command with one line."""
    from ..evidence.history import read_history  # DuckDB loads only when a history is read
    from ..evidence.report import compare

    try:
        columns = parse_choices(args.column)
    except EvidenceError as error:
        raise fail(error) from None
    try:
        history = read_history(path, args.kind, args.dates, columns)
        try:
            return compare(doc, history, args.since, args.until).to_dict()
        finally:
            history.con.close()
    except EvidenceError as error:
        raise fail(path, error) from None


def _evidence(args) -> int:
    from ..evidence.text import as_text

    doc = read_map(args.map)
    evidence = read_evidence(doc, args.history, args)
    if args.format == "json":
        say_json(evidence)
    else:
        for line in as_text(doc, evidence):
            say(terminal_text(line))
    return EXIT_OK
