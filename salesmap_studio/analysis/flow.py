"""The flow of a map as graph logic: the order of link kinds, the depth-first walk that tells
forward links from the ones closing a loop, the neighbours Alt+arrows move to, and the walk a
presenter takes (`Walk`). Pure functions over the document; no Qt.

One order of link kinds holds everywhere: flow, yes, no, objection. "yes" ranks after "flow"
and before "no" so that a decision's yes branch comes first wherever a walk must pick (the
main path, the presentation, Alt+Right, the layout's depth-first walk); objection loops
point back and come last.
"""

from __future__ import annotations

from typing import Callable, Hashable, Iterable, TypeVar

from ..model import LINK_KINDS, Link, SalesMap

LINK_KIND_ORDER = LINK_KINDS   # the model lists the kinds in this order
_RANK = {kind: rank for rank, kind in enumerate(LINK_KIND_ORDER)}
BACK, ON, PREVIOUS_BRANCH, NEXT_BRANCH = "back", "on", "previous-branch", "next-branch"

N = TypeVar("N", bound=Hashable)


def by_kind(links: Iterable[Link]) -> list[Link]:
    """`links` in LINK_KIND_ORDER; within a kind, as given (document order)."""
    return sorted(links, key=lambda link: _RANK[link.kind])


def depth_first(roots: Iterable[N], successors: Callable[[N], Iterable[N]]) -> tuple[dict[N, list[N]], list[tuple[N, N]]]:
    """A depth-first walk from each unvisited root in turn, without recursion.

    Returns every visited node's forward successors (first-seen order, each once) and the back
    edges: (source, target) for each link into a node still on the walk, which closes a loop.
    """
    forward: dict[N, list[N]] = {}
    back: list[tuple[N, N]] = []
    for root in roots:
        if root in forward:
            continue
        forward[root] = []
        on_walk = {root}
        stack = [(root, iter(successors(root)))]
        while stack:
            node, pending = stack[-1]
            for target in pending:
                break
            else:
                stack.pop()
                on_walk.discard(node)
                continue
            if target in on_walk:
                back.append((node, target))
            elif target not in forward[node]:
                forward[node].append(target)
                if target not in forward:
                    forward[target] = []
                    on_walk.add(target)
                    stack.append((target, iter(successors(target))))
    return forward, back


# ---- Alt+arrows on the canvas -------------------------------------------------

def _ends(links: list[Link], end: str, here: str) -> list[str]:
    """The nodes at `end` of `links` (in kind order, each once), `here` left out."""
    found: list[str] = []
    for link in by_kind(links):
        node = getattr(link, end)
        if node != here and node not in found:
            found.append(node)
    return found


def neighbour(doc: SalesMap, here: str, direction: str) -> str | None:
    """The node to select next from `here` (BACK, ON, PREVIOUS_BRANCH, NEXT_BRANCH), or None.

    Objection loops are followed only when nothing else leads on, so BACK goes to where
    deals really come from; the branches are the other ends of the first parent's links.
    """
    if direction == BACK:
        found = _ends(doc.links_to(here), "source", here)
        return found[0] if found else None
    if direction == ON:
        found = _ends(doc.links_from(here), "target", here)
        return found[0] if found else None
    parents = _ends(doc.links_to(here), "source", here)
    if not parents:
        return None
    branches = _ends(doc.links_from(parents[0]), "target", parents[0])
    if len(branches) < 2 or here not in branches:
        return None
    step = 1 if direction == NEXT_BRANCH else -1
    return branches[(branches.index(here) + step) % len(branches)]


# ---- the presenter's walk ----------------------------------------------------

class Walk:
    """Stepping through a map the way a presenter tells it: along the flow from the start.

    `next` follows the chosen way out, `previous` goes back the way we came, and at a node
    with several ways out `choose_next_branch` / `choose_previous_branch` pick the one `next`
    takes. By default that is the way of the main path, else the first in kind order.
    """

    def __init__(self, doc: SalesMap, at: str | None = None) -> None:
        from .flow_order import flow_order, main_path   # flow_order builds on this module

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
        """The current node's outgoing links in kind order: flow and yes first, objections last."""
        return by_kind(self.doc.links_from(self.current)) if self.current is not None else []

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
        following = None
        if self.current in self._main:
            index = self._main.index(self.current)
            following = self._main[index + 1] if index + 1 < len(self._main) else None
        self._choice = next((i for i, link in enumerate(ways) if link.target == following), 0)
