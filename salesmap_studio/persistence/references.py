"""The spec's id rules across lists: unique ids, and references that name an existing entity."""

from __future__ import annotations

from typing import Any, Iterable

from ..model import crm_clash
from .errors import SmapError


def check_references(parts: dict[str, Any], name: str) -> None:
    ids = {key: _unique(parts[key], key, name) for key in ("lanes", "phases", "nodes", "links", "notes", "conflicts")}
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
    _claimed_once(parts["nodes"], name)


def _claimed_once(nodes: list, name: str) -> None:
    """No CRM stage name is claimed by two nodes (deal history could not tell which one it means)."""
    clash = crm_clash(nodes)
    if clash is None:
        return
    crm_name, first, second = clash
    index = nodes.index(second)
    where = f"nodes[{index}].crm_stages[{second.crm_stages.index(crm_name)}]"
    raise SmapError(name, where, f"the CRM stage {crm_name!r} is claimed by two nodes: "
                                 f"{first.id!r} (nodes[{nodes.index(first)}]) and {second.id!r} (nodes[{index}])")


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
