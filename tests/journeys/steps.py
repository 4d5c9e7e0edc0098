"""Steps a facilitator takes, through the X server: open a menu and pick an entry, leave a dialog,
close an extra window. Shared by the journeys and the monkey."""

from __future__ import annotations

import time

from .xsession import App

# Buttons that leave a dialog without a decision, in the order a careful user tries them.
LEAVING = ("Cancel", "Abbrechen", "Close", "Schließen", "No", "Nein", "OK", "Later", "Später")
# Entries that end the app or the window under test: their own journeys cover them.
ENDING = ("&Quit", "&Beenden", "&Close", "&Schließen")


def main_window(state: dict, title: str | None = None) -> dict:
    windows = [w for w in state["windows"] if w["visible"] and (title is None or w["title"] == title)]
    assert windows, f"no map window{' ' + title if title else ''} is open"
    return windows[0]


def open_menu(app: App, title: str, window_title: str | None = None) -> dict:
    """Clicks a menu's title in the menu bar; returns the open popup."""
    window = main_window(app.state(), window_title)
    rect = dict(window["menus"])[title]
    app.click_rect(rect)
    state = app.until(lambda s: s["popup"] is not None, f"the {title} menu to open")
    return state["popup"]


def pick(app: App, popup: dict, text: str) -> None:
    entry = next(e for e in popup["entries"] if e[0] == text)
    app.click_rect(entry[1])


def settle(app: App, seconds: float = 5) -> dict:
    """Waits until the app shows the same thing twice in a row (a dialog opened, a menu closed, and
    where they are: a window manager places a new window after it appeared)."""
    last, deadline = None, time.monotonic() + seconds
    while time.monotonic() < deadline:
        state = app.state()
        shown = (state["modal"] and (state["modal"]["title"], state["modal"]["rect"]),
                 state["popup"] and state["popup"]["rect"],
                 [(w["title"], w["rect"]) for w in state["windows"]], [(t["title"], t["rect"]) for t in state["top"]])
        if shown == last:
            return state
        last = shown
        time.sleep(0.15)
    return app.state()


def leave_dialogs(app: App, prefer: tuple[str, ...] = LEAVING, limit: int = 6) -> dict:
    """Leaves every modal dialog and open menu: a leaving button if it has one, else Esc."""
    state = settle(app)
    for _ in range(limit):
        if state["popup"] is None and state["modal"] is None:
            return state
        if state["popup"] is not None:
            app.key("Escape")
        else:
            buttons = {e[0].replace("&", ""): e for e in state["modal"]["entries"] if e[2]}
            choice = next((buttons[name] for name in prefer if name in buttons), None)
            if choice is not None:
                app.click_rect(choice[1])
            else:
                app.key("Escape")
        state = settle(app)
    raise AssertionError(f"could not leave {state['modal'] or state['popup']}")


def close_extra_windows(app: App, keep_title: str) -> dict:
    """Closes the start screen (Esc) and map windows other than the one under test (File ▸ New opened
    one), discarding their map."""
    state = app.state()
    for screen in [t for t in state["top"] if t["class"] == "StartScreen"]:
        app.focus(screen["title"])
        app.key("Escape")
        state = app.until(lambda s: not any(t["class"] == "StartScreen" for t in s["top"]), "the start screen to close")
    for window in [w for w in state["windows"] if w["title"] != keep_title and w["visible"]]:
        app.focus(window["title"])
        app.key("ctrl+w")
        leave_dialogs(app, prefer=("Discard", "Verwerfen", "Close without Saving") + LEAVING)
    return app.state()
