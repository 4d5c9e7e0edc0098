"""Names and text from a file written into SQL: always quoted, never pasted."""

from __future__ import annotations


def quoted(name: str) -> str:
    """`name` as an SQL identifier (a column header from a file is data)."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    """`text` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"
