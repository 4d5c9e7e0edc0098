"""How the Conflicts panel shows one field of one version: plain words, one value per cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..versions.describe import FIELD_WORDS
from ..versions.items import collections
from .i18n import on_screen

translate = QCoreApplication.translate
DELETED = "(deleted)"
WHAT_WORDS = {"lane": "what-lane", "phase": "what-phase", "link": "what-link", "note": "what-note",
              "kpi": "what-kpi", "map": "what-map"}


def field_name(field: str) -> str:
    if field == DELETED:
        return translate("Conflicts", "The whole item")
    key = FIELD_WORDS.get(field)
    return on_screen(key) if key else field


def what_name(what: str, side: dict | None) -> str:
    """Stage, Decision, Outcome (by the node's kind), Link, Lane … in the UI's language."""
    if what == "node":
        return on_screen(f"what-{(side or {}).get('kind', 'stage')}")
    return on_screen(WHAT_WORDS[what])


def cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("Conflicts", "yes") if value else translate("Conflicts", "no")
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return "\n".join(_entry(entry) for entry in value)
    if isinstance(value, dict):
        return "\n".join(f"{field_name(k)}: {cell(v)}" for k, v in value.items())
    return str(value)


def _entry(entry: Any) -> str:
    if isinstance(entry, dict) and "text" in entry:
        return ("☑ " if entry.get("required") else "☐ ") + entry["text"]
    if isinstance(entry, list):
        return ", ".join(cell(v) for v in entry)
    if isinstance(entry, dict) and "name" in entry:
        return f"{entry['name']}: {entry.get('target', '')}"
    return cell(entry)


def side_value(side: dict | None, field: str) -> str:
    """One field of one version; for "(deleted)" the item's name, or that it is not there."""
    if side is None:
        return translate("Conflicts", "(not in this version)")
    if field == DELETED:
        return str(side.get("name") or side.get("text") or side.get("id") or "")
    return cell(side.get(field))


def ours_side(document: dict, what: str, item: str | None, fields: list[str]) -> dict | None:
    """The item as this map has it now (for the map: its own fields)."""
    if what == "map":
        return {field: document.get(field) for field in fields}
    key = {"node": "nodes", "link": "links", "lane": "lanes", "phase": "phases", "note": "notes", "kpi": "kpis"}[what]
    return collections(document)[key].get(item)


def current_name(document, what: str, item: str | None, side: dict | None) -> str:
    """The item's name as this map has it (the map's title for the map), else as a version has it."""
    if what == "map":
        return document.info.title
    if what == "node" and document.has_node(item):
        return document.node(item).name
    side = side or {}
    return str(side.get("name") or side.get("text") or item)
