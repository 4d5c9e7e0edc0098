"""The stage inspector: the seed's four things per stage, and who, when, how long, how many.

Name; what lets a deal in (entry criteria); what happens (activities); what
must be done before it moves on (exit checklist); then substeps, owner lane,
buyer-journey phase, expected days, conversion rate, the names the CRM gives
the stage, and notes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...model import Stage
from .checklist_editor import ChecklistEditor
from .context import PanelContext
from .crm_stages_field import add_crm_stages
from .field_validation import format_number, format_percent, parse_days, parse_name, parse_percent
from .inspector_base import NodeInspector

translate = QCoreApplication.translate


class StageInspector(NodeInspector):
    def __init__(self, context: PanelContext) -> None:
        super().__init__(context, translate("StageInspector", "Stage"), "stage")
        self.add_line(translate("StageInspector", "Name"), "name", parse_name)
        self.add_text(translate("StageInspector", "Entry criteria — what lets a deal in"), "entry_criteria")
        self.add_text(translate("StageInspector", "Activities — what happens here"), "activities")
        self.checklist = self._add_list(translate("StageInspector", "Exit checklist — done before the deal moves on"),
                                        "exit_checklist", with_required=True)
        self.substeps = self._add_list(translate("StageInspector", "Substeps"), "substeps", with_required=False)
        self.add_band("lane", translate("StageInspector", "Owner (lane)"), "owner")
        self.add_band("phase", translate("StageInspector", "Buyer-journey phase"), "phase")
        self.add_line(translate("StageInspector", "Expected days in stage"), "expected_days", parse_days,
                      format_number, translate("StageInspector", "days"))
        self.add_line(translate("StageInspector", "Conversion rate — share of deals that move on"),
                      "conversion_rate", parse_percent, format_percent, "%")
        self.crm_stages = add_crm_stages(self)
        self.add_text(translate("StageInspector", "Notes"), "notes")

    def _add_list(self, label: str, field: str, with_required: bool) -> ChecklistEditor:
        editor = ChecklistEditor(label, with_required, self)
        editor.changed.connect(lambda items, typing: self._commit_list(field, items, typing))
        return self.add_row(label, editor)

    def refresh_more(self, stage: Stage) -> None:
        self.checklist.set_items([(item.text, item.required) for item in stage.exit_checklist])
        self.substeps.set_items([(text, False) for text in stage.substeps])
        self.crm_stages.set_items([(name, False) for name in stage.crm_stages])

    def _commit_list(self, field: str, items: list[tuple[str, bool]], typing: bool) -> None:
        if field == "exit_checklist":
            value = [{"text": text, "required": required} for text, required in items]
        else:
            value = [text for text, _ in items]
        self.commit_list(field, value, typing)
