"""Insert → Map from File…: another map (one department's workshop) brought into this one,
beside it, as one undo step — lanes, phases, nodes, links and notes, ids renamed where they
clash — selected, ready to be connected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from ..model import SalesMap
from ..persistence import SmapError, load
from .file_actions import file_filter, show_error
from .pending_edits import first_commit

translate = QCoreApplication.translate
GAP = 400.0   # scene units between this map and the one brought in


def ask_map_path(parent: QWidget) -> str:
    return QFileDialog.getOpenFileName(parent, translate("InsertMap", "Insert a map from a file"), "", file_filter())[0]


def beside(here: SalesMap, other: SalesMap) -> float:
    """How far right the other map moves so that it starts a gap right of this one."""
    ours = [item.x for item in (*here.nodes(), *here.notes())]
    theirs = [item.x for item in (*other.nodes(), *other.notes())]
    if not ours or not theirs:
        return 0.0
    return max(ours) - min(theirs) + GAP


def insert_map_from(window, path: str) -> list[str]:
    try:
        other = load(path)
        added = window.modeling.insert_map(other.to_dict(), beside(window.document, other), 0.0)
    except (SmapError, ValueError) as error:
        sentence = translate("InsertMap", "The map “{name}” could not be inserted; this map is unchanged.")
        show_error(window, translate("InsertMap", "Cannot insert the map"), sentence.format(name=Path(path).name),
                   str(error))
        return []
    window.selection.set_ids(added)
    if added:
        window.canvas.center_on(added[0])
    return added


def insert_map(window) -> None:
    path = ask_map_path(window)
    if path:
        insert_map_from(window, path)


def install(window) -> None:
    action = QAction(translate("InsertMap", "&Map from File…"), window)
    action.triggered.connect(first_commit(window, lambda: insert_map(window)))
    window.menus["insert"].addSeparator()
    window.menus["insert"].addAction(action)
