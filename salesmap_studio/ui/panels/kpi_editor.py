"""The map's KPIs: what the process is tracked by, each with a free-text target.

Names and targets are checked as they are typed (a name 1–200 characters), with the reason under the table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from .context import PanelContext
from .field_validation import parse_name, parse_text, reason_label
from .list_validation import CheckingDelegate

translate = QCoreApplication.translate
MIN_HEIGHT, MAX_HEIGHT = 48, 320


class _Table(QTableWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Insert:
            self.parent().add()
        elif event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.parent().remove()
        else:
            super().keyPressEvent(event)


class KpiEditor(QWidget):
    def __init__(self, context: PanelContext, name: str) -> None:
        super().__init__()
        self.context = context
        self.table = _Table(0, 2, self)
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels([translate("KpiEditor", "KPI"), translate("KpiEditor", "Target")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        # Rows follow their wrapped text as the columns change width.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.itemChanged.connect(lambda _item: self._commit())
        self.reason = reason_label(self)
        self.checking = CheckingDelegate(self.table, self.reason,
                                         lambda index: parse_name if index.column() == 0 else parse_text)
        self.table.setItemDelegate(self.checking)
        self.setFocusProxy(self.table)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for text, action, tip in ((translate("KpiEditor", "Add"), self.add, translate("KpiEditor", "Add a KPI (Insert)")),
                                  (translate("KpiEditor", "Remove"), self.remove,
                                   translate("KpiEditor", "Remove the KPI (Delete)"))):
            button = QPushButton(text, self, toolTip=tip)
            button.setAccessibleName(tip)
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.table)
        column.addWidget(self.reason)
        column.addLayout(buttons)

    def _rows(self) -> list[tuple[str, str]]:
        table = self.table
        return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]

    def refresh(self) -> None:
        kpis = [(kpi.name, kpi.target) for kpi in self.context.document.info.kpis]
        if kpis == self._rows():
            return
        self.checking.forget()
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(len(kpis))
        for row, texts in enumerate(kpis):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(blocked)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as its rows (up to a limit, then it scrolls)."""
        table = self.table
        height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(min(max(height, MIN_HEIGHT), MAX_HEIGHT) + header + 2 * table.frameWidth())

    def add(self) -> None:
        kpis = [*self._kpis(), {"name": translate("KpiEditor", "New KPI"), "target": ""}]
        self._set(kpis)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.currentItem())

    def remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < self.table.rowCount():
            self._set([kpi for i, kpi in enumerate(self._kpis()) if i != row])

    def _kpis(self) -> list[dict]:
        return [{"name": name, "target": target} for name, target in self._rows()]

    def _commit(self) -> None:
        self._set(self._kpis())

    def _set(self, kpis: list[dict]) -> None:
        try:
            self.context.modeling.set_info(kpis=kpis)
        except ValueError as error:
            self.context.report(str(error))
            self.refresh()
