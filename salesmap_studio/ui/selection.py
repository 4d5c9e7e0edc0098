"""What the user has selected on the map, as ids, shared by the canvas and the panels."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """The selected node, link and note ids in the order they were picked.

    `changed` fires only when the set of ids really changes, so a panel that
    sets the selection in reply to `changed` cannot start a loop.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []

    def ids(self) -> list[str]:
        return list(self._ids)

    def set_ids(self, ids: Iterable[str]) -> None:
        ids = list(dict.fromkeys(ids))
        if ids != self._ids:
            self._ids = ids
            self.changed.emit()

    def clear(self) -> None:
        self.set_ids([])

    def __contains__(self, item_id: str) -> bool:
        return item_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)
