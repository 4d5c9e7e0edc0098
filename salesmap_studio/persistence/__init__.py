"""The .smap file: strict reading, canonical atomic writing, migrations. No Qt."""

from .atomic import ReadOnlyFile, RefusedTarget, atomic_write
from .errors import SmapError, one_line
from .reader import load, loads
from .writer import dumps, save

__all__ = ["atomic_write", "ReadOnlyFile", "RefusedTarget", "SmapError", "one_line", "load", "loads", "dumps", "save"]
