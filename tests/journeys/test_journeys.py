"""Journeys with real hands (issue 12): the installed app in a real X session, every click and key
through the X server (xdotool), once without a window manager and once under openbox.

After every step: the app is alive, no Python exception reached its crash log, and a screenshot
is kept (the failure message names the folder). Run alone with `pytest -m journey`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from salesmap_studio.persistence import load

from .steps import ENDING, close_extra_windows, leave_dialogs, main_window, open_menu, pick, settle
from .xsession import App

pytestmark = [pytest.mark.journey, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "resources" / "templates"


def workshop_copy(tmp_path, name="five-step.en.smap"):
    path = tmp_path / f"workshop-{name}"
    shutil.copy(TEMPLATES / name, path)
    return path


def test_every_start_screen_template_opens_by_mouse_also_from_new_from_template(run_app):
    app = run_app()
    app.until(lambda s: s["top"], "the start screen")
    state = settle(app)
    app.check("start screen")
    names = [e[0] for e in state["top"][0]["entries"] if "\n(" in e[0]]
    assert len(names) == 6, names
    for number, name in enumerate(names):
        screen = next(t for t in settle(app)["top"] if t["class"] == "StartScreen")
        app.click_rect(next(e for e in screen["entries"] if e[0] == name)[1])
        state = app.until(lambda s: len(s["windows"]) == number + 1 and not any(
            t["class"] == "StartScreen" for t in s["top"]), f"a window from {name!r}")
        state = app.check(f"opened {name}")
        if number + 1 < len(names):   # File ▸ New from Template… in the newest window
            newest = state["windows"][-1]["title"]
            pick(app, open_menu(app, "&File", newest), "New from &template…")
            app.until(lambda s: any(t["class"] == "StartScreen" for t in s["top"]), "the start screen again")
    titles = {w["map"]["title"] for w in app.state()["windows"]}
    assert len(titles) == 6   # every template opened as its own map


def test_the_german_start_screen_opens_a_template_by_mouse(run_app):
    app = run_app(language="de")
    app.check("Startbildschirm")
    state = settle(app)   # where the window manager put the start screen, not where it first appeared
    entry = next(e for e in state["top"][0]["entries"] if e[0].startswith("Erweiterter B2B"))
    app.click_rect(entry[1])
    state = app.until(lambda s: s["windows"], "a map window")
    assert state["windows"][0]["map"]["title"] == "Erweiterter B2B-Vertriebsprozess"
    assert [m[0] for m in state["windows"][0]["menus"]][0] == "&Datei"
    app.check("German map open")


def test_a_recent_map_opens_by_mouse_and_open_asks_for_a_file(run_app, tmp_path):
    path = workshop_copy(tmp_path)
    first = run_app(path)
    first.until(lambda s: s["windows"], "the map window")
    first.close()   # the map is now in the recent list
    app = run_app()
    app.until(lambda s: s["top"], "the start screen")
    state = settle(app)
    app.check("start screen with a recent map")
    screen = state["top"][0]
    app.click_rect(next(e for e in screen["entries"] if str(path) in e[0])[1])
    state = app.until(lambda s: s["windows"], "the recent map's window")
    assert state["windows"][0]["path"] == str(path)
    app.check("recent map open")
    other = workshop_copy(tmp_path, "extended-b2b.de.smap")
    pick(app, open_menu(app, "&File"), "&Open…")
    app.until(lambda s: s["modal"] is not None, "the file chooser")
    app.type(str(other))
    app.key("Return")
    state = app.until(lambda s: len(s["windows"]) == 2, "the chosen map's window")
    assert {w["path"] for w in state["windows"]} == {str(path), str(other)}
    app.check("opened with Open…")


def test_every_menu_entry_by_mouse_and_every_dialog_left(run_app, tmp_path):
    path = workshop_copy(tmp_path)
    app = run_app(path)
    state = app.until(lambda s: s["windows"], "the map window")
    menus = [m[0] for m in state["windows"][0]["menus"]]
    picked = 0
    for menu in menus:
        entries = [e for e in open_menu(app, menu, _current(app, path))["entries"]]
        app.key("Escape")
        for text, _rect, enabled, submenu in entries:
            if not enabled or text.split("\t")[0] in ENDING:
                continue
            popup = open_menu(app, menu, _current(app, path))
            pick(app, popup, text)
            if submenu:
                state = app.until(lambda s: s["popup"] is not None, f"the {text} submenu")
                inner = [e for e in state["popup"]["entries"] if e[2]]
                if inner:
                    app.click_rect(inner[0][1])
            state = settle(app)
            if state["modal"] is not None:
                _every_button_of(app, state["modal"], menu, text, path)
            state = leave_dialogs(app)
            if any(w["presenting"] for w in state["windows"]):
                app.key("Escape")
                app.until(lambda s: not any(w["presenting"] for w in s["windows"]), "the presentation to end")
            if any(w["projecting"] for w in state["windows"]):
                app.key("F11")
                app.until(lambda s: not any(w["projecting"] for w in s["windows"]), "the projector view to end")
            close_extra_windows(app, _current(app, path))
            picked += 1
            app.check(f"{menu} > {text}")
    assert picked >= 30, picked
    assert main_window(app.state(), _current(app, path))


def _current(app: App, path) -> str:
    """The title of the window on `path` (it gains a * when the map changes)."""
    return next(w["title"] for w in app.state()["windows"] if w["path"] == str(path))


def _every_button_of(app: App, dialog: dict, menu: str, entry: str, path) -> None:
    """A dialog opened from a menu is left once with each of its buttons (reopened each time)."""
    closing = [e[0] for e in dialog["entries"] if e[2] and e[0] in {"OK", "Cancel", "Close", "Export", "Print",
                                                                     "Save", "Discard", "Restore", "Reset"}]
    for button in closing[1:]:   # the first is left by leave_dialogs as usual
        state = leave_dialogs(app)
        if state["modal"] is None:
            pick(app, open_menu(app, menu, _current(app, path)), entry)
            app.until(lambda s: s["modal"] is not None, f"{entry} again")
            state = settle(app)
        target = next((e for e in state["modal"]["entries"] if e[0] == button), None)
        if target is not None:
            app.click_rect(target[1])
            app.check(f"{entry}: {button}")


def test_drawing_with_the_mouse_and_live_capture(run_app, tmp_path):
    """Also Ctrl+Z then Ctrl+Y: under X11, Qt's key scheme knew only Ctrl+Shift+Z for redo, so Ctrl+Y
    did nothing (found by the monkey, bench/monkey.py seed 1)."""
    path = workshop_copy(tmp_path)
    app = run_app(path)
    state = app.until(lambda s: s["windows"] and s["windows"][0]["nodes_on_screen"], "stages on screen")
    window = state["windows"][0]
    before = len(window["map"]["nodes"])
    canvas = window["canvas"]
    empty = (canvas[0] + canvas[2] - 60, canvas[1] + canvas[3] - 60)
    # a palette drag onto the canvas: a new stage, named by typing
    stage_button = window["palette"]["stage"]
    app.drag((stage_button[0] + 40, stage_button[1] + 25), empty)
    state = app.until(lambda s: len(s["windows"][0]["map"]["nodes"]) == before + 1, "the dropped stage")
    app.type("Dropped stage")
    app.key("Tab")
    app.type("Captured next")
    app.key("Return")
    state = app.until(lambda s: {"Dropped stage", "Captured next"} <= {n["name"] for n in s["windows"][0]["map"]["nodes"]},
                      "the typed names")
    app.check("palette drag, Tab capture")
    # dragging a stage moves it
    node_id, (x, y) = next(iter(state["windows"][0]["nodes_on_screen"].items()))
    old = next(n for n in state["windows"][0]["map"]["nodes"] if n["id"] == node_id)
    app.drag((x, y), (x + 60, y + 20))
    app.until(lambda s: next(n for n in s["windows"][0]["map"]["nodes"] if n["id"] == node_id)["x"] != old["x"],
              "the stage to move")
    app.check("stage dragged")
    app.key("ctrl+z")
    app.until(lambda s: next(n for n in s["windows"][0]["map"]["nodes"] if n["id"] == node_id)["x"] == old["x"],
              "Ctrl+Z to take the move back")
    app.key("ctrl+y")   # the Windows and Office habit; Qt's X11 scheme only had Ctrl+Shift+Z
    app.until(lambda s: next(n for n in s["windows"][0]["map"]["nodes"] if n["id"] == node_id)["x"] != old["x"],
              "Ctrl+Y to redo the move")
    app.check("undo and redo")
    # a rubber band over empty canvas, then a context menu on a stage
    app.drag((canvas[0] + 20, canvas[1] + canvas[3] - 20), (canvas[0] + canvas[2] // 2, canvas[1] + canvas[3] - 150))
    app.check("rubber band")
    app.click(x + 60, y + 20, button=3)
    state = app.until(lambda s: s["popup"] is not None, "the context menu")
    assert state["popup"]["entries"]
    app.key("Escape")
    app.check("context menu")
    # F5 presents, Esc comes back
    app.key("F5")
    app.until(lambda s: s["windows"][0]["presenting"], "the presentation")
    app.key("Right")
    app.check("presenting")
    app.key("Escape")
    app.until(lambda s: not s["windows"][0]["presenting"], "back from the presentation")
    app.key("ctrl+s")
    state = app.until(lambda s: s["windows"][0]["clean"], "the save")
    assert load(path).to_dict() == state["windows"][0]["map"]
    app.check("saved")


def test_export_print_preview_and_preferences(run_app, tmp_path):
    path = workshop_copy(tmp_path)
    app = run_app(path)
    app.until(lambda s: s["windows"], "the map window")
    pick(app, open_menu(app, "&File"), "&Export…")
    app.until(lambda s: s["modal"] is not None, "the export dialog")
    state = settle(app)
    export = next(e for e in state["modal"]["entries"] if e[0] == "Export")
    app.click_rect(export[1])
    leave_dialogs(app)
    app.check("exported")
    assert list(tmp_path.glob("*.pdf")), "the export wrote a PDF next to the map"
    pick(app, open_menu(app, "&File"), "&Print…")
    app.until(lambda s: s["modal"] is not None, "the print preview")
    app.check("print preview")
    leave_dialogs(app)
    app.check("print preview left")


def _edit_by_hand(app: App, text: str) -> None:
    """Clicks a stage on screen, Tab adds the next one, its name is typed, Enter."""
    state = app.until(lambda s: s["windows"] and s["windows"][0]["nodes_on_screen"], "stages on screen")
    # A window manager places and focuses a new window after it appears: the keys must reach it, and
    # the click must land where the window ended up.
    app.focus(state["windows"][0]["title"])
    app.until(lambda s: s["windows"][0]["active"], "the map window to have the keyboard")
    state = settle(app)
    _node, (x, y) = next(iter(state["windows"][0]["nodes_on_screen"].items()))
    app.click(x, y)
    app.key("Tab")
    app.type(text)
    app.key("Return")
    app.until(lambda s: text in {n["name"] for n in s["windows"][0]["map"]["nodes"]}, "the edit")


def _snapshots(home):
    return list((home / "data").rglob("snapshots/*/*.smap-recovery"))


def test_kill_after_an_edit_offers_recovery(run_app, tmp_path):
    path, home = workshop_copy(tmp_path), tmp_path / "home"
    app = run_app(path, home=home)
    _edit_by_hand(app, "Typed before the kill")
    app.session.wait_for(lambda: _snapshots(home), 10, "the autosave snapshot")
    app.kill()
    again = run_app(home=home)
    again.until(lambda s: s["modal"] is not None, "the recovery dialog")
    state = settle(again)
    assert state["modal"]["class"] == "RecoveryDialog"
    assert any(path.name in e[0] for e in state["modal"]["entries"]), state["modal"]
    again.check("recovery offered")
    restore = next(e for e in state["modal"]["entries"] if e[0].replace("&", "") == "Restore")
    again.click_rect(restore[1])
    state = again.until(lambda s: s["windows"], "the restored map")
    assert "Typed before the kill" in {n["name"] for n in state["windows"][0]["map"]["nodes"]}
    again.check("restored")


def test_close_with_discard_leaves_nothing_to_recover(run_app, tmp_path):
    path, home = workshop_copy(tmp_path), tmp_path / "home"
    app = run_app(path, home=home)
    _edit_by_hand(app, "Typed, then discarded")
    app.session.wait_for(lambda: _snapshots(home), 10, "the autosave snapshot")
    pick(app, open_menu(app, "&File", _current(app, path)), "&Close")
    app.until(lambda s: s["modal"] is not None, "the save-changes question")
    state = settle(app)
    app.click_rect(next(e for e in state["modal"]["entries"] if e[0].replace("&", "") == "Discard")[1])
    app.session.wait_for(lambda: app.process.poll() is not None, 20, "the app to quit with its last window")
    assert not _snapshots(home)
    again = run_app(home=home)
    state = again.until(lambda s: any(t["class"] == "StartScreen" for t in s["top"]), "the start screen")
    assert state["modal"] is None   # no recovery offered
    again.check("no recovery after Discard")


def test_a_file_dragged_from_another_program_onto_the_start_screen_opens(run_app, session, tmp_path):
    path = workshop_copy(tmp_path, "extended-b2b.en.smap")
    app = run_app()
    app.until(lambda s: s["top"], "the start screen")
    screen = settle(app)["top"][0]
    source = subprocess.Popen([sys.executable, "-m", "tests.journeys.file_source", str(path)], cwd=ROOT,
                              env=session.env(QT_QPA_PLATFORM="xcb"), stdout=subprocess.PIPE, text=True)
    try:
        assert source.stdout.readline().startswith("shown")
        session.xdotool("search", "--sync", "--onlyvisible", "--name", "file source")
        x, y, w, h = screen["rect"]
        app.drag((1400, 800), (x + w // 2, y + h // 2), steps=20)
        state = app.until(lambda s: s["windows"], "the dropped map's window")
    finally:
        source.terminate()
        source.wait(timeout=10)
    assert state["windows"][0]["path"] == str(path)
    app.check("dropped a file on the start screen")
