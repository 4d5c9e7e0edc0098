"""Projector view reads from across the room at 100 %, 150 % and 200 % display scaling (issue 15): on a
1,600 × 1,000 screen every stage name of the extended template is 20 of the screen's pixels tall, no name
is drawn much larger than another, the decision's name is half as large again as it was in its diamond (and
inside its shape, clear of the links' labels), the frozen strips name every lane and phase whole, in
13 of the screen's pixels, the links' labels are 14 of them where the map leaves them room (covering no box,
arrowhead or other label) and outcome names nearly as large as stage names.

QT_SCALE_FACTOR is read when the application starts, so each scaling runs in a fresh interpreter, on an
offscreen screen of 1,600 × 1,000 pixels (its configuration file), which full screen then fills.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from salesmap_studio.analysis.geometry.legible import PROJECTOR_PX, ROOM_LABEL_PX
from salesmap_studio.analysis.geometry.links import LABEL_SIZE
from salesmap_studio.ui.canvas.frozen_panes import TEXT_PX

from .test_legible_zoom import INK_PER_EM

PROJECTOR_AT_SCALE = r'''
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPolygonF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from salesmap_studio.analysis.geometry.shapes import ASCENT
from salesmap_studio.persistence import load
from salesmap_studio.ui.canvas.items import LabelItem
from salesmap_studio.ui.main_window import MainWindow

scale = float(os.environ["QT_SCALE_FACTOR"])
screen = app.primaryScreen().geometry().size().toTuple()   # 1,600 x 1,000 of the screen's pixels


def wait_until(condition):
    deadline = time.monotonic() + 20
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
    return condition()


window = MainWindow(load(Path(sys.argv[1])))
window.resize(screen[0], screen[1] - 40)
window.show()
canvas, scene = window.canvas, window.canvas.scene()
wait_until(window.isActiveWindow)
QTest.keyClick(window, Qt.Key.Key_F11)   # Projector View
entered = wait_until(lambda: window.isFullScreen() and not window.toolbar.isVisible())
stages = [n for n in window.document.nodes() if n.kind == "stage"]


def screen_px():
    """Each stage name's em on the screen: as painted, at the view's zoom, in the screen's pixels."""
    canvas.viewport().grab()
    zoom = canvas.transform().m11()
    return [scene.item(n.id).painted_name_px(zoom) * scale for n in stages]


panes = canvas.frozen_panes
settled = wait_until(lambda: window.size().toTuple() == screen and panes.left.isVisible() and panes.top.isVisible()
                     and min(screen_px()) >= 20)
outside = []
for node in window.document.nodes():
    item = scene.item(node.id)
    box = item.box_rect
    for line in item.painted_name:   # every line inside its own box, so no two names overlap
        ink_top, ink_bottom = line.y - ASCENT * line.size, line.y + (1 - ASCENT) * line.size
        if not (box.left() < line.x and line.x + line.width < box.right() and box.top() < ink_top
                and ink_bottom < box.bottom()):
            outside.append(line.text)

# Decisions: each line's ink inside the outline as painted, and no link's label over that outline
decisions, labels = {}, [QRectF(*(lambda r: (r.x, r.y, r.w, r.h))(link.label.background.rect))
                         for link in (scene.item(k.id).geometry for k in window.document.links())
                         if link.label is not None]
canvas.viewport().grab()
for node in window.document.nodes():
    if node.kind != "decision":
        continue
    item = scene.item(node.id)
    outline = QPolygonF([QPointF(x, y) for x, y in item.painted_shape.points])
    out = [line.text for line in item.painted_name
           if not all(outline.containsPoint(QPointF(x, y), Qt.FillRule.OddEvenFill)
                      for x in (line.x, line.x + line.width)
                      for y in (line.y - ASCENT * line.size, line.y + (1 - ASCENT) * line.size))]
    decisions[node.name] = {"px": item.painted_name_px(canvas.transform().m11()) * scale, "outside": out,
                            "shown": " ".join(line.text for line in item.painted_name),
                            "under_labels": sum(outline.intersects(QPolygonF(rect)) for rect in labels)}

# The first line's ink, counted in the screen's pixels of the viewport's picture
first = next(n for n in stages if n.name in ("Proposal / quote", "Angebot"))
picture = canvas.viewport().grab().toImage()
box = canvas.mapFromScene(scene.item(first.id).sceneBoundingRect()).boundingRect()
top, bottom, left, right = (round(v * scale) for v in (box.top(), box.bottom(), box.left(), box.right()))
inset = round(8 * scale)   # the outline, its shadow and the owner's stripe are not text
rows = [y for y in range(top + inset, bottom - inset)
        if any(picture.pixelColor(x, y).lightness() < 110 for x in range(left + 2 * inset, right - inset))]
ink = 1 if rows else 0
for a, b in zip(rows, rows[1:]):
    if b != a + 1:
        break
    ink += 1

strips = {}
for pane in (panes.left, panes.top):
    metrics = QFontMetrics(pane.names_font())
    strips[pane.side] = {"names": [pane.name(b) for b in pane.bands()],
                         "shown": [pane.label(b, metrics)[1] for b in pane.bands()],
                         "text_px": pane.painted_px * scale}
# Links' labels as painted: their size on the screen, and what each one covers
zoom = canvas.transform().m11()
label_items = [item for item in scene.items() if isinstance(item, LabelItem)]
solid = {node.name: scene.item(node.id).box_rect for node in window.document.nodes()}
solid.update({f"note {note.id}": scene.item(note.id).box_rect for note in window.document.notes()})
labels = {}
for item in label_items:
    rect = item.painted_label.background.rect
    drawn = QRectF(rect.x, rect.y, rect.w, rect.h).translated(item.pos())
    solid[f"label {item.link.item_id}"] = drawn
for item in label_items:
    rect = item.painted_label.background.rect
    drawn = QRectF(rect.x, rect.y, rect.w, rect.h).translated(item.pos())
    arrows = {f"arrowhead of {link.item_id}": QPolygonF([QPointF(x, y) for x, y in link.geometry.arrow])
              .boundingRect() for link in (scene.item(k.id) for k in window.document.links())}
    covered = [name for name, other in {**solid, **arrows}.items()
               if name != f"label {item.link.item_id}" and drawn.intersects(other)]
    labels[" ".join(line.text for line in item.painted_label.lines)] = {"px": item.painted_px(zoom) * scale,
                                                                       "covers": covered}
outcomes = {n.name: scene.item(n.id).painted_name_px(zoom) * scale for n in window.document.nodes()
            if n.kind == "outcome"}

sizes = screen_px()
print(json.dumps({"labels": labels, "outcomes": outcomes, "zoom": zoom, "screen": screen, "entered": entered, "settled": settled, "sizes": sizes, "outside": outside, "ink": ink,
                  "decisions": decisions,
                  "strips": strips, "whole_map": canvas.mapToScene(canvas.viewport().rect()).boundingRect()
                  .contains(scene.content_rect())}))
'''


def projector_at(scale: str, language: str, folder: Path) -> dict:
    template = Path(__file__).resolve().parents[2] / "resources" / "templates" / f"extended-b2b.{language}.smap"
    screen = folder / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1600, "height": 1000,
                                               "logicalDpi": 96, "logicalDpiBase": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
           "XDG_CONFIG_HOME": str(folder)}
    done = subprocess.run([sys.executable, "-c", PROJECTOR_AT_SCALE, str(template)], env=env, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def seen_at(tmp_path_factory):
    """Projector view at this scaling and language, entered once for every test of this module."""
    seen = {}

    def at(scale: str, language: str) -> dict:
        if (scale, language) not in seen:
            seen[scale, language] = projector_at(scale, language, tmp_path_factory.mktemp("screen"))
        return seen[scale, language]
    return at


SCALES = pytest.mark.parametrize("scale", ["1", "1.5", "2"])
LANGUAGES = pytest.mark.parametrize("language", ["en", "de"])


@SCALES
@LANGUAGES
def test_projector_view_shows_every_stage_name_20_screen_px_at_display_scaling(seen_at, scale, language):
    seen = seen_at(scale, language)
    assert seen["screen"] == [round(1600 / float(scale)), round(1000 / float(scale))]
    assert seen["entered"], "F11 (Projector View) hides the bars and goes full screen"
    assert seen["settled"] and min(seen["sizes"]) >= PROJECTOR_PX, seen["sizes"]
    assert max(seen["sizes"]) < 1.2 * PROJECTOR_PX, f"names of uneven size: {seen['sizes']}"
    assert seen["ink"] >= PROJECTOR_PX * INK_PER_EM, f"the first line's ink is {seen['ink']} screen px tall"
    assert not seen["outside"], f"lines outside their box: {seen['outside']}"
    assert seen["whole_map"]
    for side, strip in seen["strips"].items():
        assert strip["shown"] == strip["names"], f"the {side} strip cuts names off: {strip['shown']}"


@SCALES
@LANGUAGES
def test_projector_view_draws_the_strips_names_13_screen_px_at_every_display_scaling(seen_at, scale, language):
    for side, strip in seen_at(scale, language)["strips"].items():   # 13 x 1/2 was rounded to 6 logical px
        assert strip["text_px"] == pytest.approx(TEXT_PX), f"the {side} strip's names are {strip['text_px']} px"


@SCALES
@LANGUAGES
def test_projector_view_draws_the_decision_name_three_quarters_as_large_as_stage_names(seen_at, scale, language):
    decisions = seen_at(scale, language)["decisions"]
    assert decisions
    for name, drawn in decisions.items():
        assert drawn["px"] >= 0.75 * PROJECTOR_PX, f"{name!r}: {drawn['px']:.1f} screen px (it was 10 in its diamond)"
        assert drawn["shown"].replace(" ", "") == name.replace(" ", ""), drawn["shown"]   # whole, no word broken
        assert not drawn["outside"], f"lines outside the decision's outline: {drawn['outside']}"
        assert drawn["under_labels"] == 0, f"{name!r} is drawn over a link's label"


@SCALES
@LANGUAGES
def test_projector_view_draws_links_labels_14_screen_px_where_the_map_leaves_them_room(seen_at, scale, language):
    seen = seen_at(scale, language)
    labels, usual = seen["labels"], LABEL_SIZE * seen["zoom"] * float(scale)   # 8.8 screen px at this fit
    assert len(labels) == 7
    for text, drawn in labels.items():
        assert not drawn["covers"], f"{text!r} covers {drawn['covers']}"
        if text == "60 %":   # in the 50 units between "Proposal" and the next stage: as large as fits there
            assert drawn["px"] >= 1.2 * usual, f"{text!r}: {drawn['px']:.1f} screen px"
        else:
            assert drawn["px"] >= ROOM_LABEL_PX, f"{text!r}: {drawn['px']:.1f} screen px (it was {usual:.1f})"


@SCALES
@LANGUAGES
def test_projector_view_draws_outcome_names_nearly_as_large_as_stage_names(seen_at, scale, language):
    outcomes = seen_at(scale, language)["outcomes"]
    assert len(outcomes) == 3
    for name, px in outcomes.items():   # two lines fill a pill's 56 units at 17 px; one line reaches 18.5 to 20
        assert px >= 0.8 * PROJECTOR_PX, f"{name!r}: {px:.1f} screen px"
