"""Text from a map (or any file) made safe for each kind of output. No Qt.

A name is data, never markup or a command: XML gets only what XML 1.0 allows, a terminal
sees control characters as visible escapes instead of obeying them, and JSON for a
terminal stays valid JSON in the terminal's encoding. (Qt widgets: `ui/plain_text.py`.)
"""

from __future__ import annotations

import codecs
import json
import re
import unicodedata

# XML 1.0 § 2.2 Char: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 on.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Besides the C0/C1 controls and DEL: characters that reorder or break what a terminal shows.
_BIDI_AND_BREAKS = frozenset("\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
                             "\u2066\u2067\u2068\u2069")


def xml_text(text: str) -> str:
    """`text` without the characters XML 1.0 forbids (a C0 control makes the whole file unreadable)."""
    return _NOT_XML.sub("", text)


_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def without_bidi_controls(text: str) -> str:
    """`text` in the order it is stored: a viewer that obeys an override (U+202E) would show "evil" as "live"."""
    return text.translate(_BIDI_CONTROLS)


def _shown_as_escape(char: str) -> bool:
    return char in _BIDI_AND_BREAKS or unicodedata.category(char) in ("Cc", "Cs")


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(text: str) -> str:
    """One line for a terminal: control, bidi and line-break characters written as visible escapes
    (ESC as \\x1b), so a name can neither retitle, clear or recolour the terminal nor start a line."""
    if text.isprintable():
        return text  # the common case, checked in C
    return "".join(_escape(c) if _shown_as_escape(c) else c for c in text)


def _json_escape(char: str) -> str:
    data = char.encode("utf-16-be")
    return "".join(f"\\u{int.from_bytes(data[i:i + 2], 'big'):04x}" for i in range(0, len(data), 2))


def terminal_json(value, encoding: str | None) -> str:
    """`value` as indented JSON that a terminal in `encoding` shows safely: characters it cannot
    encode, and controls a terminal would obey, become JSON \\u escapes (so the JSON stays valid)."""
    text = json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)
    try:
        codecs.lookup(encoding or "utf-8")
    except LookupError:
        encoding = "ascii"

    def safe(char: str) -> str:
        if _shown_as_escape(char):
            return _json_escape(char)
        try:
            char.encode(encoding or "utf-8")
        except UnicodeEncodeError:
            return _json_escape(char)
        return char

    # Outside strings JSON is plain ASCII, so every character escaped here sits inside a string.
    return "".join(safe(c) if c > "~" else c for c in text)
