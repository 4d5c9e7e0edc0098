"""The shipped icons: every named icon exists, renders in Qt, and is visible on light and dark themes."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtSvg")
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from salesmap_studio.ui import icons  # noqa: E402

ICONS = Path(__file__).resolve().parents[2] / "icons"
TOOLBAR = (
    "stage decision outcome-won outcome-lost outcome-nurture sticky-note select "
    "zoom-in zoom-out zoom-fit undo redo new open save export-pdf print delete auto-layout "
    "present projector health side-panels"
).split()
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LIGHT, DARK = QColor("#ffffff"), QColor("#1e1e1e")


def render_on(svg: Path, size: int, background: QColor) -> QImage:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("name", TOOLBAR)
def test_toolbar_icon_renders_in_qt(qapp, name):
    renderer = QSvgRenderer(str(ICONS / f"{name}.svg"))
    assert renderer.isValid()
    assert renderer.viewBoxF().width() == 24


@pytest.mark.parametrize("background", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("name", TOOLBAR)
def test_toolbar_icon_stands_out_on_light_and_dark_themes(qapp, name, background):
    """At 24 px enough of the icon differs from the background by WCAG's 3:1 for graphics."""
    image = render_on(ICONS / f"{name}.svg", 24, background)
    strong = sum(
        contrast(image.pixelColor(x, y), background) >= 3.0
        for x in range(24) for y in range(24)
    )
    assert strong >= 24, f"{name}: only {strong} pixels reach 3:1 against {background.name()}"


@pytest.mark.parametrize("name", ["salesmap-studio", "application-x-salesmap"])
@pytest.mark.parametrize("size", SIZES)
def test_rendered_png_exists_at_every_size(qapp, name, size):
    image = QImage(str(ICONS / "app" / "png" / f"{name}-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_app_icon_is_opaque_in_the_middle_at_16_px(qapp):
    image = QImage(str(ICONS / "app" / "png" / "salesmap-studio-16.png"))
    assert image.pixelColor(8, 8).alpha() == 255


def test_ico_holds_the_small_and_large_sizes():
    data = (ICONS / "app" / "salesmap-studio.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


@pytest.mark.parametrize("name", ["salesmap-studio", "application-x-salesmap"])
def test_icns_is_an_icns_container(name):
    data = (ICONS / "app" / f"{name}.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)


def test_the_macos_recipe_gives_smap_files_the_document_icon():
    import plistlib

    info = plistlib.loads((ICONS.parent / "packaging" / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIconFile"] == "salesmap-studio.icns"
    assert info["CFBundleDocumentTypes"][0]["CFBundleTypeIconFile"] == "application-x-salesmap.icns"
    assert info["UTExportedTypeDeclarations"][0]["UTTypeIconFile"] == "application-x-salesmap.icns"
    assert (ICONS / "app" / "application-x-salesmap.icns").is_file()


def test_icon_loader_finds_toolbar_and_app_icons(qapp):
    assert not icons.icon("zoom-in").isNull()
    assert icons.icon("zoom-in") is icons.icon("zoom-in")
    sizes = {(s.width(), s.height()) for s in icons.app_icon().availableSizes()}
    assert {(16, 16), (512, 512)} <= sizes
    with pytest.raises(KeyError):
        icons.icon_path("no-such-icon")


def test_icons_are_licensed():
    assert "drawn for the SalesMap Studio project" in (ICONS / "LICENSE").read_text()


def test_every_toolbar_icon_is_shown_by_the_main_window(monkeypatch, window_for, doc):
    """The set is what the app shows: building a window asks for every icon in icons/."""
    asked = set()
    find = icons.icon_path
    monkeypatch.setattr(icons, "icon_path", lambda name: asked.add(name) or find(name))
    icons.icon.cache_clear()
    try:
        window_for(doc)
    finally:
        icons.icon.cache_clear()
    assert sorted(asked) == sorted(svg.stem for svg in ICONS.glob("*.svg")) == sorted(TOOLBAR)
