"""Item-wise changes and three-way merges of a stage's small lists: the exit checklist (items
known by their text), substeps and CRM stage names (plain strings)."""

from __future__ import annotations

from typing import Any

MAX_ENTRIES = 200   # a stage's checklist or substeps (the reader's limit; CRM stages allow fewer)


def entry_key(field: str, entry: Any) -> Any:
    return entry["text"] if field == "exit_checklist" else entry


def list_changes(field: str, old: list, new: list) -> list[tuple[str, Any]]:
    """(change, entry) pairs: list-added, list-removed, made-required, made-optional, list-reordered."""
    before = {entry_key(field, e): e for e in old}
    after = {entry_key(field, e): e for e in new}
    out: list[tuple[str, Any]] = [("list-removed", e) for k, e in before.items() if k not in after]
    for key, entry in after.items():
        if key not in before:
            out.append(("list-added", entry))
        elif entry != before[key]:
            out.append(("made-required" if entry["required"] else "made-optional", entry))
    common_old = [k for k in before if k in after]
    if common_old != [k for k in after if k in before]:
        out.append(("list-reordered", None))
    return out


def merge_list(field: str, base: list, ours: list, theirs: list) -> list | None:
    """Both sides' additions and removals combined, entry by entry; None when that cannot be
    done safely (a repeated entry, or the result over the limit), so the field is a conflict."""
    keys = [[entry_key(field, e) for e in side] for side in (base, ours, theirs)]
    if any(len(set(k)) != len(k) for k in keys):
        return None
    b, o, t = ({entry_key(field, e): e for e in side} for side in (base, ours, theirs))
    order = ordered_keys(keys[0], keys[1], keys[2])
    merged: list = []
    for key in order:
        entry = _entry(key, b, o, t)
        if entry is not None:
            merged.append(entry)
    return merged if len(merged) <= MAX_ENTRIES else None


def ordered_keys(base: list, ours: list, theirs: list) -> list:
    """Ours' order, unless only theirs reordered what both kept; the other side's additions go
    after the entry they follow there (at the start when they lead)."""
    in_ours, in_theirs = set(ours), set(theirs)
    kept = [k for k in base if k in in_ours and k in in_theirs]
    in_kept = set(kept)
    theirs_only = [k for k in ours if k in in_kept] == kept and [k for k in theirs if k in in_kept] != kept
    spine, other, in_spine = (theirs, ours, in_theirs) if theirs_only else (ours, theirs, in_ours)
    after: dict = {}
    previous = None
    for key in other:
        if key in in_spine:
            previous = key
        else:
            after.setdefault(previous, []).append(key)
    order = list(after.get(None, []))
    for key in spine:
        order.append(key)
        order.extend(after.get(key, ()))
    return order


def _entry(key, b: dict, o: dict, t: dict):
    """The merged entry, or None where one side removed it (and the other did not change it)."""
    in_b, in_o, in_t = key in b, key in o, key in t
    if in_b and (not in_o or not in_t):
        return None   # removed on one side; a text is unchanged where it is still present
    if not in_o:
        return t[key]
    if not in_t or o[key] == t[key] or not in_b:
        return o[key]
    return o[key] if t[key] == b[key] else t[key]
