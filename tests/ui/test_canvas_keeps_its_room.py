"""A side panel made as wide as it goes leaves the map room to work in (monkey seed 17: the
Outline was dragged over the whole canvas; the panels are tabs on the right now in a real X session, and nothing on the map could be
clicked any more)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

SMALLEST_CANVAS = 200


def test_a_panel_widened_over_the_canvas_stops_short_of_hiding_it(qtbot, window_for, template):
    window = window_for(template("extended-b2b", "en"))
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.canvas.width() > SMALLEST_CANVAS)
    panel = window.findChild(QDockWidget, "inspector-panel")
    # What dragging the separator to the far edge does (QTest's mouse cannot grab a dock separator).
    window.resizeDocks([panel], [window.width()], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: panel.width() > 400)
    assert window.canvas.width() >= SMALLEST_CANVAS


SCALED_WINDOW = r'''
import json, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget
app = QApplication([])
from salesmap_studio.persistence import load
from salesmap_studio.ui.main_window import MainWindow


def wait_until(condition):
    deadline = time.monotonic() + 10
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
    return condition()


window = MainWindow(load(Path(sys.argv[1])))
window.resize(800, 500)   # a 1,600 x 1,000 screen at 200 %
window.show()
view = {a.shortcut().toString(): a for a in window.menus["view"].actions()}
canvas = window.canvas
opened = wait_until(lambda: window.size().toTuple() == (800, 500) and canvas.width() >= 780)
view["Ctrl+0"].trigger()   # View > Fit Map


def smallest_name():
    canvas.viewport().grab()
    zoom = canvas.transform().m11()
    return min(canvas.scene().item(n.id).painted_name_px(zoom) for n in window.document.nodes() if n.kind == "stage")


fitted = wait_until(lambda: smallest_name() >= 6 and canvas.mapToScene(canvas.viewport().rect()).boundingRect()
                    .contains(canvas.scene().map_rect()))
QTest.mouseClick(window.toolbar.widgetForAction(view["F9"]), Qt.MouseButton.LeftButton)   # Side Panels
inspector = wait_until(window.inspector_dock.isVisible)
hidden = [d.objectName() for d in window.findChildren(QDockWidget) if not d.toggleViewAction().isChecked()]
print(json.dumps({"window": window.size().toTuple(), "canvas": canvas.width(), "opened": opened,
                  "names": smallest_name(), "fitted": fitted, "inspector": inspector, "hidden": hidden}))
'''


def test_at_200_percent_scaling_the_map_keeps_the_window_and_the_inspector_is_one_click_away(tmp_path):
    """A 1,600 × 1,000 screen at 200 % is an 800 × 500 window: the panels open folded, the window stays that
    size (it grew past the screen before), the map's names show at 6 px (12 on the screen)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    template = Path(__file__).resolve().parents[2] / "resources" / "templates" / "extended-b2b.de.smap"
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", SCALED_WINDOW, str(template)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["opened"], f"the window or its map did not keep their room: {seen}"
    assert seen["fitted"], f"stage names under 6 px (12 screen px) at the fit: {seen}"
    assert seen["inspector"], "one click on Side Panels shows the Inspector"
    assert "conflicts-panel" in seen["hidden"], "and not a panel with nothing to show"
