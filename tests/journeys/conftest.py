"""The X session (without a window manager, and under openbox) and the app in it, for the journeys and the monkey."""

from __future__ import annotations

import os

import pytest

from .xsession import App, XSession, missing_tools

WINDOW_MANAGERS = [None, "openbox"]


@pytest.fixture(params=WINDOW_MANAGERS, ids=["no-wm", "openbox"])
def session(request):
    missing = missing_tools(request.param)
    if missing and os.environ.get("CI"):
        pytest.fail(f"{', '.join(missing)} missing under CI: .ci/run installs them")
    if missing:
        pytest.skip(f"needs {', '.join(missing)}")
    started = XSession(request.param)
    yield started
    started.close()


@pytest.fixture
def run_app(session, tmp_path):
    started = []

    def run(*files, language="en", home=None):
        app = App(session, home or tmp_path / "home", list(files), language,
                  shots=tmp_path / "screenshots" / f"run{len(started) + 1}")
        started.append(app)
        return app

    yield run
    for app in started:
        app.close()
