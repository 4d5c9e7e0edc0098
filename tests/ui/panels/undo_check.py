"""The check every edit gets, for panels tested without a window (see `tests/ui/helpers.py`)."""

from __future__ import annotations

from types import SimpleNamespace

from ..helpers import assert_one_undo_step


def one_undo_step(stack, doc, before: dict, steps_before: int | None = None) -> dict:
    """The last edit changed the map, undo gives `before` back, redo the result (which is returned).

    `steps_before`, when given, also proves the edit added exactly one undo step.
    """
    steps = stack.count() - 1 if steps_before is None else steps_before
    return assert_one_undo_step(SimpleNamespace(document=doc, undo_stack=stack), before, steps)
