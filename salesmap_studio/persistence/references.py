"""The spec's id rules across lists: unique ids, and references that name an existing entity."""

from __future__ import annotations

from typing import Any, Iterable

from .errors import SmapError


def check_references(parts: dict[str, Any], name: str) -> None:
    ids = {key: _unique(parts[key], key, name) for key in ("lanes", "phases", "nodes", "links", "notes")}
    nodes, lanes, phases = ids["nodes"], ids["lanes"], ids["phases"]
    info = parts["info"]
    _refers(info.start, nodes, "start", "node", name)
    if info.funnel is not None:
        _refers(info.funnel.won_at, nodes, "funnel.won_at", "node", name)
    for i, node in enumerate(parts["nodes"]):
        _refers(getattr(node, "owner", None), lanes, f"nodes[{i}].owner", "lane", name)
        _refers(getattr(node, "phase", None), phases, f"nodes[{i}].phase", "phase", name)
    for i, link in enumerate(parts["links"]):
        _refers(link.source, nodes, f"links[{i}].source", "node", name)
        _refers(link.target, nodes, f"links[{i}].target", "node", name)


def _unique(entities: Iterable, key: str, name: str) -> set[str]:
    seen: set[str] = set()
    for i, entity in enumerate(entities):
        if entity.id in seen:
            raise SmapError(name, f"{key}[{i}].id", f"the id {entity.id!r} is used twice in {key}")
        seen.add(entity.id)
    return seen


def _refers(value: str | None, known: set[str], where: str, what: str, name: str) -> None:
    if value is not None and value not in known:
        raise SmapError(name, where, f"names the {what} {value!r}, which does not exist")
