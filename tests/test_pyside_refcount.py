"""Guard against the PySide6 6.12.0 defect: every void Qt call dropped a reference to None.

On CPython 3.11 that aborts the interpreter after a few thousand calls
("Fatal Python error: none_dealloc"), so the calls run in a child process:
a crash there is a failed test, not a dead test runner.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import version

CALLS = 20_000
CHILD = f"""
import sys
from PySide6.QtCore import QObject, QPointF
obj, point = QObject(), QPointF()
before = sys.getrefcount(None)
for i in range({CALLS}):
    obj.setObjectName("x")
    point.setX(i)
print(before, sys.getrefcount(None))
"""


def installed_pyside() -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version("PySide6-Essentials"))[:2])


def test_installed_pyside_is_older_than_the_broken_release():
    assert installed_pyside() < (6, 12), "PySide6 6.12.0 drops references to None; keep it <6.12 (see DESIGN.md)"


def test_void_qt_calls_keep_the_reference_count_of_none():
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"the interpreter died after void Qt calls:\n{done.stderr[-2000:]}"
    before, after = map(int, done.stdout.split())
    assert after >= before - 100, f"None lost {before - after} references over {2 * CALLS} void calls"
