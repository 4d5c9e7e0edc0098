"""The palette: shapes the user drags onto the canvas (a real drag and drop).

A click without dragging adds the shape in the middle of what the canvas shows
(a sticky note goes to the parking lot, as N puts it). It is a toolbar beside
the main one, so it takes no width from the map (issue 15: a side panel for six
buttons left the map too narrow to read); on a narrow window it shows icons only.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QMimeData, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from .canvas import PALETTE_MIME
from .icons import icon

CONTEXT = "Palette"
WIDE = 1000   # logical pixels: a window this wide has room for the shapes' names beside their icons
SHAPES = (
    ("stage", QT_TRANSLATE_NOOP("Palette", "Stage"),
     "stage", QT_TRANSLATE_NOOP("Palette", "A step of the sales process")),
    ("decision", QT_TRANSLATE_NOOP("Palette", "Decision"),
     "decision", QT_TRANSLATE_NOOP("Palette", "A yes/no question, e.g. “Budget confirmed?”")),
    ("won", QT_TRANSLATE_NOOP("Palette", "Won"),
     "outcome-won", QT_TRANSLATE_NOOP("Palette", "Outcome: the deal is won")),
    ("lost", QT_TRANSLATE_NOOP("Palette", "Lost"),
     "outcome-lost", QT_TRANSLATE_NOOP("Palette", "Outcome: the deal is lost")),
    ("nurture", QT_TRANSLATE_NOOP("Palette", "Nurture"),
     "outcome-nurture", QT_TRANSLATE_NOOP("Palette", "Outcome: back to marketing for nurturing")),
    ("note", QT_TRANSLATE_NOOP("Palette", "Sticky note"),
     "sticky-note", QT_TRANSLATE_NOOP("Palette", "A note for the parking lot; not part of the flow")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shape_mime(shape: str) -> QMimeData:
    """What a palette drag carries: the shape's name under the palette's own type."""
    mime = QMimeData()
    mime.setData(PALETTE_MIME, shape.encode("ascii"))
    return mime


class ShapeButton(QToolButton):
    def __init__(self, shape: str, label: str, icon_name: str, tip: str, palette: "Palette") -> None:
        super().__init__()
        self.shape, self.palette = shape, palette
        self.setObjectName(f"palette-{shape}")
        self.setText(tr(label))
        self.setIcon(icon(icon_name))
        self.setIconSize(QSize(24, 24))
        how = QCoreApplication.translate("Palette", "Drag onto the map, or click to add it in the middle.")
        self.setToolTip(f"{tr(tip)}. {how}")
        self.setAutoRaise(True)
        self._press: QPoint | None = None

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        moved = self._press is not None and (event.position().toPoint() - self._press).manhattanLength()
        if moved and moved >= QApplication.startDragDistance():
            self._press = None
            self.setDown(False)
            drag = QDrag(self)
            drag.setMimeData(shape_mime(self.shape))
            drag.setPixmap(self.icon().pixmap(40, 40))
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        clicked = self._press is not None
        self._press = None
        super().mouseReleaseEvent(event)
        if clicked and self.rect().contains(event.position().toPoint()):
            self.palette.add_in_view(self.shape)


class Palette(QToolBar):
    def __init__(self, window) -> None:
        super().__init__(QCoreApplication.translate("Palette", "Shapes"), window)
        self.window_ = window
        self.setObjectName("palette")
        self.setMovable(False)
        self.buttons = {}
        for shape, label, icon_name, tip in SHAPES:
            button = ShapeButton(shape, label, icon_name, tip, self)
            self.buttons[shape] = button
            self.addWidget(button)
        window.installEventFilter(self)
        self._fit_width(window.width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize:
            self._fit_width(event.size().width())
        return False

    def _fit_width(self, width: int) -> None:
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if width >= WIDE else Qt.ToolButtonStyle.ToolButtonIconOnly
        for button in self.buttons.values():
            button.setToolButtonStyle(style)

    def add_in_view(self, shape: str) -> str | None:
        """A stage (S) or other node in the middle of the view; a sticky note (N) in the parking lot."""
        canvas = self.window_.canvas
        canvas.setFocus()
        if shape == "note":
            return canvas.add_parked_note()
        return canvas.add_here(shape, canvas.visible_centre())
