"""A real X session for the journeys and the monkey: Xvfb, an optional window manager, the app, xdotool.

The app runs as it is installed (`python -m tests.journeys.probe`, which is `salesmap-studio`
plus a read-only probe) with Qt's xcb platform; every click and key goes through the X server.
After each step the caller asks `check()`: the process is alive, no Python exception went to
the crash log, and a screenshot is kept in the folder the failure message names.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1600, 1000)
TOOLS = ("Xvfb", "xdotool")


class AppDied(AssertionError):
    pass


def missing_tools(window_manager: str | None = None) -> list[str]:
    return [tool for tool in TOOLS + ((window_manager,) if window_manager else ()) if shutil.which(tool) is None]


class XSession:
    """Xvfb on a free display (and a window manager if named), torn down by `close()`."""

    def __init__(self, window_manager: str | None = None) -> None:
        read, write = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
            pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self.manager = None
        if window_manager:
            self.manager = subprocess.Popen([window_manager], env=self.env(), stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL)
            self.wait_for(lambda: self._has_manager(), 20, f"{window_manager} did not start")

    def env(self, **more: str) -> dict:
        return dict(os.environ, DISPLAY=self.display, **more)

    def _has_manager(self) -> bool:
        found = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env(),
                               capture_output=True, text=True) if shutil.which("xprop") else None
        return found is None or "window id" in found.stdout or self.manager.poll() is not None

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout.strip()

    @staticmethod
    def wait_for(condition, seconds: float, what: str, every: float = 0.05):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            value = condition()
            if value:
                return value
            time.sleep(every)
        raise AssertionError(f"waited {seconds} s: {what}")

    def close(self) -> None:
        for process in (self.manager, self.server):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()


class App:
    """The app in the X session, with its own data and settings folders under `home`."""

    def __init__(self, session: XSession, home: Path, files: list[Path] = (), language: str = "en",
                 shots: Path | None = None) -> None:
        self.session, self.home = session, home
        self.shots = shots or home / "screenshots"
        self.shots.mkdir(parents=True, exist_ok=True)
        self.step = 0
        home.mkdir(parents=True, exist_ok=True)
        # A socket path is limited to about 100 bytes: a short one of its own, not under the test's folder.
        self.socket_name = os.path.join(tempfile.gettempdir(), f"smap-probe-{uuid.uuid4().hex[:12]}")
        env = session.env(QT_QPA_PLATFORM="xcb", LC_ALL="C.UTF-8", LANGUAGE=language, LANG=f"{language}_US.UTF-8"
                          if language == "en" else "de_DE.UTF-8",
                          XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                          PYTHONPATH=str(ROOT), PYTHONFAULTHANDLER="1")
        env.pop("QT_QPA_PLATFORMTHEME", None)
        self.stderr_path = home / "app-stderr.txt"
        self.process = subprocess.Popen([sys.executable, "-m", "tests.journeys.probe", self.socket_name,
                                         *map(str, files)], cwd=ROOT, env=env,
                                        stdout=subprocess.DEVNULL, stderr=open(self.stderr_path, "w"))
        self._socket = None
        session.wait_for(self._connect, 60, f"the app's probe to answer (stderr: {self.stderr_path})", every=0.1)

    # ---- asking -----------------------------------------------------------------
    def _connect(self) -> bool:
        if self.process.poll() is not None:
            raise AppDied(f"the app ended with {self.process.returncode}: {self.stderr()}")
        try:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.connect(self.socket_name)
        except OSError:
            return False
        sock.settimeout(60)
        self._socket, self._reader = sock, sock.makefile("r", encoding="utf-8")
        return True

    def ask(self, question: str, **more) -> dict:
        if self.process.poll() is not None:
            raise AppDied(f"the app ended with {self.process.returncode}: {self.stderr()}")
        self._socket.sendall(json.dumps({"ask": question, **more}).encode("utf-8") + b"\n")
        try:
            line = self._reader.readline()
        except TimeoutError:
            raise self._hung(question) from None
        if not line:
            raise AppDied(f"the app stopped answering (exit {self.process.poll()}): {self.stderr()}")
        reply = json.loads(line)
        assert "probe_error" not in reply, reply["probe_error"]
        return reply

    def state(self) -> dict:
        return self.ask("state")

    def screen(self) -> dict:
        """What is on screen, without the maps' contents."""
        return self.ask("screen")

    def window(self, index: int = 0) -> dict:
        windows = self.state()["windows"]
        assert windows, "no map window is open"
        return windows[index]

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")[-4000:]

    def _hung(self, question: str) -> AppDied:
        """The app stopped answering: SIGABRT makes its fault handler write where every thread was."""
        self.process.send_signal(signal.SIGABRT)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        logs = sorted((self.home / "data").rglob("crash-logs/*.log"))
        where = logs[-1].read_text(encoding="utf-8", errors="replace")[-4000:] if logs else ""
        return AppDied(f"the app did not answer {question!r} within {self._socket.gettimeout():.0f} s; "
                       f"its threads then:\n{where or self.stderr()}")

    # ---- checking ---------------------------------------------------------------
    def crash_reports(self) -> list[str]:
        """Exceptions and faults the app wrote to its crash logs (nothing but headers on a good run)."""
        found = []
        for log in (self.home / "data").rglob("crash-logs/*.log"):
            text = log.read_text(encoding="utf-8", errors="replace")
            body = text.split("----\n", 1)[1] if "----\n" in text else text
            if body.strip():
                found.append(f"{log}:\n{body}")
        return found

    def check(self, what: str) -> dict:
        """After a step: alive, no exception logged, a screenshot kept. Returns the state."""
        self.step += 1
        shot = self.shots / f"{self.step:04d}-{''.join(c if c.isalnum() else '-' for c in what)[:60]}.png"
        try:
            self.ask("screenshot", path=str(shot))
            state = self.state()
        except AppDied as died:
            raise AppDied(f"after {what!r}: {died} (screenshots in {self.shots})") from None
        reports = self.crash_reports()
        assert not reports, f"after {what!r} the app logged (screenshots in {self.shots}):\n" + "\n".join(reports)
        return state

    # ---- input through the X server ------------------------------------------------
    def click(self, x: int, y: int, button: int = 1, double: bool = False) -> None:
        self.session.xdotool("mousemove", "--sync", str(x), str(y))
        self.session.xdotool("click", "--repeat", "2" if double else "1", "--delay", "80", str(button))

    def click_rect(self, rect: list[int], button: int = 1, double: bool = False) -> None:
        x, y, w, h = rect
        self.click(x + max(1, w // 2), y + max(1, h // 2), button, double)

    def drag(self, start: tuple[int, int], end: tuple[int, int], steps: int = 12) -> None:
        self.session.xdotool("mousemove", "--sync", *map(str, start))
        self.session.xdotool("mousedown", "1")
        for i in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * i // steps
            y = start[1] + (end[1] - start[1]) * i // steps
            self.session.xdotool("mousemove", "--sync", str(x), str(y))
            time.sleep(0.02)   # a hand's pace: Qt compresses moves that come all at once
        self.session.xdotool("mouseup", "1")

    def key(self, *keys: str) -> None:
        self.session.xdotool("key", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        self.session.xdotool("type", "--delay", "25", text)

    def focus(self, title: str) -> None:
        """Gives the keyboard to the window with this title (as the probe reports it: Qt shows
        the "[*]" placeholder as "*" or nothing, so only the part before it is matched)."""
        pattern = re.sub(r"([\\.^$|?*+()\[\]{}])", r"\\\1", title.split("[*]")[0].split(" — ")[0])
        window = self.session.xdotool("search", "--sync", "--onlyvisible", "--name", pattern).splitlines()[0]
        self.session.xdotool("windowactivate", "--sync", window) if self.session.manager else None
        self.session.xdotool("windowfocus", "--sync", window)

    def until(self, condition, what: str, seconds: float = 20) -> dict:
        """Waits until `condition(state)` holds; returns that state."""
        holder = {}

        def holds():
            holder["state"] = self.state()
            return condition(holder["state"])

        self.session.wait_for(holds, seconds, what, every=0.05)
        return holder["state"]

    # ---- ending -----------------------------------------------------------------
    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def close(self) -> int | None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._socket is not None:
            self._socket.close()
        Path(self.socket_name).unlink(missing_ok=True)
        return self.process.returncode
