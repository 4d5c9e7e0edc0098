"""A CSV, Parquet or XLSX file as the table `raw`: every column as text, plus `_row`, the row
number a spreadsheet shows (the header is row 1)."""

from __future__ import annotations

import csv
import io

import duckdb

from .sql import literal, quoted
from .errors import EvidenceError

SNIFF_BYTES = 65536
_ROW = "row_number() OVER () + 1 AS _row"
LITERAL_ROWS = 2000   # a table up to this size is written as SQL values: one statement, and no numpy


def load_csv(con, path: str, head: bytes) -> list[str]:
    """Reads the CSV at `path` into `raw`; returns its headers. Delimiter and encoding from `head`."""
    try:
        text, encoding = head.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not just a character cut at the end of the sample
            text, encoding = head.decode("latin-1"), "latin-1"
        else:
            text, encoding = head[:error.start].decode("utf-8"), "utf-8"
    text = text.lstrip("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    if not first.strip():
        raise EvidenceError("the file is empty: no header line")
    delimiter = max(",;\t|", key=first.count)
    headers = next(csv.reader(io.StringIO(first), delimiter=delimiter))
    if len(headers) < 2:
        raise EvidenceError("found one column only: is this a table (comma, semicolon or tab separated)?")
    _unique(headers)
    try:
        con.execute(f"""CREATE TABLE raw AS SELECT *, {_ROW} FROM read_csv({literal(path)},
            header = true, all_varchar = true, delim = {literal(delimiter)}, quote = '"', escape = '"',
            encoding = {literal(encoding)}, null_padding = true, auto_detect = false,
            columns = {{{', '.join(f'{literal(h)}: {literal("VARCHAR")}' for h in headers)}}})""")
    except duckdb.Error as error:
        raise EvidenceError(f"not a readable table: {_first_line(error)}") from None
    return headers


def load_parquet(con, path: str) -> list[str]:
    try:
        con.execute(f"CREATE VIEW parquet_file AS SELECT * FROM read_parquet({literal(path)})")
        headers = [row[0] for row in con.execute("DESCRIBE parquet_file").fetchall()]
        cast = ", ".join(f"CAST({quoted(h)} AS VARCHAR) AS {quoted(h)}" for h in headers)
        con.execute(f"CREATE TABLE raw AS SELECT {cast}, {_ROW} FROM parquet_file")
    except duckdb.Error as error:
        raise EvidenceError(f"not a readable Parquet file: {_first_line(error)}") from None
    return headers


def load_xlsx(con, path: str) -> list[str]:
    """The first sheet; openpyxl reads it (through defusedxml), DuckDB takes the columns."""
    import openpyxl  # only when a spreadsheet comes

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:   # a sheet is unpacked and parsed only as its rows are read: damage shows here too
            rows = book.worksheets[0].iter_rows(values_only=True)
            headers = [str(h).strip() if h is not None else "" for h in next(rows, ())]
            body = [[_cell(v) for v in row] for row in rows]
        finally:
            book.close()
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise EvidenceError(f"not a readable .xlsx workbook: {_first_line(error)}") from None
    while headers and not headers[-1]:
        headers.pop()
    if len(headers) < 2:
        raise EvidenceError("the first sheet has no header row with two or more columns")
    _unique(headers)
    table_from_columns(con, "raw", {h: [row[i] if i < len(row) else None for row in body]
                                    for i, h in enumerate(headers)}, first_row=2)
    return headers


def table_from_columns(con, name: str, columns: dict[str, list], first_row: int = 1) -> None:
    """A table from Python columns of equal length (text or None), with `_row` counted from `first_row`
    unless a `_row` column is given."""
    length = len(next(iter(columns.values()), []))
    values = {key: column for key, column in columns.items() if key != "_row"}
    values["_row"] = columns.get("_row") or list(range(first_row, first_row + length))
    cast = ", ".join(f"CAST({quoted(key)} AS {'BIGINT' if key == '_row' else 'VARCHAR'}) AS {quoted(key)}"
                     for key in values)
    if length <= LITERAL_ROWS:
        _literal_table(con, name, values, length, cast)
        return
    import numpy as np  # only for large tables (XLSX, JSON and XES histories)

    arrays = {key: np.array(column, dtype=np.int64 if key == "_row" else object) for key, column in values.items()}
    con.register("columns_in", arrays)
    con.execute(f"CREATE TABLE {name} AS SELECT {cast} FROM columns_in")
    con.unregister("columns_in")


def _literal_table(con, name: str, values: dict[str, list], length: int, cast: str) -> None:
    if not length:
        con.execute(f"CREATE TABLE {name} AS SELECT {cast} FROM (SELECT {', '.join(f'NULL AS {quoted(k)}' for k in values)}) "
                    "WHERE false")
        return
    rows = ", ".join("(" + ", ".join(_sql_value(values[key][i]) for key in values) + ")" for i in range(length))
    con.execute(f"CREATE TABLE {name} AS SELECT {cast} FROM (VALUES {rows}) AS t({', '.join(map(quoted, values))})")


def _sql_value(value) -> str:
    if value is None:
        return "NULL"
    return str(int(value)) if isinstance(value, int) else literal(str(value))


def _cell(value) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()
    return str(value)


def _unique(headers: list[str]) -> None:
    seen = set()
    for header in headers:
        if header in seen:
            raise EvidenceError(f"the header {header!r} occurs twice")
        seen.add(header)


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
