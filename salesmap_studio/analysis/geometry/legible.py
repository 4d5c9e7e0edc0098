"""Names for a zoomed-out canvas: drawn larger within their boxes, so the room can read them.

When the canvas would show a node's name under `READABLE_PX` tall, it draws the
node plain (its shape and stripe, no details or badges) with the name alone,
as large as the box allows up to the size that reads `READABLE_PX` on screen
(`readable_px` in projector view is larger). A name that does not fit whole
even at its usual size keeps its usual lines.
"""

from __future__ import annotations

import math

from . import palette
from .primitives import NodeGeometry, TextLine
from .shapes import ASCENT, LINE_GAP, NAME_SIZE, PAD, QUESTION_SIZE
from .text import ELLIPSIS, text_width, wrap

READABLE_PX = 12.0     # the smallest name height the canvas shows on screen (issue 15)
PROJECTOR_PX = 20.0    # the same in projector view, read from across a room
SHRINK_STEP = 0.92     # sizes tried from the readable one down to the usual one
BROKEN_GAIN = 0.8      # a name is drawn with a word broken when unbroken it would be smaller than this share


def usual_size(node: NodeGeometry) -> float:
    return QUESTION_SIZE if node.kind == "decision" else NAME_SIZE


def needs_legible(node: NodeGeometry, scale: float, readable_px: float = READABLE_PX) -> bool:
    """True when the usual name would show under `readable_px` tall at `scale` (screen px per unit)."""
    return usual_size(node) * scale < readable_px


def _inner(node: NodeGeometry) -> tuple[float, float]:
    """Width and height a name may fill inside the node's outline."""
    box = node.box
    if node.kind == "decision":  # the diamond's middle: half its width and height hold a rectangle
        return box.w * 0.5, box.h * 0.5
    return box.w - 2 * PAD, box.h - PAD


def legible_name(node: NodeGeometry, scale: float, readable_px: float = READABLE_PX) -> tuple[TextLine, ...]:
    """The name's lines at the largest size up to `readable_px` on screen at which it fits whole;
    a long word (a German compound) is broken where that keeps the name a good deal larger."""
    width, height = _inner(node)
    usual = usual_size(node)
    size = readable_px / max(scale, 1e-6)
    broken = None
    while size > usual:
        count = math.floor(height / (size * LINE_GAP))
        lines = wrap(node.name, width, size, True, count) if count >= 1 else [ELLIPSIS]
        if not lines[-1].endswith(ELLIPSIS):
            if not any(line.endswith("-") for line in lines):
                return _centred(node, *(broken if broken and size < BROKEN_GAIN * broken[1] else (lines, size)))
            broken = broken or (lines, size)
        size *= SHRINK_STEP
    return _centred(node, *broken) if broken else node.lines[:node.detail_from]


def _centred(node: NodeGeometry, texts: list[str], size: float) -> tuple[TextLine, ...]:
    cx, cy = node.box.center
    ink = node.lines[0].color if node.lines else palette.INK
    top = cy - len(texts) * size * LINE_GAP / 2
    out = []
    for i, text in enumerate(texts):
        w = text_width(text, size, True)
        out.append(TextLine(text, cx - w / 2, top + i * size * LINE_GAP + size * ASCENT, size, True, ink, w))
    return tuple(out)
