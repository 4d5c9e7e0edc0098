"""File → Compare With…: the map beside another version of it.

The canvas marks what is new here in green, what changed in amber, and shows where removed
nodes and notes were as red dashed outlines; the Comparison panel lists every change in the
UI's language, and a click on one goes there. Leaving the comparison clears the marks and
brings back the zoom, the place and the selection from before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtWidgets import (QDockWidget, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
                               QWidget)

from ..analysis import geometry as geo
from ..model import SalesMap
from ..model.events import CHANGED
from ..persistence import SmapError
from ..versions import diff
from ..versions.describe import describe, summary
from .compare_sources import Source, ask_source
from .export_dialog import add_file_action
from .file_actions import show_error
from .i18n import current_language
from .plain_text import auto_text, plain_label

translate = QCoreApplication.translate
OBJECT_NAME = "comparison-panel"
ITEM_ROLE = Qt.ItemDataRole.UserRole
MARKED = ("node", "link", "note")


class ComparisonPanel(QDockWidget):
    def __init__(self, window) -> None:
        super().__init__(translate("Compare", "Comparison"), window)
        self.setObjectName(OBJECT_NAME)
        self.window_ = window
        self.other: SalesMap | None = None
        self.before: tuple[float, object, list[str]] | None = None   # zoom, centre, selection
        self.heading = plain_label(parent=self)
        self.heading.setWordWrap(True)
        self.changes = QListWidget(self)
        self.changes.currentItemChanged.connect(lambda item, _old: self.go_to(item))
        self.leave_button = QPushButton(translate("Compare", "Leave Comparison"), self)
        self.leave_button.clicked.connect(self.leave)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        for widget in (self.heading, self.changes, self.leave_button):
            layout.addWidget(widget)
        self.setWidget(body)
        self.setMinimumWidth(300)
        # Closing the panel (its close button, or unticking it under View ▸ Panels) leaves the comparison.
        self.toggleViewAction().triggered.connect(lambda shown: None if shown else self.leave())


    def after_layout_restored(self) -> None:
        """A layout saved while comparing in another window does not show it here: not comparing yet."""
        if self.other is None:
            self.hide()

    def closeEvent(self, event) -> None:
        self.leave()
        super().closeEvent(event)

    def start(self, source: Source) -> bool:
        try:
            other = source.read()
        except (SmapError, OSError) as error:
            show_error(self.window_, translate("Compare", "Cannot compare"),
                       translate("Compare", "That version could not be read as a sales map."), str(error))
            return False
        canvas = self.window_.canvas
        if self.before is None:
            self.before = (canvas.zoom(), canvas.visible_centre(), self.window_.selection.ids())
        self.other, self.label = other, source.label
        self.window_.document.events.subscribe(CHANGED, self._document_changed)
        self.refresh()
        self.show()
        self.raise_()
        return True

    def _document_changed(self, _change) -> None:
        self.refresh()

    def refresh(self) -> None:
        """The changes from the other version to the map as it is now, listed and marked."""
        old, new = self.other.to_dict(), self.window_.document.to_dict()
        result = diff(old, new)
        language = current_language()
        self.heading.setText(translate("Compare", "Compared with {source}: {summary}").format(
            source=self.label, summary=summary(result, language)))
        self.changes.clear()
        for change, line in zip(result.changes, describe(result, old, new, language)):
            item = QListWidgetItem(line)
            item.setData(ITEM_ROLE, change.item if change.what in MARKED else None)
            item.setToolTip(auto_text(line))
            self.changes.addItem(item)
        self._mark(result)

    def _mark(self, result) -> None:
        marks: dict[str, str] = {key: "changed" for what, key in result.moved if what in MARKED}
        removed = []
        for change in (c for c in result.changes if c.what in MARKED):
            if change.change == "removed":
                removed.append(change.item)
            elif change.change == "added":
                marks[change.item] = "added"
            else:
                marks.setdefault(change.item, "changed")
        scene = self.window_.canvas.scene()
        scene.marks.set_layer("compare", marks)
        scene.marks.set_ghosts(self._ghosts(removed))

    def _ghosts(self, removed: list[str]) -> list[tuple[str, QRectF, str]]:
        if not removed:
            return []
        drawn = geo.map_geometry(self.other)
        ghosts = []
        for item_id in removed:
            shape = drawn.nodes.get(item_id) or drawn.notes.get(item_id)
            if shape is not None:
                box = shape.box
                name = self.other.node(item_id).name if item_id in drawn.nodes else ""
                ghosts.append((item_id, QRectF(box.x, box.y, box.w, box.h), name))
        return ghosts

    def go_to(self, item: QListWidgetItem | None) -> None:
        item_id = item.data(ITEM_ROLE) if item is not None else None
        if not item_id:
            return
        scene, canvas = self.window_.canvas.scene(), self.window_.canvas
        if scene.item(item_id) is not None:
            self.window_.selection.set_ids([item_id])
            canvas.center_on(item_id)
        elif scene.marks.ghost(item_id) is not None:
            canvas.centerOn(scene.marks.ghost(item_id).rect.center())

    def stop_listening(self) -> None:
        self.window_.document.events.unsubscribe(CHANGED, self._document_changed)

    def leave(self) -> None:
        """Clears the marks and brings back the view from before the comparison."""
        if self.other is None:
            return
        self.stop_listening()
        self.other = None
        scene, canvas = self.window_.canvas.scene(), self.window_.canvas
        scene.marks.set_layer("compare", {})
        scene.marks.set_ghosts([])
        self.changes.clear()
        if self.before is not None:
            zoom, centre, selected = self.before
            self.before = None
            canvas.set_zoom(zoom)
            canvas.centerOn(centre)
            self.window_.selection.set_ids(selected)
        self.hide()


def compare_with(window, panel: ComparisonPanel) -> None:
    source = ask_source(window)
    if source is not None:
        panel.start(source)


def install(window) -> None:
    panel = ComparisonPanel(window)
    window.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea)
    panel.hide()
    add_file_action(window, translate("Compare", "Compare &With…"), lambda: compare_with(window, panel), [])
    window.closed.connect(panel.stop_listening)
