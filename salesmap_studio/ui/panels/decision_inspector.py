"""The decision inspector: the question, who owns it, and its branches.

Each branch (every link out of the decision) is listed with its kind and
label, editable in place; a button adds the missing yes or no branch (a new
stage on that branch, one undo step).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from ...model import Decision
from .context import PanelContext
from .field_validation import parse_name
from .inspector_base import NodeInspector
from .link_inspector import LinkInspector

translate = QCoreApplication.translate


class DecisionInspector(NodeInspector):
    def __init__(self, context: PanelContext) -> None:
        super().__init__(context, translate("DecisionInspector", "Decision"), "decision")
        self.add_line(translate("DecisionInspector", "Question"), "name", parse_name)
        self.add_band("lane", translate("DecisionInspector", "Owner (lane)"), "owner")
        self.add_band("phase", translate("DecisionInspector", "Buyer-journey phase"), "phase")
        self.branch_box = QWidget(self)
        self.branch_rows = QVBoxLayout(self.branch_box)
        self.branch_rows.setContentsMargins(0, 0, 0, 0)
        self.branch_rows.setSpacing(0)
        self.branches: list[LinkInspector] = []
        self.add_row(translate("DecisionInspector", "Branches"), self.branch_box)
        self.add_buttons = {kind: self._add_button(kind) for kind in ("yes", "no")}
        self.add_text(translate("DecisionInspector", "Notes"), "notes")

    def _add_button(self, kind: str) -> QPushButton:
        text = translate("DecisionInspector", "Add a “yes” branch") if kind == "yes" \
            else translate("DecisionInspector", "Add a “no” branch")
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.clicked.connect(lambda: self.add_branch(kind))
        self.form.addRow(button)
        return button

    def refresh_more(self, decision: Decision) -> None:
        links = self.context.document.links_from(decision.id)
        if [row.ids[0] for row in self.branches] != [link.id for link in links]:
            self._rebuild_branches([link.id for link in links])
        for row in self.branches:
            row.refresh()
        kinds = {link.kind for link in links}
        for kind, button in self.add_buttons.items():
            button.setVisible(kind not in kinds)

    def _rebuild_branches(self, link_ids: list[str]) -> None:
        while self.branch_rows.count():
            widget = self.branch_rows.takeAt(0).widget()
            widget.hide()
            widget.deleteLater()
        self.branches = []
        for index, link_id in enumerate(link_ids):
            if index:
                line = QFrame(self.branch_box, frameShape=QFrame.Shape.HLine, frameShadow=QFrame.Shadow.Sunken)
                self.branch_rows.addWidget(line)
            row = LinkInspector(self.context, as_branch=True)
            row.ids = [link_id]
            self.branch_rows.addWidget(row)
            self.branches.append(row)
        if not link_ids:
            self.branch_rows.addWidget(QFrame(self.branch_box))  # keeps the row's height steady
        self._keep_tab_order()

    def _keep_tab_order(self) -> None:
        """New branch rows join the Tab order where they are shown, not at its end."""
        chain = [self.fields["phase"]]
        for row in self.branches:
            chain += [row.fields["kind"], row.fields["label"]]
        chain += [*self.add_buttons.values(), self.fields["notes"]]
        chain = [widget.focusProxy() or widget for widget in chain]  # the editor inside a checked field
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def add_branch(self, kind: str) -> None:
        """A new stage on the missing `kind` branch of this decision, as one undo step."""
        modeling, decision = self.context.modeling, self.ids[0]
        text = translate("DecisionInspector", "Add branch")
        try:
            with modeling.macro(text):
                stage = modeling.add_stage_after(decision)
                link = self.context.document.links_to(stage)[0]
                if link.kind != kind:
                    modeling.set_link_fields(link.id, kind=kind)
        except ValueError as error:
            self.context.report(str(error))
