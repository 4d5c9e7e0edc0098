"""File ▸ Load Deal History…: the history file read and compared off the UI thread, with a
progress dialog for long loads and one clear message when the file cannot be used.

The file dialog is a module function so tests can answer it. DuckDB releases the interpreter
while it works, so the window stays responsive during a load of a million events.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ..persistence import dumps, loads, one_line
from .file_actions import show_error

translate = QCoreApplication.translate
PROGRESS_AFTER_MS = 400  # a load that ends sooner shows no dialog


def history_filter() -> str:
    return translate("EvidenceLoading", "Deal history (*.csv *.xlsx *.parquet *.json *.xes *.gz);;All files (*)")


def ask_history_path(parent: QWidget) -> str:
    return QFileDialog.getOpenFileName(parent, translate("EvidenceLoading", "Load deal history"), "",
                                       history_filter())[0]


class _Result(QObject):
    """Carries the outcome from the worker thread back to the UI thread (a queued signal)."""

    done = Signal(object)
    failed = Signal(str)


def _work(result: _Result, document, path: str) -> None:
    try:
        _deliver(result, *_read_and_compare(document, path))
    except RuntimeError:
        pass  # the window closed while the file was read: nobody is waiting for the figures


def _deliver(result: _Result, data: dict | None, problem: str) -> None:
    if data is None:
        result.failed.emit(problem)
    else:
        result.done.emit(data)


def _read_and_compare(document, path: str) -> tuple[dict | None, str]:
    from ..evidence.errors import EvidenceError
    from ..evidence.history import read_history
    from ..evidence.report import compare

    try:
        history = read_history(path)
        try:
            data = compare(document, history).to_dict()
        finally:
            history.con.close()
    except (EvidenceError, OSError) as error:
        return None, one_line(str(error))
    except Exception as error:  # noqa: BLE001 - an engine failure on a strange file is a message, not a crash
        return None, one_line(f"{type(error).__name__}: {error}")
    return data, ""


def load_history(window, path: str, show) -> None:
    """Reads `path` against the window's map in a thread; `show(data)` gets the figures."""
    progress = QProgressDialog(translate("EvidenceLoading", "Reading the deal history…"), "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_AFTER_MS)
    result = _Result(window)

    def finished() -> None:
        progress.reset()
        progress.deleteLater()
        result.deleteLater()

    result.done.connect(lambda data: (finished(), show(data)))
    result.failed.connect(lambda detail: (finished(), _refused(window, path, detail)))
    snapshot = loads(dumps(window.document))   # the thread reads its own copy while the user goes on editing
    threading.Thread(target=_work, args=(result, snapshot, path), daemon=True).start()


def _refused(window, path: str, detail: str) -> None:
    sentence = translate("EvidenceLoading", "The file “{name}” could not be used as deal history; "
                                            "the map is unchanged.")
    show_error(window, translate("EvidenceLoading", "Cannot load deal history"),
               sentence.format(name=one_line(Path(path).name)), detail)
