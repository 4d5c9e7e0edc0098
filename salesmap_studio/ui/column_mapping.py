"""Choosing which column of an event table holds what, when its headers do not say (or say it of
two columns): a choice of the file's headers per role, started from the best guess, with the
file's first rows below. OK stays greyed until deal id, stage and timestamp each have a column of
their own; Cancel loads nothing.

Every header and cell is the file's text: combo box entries and table items show it as plain
text, and the one label that names a header goes through `plain_label`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..evidence.column_roles import REQUIRED, ROLE_NAMES
from .plain_text import plain_label

translate = QCoreApplication.translate
MIN_WIDTH, MAX_WIDTH = 520, 960   # pixels; a wider file scrolls sideways in the preview
ROLE_LABELS = {
    "deal": QT_TRANSLATE_NOOP("ColumnMapping", "&Deal ID:"),
    "stage": QT_TRANSLATE_NOOP("ColumnMapping", "&Stage:"),
    "time": QT_TRANSLATE_NOOP("ColumnMapping", "&Timestamp:"),
    "amount": QT_TRANSLATE_NOOP("ColumnMapping", "&Amount:"),
    "owner": QT_TRANSLATE_NOOP("ColumnMapping", "O&wner:"),
    "status": QT_TRANSLATE_NOOP("ColumnMapping", "&Final status:"),
}


def role_name(role: str) -> str:
    """The role as the dialog names it, without its mnemonic and colon ("Deal ID")."""
    return translate("ColumnMapping", ROLE_LABELS[role]).replace("&", "").rstrip(":").strip()


class ColumnMappingDialog(QDialog):
    def __init__(self, file_name: str, headers: list[str], preview: list[list[str | None]],
                 start: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ColumnMapping", "Choose Columns"))
        layout = QVBoxLayout(self)
        intro = plain_label(translate("ColumnMapping", "Which column of “{name}” holds what? Deal ID, stage and "
                                                       "timestamp are needed; the rest is optional. The choice is "
                                                       "remembered for files with the same columns.")
                            .format(name=file_name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for role in ROLE_NAMES:
            box = self._choice(role, headers, start.get(role))
            form.addRow(translate("ColumnMapping", ROLE_LABELS[role]), box)
            self.choices[role] = box
        layout.addLayout(form)
        self.problem = plain_label(parent=self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B3261E;")
        layout.addWidget(self.problem)
        self.preview = self._preview_table(headers, preview)
        layout.addWidget(self.preview, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.headers = headers
        self._update()
        self._fit_width()

    def _choice(self, role: str, headers: list[str], current: str | None) -> QComboBox:
        box = QComboBox(self)
        box.addItem(translate("ColumnMapping", "— choose a column —") if role in REQUIRED
                    else translate("ColumnMapping", "— none —"), None)
        for header in headers:
            box.addItem(header, header)
        box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
        box.currentIndexChanged.connect(self._update)
        return box

    def _preview_table(self, headers: list[str], rows: list[list[str | None]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers), self)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem("" if value is None else value))
        return table

    def _fit_width(self) -> None:
        """Wide enough for the preview's columns (up to a limit), so the rows read without scrolling."""
        self.preview.resizeColumnsToContents()
        wanted = self.preview.horizontalHeader().length() + 2 * self.preview.frameWidth() + 48
        self.resize(min(max(wanted, MIN_WIDTH), MAX_WIDTH), self.sizeHint().height())

    def chosen(self) -> dict[str, str | None]:
        """Role -> header for every role; None where the user left the role without a column (so a
        recognised header does not come back for it)."""
        return {role: box.currentData() for role, box in self.choices.items()}

    def _update(self) -> None:
        chosen = {role: header for role, header in self.chosen().items() if header is not None}
        self.problem.setText(self._problem(chosen))
        self.problem.setVisible(bool(self.problem.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.problem.text())
        for column, header in enumerate(self.headers):   # the preview's heading says what each column became
            roles = [role_name(role) for role, taken in chosen.items() if taken == header]
            self.preview.setHorizontalHeaderItem(column, QTableWidgetItem(
                header + "".join(f"\n→ {name}" for name in roles)))

    @staticmethod
    def _problem(chosen: dict[str, str]) -> str:
        """Why OK is greyed, or "" when the choice can be used."""
        missing = [role_name(role) for role in REQUIRED if role not in chosen]
        if missing:
            return translate("ColumnMapping", "Choose a column for: {roles}.").format(roles=", ".join(missing))
        twice = next((header for header in chosen.values() if list(chosen.values()).count(header) > 1), None)
        if twice is not None:
            return translate("ColumnMapping", "The column “{name}” is chosen for two roles.").format(name=twice)
        return ""
