"""The Funnel panel: how many deals must enter to win the target, and what-if.

It shows the reverse funnel of `analysis.funnel` — win rate, deals to enter per
period, cycle time of won deals, revenue, and the deals at every step — and
lets the facilitator try other numbers: a conversion rate or a share typed in
the tables is an ordinary, undoable edit, and the numbers follow at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDockWidget, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..analysis.flow_order import flow_order, outgoing
from ..analysis.funnel import FunnelError, FunnelResult, compute_funnel
from ..model import Stage
from .i18n import on_screen
from .funnel_words import amount_text, branch_words, deals_text, decimal_text, percent_text, why_won_differs
from .panels.context import PanelContext
from .panels.when_seen import WhenSeen
from .plain_text import auto_text
from .panels.field_validation import format_number, format_percent, parse_percent, parse_positive
from .panels.funnel_editor import DEFAULT_TARGET, period_choices
from .plain_text import plain_label

translate = QCoreApplication.translate
OBJECT_NAME = "funnel-panel"
ID_ROLE = Qt.ItemDataRole.UserRole
ERROR_COLOUR = "#B3261E"


def read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(auto_text(text))   # the whole text of a long row; map text, never markup
    return item


def editable(text: str, item_id: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(ID_ROLE, item_id)
    item.setToolTip(translate("FunnelPanel", "Type a percentage to see what changes; empty means unknown."))
    return item


def fill(table: QTableWidget, rows: list[tuple[tuple[str, str | None], ...]]) -> None:
    """Shows `rows` of (text, id of what a typed value edits, or None) cells, touching only cells that changed.

    Columns sized to their contents would be measured again after every cell
    (minutes on a 5,000-stage map), so they are measured once, after the fill.
    """
    shown = table.shown_rows if table.shown_rows is not None and len(table.shown_rows) == len(rows) else None
    changed = [r for r, cells in enumerate(rows) if shown is None or shown[r] != cells]
    if not changed:
        return
    header = table.horizontalHeader()
    sized = range(1, table.columnCount())
    blocked = table.blockSignals(True)
    table.setUpdatesEnabled(False)
    for column in sized:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setRowCount(len(rows))
    for row in changed:
        for column, (text, item_id) in enumerate(rows[row]):
            show_cell(table, row, column, text, item_id)
    for column in sized:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a long name wraps
    table.setUpdatesEnabled(True)
    table.blockSignals(blocked)
    table.shown_rows = rows


def show_cell(table: QTableWidget, row: int, column: int, text: str, item_id: str | None) -> None:
    """Writes a cell. An item of the same kind is kept and given the text: it may be the very item
    whose typed value is being handled (the panel refreshes inside `itemChanged`), and replacing it
    would delete it under Qt's feet."""
    item = table.item(row, column)
    if item is not None and item.data(ID_ROLE) == item_id:
        item.setText(text)
    else:
        table.setItem(row, column, editable(text, item_id) if item_id else read_only(text))


def make_table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(True)   # a long step or branch name takes a second line instead of being cut
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.shown_rows = None  # what `fill` last put in
    table.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
                          | QTableWidget.EditTrigger.AnyKeyPressed)
    return table


class FunnelPanel(QDockWidget):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("FunnelPanel", "Funnel"), parent)
        self.setObjectName(OBJECT_NAME)
        self.context = context
        self.result: FunnelResult | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(self._target_row(body))
        self.numbers = QFormLayout()
        self.figures = {key: QLabel(body) for key in ("win_rate", "entries", "cycle_days", "revenue")}
        for key, title in self._figure_titles().items():
            self.figures[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.numbers.addRow(title, self.figures[key])
        layout.addLayout(self.numbers)
        self.problem = plain_label(parent=body)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        layout.addWidget(self.problem)
        self.why = QLabel(body)   # why a won outcome holds other than the target
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.why)
        self.steps = make_table([translate("FunnelPanel", "Step"), translate("FunnelPanel", "Deals"),
                                 translate("FunnelPanel", "Conversion %")], body)
        self.branches = make_table([translate("FunnelPanel", "Branch"), translate("FunnelPanel", "Share %")], body)
        self.steps.itemChanged.connect(lambda item: self._typed(item, "conversion_rate"))
        self.branches.itemChanged.connect(lambda item: self._typed(item, "share"))
        layout.addWidget(self.steps, 3)
        layout.addWidget(QLabel(translate("FunnelPanel", "Where deals go at each fork:"), body))
        layout.addWidget(self.branches, 2)
        self.setWidget(body)
        self.setMinimumWidth(320)
        when_seen = WhenSeen(self, self.refresh)   # behind the Inspector's tab by default
        context.listen_to_flow(when_seen)
        when_seen()   # the funnel of a big map takes a while: worked out when first shown

    def _target_row(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.target = QLineEdit(parent)
        self.target.setPlaceholderText(translate("FunnelPanel", "e.g. 120"))
        self.target.setMaximumWidth(90)
        self.target.editingFinished.connect(self._target_typed)
        self.period = QComboBox(parent)
        for period, words in period_choices():
            self.period.addItem(words, period)
        self.period.activated.connect(lambda _index: self._edit_funnel(period=self.period.currentData()))
        row.addWidget(QLabel(translate("FunnelPanel", "Target: won deals"), parent))
        row.addWidget(self.target)
        row.addWidget(self.period)
        row.addStretch(1)
        return row

    @staticmethod
    def _figure_titles() -> dict[str, str]:
        return {"win_rate": translate("FunnelPanel", "Win rate"),
                "entries": translate("FunnelPanel", "Deals to bring in"),
                "cycle_days": translate("FunnelPanel", "Cycle time (won deals)"),
                "revenue": translate("FunnelPanel", "Revenue")}

    # ---- showing ------------------------------------------------------------
    def refresh(self) -> None:
        doc = self.context.document
        funnel = doc.info.funnel
        if not self.target.hasFocus():
            self.target.setText(format_number(funnel.target) if funnel else "")
        self.period.setCurrentIndex(max(0, self.period.findData(funnel.period if funnel else "year")))
        try:
            self.result, problem = compute_funnel(doc), ""
        except FunnelError as error:
            self.result, problem = None, on_screen(error.key, error.values)   # in the UI's language
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self._show_figures()
        self.why.setText(why_won_differs(doc, self.result) if self.result else "")
        self.why.setVisible(bool(self.why.text()))
        self._fill_steps()
        self._fill_branches()

    def _show_figures(self) -> None:
        result, doc = self.result, self.context.document
        if result is None:
            for label in self.figures.values():
                label.setText("–")
            return
        per = dict(period_choices())[result.period]
        currency = doc.info.funnel.currency if doc.info.funnel else ""
        self.figures["win_rate"].setText(percent_text(result.win_rate))
        self.figures["entries"].setText(f"{deals_text(result.entries)} {per}")
        days = translate("FunnelPanel", "{days} days").format(days=decimal_text(result.cycle_days))
        self.figures["cycle_days"].setText(days)
        revenue = "–" if result.revenue is None else f"{amount_text(result.revenue)} {currency} {per}".replace("  ", " ")
        self.figures["revenue"].setText(revenue)

    def _fill_steps(self) -> None:
        doc, volumes = self.context.document, self.result.volumes if self.result else {}
        rows = []
        for node_id in flow_order(doc):
            node = doc.node(node_id)
            deals = volumes.get(node_id)
            rate = (format_percent(node.conversion_rate), node_id) if isinstance(node, Stage) else ("", None)
            rows.append(((node.name, None), ("–" if deals is None else deals_text(deals), None), rate))
        fill(self.steps, rows)

    def _fill_branches(self) -> None:
        doc = self.context.document
        leaving = outgoing(doc)
        rows = []
        for link in doc.links():
            if len(leaving[link.source]) > 1:
                words = branch_words(doc, link)
                rows.append(((words, None), (format_percent(link.share), link.id)))
        fill(self.branches, rows)

    # ---- what-if edits --------------------------------------------------------
    def _typed(self, item: QTableWidgetItem, field: str) -> None:
        item_id = item.data(ID_ROLE)
        if not item_id:
            return
        shown = item.tableWidget().shown_rows
        if shown is not None:  # the cell holds what was typed, not the model's value: fill it again
            shown[item.row()] = None
        try:
            value = parse_percent(item.text())
            if field == "share":
                self.context.modeling.set_link_fields(item_id, share=value)
            else:
                self.context.modeling.set_node_fields(item_id, conversion_rate=value)
        except ValueError as error:
            self.context.report(str(error))
            self.refresh()  # put the model's value back in the cell

    def _target_typed(self) -> None:
        try:
            target = parse_positive(self.target.text())
        except ValueError as error:
            self.context.report(str(error))
            self.refresh()
            return
        if target is not None:
            self._edit_funnel(target=target)

    def _edit_funnel(self, **fields) -> None:
        funnel = self.context.document.info.funnel
        settings = funnel.model_dump() if funnel else {"target": DEFAULT_TARGET, "period": "year"}
        if all(settings.get(key) == value for key, value in fields.items()):
            return
        try:
            self.context.modeling.set_info(funnel=settings | fields)
        except ValueError as error:
            self.context.report(str(error))
            self.refresh()


def install(window) -> None:
    context = PanelContext.of_window(window)
    panel = FunnelPanel(context, window)
    window.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea)
    window.destroyed.connect(context.detach)
    health = window.findChild(QDockWidget, "map-health-panel")
    if health is not None:  # one tab each: both need the height for their lists
        window.tabifyDockWidget(health, panel)
        health.raise_()
