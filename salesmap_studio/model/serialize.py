"""The document as the canonical .smap dict: keys and lists in the spec's order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .conflicts import AnyConflict, MapConflict
from .entities import Decision, Funnel, Kpi, Lane, Link, MapInfo, Note, Outcome, Phase, Stage

if TYPE_CHECKING:
    from .document import SalesMap
    from .parts import MapParts

FORMAT = "salesmap"
VERSION = 2


def count(value: float | None) -> float | int | None:
    """Days, targets and amounts: written as integers when they are whole."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 2)


def node_to_dict(node: Stage | Decision | Outcome) -> dict[str, Any]:
    out: dict[str, Any] = {"id": node.id, "kind": node.kind, "name": node.name}
    if isinstance(node, Stage):
        out.update(
            entry_criteria=node.entry_criteria,
            activities=node.activities,
            exit_checklist=[{"text": i.text, "required": i.required} for i in node.exit_checklist],
            substeps=list(node.substeps),
            owner=node.owner,
            phase=node.phase,
            expected_days=count(node.expected_days),
            conversion_rate=node.conversion_rate,
            crm_stages=list(node.crm_stages),
        )
    elif isinstance(node, Decision):
        out.update(owner=node.owner, phase=node.phase)
    elif isinstance(node, Outcome):
        out.update(result=node.result, crm_stages=list(node.crm_stages))
    out.update(notes=node.notes, x=float(node.x), y=float(node.y))
    return out


def link_to_dict(link: Link) -> dict[str, Any]:
    return {
        "id": link.id,
        "source": link.source,
        "target": link.target,
        "kind": link.kind,
        "label": link.label,
        "share": link.share,
        "points": [[float(x), float(y)] for x, y in link.points],
    }


def note_to_dict(note: Note) -> dict[str, Any]:
    return {"id": note.id, "text": note.text, "x": float(note.x), "y": float(note.y), "color": note.color}


def lane_to_dict(lane: Lane) -> dict[str, Any]:
    return {"id": lane.id, "name": lane.name, "color": lane.color}


def phase_to_dict(phase: Phase) -> dict[str, Any]:
    return {"id": phase.id, "name": phase.name}


def kpi_to_dict(kpi: Kpi) -> dict[str, Any]:
    return {"name": kpi.name, "target": kpi.target}


def funnel_to_dict(funnel: Funnel | None) -> dict[str, Any] | None:
    if funnel is None:
        return None
    return {
        "target": count(funnel.target),
        "period": funnel.period,
        "won_at": funnel.won_at,
        "deal_value": count(funnel.deal_value),
        "currency": funnel.currency,
    }


def info_to_dict(info: MapInfo) -> dict[str, Any]:
    """The map's details as the file's top-level keys (in the order they are written)."""
    return {
        "title": info.title,
        "goal": info.goal,
        "language": info.language,
        "start": info.start,
        "kpis": [kpi_to_dict(kpi) for kpi in info.kpis],
        "funnel": funnel_to_dict(info.funnel),
        "lane_height": float(info.lane_height),
    }


_SIDE_TO_DICT = {"node": node_to_dict, "link": link_to_dict, "lane": lane_to_dict, "phase": phase_to_dict,
                 "note": note_to_dict, "kpi": kpi_to_dict}


def conflict_to_dict(conflict: AnyConflict) -> dict[str, Any]:
    if isinstance(conflict, MapConflict):
        def side(info):  # only the keys in dispute, in the file's order
            return {k: v for k, v in info_to_dict(info).items() if k in conflict.fields}
    else:
        side = _SIDE_TO_DICT[conflict.what]
    return {
        "id": conflict.id,
        "what": conflict.what,
        "item": conflict.item,
        "fields": list(conflict.fields),
        "base": None if conflict.base is None else side(conflict.base),
        "theirs": None if conflict.theirs is None else side(conflict.theirs),
    }


def map_to_dict(doc: "SalesMap | MapParts") -> dict[str, Any]:
    info = info_to_dict(doc.info)
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": info["title"],
        "goal": info["goal"],
        "language": info["language"],
        "start": info["start"],
        "lanes": [lane_to_dict(lane) for lane in doc.lanes()],
        "phases": [phase_to_dict(phase) for phase in doc.phases()],
        "nodes": [node_to_dict(node) for node in doc.nodes()],
        "links": [link_to_dict(link) for link in doc.links()],
        "notes": [note_to_dict(note) for note in doc.notes()],
        "kpis": info["kpis"],
        "funnel": info["funnel"],
        "lane_height": info["lane_height"],
        "conflicts": [conflict_to_dict(conflict) for conflict in doc.conflicts()],
    }
