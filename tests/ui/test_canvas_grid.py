"""Snap to Grid shows its grid: quiet dots behind the map while snapping is on, none when it is off."""

from __future__ import annotations

from salesmap_studio.ui.canvas.grid import DOT, visible_step
from salesmap_studio.ui.preferences import SNAP_ACTION

from .pixels import count_near


def dot_pixels(window) -> int:
    """How many pixels of the canvas have the grid's colour."""
    return count_near(window.canvas.viewport().grab().toImage(), DOT)


def test_the_grid_shows_while_snapping_is_on_and_follows_its_step(qtbot, window_for, template):
    window = window_for(template("blank", "en"))
    window.canvas.actual_size()
    without = dot_pixels(window)   # the empty map's hint has a few grey pixels of its own
    window.menu_actions[SNAP_ACTION].trigger()   # Arrange → Snap to Grid
    fine = dot_pixels(window) - without
    assert fine > 300
    window.canvas.grid_step = 40.0   # repaints by itself, as when Preferences change the step
    coarse = dot_pixels(window) - without
    assert fine / 6 < coarse < fine / 2   # twice the step: about a quarter of the dots
    window.menu_actions[SNAP_ACTION].trigger()
    assert dot_pixels(window) == without


def test_far_out_every_fifth_dot_is_drawn_so_the_grid_never_turns_into_a_grey_wash():
    assert visible_step(20.0, 1.0) == 20.0
    assert visible_step(20.0, 0.3) == 100.0
    assert visible_step(20.0, 0.05) == 500.0


def test_far_out_the_grid_still_shows_behind_the_overview_picture(qtbot, window_for, template):
    """Below 20 % the canvas blits one picture of the map; the grid must show there too, also inside
    the lanes (the picture is transparent between the shapes)."""
    window = window_for(template("extended-b2b", "en"))
    window.canvas.set_zoom(0.15)
    assert window.canvas.overview.usable(window.canvas.zoom())
    without = dot_pixels(window)
    window.menu_actions[SNAP_ACTION].trigger()
    assert dot_pixels(window) > without + 50
