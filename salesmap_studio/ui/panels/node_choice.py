"""A drop-down of the map's nodes in the flow's order (the map's start, the funnel's won point).

Between uses it lists only "none" and the model's value: listing every node (a
5,000-stage map: the flow order and 5,000 entries, twice in the map inspector)
would be paid at every open and every refresh, for a list the user rarely
opens. The whole list is made when the user reaches for it (a click, the
keyboard, the wheel), and dropped again at the next refresh, so it never
shows a stale name.
"""

from __future__ import annotations

from typing import Any, Callable

from ...analysis.flow_order import flow_order
from .choice_field import ChoiceField


class NodeChoice(ChoiceField):
    def __init__(self, name: str, none_label: str, context, commit: Callable[[Any], None]) -> None:
        self.context, self.none_label = context, none_label
        self._listing = False  # inside our own set_choices, whose set_value must not shorten the list again
        self.full = False
        super().__init__(name, [], commit, context.report)

    def set_value(self, value: Any, mixed: bool = False) -> None:
        if not self._listing:
            doc = self.context.document
            named = [(value, doc.node(value).name)] if not mixed and value is not None and doc.has_node(value) else []
            self._list([(None, self.none_label), *named], full=False)
        super().set_value(value, mixed)

    def fill(self) -> None:
        """Lists every node, once the user reaches for the list."""
        if not self.full:
            doc = self.context.document
            self._list([(None, self.none_label), *((i, doc.node(i).name) for i in flow_order(doc))], full=True)

    def _list(self, choices: list[tuple[Any, str]], full: bool) -> None:
        self._listing, self.full = True, full
        try:
            self.set_choices(choices)
        finally:
            self._listing = False

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def focusInEvent(self, event) -> None:
        self.fill()
        super().focusInEvent(event)

    def keyPressEvent(self, event) -> None:
        self.fill()   # after a pick the refresh listed only the new value
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        self.fill()
        super().wheelEvent(event)
