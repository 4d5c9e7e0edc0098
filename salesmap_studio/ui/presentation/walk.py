"""Stepping through a map the way a presenter tells it: along the flow from the start.

Right goes to the next node along the chosen outgoing link, Left goes back the
way we came, and at a node with several ways out (a decision) Down / Up choose
which one Right will take. By default that is the way of the main path, else the
first flow or yes link. Pure logic over the document: no Qt.
"""

from __future__ import annotations

from ...analysis.flow_order import flow_order, main_path
from ...model import Link, SalesMap

_KIND_RANK = {"flow": 0, "yes": 1, "no": 2, "objection": 3}


class Walk:
    def __init__(self, doc: SalesMap, at: str | None = None) -> None:
        self.doc = doc
        self._main = main_path(doc)
        order = flow_order(doc)
        first = at if at is not None and doc.has_node(at) else (order[0] if order else None)
        self._trail: list[str] = [first] if first else []
        self._choice = 0
        self._reset_choice()

    @property
    def current(self) -> str | None:
        return self._trail[-1] if self._trail else None

    def ways_out(self) -> list[Link]:
        """The current node's outgoing links: flow and yes first, objections last."""
        if self.current is None:
            return []
        links = self.doc.links_from(self.current)
        return sorted(links, key=lambda link: _KIND_RANK[link.kind])  # sorted() keeps document order within a kind

    def chosen(self) -> Link | None:
        ways = self.ways_out()
        return ways[self._choice] if ways else None

    def next(self) -> bool:
        link = self.chosen()
        if link is None:
            return False
        self._trail.append(link.target)
        self._reset_choice()
        return True

    def previous(self) -> bool:
        if len(self._trail) < 2:
            return False
        self._trail.pop()
        self._reset_choice()
        return True

    def choose_next_branch(self) -> bool:
        return self._turn(+1)

    def choose_previous_branch(self) -> bool:
        return self._turn(-1)

    def _turn(self, step: int) -> bool:
        count = len(self.ways_out())
        if count < 2:
            return False
        self._choice = (self._choice + step) % count
        return True

    def _reset_choice(self) -> None:
        """Point at the main-path way out when there is one, else the first."""
        ways = self.ways_out()
        current = self.current
        following = None
        if current in self._main:
            index = self._main.index(current)
            following = self._main[index + 1] if index + 1 < len(self._main) else None
        self._choice = next((i for i, link in enumerate(ways) if link.target == following), 0)
