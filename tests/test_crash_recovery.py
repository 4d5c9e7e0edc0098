"""A crash loses nothing: the app is killed (SIGKILL) once its recovery snapshot holds an edit, and the next
start offers the edit back.

Both runs are separate app processes with their own data and settings folders;
the user's file is compared byte for byte before, in between and after.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.app_scripts import PRELUDE, run_after

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "resources" / "templates" / "five-step.en.smap"
STAGE = "Stage typed before the crash"

# The first run: the real app on the file; once its window is up, a user double-clicks empty
# canvas, types a stage name and presses Enter (real Qt input events), then keeps working.
EDIT_THEN_WAIT = PRELUDE + textwrap.dedent(f"""
    def edit():
        window = type_a_stage({STAGE!r})
        print("edited", len(window.document.nodes()), flush=True)
""") + run_after(1500, "edit")

# The second run: the app starts without a file; the recovery dialog is read instead of shown.
SEE_RECOVERY = textwrap.dedent("""
    import json, sys
    from salesmap_studio import app
    from salesmap_studio.ui.recovery import startup
    from salesmap_studio.ui.recovery.dialog import RecoveryDialog

    def report(dialog):
        offered = []
        for row in range(dialog.maps.count()):
            snapshot = dialog.maps.item(row).data(0x0100)
            names = [n.name for n in snapshot.load().nodes()]
            offered.append({"title": snapshot.title, "path": str(snapshot.original_path), "names": names,
                            "row": dialog.maps.item(row).text()})
        print(json.dumps(offered), flush=True)
        sys.exit(0)

    def nothing_offered():
        print("[]", flush=True)
        sys.exit(0)

    RecoveryDialog.exec = report
    startup.open_start_screen = nothing_offered
    app.run([])
""")


def app_env(tmp_path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANGUAGE="en",
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=str(ROOT))
    return env


def snapshot_holding(data_folder: Path, text: str) -> bool:
    """Whether a recovery snapshot in the per-user data folder holds `text`."""
    return any(text in path.read_text(encoding="utf-8", errors="replace")
               for path in data_folder.rglob("*.smap-recovery") if path.is_file())


def wait_for(condition, what: str, timeout: float = 30.0) -> None:
    """Polls `condition` (a file another process writes) until it holds; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"no {what} within {timeout:.0f} s"
        time.sleep(0.05)


@pytest.mark.slow
def test_an_edit_survives_a_kill_and_is_offered_at_the_next_start(tmp_path):
    user_file = tmp_path / "customer workshop.smap"
    shutil.copy(TEMPLATE, user_file)
    original = user_file.read_bytes()
    env = app_env(tmp_path)
    first = subprocess.Popen([sys.executable, "-c", EDIT_THEN_WAIT, str(user_file)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready, _, _ = select.select([first.stdout], [], [], 60)
        line = first.stdout.readline() if ready else "no edit within 60 s"
        assert line.startswith("edited"), first.stderr.read() if first.poll() is not None else line
        wait_for(lambda: snapshot_holding(tmp_path / "data", STAGE), "a recovery snapshot with the new stage")
        assert user_file.read_bytes() == original   # autosave never writes the user's file
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    assert user_file.read_bytes() == original
    second = subprocess.run([sys.executable, "-c", SEE_RECOVERY], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    offered = json.loads(second.stdout.strip().splitlines()[-1])
    assert len(offered) == 1, second.stderr
    assert STAGE in offered[0]["names"]
    assert offered[0]["path"] == str(user_file)
    assert offered[0]["title"] in offered[0]["row"]
    assert user_file.read_bytes() == original
