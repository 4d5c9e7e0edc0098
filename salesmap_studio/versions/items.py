"""The lists of a map document as collections of items with a key, and the map's own fields."""

from __future__ import annotations

from typing import Any, Iterable

# (list key in the document, what an item of it is called in a conflict)
COLLECTIONS: tuple[tuple[str, str], ...] = (
    ("lanes", "lane"), ("phases", "phase"), ("nodes", "node"),
    ("links", "link"), ("notes", "note"), ("kpis", "kpi"),
)
# The map's own fields a merge or a diff looks at (format, version and lists aside).
MAP_FIELDS: tuple[str, ...] = ("title", "goal", "language", "start", "funnel", "lane_height")
# Lists whose order is visible on the canvas or in print: a reorder is a change.
ORDERED = ("lanes", "phases", "kpis")


def item_key(what: str, item: dict[str, Any]) -> str:
    """An item's identity: its id; a KPI (which has none) is known by its name."""
    return item["name"] if what == "kpi" else item["id"]


def index(items: Iterable[dict[str, Any]], what: str) -> dict[str, dict[str, Any]]:
    """key -> item in document order; a repeated KPI name gets " (2)", " (3)", … so none is lost."""
    out: dict[str, dict[str, Any]] = {}
    for item in items:
        key = base = item_key(what, item)
        n = 2
        while key in out:
            key, n = f"{base} ({n})", n + 1
        out[key] = item
    return out


def collections(doc: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """list key -> (item key -> item) for every list of the document."""
    return {key: index(doc.get(key) or [], what) for key, what in COLLECTIONS}


def display_name(what: str, item: dict[str, Any]) -> str:
    if what == "note":
        text = item.get("text", "").strip().splitlines()
        return text[0][:60] if text else item["id"]
    return item.get("name") or item.get("id", "")
