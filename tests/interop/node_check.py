"""Runs one of the node checks in tools/ (Mermaid's parser, bpmn.io's reader) on a list of texts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"


def installed_package(folder: str, package: str, setup: str) -> Path:
    """`tools/FOLDER/node_modules/PACKAGE`; skipped without node or the package, failed under CI."""
    found = TOOLS / folder / "node_modules" / package
    if not found.is_dir() or shutil.which("node") is None:
        if os.environ.get("CI"):
            pytest.fail(f"{package} is missing under CI: .ci/run runs tools/{setup}")
        pytest.skip(f"needs node and tools/{setup}")
    return found


def node_check(folder: str, package: str, setup: str, texts: list[str]) -> list[dict]:
    """What `tools/FOLDER/check.mjs` prints for `texts`."""
    installed_package(folder, package, setup)
    done = subprocess.run(["node", "check.mjs"], cwd=TOOLS / folder, input=json.dumps(texts), capture_output=True,
                          text=True, timeout=180, check=True)
    return json.loads(done.stdout)
