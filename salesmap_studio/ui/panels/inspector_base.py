"""What every inspector shares: a titled form of checked fields bound to one entity.

A subclass says which entity it shows (`entity()`) and how an edit is made
(`edit(**fields)`, through Modeling); the fields named after entity attributes
are then refreshed from the model and committed back without further code.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from ...model.events import Change
from ..icons import icon
from .choice_field import BandChoice, ChoiceField
from .context import PanelContext
from .field_validation import CheckedField, parse_text
from .growing_text import GrowingText

translate = QCoreApplication.translate
ICON_SIZE = 20
CAPTION_GAP = 5


class Column(QVBoxLayout):
    """Captions above fields, all full width. (A QFormLayout in its wrap-all-rows mode
    under-reports the height of wrapped captions, and squeezed the lists under their buttons.)"""

    def addRow(self, item: QWidget | QLayout) -> None:
        if isinstance(item, QLayout):
            self.addLayout(item)
        else:
            self.addWidget(item)


class Inspector(QWidget):
    compact = False  # True: fields are made (and refreshed) but the subclass lays them out

    def __init__(self, context: PanelContext, title: str, icon_name: str | None = None, listen: bool = True) -> None:
        super().__init__()
        self.context = context
        if listen:  # an inspector inside another one is refreshed by its host
            context.listen(self._document_changed)
        self.ids: list[str] = []
        self.fields: dict[str, CheckedField | ChoiceField] = {}
        self.form = Column(self)
        self.form.setContentsMargins(10, 8, 10, 10)
        self.form.setSpacing(4)
        self.title = self._add_title(title, icon_name)

    # ---- for subclasses ---------------------------------------------------
    def entity(self) -> Any:
        raise NotImplementedError

    def edit(self, **fields) -> None:
        raise NotImplementedError

    def refresh_more(self, entity: Any) -> None:
        """Refreshes what is not a plain field (lists, branches)."""

    # ---- showing ----------------------------------------------------------
    def show_ids(self, ids: list[str]) -> None:
        self.ids = list(ids)
        self._stale = False  # refreshed here: being shown next needs no second refresh
        self.refresh()

    def shows_something(self) -> bool:
        return bool(self.ids)

    def focus_first_field(self) -> None:
        first = next((w for w in self.fields.values() if w.isEnabled()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def watched_ids(self) -> set[str] | None:
        """Ids whose changes show here (None: every change), so a big move refreshes nothing it need not."""
        return set(self.ids)

    def _document_changed(self, change: Change) -> None:
        # Undo, redo and edits made elsewhere (the canvas) show here at once;
        # a hidden inspector catches up when it is shown.
        if not self.isVisible():
            self._stale = True
        elif self._concerns(change) and self.shows_something():
            self.refresh()

    def _concerns(self, change: Change) -> bool:
        """Whether the step touched what this shows: its ids, a link at them, or the lanes and phases it offers."""
        watched = self.watched_ids()
        return watched is None or change.bands() or not watched.isdisjoint(change.touched())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False) and self.shows_something():
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        entity = self.entity()
        for field, widget in self.fields.items():
            value = getattr(entity, field)
            if isinstance(widget, BandChoice):
                widget.refresh(value)
            else:
                widget.set_value(value)
        self.refresh_more(entity)

    # ---- building the form ------------------------------------------------
    def add_line(self, label: str, field: str, parse: Callable[[str], Any], show: Callable[[Any], str] = str,
                 suffix: str = "") -> CheckedField:
        return self._add(label, field, CheckedField(QLineEdit(), label, parse, self._committer(field), show, suffix))

    def add_text(self, label: str, field: str) -> CheckedField:
        return self._add(label, field, CheckedField(GrowingText(), label, parse_text, self._committer(field)))

    def add_choice(self, label: str, field: str, choices: list[tuple[Any, str]]) -> ChoiceField:
        return self._add(label, field, ChoiceField(label, choices, self._committer(field), self.context.report))

    def add_band(self, kind: str, label: str, field: str) -> BandChoice:
        return self._add(label, field, BandChoice(kind, self.context, self._committer(field)))

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        """A caption above its field, both across the full width (the dock is narrow)."""
        caption = QLabel(label, self)
        caption.setWordWrap(True)
        caption.setContentsMargins(0, CAPTION_GAP, 0, 0)  # a little air between one field and the next
        caption.setBuddy(widget)
        self.form.addRow(caption)
        self.form.addRow(widget)
        return widget

    def _add(self, label: str, field: str, widget):
        self.fields[field] = widget
        return widget if self.compact else self.add_row(label, widget)

    def _committer(self, field: str) -> Callable[[Any], None]:
        return lambda value: self.edit(**{field: value})

    def _add_title(self, text: str, icon_name: str | None) -> QLabel:
        row = QHBoxLayout()
        self.picture = QLabel(self)
        row.addWidget(self.picture)
        self.set_icon(icon_name)
        title = QLabel(text, self)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        row.addWidget(title, 1)
        self.form.addRow(row)
        return title

    def set_icon(self, icon_name: str | None) -> None:
        self.picture.setVisible(bool(icon_name))
        if icon_name:
            self.picture.setPixmap(icon(icon_name).pixmap(ICON_SIZE, ICON_SIZE))


class NodeInspector(Inspector):
    """An inspector of one node (the first selected id)."""

    def shows_something(self) -> bool:
        return bool(self.ids) and self.context.document.has_node(self.ids[0])

    def entity(self) -> Any:
        return self.context.document.node(self.ids[0])

    def edit(self, **fields) -> None:
        self.context.modeling.set_node_fields(self.ids[0], **fields)

    def commit_list(self, field: str, value: list, typing: bool) -> None:
        """Typing in an item may merge with the previous edit of the list; adds, moves and removals never do.
        A refused list is reported and the panel shows the node's list again."""
        try:
            if typing:
                self.edit(**{field: value})
            else:
                with self.context.modeling.macro(translate("StageInspector", "Edit list")):
                    self.edit(**{field: value})
        except ValueError as error:
            self.context.report(str(error))
            self.refresh()
