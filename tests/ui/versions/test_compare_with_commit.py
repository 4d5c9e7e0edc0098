"""Compare With… a commit of the file, when the map lives in a git work tree (git log and git show,
no network), chosen in the real dialog."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from salesmap_studio.persistence import load
from salesmap_studio.resources import template_path
from salesmap_studio.ui import comparison
from salesmap_studio.ui.compare_sources import SourceDialog

from .test_compare_with import file_action


def git(*args, cwd):
    env = dict(os.environ, GIT_AUTHOR_NAME="A", GIT_AUTHOR_EMAIL="a@example.org", GIT_COMMITTER_NAME="A",
               GIT_COMMITTER_EMAIL="a@example.org", GIT_CONFIG_NOSYSTEM="1", HOME=str(cwd))
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, timeout=60)


@pytest.fixture
def committed_map(tmp_path):
    path = tmp_path / "map.smap"
    path.write_bytes(template_path("five-step", "en").read_bytes())
    git("init", "-q", cwd=tmp_path)
    git("add", "map.smap", cwd=tmp_path)
    git("commit", "-q", "-m", "The workshop's first map", cwd=tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    doc["nodes"][0]["name"] = "First contact"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


def choose_row_containing(qtbot, text: str, chosen: list) -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, SourceDialog):
        QTimer.singleShot(20, lambda: choose_row_containing(qtbot, text, chosen))
        return
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    chosen.extend(rows)
    row = next(i for i, label in enumerate(rows) if text in label)
    rect = dialog.list.visualItemRect(dialog.list.item(row))
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_a_commit_of_the_file_is_offered_and_compared(qtbot, window_for, committed_map):
    window = window_for(load(committed_map), committed_map)
    chosen: list[str] = []
    QTimer.singleShot(0, lambda: choose_row_containing(qtbot, "The workshop's first map", chosen))
    file_action(window, "Compare &With…").trigger()
    panel = window.findChild(comparison.ComparisonPanel)
    qtbot.waitUntil(panel.isVisible)
    assert chosen[0] == "Another map file…" and any(row.startswith("Commit ") for row in chosen)
    lines = [panel.changes.item(i).text() for i in range(panel.changes.count())]
    assert lines == ["Stage “Prospect” renamed to “First contact”"]
    assert window.canvas.scene().item("prospect").mark == "changed"
