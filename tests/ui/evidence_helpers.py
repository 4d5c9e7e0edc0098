"""Deal history loaded the way a user does: File ▸ Load Deal History… with the file dialog answered."""

from __future__ import annotations

from salesmap_studio.persistence import load
from salesmap_studio.ui import evidence_panel

from ..evidence.helpers import FIVE_STEP, FIXTURES

STORY = FIXTURES / "salesforce_opportunity_history.csv"


def window_with_history(window_for, qtbot, monkeypatch, path=STORY, smap=FIVE_STEP):
    window = window_for(load(smap))
    monkeypatch.setattr(evidence_panel, "ask_history_path", lambda parent: str(path))
    window.load_history_action.trigger()
    qtbot.waitUntil(lambda: window.evidence_panel.data is not None, timeout=60000)
    return window
