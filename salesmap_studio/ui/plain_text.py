"""Map and file text shown by Qt as what it is. Qt guesses whether a label, tooltip or message
box holds HTML; a name such as `<img src=/dev/zero>` must show as those characters, not make the
panel load a file. Every widget that shows map or file text goes through here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtText  # mightBeRichText and convertFromPlainText live in QtGui
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

PLAIN = Qt.TextFormat.PlainText


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never reads its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(PLAIN)
    label.setText(text)
    return label


def auto_text(text: str) -> str:
    """`text` for the places where Qt guesses the format and cannot be told "plain" (tooltips,
    QMessageBox's static functions): what looks like HTML is escaped, so it shows as typed."""
    return QtText.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if QtText.mightBeRichText(text) else text


def window_title(text: str) -> str:
    """`text` for a window title, where Qt reads "[*]" as the unsaved-changes mark."""
    return text.replace("[*]", "[*][*]")


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons=QMessageBox.StandardButton.Ok, parent: QWidget | None = None) -> QMessageBox:
    """A QMessageBox whose text and informative text are plain text."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(PLAIN)
    return box
