"""Python's garbage collector may free an editing facade and its undo history at any moment.

Shiboken (6.11) clears a garbage cycle one wrapper at a time, and a pushed
step's wrapper cleared before its undo stack takes the step back from the stack and deletes it;
the stack then deletes it again: a segmentation fault inside the collector. It crashed the UI
tests when a window closed (`ui/long_lived.py` collects then) and freed an earlier panel test's
facade; in the app, a crash there takes every open map with it.
The collections run in a child process: a crash there is a failed test, not a dead test runner.
"""

from __future__ import annotations

import os
import subprocess
import sys

# A panel's way of holding a map: a facade on a Python-owned stack, a listener on the document
# (a cycle only the collector frees). The stack is frozen first and its steps come later, as
# when a window opens (`long_lived.window_opened`): unfrozen, the steps come before the stack
# in the collector's list and are cleared first.
CHILD = """
import gc
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from salesmap_studio.editing import Modeling
from salesmap_studio.model import MapInfo, SalesMap
from salesmap_studio.model.events import CHANGED

app = QApplication([])
for _ in range(3):
    class Panel:
        def changed(self, change): pass
    panel = Panel()
    panel.modeling = Modeling(SalesMap.from_parts(MapInfo(title="Map")), QUndoStack())
    panel.modeling.doc.events.subscribe(CHANGED, panel.changed)
    gc.freeze()
    for n in range(5):
        panel.modeling.add_node("stage", 200 * n, 100, name=f"Stage {n}")
    panel.modeling.undo_stack.undo()
    gc.collect()
    del panel
    gc.unfreeze()
    gc.collect()
print("collected")
"""


def test_a_facade_and_its_undo_steps_are_collected_without_a_crash():
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", CHILD], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, f"the collector crashed freeing undo steps:\n{done.stderr[-2000:]}"
    assert done.stdout.split() == ["collected"]

