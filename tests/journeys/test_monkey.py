"""One seeded monkey run of 500 real X actions against the app (issue 12); bench/monkey.py runs many."""

from __future__ import annotations

import shutil

import pytest

from .monkey import Monkey
from .test_journeys import TEMPLATES
from .xsession import App

pytestmark = [pytest.mark.monkey, pytest.mark.slow]
SEED = 12


@pytest.mark.parametrize("session", [None], indirect=True, ids=["no-wm"])
def test_500_random_actions_keep_the_app_alive_and_the_map_true(session, tmp_path):
    map_file = tmp_path / "monkey.smap"
    shutil.copy(TEMPLATES / "five-step.en.smap", map_file)
    app = App(session, tmp_path / "home", [map_file])
    try:
        app.until(lambda s: s["windows"], "the map window")
        report = Monkey(app, map_file, SEED).run(500)
    finally:
        app.close()
    assert report.actions == 500 and report.checks == 10
