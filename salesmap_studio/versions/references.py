"""Ids and references across the three versions of a merge.

Before the merge, items both sides added under one id get a fresh id on theirs' side (with
theirs' references to them), so both are kept. After it, an item one side deleted while the
other side's kept content still refers to it is brought back and recorded as a conflict, so
the merged map never points at nothing.
"""

from __future__ import annotations

import copy
from typing import Any, Iterator

from ..model.ids import fresh_id
from .conflicts import Conflicts
from .items import collections

DELETED = "(deleted)"
RENAMED = ("lanes", "phases", "nodes", "links", "notes")   # the lists with ids (KPIs have names)
WHAT = {"lanes": "lane", "phases": "phase", "nodes": "node", "links": "link", "notes": "note"}


def rename_clashes(base: dict, ours: dict, theirs: dict) -> dict:
    """`theirs`, with the items it added under an id ours added differently renamed."""
    b, o, t = collections(base), collections(ours), collections(theirs)
    renames: dict[str, dict[str, str]] = {}
    for key in RENAMED:
        taken = set(b[key]) | set(o[key]) | set(t[key])
        for item_id, item in t[key].items():
            if item_id in o[key] and item_id not in b[key] and o[key][item_id] != item:
                new_id = fresh_id(item_id, taken)
                taken.add(new_id)
                renames.setdefault(key, {})[item_id] = new_id
    if not renames:
        return theirs
    theirs = copy.deepcopy(theirs)
    for key, mapping in renames.items():
        for item in theirs.get(key) or []:
            item["id"] = mapping.get(item["id"], item["id"])
    for holder, field, key in references(theirs):
        if holder[field] in renames.get(key, {}):
            holder[field] = renames[key][holder[field]]
    return theirs


def references(doc: dict) -> Iterator[tuple[dict, str, str]]:
    """(holder, field, list key) for every reference in `doc` that is set."""
    for node in doc.get("nodes") or []:
        for field, key in (("owner", "lanes"), ("phase", "phases")):
            if node.get(field) is not None:
                yield node, field, key
    for link in doc.get("links") or []:
        yield link, "source", "nodes"
        yield link, "target", "nodes"
    if doc.get("start") is not None:
        yield doc, "start", "nodes"
    funnel = doc.get("funnel")
    if isinstance(funnel, dict) and funnel.get("won_at") is not None:
        yield funnel, "won_at", "nodes"


def restore_references(doc: dict, ours: dict, theirs: dict, base: dict, found: Conflicts) -> None:
    """Brings back every item `doc` refers to but lost to a deletion, recording each."""
    sides = [collections(ours), collections(theirs)]
    b = collections(base)
    while True:
        present = {key: {item["id"] for item in doc.get(key) or []} for key in RENAMED}
        missing = {(key, holder[field]) for holder, field, key in references(doc) if holder[field] not in present[key]}
        if not missing:
            return
        for key, item_id in sorted(missing):
            item = next((side[key][item_id] for side in sides if item_id in side[key]), None)
            if item is None:
                raise ValueError(f"{key}: {item_id} is referred to but no version has it")
            doc[key].append(copy.deepcopy(item))
            found.add(WHAT[key], item_id, [DELETED], b[key].get(item_id), sides[1][key].get(item_id))
