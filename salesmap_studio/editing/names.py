"""Names a new node starts with, in the map's language (the user renames it at once)."""

from __future__ import annotations

_NAMES = {
    "en": {
        "stage": "New stage",
        "decision": "Decision?",
        "won": "Closed won",
        "lost": "Closed lost",
        "nurture": "Back to nurture",
    },
    "de": {
        "stage": "Neue Phase",
        "decision": "Entscheidung?",
        "won": "Gewonnen",
        "lost": "Verloren",
        "nurture": "Zurück ins Nurturing",
    },
}


def default_name(language: str, kind: str, result: str | None = None) -> str:
    """The starting name of a node of `kind` (an outcome by its `result`)."""
    names = _NAMES.get(language.split("-")[0].lower(), _NAMES["en"])
    return names[result if kind == "outcome" else kind]
