"""The presentation reads well: a card as tall as its text, an amber path under the labels, no editing handles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from salesmap_studio.analysis.geometry import link_geometry, node_geometry


@pytest.fixture
def presenting_decision(qtbot, active_window):
    """F5 with the decision "Budget und Fit bestätigt?" selected: the walk starts there."""
    window = active_window("extended-b2b", "de")
    window.selection.set_ids(["fit-confirmed"])
    qtbot.keyClick(window.canvas, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.presentation.active and window.canvas.width() >= window.width() - 4)
    return window


def amber(color) -> bool:
    return color.red() > 220 and 130 < color.green() < 180 and color.blue() < 60


def test_the_card_of_a_short_decision_is_as_tall_as_its_text(presenting_decision):
    window = presenting_decision
    card, view = window.presentation.card, window.canvas.viewport()
    assert "Budget und Fit bestätigt?" in card.text.text()
    assert card.height() < view.height() - 2 * 24 - 40   # before: always the screen's height less its margins


def test_the_amber_path_runs_under_the_yes_label(presenting_decision):
    window = presenting_decision
    chosen = window.presentation.walk.chosen()
    label = link_geometry(window.document, chosen.id).label
    assert label is not None and "Ja" in " ".join(line.text for line in label.lines)
    box = label.background.rect
    canvas = window.canvas
    rect = canvas.mapFromScene(QPointF(box.x, box.y)), canvas.mapFromScene(QPointF(box.x + box.w, box.y + box.h))
    picture = canvas.viewport().grab().toImage()
    inside = [picture.pixelColor(x, y) for x in range(rect[0].x() + 2, rect[1].x() - 2)
              for y in range(rect[0].y() + 2, rect[1].y() - 2)]
    assert inside and not any(amber(c) for c in inside)


def test_no_link_handles_show_on_a_hovered_node_while_presenting(qtbot, presenting_decision):
    window = presenting_decision
    canvas = window.canvas
    box = node_geometry(window.document, "fit-confirmed").box
    qtbot.mouseMove(canvas.viewport(), canvas.mapFromScene(QPointF(box.x + box.w / 2, box.y + box.h / 2)))
    right = canvas.mapFromScene(QPointF(box.x + box.w, box.y + box.h / 2))
    picture = canvas.viewport().grab().toImage()
    handle = picture.pixelColor(right)
    assert handle.name() != "#2b6cb0"   # the handles' blue
