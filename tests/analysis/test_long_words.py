"""A sticky note of one 20,000-letter word wraps by reading about one line's letters per line, not the word
again for every letter (it froze the editor for 13 s), and breaks exactly where a short word would."""

from __future__ import annotations

from salesmap_studio.analysis.geometry import note_geometry
from salesmap_studio.analysis.geometry import text as text_module
from salesmap_studio.model import MapInfo, Note, SalesMap


def lines_of(text: str) -> list[str]:
    doc = SalesMap.from_parts(MapInfo(), notes=[Note(id="n", text=text)])
    return [line.text for line in note_geometry(doc, "n").lines]


def test_a_20000_letter_note_is_wrapped_reading_only_what_its_lines_show(monkeypatch):
    real = text_module._advances((False, False))
    read = []

    def counting(char, default):
        read.append(char)
        return real[0](char, default)

    monkeypatch.setattr(text_module, "_advances", lambda face: (counting, real[1]))
    text_module.text_width.cache_clear()
    lines = lines_of("x" * 20_000)
    text_module.text_width.cache_clear()
    assert len(lines) == 6 and lines[-1].endswith("…")
    assert len(read) < 4_000, f"{len(read):,} letters measured for {sum(map(len, lines))} shown"


def test_a_long_word_breaks_where_a_short_one_does():
    long, short = lines_of("Vertriebsqualifizierung" * 800), lines_of("Vertriebsqualifizierung" * 4)
    assert long[:3] == short[:3]
    assert all(line.endswith("-") for line in long[:5])
