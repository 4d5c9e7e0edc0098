"""Measuring and wrapping text with the bundled DejaVu Sans, the same measure for every painter.

Three faces: regular, bold, and condensed bold (names drawn large in projector
view). reportlab's `stringWidth` on the registered TrueType font gives advance widths in
font units; Qt draws the same font a little narrower on kerned pairs only, so a
line that fits here fits on screen, in PNG/SVG and in the PDF.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...resources import font_path
from .font_widths import advance_widths

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CONDENSED = "DejaVuSansCondensed-Bold"   # bold only: names drawn large in projector view fit more letters a line
FACES = {(False, False): REGULAR, (True, False): BOLD, (True, True): CONDENSED}   # (bold, condensed)
ELLIPSIS = "…"


def font_file(bold: bool = False, condensed: bool = False) -> Path:
    return font_path(bold, condensed)


def register_fonts() -> None:
    """Register the bundled fonts with reportlab once (also used by the PDF export)."""
    registered = pdfmetrics.getRegisteredFontNames()
    for (bold, condensed), name in FACES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_file(bold, condensed))))


def font_name(bold: bool, condensed: bool = False) -> str:
    return FACES[bold, condensed]


@lru_cache(maxsize=len(FACES))
def _advances(face: tuple[bool, bool]):
    """The face's advance widths by code point (1/1000 em) and its default, as reportlab keeps them
    (read from the font's two tables that hold them: reportlab's full parse is for the PDF).
    `face` is (bold, condensed)."""
    read = advance_widths(font_file(*face))
    if read is None:
        register_fonts()
        font = pdfmetrics.getFont(font_name(*face)).face
        read = font.charWidths, font.defaultWidth
    widths, default = read
    return widths.get, default


@lru_cache(maxsize=65536)
def text_width(text: str, size: float, bold: bool = False, condensed: bool = False) -> float:
    """Advance width of `text` at `size` scene units (reportlab's `stringWidth`, without its layers)."""
    advance, default = _advances((bold, condensed))
    return 0.001 * size * sum(advance(ord(char), default) for char in text)


VOWELS = set("aeiouyäöüéèáàíóúAEIOUYÄÖÜ")
# Word parts a German reader expects a compound to break at ("Vertriebs-qualifizierter"):
# parts that start the next line, and first parts (with their linking "s") that end a line.
WORD_STARTS = ("qualifiz", "präsentation", "analyse", "interaktion", "bekanntheit", "kunde", "vertrag",
               "prozess", "angebot", "gespräch", "termin", "zusage", "entscheid", "kontakt", "abschluss",
               "implementier", "management", "planung", "prüfung", "lösung", "bedarf", "markt", "pflege",
               "auswert", "entwickl", "zufrieden", "bericht", "heit", "keit", "schaft")
WORD_ENDS = ("vertriebs", "marketing", "lösungs", "bedarfs", "angebots", "vertrags", "bestands", "kunden",
             "neukunden", "entscheidungs", "abschluss", "projekt", "produkt", "termin", "marken", "lead", "unter",
             "ungs", "heits", "keits", "tions", "täts", "schafts", "ings", "fts")  # the last ones: a linking "s"
ONSETS = set("bdfgkpt")  # before "r" or "l" these start a syllable together: "Ver-trieb", "Pro-blem"
SHRINK = (1.0, 0.95, 0.9, 0.85)
LONG_WORD = 256  # letters: a longer word is measured only as far as a line needs  # font sizes tried for a name before a word is broken


def _unbreakable(word: str, n: int) -> bool:
    """A cut inside "ch", "ck" or before the "ch" of "sch" splits one sound."""
    return word[n - 1] in "cC" or (word[n - 1] in "sS" and word[n:n + 2].lower() == "ch")


def _cut_score(word: str, n: int) -> int:
    """How well a break after `word[:n]` reads: 3 at a hyphen or compound joint, 1 at a syllable, else 0."""
    lower = word.lower()
    if word[n - 1] == "-" or lower.startswith(WORD_STARTS, n) or lower[:n].endswith(WORD_ENDS):
        return 3
    if _unbreakable(word, n) or not (word[n].isalpha() and word[n - 1].isalpha()):
        return 0
    if word[n] in VOWELS or n + 1 >= len(word):
        return 0
    if word[n].lower() in "rl" and word[n - 1].lower() in ONSETS and word[n - 2:n].lower() != "ck":
        return 0  # keeps "tr", "bl" … together
    if word[n + 1] in VOWELS:
        return 1  # one consonant starts the next syllable: "qua-li-fi-zier-ter"
    pair_then_vowel = n + 2 < len(word) and word[n + 2] in VOWELS
    return 1 if word[n].lower() in ONSETS and word[n + 1].lower() in "rl" and pair_then_vowel else 0


def _best_cut(word: str, longest: int) -> int:
    """The cut to use when at most `longest` letters fit: a joint anywhere, a syllable near the end."""
    joints = [n for n in range(longest, 2, -1) if _cut_score(word, n) == 3]
    if joints:
        return joints[0]
    syllables = [n for n in range(longest, max(longest - 5, 2), -1) if _cut_score(word, n) == 1]
    return syllables[0] if syllables else longest


def _fitting(word: str, width: float, size: float, face: tuple[bool, bool], after: str = "") -> int:
    """How many leading letters of `word`, followed by `after`, fit in `width` (one pass: the widths add up)."""
    advance, default = _advances(face)
    tail = sum(advance(ord(char), default) for char in after)
    total = 0
    for n, char in enumerate(word):
        total += advance(ord(char), default)
        if 0.001 * size * (total + tail) > width:
            return n
    return len(word)


def _fit_word(word: str, width: float, size: float, face: tuple[bool, bool]) -> tuple[str, str]:
    """Split a word too long for one line: a head that fits (hyphenated), and the rest (both 3+ letters)."""
    cut = min(len(word) - 3, _fitting(word, width, size, face, "-"))  # leave three letters for the next line
    if cut <= 2:  # the box is too narrow for three letters and a hyphen: cut without one
        cut = max(1, _fitting(word, width, size, face))
        return word[:cut], word[cut:]
    cut = _best_cut(word[:cut + 16], cut)  # a cut looks at most 13 letters ahead: the rest of a long word is not read
    return (word[:cut] if word[cut - 1] == "-" else word[:cut] + "-"), word[cut:]


def fit_name(text: str, widths: float | list[float], size: float, bold: bool = False,
             max_lines: int = 3) -> tuple[list[str], float]:
    """The lines of a name and the font size they are drawn at.

    A name whose longest word does not fit is tried a little smaller (down to
    85 %) before a word is broken; a name that does not fit at all ends with an
    ellipsis, as in `wrap`.
    """
    fallback = None
    for scale in SHRINK:
        lines = wrap(text, widths, size * scale, bold, max_lines)
        whole = len(" ".join(lines).split()) == len(text.split()) and not lines[-1].endswith(ELLIPSIS)
        if whole and not any(line.endswith("-") for line in lines):
            return lines, size * scale
        if fallback is None and not lines[-1].endswith(ELLIPSIS):
            fallback = lines, size * scale
    return fallback or (lines, size * SHRINK[-1])


def _with_ellipsis(line: str, width: float, size: float, face: tuple[bool, bool]) -> str:
    line = line.rstrip()
    while line and text_width(line + ELLIPSIS, size, *face) > width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS


def _word_width(word: str, width: float, size: float, face: tuple[bool, bool]) -> float:
    """The word's width, or infinity for a long word whose start is already too wide (not measured in full)."""
    if len(word) > LONG_WORD and text_width(word[:LONG_WORD], size, *face) > width:
        return float("inf")
    return text_width(word, size, *face)


def wrap(text: str, widths: float | list[float], size: float, bold: bool = False,
         max_lines: int = 3, condensed: bool = False) -> list[str]:
    """Break `text` into at most `max_lines` lines no wider than their width.

    `widths` is one width for every line or one per line (a diamond is narrower at
    the top and bottom). Words longer than a line are split; text that does not
    fit ends with an ellipsis on the last line. `condensed`: measured in the
    condensed bold face.
    """
    widths = [widths] * max_lines if isinstance(widths, (int, float)) else list(widths)
    words = text.split()
    face = (bold, condensed)
    space = text_width(" ", size, *face)
    lines: list[str] = []
    current, current_w, i = "", 0.0, 0
    while i < len(words) and len(lines) < max_lines:
        width = widths[len(lines)]
        word_w = _word_width(words[i], width, size, face)
        candidate_w = current_w + space + word_w if current else word_w
        if candidate_w <= width:  # no kerning: widths add up exactly
            current, current_w, i = (f"{current} {words[i]}" if current else words[i]), candidate_w, i + 1
        elif current:
            lines.append(current)
            current, current_w = "", 0.0
        else:
            head, rest = _fit_word(words[i], width, size, face)
            lines.append(head)
            if rest:
                words[i] = rest
            else:
                i += 1
    if current and len(lines) < max_lines:
        lines.append(current)
        current = ""
    if i < len(words) or current:
        lines[-1] = _with_ellipsis(lines[-1], widths[len(lines) - 1], size, face)
    return lines
