"""Projector view as the room sees it: screenshots and the names' sizes in the screen's pixels (issue 15).

    .venv/bin/python bench/projector_shots.py /tmp/shots            # both templates, en and de, 100/150/200 %
    .venv/bin/python bench/projector_shots.py /tmp/shots --scales 2 --languages de --templates five-step

Each (language, display scaling) runs in a fresh interpreter (QT_SCALE_FACTOR is read when the application
starts) on an offscreen screen of 1,600 × 1,000 pixels (its configuration file), which full screen fills:
the template is opened, F11 pressed, and once the view has settled the window's picture is saved as
`projector-<template>-<language>-<scale>.png` (in the screen's pixels). Printed per run: the zoom, the smallest
stage name, the decision names, the smallest outcome name and link label, and the frozen strips' text, all in
the screen's pixels (em × zoom × scaling).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one(template: str, language: str, out: Path) -> dict:
    import time

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from salesmap_studio.persistence import load
    from salesmap_studio.ui.canvas.items import LabelItem
    from salesmap_studio.ui.main_window import MainWindow

    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    screen = app.primaryScreen().geometry().size().toTuple()

    def wait_until(condition, seconds: float = 20) -> bool:
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            app.processEvents()
        return condition()

    window = MainWindow(load(ROOT / "resources" / "templates" / f"{template}.{language}.smap"))
    window.resize(screen[0], screen[1] - 40)
    window.show()
    wait_until(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F11)   # Projector View
    canvas, scene, panes = window.canvas, window.canvas.scene(), window.canvas.frozen_panes
    wait_until(lambda: window.size().toTuple() == screen and panes.left.isVisible() and panes.top.isVisible())
    wait_until(lambda: False, 0.5)   # the strips' margins and the refit on the next turns

    def sizes(kind: str) -> dict:
        canvas.viewport().grab()   # paints every item at this zoom
        zoom = canvas.transform().m11()
        return {n.name: scene.item(n.id).painted_name_px(zoom) * scale for n in window.document.nodes()
                if n.kind == kind}

    def label_sizes() -> dict:
        zoom = canvas.transform().m11()
        return {" ".join(line.text for line in item.link.geometry.label.lines): label_px(item, zoom) * scale
                for item in scene.items() if isinstance(item, LabelItem)}

    window.grab().save(str(out / f"projector-{template}-{language}-{scale:g}.png"))
    stages, decisions, outcomes, labels = sizes("stage"), sizes("decision"), sizes("outcome"), label_sizes()
    return {"template": template, "language": language, "scale": scale, "zoom": canvas.transform().m11(),
            "stage_min": min(stages.values()), "decisions": decisions,
            "outcome_min": min(outcomes.items(), key=lambda kv: kv[1]), "labels": labels,
            "strip_px": {p.side: strip_px(p) * scale for p in (panes.left, panes.top)}}


def strip_px(pane) -> float:
    """The strip's names as painted, in logical pixels (main before the seventh session: its font's size)."""
    return getattr(pane, "painted_px", None) or pane.names_font().pixelSize()


def label_px(item, zoom: float) -> float:
    """The label as painted, in logical pixels (main before the eighth session: always 12 units, in whole pixels)."""
    painted = getattr(item, "painted_px", None)
    return painted(zoom) if painted else 12 * zoom


def run(template: str, language: str, scale: str, out: Path) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1600,
                                                   "height": 1000, "logicalDpi": 96, "logicalDpiBase": 96,
                                                   "dpr": 1}]}))
        env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
               "XDG_CONFIG_HOME": folder}
        done = subprocess.run([sys.executable, __file__, str(out), "--one", language, "--templates", template], env=env,
                              capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--languages", nargs="+", default=["en", "de"])
    parser.add_argument("--scales", nargs="+", default=["1", "1.5", "2"])
    parser.add_argument("--templates", nargs="+", default=["extended-b2b", "five-step"])
    parser.add_argument("--one", metavar="LANGUAGE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    if args.one:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(one(args.templates[0], args.one, args.folder)))
        return
    print("| template | language | scaling | zoom | smallest stage name | decision names | smallest outcome name "
          "| smallest link label | strip text (left / top) |")
    print("|---|---|---:|---:|---:|---|---|---|---:|")
    for template in args.templates:
        for language in args.languages:
            for scale in args.scales:
                r = run(template, language, scale, args.folder)
                decisions = ", ".join(f"{name}: {px:.1f}" for name, px in r["decisions"].items())
                label = min(r["labels"].items(), key=lambda kv: kv[1])
                print(f"| {template} | {language} | {r['scale']:.0%} | {r['zoom']:.0%} | {r['stage_min']:.1f} "
                      f"| {decisions} | {r['outcome_min'][0]}: {r['outcome_min'][1]:.1f} | {label[0]}: {label[1]:.1f} "
                      f"| {r['strip_px']['left']:g} / {r['strip_px']['top']:g} |", flush=True)

if __name__ == "__main__":
    main()
