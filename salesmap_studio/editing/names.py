"""Names a new node starts with, in the map's language (the user renames it at once)."""

from __future__ import annotations

from ..analysis.words import say


def default_name(language: str, kind: str, result: str | None = None) -> str:
    """The starting name of a node of `kind` (an outcome by its `result`)."""
    return say("new-" + (result if kind == "outcome" else kind), language)
