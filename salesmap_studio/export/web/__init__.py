"""The map as one self-contained web page: inline SVG from the shared geometry, the map's data as
JSON, and a small script and style sheet from resources/web, all in one `.html` file.

Nothing in the page reaches the network: its Content-Security-Policy allows only its own script
and style (by hash) and forbids every connection. No Qt.
"""

from __future__ import annotations

from pathlib import Path

from ...analysis.geometry import map_geometry
from ...persistence import atomic_write
from ..progress import Progress, map_items
from .data import page_data
from .page import assemble


def render_html(doc, progress: Progress | None = None) -> bytes:
    progress = progress or Progress()
    progress.plan(2 * map_items(doc) + len(doc))
    geometry = map_geometry(doc, progress.tick)
    data = page_data(doc, geometry, progress.tick)
    return assemble(geometry, data, progress.tick).encode("utf-8")


def export_html(doc, path: str | Path, progress: Progress | None = None) -> None:
    atomic_write(path, render_html(doc, progress))
