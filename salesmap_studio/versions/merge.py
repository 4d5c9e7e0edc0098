"""The three-way merge of two edited copies of one map, by id and by field.

Changes to different items or different fields combine (positions too); the same change on both
sides counts once; an item deleted on one side and unchanged on the other goes. Different changes
to the same field, and a change against a deletion, are recorded as conflicts (format version 2)
with ours kept in the map. Items both sides added under the same id are both kept (theirs
renamed), so a merge never loses an added item. The result always loads: a merge whose combined
document breaks a rule of the format falls back to ours with every change of theirs recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .conflicts import Conflicts
from .items import COLLECTIONS, MAP_FIELDS, collections, index
from .lists import merge_list, ordered_keys
from .references import rename_clashes, restore_references

LIST_FIELDS = ("exit_checklist", "substeps", "crm_stages")
DELETED = "(deleted)"


@dataclass
class MergeResult:
    document: dict[str, Any]          # the merged map (ours where undecided), conflicts included
    conflicts: list[dict[str, Any]]   # the conflicts this merge recorded
    fell_back: bool = False           # the combined map broke a rule: ours kept, theirs recorded
    checked: Any = None               # what `check` returned for the document (the loaded map)


def merge(base: dict, ours: dict, theirs: dict, check: Callable[[dict], object] | None = None) -> MergeResult:
    """`base`, `ours`, `theirs`: `to_dict()` documents. `check(document)` raises when a document
    would not load (persistence's reader); without it the result is not checked."""
    theirs = rename_clashes(base, ours, theirs)
    found = Conflicts(ours.get("conflicts") or [])
    doc = _combine(base, ours, theirs, found)
    restore_references(doc, ours, theirs, base, found)
    found.adopt(base.get("conflicts") or [], theirs.get("conflicts") or [])
    doc["conflicts"] = found.all()
    checked = None
    if check is not None:
        try:
            checked = check(doc)
        except Exception:   # noqa: BLE001  any rule the combined map breaks: keep ours, record theirs
            return _fallback(base, ours, theirs, check)
    return MergeResult(doc, found.new, checked=checked)


def _combine(base: dict, ours: dict, theirs: dict, found: Conflicts) -> dict:
    doc = dict(ours)   # every list is rebuilt below; items are shared with the inputs, never changed
    clashes = []
    for key in MAP_FIELDS:
        value, clash = _merge_value(key, base.get(key), ours.get(key), theirs.get(key))
        doc[key] = value
        if clash:
            clashes.append(key)
    if clashes:
        found.add("map", None, clashes, {k: base.get(k) for k in clashes}, {k: theirs.get(k) for k in clashes})
    b, o, t = collections(base), collections(ours), collections(theirs)
    for key, what in COLLECTIONS:
        doc[key] = _merge_collection(what, b[key], o[key], t[key], found)
    return doc


def _merge_value(key: str, b, o, t) -> tuple[Any, bool]:
    """(merged value, whether both sides changed it differently). The funnel merges field-wise."""
    if o == t or t == b:
        return o, False
    if o == b:
        return t, False
    if key == "funnel" and all(isinstance(v, dict) for v in (b, o, t)):
        merged, clashes = merge_item(b, o, t)
        return merged, bool(clashes)
    return o, True


def merge_item(b: dict | None, o: dict, t: dict) -> tuple[dict, list[str]]:
    """One item changed on both sides: (merged item, the fields both changed differently)."""
    if o == t or t == b:
        return o, []
    if o == b:
        return t, []
    if b is None or not (b.keys() == o.keys() == t.keys()):   # added twice, or a node's kind changed
        return o, [k for k in dict.fromkeys([*o, *t]) if o.get(k) != t.get(k)]
    out, clashes = dict(o), []
    for k in o:
        if t[k] == b[k] or o[k] == t[k]:
            continue
        if o[k] == b[k]:
            out[k] = t[k]
            continue
        merged = merge_list(k, b[k], o[k], t[k]) if k in LIST_FIELDS else None
        if merged is None:
            clashes.append(k)
        else:
            out[k] = merged
    return out, clashes


def _merge_collection(what: str, b: dict, o: dict, t: dict, found: Conflicts) -> list[dict]:
    out = []
    for key in ordered_keys(list(b), list(o), list(t)):
        item = _merge_entry(what, key, b.get(key), o.get(key), t.get(key), found)
        if item is not None:
            out.append(item)
    return out


def _merge_entry(what: str, key: str, b, o, t, found: Conflicts):
    if o is not None and t is not None:
        item, clashes = merge_item(b, o, t)
        if clashes:
            found.add(what, key, clashes, b, t)
        return item
    if b is None:
        return o if o is not None else t        # added on one side
    if o is None and t is None:
        return None                              # deleted on both sides
    kept = o if o is not None else t
    if kept == b:
        return None                              # deleted on one side, unchanged on the other
    found.add(what, key, [DELETED], b, t)
    return o                                     # ours kept: the change, or the deletion


def _fallback(base: dict, ours: dict, theirs: dict, check) -> MergeResult:
    """Ours as it is, with every item theirs changed recorded as a conflict."""
    found = Conflicts(ours.get("conflicts") or [])
    clashes = [k for k in MAP_FIELDS if theirs.get(k) != base.get(k) and theirs.get(k) != ours.get(k)]
    if clashes:
        found.add("map", None, clashes, {k: base.get(k) for k in clashes}, {k: theirs.get(k) for k in clashes})
    for key, what in COLLECTIONS:
        b, o, t = (index(doc.get(key) or [], what) for doc in (base, ours, theirs))
        for item_key in dict.fromkeys([*b, *t]):
            bi, oi, ti = b.get(item_key), o.get(item_key), t.get(item_key)
            if ti != bi and ti != oi:
                found.add(what, item_key, _differing(bi, oi, ti), bi, ti)
    found.adopt(base.get("conflicts") or [], theirs.get("conflicts") or [])
    doc = dict(ours, conflicts=found.all())
    checked = check(doc)   # ours loaded, and each recorded item is valid where it came from
    return MergeResult(doc, found.new, fell_back=True, checked=checked)


def _differing(b: dict | None, o: dict | None, t: dict | None) -> list[str]:
    if b is not None and (o is None or t is None):
        return [DELETED]
    present = t if t is not None else o
    other = o if t is not None else t
    return [f for f in present if present.get(f) != (other or {}).get(f)] or [DELETED]
