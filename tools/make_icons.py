"""Render the SVG icons in icons/ to the PNG, .ico and .icns files the installers need.

Run from the checkout:  QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py

Rendering uses Qt's QSvgRenderer (the same renderer the app uses), so the PNGs
look like the icons on screen. Pillow writes the .ico and .icns containers; it is
a tool-only dependency, the app itself never imports it.

Small sizes are drawn from their own simplified sources, because the detailed
artwork turns to mush below 64 px:

    <name>-<size>.svg  when drawn for exactly that size (16, 24, 32)
    <name>-32.svg      otherwise up to 48 px
    <name>.svg         64 px and up

Outputs (all committed):
    icons/app/png/<name>-<size>.png   for the app icon and the .smap document icon
    icons/app/salesmap-studio.ico, salesmap-studio.icns, application-x-salesmap.ico and .icns
    icons/app/preview.png             app icon at 16, 32, 128 and 512 px side by side
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "icons"
APP = ICONS / "app"
PNG_DIR = APP / "png"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The app icon and the document icon are rendered to PNG; toolbar icons stay SVG.
RASTERISED = ("salesmap-studio", "application-x-salesmap")
PREVIEW_SIZES = (16, 32, 128, 512)


def source_for(name: str, size: int) -> Path:
    """The SVG drawn for this pixel size (falls back to the detailed one)."""
    candidates = [APP / f"{name}-{size}.svg"]
    if size <= 16:
        candidates.append(APP / f"{name}-16.svg")
    if size <= 48:
        candidates.append(APP / f"{name}-32.svg")
    candidates.append(APP / f"{name}.svg")
    return next(p for p in candidates if p.exists())


def render(svg: Path, size: int):
    """Return a QImage of `svg` rendered at size x size, transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def write_pngs() -> dict[str, dict[int, Path]]:
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    written: dict[str, dict[int, Path]] = {}
    for name in RASTERISED:
        written[name] = {}
        for size in SIZES:
            out = PNG_DIR / f"{name}-{size}.png"
            if not render(source_for(name, size), size).save(str(out), "PNG"):
                raise SystemExit(f"could not write {out}")
            written[name][size] = out
    return written


def write_containers(pngs: dict[str, dict[int, Path]]) -> None:
    from PIL import Image

    def images(name: str, sizes):
        return [Image.open(pngs[name][s]).convert("RGBA") for s in sizes]

    # Windows: ICO up to 256 px (the format's limit); Pillow picks each size's own image.
    ico_sizes = (16, 24, 32, 48, 64, 128, 256)
    for name, out in (("salesmap-studio", "salesmap-studio.ico"),
                      ("application-x-salesmap", "application-x-salesmap.ico")):
        imgs = images(name, ico_sizes)
        largest = imgs[-1]
        largest.save(APP / out, format="ICO", sizes=[(s, s) for s in ico_sizes],
                     append_images=imgs[:-1])
    # macOS: ICNS from the 512 px image plus the smaller ones, for the app and for .smap files.
    for name in ("salesmap-studio", "application-x-salesmap"):
        imgs = images(name, (16, 32, 64, 128, 256, 512))
        imgs[-1].save(APP / f"{name}.icns", format="ICNS", append_images=imgs[:-1])


def write_preview(pngs: dict[str, dict[int, Path]], background: str = "#e9edf2") -> Path:
    """App icon at PREVIEW_SIZES side by side, bottoms aligned, on a light and a dark strip."""
    from PySide6.QtGui import QColor, QImage, QPainter

    gap = 24
    width = sum(PREVIEW_SIZES) + gap * (len(PREVIEW_SIZES) + 1)
    row = max(PREVIEW_SIZES) + 2 * gap
    image = QImage(width, 2 * row, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    for index, colour in enumerate((background, "#202124")):
        top = index * row
        painter.fillRect(0, top, width, row, QColor(colour))
        x = gap
        for size in PREVIEW_SIZES:
            tile = QImage(str(pngs["salesmap-studio"][size]))
            painter.drawImage(x, top + row - gap - size, tile)
            x += size + gap
    painter.end()
    out = APP / "preview.png"
    image.save(str(out), "PNG")
    return out


def toolbar_names() -> list[str]:
    return sorted(p.stem for p in ICONS.glob("*.svg"))


def write_sheet(out: Path, sizes=(16, 24, 48)) -> Path:
    """Every toolbar icon at `sizes`, on a light and a dark strip, for looking at."""
    from PySide6.QtGui import QColor, QImage, QPainter

    names = toolbar_names()
    cell = max(sizes) + 12
    width = cell * len(names) + 12
    height = 2 * (sum(s + 8 for s in sizes) + 16)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    for index, colour in enumerate(("#f5f6f8", "#232427")):
        top = index * height // 2
        painter.fillRect(0, top, width, height // 2, QColor(colour))
        y = top + 8
        for size in sizes:
            for i, name in enumerate(names):
                painter.drawImage(12 + i * cell, y, render(ICONS / f"{name}.svg", size))
            y += size + 8
    painter.end()
    image.save(str(out), "PNG")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-containers", action="store_true",
                        help="skip .ico/.icns (when Pillow is not installed)")
    parser.add_argument("--sheet", type=Path, metavar="PNG",
                        help="also write a contact sheet of the toolbar icons to PNG")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    pngs = write_pngs()
    if not args.no_containers:
        write_containers(pngs)
    preview = write_preview(pngs)
    if args.sheet:
        write_sheet(args.sheet)
    print(f"wrote {sum(len(v) for v in pngs.values())} PNGs, containers and {preview.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
