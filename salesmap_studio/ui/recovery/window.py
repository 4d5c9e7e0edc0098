"""Plugs "never lose work" into a map window: autosave, backups on save, recent files,
the external-change watcher, and File → Restore a Previous Version…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from ... import settings
from ...persistence import SmapError, dumps, load
from .. import file_actions
from . import folders
from .autosave import Autosaver
from .backups import add_backup
from .watcher import ExternalChangeWatcher


def install(window) -> dict:
    autosaver = Autosaver(window)
    file_watcher = ExternalChangeWatcher(window, lambda: reload_from_disk(window))
    window.saved.connect(lambda path: after_save(window, Path(path)))
    # Accepted means saved, unchanged or discarded: in each case the snapshot is not needed.
    # (A watch on Close and Hide events missed it: the "Save changes?" box runs its own event loop.)
    window.closed.connect(autosaver.discard)
    if window.path is not None:
        settings.add_recent_file(window.path)
    action = QAction(QCoreApplication.translate("Recovery", "Restore a Previous &Version…"), window)
    action.triggered.connect(lambda: _restore_version(window))
    window.menus["file"].aboutToShow.connect(lambda: action.setEnabled(window.path is not None))
    window.menus["file"].insertAction(_close_action(window), action)
    quit_action = QAction(QCoreApplication.translate("Recovery", "&Quit"), window)
    quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")])
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(quit_all)
    window.menus["file"].addAction(quit_action)
    return {"autosaver": autosaver, "file_watcher": file_watcher}


def quit_all() -> bool:
    """Closes every map window, each asking about its unsaved changes; Cancel in any stops the quit."""
    for window in file_actions.open_windows():
        if not window.close():
            return False
    QApplication.closeAllWindows()   # start screens and dialogs left over
    return True


def _close_action(window) -> QAction | None:
    actions = window.menus["file"].actions()
    return actions[-1] if actions else None


def after_save(window, path: Path) -> None:
    """Every successful save: keep the saved bytes as a backup, remember the file, watch it."""
    try:
        add_backup(folders.data_folder(), path, path.read_bytes())
    except OSError as error:
        window.show_message(QCoreApplication.translate("Recovery", "Saved, but no backup was kept: {why}")
                            .format(why=error.strerror or error))
    settings.add_recent_file(path)
    window.file_watcher.follow(path)
    window.autosaver.discard()


def reload_from_disk(window) -> None:
    """Replaces the window by a fresh one on the file; the window's own version is kept as a backup."""
    path = window.path
    try:
        document = load(path)
    except SmapError as error:
        sentence = QCoreApplication.translate(
            "Recovery", "The file “{name}” could not be read as a sales map; your version stays open.")
        file_actions.show_error(window, QCoreApplication.translate("Recovery", "Cannot reload map"),
                                sentence.format(name=path.name), str(error))
        return
    try:
        add_backup(folders.data_folder(), path, dumps(window.document).encode("utf-8"))
    except OSError as error:
        why = QCoreApplication.translate("Recovery", "Your version could not be kept as a backup ({why}), "
                                         "so it stays open.").format(why=error.strerror or error)
        file_actions.show_error(window, QCoreApplication.translate("Recovery", "Cannot reload map"), why)
        return
    fresh = file_actions.new_window(document, path)
    fresh.setGeometry(window.geometry())
    window.undo_stack.setClean()  # nothing is lost: the version just went into the backups
    window.close()


def _restore_version(window) -> None:
    from .versions import VersionsDialog

    if window.path is not None:
        VersionsDialog(window).exec()
