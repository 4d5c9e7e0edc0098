"""The readable card beside the current stage: what lets a deal in, what happens, what lets it out.

Large type for a projector; rich text built from the map with every map text
escaped (a stage name is never taken as markup).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStyle, QVBoxLayout

from ...model import Link, SalesMap

CARD_STYLE = """
QFrame#presentationCard { background: #FFFFFF; border: 1px solid #C8CDD3; border-radius: 14px; }
QLabel { color: #1F2933; background: transparent; }
"""
ACCENT = "#D97706"


class PresentationCard(QFrame):
    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.setObjectName("presentationCard")
        self.setStyleSheet(CARD_STYLE)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidget(self.text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.hint = QLabel(self.tr("→ next   ← back   ↓ ↑ choose a branch   Esc back to editing"), self)
        self.hint.setStyleSheet("color: #5F6B76; font-size: 15px;")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)

    def show_node(self, doc: SalesMap, node_id: str, step: int | None, ways: list[Link], chosen: Link | None) -> None:
        self.text.setText(self.card_html(doc, node_id, step, ways, chosen))

    def height_for(self, width: int, most: int) -> int:
        """The height the card needs at `width` to show all its text, at most `most` (then it scrolls)."""
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        for label in (self.text, self.hint):
            label.ensurePolished()   # measured in the style sheet's fonts, even before first shown
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)   # the scroll area keeps room for it
        hint = self.hint.heightForWidth(inner) if self.hint.isVisibleTo(self) else 0
        text = self.text.heightForWidth(inner - bar)
        return min(most, text + hint + self.layout().spacing() + margins.top() + margins.bottom() + 4)

    def card_html(self, doc: SalesMap, node_id: str, step: int | None, ways: list[Link], chosen: Link | None) -> str:
        """`step`: the step number in a walk (the presentation); None shows no number (the projector view)."""
        node = doc.node(node_id)
        lane = doc.lane(getattr(node, "owner", None) or "")
        kind = {"stage": self.tr("Stage"), "decision": self.tr("Decision"), "outcome": self.tr("Outcome")}[node.kind]
        top = " · ".join([kind] + ([self.tr("step {n}").format(n=step)] if step is not None else [])
                         + ([escape(lane.name)] if lane else []))
        parts = [f'<div style="font-size:17px; color:#5F6B76;">{top}</div>',
                 f'<div style="font-size:34px; font-weight:bold; margin:6px 0 14px 0;">{escape(node.name)}</div>']
        if node.kind == "stage":
            parts += self._section(self.tr("Entry criteria"), node.entry_criteria)
            parts += self._section(self.tr("Activities"), node.activities)
            parts += self._checklist(node.exit_checklist)
        parts += self._section(self.tr("Notes"), node.notes)
        parts += self._ways(doc, ways, chosen, walking=step is not None)
        return "".join(parts)

    def _section(self, title: str, text: str) -> list[str]:
        if not text.strip():
            return []
        body = escape(text).replace("\n", "<br>")
        return [f'<div style="font-size:19px; font-weight:bold; color:{ACCENT}; margin-top:10px;">{title}</div>',
                f'<div style="font-size:21px; margin-top:4px;">{body}</div>']

    def _checklist(self, items) -> list[str]:
        if not items:
            return []
        rows = "".join(
            f'<tr><td style="padding-right:10px;">☐</td><td>{escape(item.text)}'
            f'{" <b>*</b>" if item.required else ""}</td></tr>' for item in items)
        title = self.tr("Exit checklist")
        return [f'<div style="font-size:19px; font-weight:bold; color:{ACCENT}; margin-top:10px;">{title}</div>',
                f'<table style="font-size:21px; margin-top:4px;">{rows}</table>']

    def _ways(self, doc: SalesMap, ways: list[Link], chosen: Link | None, walking: bool) -> list[str]:
        if not ways:
            end = self.tr("End of this path.")
            return [f'<div style="font-size:19px; color:#5F6B76; margin-top:16px;">{end}</div>']
        names = {"flow": "", "yes": self.tr("Yes"), "no": self.tr("No"), "objection": self.tr("Objection")}
        rows = []
        for link in ways:
            label = " · ".join(t for t in (names[link.kind], escape(link.label)) if t)
            mark = "▶" if link is chosen else "&nbsp;&nbsp;"
            weight = "bold" if link is chosen else "normal"
            extra = f' <span style="color:#5F6B76;">({label})</span>' if label else ""
            target = escape(doc.node(link.target).name)
            rows.append(f'<div style="font-size:20px; font-weight:{weight};">{mark} {target}{extra}</div>')
        title = self.tr("Next — choose with ↓ ↑") if walking and len(ways) > 1 else self.tr("Next")
        return [f'<div style="font-size:19px; font-weight:bold; color:{ACCENT}; margin-top:16px;">{title}</div>', *rows]
