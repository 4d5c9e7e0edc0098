"""The list of names a CRM gives a stage or outcome (`crm_stages`), in its inspector.

The same list editor as the exit checklist (add, edit, remove, reorder; each change one
undo step). A name is checked as it is typed, by the editing layer's own rules: a name
already on this step, or one another step claims (which is named), shows its reason under
the list and changes nothing. Deal history is matched by these names first, then by the
step's name, so an empty list is fine.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from ...editing.crm_stages import checked_crm_stages
from ...editing.errors import check_value
from ...model import Stage
from .checklist_editor import ChecklistEditor, parse_item

translate = QCoreApplication.translate


def add_crm_stages(inspector) -> ChecklistEditor:
    """Adds the list to a node inspector's form; its changes go to the node shown, through Modeling."""
    label = translate("CrmStages", "CRM stages — what your CRM calls this step (matched before the name)")
    editor = ChecklistEditor(label, False, inspector, rule=lambda index: _rule(inspector, editor, index))
    editor.setToolTip(translate("CrmStages", "The stage names or ids your CRM records deals under; "
                                             "left empty, deal history is matched by the step's name."))
    editor.changed.connect(lambda items, typing: inspector.commit_list("crm_stages", [t for t, _ in items], typing))
    return inspector.add_row(label, editor)


def _rule(inspector, editor: ChecklistEditor, index) -> Callable[[str], str]:
    existing = bool(index.data())

    def parse(text: str) -> str:
        if not text.strip():
            return parse_item(text) if existing else text  # a new empty row is dropped, not refused
        doc, node_id = inspector.context.document, inspector.ids[0]
        names = checked_crm_stages(doc, node_id, [*editor.other_texts(index.row()), text])
        check_value(Stage, "crm_stages", names)  # the file's limits: 200 characters, 20 names
        return text

    return parse
