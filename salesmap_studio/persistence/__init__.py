"""The .smap file: strict reading, canonical atomic writing, migrations. No Qt."""

from .atomic import atomic_write
from .errors import SmapError
from .reader import load, loads
from .writer import dumps, save

__all__ = ["atomic_write", "SmapError", "load", "loads", "dumps", "save"]
