"""The map's reverse-funnel settings: target won deals per period, where a deal counts as won, its value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox

from ...model import PERIODS, Funnel
from .context import PanelContext
from .field_validation import format_number, parse_amount, parse_currency, parse_positive
from .inspector_base import Inspector
from .node_choice import NodeChoice

translate = QCoreApplication.translate
DEFAULT_TARGET = 100.0


def period_choices() -> list[tuple[str, str]]:
    words = {"month": translate("FunnelEditor", "per month"), "quarter": translate("FunnelEditor", "per quarter"),
             "year": translate("FunnelEditor", "per year")}
    return [(period, words[period]) for period in PERIODS]


class FunnelEditor(Inspector):
    """Embedded in the map inspector (refreshed by it); off means the map has no funnel."""

    def __init__(self, context: PanelContext) -> None:
        super().__init__(context, "", None, listen=False)
        self.title.hide()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.switch = QCheckBox(translate("FunnelEditor", "Plan with a reverse funnel"), self)
        self.switch.setAccessibleName(self.switch.text())
        self.switch.toggled.connect(self._toggled)
        self.form.addRow(self.switch)
        self.add_line(translate("FunnelEditor", "Target: won deals"), "target", parse_positive, format_number)
        self.add_choice(translate("FunnelEditor", "Period"), "period", period_choices())
        won_at = translate("FunnelEditor", "Won point (arrivals count as won)")
        self.won_at = self._add(won_at, "won_at", NodeChoice(won_at, translate("FunnelEditor", "(the won outcome)"),
                                                             context, self._committer("won_at")))
        self.add_line(translate("FunnelEditor", "Deal value"), "deal_value", parse_amount, format_number)
        self.add_line(translate("FunnelEditor", "Currency (e.g. EUR)"), "currency", parse_currency)

    def shows_something(self) -> bool:
        return True

    def watched_ids(self) -> set[str] | None:
        return None

    def entity(self) -> Any:
        return self.context.document.info.funnel or Funnel(target=DEFAULT_TARGET)

    def edit(self, **fields) -> None:
        self.context.modeling.set_info(funnel=self.entity().model_dump() | fields)

    def refresh_more(self, funnel: Funnel) -> None:
        on = self.context.document.info.funnel is not None
        blocked = self.switch.blockSignals(True)
        self.switch.setChecked(on)
        self.switch.blockSignals(blocked)
        for widget in self.fields.values():
            widget.setEnabled(on)

    def _toggled(self, on: bool) -> None:
        try:
            self.context.modeling.set_info(funnel=self.entity().model_dump() if on else None)
        except ValueError as error:
            self.context.report(str(error))
