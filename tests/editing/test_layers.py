"""The editing layer stays below the widgets (DESIGN.md: layers)."""

from __future__ import annotations

import subprocess
import sys


def test_should_import_the_editing_layer_without_qt_widgets():
    probe = "import sys, salesmap_studio.editing; print('PySide6.QtWidgets' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
