"""The link inspector: kind, label (the objection itself for an objection), share of deals.

The decision inspector lists its branches with the same fields, as small
embedded link inspectors (`as_branch=True`: no title, no share).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel

from ...model import Link
from .choice_field import ChoiceField
from .context import PanelContext
from .field_validation import CheckedField, format_percent, parse_percent, parse_text
from .inspector_base import Inspector

translate = QCoreApplication.translate


def link_kind_choices() -> list[tuple[str, str]]:
    return [("flow", translate("LinkInspector", "Flow")), ("yes", translate("LinkInspector", "Yes")),
            ("no", translate("LinkInspector", "No")), ("objection", translate("LinkInspector", "Objection (loop back)"))]


class LinkInspector(Inspector):
    def __init__(self, context: PanelContext, as_branch: bool = False) -> None:
        self.compact = as_branch
        super().__init__(context, translate("LinkInspector", "Link"), None, listen=not as_branch)
        self.as_branch = as_branch
        self.route = QLabel(self)
        self.route.setWordWrap(True)
        self.route.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.route)
        kind = self.add_choice(translate("LinkInspector", "Kind"), "kind", link_kind_choices())
        label = self.add_line(translate("LinkInspector", "Label (for an objection: the objection itself)"),
                              "label", parse_text)
        label.editor.setPlaceholderText(translate("LinkInspector", "Label") if as_branch
                                        else translate("LinkInspector", "e.g. “Too expensive”"))
        if as_branch:
            self._branch_layout(kind, label)
        else:
            self.add_line(translate("LinkInspector", "Share of deals taking this way"), "share",
                          parse_percent, format_percent, "%")

    def _branch_layout(self, kind: ChoiceField, label: CheckedField) -> None:
        """One branch in a decision's list: "→ target" above its kind and label side by side."""
        self.title.hide()
        self.form.setContentsMargins(0, 4, 0, 4)
        font = self.route.font()
        font.setBold(True)
        self.route.setFont(font)
        row = QHBoxLayout()
        kind.setMinimumContentsLength(6)
        row.addWidget(kind)
        row.addWidget(label, 1)
        self.form.addRow(row)

    def shows_something(self) -> bool:
        return bool(self.ids) and self.context.document.has_link(self.ids[0])

    def entity(self) -> Any:
        return self.context.document.link(self.ids[0])

    def watched_ids(self) -> set[str] | None:
        link = self.entity() if self.shows_something() else None
        return set(self.ids) | ({link.source, link.target} if link else set())

    def edit(self, **fields) -> None:
        self.context.modeling.set_link_fields(self.ids[0], **fields)

    def refresh_more(self, link: Link) -> None:
        doc = self.context.document
        target = doc.node(link.target).name
        self.route.setText(f"→ {target}" if self.as_branch else f"{doc.node(link.source).name} → {target}")
