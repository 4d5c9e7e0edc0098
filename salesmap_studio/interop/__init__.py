"""Other tools' files: one module per format, each with `read(path) -> SalesMap` and/or
`write(map, path)`, found by file extension in `registry`. No Qt, no editing."""

from .errors import ImportCancelled, InteropError
from .registry import READERS, WRITERS, format_of, read, write

__all__ = ["ImportCancelled", "InteropError", "READERS", "WRITERS", "format_of", "read", "write"]
