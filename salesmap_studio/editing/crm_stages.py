"""The rules for a node's CRM stage names as the user edits them (the file's rules, in the UI's words).

Names are kept as typed but without surrounding white space; a name may appear once on a
node and belong to one node only (compared as `model.crm_key` does), so deal history
always knows which step a CRM stage means.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model import SalesMap, crm_key, crm_owner
from .errors import refused

TWICE = QT_TRANSLATE_NOOP("Editing", "“{name}” is already a CRM stage of this step.")
CLAIMED = QT_TRANSLATE_NOOP("Editing", "“{name}” is already the CRM stage of “{other}”; a CRM stage can belong "
                                       "to one step only.")
EMPTY = QT_TRANSLATE_NOOP("Editing", "A CRM stage name needs at least one character.")


def crm_name_problem(doc: SalesMap, node_id: str, name: str, others: Iterable[str] = ()) -> ValueError | None:
    """Why `name` cannot join the node's CRM stages beside `others` (its other names), or None."""
    name = name.strip()
    if not name:
        return refused(EMPTY)
    if crm_key(name) in {crm_key(other) for other in others}:
        return refused(TWICE, name=name)
    owner = crm_owner(doc.nodes(), name, ignoring=node_id)
    if owner is not None:
        return refused(CLAIMED, name=name, other=owner.name)
    return None


def checked_crm_stages(doc: SalesMap, node_id: str, names) -> list[str]:
    """`names` without surrounding white space; ValueError (the first problem) if one is refused."""
    if isinstance(names, str) or not isinstance(names, (list, tuple)):
        return names  # the model refuses it with its own sentence
    kept: list[str] = []
    for name in names:
        if not isinstance(name, str):
            return names
        problem = crm_name_problem(doc, node_id, name, kept)
        if problem is not None:
            raise problem
        kept.append(name.strip())
    return kept
