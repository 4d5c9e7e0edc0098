"""What the web page knows about a map, as plain JSON-ready data in the map's language.

The page's script reads this (cards, walk-through, search, funnel, parking lot) and
puts every text into the page as text. Words come from the one words table.
"""

from __future__ import annotations

from ...analysis.flow import Walk
from ...analysis.flow_order import flow_order
from ...analysis.funnel import FunnelError, compute_funnel
from ...analysis.geometry import MapGeometry, label_text, palette
from ...analysis.node_card import funnel_lines, node_facts, node_title
from ...analysis.words import is_german, number, say, unfilled
from ...model import LINK_KINDS, Outcome, Stage

# The words of the page itself and of its cards (keys of analysis/words.py).
PAGE_WORDS = ("web-map", "web-how", "web-search", "web-found", "web-none-found", "web-zoom-in", "web-zoom-out",
              "web-fit", "web-walk", "web-walk-keys", "web-step", "web-taken", "web-close", "web-print",
              "web-legend", "web-cards", "kpis", "funnel", "parking-lot", "parking-lot-intro", "parking-lot-empty", "entry",
              "activities", "substeps", "checklist", "required", "next", "branches", "notes",
              "legend-lanes", "legend-links")


def page_language(doc) -> str:
    return "de" if is_german(doc.info.language) else "en"


def _ways(doc, node_id: str, language: str) -> tuple[list[dict], int]:
    """The ways out in the walk-through's order, and the one → takes first (as in the app's F5)."""
    walk = Walk(doc, at=node_id)
    ways = walk.ways_out()
    chosen = walk.chosen()
    out = [{"to": link.target, "kind": link.kind, "label": label_text(link, language)} for link in ways]
    return out, next((i for i, link in enumerate(ways) if chosen is not None and link.id == chosen.id), 0)


def _node(doc, geometry: MapGeometry, node, language: str) -> dict:
    box = geometry.nodes[node.id].box
    ways, way = _ways(doc, node.id, language)
    data = {"id": node.id, "kind": node.kind, "name": node.name, "title": node_title(node, language),
            "facts": node_facts(doc, node, language), "notes": node.notes, "ways": ways, "way": way,
            "box": [box.x, box.y, box.w, box.h]}
    if isinstance(node, Stage):
        data.update(entry=node.entry_criteria, activities=node.activities, substeps=list(node.substeps),
                    checklist=[[item.text, item.required] for item in node.exit_checklist])
    if isinstance(node, Outcome):
        data["result"] = node.result
    return data


def _funnel(doc, language: str) -> dict | None:
    funnel = doc.info.funnel
    if funnel is None:
        return None
    out = {"lines": funnel_lines(doc, language), "title": say("web-deals", language, period=say(funnel.period,
                                                                                                language)),
           "bars": []}
    try:
        result = compute_funnel(doc)
    except FunnelError:
        return out   # funnel_lines says why
    for node_id in flow_order(doc):
        volume = result.volumes.get(node_id, 0.0)
        if volume > 0:
            out["bars"].append([node_id, number(volume, language, 1), volume / result.entries])
    return out


def _legend(doc, language: str) -> dict:
    return {"lanes": [[lane.name, lane.color] for lane in doc.lanes()],
            "links": [[say(kind, language), palette.LINK[kind], kind == "objection"] for kind in LINK_KINDS]}


def page_data(doc, geometry: MapGeometry, tick=lambda items: None) -> dict:
    language = page_language(doc)
    nodes = {}
    for node in doc.nodes():
        nodes[node.id] = _node(doc, geometry, node, language)
        tick(1)
    order = flow_order(doc)
    return {"lang": language, "title": doc.info.title or say("web-map", language), "goal": doc.info.goal,
            "words": {key: unfilled(key, language) for key in PAGE_WORDS},
            "start": order[0] if order else None, "order": order, "nodes": nodes,
            "legend": _legend(doc, language), "kpis": [[k.name, k.target] for k in doc.info.kpis],
            "funnel": _funnel(doc, language), "notes": [n.text.strip() for n in doc.notes() if n.text.strip()]}
