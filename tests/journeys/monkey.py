"""The monkey: a seeded random sequence of real X input against the running app (issue 12).

Clicks anywhere in the window (menus, docks, dialogs included), drags, the wheel, typing, and the
keys a facilitator uses (Tab, Enter, Esc, Delete, Ctrl+Z/Ctrl+Y, S, N, F5, F2, arrows). Dialogs that
would leave the app are answered: a file chooser or a print dialog is closed, "Save changes?" is
cancelled, Quit and Close are never clicked. Every `check_every` actions:

- the process is alive and no Python exception reached its crash log;
- the map the app shows equals what it saves (Ctrl+S, then the file is loaded here: same `to_dict`);
- undoing everything (Ctrl+Z) gives the map it started from, and redoing it all gives the map back.

Used by tests/journeys/test_monkey.py (one seed, 500 actions, in CI) and bench/monkey.py (many).
"""

from __future__ import annotations

import random
import string
import time
from dataclasses import dataclass, field
from pathlib import Path

from salesmap_studio.persistence import load

from .steps import ENDING, LEAVING
from .xsession import App

KEYS = ["Tab", "Return", "Escape", "Delete", "ctrl+z", "ctrl+y", "s", "n", "F5", "F2", "Left", "Right", "Up",
        "Down", "alt+Left", "alt+Right", "alt+Down", "shift+Tab", "ctrl+a", "ctrl+c", "ctrl+v", "ctrl+d",
        "ctrl+0", "ctrl+plus", "ctrl+minus", "BackSpace", "space", "ctrl+i"]
# Dialogs the monkey must not drive further: they reach outside the app (files, printers).
OUTSIDE = {"QFileDialog", "QPrintDialog", "QPageSetupDialog", "QColorDialog"}


@dataclass
class Report:
    seed: int
    actions: int = 0
    checks: int = 0
    seconds: float = 0.0
    log: list[str] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        return self.actions / self.seconds if self.seconds else 0.0


class Monkey:
    def __init__(self, app: App, map_file: Path, seed: int) -> None:
        self.app, self.map_file, self.random = app, map_file, random.Random(seed)
        self.report = Report(seed)
        self.start_map = load(map_file).to_dict()

    # ---- one action --------------------------------------------------------------
    def act(self) -> None:
        screen = self.app.screen()
        self._answer_outside(screen)
        kind = self.random.choices(["click", "key", "type", "drag", "wheel", "double", "right"],
                                   weights=[34, 30, 10, 8, 6, 7, 5])[0]
        area = self._area(screen)
        x, y = self._point(area, screen)
        if kind == "click":
            self.app.click(x, y)
        elif kind == "double":
            self.app.click(x, y, double=True)
        elif kind == "right":
            self.app.click(x, y, button=3)
        elif kind == "key":
            key = self.random.choice(KEYS)
            self.app.key(key)
            kind = f"key {key}"
        elif kind == "type":
            self.app.type("".join(self.random.choice(string.ascii_letters + " äöü") for _ in range(
                self.random.randint(1, 12))))
        elif kind == "wheel":
            self.app.session.xdotool("mousemove", str(x), str(y))
            self.app.session.xdotool("click", "--repeat", str(self.random.randint(1, 3)), self.random.choice(["4", "5"]))
        else:
            end = self._point(area, screen)
            self.app.drag((x, y), end, steps=6)
        self.report.actions += 1
        self.report.log.append(f"{kind} {x},{y}")

    def _area(self, screen: dict) -> list[int]:
        """Where the user is looking: an open menu, a dialog, else the active map window."""
        if screen["popup"] is not None:
            return screen["popup"]["rect"]
        if screen["modal"] is not None:
            return screen["modal"]["rect"]
        windows = [w for w in screen["windows"] if w["visible"]]
        active = next((w for w in windows if w["active"]), windows[0] if windows else None)
        return active["rect"] if active else [0, 0, 1600, 1000]

    def _point(self, area: list[int], screen: dict) -> tuple[int, int]:
        """A random point in `area` that is not a menu entry or button that would end the app."""
        forbidden = [e[1] for source in (screen["popup"], screen["modal"]) if source
                     for e in source["entries"] if e[0].split("\t")[0] in ENDING]
        for _ in range(20):
            x = area[0] + self.random.randint(2, max(3, area[2] - 3))
            y = area[1] + self.random.randint(2, max(3, area[3] - 3))
            if not any(r[0] <= x < r[0] + r[2] and r[1] <= y < r[1] + r[3] for r in forbidden):
                return x, y
        return area[0] + 2, area[1] + 2

    def _answer_outside(self, screen: dict) -> None:
        """A file chooser or a printer dialog is closed; a close question is cancelled."""
        modal = screen["modal"]
        if modal is None:
            return
        if modal["class"] in OUTSIDE:
            self.app.key("Escape")
        elif modal["class"] == "QMessageBox" and any(e[0].replace("&", "") in ("Discard", "Verwerfen")
                                                       for e in modal["entries"]):
            cancel = next((e for e in modal["entries"] if e[0].replace("&", "") in ("Cancel", "Abbrechen")), None)
            if cancel is not None:
                self.app.click_rect(cancel[1])

    # ---- the checks every so often ---------------------------------------------------
    def calm_down(self) -> dict:
        """Leaves menus, dialogs, editors, the presentation and extra windows, so keys reach the map."""
        for _ in range(12):
            screen = self.app.screen()
            if screen["popup"] is not None or screen["modal"] is not None:
                modal = screen["modal"]
                buttons = {e[0].replace("&", ""): e for e in (modal or {}).get("entries", []) if e[2]}
                choice = next((buttons[n] for n in LEAVING if n in buttons), None) if modal and \
                    modal["class"] == "QMessageBox" else None
                self.app.click_rect(choice[1]) if choice else self.app.key("Escape")
                continue
            window = self._main(screen)
            # Another map window, the start screen or a dialog left open; floating panels are part of the window.
            extra = [t for t in screen["top"] if not t["panel"]
                     and (t["class"] != "MainWindow" or t["title"] != window["title"])]
            if extra:
                self._close(extra[0])
                continue
            if window["presenting"] or window["editing"] or screen["editing_in_list"]:
                self.app.focus(window["title"])
                self.app.key("Escape")
                continue
            if window["projecting"]:
                self.app.focus(window["title"])
                self.app.key("F11")
                continue
            return screen
        self.app.ask("screenshot", path=str(self.app.shots / "stuck.png"))
        raise AssertionError(f"seed {self.report.seed}: could not get back to the map (focus "
                             f"{self.app.ask('focus')}, see stuck.png; last actions {self.report.log[-12:]}): {screen}")

    def _main(self, screen: dict) -> dict:
        mine = [w for w in screen["windows"] if w["path"] == str(self.map_file)]
        assert mine, f"seed {self.report.seed}: the map window is gone"
        return mine[0]

    def _close(self, top: dict) -> None:
        """Another window (File ▸ New, the start screen, a dialog left open): closed, its map discarded."""
        self.app.focus(top["title"])
        self.app.key("Escape" if top["class"] != "MainWindow" else "ctrl+w")
        screen = self._after_closing(top)
        modal = screen["modal"]
        if modal is not None and modal["class"] == "QMessageBox":
            discard = next((e for e in modal["entries"] if e[0].replace("&", "") in ("Discard", "Verwerfen")), None)
            if discard is not None:
                self.app.click_rect(discard[1])

    def _after_closing(self, top: dict, seconds: float = 5) -> dict:
        """The screen once `top` is gone or asks what to do with its map (a window that ignores the
        key stays: the caller's loop tries again)."""
        deadline = time.monotonic() + seconds
        while True:
            screen = self.app.screen()
            asking = screen["modal"] is not None and screen["modal"]["class"] == "QMessageBox"
            still_there = any(t["title"] == top["title"] and t["class"] == top["class"] for t in screen["top"])
            if asking or not still_there or time.monotonic() > deadline:
                return screen

    def check(self) -> None:
        self.calm_down()
        self.app.check(f"seed {self.report.seed} after {self.report.actions} actions")
        window = self._main(self.app.screen())
        self.app.focus(window["title"])
        state = self._save()
        shown = self._main(state)
        assert load(self.map_file).to_dict() == shown["map"], \
            f"seed {self.report.seed}: the saved file differs from the map on screen after {self.report.actions}"
        self._undo_all_then_redo(shown)
        self.report.checks += 1

    def _save(self) -> dict:
        """Ctrl+S; a text the app refuses (letters in a number field) stops the save: Esc takes the
        field back to the map's value, as a user would, and the save is tried again."""
        for _ in range(3):
            self.app.key("ctrl+s")
            try:
                state = self.app.until(lambda s: self._main(s)["clean"] or s["modal"] is not None, "the save", 5)
            except AssertionError:
                self.app.key("Escape")
                continue
            assert state["modal"] is None, f"seed {self.report.seed}: saving asked {state['modal']}"
            return state
        raise AssertionError(f"seed {self.report.seed}: Ctrl+S did not save after {self.report.actions} actions")

    def _undo_all_then_redo(self, shown: dict) -> None:
        steps = shown["undo_index"]
        # Ctrl+Z in a text field undoes that field's typing: a user clicks on the map first (where
        # no floating panel covers it and no item is hit).
        point = self.app.ask("empty_canvas_point", path=str(self.map_file))["point"]
        assert point, f"seed {self.report.seed}: no free spot on the canvas to click"
        self.app.click(*point)
        if steps:
            self.app.session.xdotool("key", "--repeat", str(steps), "--delay", "15", "ctrl+z")
        state = self.app.until(lambda s: self._main(s)["undo_index"] == 0,
                               f"everything undone ({steps} steps), focus {self.app.ask('focus')}", seconds=60)
        assert self._main(state)["map"] == self.start_map, \
            f"seed {self.report.seed}: undoing everything did not give the starting map back"
        if steps:
            self.app.session.xdotool("key", "--repeat", str(steps), "--delay", "15", "ctrl+y")
        state = self.app.until(lambda s: self._main(s)["undo_index"] == steps,
                               f"everything redone ({steps} steps), focus {self.app.ask('focus')}", seconds=60)
        assert self._main(state)["map"] == shown["map"], \
            f"seed {self.report.seed}: redoing everything did not give the map back"

    def run(self, actions: int, check_every: int = 50) -> Report:
        started = time.monotonic()
        while self.report.actions < actions:
            self.act()
            if self.report.actions % check_every == 0:
                self.check()
        self.report.seconds = time.monotonic() - started
        return self.report
