"""The outcome inspector: where a deal ends (won, lost) or goes back to marketing (nurture)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...model import Outcome
from .context import PanelContext
from .crm_stages_field import add_crm_stages
from .field_validation import parse_name
from .inspector_base import NodeInspector

translate = QCoreApplication.translate


def result_choices() -> list[tuple[str, str]]:
    return [("won", translate("OutcomeInspector", "Won")), ("lost", translate("OutcomeInspector", "Lost")),
            ("nurture", translate("OutcomeInspector", "Back to nurture (marketing)"))]


class OutcomeInspector(NodeInspector):
    def __init__(self, context: PanelContext) -> None:
        super().__init__(context, translate("OutcomeInspector", "Outcome"), "outcome-won")
        self.add_line(translate("OutcomeInspector", "Name"), "name", parse_name)
        self.add_choice(translate("OutcomeInspector", "Result"), "result", result_choices())
        self.crm_stages = add_crm_stages(self)
        self.add_text(translate("OutcomeInspector", "Notes"), "notes")

    def refresh_more(self, outcome: Outcome) -> None:
        self.set_icon(f"outcome-{outcome.result}")
        self.crm_stages.set_items([(name, False) for name in outcome.crm_stages])
