"""The Map health panel: the findings of `analysis.lint`, live, grouped by severity.

It re-checks the map right after each step (undo and redo included),
marks the items with errors or warnings on the canvas, and a click on a finding
selects its item and brings it into view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (QDockWidget, QHeaderView, QStyle, QStyledItemDelegate, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..analysis.lint import SEVERITIES, Finding, badges, lint
from .i18n import on_screen
from .icons import icon
from .panels.context import PanelContext
from .panels.when_seen import WhenSeen
from .plain_text import auto_text, plain_label

translate = QCoreApplication.translate
OBJECT_NAME = "map-health-panel"
ITEM_ROLE = Qt.ItemDataRole.UserRole
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1   # a group's severity
ICONS = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
         "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
         "info": QStyle.StandardPixmap.SP_MessageBoxInformation}


def group_title(severity: str, count: int) -> str:
    titles = {"error": translate("HealthPanel", "Errors ({count})"),
              "warning": translate("HealthPanel", "Warnings ({count})"),
              "info": translate("HealthPanel", "Notes ({count})")}
    return titles[severity].format(count=count)


def count_text(severity: str, count: int) -> str:
    """ "1 error", "3 warnings"; empty for none."""
    if not count:
        return ""
    one = {"error": translate("HealthPanel", "1 error"), "warning": translate("HealthPanel", "1 warning"),
           "info": translate("HealthPanel", "1 note")}
    many = {"error": translate("HealthPanel", "{count} errors"),
            "warning": translate("HealthPanel", "{count} warnings"),
            "info": translate("HealthPanel", "{count} notes")}
    return one[severity] if count == 1 else many[severity].format(count=count)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their message needs at the tree's current width."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        depth = 2 if index.parent().isValid() else 1
        width = self.tree.viewport().width() - depth * self.tree.indentation() - 8
        text = str(index.data() or "")
        bounds = option.fontMetrics.boundingRect(0, 0, max(width, 80), 100_000, Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), bounds.height() + 6))


class FindingTree(QTreeWidget):
    """A tree whose long messages wrap onto more lines as the panel narrows."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setItemDelegate(WrappingDelegate(self))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # row heights depend on the width


class HealthPanel(QDockWidget):
    def __init__(self, context: PanelContext, set_badges, parent: QWidget | None = None) -> None:
        super().__init__(translate("HealthPanel", "Map health"), parent)
        self.setObjectName(OBJECT_NAME)
        self.context, self.set_badges = context, set_badges
        self.findings: list[Finding] = []
        self._checked = False
        self._marks: dict[str, str] | None = None   # the badges on the canvas
        self._listed: list[Finding] = []   # what the tree shows: `findings` once the panel is seen
        self.summary = plain_label(parent=self)
        self.summary.setWordWrap(True)
        self.tree = FindingTree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemClicked.connect(self.go_to)
        self.tree.itemActivated.connect(self.go_to)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)   # a long list gets the panel's whole height
        layout.addStretch(0)
        self.setWidget(body)
        self.setMinimumWidth(300)
        # No rule looks at places or sticky notes: a drag checks nothing again.
        self._list_when_seen = WhenSeen(self, self._list)
        context.listen_to_flow(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Checks the map again: the canvas's badges at once, the list when the panel can be seen."""
        findings = lint(self.context.document)
        if findings == self.findings and self._checked:
            return  # most edits change no finding: keep the rows (thousands on a big map) as they are
        self.findings, self._checked = findings, True
        marks = badges(self.findings)
        if marks != self._marks:   # a rename words its findings anew but seldom moves a badge
            self._marks = marks
            self.set_badges(marks)
        self._list_when_seen()

    def _list(self) -> None:
        old = {severity: [f for f in self._listed if f.severity == severity] for severity in SEVERITIES}
        self._listed = self.findings
        groups = {self.tree.topLevelItem(i).data(0, GROUP_ROLE): self.tree.topLevelItem(i)
                  for i in range(self.tree.topLevelItemCount())}
        for position, severity in enumerate(SEVERITIES):
            found = [f for f in self.findings if f.severity == severity]
            group = groups.get(severity)
            if not found and group is not None:
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(group))
            elif found:
                self._update_group(group or self._add_group(severity, position), old[severity] if group else [], found)
        self.summary.setText(self._summary_text())
        self.tree.setVisible(bool(self.findings))

    def _add_group(self, severity: str, position: int) -> QTreeWidgetItem:
        group = QTreeWidgetItem([""])
        self.tree.insertTopLevelItem(sum(self.tree.topLevelItem(i).data(0, GROUP_ROLE) in SEVERITIES[:position]
                                         for i in range(self.tree.topLevelItemCount())), group)
        group.setData(0, GROUP_ROLE, severity)
        group.setIcon(0, self.style().standardIcon(ICONS[severity]))
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setExpanded(True)
        return group

    def _update_group(self, group: QTreeWidgetItem, old: list[Finding], new: list[Finding]) -> None:
        """Replaces only the rows between what the old and the new findings share at the start and
        the end: a rename words one or two findings anew, not the thousands of a big map."""
        same = 0
        while same < min(len(old), len(new)) and old[same] == new[same]:
            same += 1
        tail = 0
        while tail < min(len(old), len(new)) - same and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        if same == tail == 0:
            group.takeChildren()
        for _ in range(len(old) - same - tail if same or tail else 0):
            group.takeChild(same)
        group.insertChildren(same, [self._row(finding) for finding in new[same:len(new) - tail]])
        group.setText(0, group_title(group.data(0, GROUP_ROLE), len(new)))
        group.setExpanded(True)

    @staticmethod
    def _row(finding: Finding) -> QTreeWidgetItem:
        text = on_screen(finding.key, finding.values)   # the UI's language, whatever the map's
        item = QTreeWidgetItem([text])
        item.setData(0, ITEM_ROLE, finding.node or finding.link)
        item.setToolTip(0, auto_text(f"{text}\n[{finding.rule}]"))
        return item

    def _summary_text(self) -> str:
        if not self.findings:
            return translate("HealthPanel", "No problems found: every step can be reached and says what it needs.")
        parts = [count_text(s, sum(f.severity == s for f in self.findings)) for s in SEVERITIES]
        counted = ", ".join(part for part in parts if part)
        return translate("HealthPanel", "{counted}. Click a finding to go there.").format(counted=counted)

    def go_to(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Selects the finding's node or link and brings it into view (map-wide findings do nothing)."""
        item_id = item.data(0, ITEM_ROLE)
        if item_id:
            self.context.selection.set_ids([item_id])
            self.context.center_on(item_id)

    def finding_items(self) -> list[QTreeWidgetItem]:
        """The rows that stand for findings, top to bottom (for tests and keyboard users)."""
        root = self.tree.invisibleRootItem()
        return [root.child(g).child(i) for g in range(root.childCount()) for i in range(root.child(g).childCount())]


def install(window) -> None:
    context = PanelContext.of_window(window)
    panel = HealthPanel(context, window.canvas.scene().set_badges, window)
    window.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea)
    panel.toggleViewAction().setIcon(icon("health"))   # View ▸ Panels ▸ Map health
    window.destroyed.connect(context.detach)
