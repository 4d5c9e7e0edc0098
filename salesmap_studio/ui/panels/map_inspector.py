"""The map inspector, shown when nothing is selected: what the map is for and how it is organised.

Title; goal ("start with the end in mind"); the start node; the lanes and
phases; the KPIs; the reverse-funnel settings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...model import MapInfo
from ...model.events import Change
from .band_list import BandList
from .context import PanelContext
from .field_validation import parse_text
from .funnel_editor import FunnelEditor
from .inspector_base import Inspector
from .kpi_editor import KpiEditor
from .node_choice import NodeChoice

translate = QCoreApplication.translate


class MapInspector(Inspector):
    def __init__(self, context: PanelContext) -> None:
        super().__init__(context, translate("MapInspector", "Map"), None)
        self.add_line(translate("MapInspector", "Title"), "title", parse_text)
        self.add_text(translate("MapInspector", "Goal — start with the end in mind"), "goal")
        start = translate("MapInspector", "Start (where deals enter)")
        self.start = self._add(start, "start", NodeChoice(start, translate("MapInspector", "(none)"), context,
                                                          self._committer("start")))
        self.lanes = self.add_row(translate("MapInspector", "Lanes (who owns the stages)"),
                                  BandList("lane", context, translate("MapInspector", "Lanes")))
        self.phases = self.add_row(translate("MapInspector", "Buyer-journey phases"),
                                   BandList("phase", context, translate("MapInspector", "Phases")))
        self.kpis = self.add_row(translate("MapInspector", "KPIs and their targets"),
                                 KpiEditor(context, translate("MapInspector", "KPIs")))
        self.funnel = self.add_row(translate("MapInspector", "Reverse funnel"), FunnelEditor(context))

    def shows_something(self) -> bool:
        return True

    def watched_ids(self) -> set[str] | None:
        return None

    def _document_changed(self, change: Change) -> None:
        if change.beyond_notes_and_places():  # a drag or a sticky note shows nowhere here
            super()._document_changed(change)

    def entity(self) -> Any:
        return self.context.document.info

    def edit(self, **fields) -> None:
        self.context.modeling.set_info(**fields)

    def refresh_more(self, info: MapInfo) -> None:
        self.funnel.refresh()
        self.lanes.refresh()
        self.phases.refresh()
        self.kpis.refresh()
