"""Autosave writes its snapshot on a worker thread: what it holds, and what a save meanwhile leaves."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.persistence import load
from salesmap_studio.ui.recovery import autosave, snapshots
from salesmap_studio.ui.recovery.snapshots import read_snapshot
from tests.conftest import TEMPLATES


@pytest.fixture
def window(window_for, tmp_path):
    path = tmp_path / "workshop.smap"
    shutil.copy(TEMPLATES / "five-step.de.smap", path)
    return window_for(load(path), path)


def test_the_snapshot_holds_the_map_as_it_was_when_the_write_began(qtbot, window):
    window.modeling.add_note(0, 0, "Before the snapshot")
    expected = window.document.to_dict()
    window.autosaver.write_soon()                        # what the quiet timer does
    window.modeling.add_note(0, 200, "After the snapshot began")
    snapshot = window.autosaver.file
    qtbot.waitUntil(snapshot.exists, timeout=3000)
    assert read_snapshot(snapshot).load().to_dict() == expected
    # The later edit is not forgotten: the next quiet moment writes it.
    qtbot.waitUntil(lambda: "After the snapshot began" in snapshot.read_text(encoding="utf-8"), timeout=4000)
    assert read_snapshot(snapshot).load().to_dict() == window.document.to_dict()


def test_saving_while_a_snapshot_is_written_leaves_no_snapshot_behind(qtbot, window, monkeypatch):
    # The worker's write is held until the UI thread waits for it, so the save always lands
    # while the snapshot is under way (without such a hold, which comes first is up to the threads).
    waited = threading.Event()
    real_atomic_write, real_wait = snapshots.atomic_write, autosave.wait

    def held_write(path, data):
        waited.wait()
        real_atomic_write(path, data)

    def wait_and_let_go(futures):
        waited.set()
        return real_wait(futures)

    monkeypatch.setattr(snapshots, "atomic_write", held_write)
    monkeypatch.setattr(autosave, "wait", wait_and_let_go)
    window.modeling.add_note(0, 0, "Unsaved")
    window.autosaver.write_soon()
    qtbot.keyClick(window.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.isClean()
    window.autosaver.write_now()                         # nothing to write: waits for the worker
    assert not window.autosaver.file.exists()
    assert window.statusBar().currentMessage().startswith("Saved")   # no "Autosave failed" either


def test_a_failed_background_write_says_so_and_is_tried_again(qtbot, window, monkeypatch):
    def full_disk(path, data):
        raise OSError(28, "No space left on device")

    real_atomic_write = snapshots.atomic_write
    monkeypatch.setattr(snapshots, "atomic_write", full_disk)
    window.modeling.add_note(0, 0, "Unsaved")
    window.autosaver.write_soon()
    qtbot.waitUntil(lambda: "No space left" in window.statusBar().currentMessage(), timeout=3000)
    monkeypatch.setattr(snapshots, "atomic_write", real_atomic_write)
    window.autosaver.write_now()                         # still pending: written now
    assert "Unsaved" in window.autosaver.file.read_text(encoding="utf-8")
