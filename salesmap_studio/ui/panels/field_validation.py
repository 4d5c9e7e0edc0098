"""Values checked as the user types, with the reason shown next to the field.

The parsers turn what was typed into a model value or raise ValueError with a
sentence for the user: the typing (numbers, percentages) is checked here, the
model's limits by a dry run in the editing layer (`check_value`), so a limit and
its sentence live only in `model/` and `editing/errors.py`; `CheckedField` wraps an editor, shows that sentence
under it while the text is wrong, and commits only a valid, changed value when
the user finishes (Enter or focus-out). A refused value never reaches the model.
"""

from __future__ import annotations

import math
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...editing.errors import check_value
from ...model import Note, Stage
from ..plain_text import plain_label

ERROR_COLOUR = "#B3261E"
SUFFIX_WIDTH = 32


translate = QCoreApplication.translate


def parse_name(text: str) -> str:
    """Any name (of a node, lane, phase or KPI: they share the model's `Name`); blank is refused."""
    check_value(Stage, "name", text if text.strip() else "")   # blank counts as empty
    return text


def parse_text(text: str) -> str:
    """Any longer text (they share the model's `Text`)."""
    check_value(Note, "text", text)
    return text


def parse_number(text: str) -> float | None:
    """A number as typed ("2.5", "2,5", "40 %"), or None for an empty field."""
    cleaned = text.replace("%", "").replace(",", ".").strip()
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        _fail(translate("FieldValidation", "Enter a number, e.g. 12 or 2.5."))
    return value


def parse_percent(text: str) -> float | None:
    """A percentage 0–100 as typed, as the share 0–1 the model keeps."""
    value = parse_number(text)
    if value is not None and not 0 <= value <= 100:
        _fail(translate("FieldValidation", "A percentage is between 0 and 100."))
    return None if value is None else round(value / 100, 2)


def parse_days(text: str) -> float | None:
    value = parse_number(text)
    check_value(Stage, "expected_days", value)
    return value


def parse_positive(text: str) -> float | None:
    value = parse_number(text)
    if value is not None and value <= 0:
        _fail(translate("FieldValidation", "Enter a number above 0."))
    return value


def parse_amount(text: str) -> float | None:
    value = parse_number(text)
    if value is not None and value < 0:
        _fail(translate("FieldValidation", "An amount cannot be negative."))
    return value


def parse_currency(text: str) -> str:
    code = text.strip().upper()
    if code and (len(code) != 3 or not code.isalpha() or not code.isascii()):
        _fail(translate("FieldValidation", "A currency is a three-letter code such as EUR or USD."))
    return code


def format_number(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}".rstrip("0").rstrip(".")


def format_percent(share: float | None) -> str:
    return "" if share is None else format_number(round(share * 100, 2))


def _fail(message: str):
    raise ValueError(message)


def reason_label(parent: QWidget) -> QLabel:
    """The red sentence under a field (or a list) that says why its value is refused; hidden while none."""
    label = plain_label(parent=parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label


def show_reason(label: QLabel, editor: QWidget, text: str) -> None:
    """Shows `text` (or hides the label for ""); screen readers hear it as the editor's description."""
    label.setText(text)
    label.setVisible(bool(text))
    editor.setAccessibleDescription(text)


class CheckedField(QWidget):
    """An editor (a QLineEdit or a GrowingText) with its value checked as the user types.

    `parse(text)` gives the model value or raises ValueError; `commit(value)` edits
    the model (through Modeling) and may raise ValueError too. Esc brings back the
    model's value.
    """

    def __init__(self, editor: QWidget, name: str, parse: Callable[[str], Any],
                 commit: Callable[[Any], None], show: Callable[[Any], str] = str, suffix: str = "") -> None:
        super().__init__()
        self.editor, self._parse, self._commit, self._show = editor, parse, commit, show
        self._value: Any = None
        self.reason = reason_label(self)
        editor.setAccessibleName(name)
        self.setFocusProxy(editor)
        self._layout(suffix)
        edited, finished = (editor.textEdited, editor.editingFinished) if isinstance(editor, QLineEdit) \
            else (editor.edited, editor.finished)
        edited.connect(self._check)
        finished.connect(self.finish)
        editor.installEventFilter(self)

    def _layout(self, suffix: str) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.editor)
        if suffix:
            unit = QLabel(suffix, self)
            unit.setMinimumWidth(SUFFIX_WIDTH)  # fields with different units stay the same width
            row.addWidget(unit)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.reason)

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        """Shows the model's value (never feeds back into the model)."""
        self._value = value
        text = self._show(value)
        if self.editor.text() != text:
            blocked = self.editor.blockSignals(True)
            self.editor.setText(text)
            self.editor.blockSignals(blocked)
        self.show_reason("")

    def show_reason(self, text: str) -> None:
        show_reason(self.reason, self.editor, text)

    def _check(self, *_args) -> None:
        try:
            self._parse(self.editor.text())
        except ValueError as error:
            self.show_reason(str(error))
        else:
            self.show_reason("")

    def finish(self) -> bool:
        """Commits the typed value if it is valid and new; else shows why not and returns False."""
        try:
            value = self._parse(self.editor.text())
            if value != self._value:
                self._commit(value)
        except ValueError as error:
            self.show_reason(str(error))
            return False
        return True

    def commit_pending(self) -> bool:
        """Before an action reads the map (pending_edits): the typed value goes in, or stays with its reason."""
        return self.finish()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.set_value(self._value)
            return True
        return False
