"""Hypothesis strategies for edited copies of a map document: what two people do to one map."""

from __future__ import annotations

import copy

from hypothesis import strategies as st

from tests.persistence.strategies import names, texts

OPS = ("rename", "move", "notes", "add", "delete", "connect", "checklist")


@st.composite
def edited(draw, doc: dict, own: list[str], prefix: str = "new") -> dict:
    """`doc` with a few edits to the nodes in `own` (and to nodes and links the edits add).
    Added ids start with `prefix`: the same prefix on both sides makes their ids clash."""
    doc = copy.deepcopy(doc)
    own = list(own)
    for n in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(OPS))
        if op == "add" or not own:
            node_id = f"{prefix}-{n}"
            if node_id not in {node["id"] for node in doc["nodes"]}:
                doc["nodes"].append({"id": node_id, "kind": "decision", "name": draw(names), "owner": None,
                                     "phase": None, "notes": draw(texts), "x": float(draw(st.integers(-500, 500))),
                                     "y": float(draw(st.integers(-500, 500)))})
                own.append(node_id)
            continue
        _edit(draw, doc, own, op, f"{prefix}-l{n}")
    return doc


def _edit(draw, doc: dict, own: list[str], op: str, link_id: str) -> None:
    node = _node(doc, draw(st.sampled_from(own)))
    if op == "rename":
        node["name"] = draw(names)
    elif op == "move":
        node["x"] = float(draw(st.integers(-5000, 5000)))
    elif op == "notes":
        node["notes"] = draw(texts)
    elif op == "checklist" and node["kind"] == "stage" and len(node["exit_checklist"]) < 10:
        text = draw(texts)
        if text not in {item["text"] for item in node["exit_checklist"]}:
            node["exit_checklist"].append({"text": text, "required": draw(st.booleans())})
    elif op == "connect" and link_id not in {link["id"] for link in doc["links"]}:
        target = draw(st.sampled_from(own))
        doc["links"].append({"id": link_id, "source": node["id"], "target": target, "kind": "flow", "label": "",
                             "share": None})
    elif op == "delete" and _unreferenced(doc, node["id"]):
        doc["nodes"].remove(node)
        own.remove(node["id"])


def _node(doc: dict, node_id: str) -> dict:
    return next(node for node in doc["nodes"] if node["id"] == node_id)


def _unreferenced(doc: dict, node_id: str) -> bool:
    funnel = doc.get("funnel") or {}
    return node_id not in (doc.get("start"), funnel.get("won_at")) and not any(
        node_id in (link["source"], link["target"]) for link in doc["links"])
