"""Python's garbage collector held back while a burst of work runs, caught up after.

Both the UI thread's edit steps and the autosave worker make tens of thousands of objects in
one go; every few hundred of them set off a collection that walks the objects the work is still
building, and on a big map a full one holds the interpreter lock for about a tenth of a second
(the autosave worker then stops the UI thread for as long). Nearly all of that garbage is freed
by reference counting anyway; the collector catches up on the rest once it is enabled again.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused() -> Iterator[None]:
    """Disables the collector inside, unless someone else already has (then they enable it)."""
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
