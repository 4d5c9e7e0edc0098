"""How much one map may hold (the "Sizes" rule of spec/smap-format.md), counted the same way by the
reader, on raw JSON items, and by the editor, on entities.

The counts bound memory and time: a file of 32 MiB packed with 2.6 million empty checklist items, or
1.3 million lanes, took 25 s and 2 GB to read. No real map comes near the limits (a workshop map has
15–60 stages of about ten checklist items; the largest map the spec allows otherwise has 36,000).
"""

from __future__ import annotations

from typing import Any

MAX_NODES, MAX_LINKS, MAX_NOTES = 20_000, 50_000, 5_000
MAX_LANES, MAX_PHASES, MAX_KPIS = 200, 200, 1_000
MAX_STEPS_IN_ALL = 100_000   # checklist items and substeps of all stages together (conflicts' sides included)
MAX_POINTS_IN_ALL = 200_000  # bend points of all links together (conflicts' sides included)

# what a total counts: the name of the total -> the list keys of an item that add to it
IN_ALL = {"steps": ("exit_checklist", "substeps"), "points": ("points",)}
MOST_IN_ALL = {"steps": MAX_STEPS_IN_ALL, "points": MAX_POINTS_IN_ALL}
TOTALS_OF = {"nodes": ("steps",), "links": ("points",), "conflicts": ("steps", "points")}  # a top-level list's


def counted(item: Any, total: str) -> int:
    """How much a raw item (a dict from JSON, or an entity's dump) adds to `total`: the lengths of its
    lists that count (a value that is not a list counts nothing; validation refuses it)."""
    found = 0
    if isinstance(item, dict):
        for key in IN_ALL[total]:
            value = item.get(key)
            if isinstance(value, list):
                found += len(value)
    return found


def entity_counted(entity: Any, total: str) -> int:
    """`counted` for an entity (a stage, link, or a conflict's side)."""
    return sum(len(getattr(entity, key, ())) for key in IN_ALL[total])


def in_all(doc, total: str) -> int:
    """The map's `total`: its live items' and its conflicts' sides' together."""
    items = doc.nodes() if total == "steps" else doc.links()
    sides = [side for conflict in doc.conflicts() for side in (conflict.base, conflict.theirs) if side is not None]
    return sum(entity_counted(item, total) for item in (*items, *sides))
