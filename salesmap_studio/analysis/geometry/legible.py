"""Names for a zoomed-out canvas: drawn larger within their boxes, so the room can read them.

When the canvas would show a node's name under `READABLE_PX` tall, it draws the
node plain (its shape and stripe, no details or badges) with the name alone,
as large as the box allows up to the size that reads `READABLE_PX` on screen
(`readable_px` in projector view is larger). The name alone may fill the box:
tighter line spacing and the box's whole inside (only the stripe kept clear).
Sizes are whole pixels, as the canvas paints them (`scene_font` rounds), so the
name on screen is never smaller than the size chosen here. A name that does not
fit whole even at its usual size keeps its usual lines.
"""

from __future__ import annotations

import math

from . import palette
from .primitives import NodeGeometry, TextLine
from .shapes import ASCENT, NAME_SIZE, QUESTION_SIZE, STRIPE_W, STRIPE_X
from .text import ELLIPSIS, text_width, wrap

READABLE_PX = 12.0     # the smallest name height the canvas shows on screen (issue 15)
PROJECTOR_PX = 20.0    # the same in projector view, read from across a room
LINE_GAP = 1.15        # a name alone needs less leading than a name above details
INK = 1.0              # a line's ink from its ascent to its descent, in ems: the last line needs no more
INSET = 5.0            # from the outline to the name's lines (the outline's stroke and corners)
BROKEN_GAIN = 0.85     # a name is drawn with a word broken when unbroken it would be smaller than this share


def usual_size(node: NodeGeometry) -> float:
    return QUESTION_SIZE if node.kind == "decision" else NAME_SIZE


def needs_legible(node: NodeGeometry, scale: float, readable_px: float = READABLE_PX) -> bool:
    """True when the usual name would show under `readable_px` tall at `scale` (screen px per unit)."""
    return usual_size(node) * scale < readable_px


def _inner(node: NodeGeometry) -> tuple[float, float, float, float]:
    """Left, top, width and height a name may fill inside the node's outline."""
    box = node.box
    if node.kind == "decision":  # the diamond's middle: half its width and height hold a rectangle
        return box.x + box.w * 0.25, box.y + box.h * 0.25, box.w * 0.5, box.h * 0.5
    if node.kind == "outcome":   # a pill: its round ends are half its height wide
        return box.x + box.h * 0.35, box.y + INSET, box.w - box.h * 0.7, box.h - 2 * INSET
    left = STRIPE_X + STRIPE_W + INSET   # clear of the owner's stripe
    return box.x + left, box.y + INSET, box.w - left - INSET, box.h - 2 * INSET


def _lines_at(node: NodeGeometry, size: int, broken_ok: bool) -> list[str] | None:
    """The name wrapped whole at `size` inside the box, or None (cut, or a word broken when not allowed)."""
    _, _, width, height = _inner(node)
    count = math.floor((height / size - INK) / LINE_GAP) + 1   # the lines' ink, not their leading, must fit
    if count < 1:
        return None
    lines = wrap(node.name, width, size, True, count)
    if lines[-1].endswith(ELLIPSIS) or (not broken_ok and any(line.endswith("-") for line in lines)):
        return None
    return lines


def _largest(node: NodeGeometry, low: int, high: int, broken_ok: bool) -> tuple[list[str], int] | None:
    """The largest whole size in (low, high] at which the name fits (a larger name needs more room)."""
    found = None
    while low < high:
        middle = (low + high + 1) // 2
        lines = _lines_at(node, middle, broken_ok)
        if lines is None:
            high = middle - 1
        else:
            found, low = (lines, middle), middle
    return found


def legible_name(node: NodeGeometry, scale: float, readable_px: float = READABLE_PX) -> tuple[TextLine, ...]:
    """The name's lines at the largest whole size up to `readable_px` on screen at which it fits whole;
    a long word (a German compound) is broken where only that makes the name readable, or a good deal larger."""
    usual = math.floor(usual_size(node))
    wanted = max(usual, math.ceil(readable_px / max(scale, 1e-6) - 1e-6))
    whole = _largest(node, usual, wanted, broken_ok=False)
    if whole is not None and whole[1] == wanted:
        return _centred(node, *whole)
    broken = _largest(node, whole[1] if whole else usual, wanted, broken_ok=True)
    if broken is not None and (whole is None or whole[1] < BROKEN_GAIN * broken[1] or broken[1] == wanted):
        return _centred(node, *broken)
    return _centred(node, *whole) if whole else node.lines[:node.detail_from]


def _ink_height(count: int, size: float) -> float:
    """From the first line's ascent to the last line's descent."""
    return ((count - 1) * LINE_GAP + INK) * size


def _centred(node: NodeGeometry, texts: list[str], size: int) -> tuple[TextLine, ...]:
    left, top, width, height = _inner(node)
    cx, cy = left + width / 2, top + height / 2
    ink = node.lines[0].color if node.lines else palette.INK
    first = cy - _ink_height(len(texts), size) / 2
    out = []
    for i, text in enumerate(texts):
        w = text_width(text, size, True)
        out.append(TextLine(text, cx - w / 2, first + i * size * LINE_GAP + size * ASCENT, size, True, ink, w))
    return tuple(out)
