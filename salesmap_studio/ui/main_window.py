"""The main window: one map, its canvas in the middle, palette, menus, toolbar, zoom.

One window shows one map for its whole life; File ▸ New and Open open another
window. Features plug in through `ui/extensions.py` (see `INSTALLERS`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QToolBar

from ..editing import Modeling
from ..model import SalesMap
from ..model.events import CHANGED
from . import actions, file_actions, long_lived
from .canvas import MapScene, MapView
from .extensions import INSTALLERS
from .icons import app_icon
from .lifetime import keep_until_deleted
from .pending_edits import commit_pending
from .palette import Palette
from .plain_text import auto_text, window_title
from .selection import Selection
from .window_features import FeatureSlots

CANVAS_MIN_WIDTH, CANVAS_MIN_HEIGHT = 200, 150
translate = QCoreApplication.translate  # lupdate reads the context from each call
APP_NAME = "SalesMap Studio"


class MainWindow(FeatureSlots, QMainWindow):   # the feature slots: ui/window_features.py
    saved = Signal(object)  # the Path, after every successful save (backups, recent files, file watcher)
    closed = Signal()       # the close was accepted: saved, unchanged or discarded (the snapshot goes)

    def __init__(self, document: SalesMap, path: str | Path | None = None) -> None:
        super().__init__()
        self.document = document
        self.path = Path(path) if path else None
        self.undo_stack = QUndoStack(self)
        self.modeling = Modeling(document, self.undo_stack)
        self.selection = Selection(self)
        self.setWindowIcon(app_icon())
        self._size_for_screen()
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.canvas = MapView(MapScene(document, self), self.modeling, self.selection, self)
        self.setCentralWidget(self.canvas)
        # A panel dragged as wide as it goes must not hide the map (the monkey's seed 17 did).
        self.canvas.setMinimumSize(CANVAS_MIN_WIDTH, CANVAS_MIN_HEIGHT)
        self.menus = {}
        self.toolbar = QToolBar(translate("MainWindow", "Tools"), self)
        self.toolbar.setObjectName("tools")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self._build_status_bar()
        actions.install_menus(self)
        self.palette = Palette(self)
        self.addToolBar(self.palette)
        self.panels_menu.addAction(self.palette.toggleViewAction())
        self.undo_stack.cleanChanged.connect(self.update_title)
        document.events.subscribe(CHANGED, self._title_changed)
        self.update_title()
        file_actions.remember(self)
        keep_until_deleted(self)
        self.take_features(INSTALLERS)
        long_lived.window_opened()
        self.destroyed.connect(long_lived.window_closed)   # not a bound method: it must not hold the window

    def _size_for_screen(self) -> None:
        """Opens large (most of the screen): the map is the point, and the panels need room."""
        screen = self.screen().availableGeometry()
        self.resize(max(1024, int(screen.width() * 0.85)), max(700, int(screen.height() * 0.85)))

    # ---- for features ---------------------------------------------------
    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Adds a panel and lists it in View ▸ Panels, so a closed panel can come back. The panels on the
        right become tabs of one group at once: stacked, they would make the window as tall as all of
        them before the layout is settled (taller than the screen at 200 % display scaling)."""
        if not dock.objectName():
            dock.setObjectName(dock.windowTitle() or type(dock).__name__)
        beside = [d for d in self.docks() if d is not dock and self.dockWidgetArea(d) == area]
        self.addDockWidget(area, dock)
        if beside and area == Qt.DockWidgetArea.RightDockWidgetArea:
            self.tabifyDockWidget(beside[0], dock)
        self.panels_menu.addAction(dock.toggleViewAction())

    def docks(self) -> list[QDockWidget]:
        """The panels: children of the window itself (a search through every widget inside the panels,
        a thousand rows among them, took ≈ 30 ms of a 1,000-stage map's open)."""
        return self.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)

    def show_message(self, text: str, milliseconds: int = 6000) -> None:
        """A short note in the status bar (a refused edit, a saved file)."""
        self.statusBar().showMessage(text, milliseconds)

    # ---- title, zoom, closing ---------------------------------------------
    def map_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.document.info.title or translate("MainWindow", "Untitled map")

    def _title_changed(self, change) -> None:
        if "title" in change.info:
            self.update_title()

    def update_title(self) -> None:
        self.setWindowTitle(f"{window_title(self.map_name())}[*] — {APP_NAME}")
        self.setWindowModified(not self.undo_stack.isClean())

    def _build_status_bar(self) -> None:
        self.zoom_label = QLabel("100 %")
        self.zoom_label.setMinimumWidth(60)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.zoom_label.setToolTip(translate("MainWindow", "Zoom (Ctrl+wheel; Ctrl+0 fits the map, Ctrl+1 is 100 %)"))
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.canvas.zoom_changed.connect(lambda zoom: self.zoom_label.setText(f"{round(zoom * 100)} %"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not commit_pending(self):   # a refused text stays in its editor, with the reason
            event.ignore()
            return
        if self.undo_stack.isClean() or self._may_discard():
            self.canvas.scene().detach()
            self.document.events.unsubscribe(CHANGED, self._title_changed)
            file_actions.forget(self)
            event.accept()
            self.closed.emit()
        else:
            event.ignore()

    def _may_discard(self) -> bool:
        question = translate("MainWindow", "Save the changes to “{name}” before closing?")
        answer = QMessageBox.question(
            self, APP_NAME, auto_text(question.format(name=self.map_name())),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return file_actions.save(self)
        return answer == QMessageBox.StandardButton.Discard
