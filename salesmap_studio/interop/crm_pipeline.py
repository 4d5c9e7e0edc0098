"""The map as a CRM's deal pipeline: the steps a CRM records, in flow order, with their win probability.

Open steps are the stages from which deals can still be won (the funnel math's chance that a
deal there ends won, above 0; the won point itself when it is a stage): stages after the sale
(implementation, say) and dead ends are no part of a deal pipeline. Then the closed steps:
each won outcome (probability 1), each lost outcome (0). Nurture outcomes send the deal back
to marketing, which no CRM records as a deal stage. A step is named by its node's first
`crm_stages` entry, else its name; names are made unique (CRMs refuse two stages of one name).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.flow_order import flow_order
from ..analysis.funnel import FunnelError, win_chances
from ..model import SalesMap, crm_key
from ..persistence import atomic_write
from .errors import InteropError


@dataclass(frozen=True)
class CrmStep:
    name: str
    probability: float          # 0 to 1
    closed: bool
    won: bool
    node: object                # the map's stage or outcome


def crm_name(node) -> str:
    """The name a CRM records the node under: its first `crm_stages` entry, else its name."""
    names = node.crm_stages   # only stages and outcomes become CRM steps; decisions have no crm_stages
    return names[0] if names else node.name


def pipeline(doc: SalesMap, file: str) -> list[CrmStep]:
    try:
        chances = win_chances(doc)
    except FunnelError as error:
        raise InteropError(file, "", f"the map has no win probabilities for a CRM pipeline: {error}") from None
    ordered = [doc.node(node_id) for node_id in flow_order(doc)]
    steps = [CrmStep(crm_name(n), round(chances[n.id], 4), False, False, n)
             for n in ordered if n.kind == "stage" and chances[n.id] > 0]
    steps += [CrmStep(crm_name(n), 1.0, True, True, n) for n in ordered if n.kind == "outcome" and n.result == "won"]
    steps += [CrmStep(crm_name(n), 0.0, True, False, n) for n in ordered if n.kind == "outcome" and n.result == "lost"]
    if not steps:
        raise InteropError(file, "", "the map has no stage from which deals are won, and no won or lost outcome")
    return _unique(steps)


def _unique(steps: list[CrmStep]) -> list[CrmStep]:
    """Second and later steps of one name (compared case-insensitively) get " (2)", " (3)", …"""
    taken: set[str] = set()
    out = []
    for step in steps:
        name, number = step.name, 1
        while crm_key(name) in taken:
            number += 1
            name = f"{step.name} ({number})"
        taken.add(crm_key(name))
        out.append(CrmStep(name, step.probability, step.closed, step.won, step.node))
    return out


def write_json(path, body) -> None:
    """A CRM request body: UTF-8 JSON, names as written (no \\u escapes), two-space indent."""
    import json

    atomic_write(path, (json.dumps(body, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8"))
