"""Coordinate assignment: columns left to right, and y inside each column.

Every column is as wide as its widest box plus room for link labels. In a
column, the main-path node sits on one straight line (y = 0, or its lane's
middle); the others settle level with their neighbours, in a few sweeps, in the
order the crossing minimisation chose and never closer than the gap.
"""

from __future__ import annotations

from .placement import fit_band, place_column, spaced

COLUMN_GAP = 120.0   # between boxes in neighbouring columns: room for "yes"/"no" and objection labels
TIGHT_COLUMN_GAP = 40.0  # for a map too long for the canvas otherwise (labels may then be cramped)
ROW_GAP = 60.0       # between boxes in one column
DUMMY_SIZE = (40.0, 24.0)  # a long edge passing through a column still needs a little room
SWEEPS = 6
THREAD_ROOM = DUMMY_SIZE[1] / 2 + 5.0  # from a box's edge to a long link passing it (just past clear_dummies' room)
THREAD_STEP = 14.0  # between long links squeezed between two boxes of a column


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
        if self.bands is None:
            self._place_boxes(layer, ideals, [self.gap_of(a, b) for a, b in zip(layer, layer[1:])])
            return
        # with lanes, long edges bend around the boxes instead of pushing them: a box leaves room for the
        # dummies between it and the next where its band allows
        kept = [i for i, n in enumerate(layer) if self.bands[n] is not None]
        boxes, box_ideals = [layer[i] for i in kept], [ideals[i] for i in kept]
        plain = [self.gap_of(a, b) for a, b in zip(boxes, boxes[1:])]
        roomy = [max(gap, (self.heights[a] + self.heights[b]) / 2 + 2 * THREAD_ROOM + (j - i - 2) * THREAD_STEP)
                 if j - i > 1 else gap for gap, a, b, i, j in zip(plain, boxes, boxes[1:], kept, kept[1:])]
        if roomy == plain or not self._place_boxes(boxes, box_ideals, roomy):
            self._place_boxes(boxes, box_ideals, plain)
        self._thread_dummies(layer, ideals)

    def _thread_dummies(self, layer: list[int], ideals: list[float]) -> None:
        """Each run of dummies between the boxes it lies between in the column's order, in that order,
        so that the long links are drawn crossing what the ordering counted and nothing more."""
        start = 0
        while start < len(layer):
            if self.bands[layer[start]] is not None:
                start += 1
                continue
            end = start
            while end < len(layer) and self.bands[layer[end]] is None:
                end += 1
            above, below = (layer[start - 1] if start else None), (layer[end] if end < len(layer) else None)
            low = self.y[above] + self.heights[above] / 2 + THREAD_ROOM if above is not None else None
            high = self.y[below] - self.heights[below] / 2 - THREAD_ROOM if below is not None else None
            run = layer[start:end]
            gaps = [self.gap_of(a, b) for a, b in zip(run, run[1:])]
            if low is not None and high is not None and high - low < sum(gaps):
                gaps = [max(high - low, 0.0) / max(len(run) - 1, 1)] * (len(run) - 1)
            ys = spaced(ideals[start:end], gaps, [1.0] * len(run), low, high)
            for node, y in zip(run, ys):
                self.y[node] = y
            start = end

    def _place_boxes(self, layer: list[int], ideals: list[float], gaps: list[float]) -> bool:
        """Places the column's boxes; False when, with lanes, a box had to leave its band for the gaps."""
        weights = [1.0 if self.heights[n] > DUMMY_SIZE[1] else 0.25 for n in layer]
        anchor = next((i for i, n in enumerate(layer) if n in self.fixed), None)
        ys = place_column(ideals, gaps, weights, anchor)
        if self.bands is not None:
            ys = fit_band(ys, gaps, [self.bands[n][0] for n in layer], [self.bands[n][1] for n in layer])
        for node, y in zip(layer, ys):
            self.y[node] = y
        return self.bands is None or all(self.bands[n][0] - 1e-6 <= y <= self.bands[n][1] + 1e-6
                                         for n, y in zip(layer, ys))


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
