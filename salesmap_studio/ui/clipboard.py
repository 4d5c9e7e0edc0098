"""Cut, copy, paste and duplicate through the system clipboard, as .smap JSON.

The clipboard holds a small valid .smap document (under `application/x-salesmap`
and as plain text), so a selection pastes into another window, another running
copy of the app, or a text editor. Pasted ids are always fresh.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData
from PySide6.QtWidgets import QApplication

from ..model import SalesMap

translate = QCoreApplication.translate  # lupdate reads the context from each call
MIME = "application/x-salesmap"
HANDED_OVER = "salesmap-clipboard-handed-over"  # an app property: the quit hook is connected
PASTE_OFFSET = 40.0
_pasted = {"text": "", "times": 0}  # each paste of the same clipboard lands a step further



def fragment(doc: SalesMap, ids: list[str]) -> dict:
    """The selected nodes and notes, and the links among them, as a .smap dict."""
    wanted = set(ids)
    nodes = [n for n in doc.nodes() if n.id in wanted]
    inside = {n.id for n in nodes}
    links = [link for link in doc.links() if link.source in inside and link.target in inside]
    notes = [n for n in doc.notes() if n.id in wanted]
    info = doc.info.replace(start=None, funnel=None)
    return SalesMap.from_parts(info, doc.lanes(), doc.phases(), nodes, links, notes).to_dict()


def copy(window) -> bool:
    ids = window.selection.ids()
    if not ids:
        return False
    text = json.dumps(fragment(window.document, ids), ensure_ascii=False, indent=2)
    mime = QMimeData()
    mime.setData(MIME, text.encode("utf-8"))
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    if not QApplication.instance().property(HANDED_OVER):
        QApplication.instance().setProperty(HANDED_OVER, True)
        QApplication.instance().aboutToQuit.connect(_text_only_at_quit)
    return True


def _text_only_at_quit() -> None:
    """The copy stays on the clipboard as text in data Qt made itself: Qt deletes a QMimeData made
    in Python only in its exit handlers, after Python has ended, and the app died on the way out."""
    clipboard = QApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(MIME):
        clipboard.setText(mime.text())


def cut(window) -> None:
    if copy(window):
        with window.modeling.macro(QT_TRANSLATE_NOOP("Editing", "Cut")):
            window.modeling.remove(window.selection.ids())


def _clipboard_text() -> str:
    mime = QApplication.clipboard().mimeData()
    if mime is None:
        return ""
    return bytes(mime.data(MIME)).decode("utf-8", "replace") if mime.hasFormat(MIME) else mime.text()


def _as_map(text: str) -> dict | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) and data.get("format") == "salesmap" else None


def paste_map(window, data: dict, dx: float, dy: float) -> list[str]:
    try:
        new_ids = window.modeling.paste(data, dx, dy)
    except ValueError as error:
        window.show_message(str(error))
        return []
    window.selection.set_ids(new_ids)
    return new_ids


def paste(window) -> list[str]:
    """Pastes the clipboard's map next to where it was copied (offset so it shows)."""
    text = _clipboard_text()
    data = _as_map(text)
    if data is None:
        window.show_message(translate("Clipboard", "The clipboard holds no part of a sales process map."))
        return []
    _pasted["times"] = _pasted["times"] + 1 if _pasted["text"] == text else 1
    _pasted["text"] = text
    step = PASTE_OFFSET * _pasted["times"]
    return paste_map(window, data, step, step)


def duplicate(window) -> list[str]:
    ids = window.selection.ids()
    if not ids:
        return []
    return paste_map(window, fragment(window.document, ids), PASTE_OFFSET, PASTE_OFFSET)
