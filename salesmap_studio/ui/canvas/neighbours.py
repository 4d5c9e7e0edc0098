"""Moving the selection along the flow with Alt+arrows: to the node a deal comes from, the node it
goes to next, or the other branches of the same step (the yes and no of a decision).

Forward links come first; objection loops (which point back) are followed only when nothing else
leads on, so Alt+Left from a stage goes to where deals really come from.
"""

from __future__ import annotations

BACK, ON, PREVIOUS_BRANCH, NEXT_BRANCH = "back", "on", "previous-branch", "next-branch"


def _ends(links, end: str, here: str) -> list[str]:
    ordered = sorted(links, key=lambda link: link.kind == "objection")   # stable: flow/yes/no first
    found = []
    for link in ordered:
        node = getattr(link, end)
        if node != here and node not in found:
            found.append(node)
    return found


def neighbour(doc, here: str, direction: str) -> str | None:
    """The node to select next from `here`, or None when there is none that way."""
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
