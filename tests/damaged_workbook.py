"""Workbooks damaged inside a sheet, as a broken download or a foreign zip tool leaves them: the zip's
directory is intact, so the workbook opens, and the damage shows only when the sheet's rows are read."""

from __future__ import annotations

import zipfile
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"


def break_packed_rows(path: Path) -> None:
    """Overwrites bytes in the middle of the first sheet's packed data."""
    with zipfile.ZipFile(path) as book:
        entry = book.getinfo(SHEET)
    data = bytearray(path.read_bytes())
    start = entry.header_offset + 30 + len(entry.filename.encode()) + len(entry.extra)
    middle = start + entry.compress_size // 2
    data[middle:middle + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


def pack_with_unknown_method(path: Path) -> None:
    """Marks the first sheet as packed with a method Python cannot unpack (99, AES encryption)."""
    with zipfile.ZipFile(path) as book:
        entry = book.getinfo(SHEET)
    data = bytearray(path.read_bytes())
    data[entry.header_offset + 8:entry.header_offset + 10] = (99).to_bytes(2, "little")   # local header
    name = entry.filename.encode()
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(name))    # the directory's record of the sheet
    data[central + 10:central + 12] = (99).to_bytes(2, "little")
    path.write_bytes(bytes(data))
