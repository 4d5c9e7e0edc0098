"""What a draw.io cell becomes in a map, by its style (or by the `smap` attribute our own
export writes): lanes, decisions, outcomes, stages, notes, links; won or lost from the words."""

from __future__ import annotations

import re

from .drawio_cells import Cell

DECISION_SHAPES = {"rhombus", "mxgraph.flowchart.decision"}
OUTCOME_SHAPES = {"ellipse", "doubleEllipse", "mxgraph.flowchart.terminator", "mxgraph.flowchart.start_1",
                  "mxgraph.flowchart.start_2", "terminator"}
PLAIN_SHAPES = {"", "rect", "rectangle", "rounded", "process", "mxgraph.flowchart.process", "label"}
WON = re.compile(r"\b(won|win|gewonnen|closed[- ]won|signed|unterschrieben|unterzeichnet|"
                 r"success|erfolg)", re.IGNORECASE)
LOST = re.compile(r"\b(lost|lose|verloren|closed[- ]lost|rejected|abgelehnt|abgesagt|absage|fail)",
                  re.IGNORECASE)
YES, NO = ("yes", "ja", "y", "j"), ("no", "nein", "n")


def kind_of(cell: Cell, cells: dict[str, Cell]) -> str:
    """'pool', 'lane', 'group', 'stage', 'decision', 'outcome', 'note', 'link', 'edge_label' or 'layer'."""
    if cell.attributes.get("smap") in ("pool", "lane", "stage", "decision", "outcome", "note", "link"):
        return cell.attributes["smap"]
    if cell.edge:
        return "link"
    if not cell.vertex:
        return "layer"
    parent = cells.get(cell.parent or "")
    if (parent is not None and parent.edge) or "edgeLabel" in cell.words:
        return "edge_label"
    if "swimlane" in cell.words or cell.shape in ("swimlane", "table"):
        inner = [c for c in cells.values() if c.parent == cell.id and c.vertex]
        return "pool" if any("swimlane" in c.words or c.shape == "swimlane" for c in inner) else "lane"
    if "group" in cell.words:
        return "group"
    if "text" in cell.words or cell.shape == "note":
        return "note"
    return _node_kind(cell)


def _node_kind(cell: Cell) -> str:
    shapes = cell.words | {cell.shape}
    if shapes & DECISION_SHAPES:
        return "decision"
    pill = cell.style.get("rounded") == "1" and _number(cell.style.get("arcSize")) >= 40
    if shapes & OUTCOME_SHAPES or pill:
        return "outcome"
    return "stage"


def unknown_shape(cell: Cell) -> str | None:
    """The draw.io shape a stage was drawn as, when it is not a plain box (kept in the stage's notes)."""
    shape = cell.shape or next(iter(sorted(cell.words - {"html", "whiteSpace", "rounded"})), "")
    return None if shape in PLAIN_SHAPES else shape


def result_of(text: str) -> str | None:
    """'won' or 'lost' when the outcome's words say so, else None."""
    lost, won = LOST.search(text), WON.search(text)
    if lost and not won:
        return "lost"
    return "won" if won and not lost else None


def branch_of(label: str) -> tuple[str, str]:
    """An edge label as (kind, remaining label): 'Ja, mit Budget' -> ('yes', 'mit Budget')."""
    words = label.strip().split(maxsplit=1)
    first = words[0].strip(".,:;!-").lower() if words else ""
    rest = words[1].strip(" ,;:-") if len(words) > 1 else ""
    if first in YES:
        return "yes", rest
    if first in NO:
        return "no", rest
    return "flow", label.strip()


def _number(text: str | None) -> float:
    try:
        return float(text or 0)
    except ValueError:
        return 0.0
