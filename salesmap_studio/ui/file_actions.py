"""File ▸ New, Open, Save, Save As: .smap files in and out, one window per map.

A file that cannot be read or written gives one clear dialog and changes
nothing. The file dialogs are module functions so tests can answer them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..model import MapInfo, SalesMap
from ..persistence import SmapError, load, save as save_map
from .pending_edits import commit_pending
from .plain_text import message_box

translate = QCoreApplication.translate  # lupdate reads the context from each call
_open_windows: list = []  # keeps every window alive until it closes


def remember(window) -> None:
    _open_windows.append(window)


def forget(window) -> None:
    if window in _open_windows:
        _open_windows.remove(window)


def open_windows() -> list:
    return list(_open_windows)


def file_filter() -> str:
    return translate("FileActions", "Sales process maps (*.smap);;All files (*)")


def ask_open_path(parent: QWidget) -> str:
    return QFileDialog.getOpenFileName(parent, translate("FileActions", "Open map"), "", file_filter())[0]


def ask_save_path(parent: QWidget, suggestion: str) -> str:
    return QFileDialog.getSaveFileName(parent, translate("FileActions", "Save map as"), suggestion, file_filter())[0]


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """A warning box: `text` in the UI's language, and below it the `detail`, e.g. a file
    reader's exact English (file, place, problem) for whoever fixes the file."""
    box = message_box(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def unreadable_map(path: str | Path) -> str:
    """Why a map file did not open, in the UI's language (the reader's detail goes below it)."""
    sentence = translate("FileActions", "The file “{name}” could not be read as a sales map and was not opened.")
    return sentence.format(name=Path(path).name)


def blank_map() -> SalesMap:
    """A new map from the blank template in the user's language (plain if it is missing)."""
    try:
        from ..resources import template_path

        return load(template_path("blank", QLocale().name()[:2]))
    except (ImportError, KeyError, SmapError):
        return SalesMap(MapInfo(title="New sales process", language="en"))


def new_window(document: SalesMap, path: str | Path | None = None):
    from .main_window import MainWindow

    window = MainWindow(document, path)
    window.show()
    return window


def new_map(_window=None):
    return new_window(blank_map())


def open_path(path: str | Path, parent: QWidget | None = None):
    """A window on the map at `path` (the one already open, if any); None when unreadable."""
    path = Path(path)
    for window in _open_windows:
        if window.path is not None and window.path.resolve() == path.resolve():
            window.raise_()
            window.activateWindow()
            return window
    try:
        document = load(path)
    except SmapError as error:
        show_error(parent, translate("FileActions", "Cannot open map"), unreadable_map(path), str(error))
        return None
    return new_window(document, path)


def open_map(window):
    path = ask_open_path(window)
    return open_path(path, window) if path else None


def save(window) -> bool:
    """Writes the map back to its file (asks for a name the first time); True when saved."""
    if not commit_pending(window):
        return False
    if window.path is None:
        return save_as(window)
    return _write(window, window.path)


def save_as(window) -> bool:
    if not commit_pending(window):
        return False
    suggestion = str(window.path or Path.home() / f"{window.map_name()}.smap")
    chosen = ask_save_path(window, suggestion)
    if not chosen:
        return False
    return _write(window, _smap_path(chosen))


def _smap_path(chosen: str) -> Path:
    path = Path(chosen)
    return path if path.suffix.lower() == ".smap" else path.with_name(path.name + ".smap")


def save_copy(window) -> bool:
    """Writes the map to a new file of the user's choice; the window stays on its own file, still unsaved."""
    chosen = ask_save_path(window, str(Path.home() / f"{window.map_name()} (copy).smap"))
    if not chosen:
        return False
    path = _smap_path(chosen)
    try:
        save_map(window.document, path)
    except (OSError, SmapError) as error:
        _cannot_save(window, path, error)
        return False
    window.show_message(translate("FileActions", "Saved a copy as {name}").format(name=path.name))
    return True


def _cannot_save(window, path: Path, error: Exception) -> None:
    reason = getattr(error, "strerror", None) or str(error)
    show_error(window, translate("FileActions", "Cannot save map"),
               translate("FileActions", "“{path}” could not be written: {reason}").format(path=path, reason=reason))


def _write(window, path: Path) -> bool:
    try:
        save_map(window.document, path)
    except (OSError, SmapError) as error:
        _cannot_save(window, path, error)
        return False
    window.path = path
    window.undo_stack.setClean()
    window.update_title()
    window.show_message(translate("FileActions", "Saved {name}").format(name=path.name))
    window.saved.emit(path)
    return True
