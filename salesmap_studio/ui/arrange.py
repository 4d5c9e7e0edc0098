"""Arrange ▸ Align and Distribute: tidy a selection in one undo step.

The first node picked is the anchor the others line up with.
"""

from __future__ import annotations


def _picked(window) -> list:
    doc = window.document
    out = []
    for item_id in window.selection.ids():
        if doc.has_node(item_id):
            out.append(doc.node(item_id))
        elif doc.has_note(item_id):
            out.append(doc.note(item_id))
    return out


def align_in_row(window) -> None:
    """Same height as the first picked: a straight row."""
    items = _picked(window)
    if len(items) >= 2:
        y = items[0].y
        window.modeling.set_positions({e.id: (e.x, y) for e in items}, "Align in a row")


def align_in_column(window) -> None:
    items = _picked(window)
    if len(items) >= 2:
        x = items[0].x
        window.modeling.set_positions({e.id: (x, e.y) for e in items}, "Align in a column")


def distribute_across(window) -> None:
    """Even gaps from left to right between the leftmost and the rightmost."""
    items = sorted(_picked(window), key=lambda e: e.x)
    if len(items) >= 3:
        first, last = items[0].x, items[-1].x
        step = (last - first) / (len(items) - 1)
        window.modeling.set_positions({e.id: (first + i * step, e.y) for i, e in enumerate(items)},
                                      "Distribute across")


def snap_to_grid(window, on: bool) -> None:
    window.canvas.snap_to_grid = on
