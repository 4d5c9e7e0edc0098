"""The map's lanes (who owns stages) or phases (the buyer's journey), as an editable list.

Add asks for a name; names are edited in place (F2, Enter or double-click) and
checked as they are typed, with the reason under the list;
lanes get a colour from a colour picker; Alt+Up/Down or the arrows reorder;
Delete removes, after asking when stages still belong to it (their owner or
phase is cleared in the same undo step).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QColorDialog, QHBoxLayout, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from ..plain_text import auto_text
from .choice_field import ask_band_name
from .context import PanelContext
from .field_validation import parse_name, reason_label
from .list_validation import CheckingDelegate

translate = QCoreApplication.translate
SWATCH = 14
ID_ROLE = Qt.ItemDataRole.UserRole
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 1


def ask_colour(parent: QWidget, colour: str) -> str:
    """A colour from the picker as #RRGGBB, or "" when cancelled."""
    chosen = QColorDialog.getColor(QColor(colour), parent, translate("BandList", "Lane colour"))
    return chosen.name().upper() if chosen.isValid() else ""


def confirm_removal(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, translate("BandList", "Remove"), auto_text(question))
    return answer == QMessageBox.StandardButton.Yes


def swatch(colour: str) -> QIcon:
    picture = QPixmap(SWATCH, SWATCH)
    picture.fill(QColor(colour))
    return QIcon(picture)


class _Keys(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        host = self.parent()
        moving = event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if moving:
            host.move(-1 if event.key() == Qt.Key.Key_Up else 1)
        elif event.key() == Qt.Key.Key_Insert:
            host.add()
        elif event.key() == Qt.Key.Key_Delete:
            host.remove()
        else:
            super().keyPressEvent(event)


class BandList(QWidget):
    def __init__(self, kind: str, context: PanelContext, name: str) -> None:
        super().__init__()
        self.kind, self.context = kind, context
        self.list = _Keys(self)
        self.list.setAccessibleName(name)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.itemChanged.connect(self._renamed)
        self.reason = reason_label(self)
        self.checking = CheckingDelegate(self.list, self.reason, lambda _index: parse_name)
        self.list.setItemDelegate(self.checking)
        self.setFocusProxy(self.list)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self._button(translate("BandList", "Add…"), self.add, translate("BandList", "Add (Insert)"))
        if kind == "lane":
            self._button(translate("BandList", "Colour…"), self.recolour, translate("BandList", "Pick the lane's colour"))
        self._button("↑", lambda: self.move(-1), translate("BandList", "Move up (Alt+Up)"))
        self._button("↓", lambda: self.move(1), translate("BandList", "Move down (Alt+Down)"))
        self._button(translate("BandList", "Remove"), self.remove, translate("BandList", "Remove (Delete)"))
        self.buttons.addStretch()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.list)
        column.addWidget(self.reason)
        column.addLayout(self.buttons)

    def _button(self, text: str, action, tip: str) -> None:
        button = QPushButton(text, self, toolTip=tip)
        button.setAccessibleName(tip)
        button.setMaximumWidth(button.fontMetrics().horizontalAdvance(text) + 24)
        button.clicked.connect(action)
        self.buttons.addWidget(button)

    # ---- from the model -----------------------------------------------------
    def bands(self):
        doc = self.context.document
        return doc.lanes() if self.kind == "lane" else doc.phases()

    def _rows(self) -> list[tuple]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [(item.data(ID_ROLE), item.text(), item.data(COLOUR_ROLE)) for item in items]

    def refresh(self) -> None:
        bands = [(band.id, band.name, getattr(band, "color", None)) for band in self.bands()]
        if bands == self._rows():
            self._fit()  # an empty list too gets its height on the first refresh
            return  # also keeps an open name editor alive after its own rename
        current, row = self.current_id(), self.list.currentRow()
        self.checking.forget()
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for band_id, name, colour in bands:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, band_id)
            item.setData(COLOUR_ROLE, colour)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if colour:
                item.setIcon(swatch(colour))
            self.list.addItem(item)
            if band_id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))
        self.list.blockSignals(blocked)
        self._fit()

    def _fit(self) -> None:
        """As tall as its rows, from 2 to 8; then it scrolls."""
        rows = max(2, min(8, self.list.count()))
        row_height = max(self.list.sizeHintForRow(0), self.list.fontMetrics().lineSpacing() + 2)
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 4)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    # ---- user actions ---------------------------------------------------------
    def add(self) -> None:
        lane = self.kind == "lane"
        name = ask_band_name(self, translate("BandList", "New lane") if lane else translate("BandList", "New phase"),
                             translate("BandList", "Name:"))
        if name:
            modeling = self.context.modeling
            self._try(lambda: modeling.add_lane(name) if lane else modeling.add_phase(name))
            self.list.setCurrentRow(self.list.count() - 1)

    def _renamed(self, item: QListWidgetItem) -> None:
        band_id, name = item.data(ID_ROLE), item.text()
        if self.kind == "lane":
            self._try(lambda: self.context.modeling.set_lane(band_id, name=name))
        else:
            self._try(lambda: self.context.modeling.set_phase(band_id, name=name))

    def recolour(self) -> None:
        band_id = self.current_id()
        if band_id is not None:
            colour = ask_colour(self, self.context.document.lane(band_id).color)
            if colour:
                self._try(lambda: self.context.modeling.set_lane(band_id, color=colour))

    def move(self, step: int) -> None:
        band_id, row = self.current_id(), self.list.currentRow()
        if band_id is None or not 0 <= row + step < self.list.count():
            return
        modeling = self.context.modeling
        mover = modeling.move_lane if self.kind == "lane" else modeling.move_phase
        self._try(lambda: mover(band_id, row + step))
        self.list.setCurrentRow(row + step)

    def remove(self) -> None:
        band_id = self.current_id()
        if band_id is None:
            return
        members = [n for n in self.context.document.nodes() if getattr(n, "owner" if self.kind == "lane" else "phase",
                                                                          None) == band_id]
        name = self.list.currentItem().text()
        question = translate("BandList", "{count} stages belong to “{name}”. Remove it and clear theirs?")
        if members and not confirm_removal(self, question.format(count=len(members), name=name)):
            return
        modeling = self.context.modeling
        self._try(lambda: modeling.remove_lane(band_id) if self.kind == "lane" else modeling.remove_phase(band_id))

    def _try(self, edit) -> None:
        try:
            edit()
        except ValueError as error:
            self.context.report(str(error))
            self.refresh()
