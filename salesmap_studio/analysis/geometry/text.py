"""Measuring and wrapping text with the bundled DejaVu Sans, the same measure for every painter.

reportlab's `stringWidth` on the registered TrueType font gives advance widths in
font units; Qt draws the same font a little narrower on kerned pairs only, so a
line that fits here fits on screen, in PNG/SVG and in the PDF.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...resources import font_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ELLIPSIS = "…"


def font_file(bold: bool = False) -> Path:
    return font_path(bold)


def register_fonts() -> None:
    """Register the bundled fonts with reportlab once (also used by the PDF export)."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, bold in ((REGULAR, False), (BOLD, True)):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_file(bold))))


def font_name(bold: bool) -> str:
    return BOLD if bold else REGULAR


@lru_cache(maxsize=2)
def _advances(bold: bool):
    """The font's advance widths by code point (1/1000 em) and its default, as reportlab keeps them."""
    register_fonts()
    face = pdfmetrics.getFont(font_name(bold)).face
    return face.charWidths.get, face.defaultWidth


@lru_cache(maxsize=65536)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Advance width of `text` at `size` scene units (reportlab's `stringWidth`, without its layers)."""
    advance, default = _advances(bold)
    return 0.001 * size * sum(advance(ord(char), default) for char in text)


VOWELS = set("aeiouyäöüéèáàíóúAEIOUYÄÖÜ")


def _syllable_cut(word: str, cut: int) -> int:
    """Move a cut back (at most four letters) to just after a vowel before a consonant:
    "Lösungspräsenta-tion" reads better than "Lösungspräsentat-ion"."""
    for n in range(cut, max(cut - 4, 3), -1):
        if word[n - 1] in VOWELS and word[n].isalpha() and word[n] not in VOWELS:
            return n
    return cut


def _fit_word(word: str, width: float, size: float, bold: bool) -> tuple[str, str]:
    """Split a word too long for one line: the longest head that fits (hyphenated), and the rest."""
    cut = len(word) - 3  # leave at least three letters for the next line
    while cut > 1 and text_width(word[:cut] + "-", size, bold) > width:
        cut -= 1
    if cut <= 2:  # a hyphen after one or two letters reads badly; cut without one
        cut = max(1, next((n for n in range(len(word), 0, -1)
                           if text_width(word[:n], size, bold) <= width), 1))
        return word[:cut], word[cut:]
    cut = _syllable_cut(word, cut)
    return word[:cut] + "-", word[cut:]


def _with_ellipsis(line: str, width: float, size: float, bold: bool) -> str:
    line = line.rstrip()
    while line and text_width(line + ELLIPSIS, size, bold) > width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS


def wrap(text: str, widths: float | list[float], size: float, bold: bool = False,
         max_lines: int = 3) -> list[str]:
    """Break `text` into at most `max_lines` lines no wider than their width.

    `widths` is one width for every line or one per line (a diamond is narrower at
    the top and bottom). Words longer than a line are split; text that does not
    fit ends with an ellipsis on the last line.
    """
    widths = [widths] * max_lines if isinstance(widths, (int, float)) else list(widths)
    words = text.split()
    space = text_width(" ", size, bold)
    lines: list[str] = []
    current, current_w, i = "", 0.0, 0
    while i < len(words) and len(lines) < max_lines:
        width = widths[len(lines)]
        word_w = text_width(words[i], size, bold)
        candidate_w = current_w + space + word_w if current else word_w
        if candidate_w <= width:  # no kerning: widths add up exactly
            current, current_w, i = (f"{current} {words[i]}" if current else words[i]), candidate_w, i + 1
        elif current:
            lines.append(current)
            current, current_w = "", 0.0
        else:
            head, rest = _fit_word(words[i], width, size, bold)
            lines.append(head)
            if rest:
                words[i] = rest
            else:
                i += 1
    if current and len(lines) < max_lines:
        lines.append(current)
        current = ""
    if i < len(words) or current:
        lines[-1] = _with_ellipsis(lines[-1], widths[len(lines) - 1], size, bold)
    return lines
