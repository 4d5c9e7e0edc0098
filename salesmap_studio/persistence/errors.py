"""The one error a bad .smap file produces: which file, where in it, what is wrong."""

from __future__ import annotations

import json
import re

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class SmapError(Exception):
    """A file that cannot be read as a sales map. `str()` is one line for the user."""

    def __init__(self, file: str, where: str, what: str) -> None:
        self.file, self.where, self.what = file, where, what
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
