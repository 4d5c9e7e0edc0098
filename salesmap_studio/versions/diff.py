"""The semantic diff of two versions of a map: what changed, item by item and field by field.

Positions (`x`, `y`, a link's `points`) are not listed one by one: they are collected in
`moved` and told as one line ("12 items moved").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .items import COLLECTIONS, MAP_FIELDS, ORDERED, collections, display_name
from .lists import list_changes

POSITION = ("x", "y", "points")
LINK_CHANGES = {"label": "relabelled", "kind": "re-typed"}


@dataclass(frozen=True)
class Change:
    """One change. `change`: added, removed, renamed, changed, re-pointed, relabelled, re-typed,
    reordered, or an item-wise list change (list-added, list-removed, list-reordered, made-required,
    made-optional); `field` is the document key it is about; `old`/`new` the values (for a list
    change, the list entry)."""

    what: str                # node, link, lane, phase, note, kpi or map
    item: str | None         # the item's key (id; a KPI's name); None for the map
    change: str
    field: str | None = None
    old: Any = None
    new: Any = None
    kind: str = ""           # a node's kind (stage, decision, outcome), for its word
    name: str = ""           # the item's name as the newer version has it

    def to_dict(self) -> dict[str, Any]:
        return {"what": self.what, "item": self.item, "kind": self.kind, "name": self.name,
                "change": self.change, "field": self.field, "old": self.old, "new": self.new}


@dataclass
class Diff:
    changes: list[Change] = field(default_factory=list)
    moved: list[tuple[str, str]] = field(default_factory=list)   # (what, key) of items only moved or re-routed

    @property
    def equal(self) -> bool:
        return not self.changes and not self.moved


def diff(old: dict[str, Any], new: dict[str, Any]) -> Diff:
    """What changed from `old` to `new` (two `to_dict()` documents)."""
    out = Diff()
    for key in MAP_FIELDS:
        if old.get(key) != new.get(key):
            out.changes.append(Change("map", None, "changed", key, old.get(key), new.get(key)))
    before, after = collections(old), collections(new)
    for key, what in COLLECTIONS:
        _collection(out, what, before[key], after[key], key in ORDERED)
    return out


def _collection(out: Diff, what: str, old: dict, new: dict, ordered: bool) -> None:
    for key, item in old.items():
        if key not in new:
            out.changes.append(_change(what, key, "removed", item))
    for key, item in new.items():
        if key not in old:
            out.changes.append(_change(what, key, "added", item))
        elif item != old[key]:
            _item(out, what, key, old[key], item)
    common = [k for k in old if k in new]
    if ordered and common != [k for k in new if k in old]:
        out.changes.append(Change(what, None, "reordered"))


def _change(what: str, key: str, change: str, item: dict, **more) -> Change:
    kind = item.get("kind", "") if what == "node" else ""
    return Change(what, key, change, kind=kind, name=display_name(what, item), **more)


def _item(out: Diff, what: str, key: str, old: dict, new: dict) -> None:
    moved = False
    for name in dict.fromkeys([*old, *new]):
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        if name in POSITION:
            moved = True
        elif what == "link" and name in ("source", "target"):
            if name == "source" or old.get("source") == new.get("source"):   # one change for both ends
                ends = (old["source"], old["target"]), (new["source"], new["target"])
                out.changes.append(_change(what, key, "re-pointed", new, field=name, old=ends[0], new=ends[1]))
        elif name == "name":
            out.changes.append(_change(what, key, "renamed", new, field=name, old=before, new=after))
        elif name in ("exit_checklist", "substeps", "crm_stages") and isinstance(before, list) and isinstance(after, list):
            out.changes.extend(_change(what, key, change, new, field=name, old=entry, new=entry)
                               for change, entry in list_changes(name, before, after))
        else:
            change = LINK_CHANGES.get(name, "changed") if what == "link" else "changed"
            out.changes.append(_change(what, key, change, new, field=name, old=before, new=after))
    if moved:
        out.moved.append((what, key))
