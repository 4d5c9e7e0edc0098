"""What a window holds while its map is open is kept out of Python's full garbage collections.

A full collection walks every object the collector tracks. A window on a 5,000-stage map holds
about half a million of them (scene items, entities, findings, outline rows), and a full
collection comes about once per big edit: ~150 ms spent inside whatever the user just did (undo
of a big delete at 5,000 stages: 1,346 → 931 ms CPU, `bench/window_edit.py`). So once a window
has opened, everything alive is moved to the collector's permanent generation (`gc.freeze`),
where it is never walked. When a window closes, everything goes back (`gc.unfreeze`), is
collected once, so the closed map's reference cycles are freed, and what the other windows hold
is frozen again.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer


def window_opened() -> None:
    """Freezes what is alive once the new window has been laid out (its first turns are done)."""
    QTimer.singleShot(0, gc.freeze)


def window_closed() -> None:
    """Collects the closed window's cycles once its last references are gone (the next turn)."""
    QTimer.singleShot(0, _collect_and_freeze)


def _collect_and_freeze() -> None:
    gc.unfreeze()
    gc.collect()
    gc.freeze()
