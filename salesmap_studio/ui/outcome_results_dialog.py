"""Asked during File ▸ Import…: how do the outcomes end whose words say neither won nor lost?

One row per outcome (its name as plain text) with Won / Lost / Back to nurture; nurture is
ticked to start with (what the command line sets). Cancel cancels the import.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QGridLayout, QLabel, QRadioButton,
                               QScrollArea, QVBoxLayout, QWidget)

from .plain_text import plain_label

translate = QCoreApplication.translate  # lupdate reads the context from each call
RESULTS = ("won", "lost", "nurture")


class OutcomeResultsDialog(QDialog):
    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OutcomeResultsDialog", "Import a diagram"))
        intro = QLabel(translate("OutcomeResultsDialog", "The words of these outcomes say neither won nor lost. "
                                                         "How does a deal end there?"))
        intro.setWordWrap(True)
        captions = (translate("OutcomeResultsDialog", "Won"), translate("OutcomeResultsDialog", "Lost"),
                    translate("OutcomeResultsDialog", "Back to nurture"))
        grid = QGridLayout()
        self.groups: list[QButtonGroup] = []
        for row, name in enumerate(names):
            label = plain_label(name)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for column, caption in enumerate(captions):
                button = QRadioButton(caption)
                group.addButton(button, column)
                grid.addWidget(button, row, column + 1)
            group.button(RESULTS.index("nurture")).setChecked(True)
            self.groups.append(group)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(names), 1)   # the rows stay together at the top
        rows = QWidget()
        rows.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("OutcomeResultsDialog", "Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(560, min(160 + 34 * len(names), 520))

    def results(self) -> list[str]:
        """The chosen result of each outcome, in the order of the names."""
        return [RESULTS[group.checkedId()] for group in self.groups]


def ask_results(parent: QWidget | None, names: list[str]) -> list[str] | None:
    """The user's result for each outcome (`registry.Decide`); None when the import is cancelled."""
    dialog = OutcomeResultsDialog(names, parent)
    return dialog.results() if dialog.exec() == QDialog.DialogCode.Accepted else None
