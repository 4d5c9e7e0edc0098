"""Objects a window holds are kept out of Python's full garbage collections while it is open
(`ui/long_lived.py`), and given back when it closes: a closed map is freed, not kept frozen."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import weakref

from salesmap_studio.persistence import save
from salesmap_studio.ui import file_actions

from tests.conftest import TEMPLATES

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


# Three maps with undo steps; File ▸ Close on one while the collector runs at nearly every
# allocation (through the window's teardown and the collection after it). In a child process:
# a crash is a failed test, not a dead test runner.
CLOSE_ONE_OF_THREE = f"""
import gc
from PySide6.QtWidgets import QApplication
from salesmap_studio.persistence import load
from salesmap_studio.ui.main_window import MainWindow

app = QApplication([])
windows = [MainWindow(load({str(TEMPLATES / "five-step.en.smap")!r})) for _ in range(3)]
for window in windows:
    window.show()
    for n in range(5):
        window.modeling.add_node("stage", 200 * n, 900, name=f"Stage {{n}}")
    window.menu_actions["Undo"].trigger()
for _ in range(10):
    app.processEvents()
closing = windows.pop(0)
closing.undo_stack.setClean()
gc.set_threshold(1, 1, 1)
closing.menu_actions["&Close"].trigger()
del closing
for _ in range(10):
    app.processEvents()
for window in windows:
    window.menu_actions["Undo"].trigger()
print(*(len(window.document.stages()) for window in windows))
"""


def test_closing_one_of_several_windows_while_the_collector_runs_leaves_the_others_working():
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", CLOSE_ONE_OF_THREE], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, f"the app died as a window closed:\n{done.stderr[-2000:]}"
    assert done.stdout.split() == ["8", "8"], "each other map kept its edits: 5 stages, 5 added, 2 undone"


def test_the_collector_waits_while_an_edit_and_its_listeners_run_and_comes_back_after(window_for, template):
    """Edit ▸ Select All, Delete and Undo: each step's listeners (canvas, panels) run with the garbage
    collector held back, and it is on again once the step is done."""
    from salesmap_studio.model.events import CHANGED

    window = window_for(template("extended-b2b", "en"))
    during = []
    window.document.events.subscribe(CHANGED, lambda change: during.append(gc.isenabled()))
    for action in ("Select &All", "De&lete", "Undo"):
        window.menu_actions[action].trigger()
        assert gc.isenabled(), action
    assert len(window.document) > 0 and during == [False, False]   # Delete and Undo, one announcement each
