"""The Evidence panel: the map planned against what the CRM's deals did (File ▸ Load Deal History…).

A table of the stages — deals that entered and dropped out, actual conversion and days beside
the plan, marked where reality differs by more than the thresholds of `evidence.text` — the
two sentences (biggest exodus, slowest stage), the CRM stages the map lacks, and Take Actuals
into the Map: the observed conversions, days and shares written into the map as one undo step.
The planned columns read the map live, so they follow every edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDockWidget, QHeaderView, QPushButton, QVBoxLayout, QWidget

from ..analysis.planned_actual import conversion_differs, days_differ, sentence_parts
from ..evidence.actuals import actuals
from ..model import Stage
from .evidence_loading import ask_history_path, load_history
from .evidence_mapping import StageMappingDialog, write_matches
from .export_dialog import add_file_action
from .funnel_panel import make_table, read_only
from .funnel_words import decimal_text, percent_text
from .i18n import on_screen
from .panels.context import PanelContext
from .plain_text import plain_label

translate = QCoreApplication.translate
OBJECT_NAME = "evidence-panel"
DIFFERS_COLOUR = "#B3261E"
MARK = " ⚠"


class EvidencePanel(QDockWidget):
    evidence_changed = Signal()   # deal history loaded, read again or unloaded (the canvas overlay follows)

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("EvidencePanel", "Evidence"), parent)
        self.setObjectName(OBJECT_NAME)
        self.context = context
        self.data: dict | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.summary = plain_label(translate("EvidencePanel", "File ▸ Load Deal History… compares this map with "
                                                              "the deals in your CRM."), body)
        self.summary.setWordWrap(True)
        self.table = make_table([translate("EvidencePanel", "Stage"), translate("EvidencePanel", "Entered"),
                                 translate("EvidencePanel", "Dropped"), translate("EvidencePanel", "Conversion"),
                                 translate("EvidencePanel", "Plan"), translate("EvidencePanel", "Days"),
                                 translate("EvidencePanel", "Plan")], body)
        self.table.setEditTriggers(self.table.EditTrigger.NoEditTriggers)
        # The names keep their width; a narrow panel scrolls sideways.
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.sentences = [plain_label(parent=body) for _ in range(2)]
        self.unmatched = plain_label(parent=body)
        self.take = QPushButton(translate("EvidencePanel", "Take Actuals into the Map"), body)
        self.take.setToolTip(translate("EvidencePanel", "Write the observed conversions, days and shares into the "
                                                        "map (one step to undo)"))
        self.take.clicked.connect(self.take_actuals)
        self.match = QPushButton(translate("EvidencePanel", "Match CRM Stages…"), body)
        self.match.clicked.connect(self.match_stages)
        self.columns_button = QPushButton(translate("EvidencePanel", "Choose Columns…"), body)
        self.columns_button.setToolTip(translate("EvidencePanel", "Choose again which column of the event table "
                                                                  "holds the deal, stage, time and the rest"))
        self.columns_button.clicked.connect(self.choose_columns)
        self.mapping_dialog: StageMappingDialog | None = None
        self.history_path: str | None = None   # read again once the user matched stages
        self.columns: dict[str, str | None] | None = None   # role -> header, when the history is an event table
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        for label in self.sentences + [self.unmatched]:
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.match)
        layout.addWidget(self.columns_button)
        layout.addWidget(self.take)
        self.setWidget(body)
        context.listen_to_flow(self.refresh)
        self.refresh()


    def after_layout_restored(self) -> None:
        """Shown once deal history is loaded in this window, whatever another window's layout said."""
        if self.data is None:
            self.hide()

    def show_evidence(self, data: dict, path: str | None = None,
                      columns: dict[str, str | None] | None = None) -> None:
        self.data = data
        self.history_path = path or self.history_path
        self.columns = columns
        self.refresh()
        if not self.isVisible():   # a third of the window, so the map stays the larger part
            self.show()
            window = self.parentWidget()
            if window is not None and hasattr(window, "resizeDocks"):
                window.resizeDocks([self], [window.height() // 3], Qt.Orientation.Vertical)
        self.raise_()
        self.evidence_changed.emit()

    def unload(self) -> None:
        """Forgets the deal history: the panel hides and the overlay goes; the map is untouched."""
        if self.data is None:
            return
        self.data, self.history_path, self.columns = None, None, None
        self.refresh()
        self.hide()
        self.evidence_changed.emit()

    # ---- showing ------------------------------------------------------------
    def refresh(self) -> None:
        data = self.data
        self.table.setVisible(data is not None)
        self.take.setVisible(data is not None)
        self.columns_button.setVisible(data is not None and self.columns is not None)
        self.match.setVisible(False)
        for label in self.sentences + [self.unmatched]:
            label.setVisible(False)
        if data is None:
            return
        deals = data["deals"]
        total = deals["total"]   # lupdate sees a count (a plural) only as a plain name given to self.tr
        self.summary.setText(self.tr("%n deal(s): {won} won, {lost} lost, {open} open; {start} to {end}", "",
                                     total).format(
            won=deals["won"], lost=deals["lost"], open=deals["open"],
            start=(data["period"]["from"] or "–")[:10], end=(data["period"]["to"] or "–")[:10]))
        self._fill_table()
        self._show_sentences()
        self._show_unmatched()

    def _fill_table(self) -> None:
        doc = self.context.document
        rows = [(doc.node(node_id), figure) for node_id, figure in self.data["stages"].items()
                if doc.has_node(node_id) and isinstance(doc.node(node_id), Stage)]
        self.table.setRowCount(len(rows))
        for row, (node, figure) in enumerate(rows):
            converts = conversion_differs(figure["conversion"], node.conversion_rate)
            lasts = days_differ(figure["days_median"], node.expected_days)
            cells = [(node.name, False), (str(figure["entered"]), False), (str(figure["dropped"]), False),
                     (_percent(figure["conversion"]) + (MARK if converts else ""), converts),
                     (_percent(node.conversion_rate), False),
                     (_days(figure["days_median"]) + (MARK if lasts else ""), lasts), (_days(node.expected_days), False)]
            for column, (text, differs) in enumerate(cells):
                item = read_only(text)
                if differs:
                    item.setForeground(QBrush(QColor(DIFFERS_COLOUR)))
                    item.setToolTip(translate("EvidencePanel", "Differs from the plan by more than the threshold"))
                self.table.setItem(row, column, item)

    def _show_sentences(self) -> None:
        doc = self.context.document
        stages = {node_id: figure | {"planned_days": doc.node(node_id).expected_days}
                  for node_id, figure in self.data["stages"].items() if doc.has_node(node_id)}
        parts = list(sentence_parts(doc, stages).values())
        for label, part in zip(self.sentences, parts):
            label.setText(on_screen(part[0], part[1]) if part else "")
            label.setVisible(part is not None)

    def _show_unmatched(self) -> None:
        names = [self.tr("{name} (%n deal(s))", "", deals).format(name=name)
                 for name, deals in ((stage["name"], stage["deals"]) for stage in self.data["unmatched_stages"])]
        self.unmatched.setText(translate("EvidencePanel", "CRM stages the map does not have: {names}").format(
            names=", ".join(names)) if names else "")
        self.unmatched.setVisible(bool(names))
        self.match.setVisible(bool(names))

    # ---- editing ------------------------------------------------------------
    def match_stages(self) -> None:
        """Opens the matching dialog (window-modal); OK writes the choices and reads the history again."""
        if self.data is None or not self.data["unmatched_stages"]:
            return
        self.mapping_dialog = StageMappingDialog(self.context.document, self.data["unmatched_stages"], self)
        self.mapping_dialog.accepted.connect(self._matched)
        self.mapping_dialog.open()

    def _matched(self) -> None:
        chosen = self.mapping_dialog.chosen() if self.mapping_dialog else {}
        if not chosen:
            return
        write_matches(self.context.modeling, self.context.document, chosen)
        if self.history_path:
            load_history(self.window(), self.history_path, self.show_evidence)

    def choose_columns(self) -> None:
        """The column dialog again for the loaded event table; OK reads it with the new choice."""
        if self.history_path and self.columns is not None:
            load_history(self.window(), self.history_path, self.show_evidence, choose_columns=True)

    def take_actuals(self) -> None:
        """The observed figures into the map, one undo step; nothing to change, nothing pushed."""
        if self.data is None:
            return
        modeling = self.context.modeling
        stage_fields, shares = actuals(self.context.document, self.data)
        with modeling.macro(QT_TRANSLATE_NOOP("Editing", "Take actuals into the map")):
            for node_id, fields in stage_fields.items():
                modeling.set_node_fields(node_id, **fields)
            for link_id, share in shares.items():
                modeling.set_link_fields(link_id, share=share)


def _percent(share: float | None) -> str:
    return "–" if share is None else percent_text(share)


def _days(days: float | None) -> str:
    return "–" if days is None else decimal_text(days)


def install(window) -> dict:
    context = PanelContext.of_window(window)
    panel = EvidencePanel(context, window)
    # Below the canvas, where its seven columns have room, and only once there is evidence to show:
    # the right-hand tabs are full (tests/ui/test_panels_fit.py). View ▸ Panels brings it back.
    window.add_dock(panel, Qt.DockWidgetArea.BottomDockWidgetArea)
    panel.hide()
    window.destroyed.connect(context.detach)

    def load() -> None:
        path = ask_history_path(window)
        if path:
            load_history(window, path, lambda data, columns: panel.show_evidence(data, path, columns))

    action = add_file_action(window, translate("EvidencePanel", "Load &Deal History…"), load, [])
    unload = add_file_action(window, translate("EvidencePanel", "Unload Deal &History"), panel.unload, [])
    unload.setEnabled(False)
    panel.evidence_changed.connect(lambda: unload.setEnabled(panel.data is not None))
    return {"evidence_panel": panel, "load_history_action": action, "unload_history_action": unload}
