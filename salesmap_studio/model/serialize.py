"""The document as the canonical .smap dict: keys and lists in the spec's order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .entities import Decision, Funnel, Link, Note, Outcome, Stage

if TYPE_CHECKING:
    from .document import SalesMap

FORMAT = "salesmap"
VERSION = 1


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
        )
    elif isinstance(node, Decision):
        out.update(owner=node.owner, phase=node.phase)
    elif isinstance(node, Outcome):
        out["result"] = node.result
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
    }


def note_to_dict(note: Note) -> dict[str, Any]:
    return {"id": note.id, "text": note.text, "x": float(note.x), "y": float(note.y), "color": note.color}


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


def map_to_dict(doc: "SalesMap") -> dict[str, Any]:
    info = doc.info
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": info.title,
        "goal": info.goal,
        "language": info.language,
        "start": info.start,
        "lanes": [{"id": lane.id, "name": lane.name, "color": lane.color} for lane in doc.lanes()],
        "phases": [{"id": phase.id, "name": phase.name} for phase in doc.phases()],
        "nodes": [node_to_dict(node) for node in doc.nodes()],
        "links": [link_to_dict(link) for link in doc.links()],
        "notes": [note_to_dict(note) for note in doc.notes()],
        "kpis": [{"name": kpi.name, "target": kpi.target} for kpi in info.kpis],
        "funnel": funnel_to_dict(info.funnel),
        "lane_height": float(info.lane_height),
    }
