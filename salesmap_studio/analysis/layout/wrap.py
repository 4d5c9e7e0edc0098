"""Keeping a long layout inside the canvas (±1,000,000 units, the file format's limit).

A chain of thousands of stages laid out in one row runs off the canvas. Without
lanes, the columns wrap into several bands stacked top to bottom, like the lines
of a paragraph, each band about as wide as makes the whole map roughly page
shaped. Lanes fix every node's y, so a map with lanes cannot wrap: its columns
move closer together instead, and when even that is too long the layout is
refused with `LayoutError` (a map that long has to be split or drawn without
lanes).
"""

from __future__ import annotations

REACH = 990_000.0       # the farthest a box edge may go from 0 (the format allows centres to ±1,000,000)
BAND_GAP = 240.0        # between two bands: room for the objection arcs drawn above a band
PAGE_ASPECT = 1.414     # width : height the wrapped map aims for (a landscape ISO page)
MIN_BAND_WIDTH = 20_000.0

Positions = dict[str, tuple[float, float]]
Sizes = dict[str, tuple[float, float]]


class LayoutError(ValueError):
    """The map cannot be laid out inside the canvas; the message says why, in the user's words."""


class LanesTooLong(LayoutError):
    """A map with lanes whose columns do not fit the canvas even when closer together. `str()` is
    the CLI's English sentence; a translated UI builds its own from `columns`."""

    def __init__(self, columns: int) -> None:
        self.columns = columns
        super().__init__(f"The map is too long to lay out inside its lanes ({columns} columns): "
                         "split it into several maps, or remove the lanes and lay it out again.")


def fits(positions: Positions, sizes: Sizes) -> bool:
    """True when every box lies within the reach of the canvas."""
    return all(abs(x) + sizes[n][0] / 2 <= REACH and abs(y) + sizes[n][1] / 2 <= REACH
               for n, (x, y) in positions.items())


def wrap_bands(positions: Positions, sizes: Sizes) -> Positions:
    """The columns split into bands stacked downwards, each band starting again at x = 0."""
    columns = sorted({x for x, _ in positions.values()})
    band_of = _band_of_column(columns, positions, sizes)
    ids_by_band: dict[int, list[str]] = {}
    for node_id, (x, _) in positions.items():
        ids_by_band.setdefault(band_of[x], []).append(node_id)
    out: Positions = {}
    top_of_band = None
    for band in sorted(ids_by_band):
        ids = ids_by_band[band]
        left = min(positions[n][0] for n in ids)
        high = min(positions[n][1] - sizes[n][1] / 2 for n in ids)
        low = max(positions[n][1] + sizes[n][1] / 2 for n in ids)
        shift_y = 0.0 if top_of_band is None else top_of_band - high
        for n in ids:
            x, y = positions[n]
            out[n] = (round(x - left, 2), round(y + shift_y, 2))
        top_of_band = low + shift_y + BAND_GAP
    return _centred_vertically(out, sizes)


def _band_of_column(columns: list[float], positions: Positions, sizes: Sizes) -> dict[float, int]:
    """Columns grouped greedily into bands no wider than the band width (a column is never split)."""
    widest = max(w for w, _ in sizes.values())
    heights = [y for _, y in positions.values()]
    row_height = max(heights) - min(heights) + max(h for _, h in sizes.values()) + BAND_GAP
    total = columns[-1] - columns[0] + widest
    band_width = min(max(MIN_BAND_WIDTH, (PAGE_ASPECT * total * row_height) ** 0.5), REACH - widest)
    band_of, band, start = {}, 0, columns[0]
    for x in columns:
        if x - start > band_width:
            band, start = band + 1, x
        band_of[x] = band
    return band_of


def _centred_vertically(positions: Positions, sizes: Sizes) -> Positions:
    """Bands that reach too far down move up so the map straddles y = 0."""
    low = max(y + sizes[n][1] / 2 for n, (_, y) in positions.items())
    if low <= REACH:
        return positions
    high = min(y - sizes[n][1] / 2 for n, (_, y) in positions.items())
    shift = -(low + high) / 2
    return {n: (x, round(y + shift, 2)) for n, (x, y) in positions.items()}
