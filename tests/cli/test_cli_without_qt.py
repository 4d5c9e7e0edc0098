"""The command line works where Qt cannot start (a server, CI): `lint`, `export MAP.pdf` and the
rest load no PySide6 module until the editor opens. (That the layers below ui import no Qt at all
is an import contract in pyproject.toml; this is the lazy import the contracts cannot see.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_command_line_loads_no_qt_until_the_editor_opens():
    code = (
        "import importlib, json, pkgutil, sys\n"
        "package = importlib.import_module('salesmap_studio.cli')\n"
        "for info in pkgutil.walk_packages(package.__path__, 'salesmap_studio.cli.'):\n"
        "    importlib.import_module(info.name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "salesmap_studio.cli" in json.loads(done.stdout)
    assert not [name for name in json.loads(done.stdout) if name.split(".")[0] in ("PySide6", "shiboken6")]
