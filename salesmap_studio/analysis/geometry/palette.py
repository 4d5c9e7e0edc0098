"""The colours of a map: calm, high-contrast on a projector, the same in every painter.

Colours are '#RRGGBB' or '#RRGGBBAA' (alpha last) strings so that geometry stays
plain data; `rgba` turns one into floats for the painters.
"""

from __future__ import annotations

INK = "#1F2933"          # names, questions, note text
INK_SOFT = "#616E7C"     # the quiet detail line
CARD = "#FFFFFF"
CARD_BORDER = "#CBD2D9"
SHADOW = "#1F29331A"

DECISION_FILL = "#FFF8E7"
DECISION_BORDER = "#D9A33A"

OUTCOME = {
    # result: (fill, border, text)
    "won": ("#E3F5EA", "#2F9E63", "#1B5E3B"),
    "lost": ("#F8E7E6", "#B85450", "#7A2E2B"),
    "nurture": ("#E4EEF9", "#3B78C2", "#1F4A7A"),
}

LINK = {
    "flow": "#52606D",
    "yes": "#2F9E63",
    "no": "#D1453B",
    "objection": "#D98E04",
}
LABEL_FILL = "#FFFFFFF2"

NOTE_BORDER_ALPHA = "66"

LANE_LINE = "#D9DEE4"
LANE_TINT_ALPHA = "0F"      # about 6 %
LANE_HEADER_ALPHA = "24"    # about 14 %
PHASE_FILL = "#52606D08"
PHASE_HEADER = "#52606D1A"
PHASE_LINE = "#52606D33"
PHASE_TEXT = "#3E4C59"

NO_OWNER = "#9AA5B1"


def rgba(color: str) -> tuple[float, float, float, float]:
    """'#RRGGBB' or '#RRGGBBAA' as four floats from 0 to 1."""
    digits = color.lstrip("#")
    alpha = int(digits[6:8], 16) / 255 if len(digits) == 8 else 1.0
    return (int(digits[0:2], 16) / 255, int(digits[2:4], 16) / 255, int(digits[4:6], 16) / 255, alpha)


def with_alpha(color: str, alpha_hex: str) -> str:
    return color[:7] + alpha_hex


def darker(color: str, factor: float = 0.7) -> str:
    """The colour scaled towards black (for borders of tinted shapes)."""
    r, g, b, _ = rgba(color)
    return "#" + "".join(f"{round(c * factor * 255):02X}" for c in (r, g, b))
