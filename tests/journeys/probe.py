"""Runs the installed app with a read-only probe the journeys and the monkey ask where things are.

`python -m tests.journeys.probe SOCKET [FILE...]` starts SalesMap Studio exactly as
`salesmap-studio [FILE...]` does, plus a local socket on which the test asks, one JSON
line per question: the state of every window (its map as `to_dict`, undo index, title),
what is on screen (modal dialog, open menu, their buttons and entries with global
rectangles), where the stages are on screen, and a screenshot. The probe never clicks,
types or edits: all input comes from the X server (xdotool), as a user's does.
"""

from __future__ import annotations

import json
import sys

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog, QListWidget, QMenu,
                               QMenuBar, QMessageBox, QToolBar, QWidget, QDockWidget, QGraphicsItem)


def rect_of(widget: QWidget, local: QRect | None = None) -> list[int]:
    """A widget's (or a part's) rectangle on the screen: x, y, width, height."""
    area = local if local is not None else widget.rect()
    top_left = widget.mapToGlobal(area.topLeft())
    return [top_left.x(), top_left.y(), area.width(), area.height()]


def _main_windows() -> list:
    from salesmap_studio.ui import file_actions

    return [w for w in file_actions.open_windows() if shiboken6.isValid(w)]


def _window_state(window, with_map: bool = True) -> dict:
    canvas = window.canvas
    doc = window.document
    nodes = {}
    for node in doc.nodes():
        point = canvas.mapFromScene(node.x, node.y)
        if canvas.viewport().rect().contains(point):
            nodes[node.id] = rect_of(canvas.viewport(), QRect(point, point))[:2]
    return {
        "title": window.windowTitle(), "path": str(window.path) if window.path else None,
        "active": window.isActiveWindow(), "visible": window.isVisible(), "clean": window.undo_stack.isClean(),
        "undo_index": window.undo_stack.index(), "undo_count": window.undo_stack.count(),
        "map": doc.to_dict() if with_map else None, "rect": rect_of(window), "canvas": rect_of(canvas.viewport()),
        "nodes_on_screen": nodes, "editing": canvas.editor.is_open(),
        "presenting": bool(getattr(getattr(window, "presentation", None), "active", False)),
        "projecting": bool(getattr(getattr(window, "projector", None), "active", False)),
        "menus": [[a.text(), rect_of(window.menuBar(), window.menuBar().actionGeometry(a))]
                  for a in window.menuBar().actions() if a.isVisible()] if window.menuBar().isVisible() else [],
        "palette": {shape: rect_of(button) for shape, button in window.palette.buttons.items()
                    if button.isVisible()},
    }


def _entries(widget: QWidget) -> list:
    """What a user can click in a popup, dialog or start screen: text, global rect, enabled."""
    if isinstance(widget, QMenu):
        return [[a.text(), rect_of(widget, widget.actionGeometry(a)), a.isEnabled(), a.menu() is not None]
                for a in widget.actions() if not a.isSeparator() and a.isVisible()]
    found = [[b.text() or b.toolTip(), rect_of(b), b.isEnabled(), False]
             for b in widget.findChildren(QAbstractButton) if b.isVisible()]
    for view in widget.findChildren(QListWidget):
        if view.isVisible():
            found += [[view.item(i).text(), rect_of(view.viewport(), view.visualItemRect(view.item(i))),
                       bool(view.item(i).flags() & view.item(i).flags().ItemIsEnabled), False]
                      for i in range(view.count())]
    return found


def _screen_state(with_maps: bool = True) -> dict:
    modal, popup = QApplication.activeModalWidget(), QApplication.activePopupWidget()
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, (QMenu, QMenuBar))]
    return {
        "windows": [_window_state(w, with_maps) for w in _main_windows()],
        "modal": None if modal is None else {"class": type(modal).__name__, "title": modal.windowTitle(),
                                             "text": modal.text() if isinstance(modal, QMessageBox) else "",
                                             "rect": rect_of(modal), "entries": _entries(modal)},
        "popup": None if popup is None else {"class": type(popup).__name__, "rect": rect_of(popup),
                                             "entries": _entries(popup)},
        "top": [{"class": type(w).__name__, "title": w.windowTitle(), "rect": rect_of(w),
                 "dialog": isinstance(w, QDialog), "panel": isinstance(w, (QDockWidget, QToolBar)), "entries": _entries(w) if not _is_map_window(w) else []}
                for w in tops],
        "editing_in_list": any(v.state() == QAbstractItemView.State.EditingState
                               for v in QApplication.allWidgets() if isinstance(v, QAbstractItemView)),
    }


def _is_map_window(widget: QWidget) -> bool:
    return widget in _main_windows()


class Probe(QObject):
    def __init__(self, name: str) -> None:
        super().__init__(QApplication.instance())
        self.server = QLocalServer(self)
        QLocalServer.removeServer(name)
        if not self.server.listen(name):
            raise SystemExit(f"probe: cannot listen on {name}: {self.server.errorString()}")
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._answer(s))

    def _answer(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            request = json.loads(bytes(socket.readLine()).decode("utf-8"))
            try:
                reply = self._reply(request)
            except Exception as error:   # the probe's own fault is reported, never shown to the app
                reply = {"probe_error": f"{type(error).__name__}: {error}"}
            socket.write(json.dumps(reply).encode("utf-8") + b"\n")
            socket.flush()

    def _reply(self, request: dict) -> dict:
        if request["ask"] in ("state", "screen"):   # "screen": the same without the maps (quicker)
            return _screen_state(with_maps=request["ask"] == "state")
        if request["ask"] == "screenshot":
            screen = QGuiApplication.primaryScreen()
            return {"saved": screen.grabWindow(0).save(request["path"], "PNG")}
        if request["ask"] == "empty_canvas_point":
            return {"point": _empty_canvas_point(request["path"])}
        if request["ask"] == "focus":
            widget = QApplication.focusWidget()
            return {"class": type(widget).__name__ if widget else None,
                    "rect": rect_of(widget) if widget else None, "point": _cursor()}
        return {"probe_error": f"unknown question {request['ask']!r}"}


def _empty_canvas_point(path: str) -> list[int] | None:
    """A point on screen where a click reaches the map's canvas and no item: nothing floats over it."""
    window = next((w for w in _main_windows() if str(w.path) == path), None)
    if window is None:
        return None
    viewport = window.canvas.viewport()
    for y in range(10, viewport.height() - 10, 37):
        for x in range(10, viewport.width() - 10, 53):
            spot = viewport.mapToGlobal(QPoint(x, y))
            item = window.canvas.itemAt(QPoint(x, y))   # a lane or phase band is fine: it cannot be selected
            free = item is None or not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            if QApplication.widgetAt(spot) is viewport and free:
                return [spot.x(), spot.y()]
    return None


def _cursor() -> list[int]:
    from PySide6.QtGui import QCursor

    point: QPoint = QCursor.pos()
    return [point.x(), point.y()]


def main() -> int:
    from salesmap_studio import app

    socket_name, files = sys.argv[1], sys.argv[2:]
    app.application()
    Probe(socket_name)
    return app.run(files)


if __name__ == "__main__":
    sys.exit(main())
