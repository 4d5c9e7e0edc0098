"""File ▸ Import…: another tool's diagram opened as a new, unsaved map.

The file, page and outcome-result dialogs are module functions so tests can answer them. A
file that cannot be imported gives one clear dialog and opens nothing; cancelling a question
opens nothing either.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from ..interop import ImportCancelled
from ..interop.registry import pages, read
from ..persistence import SmapError
from .file_actions import new_window, show_error
from .outcome_results_dialog import ask_results

translate = QCoreApplication.translate  # lupdate reads the context from each call


def import_filter() -> str:
    return translate("ImportActions", "Diagrams, stage lists and CRM pipelines (*.drawio *.drawio.svg *.xml *.csv "
                                      "*.xlsx *.json);;All files (*)")


def ask_import_path(parent: QWidget) -> str:
    return QFileDialog.getOpenFileName(parent, translate("ImportActions", "Import a diagram"), "", import_filter())[0]


def ask_page(parent: QWidget, names: list[str]) -> str | None:
    """Which page of a file with several to import; None when the user cancels."""
    name, chosen = QInputDialog.getItem(parent, translate("ImportActions", "Import a diagram"),
                                        translate("ImportActions", "The file has several pages. Import:"),
                                        names, 0, False)
    return name if chosen else None


def import_file(window):
    path = ask_import_path(window)
    return import_path(path, window) if path else None


def import_path(path: str | Path, parent: QWidget | None = None):
    """A new window on the map imported from `path` (not saved yet); None when cancelled or unreadable."""
    try:
        names = pages(path)
        page = ask_page(parent, names) if len(names) > 1 else None
        if len(names) > 1 and page is None:
            return None
        document = read(path, page=page, decide=lambda names: ask_results(parent, names))
    except ImportCancelled:
        return None
    except SmapError as error:
        sentence = translate("ImportActions", "The file “{name}” could not be imported and nothing was opened.")
        show_error(parent, translate("ImportActions", "Cannot import"), sentence.format(name=Path(path).name),
                   str(error))
        return None
    window = new_window(document)
    window.undo_stack.resetClean()  # an imported map is unsaved work: closing asks before it goes
    window.update_title()
    return window
