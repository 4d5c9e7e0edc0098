"""The layers below the UI run without Qt: importing them loads no PySide6 module."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
QT_FREE = ["salesmap_studio.model", "salesmap_studio.persistence", "salesmap_studio.analysis",
           "salesmap_studio.interop"]
if importlib.util.find_spec("salesmap_studio.export.pdf") is not None:
    QT_FREE.append("salesmap_studio.export.pdf")


def modules_after_importing(module: str) -> list[str]:
    """sys.modules of a fresh interpreter that imported `module` (and its subpackages' `__init__`)."""
    code = (
        "import importlib, json, pkgutil, sys\n"
        f"package = importlib.import_module({module!r})\n"
        "for info in pkgutil.walk_packages(getattr(package, '__path__', []), package.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("module", QT_FREE)
def test_layer_imports_no_qt(module):
    loaded = modules_after_importing(module)
    assert module in loaded
    assert [name for name in loaded if name.split(".")[0] in ("PySide6", "shiboken6")] == []


def test_the_command_line_loads_no_qt_until_the_editor_opens():
    loaded = modules_after_importing("salesmap_studio.cli")
    assert not any(name.startswith("PySide6") for name in loaded)


def test_interop_reaches_only_analysis_persistence_and_model():
    loaded = modules_after_importing("salesmap_studio.interop")
    ours = {name.split(".")[1] for name in loaded if name.startswith("salesmap_studio.") and name.count(".") >= 1}
    assert ours <= {"interop", "analysis", "persistence", "model", "resources"}   # resources: the font
