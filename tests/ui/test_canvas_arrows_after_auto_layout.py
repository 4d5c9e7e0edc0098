"""Arrange ▸ Auto Layout on the five-step template: the canvas draws the "Price too high" loop's arrow into
Research's side that faces the gap, clear of "Back to nurture" standing just under Research."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.analysis.geometry import node_box

from tests.analysis.test_arrow_ends_apart import CLEAR, distance_to_box


@pytest.mark.parametrize("lang", ["en", "de"])
def test_after_auto_layout_the_loop_arrow_points_at_research_alone(window_for, template, qtbot, lang):
    window = window_for(template("five-step", lang))
    window.activateWindow()
    steps = window.undo_stack.count()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.undo_stack.count() == steps + 1)   # laid out
    doc, arrow = window.document, window.canvas.scene().item("l8").geometry.arrow
    research, nurture = node_box(doc.node("research")), node_box(doc.node("nurture"))
    tip, base = arrow[0], ((arrow[1][0] + arrow[2][0]) / 2, (arrow[1][1] + arrow[2][1]) / 2)
    assert math.isclose(tip[0], research.right) and research.y < tip[1] < research.bottom   # on its right side
    assert distance_to_box(nurture, base) >= CLEAR   # before: 9 px above "Back to nurture"
