"""The question a deal history asks when its dates do not say their order: is 03/04/2025 the
3rd of April or March the 4th? (On the command line this is `--dates`.)

The buttons show the example read both ways, as dates in the UI's language, so the answer is
a glance at the file's own date rather than a term to understand.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..evidence.dates import DAY_FIRST, MONTH_FIRST
from ..persistence import one_line

translate = QCoreApplication.translate
_PARTS = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})")


def _read_as(example: str, order: str) -> str:
    """`example` read in `order` as a long date in the UI's language ("" if it is no such date)."""
    found = _PARTS.match(example)
    if not found:
        return ""
    first, second, year = (int(part) for part in found.groups())
    day, month = (first, second) if order == DAY_FIRST else (second, first)
    date = QDate(year + 2000 if year < 100 else year, month, day)
    return QLocale().toString(date, QLocale.FormatType.LongFormat) if date.isValid() else ""


def ask_date_order(parent: QWidget, file_name: str, example: str, answered) -> QMessageBox:
    """Opens the question (window-modal, not blocking); `answered(order)` is called with
    "day-first" or "month-first", nothing on Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("DateOrder", "Which date order?"),
                      translate("DateOrder", "In “{name}”, a date like {example} could be read either way, "
                                             "and no date in the file tells which.").format(
                          name=one_line(file_name), example=one_line(example)),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)   # the file's name and date are shown as written
    box.setInformativeText(translate("DateOrder", "How does your CRM write dates?"))
    labels = {DAY_FIRST: translate("DateOrder", "Day first: {date}"),
              MONTH_FIRST: translate("DateOrder", "Month first: {date}")}
    plain = {DAY_FIRST: translate("DateOrder", "Day first"), MONTH_FIRST: translate("DateOrder", "Month first")}
    buttons = {}
    for order in (DAY_FIRST, MONTH_FIRST):
        date = _read_as(example, order)
        text = labels[order].format(date=date) if date else plain[order]
        buttons[box.addButton(text, QMessageBox.ButtonRole.AcceptRole)] = order
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: button in buttons and answered(buttons[button]))
    box.open()
    return box
