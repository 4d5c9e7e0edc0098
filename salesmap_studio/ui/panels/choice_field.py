"""Drop-down fields: a fixed choice (link kind, result, period) and a lane or phase of the map.

They commit when the user picks (mouse, arrow keys or typing the first
letters); refreshing from the model blocks their signals, so a refresh never
edits the model. A refused pick goes back to the model's value.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QInputDialog, QWidget

translate = QCoreApplication.translate
NEW = "\x00new"  # the data of the "New lane…" entry; no id can look like this
MIXED = object()  # the value of several items that differ: any pick is a change


class ChoiceField(QComboBox):
    def __init__(self, name: str, choices: list[tuple[Any, str]], commit: Callable[[Any], None],
                 report: Callable[[str], None]) -> None:
        super().__init__()
        self._commit, self._report, self._value = commit, report, None
        # The choices shown, as given: comparing with them is cheap, asking the box for each of
        # thousands (a map's stages) after every step was not.
        self._choices: list[tuple[Any, str]] = []
        self.setAccessibleName(name)
        # Long lane names must not make the panel wider than the dock.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setPlaceholderText(translate("ChoiceField", "(differs between them)"))  # shown when mixed
        self.set_choices(choices)
        self.currentIndexChanged.connect(self._picked)

    def set_choices(self, choices: list[tuple[Any, str]]) -> None:
        if choices == self._choices:
            return
        self._choices = list(choices)
        blocked = self.blockSignals(True)
        self.clear()
        for value, label in choices:
            self.addItem(label, value)
        self.blockSignals(blocked)
        self.set_value(self._value)

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any, mixed: bool = False) -> None:
        """Shows the model's value; `mixed` (several items that differ) shows nothing."""
        self._value = MIXED if mixed else value
        blocked = self.blockSignals(True)
        self.setCurrentIndex(-1 if mixed else self.findData(value))
        self.blockSignals(blocked)

    def _picked(self, index: int) -> None:
        value = self.itemData(index)
        if index < 0 or value == self._value:
            return
        try:
            self._commit(value)
        except ValueError as error:
            self._report(str(error))
            self.set_value(self._value)


def ask_band_name(parent: QWidget, title: str, label: str) -> str:
    """Asks for the name of a new lane or phase; "" when cancelled."""
    name, accepted = QInputDialog.getText(parent, title, label)
    return name.strip() if accepted else ""


class BandChoice(ChoiceField):
    """Owner (a lane) or phase: none, one of the map's, or "New lane…" made right here."""

    def __init__(self, kind: str, context, commit: Callable[[Any], None]) -> None:
        self.kind, self.context = kind, context
        name = translate("BandChoice", "Owner (lane)") if kind == "lane" else translate("BandChoice", "Phase")
        super().__init__(name, [], commit, context.report)

    def refresh(self, value: Any, mixed: bool = False) -> None:
        doc = self.context.document
        bands = doc.lanes() if self.kind == "lane" else doc.phases()
        new = translate("BandChoice", "New lane…") if self.kind == "lane" else translate("BandChoice", "New phase…")
        self.set_choices([(None, translate("BandChoice", "(none)")), *((b.id, b.name) for b in bands), (NEW, new)])
        self.set_value(value, mixed)

    def _picked(self, index: int) -> None:
        if self.itemData(index) != NEW:
            super()._picked(index)
            return
        self.set_value(self._value)
        lane = self.kind == "lane"
        name = ask_band_name(self, translate("BandChoice", "New lane") if lane else translate("BandChoice", "New phase"),
                             translate("BandChoice", "Name:"))
        if not name:
            return
        modeling = self.context.modeling
        try:
            with modeling.macro(translate("BandChoice", "New lane") if lane else translate("BandChoice", "New phase")):
                self._commit(modeling.add_lane(name) if lane else modeling.add_phase(name))
        except ValueError as error:
            self.context.report(str(error))
