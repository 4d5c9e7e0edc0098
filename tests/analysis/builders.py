"""Small maps for the analysis tests, written the way one would sketch them on a whiteboard."""

from __future__ import annotations

from salesmap_studio.model import Decision, Funnel, Lane, Link, MapInfo, Outcome, SalesMap, Stage


def stage(node_id: str, **fields) -> Stage:
    fields.setdefault("name", node_id.title())
    return Stage(id=node_id, **fields)


def decision(node_id: str, **fields) -> Decision:
    fields.setdefault("name", node_id.title() + "?")
    return Decision(id=node_id, **fields)


def outcome(node_id: str, result: str = "won", **fields) -> Outcome:
    fields.setdefault("name", node_id.title())
    return Outcome(id=node_id, result=result, **fields)


def link(source: str, target: str, kind: str = "flow", share: float | None = None, **fields) -> dict:
    return dict(source=source, target=target, kind=kind, share=share, **fields)


def make_map(nodes, links=(), lanes=(), funnel: dict | None = None, notes=(), **info) -> SalesMap:
    """A document from nodes, link sketches (ids l1, l2, … unless given) and lane ids."""
    built = [Link(**{"id": f"l{i}", **sketch}) for i, sketch in enumerate(links, 1)]
    lane_list = [Lane(id=lane, name=lane.title()) for lane in lanes]
    if funnel is not None:
        info["funnel"] = Funnel(**funnel)
    return SalesMap.from_parts(MapInfo(**info), lanes=lane_list, nodes=nodes, links=built, notes=notes)


def chain(*names: str, kind: str = "flow") -> list[dict]:
    """Links a → b → c … between consecutive names."""
    return [link(a, b, kind) for a, b in zip(names, names[1:])]
