"""Timestamps as CRMs write them, parsed in SQL.

ISO 8601 with or without a zone ('2025-03-04T10:00:00+01:00', '...Z', '...+0000'),
'YYYY-MM-DD HH:MM:SS', epoch milliseconds (HubSpot's API), and dates with the day and month
in either order ('04/03/2025', '4.3.2025'). Which order is read from the data: a first number
above 12 means day-first, a second above 12 month-first; a file where neither shows is refused
unless the user says (`--dates day-first|month-first`). Dotted dates are day-first where the
data cannot tell: nobody writes month.day.year.
"""

from __future__ import annotations

from .sql import literal
from .errors import AmbiguousDates, EvidenceError

DAY_FIRST, MONTH_FIRST = "day-first", "month-first"
_TIMES = ("%H:%M:%S", "%H:%M", "%I:%M %p", "%I:%M:%S %p")
_NUMERIC = r"^\s*(\d{1,2})([./-])(\d{1,2})[./-]\d{2,4}"


def _formats(order: str) -> list[str]:
    days = ("%d", "%m") if order == DAY_FIRST else ("%m", "%d")
    found = []
    for sep in "./-":
        for year in ("%Y", "%y"):
            date = f"{days[0]}{sep}{days[1]}{sep}{year}"
            found += [f"{date} {time}" for time in _TIMES] + [date]
    return found


def timestamp_sql(column: str, order: str | None) -> str:
    """An SQL expression: `column` (text) as a UTC TIMESTAMP, NULL where it is no date."""
    text = f"trim({column})"
    numeric = ""
    if order is not None:
        formats = ", ".join(literal(f) for f in _formats(order))
        numeric = f", try_strptime({text}, [{formats}])"
    # A plain TIMESTAMP cast reads ISO text fast but drops a zone; only text with a zone takes the
    # (slower) zone-aware cast.
    zoned = f"regexp_matches({text}, '\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?\\s*(Z|[+-]\\d\\d(:?\\d\\d)?)$')"
    return (f"coalesce(CASE WHEN length({text}) > 19 AND {zoned} THEN try_cast(try_cast({text} AS TIMESTAMPTZ) AS TIMESTAMP) "
            f"ELSE try_cast({text} AS TIMESTAMP) END, "
            f"CASE WHEN regexp_full_match({text}, '\\d{{12,13}}') "
            f"THEN make_timestamp(try_cast({text} AS BIGINT) * 1000) END{numeric})")


def detect_order(con, table: str, column: str, forced: str | None) -> str | None:
    """Day-first or month-first for the numeric dates in `table.column` (`table` may be a subquery);
    None if there are none."""
    row = con.execute(f"""
        SELECT count(*), max(try_cast(m[1] AS INT)), max(try_cast(m[3] AS INT)), bool_or(m[2] = '.'), min(whole)
        FROM (SELECT regexp_extract({column}, {literal(_NUMERIC)}, 0) AS whole,
                     regexp_extract_all({column}, '\\d+|[./-]') AS m FROM {table})
        WHERE whole <> ''""").fetchone()
    count, first, second, dotted, example = row
    if not count:
        return forced
    if forced is not None:
        return forced
    if first > 12 and second > 12:
        raise EvidenceError("the dates mix day-first and month-first (both 31/12 and 12/31 occur); "
                            "write them as YYYY-MM-DD")
    if first > 12:
        return DAY_FIRST
    if second > 12:
        return MONTH_FIRST
    if dotted:
        return DAY_FIRST
    raise AmbiguousDates("dates like 03/04/2025 could be day-first or month-first and no date in the file "
                         "tells which; pass --dates day-first or --dates month-first", example.strip())
