"""Align and distribute a selection of boxes (pure: ids and boxes in, new centres out)."""

from __future__ import annotations

Box = tuple[float, float, float, float]  # centre x, centre y, width, height
EDGES = ("left", "centre", "right", "top", "middle", "bottom")


def align(boxes: dict[str, Box], edge: str) -> dict[str, tuple[float, float]]:
    """Every box moved so that the named edge (or centre line) meets the selection's."""
    if edge not in EDGES:
        raise ValueError(f"Unknown edge {edge!r}; use one of {', '.join(EDGES)}.")
    if not boxes:
        return {}
    left = min(x - w / 2 for x, _, w, _ in boxes.values())
    right = max(x + w / 2 for x, _, w, _ in boxes.values())
    top = min(y - h / 2 for _, y, _, h in boxes.values())
    bottom = max(y + h / 2 for _, y, _, h in boxes.values())
    place = {
        "left": lambda x, y, w, h: (left + w / 2, y),
        "centre": lambda x, y, w, h: ((left + right) / 2, y),
        "right": lambda x, y, w, h: (right - w / 2, y),
        "top": lambda x, y, w, h: (x, top + h / 2),
        "middle": lambda x, y, w, h: (x, (top + bottom) / 2),
        "bottom": lambda x, y, w, h: (x, bottom - h / 2),
    }[edge]
    return {item_id: place(*box) for item_id, box in boxes.items()}


def distribute(boxes: dict[str, Box], axis: str) -> dict[str, tuple[float, float]]:
    """Equal gaps between neighbouring boxes along `axis` ("horizontal" or "vertical"); the outer two stay."""
    if axis not in ("horizontal", "vertical"):
        raise ValueError(f"Unknown direction {axis!r}; use horizontal or vertical.")
    along = 0 if axis == "horizontal" else 1
    ordered = sorted(boxes.items(), key=lambda item: item[1][along])
    if len(ordered) < 3:
        return {item_id: (box[0], box[1]) for item_id, box in ordered}
    sizes = [box[2 + along] for _, box in ordered]
    first, last = ordered[0][1], ordered[-1][1]
    span = (last[along] + sizes[-1] / 2) - (first[along] - sizes[0] / 2)
    gap = (span - sum(sizes)) / (len(ordered) - 1)
    out = {}
    edge = first[along] - sizes[0] / 2
    for (item_id, box), size in zip(ordered, sizes):
        centre = edge + size / 2
        out[item_id] = (centre, box[1]) if along == 0 else (box[0], centre)
        edge += size + gap
    return out
