"""The house plan is a checked fact: `lint-imports` runs the import contracts of pyproject.toml
(the layer order, no Qt below ui but in the Qt exporters) and must keep every one of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_every_import_contract_is_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"   # installed by the test extras
    done = subprocess.run([str(lint_imports), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout and "Contracts: 3 kept" in done.stdout, "no contract went missing"
