"""Reading a deal-history file into one event table: `read_history(path) -> History`.

The file's kind is recognised by its content (gzip, Parquet, XLSX, JSON, XML, else a CSV whose
headers tell), or forced with `kind`. Every reader fills `changes`/`statuses` (table_kinds,
documents, xes); here the times are parsed and checked, once, in SQL, and each row that cannot be
used is kept in `rejected` with its reason.
"""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass, field

from . import columns as kinds
from .dates import detect_order, timestamp_sql
from .documents import kind_of_json, load_hubspot, load_pipedrive, parse_json
from .engine import connect
from .errors import EvidenceError
from .sql import quoted
from .table_kinds import build
from .tables import SNIFF_BYTES, load_csv, load_parquet, load_xlsx
from .xes import load_xes

EXAMPLES = 5
PREVIEW_ROWS = 5  # the first rows of a table, shown while its columns are chosen
MAX_UNPACKED = 1 << 30  # a gzip that unpacks past 1 GiB is refused, not unpacked into memory
WON, LOST, OPEN = "won", "lost", "open"
FROM_TO = (kinds.SALESFORCE_FIELD_HISTORY, kinds.PIPEDRIVE_FLOW)  # kinds whose first change names the stage before


@dataclass
class Flagged:
    count: int = 0
    examples: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"count": self.count, "examples": self.examples}


@dataclass
class History:
    """The events of one file in `con`: `events(_row, deal, stage, ts, initial)` (deal: a number;
    `deal_ids` has the file's names) and `deal_status(deal, status)`; `rejected` rows, `ignored` rows (other fields), and flags."""

    con: object
    kind: str
    events: int
    rejected: Flagged
    ignored: int
    out_of_order: Flagged
    future: Flagged


@dataclass
class Opened:
    """A file read but not yet turned into events. A table keeps its `headers` and first rows
    (`preview`), so which column holds what can still be chosen; a document (JSON, XES) is built."""

    con: object
    kind: str
    forced: bool                     # the kind was given, not recognised
    headers: list[str] | None = None
    preview: list[list[str | None]] = field(default_factory=list)


def read_history(path: str, kind: str | None = None, dates: str | None = None,
                 columns: dict[str, str] | None = None) -> History:
    """Reads `path`; raises EvidenceError (one sentence) when the file cannot be used at all.
    `columns` (role -> header) choose the generic table's columns (column_roles.decide)."""
    return finish_history(open_history(path, kind), columns, dates)


def open_history(path: str, kind: str | None = None) -> Opened:
    """The first half of `read_history`: the file loaded and its kind recognised (or forced)."""
    if kind is not None and kind not in kinds.KINDS:
        raise EvidenceError(f"unknown kind {kind!r}; kinds: {', '.join(kinds.KINDS)}")
    con = connect()
    with open(path, "rb") as file:
        head = file.read(SNIFF_BYTES)
    if head[:2] == b"\x1f\x8b":
        return Opened(con, _load_document(con, _gunzip(path), kind), kind is not None)
    if head[:4] == b"PAR1":
        return _opened_table(con, kind, load_parquet(con, path))
    if head[:4] == b"PK\x03\x04":
        return _opened_table(con, kind, load_xlsx(con, path))
    if is_document(head):
        with open(path, "rb") as file:
            return Opened(con, _load_document(con, file.read(), kind), kind is not None)
    return _opened_table(con, kind, load_csv(con, path, head))


def finish_history(opened: Opened, columns: dict[str, str] | None = None, dates: str | None = None) -> History:
    """The second half of `read_history`: events built from the opened file, times parsed and checked.
    Chosen `columns` read a table as the generic event table, whatever its headers look like."""
    kind = opened.kind
    if opened.headers is None:
        if columns:
            raise EvidenceError("columns can be chosen for a table (CSV, XLSX, Parquet) only, "
                                f"not for {kind} history")
        return _checked(opened.con, kind, dates)
    if columns:
        if opened.forced and kind != kinds.TABLE:
            raise EvidenceError(f"columns can be chosen for the generic event table (--kind table) only, "
                                f"not for {kind} history")
        kind = kinds.TABLE
    ignored = build(opened.con, kind, opened.headers, columns)
    opened.con.execute("CREATE TABLE unusable (_row BIGINT, reason VARCHAR)")
    opened.con.execute(f"CREATE TABLE ignored AS SELECT {ignored} AS n")
    return _checked(opened.con, kind, dates)


def is_document(head: bytes) -> bool:
    """Whether a file starting with `head` is JSON or XML rather than a table. A table's first line
    is its header row and always holds a delimiter, so "<Deal>,Stage,…" or "[Deal ID];Stage;…"
    (headers some SQL tools write) stay tables; a JSON array opens with an object, array or string."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:1] == b"{":
        return True
    if text[:1] == b"[":
        return text[1:].lstrip(b" \t\r\n")[:1] in (b"{", b"[", b"]", b'"')
    if text[:1] == b"<":
        first_line = text.split(b"\n", 1)[0]
        return text[1:2] in (b"?", b"!") or not any(mark in first_line for mark in (b",", b";", b"\t", b"|"))
    return False


def _gunzip(path: str) -> bytes:
    try:
        with gzip.open(path, "rb") as file:
            data = file.read(MAX_UNPACKED + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise EvidenceError(f"not a readable gzip file: {error}") from None
    if len(data) > MAX_UNPACKED:
        raise EvidenceError("the gzip file unpacks to more than 1 GiB")
    return data


def _opened_table(con, kind: str | None, headers: list[str]) -> Opened:
    columns = ", ".join(quoted(header) for header in headers)
    preview = con.execute(f"SELECT {columns} FROM raw ORDER BY _row LIMIT {PREVIEW_ROWS}").fetchall()
    return Opened(con, kind or kinds.kind_of_headers(headers), kind is not None, headers,
                  [list(row) for row in preview])


def _load_document(con, data: bytes, kind: str | None) -> str:
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<":
        if kind not in (None, kinds.XES):
            raise EvidenceError(f"an XML file holds no {kind} history")
        ignored, kind = load_xes(con, data), kinds.XES
    else:
        value = parse_json(data)
        kind = kind or kind_of_json(value)
        if kind == kinds.HUBSPOT_HISTORY:
            ignored = load_hubspot(con, value)
        elif kind == kinds.PIPEDRIVE_FLOW:
            ignored = load_pipedrive(con, value)
        else:
            raise EvidenceError("a JSON file with neither HubSpot's propertiesWithHistory nor Pipedrive's "
                                "dealChange items" + (f" cannot hold {kind} history" if kind else ""))
    con.execute(f"CREATE TABLE ignored AS SELECT {ignored} AS n")
    return kind


def _checked(con, kind: str, dates: str | None) -> History:
    order = detect_order(con, "(SELECT stamp FROM changes UNION ALL SELECT stamp FROM statuses)", "stamp", dates)
    usable = "name <> '' AND stage <> '' AND ts IS NOT NULL"
    con.execute(f"""CREATE TABLE parsed AS SELECT _row, coalesce(trim(deal), '') AS name,
        coalesce(trim(stage), '') AS stage, stamp, nullif(trim(old), '') AS old, {timestamp_sql('stamp', order)} AS ts
        FROM changes""")
    con.execute(f"""CREATE TABLE rejected AS SELECT _row, reason FROM unusable UNION ALL
        SELECT _row, CASE WHEN name = '' THEN 'no deal id' WHEN stage = '' THEN 'no stage'
            WHEN nullif(trim(stamp), '') IS NULL THEN 'no date'
            ELSE 'not a date: ' || left(trim(stamp), 40) END FROM parsed WHERE NOT ({usable})""")
    # Deals are numbered once: every later window and group works on integers, not on the file's ids.
    con.execute(f"CREATE TABLE deal_ids AS SELECT name, row_number() OVER () AS deal FROM "
                f"(SELECT DISTINCT name FROM parsed WHERE {usable})")
    first_stage = (f"""UNION ALL SELECT arg_min(_row, ts), deal, arg_min(old, ts), NULL, true
        FROM parsed JOIN deal_ids USING (name) WHERE {usable} GROUP BY deal HAVING arg_min(old, ts) IS NOT NULL"""
                   if kind in FROM_TO else "")
    con.execute(f"""CREATE TABLE events AS SELECT _row, deal, stage, ts, false AS initial
        FROM parsed JOIN deal_ids USING (name) WHERE {usable} {first_stage}""")
    _deal_status(con, order)
    rejected = _rejected(con)
    events, changes, ignored = con.execute("SELECT count(*), count(*) FILTER (WHERE NOT initial), "
                                           "(SELECT n FROM ignored) FROM events").fetchone()
    if events == 0:
        example = rejected.examples[0] if rejected.examples else None
        raise EvidenceError(f"no usable stage events ({rejected.count} rows rejected"
                            + (f", e.g. row {example['row']}: {example['reason']}" if example else "") + ")")
    return History(con, kind, changes, rejected, ignored, _out_of_order(con), _future(con))


def _deal_status(con, order: str | None) -> None:
    con.execute(f"""CREATE TABLE deal_status AS SELECT deal, arg_max(status, coalesce(ts, TIMESTAMP '1970-01-01')) AS status
        FROM (SELECT trim(deal) AS name, {timestamp_sql('stamp', order)} AS ts,
              CASE WHEN regexp_matches(lower(status), 'won|gewonnen|^true$') THEN '{WON}'
                   WHEN regexp_matches(lower(status), 'lost|verloren|^false$') THEN '{LOST}'
                   WHEN regexp_matches(lower(status), 'open|offen') THEN '{OPEN}' END AS status
              FROM statuses) JOIN deal_ids USING (name) WHERE status IS NOT NULL GROUP BY deal""")


def _flagged(con, query: str) -> Flagged:
    rows = con.execute(f"SELECT count(*) OVER (), * FROM ({query}) ORDER BY 2 LIMIT {EXAMPLES}").fetchall()
    return Flagged(rows[0][0] if rows else 0, [{"row": int(row), "reason": reason} for _, row, reason in rows])


def _rejected(con) -> Flagged:
    return _flagged(con, "SELECT _row, reason FROM rejected")


def _future(con) -> Flagged:
    return _flagged(con, "SELECT _row, 'in the future: ' || strftime(ts, '%Y-%m-%d %H:%M') FROM events "
                         "WHERE ts > now()::TIMESTAMP")


def _out_of_order(con) -> Flagged:
    """Rows earlier than the deal's row before them in the file. A file written newest first
    (Pipedrive's and HubSpot's APIs) is read the other way round: only rows against its order count."""
    con.execute("""CREATE TEMP TABLE steps AS SELECT _row, ts, lag(ts) OVER (PARTITION BY deal ORDER BY _row) AS before
                   FROM events WHERE NOT initial""")
    backwards, forwards = con.execute("SELECT count(*) FILTER (WHERE ts < before), count(*) FILTER (WHERE ts > before) "
                                      "FROM steps").fetchone()
    against = "ts < before" if backwards <= forwards else "ts > before"
    return _flagged(con, f"SELECT _row, 'out of order: ' || strftime(ts, '%Y-%m-%d %H:%M') || ' after ' || "
                         f"strftime(before, '%Y-%m-%d %H:%M') FROM steps WHERE {against}")
