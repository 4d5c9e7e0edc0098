"""Poster sheets are cut between sticky notes and stages, not through them, where the map leaves room."""

from __future__ import annotations

import pytest

from salesmap_studio.analysis.geometry import map_geometry
from salesmap_studio.export.pdf import PdfOptions
from salesmap_studio.export.pdf.pages import chosen_page, poster_sheets
from salesmap_studio.export.pdf.poster_plan import poster_plan

from .maps import chain_map


def cut_through(plan, geometry, windows) -> list[str]:
    """The nodes and notes that a sheet's left or top edge (the cut: it lies on top) runs through."""
    bounds, box = geometry.bounds, plan.map_box
    hits = []
    things = {**{i: n.box for i, n in geometry.nodes.items()}, **{i: n.box for i, n in geometry.notes.items()}}
    for thing, rect in things.items():
        left, top = box.x + (rect.x - bounds.x) * plan.scale, box.y + (rect.y - bounds.y) * plan.scale
        right, bottom = left + rect.w * plan.scale, top + rect.h * plan.scale
        for window in windows:
            if (window.x > 0 and left < window.x < right) or (window.y > 0 and top < window.y < bottom):
                hits.append(thing)
    return hits


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_the_extended_template_on_3_by_2_sheets_is_cut_through_no_stage_and_no_note(template, paper):
    geometry = map_geometry(template("extended-b2b", "de"))
    page = chosen_page(PdfOptions(page=paper, poster=(3, 2)), geometry.bounds).size
    plan = poster_plan(geometry, page, 3, 2)
    assert cut_through(plan, geometry, [s.window for s in plan.sheets]) == []


@pytest.mark.parametrize("grid", [(3, 1), (2, 2), (3, 3)])
def test_where_a_cut_cannot_miss_every_stage_it_misses_more_than_the_even_grid(template, grid):
    geometry = map_geometry(template("extended-b2b", "en"))
    page = chosen_page(PdfOptions(page="A4", poster=grid), geometry.bounds).size
    plan = poster_plan(geometry, page, *grid)
    even = cut_through(plan, geometry, [s.window for s in poster_sheets(page, *grid)])
    assert len(cut_through(plan, geometry, [s.window for s in plan.sheets])) < len(even)


def test_the_even_grid_would_cut_through_stages_where_the_plan_does_not(template):
    geometry = map_geometry(template("extended-b2b", "de"))
    page = chosen_page(PdfOptions(page="A4", poster=(3, 2)), geometry.bounds).size
    plan = poster_plan(geometry, page, 3, 2)
    assert cut_through(plan, geometry, [s.window for s in poster_sheets(page, 3, 2)])   # e.g. "Mündliche Zusage"


def test_a_map_that_fills_its_sheets_keeps_the_even_grid():
    geometry = map_geometry(chain_map(120, per_row=20))
    page = chosen_page(PdfOptions(page="A4", poster=(3, 2)), geometry.bounds).size
    plan = poster_plan(geometry, page, 3, 2)
    assert len(plan.sheets) == 6 and not plan.omitted
    assert all(round(a.window.right - b.window.x, 2) >= 28.34 for a, b in zip(plan.sheets, plan.sheets[1:3]))
