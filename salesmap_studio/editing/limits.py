"""Refusing an edit that would take the map past a count of the spec ("Sizes"): the saved file would be
refused when it is opened again. The counts are the model's (`model.limits`)."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model.limits import (MAX_LANES, MAX_LINKS, MAX_NODES, MAX_NOTES, MAX_PHASES, MOST_IN_ALL, entity_counted,
                            in_all)
from .errors import locale_number, refused

_MOST = {  # what is added -> (the most a map holds, how many it holds now, the sentence)
    "nodes": (MAX_NODES, lambda doc: len(doc), QT_TRANSLATE_NOOP("Editing", "A map holds at most {most} nodes.")),
    "links": (MAX_LINKS, lambda doc: len(doc.links()),
              QT_TRANSLATE_NOOP("Editing", "A map holds at most {most} links.")),
    "notes": (MAX_NOTES, lambda doc: len(doc.notes()),
              QT_TRANSLATE_NOOP("Editing", "A map holds at most {most} sticky notes.")),
    "lanes": (MAX_LANES, lambda doc: len(doc.lanes()),
              QT_TRANSLATE_NOOP("Editing", "A map holds at most {most} lanes.")),
    "phases": (MAX_PHASES, lambda doc: len(doc.phases()),
               QT_TRANSLATE_NOOP("Editing", "A map holds at most {most} phases.")),
}
_IN_ALL = {
    "steps": QT_TRANSLATE_NOOP("Editing", "A map holds at most {most} checklist items and substeps in all "
                                          "(this change would make {count})."),
    "points": QT_TRANSLATE_NOOP("Editing", "A map holds at most {most} bend points in all "
                                           "(this change would make {count})."),
}


def check_room(doc, **added: int) -> None:
    """Raises the ValueError for the first kind of item (`nodes=1`, `lanes=1`, …) of which the map would
    then hold more than the spec allows."""
    for kind, count in added.items():
        most, held, sentence = _MOST[kind]
        if count and held(doc) + count > most:
            raise refused(sentence, most=locale_number(most))


def check_in_all(doc, total: str, old: Iterable, new: Iterable) -> None:
    """Raises the ValueError when replacing the entities `old` with `new` takes the map's `total`
    ("steps": checklist items and substeps, "points": bend points) past its limit."""
    grows = sum(entity_counted(item, total) for item in new) - sum(entity_counted(item, total) for item in old)
    if grows <= 0:
        return
    count = in_all(doc, total) + grows
    if count > MOST_IN_ALL[total]:
        raise refused(_IN_ALL[total], most=locale_number(MOST_IN_ALL[total]), count=locale_number(count))
