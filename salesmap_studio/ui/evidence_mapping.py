"""Matching the CRM stages the map does not know: one row per unmatched stage with its deal
count and a choice of the map's stages and outcomes (the suggestion picked already). OK writes
the choices into the nodes' CRM stages as one undo step, so the next load matches by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from ..evidence.matching import matchable
from .plain_text import plain_label

translate = QCoreApplication.translate


class StageMappingDialog(QDialog):
    def __init__(self, doc, unmatched: list[dict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StageMapping", "Match CRM Stages"))
        layout = QVBoxLayout(self)
        intro = plain_label(translate("StageMapping", "These stages of your CRM match no step of the map by name. "
                                                      "Pick the step each one is:"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        nodes = matchable(doc)
        for stage in unmatched:
            box = QComboBox(self)
            box.addItem(translate("StageMapping", "— not on the map —"), None)
            for node in nodes:
                box.addItem(node.name, node.id)
            box.setCurrentIndex(max(0, box.findData(stage["suggestion"])))
            label = translate("StageMapping", "{name} (deals: {deals})").format(name=stage["name"], deals=stage["deals"])
            form.addRow(plain_label(label, self), box)
            self.choices[stage["name"]] = box
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def chosen(self) -> dict[str, str]:
        """CRM stage name -> node id, for the rows where the user picked a step."""
        return {name: box.currentData() for name, box in self.choices.items() if box.currentData() is not None}


def write_matches(modeling, doc, chosen: dict[str, str]) -> None:
    """Adds each chosen CRM stage to its node's `crm_stages`, all in one undo step."""
    by_node: dict[str, list[str]] = {}
    for name, node_id in chosen.items():
        by_node.setdefault(node_id, []).append(name)
    with modeling.macro(QT_TRANSLATE_NOOP("Editing", "Match CRM stages")):
        for node_id, names in by_node.items():
            modeling.set_node_fields(node_id, crm_stages=[*doc.node(node_id).crm_stages, *names])
