"""The safety net (issue 12): an unexpected exception keeps the work and says where the report is;
a hard crash is logged, and the next start says so and offers the unsaved map back.

Each run is the real app in its own process, with its own data and settings folders.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from tests.app_scripts import PRELUDE, run_after
from tests.test_crash_recovery import ROOT, TEMPLATE, app_env

# A bug in Save: Ctrl+S raises. The dialog is read, "Save a Copy…" is clicked, then the app quits.
BUG_ON_SAVE = PRELUDE + textwrap.dedent("""
    def broken(window, path):
        raise RuntimeError("a bug in saving")

    file_actions._write = broken
    copy = sys.argv[2]
    file_actions.ask_save_path = lambda parent, suggestion: copy

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        say(title=box.windowTitle(), text=box.text(), detail=box.informativeText(),
            buttons=[b.text() for b in box.buttons()])
        save = next(b for b in box.buttons() if b.text().startswith("Save a Copy"))
        QTest.mouseClick(save, Qt.MouseButton.LeftButton)

    def edit_then_save():
        window = type_a_stage("Stage typed before the bug")
        QTimer.singleShot(0, answer)
        QTest.keyClick(window.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        say(alive=True, modified=window.isWindowModified())
        window.undo_stack.setClean()
        QApplication.quit()

""") + run_after(500, "edit_then_save", "[sys.argv[1]]")

# A hard crash after an edit (what a fault inside Qt looks like to Python).
CRASH_AFTER_EDIT = PRELUDE + textwrap.dedent("""
    import faulthandler

    def edit_then_crash():
        window = type_a_stage("Stage typed before the crash")
        window.autosaver.write_now()
        faulthandler._sigsegv()

""") + run_after(500, "edit_then_crash", "[sys.argv[1]]")

# The next start: the crash message and the recovery dialog are read instead of shown.
NEXT_START = PRELUDE + textwrap.dedent("""
    from salesmap_studio.ui.recovery import startup
    from salesmap_studio.ui.recovery.dialog import RecoveryDialog

    def read_box(box):
        say(crash_message=box.text(), logs=box.informativeText())
        return 0

    def read_recovery(dialog):
        say(offered=[dialog.maps.item(r).text() for r in range(dialog.maps.count())])
        sys.exit(0)

    QMessageBox.exec = read_box
    RecoveryDialog.exec = read_recovery
    startup.open_start_screen = lambda: (say(offered=[]), sys.exit(0))
    app.run([])
""")


def run(script: str, env: dict, *args: str, check_exit=True) -> tuple[list[dict], subprocess.CompletedProcess]:
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    said = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if check_exit:
        assert done.returncode == 0, done.stderr
    return said, done


def logs(tmp_path, pattern="*.log"):
    return sorted((tmp_path / "data").rglob(f"crash-logs/{pattern}"))


@pytest.mark.slow
def test_an_unexpected_error_keeps_the_work_names_the_log_and_saves_a_copy(tmp_path):
    user_file, copy = tmp_path / "workshop.smap", tmp_path / "rescued.smap"
    user_file.write_bytes(TEMPLATE.read_bytes())
    said, done = run(BUG_ON_SAVE, app_env(tmp_path), str(user_file), str(copy))
    box = next(s for s in said if "title" in s)
    (log,) = logs(tmp_path)
    assert box["title"] == "Something went wrong"
    assert "recovery snapshot" in box["text"]
    assert str(log).replace(".ended.log", ".log") in box["detail"]   # the log as it was named while running
    assert {"Save a Copy…", "Continue"} <= set(box["buttons"])
    assert {"alive": True, "modified": True} in said            # the app went on, the map still unsaved
    assert "Stage typed before the bug" in copy.read_text(encoding="utf-8")
    assert user_file.read_bytes() == TEMPLATE.read_bytes()     # the bug wrote nothing over the file
    report = log.read_text(encoding="utf-8")
    assert "RuntimeError: a bug in saving" in report and "Traceback" in report
    assert ".ended" in log.name                                 # a clean quit: not announced as a crash
    said, _ = run(NEXT_START, app_env(tmp_path))
    assert not any("crash_message" in s for s in said)


@pytest.mark.slow
def test_after_a_hard_crash_the_next_start_names_the_log_and_offers_the_map(tmp_path):
    user_file = tmp_path / "workshop.smap"
    user_file.write_bytes(TEMPLATE.read_bytes())
    env = app_env(tmp_path)
    _, crashed = run(CRASH_AFTER_EDIT, env, str(user_file), check_exit=False)
    assert crashed.returncode == -11, crashed.stderr            # SIGSEGV
    (log,) = logs(tmp_path)
    log_text = log.read_text(encoding="utf-8")
    assert "Segmentation fault" in log_text
    said, _ = run(NEXT_START, env)
    told = next(s for s in said if "crash_message" in s)
    assert "stopped unexpectedly" in told["crash_message"]
    (seen,) = logs(tmp_path, "*.seen.log")
    assert told["logs"] == str(seen) and seen.read_text(encoding="utf-8") == log_text
    offered = next(s["offered"] for s in said if "offered" in s)
    assert len(offered) == 1 and "workshop.smap" in offered[0]
    said, _ = run(NEXT_START, env)                             # told once, not at every start
    assert not any("crash_message" in s for s in said)
