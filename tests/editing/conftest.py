"""Fixtures for the editing layer: a facade on a fresh map, and the undo/redo check."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from salesmap_studio.editing import Modeling


@pytest.fixture
def modeling(doc, qapp) -> Modeling:
    return Modeling(doc, QUndoStack())


@pytest.fixture
def one_step(modeling):
    """Runs an edit, then proves it is one undo step that restores the map exactly.

    Returns what the edit returned; the document is left in its "after" state.
    """

    def run(edit):
        doc, stack = modeling.doc, modeling.undo_stack
        before, steps = doc.to_dict(), stack.count()
        result = edit()
        after = doc.to_dict()
        assert after != before, "the edit changed nothing"
        assert stack.count() == steps + 1, "the edit was not exactly one undo step"
        stack.undo()
        assert doc.to_dict() == before
        stack.redo()
        assert doc.to_dict() == after
        return result

    return run
