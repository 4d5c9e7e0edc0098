"""German stage names on cards: a little smaller before a word is broken, and broken where a reader expects."""

from __future__ import annotations

import pytest

from salesmap_studio.analysis.geometry import node_geometry, text_width, wrap
from salesmap_studio.analysis.geometry.shapes import NAME_SIZE
from salesmap_studio.analysis.geometry.text import fit_name
from salesmap_studio.model import MapInfo, SalesMap, Stage


def card(name: str):
    doc = SalesMap.from_parts(MapInfo(language="de"), nodes=[Stage(id="s", name=name)])
    geo = node_geometry(doc, "s")
    return geo, geo.lines[:geo.detail_from]


def broken_pieces(lines: list[str]) -> list[tuple[str, str]]:
    """(end of a line, start of the next) wherever a word was hyphenated across lines."""
    return [(a.split()[-1], b.split()[0]) for a, b in zip(lines, lines[1:]) if a.endswith("-")]


@pytest.mark.parametrize("name", ["extended-b2b", "five-step"])
def test_german_template_names_fit_their_cards_without_fragments_under_three_letters(template, name):
    doc = template(name, "de")
    for node in doc.nodes():
        geo = node_geometry(doc, node.id)
        lines = geo.lines[:geo.detail_from]
        assert all(geo.box.x <= line.x and line.x + line.width <= geo.box.right for line in lines), node.name
        assert all(line.size >= 0.85 * line_size(node.kind) for line in lines)
        assert not lines[-1].text.endswith("…"), node.name
        for head, tail in broken_pieces([line.text for line in lines]):
            assert len(head.rstrip("-")) >= 3 and len(tail) >= 3, (node.name, head, tail)


def line_size(kind: str) -> float:
    return {"stage": NAME_SIZE, "outcome": NAME_SIZE, "decision": 13.0}[kind]


def test_a_compound_that_almost_fits_is_set_a_little_smaller_instead_of_broken():
    _, lines = card("Vertriebsqualifizierter Lead (SQL)")
    assert [line.text for line in lines] == ["Vertriebsqualifizierter", "Lead (SQL)"]
    assert 0.85 * NAME_SIZE <= lines[0].size < NAME_SIZE


def test_a_compound_too_long_even_smaller_breaks_at_its_joint():
    _, lines = card("Marketingqualifizierter Lead (MQL)")
    assert [line.text for line in lines][:2] == ["Marketing-", "qualifizierter Lead"]


@pytest.mark.parametrize("word, first", [
    ("Vertriebsqualifizierter", "Vertriebs-"), ("Lösungspräsentation", "Lösungs-"),
    ("Markenbekanntheit", "Marken-"), ("Geschäftsentwicklung", "Geschäfts-"), ("Bedarfsanalyse", "Bedarfs-"),
])
def test_a_narrow_line_breaks_german_compounds_between_their_parts(word, first):
    lines = wrap(word, 100.0, 15.0, True, 3)
    assert lines[0] == first
    assert all(text_width(line, 15.0, True) <= 100.0 for line in lines)


def test_without_a_known_part_the_break_falls_between_syllables_not_after_any_vowel():
    lines = wrap("Implementierung", 100.0, 15.0, True, 3)
    assert lines == ["Implemen-", "tierung"]
    assert wrap("Problembehandlung", 60.0, 15.0, True, 3)[0] == "Pro-"


def test_a_name_that_fits_keeps_the_full_size():
    assert fit_name("Angebot", 166.0, NAME_SIZE, True, 3) == (["Angebot"], NAME_SIZE)
