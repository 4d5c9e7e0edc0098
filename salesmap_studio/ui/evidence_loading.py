"""File ▸ Load Deal History…: the history file read and compared off the UI thread, with a
progress dialog for long loads and one clear message when the file cannot be used.

A load has two halves. The file is opened first (loaded, its kind recognised); an event table
whose headers do not say which column holds what — or whose columns the user asked to choose
(the Evidence panel's Choose Columns…) — then shows the column dialog, and the choice is
remembered for files with the same headers (`settings.remember_columns`). The second half builds
the events and compares them with the map. Which columns are used is decided in one place,
`evidence.column_roles.decide`, as on the command line.

The file dialog is a module function so tests can answer it. DuckDB releases the interpreter
while it works, so the window stays responsive during a load of a million events.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from .. import settings
from ..evidence.column_roles import ROLE_NAMES, decide, guess
from ..evidence.columns import TABLE
from ..evidence.errors import AmbiguousDates, EvidenceError
from ..persistence import dumps, loads, one_line
from .column_mapping import ColumnMappingDialog
from .date_order_question import ask_date_order
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


def _work(result: _Result, work) -> None:
    try:
        _deliver(result, *_guarded(work))
    except RuntimeError:
        pass  # the window closed while the file was read: nobody is waiting for the figures


def _deliver(result: _Result, value, problem: str) -> None:
    if problem:
        result.failed.emit(problem)
    else:
        result.done.emit(value)


def _guarded(work) -> tuple[object, str]:
    """`work()`'s value, or the one-line reason it failed."""
    try:
        return work(), ""
    except (EvidenceError, OSError) as error:
        return None, one_line(str(error)) or type(error).__name__   # never empty: empty means it worked
    except Exception as error:  # noqa: BLE001 - an engine failure on a strange file is a message, not a crash
        return None, one_line(f"{type(error).__name__}: {error}")


def _compared(document, opened, columns: dict[str, str | None] | None, dates: str | None):
    """The figures, or the `AmbiguousDates` found (the UI asks the user, where the CLI names --dates)."""
    from ..evidence.history import finish_history
    from ..evidence.report import compare

    try:
        return compare(document, finish_history(opened, columns, dates)).to_dict()
    except AmbiguousDates as ambiguous:
        return ambiguous
    finally:
        opened.con.close()


def load_history(window, path: str, show, choose_columns: bool = False) -> None:
    """Reads `path` against the window's map in a thread; `show(data, columns=...)` gets the figures
    and the columns used (None when the file is no generic event table). `choose_columns` shows the
    column dialog even when the headers say it all."""
    from ..evidence.history import open_history  # DuckDB loads with the first history

    _in_thread(window, path, lambda: open_history(path),
               lambda opened: _choose_columns(window, path, opened, show, choose_columns))


def _choose_columns(window, path: str, opened, show, always: bool) -> None:
    """Goes on with the remembered or recognised columns, or asks the user first."""
    if always:
        settings.remember_dates(_export_key(opened), None)   # asked again, as the columns are
    if opened.kind != TABLE or opened.headers is None:
        _finish(window, path, opened, None, show)
        return
    try:
        found = decide(opened.headers, settings.remembered_columns(opened.headers))
        columns = {role: found.get(role) for role in ROLE_NAMES}   # every role settled: what is shown is used
    except EvidenceError:
        columns = None
    if columns is not None and not always:
        _finish(window, path, opened, columns, show)
        return
    dialog = ColumnMappingDialog(one_line(Path(path).name), opened.headers, opened.preview,
                                 columns or guess(opened.headers), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        settings.remember_columns(opened.headers, dialog.chosen())
        _finish(window, path, opened, dialog.chosen(), show)

    dialog.accepted.connect(chosen)
    dialog.rejected.connect(opened.con.close)   # Cancel: nothing loaded, nothing remembered
    dialog.open()


def _finish(window, path: str, opened, columns: dict[str, str | None] | None, show) -> None:
    snapshot = loads(dumps(window.document))   # the thread reads its own copy while the user goes on editing
    key = _export_key(opened)

    def answered(order: str) -> None:
        settings.remember_dates(key, order)
        _in_thread(window, path, lambda: _compared(snapshot, open_again(path, opened), columns, order),
                   lambda data: show(data, columns=columns))

    def then(value) -> None:
        if not isinstance(value, AmbiguousDates):
            show(value, columns=columns)
        elif remembered := settings.remembered_dates(key):   # answered for this CRM's export before
            answered(remembered)
        else:
            ask_date_order(window, Path(path).name, value.example, answered)

    _in_thread(window, path, lambda: _compared(snapshot, opened, columns, None), then)


def _export_key(opened) -> list[str]:
    """What a date-order answer is remembered by: the table's headers (the same CRM export), or
    the kind of a document that has none."""
    return opened.headers or [opened.kind]


def open_again(path: str, opened):
    """The file opened afresh as it was the first time (the first reading's tables are spent)."""
    from ..evidence.history import open_history

    return open_history(path, opened.kind if opened.forced else None)


def _in_thread(window, path: str, work, then) -> None:
    """Runs `work()` in a thread with a progress dialog for long runs; `then(value)` on the UI
    thread, or the refusal message when it failed."""
    progress = QProgressDialog(translate("EvidenceLoading", "Reading the deal history…"), "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_AFTER_MS)
    result = _Result(window)

    def finished() -> None:
        progress.reset()
        progress.deleteLater()
        result.deleteLater()

    result.done.connect(lambda value: (finished(), then(value)))
    result.failed.connect(lambda detail: (finished(), _refused(window, path, detail)))
    threading.Thread(target=_work, args=(result, work), daemon=True).start()


def _refused(window, path: str, detail: str) -> None:
    sentence = translate("EvidenceLoading", "The file “{name}” could not be used as deal history; "
                                            "the map is unchanged.")
    show_error(window, translate("EvidenceLoading", "Cannot load deal history"),
               sentence.format(name=one_line(Path(path).name)), detail)
