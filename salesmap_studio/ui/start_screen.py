"""The start screen: a new map (blank or from a template) or one of the recent maps.

Shown when the app starts without a file and by File → New from template….
Templates in the UI language come first; each card shows the map itself as a
thumbnail. Dropping a .smap file on the screen (or on any map window) opens it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (QAction, QColor, QDragEnterEvent, QDropEvent, QFont, QIcon, QKeySequence, QPainter, QPen,
                           QPixmap)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from .. import settings
from ..analysis.geometry import map_geometry
from ..export.qt_paint import paint_map
from ..model import SalesMap
from ..persistence import SmapError, load
from ..resources import TemplateRef, list_templates
from . import file_actions
from .icons import app_icon
from .lifetime import keep_until_deleted
from .plain_text import auto_text

CARD = QSize(208, 130)
RECENT = QSize(120, 75)
_PATH_ROLE = Qt.ItemDataRole.UserRole


def map_thumbnail(doc: SalesMap, size: QSize) -> QPixmap:
    """The whole map drawn to fit `size`, on white with a thin frame."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    geometry = map_geometry(doc)
    bounds = geometry.bounds
    if bounds.w > 0 and bounds.h > 0:
        margin = 8
        scale = min((size.width() - 2 * margin) / bounds.w, (size.height() - 2 * margin) / bounds.h)
        painter.translate((size.width() - bounds.w * scale) / 2, (size.height() - bounds.h * scale) / 2)
        painter.scale(scale, scale)
        painter.translate(-bounds.x, -bounds.y)
        paint_map(painter, geometry, lod=max(scale, 0.2))
        painter.resetTransform()
    else:
        _draw_plus(painter, size)
    painter.setPen(QColor("#C8CDD3"))
    painter.setBrush(Qt.BrushStyle.NoBrush)  # paint_map leaves the last fill set
    painter.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1))
    painter.end()
    return pixmap


def _draw_plus(painter: QPainter, size: QSize) -> None:
    """An empty map's thumbnail: a large, quiet plus sign."""
    painter.setPen(QPen(QColor("#AAB4BE"), 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    cx, cy, arm = size.width() / 2, size.height() / 2, min(size.width(), size.height()) / 6
    painter.drawLine(QPointF(cx - arm, cy), QPointF(cx + arm, cy))
    painter.drawLine(QPointF(cx, cy - arm), QPointF(cx, cy + arm))


def ui_language() -> str:
    """The two-letter language the UI is shown in (what i18n installed)."""
    from .i18n import current_language

    return current_language()


def templates_in_order(language: str) -> list[TemplateRef]:
    """Templates in `language` first (blank first among them), then the others."""
    return sorted(list_templates(), key=lambda t: (t.language != language, t.name != "blank", t.name, t.language))


def is_map_file(path: str) -> bool:
    return path.lower().endswith(".smap")


def dropped_maps(event: QDropEvent | QDragEnterEvent) -> list[str]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [u.toLocalFile() for u in urls if u.isLocalFile() and is_map_file(u.toLocalFile())]


def after_the_drop(open_one: Callable[[str], object], paths: list[str]) -> None:
    """Opens dropped files once the drop has finished. Opening inside the drop (a new window, an
    error box with its own event loop, the start screen closing) left the X11 drag-and-drop code
    holding a window that was gone: the app crashed (found by the journeys under Xvfb)."""
    QTimer.singleShot(0, lambda: [open_one(path) for path in paths])


class StartScreen(QWidget):
    def __init__(self, open_file: Callable | None = None, new_from: Callable | None = None) -> None:
        super().__init__()
        self._open_file = open_file or _open_and_fit
        self._new_from = new_from or _new_and_fit
        self.setWindowTitle(self.tr("Welcome — SalesMap Studio"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.templates = self._list(CARD, QListView.ViewMode.IconMode)
        self.recent = self._list(RECENT, QListView.ViewMode.ListMode)
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.clicked.connect(self.choose_file)
        self.open_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self._build_layout()
        self.fill()
        self.resize(1040, 820)

    # ---- building ---------------------------------------------------------
    def _list(self, icon_size: QSize, mode: QListView.ViewMode) -> QListWidget:
        widget = QListWidget(self)
        widget.setViewMode(mode)
        widget.setIconSize(icon_size)
        widget.setMovement(QListView.Movement.Static)
        widget.setResizeMode(QListView.ResizeMode.Adjust)
        widget.setSpacing(10)
        widget.setWordWrap(True)
        widget.setUniformItemSizes(mode == QListView.ViewMode.IconMode)
        if mode == QListView.ViewMode.IconMode:
            widget.setGridSize(QSize(icon_size.width() + 24, icon_size.height() + 60))
        widget.itemActivated.connect(self._activated)
        widget.itemClicked.connect(self._activated)
        return widget

    def _heading(self, text: str, size: int = 13) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setPointSize(size)
        font.setBold(True)
        label.setFont(font)
        return label

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(48, 48))
        top.addWidget(logo)
        top.addWidget(self._heading("SalesMap Studio", 18))
        top.addStretch(1)
        hint = QLabel(self.tr("Drop a .smap file here to open it"), self)
        hint.setStyleSheet("color: #5F6B76;")
        top.addWidget(hint)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(top)
        layout.addWidget(self._heading(self.tr("New map")))
        layout.addWidget(self.templates, 5)
        layout.addWidget(self._heading(self.tr("Recent maps")))
        layout.addWidget(self.recent, 3)

    def fill(self) -> None:
        """(Re)lists the templates and the recent files."""
        self.templates.clear()
        for ref in templates_in_order(ui_language()):
            self._add_template(ref)
        self.recent.clear()
        for path in settings.recent_files():
            self._add_recent(path)
        if self.recent.count() == 0:
            empty = QListWidgetItem(self.tr("No recent maps yet — maps you open or save appear here."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)

    def _add_template(self, ref: TemplateRef) -> None:
        try:
            doc = load(ref.path)
        except SmapError:
            return  # a broken template is a packaging bug, caught by the template tests
        title = self.tr("Blank map") if ref.name == "blank" else (doc.info.title or ref.name)
        item = QListWidgetItem(QIcon(map_thumbnail(doc, CARD)), f"{title}\n({_language_name(ref.language)})")
        item.setData(_PATH_ROLE, ("template", str(ref.path)))
        item.setToolTip(auto_text(doc.info.goal or title))
        self.templates.addItem(item)

    def _add_recent(self, path: Path) -> None:
        try:
            doc = load(path)
            icon, title = QIcon(map_thumbnail(doc, RECENT)), doc.info.title or path.stem
        except SmapError as error:   # the reader's English detail goes in the tooltip, not the list
            icon, title = QIcon(), self.tr("{name} (cannot be read as a sales map)").format(name=path.name)
            tip = str(error)
        else:
            tip = str(path)
        item = QListWidgetItem(icon, f"{title}\n{path}")
        item.setData(_PATH_ROLE, ("file", str(path)))
        item.setToolTip(auto_text(tip))
        self.recent.addItem(item)

    # ---- choosing ---------------------------------------------------------
    def _activated(self, item: QListWidgetItem) -> None:
        what = item.data(_PATH_ROLE)
        # Where a single click also activates (KDE), both signals come: the first one closes the screen.
        if not what or not self.isVisible():
            return
        kind, path = what
        if kind == "file":
            self.open_file(path)
        else:
            self.new_from_template(Path(path))

    def new_from_template(self, path: Path) -> None:
        try:
            doc = load(path)
        except SmapError as error:
            sentence = self.tr("The template “{name}” could not be read as a sales map; no map was created.")
            file_actions.show_error(self, self.tr("Cannot open template"), sentence.format(name=path.name),
                                    str(error))
            return
        self._new_from(doc)
        self.close()

    def open_file(self, path: str) -> None:
        if self._open_file(path, self) is not None:
            self.close()

    def choose_file(self) -> None:
        path = file_actions.ask_open_path(self)
        if path:
            self.open_file(path)

    def keyPressEvent(self, event) -> None:
        # Esc leaves the screen like a dialog when a map is open behind it (File ▸ New from Template);
        # at launch, with nothing else open, it would quit the app, so there it does nothing.
        if event.key() == Qt.Key.Key_Escape and file_actions.open_windows():
            self.close()
        else:
            super().keyPressEvent(event)

    # ---- drag and drop ------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_maps(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        event.acceptProposedAction()
        after_the_drop(self.open_file, dropped_maps(event))


def _language_name(code: str) -> str:
    names = {"en": QCoreApplication.translate("StartScreen", "English"),
             "de": QCoreApplication.translate("StartScreen", "German")}
    return names.get(code, code)


def _new_and_fit(document: SalesMap):
    window = file_actions.new_window(document)
    window.canvas.fit_map()
    return window


def _open_and_fit(path: str, parent: QWidget | None):
    window = file_actions.open_path(path, parent)
    if window is not None:
        window.canvas.fit_map()
    return window


def show_start_screen() -> StartScreen:
    """Shows a start screen (kept alive until Qt deletes it after it closed)."""
    screen = StartScreen()
    keep_until_deleted(screen)
    screen.show()
    screen.raise_()
    return screen


class _DropOpener(QObject):
    """Lets a map window open .smap files dropped anywhere on it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and dropped_maps(event):
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop and dropped_maps(event):
            event.acceptProposedAction()
            window = watched.window()
            after_the_drop(lambda path: file_actions.open_path(path, window), dropped_maps(event))
            return True
        return False


def install(window) -> dict:
    """File → New from template…, and dropping .smap files on the window opens them."""
    action = QAction(QCoreApplication.translate("StartScreen", "New from &template…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+N"))
    action.triggered.connect(show_start_screen)
    window.menus["file"].insertAction(_second_action(window.menus["file"]), action)
    drop_opener = _DropOpener(window)
    for widget in (window, window.canvas.viewport()):
        widget.setAcceptDrops(True)
        widget.installEventFilter(drop_opener)
    return {"drop_opener": drop_opener}


def _second_action(menu) -> QAction | None:
    actions = menu.actions()
    return actions[1] if len(actions) > 1 else None
