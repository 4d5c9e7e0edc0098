"""Names for a zoomed-out canvas: drawn larger within their boxes, so the room can read them.

When the canvas would show a node's name under `READABLE_PX` tall, it draws the
node plain (its shape and stripe, no details or badges) with the name alone,
as large as the box allows up to the size that reads that tall on screen. The
name alone may fill the box: tighter line spacing and the box's whole inside
(only the stripe kept clear). Sizes are multiples of the style's `step` (whole
units by default, eighths in projector view) and the canvas paints them exactly,
so the name on screen is never smaller than the size chosen here. A name that
does not fit whole even at its usual size keeps its usual lines.

Projector view (`ROOM`) asks for 20 px on the screen itself and draws names in
the condensed bold face, a little closer to each other and to the outline:
"qualifizierter" or "presentation" then fill a stage's width at 27.5 units and
three lines its height, which is 20 px at the fit of the extended template on
a 1,600 × 1,000 screen (issue 15). A diamond's middle holds a name only half
as large ("confirmed?" alone is 155 units wide at 20 px there, more than the
whole 150-unit box), so projector view draws a decision as a diamond cut flat
at its top and bottom: pointed ends, the links still meeting its four points,
and most of the box for the name (15 to 17 px instead of 10).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache

from . import palette
from .primitives import NodeGeometry, Shape, TextLine
from .shapes import ASCENT, NAME_SIZE, QUESTION_SIZE, STRIPE_W, STRIPE_X
from .text import ELLIPSIS, text_width, wrap

READABLE_PX = 12.0     # the smallest name height the canvas shows on screen (issue 15)
PROJECTOR_PX = 20.0    # the same in projector view, read from across a room (in the screen's own pixels)
ROOM_LABEL_PX = 14.0   # projector view's links' labels, where the map leaves them room (room_labels.py)
INK = 1.0              # a line's ink from its ascent to its descent, in ems: the last line needs no more
BROKEN_GAIN = 0.85     # a name is drawn with a word broken when unbroken it would be smaller than this share
CUT_END = 20.0         # a cut diamond's pointed ends: how far in from the box's sides its flat top begins (units)


@dataclass(frozen=True)
class Readable:
    """How a name drawn alone is sized: at least `px` tall on screen (in the view's logical pixels)."""

    px: float = READABLE_PX
    condensed: bool = False   # the condensed bold face: more letters a line, so larger names
    line_gap: float = 1.15    # a name alone needs less leading than a name above details
    inset: float = 5.0        # from the outline to the name's lines (the outline's stroke and corners)
    step: float = 1.0         # sizes are multiples of this (units)
    cut_diamond: bool = False   # a decision drawn as a diamond cut flat at the top and bottom (`plain_shape`)
    pill_ends: bool = False     # an outcome's name may reach into its pill's round ends (`_pill_width`)
    label_px: float = 0.0       # links' labels drawn larger, up to this tall on screen (0: as usual)


USUAL = Readable()
# The condensed face's caps and descenders still leave 0.12 em between lines at 1.12; 3 units keep the
# ink clear of the 1.2-unit outline and the rounded corners
ROOM = Readable(PROJECTOR_PX, condensed=True, line_gap=1.12, inset=3.0, step=0.125, cut_diamond=True,
                pill_ends=True, label_px=ROOM_LABEL_PX)


def for_room(device_pixel_ratio: float) -> Readable:
    """Projector view's style on a screen of this display scaling: 20 of the screen's pixels are
    20 / ratio logical pixels (at 200 % a name 10 logical px tall is 20 px on the screen)."""
    ratio = max(device_pixel_ratio, 1e-6)
    return replace(ROOM, px=PROJECTOR_PX / ratio, label_px=ROOM_LABEL_PX / ratio)


def usual_size(node: NodeGeometry) -> float:
    return QUESTION_SIZE if node.kind == "decision" else NAME_SIZE


def needs_legible(node: NodeGeometry, scale: float, readable_px: float = READABLE_PX) -> bool:
    """True when the usual name would show under `readable_px` tall at `scale` (screen px per unit)."""
    return usual_size(node) * scale < readable_px


def _cut(node: NodeGeometry, style: Readable) -> bool:
    return style.cut_diamond and node.kind == "decision"


def _pill(node: NodeGeometry, style: Readable) -> bool:
    return style.pill_ends and node.kind == "outcome"


def plain_shape(node: NodeGeometry, style: Readable = USUAL) -> Shape:
    """The node's outline as drawn with its name alone: a decision as a cut diamond where the style asks
    for one (the same object each time, so a painter's path built for it is kept)."""
    return _cut_diamond(node.shape) if _cut(node, style) else node.shape


@lru_cache(maxsize=4096)
def _cut_diamond(diamond: Shape) -> Shape:
    box = diamond.rect
    (cx, cy), right, bottom = box.center, box.right, box.bottom
    return replace(diamond, points=((box.x, cy), (box.x + CUT_END, box.y), (right - CUT_END, box.y), (right, cy),
                                    (right - CUT_END, bottom), (box.x + CUT_END, bottom)))


def _cut_width(node: NodeGeometry, ink: float, inset: float) -> float:
    """How wide a block of lines `ink` tall may be in a cut diamond's middle: its pointed ends narrow
    towards the top and bottom, and `inset` is kept from their slanting edges."""
    slope = CUT_END / (node.box.h / 2)   # across per down
    return node.box.w - 2 * slope * ink / 2 - 2 * inset * math.hypot(1.0, slope)


def _pill_width(node: NodeGeometry, ink: float, inset: float) -> float:
    """How wide a block of lines `ink` tall may be in a pill's middle: its corners `inset` inside the
    round ends (a single line reaches well into them, where two lines fill the pill's height)."""
    radius = node.box.h / 2
    return node.box.w - node.box.h + 2 * math.sqrt(max((radius - inset) ** 2 - (ink / 2) ** 2, 0.0))


def _inner(node: NodeGeometry, style: Readable) -> tuple[float, float, float, float]:
    """Left, top, width and height a name may fill inside the node's outline (a cut diamond or a pill
    with its round ends: its full width, which its lines' block narrows, see `_narrowed`)."""
    box, inset = node.box, style.inset
    if _cut(node, style) or _pill(node, style):
        return box.x, box.y + inset, box.w, box.h - 2 * inset
    if node.kind == "decision":  # the diamond's middle: half its width and height hold a rectangle
        return box.x + box.w * 0.25, box.y + box.h * 0.25, box.w * 0.5, box.h * 0.5
    if node.kind == "outcome":   # a pill: its round ends are half its height wide
        return box.x + box.h * 0.35, box.y + inset, box.w - box.h * 0.7, box.h - 2 * inset
    left = STRIPE_X + STRIPE_W + inset   # clear of the owner's stripe
    return box.x + left, box.y + inset, box.w - left - inset, box.h - 2 * inset


def _lines_at(node: NodeGeometry, size: float, broken_ok: bool, style: Readable) -> list[str] | None:
    """The name wrapped whole at `size` inside the box, or None (cut, or a word broken when not allowed)."""
    _, _, width, height = _inner(node, style)
    count = math.floor((height / size - INK) / style.line_gap) + 1   # the lines' ink, not their leading, must fit
    if count < 1:
        return None
    narrowed = _cut_width if _cut(node, style) else _pill_width if _pill(node, style) else None
    if narrowed is None:
        return _whole(wrap(node.name, width, size, True, count, style.condensed), broken_ok)
    for lines in range(1, count + 1):   # fewer lines leave a wider middle
        found = _whole(wrap(node.name, narrowed(node, _ink_height(lines, size, style.line_gap), style.inset),
                            size, True, lines, style.condensed), broken_ok)
        if found is not None:
            return found
    return None


def _whole(lines: list[str], broken_ok: bool) -> list[str] | None:
    if lines[-1].endswith(ELLIPSIS) or (not broken_ok and any(line.endswith("-") for line in lines)):
        return None
    return lines


def _largest(node: NodeGeometry, low: int, high: int, broken_ok: bool,
             style: Readable) -> tuple[list[str], float] | None:
    """The largest size in (low, high] steps at which the name fits (a larger name needs more room)."""
    found = None
    while low < high:
        middle = (low + high + 1) // 2
        lines = _lines_at(node, middle * style.step, broken_ok, style)
        if lines is None:
            high = middle - 1
        else:
            found, low = (lines, middle * style.step), middle
    return found


def legible_name(node: NodeGeometry, scale: float, style: Readable = USUAL) -> tuple[TextLine, ...]:
    """The name's lines at the largest size up to `style.px` on screen at which it fits whole; a long
    word (a German compound) is broken where only that makes the name readable, or a good deal larger."""
    usual = math.floor(usual_size(node) / style.step)   # sizes in steps from here on
    wanted = max(usual, math.ceil(style.px / max(scale, 1e-6) / style.step - 1e-6))
    whole = _largest(node, usual, wanted, False, style)
    if whole is not None and whole[1] == wanted * style.step:
        return _centred(node, *whole, style)
    low = round(whole[1] / style.step) if whole else usual
    broken = _largest(node, low, wanted, True, style)
    if broken is not None and (whole is None or whole[1] < BROKEN_GAIN * broken[1]
                               or broken[1] == wanted * style.step):
        return _centred(node, *broken, style)
    return _centred(node, *whole, style) if whole else node.lines[:node.detail_from]


def _ink_height(count: int, size: float, line_gap: float) -> float:
    """From the first line's ascent to the last line's descent."""
    return ((count - 1) * line_gap + INK) * size


def _centred(node: NodeGeometry, texts: list[str], size: float, style: Readable) -> tuple[TextLine, ...]:
    left, top, width, height = _inner(node, style)
    cx, cy = left + width / 2, top + height / 2
    ink = node.lines[0].color if node.lines else palette.INK
    first = cy - _ink_height(len(texts), size, style.line_gap) / 2
    out = []
    for i, text in enumerate(texts):
        w = text_width(text, size, True, style.condensed)
        out.append(TextLine(text, cx - w / 2, first + i * size * style.line_gap + size * ASCENT, size, True, ink, w,
                            style.condensed))
    return tuple(out)
