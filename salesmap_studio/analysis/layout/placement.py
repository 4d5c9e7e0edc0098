"""Coordinate assignment inside one column: keep the order, keep the spacing, stay near the ideal.

Nodes want to sit level with their neighbours (their "ideal" y). Finding the
positions closest to those ideals that keep the column's order and the minimum
gaps is an isotonic regression once each node is shifted by the gaps above it,
solved exactly by pool-adjacent-violators in linear time.
"""

from __future__ import annotations


def isotonic(targets: list[float], weights: list[float]) -> list[float]:
    """The non-decreasing sequence closest (weighted least squares) to `targets`."""
    blocks: list[list[float]] = []  # [mean, weight, length]
    for target, weight in zip(targets, weights):
        blocks.append([target, weight, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            mean, w, n = blocks.pop()
            last = blocks[-1]
            total = last[1] + w
            last[0] = (last[0] * last[1] + mean * w) / total
            last[1], last[2] = total, last[2] + n
    out: list[float] = []
    for mean, _, n in blocks:
        out.extend([mean] * n)
    return out


def spaced(ideals: list[float], gaps: list[float], weights: list[float],
           low: float | None = None, high: float | None = None) -> list[float]:
    """Positions in order with `gaps[i]` between item i and i + 1, closest to `ideals`.

    `low` bounds the first position from below, `high` the last from above (when
    a fixed node sits just outside the run).
    """
    offsets = [0.0]
    for gap in gaps:
        offsets.append(offsets[-1] + gap)
    shifted = isotonic([y - o for y, o in zip(ideals, offsets)], weights)
    if low is not None:
        shifted = [max(z, low) for z in shifted]
    if high is not None:
        ceiling = high - offsets[-1]
        shifted = [min(z, ceiling) for z in shifted]
    return [z + o for z, o in zip(shifted, offsets)]


def place_column(ideals: list[float], gaps: list[float], weights: list[float],
                 anchor: int | None) -> list[float]:
    """Positions for one column; the anchor (a main-path node) stays exactly at its ideal."""
    if anchor is None:
        return spaced(ideals, gaps, weights)
    fixed = ideals[anchor]
    above = spaced(ideals[:anchor], gaps[:anchor - 1] if anchor else [], weights[:anchor],
                   high=fixed - gaps[anchor - 1]) if anchor else []
    below = spaced(ideals[anchor + 1:], gaps[anchor + 1:], weights[anchor + 1:],
                   low=fixed + gaps[anchor]) if anchor < len(ideals) - 1 else []
    return above + [fixed] + below


def fit_band(positions: list[float], gaps: list[float], lows: list[float], highs: list[float]) -> list[float]:
    """Push positions into their bands while keeping the gaps (the bands are wide enough)."""
    out = list(positions)
    for i in range(len(out)):
        floor = lows[i] if i == 0 else max(lows[i], out[i - 1] + gaps[i - 1])
        out[i] = max(out[i], floor)
    for i in range(len(out) - 1, -1, -1):
        ceiling = highs[i] if i == len(out) - 1 else min(highs[i], out[i + 1] - gaps[i])
        out[i] = min(out[i], ceiling)
    return out
