"""The one error a bad .smap file produces: which file, where in it, what is wrong."""

from __future__ import annotations

import json
import re

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def one_line(path) -> str:
    """A path for a message, on one line: a name holding a line break or other control character is
    shown quoted with escapes ("a\\nb.smap"); any other name as it is."""
    text = str(path)
    return json.dumps(text, ensure_ascii=False) if _CONTROL.search(text) else text


class SmapError(Exception):
    """A file that cannot be read as a sales map. `str()` is one line for the user."""

    def __init__(self, file: str, where: str, what: str) -> None:
        self.file, self.where, self.what = file, where, what
        file = one_line(file)
        super().__init__(f"{file}: {where}: {what}" if where else f"{file}: {what}")


def json_path(loc: tuple) -> str:
    """('nodes', 3, 'name') -> 'nodes[3].name'; an odd key is quoted: nodes[3]["a\\nb"]."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _PLAIN_KEY.fullmatch(part):  # a stray key may hold a line break: keep the message one line
            out += f"[{json.dumps(part)}]"
        else:
            out += f".{part}" if out else part
    return out or "(top level)"
