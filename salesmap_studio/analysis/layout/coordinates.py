"""Coordinate assignment: columns left to right, and y inside each column.

Every column is as wide as its widest box plus room for link labels. In a
column, the main-path node sits on one straight line (y = 0, or its lane's
middle); the others settle level with their neighbours, in a few sweeps, in the
order the crossing minimisation chose and never closer than the gap.
"""

from __future__ import annotations

from .placement import fit_band, place_column

COLUMN_GAP = 120.0   # between boxes in neighbouring columns: room for "yes"/"no" and objection labels
TIGHT_COLUMN_GAP = 40.0  # for a map too long for the canvas otherwise (labels may then be cramped)
ROW_GAP = 60.0       # between boxes in one column
DUMMY_SIZE = (40.0, 24.0)  # a long edge passing through a column still needs a little room
SWEEPS = 6


def column_xs(layers: list[list[int]], widths: list[float], gap: float = COLUMN_GAP) -> list[float]:
    xs: list[float] = []
    previous_half = 0.0
    for layer in layers:
        half = max((widths[n] for n in layer), default=DUMMY_SIZE[0]) / 2
        xs.append(xs[-1] + previous_half + gap + half if xs else 0.0)
        previous_half = half
    return xs


class ColumnPlacer:
    """Sweeps y positions column by column; `bands`: (low, high) per box (None: a dummy), with lanes."""

    def __init__(self, layers, up, down, heights, gap_of, bands=None) -> None:
        self.layers, self.up, self.down = layers, up, down
        self.heights, self.gap_of, self.bands = heights, gap_of, bands
        self.y = [0.0] * len(heights)

    def run(self, fixed: dict[int, float]) -> list[float]:
        """`fixed`: the y of each anchor (a main-path node); the rest follow their neighbours."""
        self.fixed = fixed
        for layer in self.layers:
            self._place(layer, [fixed.get(n, 0.0) for n in layer])
        for step in range(SWEEPS):
            order = self.layers if step % 2 == 0 else self.layers[::-1]
            for layer in order:
                self._place(layer, [self._ideal(n) for n in layer])
        return self.y

    def _ideal(self, node: int) -> float:
        if node in self.fixed:
            return self.fixed[node]
        near = self.up[node] + self.down[node]
        if not near:
            return self.y[node]
        return sum(self.y[n] for n in near) / len(near)

    def _place(self, layer: list[int], ideals: list[float]) -> None:
        if self.bands is not None:  # with lanes, long edges bend around the boxes instead of pushing them
            for node, ideal in zip(layer, ideals):
                self.y[node] = ideal
            kept = [i for i, n in enumerate(layer) if self.bands[n] is not None]
            layer, ideals = [layer[i] for i in kept], [ideals[i] for i in kept]
        gaps = [self.gap_of(a, b) for a, b in zip(layer, layer[1:])]
        weights = [1.0 if self.heights[n] > DUMMY_SIZE[1] else 0.25 for n in layer]
        anchor = next((i for i, n in enumerate(layer) if n in self.fixed), None)
        ys = place_column(ideals, gaps, weights, anchor)
        if self.bands is not None:
            ys = fit_band(ys, gaps, [self.bands[n][0] for n in layer], [self.bands[n][1] for n in layer])
        for node, y in zip(layer, ys):
            self.y[node] = y


def clear_dummies(layers: list[list[int]], ys: list[float], heights: list[float], real: int) -> None:
    """Moves each long link's place in a column off the boxes there (with lanes, dummies are placed
    freely): to the nearer edge of the boxes it would pass through, with room for the line."""
    room = DUMMY_SIZE[1] / 2 + 4.0
    for layer in layers:
        blocked: list[list[float]] = []
        for low, high in sorted((ys[n] - heights[n] / 2 - room, ys[n] + heights[n] / 2 + room)
                                for n in layer if n < real):
            if blocked and low <= blocked[-1][1]:
                blocked[-1][1] = max(blocked[-1][1], high)
            else:
                blocked.append([low, high])
        for node in layer:
            if node < real:
                continue
            for low, high in blocked:
                if low < ys[node] < high:
                    ys[node] = low if ys[node] - low <= high - ys[node] else high
                    break
