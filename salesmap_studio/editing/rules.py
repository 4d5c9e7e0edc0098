"""What an edit may do: the rules the facade checks before it acts and the
connect tool asks while hovering. Plain functions over the document; the only
Qt they touch is the translation of their answers (context "Editing")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model import LINK_KINDS, Decision, Outcome, SalesMap
from .errors import message

STEP_X = 260.0  # the distance between two stages in a row, as in the templates
_BRANCH_TAKEN = {"yes": QT_TRANSLATE_NOOP("Editing", "This decision already has a “yes” branch."),
                 "no": QT_TRANSLATE_NOOP("Editing", "This decision already has a “no” branch.")}


def connect_problem(doc: SalesMap, source: str, target: str, kind: str, ignore: str | None = None) -> str | None:
    """Why `source → target` of `kind` is not allowed, or None when it is.

    `ignore` names a link being edited, which does not count as already there.
    """
    if kind not in LINK_KINDS:
        return message(QT_TRANSLATE_NOOP("Editing", "Unknown link kind “{kind}”; use one of {kinds}."),
                       kind=kind, kinds=", ".join(LINK_KINDS))
    if not doc.has_node(source) or not doc.has_node(target):
        return message(QT_TRANSLATE_NOOP("Editing", "Both ends of a link must be nodes on the map."))
    problem = follow_problem(doc, source)
    if problem:
        return problem
    start = doc.node(source)
    if kind in ("yes", "no") and not isinstance(start, Decision):
        return message(QT_TRANSLATE_NOOP("Editing", "Only a decision has yes and no branches."))
    if source == target and kind != "objection":
        return message(QT_TRANSLATE_NOOP("Editing", "A link back to the same node must be an objection."))
    existing = [link for link in doc.links_from(source) if link.id != ignore]
    if kind in ("yes", "no") and any(link.kind == kind for link in existing):
        return message(_BRANCH_TAKEN[kind])
    if kind != "objection" and any(link.target == target and link.kind == kind for link in existing):
        return message(QT_TRANSLATE_NOOP("Editing", "These two nodes are already linked this way."))
    return None


def follow_problem(doc: SalesMap, node_id: str) -> str | None:
    """Why nothing may follow the node (a won or lost outcome ends the map), or None."""
    node = doc.node(node_id)
    if isinstance(node, Outcome) and node.result != "nurture":
        return message(QT_TRANSLATE_NOOP("Editing", "“{name}” ends the map; nothing follows it."), name=node.name)
    return None


def branch_kind(doc: SalesMap, node_id: str) -> str:
    """The kind of the next link out of a node: yes, then no on a decision; flow elsewhere."""
    if isinstance(doc.node(node_id), Decision):
        taken = {link.kind for link in doc.links_from(node_id)}
        for kind in ("yes", "no"):
            if kind not in taken:
                return kind
    return "flow"
