"""How far an export is, for a progress bar with Cancel (the app) or a line on a terminal (the CLI).

An export counts its work in items (a node measured, a link drawn, a playbook section
laid out), plans the total up front and ticks as it goes. The listener hears
`(done, total)` at most every 50 ms and may raise `Cancelled`: nothing has been
written by then, because every export renders completely before its one atomic write.
"""

from __future__ import annotations

import time
from typing import Callable

Listener = Callable[[int, int], None]
EVERY_SECONDS = 0.05


class Cancelled(Exception):
    """The user cancelled an export; no file was written."""


class Progress:
    def __init__(self, listener: Listener | None = None) -> None:
        self.listener, self.done, self.total = listener, 0, 0
        self._told = 0.0

    def plan(self, items: int) -> None:
        """Add `items` to the work the export will do."""
        self.total += items

    def tick(self, items: int = 1) -> None:
        self.done += items
        if self.listener is not None and time.monotonic() - self._told >= EVERY_SECONDS:
            self._told = time.monotonic()
            self.listener(min(self.done, self.total), self.total)



def map_items(doc) -> int:
    """The items an export measures and draws once per drawing of the map: nodes, links and notes."""
    return len(doc) + sum(1 for _ in doc.links()) + sum(1 for _ in doc.notes())
