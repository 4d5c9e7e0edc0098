"""Help ▸ About: name, version, licences (app, bundled font, icons) and where the docs are."""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import platform
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .icons import app_icon, icons_dir

translate = QCoreApplication.translate  # lupdate reads the context from each call
APP_NAME = "SalesMap Studio"
DISTRIBUTION = "salesmap-studio"
CHECKOUT = Path(__file__).resolve().parents[2]
MIT_SHORT = (
    "SalesMap Studio is free software under the MIT License.\n\n"
    "Copyright (c) 2026 SalesMap Studio developers\n\n"
    "The full licence text is in the file LICENSE of the source distribution."
)


def app_version() -> str:
    """The running version: the package's __version__, else the installed metadata."""
    try:
        from salesmap_studio import __version__

        return __version__
    except ImportError:
        pass
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def project_licence() -> str:
    """The MIT licence text: from the installed metadata, the checkout, or a short note."""
    try:
        dist = importlib.metadata.distribution(DISTRIBUTION)
        for name in ("licenses/LICENSE", "LICENSE"):
            text = dist.read_text(name)
            if text:
                return text
    except importlib.metadata.PackageNotFoundError:
        pass
    checkout_licence = CHECKOUT / "LICENSE"
    if checkout_licence.is_file():
        return checkout_licence.read_text(encoding="utf-8")
    return MIT_SHORT


def font_licence() -> str:
    """The DejaVu fonts' licence, shipped beside the bundled fonts."""
    try:
        from salesmap_studio.resources import resource_path

        path = resource_path("fonts", "LICENSE-DejaVu.txt")
    except ImportError:
        path = CHECKOUT / "resources" / "fonts" / "LICENSE-DejaVu.txt"
    return _read(path, "The bundled DejaVu fonts are free (Bitstream Vera derived licence).")


def icon_licence() -> str:
    return _read(icons_dir() / "LICENSE", "The icons were drawn for SalesMap Studio (MIT License).")


def _read(path: Path, fallback: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return fallback


def docs_folder() -> Path | None:
    """The documents shipped with the package (`salesmap_studio.docs`), or a checkout's docs/."""
    try:
        root = Path(str(importlib.resources.files("salesmap_studio.docs")))
    except ModuleNotFoundError:
        root = CHECKOUT / "docs"
    return root if (root / "workshop.md").is_file() else None


def docs_html() -> str:
    """Where to read more: a link to the docs folder when it is on disk, else where to find it."""
    docs = docs_folder()
    if docs is not None:
        url = QUrl.fromLocalFile(str(docs)).toString()
        return translate("About", 'Documentation: <a href="{url}">docs/</a> (user guide, file format, packaging).'
                         ).format(url=url)
    return translate("About", "Documentation: see docs/ and README.md in the source distribution.")


class AboutDialog(QDialog):
    """Modal About box; the licence texts sit in tabs so the first page stays short."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About {app}").format(app=APP_NAME))
        self.setWindowIcon(app_icon())
        self.version = app_version()

        tabs = QTabWidget()
        tabs.addTab(self._about_page(), translate("About", "About"))
        tabs.addTab(self._text_page(project_licence(), "licence"), translate("About", "Licence"))
        tabs.addTab(self._text_page(font_licence(), "font-licence"), translate("About", "Font licence"))
        tabs.addTab(self._text_page(icon_licence(), "icon-licence"), translate("About", "Icon licence"))
        self.tabs = tabs

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _about_page(self) -> QWidget:
        page = QWidget()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(128, 128))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)

        title = QLabel(APP_NAME)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        version = QLabel(translate("About", "Version {version}").format(version=self.version))
        version.setObjectName("version")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(translate(
            "About", "Draw a company's sales process live in a workshop, then print, export and share it."))
        blurb.setWordWrap(True)
        licences = QLabel(translate(
            "About", "Licensed under the MIT License. Bundled font: DejaVu Sans (DejaVu fonts licence). "
            "Icons drawn for this project (MIT)."))
        licences.setWordWrap(True)
        docs = QLabel(docs_html())
        docs.setObjectName("docs")
        docs.setWordWrap(True)
        docs.setOpenExternalLinks(True)
        runtime = QLabel(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PYSIDE_VERSION}"
        )
        runtime.setObjectName("runtime")
        runtime.setEnabled(False)

        text = QVBoxLayout()
        for widget in (title, version, blurb, licences, docs):
            text.addWidget(widget)
        text.addStretch(1)
        text.addWidget(runtime)

        layout = QHBoxLayout(page)
        layout.addWidget(logo)
        layout.addLayout(text, 1)
        return page

    @staticmethod
    def _text_page(text: str, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit(text)
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        return view


def show_about(parent: QWidget | None = None) -> None:
    """Open the About box modally (for the Help menu)."""
    AboutDialog(parent).exec()
