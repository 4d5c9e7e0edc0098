"""Reading every text a window shows (labels, tooltips, message boxes) the way Qt will render it,
to check that map text shows as the characters it is and is never read as HTML."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as QtText
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox

from ..hostile_text import MARKUP

# A piece of each hostile name as it stands in plain text and as escaped HTML would hold it:
# a text holding one of these shows map text.
MAP_PIECES = ("pwned", "/dev/zero", "x</b>", "x&lt;/b&gt;", "amp;D", "😀", "\u202eevil", "WWWWWWWWWW", "Call\x01")
RICH, AUTO, PLAIN = Qt.TextFormat.RichText, Qt.TextFormat.AutoText, Qt.TextFormat.PlainText


def shows_map_text(text: str) -> bool:
    return any(piece in text for piece in MAP_PIECES)


def rendered(text: str, text_format=AUTO) -> str:
    """What the user reads: the text itself, or the text of the HTML Qt sees in it. Only called
    once `assert_not_markup` passed (rendering an `<img src=/dev/zero>` would read /dev/zero)."""
    if text_format == PLAIN or (text_format == AUTO and not QtText.mightBeRichText(text)):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def assert_not_markup(where: str, text: str, text_format=AUTO) -> str:
    """Map text that Qt reads as HTML must be escaped: a raw tag would vanish (or load a file).
    Returns what the user reads."""
    as_html = text_format == RICH or (text_format == AUTO and QtText.mightBeRichText(text))
    if as_html and shows_map_text(text):
        raw = [markup for markup in MARKUP if markup in text]
        assert not raw, f"{where} reads {raw} in {text!r} as HTML"
    return rendered(text, text_format)


def labels_showing_map_text(widgets) -> list[tuple[QLabel, str]]:
    """(label, what it shows) for every label among `widgets` that shows map text; asserts each shows it
    as plain text or escaped (QMessageBox's static functions only take escaped HTML)."""
    found = []
    for label in (w for w in widgets if isinstance(w, QLabel) and shows_map_text(w.text())):
        found.append((label, assert_not_markup(label_name(label), label.text(), label.textFormat())))
    return found


def label_name(label: QLabel) -> str:
    owner = label.window()
    return f"QLabel {label.objectName()!r} in {type(owner).__name__} {owner.windowTitle()!r}"


def tooltips(window) -> list[tuple[str, str]]:
    """(where, tooltip) for every widget, action, item-view row and canvas item of the app."""
    tips = [(f"{type(w).__name__} {w.objectName()!r}", w.toolTip()) for w in QApplication.allWidgets()]
    tips += [(f"action {a.text()!r}", a.toolTip()) for a in window.findChildren(QAction)]
    tips += [(f"canvas item {getattr(i, 'item_id', i)}", i.toolTip()) for i in window.canvas.scene().items()]
    for view in (w for w in QApplication.allWidgets() if isinstance(w, QAbstractItemView)):
        tips += [(f"row of {type(view).__name__}", tip) for tip in _model_tooltips(view.model(), QModelIndex())]
    return [(where, tip) for where, tip in tips if tip]


def _model_tooltips(model, parent: QModelIndex) -> list[str]:
    if model is None:
        return []
    tips = []
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)  # private in list models
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tips.append(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
            tips += _model_tooltips(model, index) if column == 0 else []
    return tips


def assert_safe_window(window) -> dict[str, list[str]]:
    """Checks every label and tooltip of the app; returns what they show that holds map text."""
    shown = {"labels": [text for _label, text in labels_showing_map_text(QApplication.allWidgets())],
             "tooltips": [assert_not_markup(where, tip) for where, tip in tooltips(window)]}
    shown["tooltips"] = [tip for tip in shown["tooltips"] if shows_map_text(tip)]
    return shown


def answering(qtbot, gesture, button) -> list[str]:
    """Runs `gesture`, which opens a modal message box; returns what the box's labels show (checked
    like any label), then presses `button`."""
    shown: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        try:
            shown.append([text for _label, text in labels_showing_map_text(box.findChildren(QLabel))])
        finally:
            box.button(button).click()

    QTimer.singleShot(0, answer)
    gesture()
    qtbot.waitUntil(lambda: bool(shown))
    return shown[0]
