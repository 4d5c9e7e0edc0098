"""Node and sticky-note boxes: outline, owner stripe and wrapped text lines.

Sizes are fixed per kind (template authors place nodes 260 apart with these in
mind): stage 200 × 96, decision 150 × 110, outcome 160 × 56, note 160 × 120.
"""

from __future__ import annotations

from ..words import is_german, say
from . import palette
from .primitives import NodeGeometry, NoteGeometry, Rect, Shape, TextLine
from .text import fit_name, text_width, wrap

SIZES = {"stage": (200.0, 96.0), "decision": (150.0, 110.0), "outcome": (160.0, 56.0), "note": (160.0, 120.0)}
NAME_SIZE = 15.0
DETAIL_SIZE = 12.0
QUESTION_SIZE = 13.0
NOTE_SIZE = 13.0
LINE_GAP = 1.28            # line height as a multiple of the font size
ASCENT = 0.76              # baseline below the top of a line, as a share of the size
STRIPE_X, STRIPE_W = 8.0, 4.0
PAD = 14.0


def node_box(node) -> Rect:
    w, h = SIZES[node.kind]
    return Rect(node.x - w / 2, node.y - h / 2, w, h)


def note_box(note) -> Rect:
    w, h = SIZES["note"]
    return Rect(note.x - w / 2, note.y - h / 2, w, h)


def _shadow(rect: Rect, radius: float, points=()) -> Shape:
    moved = Rect(rect.x, rect.y + 2.0, rect.w, rect.h)
    shifted = tuple((x, y + 2.0) for x, y in points)
    return Shape(moved, palette.SHADOW, radius=radius, points=shifted)


def _block(texts, left, top, size, bold, color, widths=None, center_x=None) -> list[TextLine]:
    """Lines stacked from `top`; centred on `center_x` when given, else left-aligned at `left`."""
    out = []
    for i, text in enumerate(texts):
        width = text_width(text, size, bold)
        x = center_x - width / 2 if center_x is not None else left
        out.append(TextLine(text, x, top + i * size * LINE_GAP + size * ASCENT, size, bold, color, width))
    return out


def _height(count: int, size: float) -> float:
    return count * size * LINE_GAP if count else 0.0


def _number(value: float, language: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if is_german(language) else text


def stage_details(stage, language: str) -> str:
    """The quiet second line: days in stage, conversion %, checklist count."""
    parts = []
    if stage.expected_days is not None:
        parts.append(f"{_number(stage.expected_days, language)} {say('days-short', language)}")
    if stage.conversion_rate is not None:
        parts.append(f"{_number(round(stage.conversion_rate * 100, 1), language)} %")
    if stage.exit_checklist:
        parts.append(f"☑ {len(stage.exit_checklist)}")
    return " · ".join(parts)


def _stage(stage, box: Rect, lane_color: str, language: str) -> NodeGeometry:
    left = box.x + STRIPE_X + STRIPE_W + 8.0
    width = box.right - PAD - left
    details = stage_details(stage, language)
    names, size = fit_name(stage.name, width, NAME_SIZE, True, 3)
    detail_lines = wrap(details, width, DETAIL_SIZE, False, 1) if details else []
    gap = 6.0 if detail_lines else 0.0
    total = _height(len(names), size) + gap + _height(len(detail_lines), DETAIL_SIZE)
    top = box.y + (box.h - total) / 2
    lines = _block(names, left, top, size, True, palette.INK)
    top += _height(len(names), size) + gap
    lines += _block(detail_lines, left, top, DETAIL_SIZE, False, palette.INK_SOFT)
    stripe = Shape(Rect(box.x + STRIPE_X, box.y + 12.0, STRIPE_W, box.h - 24.0), lane_color, radius=2.0)
    shape = Shape(box, palette.CARD, palette.CARD_BORDER, 1.2, radius=10.0)
    return NodeGeometry(stage.id, "stage", box, shape, (stripe,), tuple(lines), len(names), _shadow(box, 10.0),
                        stage.name)


def _diamond_widths(box: Rect, count: int) -> tuple[list[float], float]:
    """Usable width of each of `count` centred lines inside the diamond, and the block's top."""
    line_h = QUESTION_SIZE * LINE_GAP
    top = box.y + box.h / 2 - count * line_h / 2
    widths = []
    for i in range(count):
        # The glyphs' body (not the full line box) must stay inside the diamond.
        middle = top + (i + 0.5) * line_h - box.y - box.h / 2
        worst = abs(middle) + QUESTION_SIZE * 0.4
        widths.append(max(box.w * (1 - 2 * worst / box.h) - 8.0, 10.0))
    return widths, top


def _decision(node, box: Rect) -> NodeGeometry:
    cx, cy = box.center
    points = ((cx, box.y), (box.right, cy), (cx, box.bottom), (box.x, cy))
    for count in (1, 2, 3):
        widths, top = _diamond_widths(box, count)
        names = wrap(node.name, widths, QUESTION_SIZE, True, count)
        if not names[-1].endswith("…") or count == 3:
            break
    lines = _block(names, 0.0, top, QUESTION_SIZE, True, palette.INK, center_x=cx)
    shape = Shape(box, palette.DECISION_FILL, palette.DECISION_BORDER, 1.6, points=points)
    return NodeGeometry(node.id, "decision", box, shape, (), tuple(lines), len(lines),
                        _shadow(box, 0.0, points), node.name)


def _outcome(node, box: Rect) -> NodeGeometry:
    fill, border, ink = palette.OUTCOME[node.result]
    names, size = fit_name(node.name, box.w - 2 * (PAD + 6.0), NAME_SIZE, True, 2)
    top = box.y + (box.h - _height(len(names), size)) / 2
    lines = _block(names, 0.0, top, size, True, ink, center_x=box.center[0])
    shape = Shape(box, fill, border, 1.8, radius=box.h / 2)
    return NodeGeometry(node.id, "outcome", box, shape, (), tuple(lines), len(lines),
                        _shadow(box, box.h / 2), node.name)


def node_shape_geometry(node, lane_color: str | None, language: str) -> NodeGeometry:
    """The geometry of one node, given its owner lane's colour (None: no owner)."""
    box = node_box(node)
    color = lane_color or palette.NO_OWNER
    if node.kind == "stage":
        return _stage(node, box, color, language)
    if node.kind == "decision":
        return _decision(node, box)
    return _outcome(node, box)


def note_shape_geometry(note) -> NoteGeometry:
    box = note_box(note)
    texts = wrap(note.text, box.w - 2 * 12.0, NOTE_SIZE, False, 6) if note.text.strip() else []
    lines = _block(texts, box.x + 12.0, box.y + 12.0, NOTE_SIZE, False, palette.INK)
    border = palette.darker(note.color, 0.75) + palette.NOTE_BORDER_ALPHA
    shape = Shape(box, note.color, border, 1.0, radius=3.0)
    return NoteGeometry(note.id, box, shape, tuple(lines), _shadow(box, 3.0))
