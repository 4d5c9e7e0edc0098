"""Turning a pasted .smap fragment into entities with fresh ids for this map.

The fragment may come from another window or another program, so it is
validated like a file: a bad fragment raises ValueError and nothing is pasted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from pydantic import TypeAdapter, ValidationError

from ..model import Link, Node, Note, SalesMap, crm_key, fresh_id
from ..model.document import AnyNode
from .errors import readable, refused, validated

_NODE = TypeAdapter(Node)
_NOT_VALID = {
    "node": QT_TRANSLATE_NOOP("Editing", "The pasted node is not valid — {problem}"),
    "link": QT_TRANSLATE_NOOP("Editing", "The pasted link is not valid — {problem}"),
    "sticky note": QT_TRANSLATE_NOOP("Editing", "The pasted sticky note is not valid — {problem}"),
}


def _entries(fragment: dict, key: str) -> list[dict]:
    entries = fragment.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise refused(QT_TRANSLATE_NOOP("Editing", "The pasted map's “{key}” is not a list of objects."), key=key)
    return entries


def _fresh(old_id: Any, taken: set[str], fallback: str) -> str:
    new = fresh_id(old_id if isinstance(old_id, str) else fallback, taken)
    taken.add(new)
    return new


def _parse(kind: str, make, data: dict):
    try:
        return make(data)
    except ValidationError as error:
        raise refused(_NOT_VALID[kind], problem=readable(error)) from None


def _unclaimed(names, claimed: set[str]):
    """The CRM stage names no node claims yet (a copy pasted beside its original must not claim its
    names too: the map could not be saved); they are claimed from now on."""
    if not isinstance(names, list):
        return names  # validation refuses it
    kept = [name for name in names if not isinstance(name, str) or crm_key(name) not in claimed]
    claimed.update(crm_key(name) for name in kept if isinstance(name, str))
    return kept


def _nodes(doc: SalesMap, entries: list[dict], dx: float, dy: float, renamed: dict[str, str]) -> list[AnyNode]:
    taken = {n.id for n in doc.nodes()}
    claimed = {crm_key(name) for node in doc.nodes() for name in getattr(node, "crm_stages", ())}
    nodes = []
    for entry in entries:
        data = dict(entry, id=_fresh(entry.get("id"), taken, "n"))
        if "crm_stages" in data:
            data["crm_stages"] = _unclaimed(data["crm_stages"], claimed)
        if isinstance(data.get("owner"), str) and doc.lane(data["owner"]) is None:
            data["owner"] = None
        if isinstance(data.get("phase"), str) and doc.phase(data["phase"]) is None:
            data["phase"] = None
        node = _parse("node", _NODE.validate_python, data)
        renamed[str(entry.get("id"))] = node.id
        nodes.append(validated(node, x=node.x + dx, y=node.y + dy))
    return nodes


def pasted_entities(doc: SalesMap, fragment: Any, dx: float, dy: float) -> tuple[list[AnyNode], list[Link], list[Note]]:
    """Nodes, links (only those whose both ends were pasted) and notes, ready to insert."""
    if not isinstance(fragment, dict):
        raise refused(QT_TRANSLATE_NOOP("Editing", "The clipboard does not hold a sales process map."))
    renamed: dict[str, str] = {}
    nodes = _nodes(doc, _entries(fragment, "nodes"), dx, dy, renamed)
    taken_links = {link.id for link in doc.links()}
    links = []
    for entry in _entries(fragment, "links"):
        source, target = renamed.get(str(entry.get("source"))), renamed.get(str(entry.get("target")))
        if source and target:
            data = dict(entry, id=_fresh(entry.get("id"), taken_links, "l"), source=source, target=target)
            link = _parse("link", Link.model_validate, data)
            links.append(validated(link, points=[(x + dx, y + dy) for x, y in link.points]))  # with its ends
    taken_notes = {note.id for note in doc.notes()}
    notes = []
    for entry in _entries(fragment, "notes"):
        note = _parse("sticky note", Note.model_validate, dict(entry, id=_fresh(entry.get("id"), taken_notes, "note")))
        notes.append(validated(note, x=note.x + dx, y=note.y + dy))
    return nodes, links, notes
