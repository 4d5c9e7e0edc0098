"""Objects a window holds are kept out of Python's full garbage collections while it is open
(`ui/long_lived.py`), and given back when it closes: a closed map is freed, not kept frozen."""

from __future__ import annotations

import gc
import weakref

from salesmap_studio.persistence import save
from salesmap_studio.ui import file_actions

from .test_big_map_open import library


def test_an_open_map_is_left_out_of_full_collections_and_freed_when_its_window_closes(qtbot, tmp_path):
    path = tmp_path / "library.smap"
    save(library(300), path)
    window = file_actions.open_path(path)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)   # what the window holds is frozen
    document = weakref.ref(window.document)
    items = weakref.ref(window.canvas.scene().item("s1"))
    assert document() is not None
    window.close()
    del window
    qtbot.waitUntil(lambda: document() is None and items() is None)   # collected with its cycles
