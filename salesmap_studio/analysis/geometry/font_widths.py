"""Advance widths by code point, read from a TrueType font's `cmap` and `hmtx` tables only.

Registering the font with reportlab parses every table (for subsetting a PDF),
about 30 ms per face, and the first text measured when a map opens paid for it.
Measuring needs only the widths, in 1/1000 em as reportlab keeps them; a test
checks they equal reportlab's for every code point of the bundled fonts. A font
whose character map this reader does not know is left to reportlab.
"""

from __future__ import annotations

import struct
from pathlib import Path


def table_offsets(data: bytes) -> dict[str, int]:
    """Where each table of a TrueType font starts (tag → offset), from its table directory."""
    count = struct.unpack_from(">H", data, 4)[0]
    return {data[12 + 16 * i:16 + 16 * i].decode("latin-1"): struct.unpack_from(">I", data, 20 + 16 * i)[0]
            for i in range(count)}


def _subtable(data: bytes, cmap: int) -> int | None:
    """The character map reportlab picks: the last record that its order of preference accepts."""
    count = struct.unpack_from(">H", data, cmap + 2)[0]
    chosen, kind = None, 0
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, kind = offset, 1
        elif platform == 1 and encoding == 0 and kind != 1:
            chosen, kind = offset, 2
    return None if chosen is None else cmap + chosen


def glyph_map(data: bytes, start: int) -> dict[int, int] | None:
    """Code point → glyph from a format 4 or 12 character map (None for the other formats)."""
    fmt = struct.unpack_from(">H", data, start)[0]
    out = {}
    if fmt == 12:
        groups = struct.unpack_from(">I", data, start + 12)[0]
        for first, last, glyph in struct.iter_unpack(">III", data[start + 16:start + 16 + 12 * groups]):
            out.update((char, char + glyph - first) for char in range(first, last + 1))
        return out
    if fmt == 4:
        length, segments = struct.unpack_from(">H", data, start + 2)[0], struct.unpack_from(">H", data, start + 6)[0] // 2
        ends = struct.unpack_from(f">{segments}H", data, start + 14)
        starts = struct.unpack_from(f">{segments}H", data, start + 16 + 2 * segments)
        deltas = struct.unpack_from(f">{segments}h", data, start + 16 + 4 * segments)
        ranges = start + 16 + 6 * segments
        for n in range(segments):
            range_offset = struct.unpack_from(">H", data, ranges + 2 * n)[0]
            for char in range(starts[n], ends[n] + 1):
                if range_offset == 0:
                    out[char] = (char + deltas[n]) & 0xFFFF
                    continue
                at = ranges + 2 * n + range_offset + 2 * (char - starts[n])
                glyph = struct.unpack_from(">H", data, at)[0] if at < start + length else 0
                out[char] = (glyph + deltas[n]) & 0xFFFF if glyph else 0
        return out
    return None


def advance_widths(path: Path) -> tuple[dict[int, float], float] | None:
    """{code point: advance width in 1/1000 em} and the width of glyph 0; None if the map is unknown here."""
    data = Path(path).read_bytes()
    tables = table_offsets(data)
    subtable = _subtable(data, tables["cmap"])
    glyph_of = None if subtable is None else glyph_map(data, subtable)
    if glyph_of is None:
        return None
    units = struct.unpack_from(">H", data, tables["head"] + 18)[0]
    metrics = struct.unpack_from(">H", data, tables["hhea"] + 34)[0]
    count = struct.unpack_from(">H", data, tables["maxp"] + 4)[0]
    scale = 1000 / units
    advances = [aw if units == 1000 else aw * scale
                for aw in struct.unpack_from(f">{2 * metrics}H", data, tables["hmtx"])[0::2]]
    widths = {char: advances[min(glyph, metrics - 1)] for char, glyph in glyph_of.items() if glyph < count}
    if 0x20 in glyph_of:   # reportlab measures a no-break space as a space
        widths[0xA0] = widths[0x20]
    elif 0xA0 in glyph_of:
        widths[0x20] = widths[0xA0]
    return widths, advances[0]
