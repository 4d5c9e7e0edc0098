"""The Inspector panel: shows the inspector that matches the selection.

Nothing selected: the map. One stage, decision, outcome or link: its
inspector. Several stages or decisions: their shared owner and phase. Before
switching, the field being typed in is finished, so its edit goes to the item
it was typed for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...model import Decision, Outcome, Stage
from .context import PanelContext
from .decision_inspector import DecisionInspector
from .group_inspector import GroupInspector
from .link_inspector import LinkInspector
from .map_inspector import MapInspector
from .outcome_inspector import OutcomeInspector
from .stage_inspector import StageInspector

translate = QCoreApplication.translate
OBJECT_NAME = "inspector-panel"
MIN_WIDTH = 320


PAGES = {"map": MapInspector, "stage": StageInspector, "decision": DecisionInspector,
         "outcome": OutcomeInspector, "link": LinkInspector, "group": GroupInspector}


class Pages(dict):
    """The inspector of each kind of item, built the first time such an item is shown: a map opens
    with nothing selected, and building the six forms up front cost ≈ 100 ms of its open."""

    def __init__(self, context: PanelContext, column: QVBoxLayout) -> None:
        super().__init__()
        self.context, self.column = context, column

    def __missing__(self, kind: str) -> QWidget:
        page = self[kind] = PAGES[kind](self.context)
        page.hide()
        self.column.insertWidget(self.column.count() - 1, page)   # above the stretch
        return page


class InspectorDock(QDockWidget):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("InspectorDock", "Inspector"), parent)
        self.setObjectName(OBJECT_NAME)
        self.context = context
        self.other = QLabel(self)
        self.other.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.other.setWordWrap(True)
        # Pages in a box, only the current one shown: a hidden page takes no room, so a short
        # inspector does not scroll into the emptiness a tall one would leave (as a QStackedWidget does).
        self.pages = QWidget(self)
        column = QVBoxLayout(self.pages)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.other)
        self.other.hide()
        column.addStretch()
        self.inspectors = Pages(context, column)
        self._current: QWidget = self.other
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.pages)
        scroll.setMinimumWidth(MIN_WIDTH)
        self.setWidget(scroll)
        context.selection.changed.connect(self.follow_selection)
        context.listen(self._maybe_gone)
        self.follow_selection()

    def current(self) -> QWidget:
        return self._current

    def focus_first_field(self) -> None:
        """Puts the keyboard into the shown inspector's first field (View ▸ Edit in Inspector)."""
        self.show()
        self.raise_()
        if hasattr(self.current(), "focus_first_field"):
            self.current().focus_first_field()

    def follow_selection(self) -> None:
        self._finish_typing()
        ids = self._existing(self.context.selection.ids())
        kind = self._kind_for(ids)
        if kind is None:
            note = translate("InspectorDock", "A sticky note: double-click it on the canvas to edit its text.")
            several = translate("InspectorDock", "{count} items selected").format(count=len(ids))
            self.other.setText(note if len(ids) == 1 else several)
            self._show_page(self.other)
            return
        inspector = self.inspectors[kind]
        inspector.show_ids([] if kind == "map" else ids)
        self._show_page(inspector)

    def _show_page(self, page: QWidget) -> None:
        if page is not self._current:
            self._current.hide()
            self._current = page
        page.show()

    def _kind_for(self, ids: list[str]) -> str | None:
        doc = self.context.document
        if not ids:
            return "map"
        if self.inspectors["group"].fits(ids):
            return "group"
        if len(ids) > 1:
            return None
        if doc.has_link(ids[0]):
            return "link"
        if not doc.has_node(ids[0]):
            return None  # a sticky note: edited on the canvas
        node = doc.node(ids[0])
        return {Stage: "stage", Decision: "decision", Outcome: "outcome"}[type(node)]

    def _existing(self, ids: list[str]) -> list[str]:
        return self.context.document.existing(ids)

    def _maybe_gone(self, _change) -> None:
        """A shown item deleted (or brought back by undo) changes what to show."""
        current = self.current()
        if getattr(current, "ids", None) and not current.shows_something():
            self.follow_selection()

    def _finish_typing(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.pages.isAncestorOf(focused):
            focused.clearFocus()  # focus-out commits the field to the item it belongs to
