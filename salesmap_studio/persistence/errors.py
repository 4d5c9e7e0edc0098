"""The one error a bad .smap file produces: which file, where in it, what is wrong."""

from __future__ import annotations


class SmapError(Exception):
    """A file that cannot be read as a sales map. `str()` is one line for the user."""

    def __init__(self, file: str, where: str, what: str) -> None:
        self.file, self.where, self.what = file, where, what
        super().__init__(f"{file}: {where}: {what}" if where else f"{file}: {what}")


def json_path(loc: tuple) -> str:
    """('nodes', 3, 'name') -> 'nodes[3].name'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"
