"""The app's icons as QIcons, found where the installed package keeps them.

The top-level ``icons/`` folder is installed as the data package
``salesmap_studio.icons``; in a checkout without that mapping the folder
beside the package is used instead, so tests and ``python -m`` work unchanged.
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

APP_ICON = "salesmap-studio"
DOCUMENT_ICON = "application-x-salesmap"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def icons_dir() -> Path:
    """The folder with the icon files (installed package data, or the checkout's icons/)."""
    try:
        root = importlib.resources.files("salesmap_studio.icons")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "icons"
    # Installed from a wheel or frozen by PyInstaller the data is a real folder.
    return Path(str(root))


def icon_path(name: str) -> Path:
    """Path of the toolbar/palette SVG called `name` (e.g. ``"zoom-in"``)."""
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        raise KeyError(f"no icon named {name!r} in {icons_dir()}")
    return path


@cache
def icon(name: str) -> QIcon:
    """The toolbar/palette icon `name` as a QIcon (SVG, sharp at every size)."""
    return QIcon(str(icon_path(name)))


@cache
def app_icon() -> QIcon:
    """The application icon with every rendered PNG size, for windows and dialogs."""
    result = QIcon()
    folder = icons_dir() / "app" / "png"
    for size in APP_ICON_SIZES:
        result.addFile(str(folder / f"{APP_ICON}-{size}.png"), QSize(size, size))
    return result


def app_icon_path(size: int = 256) -> Path:
    """Path of the app icon PNG at `size` px (one of APP_ICON_SIZES)."""
    return icons_dir() / "app" / "png" / f"{APP_ICON}-{size}.png"
