"""Where the map goes on slides: one slide when its smallest text shows at 10 pt or more,
else tiles planned like the wall poster (the same `poster_plan`: no cut through a stage)
plus an overview that shows where each tile lies."""

from __future__ import annotations

from dataclasses import dataclass

from ...analysis.geometry import MapGeometry, Rect
from ..pdf.pages import MARGIN as PAPER_MARGIN
from ..pdf.pages import fit_scale, grid_that_fits, printed_text_pt
from ..pdf.poster_plan import poster_plan
from .kit import MARGIN, SLIDE_H, SLIDE_W
from .map_shapes import Placement

LEAST_TEXT_PT = 10.0   # smaller text does not read on a projector
MOST_TILES_A_SIDE = 30
MAP_TOP = 84.0         # under the slide's heading
LANE_STRIP = 96.0      # left of a tile's map: the names of the lanes it cuts through


@dataclass(frozen=True)
class Tile:
    name: str        # "A1", "B1" …: column letter, row number, as on the poster
    window: Rect     # the part of the map it shows, in scene units
    at: Placement
    items: frozenset  # the ids of the nodes and notes drawn on it, each whole
    strip: float      # the width, in scene units, of the lane names' strip left of the window


@dataclass(frozen=True)
class MapSlides:
    whole: Placement          # the whole map fitted on one slide (the map slide or the overview)
    tiles: list[Tile]         # empty when the whole map reads on one slide

    def home(self) -> dict[str, str]:
        """Node or note id → the name of the first tile it is drawn on."""
        found: dict[str, str] = {}
        for tile in self.tiles:
            for item in tile.items:
                found.setdefault(item, tile.name)
        return found


def map_area(tiled: bool = False) -> Rect:
    left = MARGIN + (LANE_STRIP if tiled else 0.0)
    return Rect(left, MAP_TOP, SLIDE_W - MARGIN - left, SLIDE_H - MAP_TOP - MARGIN / 2)


def _inside(box: Rect, window: Rect) -> bool:
    return window.contains(box)


def _centre_in(box: Rect, window: Rect) -> bool:
    x, y = box.center
    return window.x <= x < window.right and window.y <= y < window.bottom


def _items(geometry: MapGeometry, windows: list[Rect], room: float) -> list[frozenset]:
    """Which nodes and notes each tile draws: every one that fits whole on the tile (the slide's
    margins, `room`, may hold its edge); one that fits on none goes where its centre lies."""
    boxes = {i: n.box for i, n in geometry.nodes.items()} | {i: n.box for i, n in geometry.notes.items()}
    roomy = [w.adjusted(room) for w in windows]
    held: list[set] = [set() for _ in windows]
    for item, b in boxes.items():
        whole = [k for k, w in enumerate(roomy) if _inside(b, w)]
        for k in whole or [k for k, w in enumerate(windows) if _centre_in(b, w)][:1]:
            held[k].add(item)
    return [frozenset(h) for h in held]


def plan_map_slides(geometry: MapGeometry) -> MapSlides:
    bounds, area = geometry.bounds, map_area()
    scale = fit_scale(bounds, area)
    whole = Placement.fitting(bounds, area, scale)
    if printed_text_pt(scale) >= LEAST_TEXT_PT or bounds.w <= 0 or bounds.h <= 0:
        return MapSlides(whole, [])
    area = map_area(tiled=True)
    # A "page" whose image area (inside the poster's paper margins) is this slide's map area.
    page = (area.w + 2 * PAPER_MARGIN, area.h + 2 * PAPER_MARGIN)
    cols, rows = grid_that_fits(bounds, [page], LEAST_TEXT_PT, MOST_TILES_A_SIDE) or (MOST_TILES_A_SIDE,) * 2
    plan = poster_plan(geometry, page, cols, rows)
    s, box = plan.scale, plan.map_box
    windows = [Rect(bounds.x + (sheet.window.x - box.x) / s, bounds.y + (sheet.window.y - box.y) / s,
                    area.w / s, area.h / s) for sheet in plan.sheets]
    tiles = [Tile(sheet.name(), window, Placement(s, area.x - window.x * s, area.y - window.y * s), items,
                  (LANE_STRIP - 8.0) / s)
             for sheet, window, items in zip(plan.sheets, windows, _items(geometry, windows, MARGIN / 3 / s))
             if items]
    return MapSlides(whole, tiles)
