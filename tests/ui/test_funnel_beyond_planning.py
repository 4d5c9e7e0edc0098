"""A funnel where fewer than one deal in a billion wins: the panel says so in the UI's language, never "inf"."""

from __future__ import annotations

from salesmap_studio.persistence import load
from salesmap_studio.ui.funnel_panel import FunnelPanel
from tests.persistence.conftest import FIXTURES

from .dock_helpers import shown_dock


def shown_problem(window_for) -> tuple[str, list[str]]:
    panel = shown_dock(window_for(load(FIXTURES / "infinite-funnel.smap")), FunnelPanel)
    assert not panel.problem.isHidden()
    return panel.problem.text(), [label.text() for label in panel.figures.values()]


def test_should_say_in_words_that_the_funnel_cannot_be_planned(window_for):
    problem, figures = shown_problem(window_for)
    assert problem.startswith("Fewer than one deal in a billion wins")
    assert figures == ["–"] * len(figures)


def test_should_say_it_in_german_in_a_german_ui_for_an_english_map(german, window_for):
    problem, _ = shown_problem(window_for)
    assert problem.startswith("Weniger als ein Deal von einer Milliarde wird gewonnen")
