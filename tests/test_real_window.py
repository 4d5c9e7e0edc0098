"""A real desktop session: the app under Xvfb with Qt's normal xcb platform, driven by xdotool.

It opens a copy of a template, gets a new stage through the Insert menu's
keyboard mnemonics, saves with Ctrl+S, closes with Ctrl+W, and the saved file
must have changed and load. Skipped without Xvfb/xdotool, except under CI
(`CI` set), where a missing X server is a failure: `.ci/run` installs them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from salesmap_studio.persistence import load
from tests.journeys.xsession import XSession

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "resources" / "templates" / "five-step.en.smap"
STAGE = "Typed under Xvfb"
TOOLS = ("Xvfb", "xdotool")


def need_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing and os.environ.get("CI"):
        pytest.fail(f"{', '.join(missing)} missing under CI: .ci/run installs xvfb and xdotool")
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt-get install xvfb xdotool)")


@pytest.fixture
def display():
    """A fresh X server on a free display number, for this test only."""
    need_tools()
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def xdotool(display: str, *args: str, timeout: float = 30, check: bool = True) -> str:
    result = subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display),
                            capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0 or not check, f"xdotool {' '.join(args)}: {result.stderr}"
    return result.stdout.strip()


def visible_windows(display: str, pid: int) -> int:
    """How many windows of the app are mapped: an open menu is a window of its own."""
    found = xdotool(display, "search", "--onlyvisible", "--pid", str(pid), "", check=False)
    return len(found.split())



@pytest.mark.slow
def test_the_app_opens_edits_saves_and_quits_in_a_real_x_session(tmp_path, display):
    user_file = tmp_path / "xvfb-workshop.smap"
    shutil.copy(TEMPLATE, user_file)
    original = user_file.read_bytes()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", LC_ALL="C.UTF-8", LANGUAGE="en",
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=str(ROOT))
    app = subprocess.Popen([sys.executable, "-m", "salesmap_studio", str(user_file)], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        window = xdotool(display, "search", "--sync", "--onlyvisible", "--name", user_file.name, timeout=60)
        window = window.splitlines()[0]
        xdotool(display, "windowfocus", "--sync", window)
        alone = visible_windows(display, app.pid)
        # Insert ▸ Stage by its mnemonic: S and N are also canvas keys, and must not steal it from the
        # open menu (the name typed next has an n in it: it would become a sticky note).
        xdotool(display, "key", "--window", window, "--clearmodifiers", "alt+i")
        XSession.wait_for(lambda: visible_windows(display, app.pid) > alone, 20, "the Insert menu to open")
        xdotool(display, "key", "--window", window, "--clearmodifiers", "s")
        XSession.wait_for(lambda: visible_windows(display, app.pid) == alone, 20, "the Insert menu to close")
        # X delivers the keys in order: the name, Return and Ctrl+S reach the editor and then the window.
        xdotool(display, "type", "--delay", "30", STAGE)
        xdotool(display, "key", "Return")
        xdotool(display, "key", "ctrl+s")
        XSession.wait_for(lambda: user_file.read_bytes() != original, 20, "Ctrl+S to save the file")
        xdotool(display, "key", "ctrl+w")
        code = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 0, app.stderr.read()
    assert user_file.read_bytes() != original
    assert STAGE in [node.name for node in load(user_file).nodes()]
