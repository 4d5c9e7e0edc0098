"""The parking lot after the map: every sticky note as an open question with a tick box.

Notes are listed in the order of the app's Parking lot panel (the document's
order), so the printed list and the panel read the same in the follow-up meeting.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ...analysis.words import say
from .playbook import Bookmark, para


def parking_lot_story(doc, language: str) -> list[Flowable]:
    notes = [note for note in doc.notes() if note.text.strip()]
    story: list[Flowable] = [CondPageBreak(110), Bookmark("parking-lot", say("parking-lot", language), 0),
                             para(say("parking-lot", language), "h1")]
    if not notes:
        return story + [para(say("parking-lot-empty", language), "facts")]
    story += [para(say("parking-lot-intro", language, n=len(notes)), "facts"), Spacer(0, 6)]
    for note in notes:   # a little air between questions: the printout is written on in the follow-up
        story += [para(f"☐  {note.text.strip()}", "item"), Spacer(0, 8)]
    return story
