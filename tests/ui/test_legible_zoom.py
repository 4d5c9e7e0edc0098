"""At the default fit the room can read the stage names (issue 15, level of detail): at least 12 px tall."""

import pytest

from salesmap_studio.analysis.geometry.legible import PROJECTOR_PX, READABLE_PX
from salesmap_studio.analysis.geometry.shapes import ASCENT

# DejaVu Sans Bold: "Proposal /" and "Angebot" reach from a capital's top to a descender's foot, about
# 0.95 em; with the antialiased edges left out (lightness under 110) about 0.83 em stays
INK_PER_EM = 0.8


def name_ink_height(window, name: str) -> int:
    """Rows of dark ink in the first line of the node's name as the viewport shows it (pixels)."""
    canvas = window.canvas
    node = next(n for n in window.document.nodes() if n.name == name)
    box = canvas.mapFromScene(canvas.scene().item(node.id).sceneBoundingRect()).boundingRect()
    image = canvas.viewport().grab().toImage()
    inset = 8  # the outline, its shadow and the owner's stripe are not text
    rows = [y for y in range(box.top() + inset, box.bottom() - inset)
            if any(image.pixelColor(x, y).lightness() < 110 for x in range(box.left() + 2 * inset, box.right() - inset))]
    first = [rows[0]] if rows else []
    for y in rows[1:]:
        if y != first[-1] + 1:
            break
        first.append(y)
    return len(first)


@pytest.mark.parametrize("language,name", [("en", "Proposal / quote"), ("de", "Angebot")])
def test_stage_names_are_at_least_12_px_at_the_default_fit(window_for, template, qtbot, language, name):
    window = window_for(template("extended-b2b", language))
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600)
    fit = next(a for a in window.menus["view"].actions() if a.shortcut().toString() == "Ctrl+0")
    fit.trigger()  # View ▸ Fit Map
    assert window.canvas.transform().m11() * 15 < READABLE_PX  # the usual name would be too small here
    assert name_ink_height(window, name) >= READABLE_PX * INK_PER_EM


def opened_at(qtbot, document, width: int, height: int):
    """A window opened at this size, as the app opens one: the panels' first layout is made for it."""
    from salesmap_studio.ui.main_window import MainWindow

    window = MainWindow(document)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def stage_name_heights(window) -> list[float]:
    """Each stage name's height on screen as painted: its item's font (em, pixels) times the view's zoom."""
    canvas = window.canvas
    canvas.viewport().grab()   # paints the items at this zoom
    zoom = canvas.transform().m11()
    return [canvas.scene().item(n.id).painted_name_px(zoom) for n in window.document.nodes() if n.kind == "stage"]


def shows_whole_map(window) -> bool:
    canvas = window.canvas
    return canvas.mapToScene(canvas.viewport().rect()).boundingRect().contains(canvas.scene().map_rect())


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_default_window_shows_the_whole_extended_template_with_every_stage_name_12_px(qtbot, template,
                                                                                         language):
    window = opened_at(qtbot, template("extended-b2b", language), 1600, 1000)
    fit = next(a for a in window.menus["view"].actions() if a.shortcut().toString() == "Ctrl+0")
    fit.trigger()  # View ▸ Fit Map
    qtbot.waitUntil(lambda: shows_whole_map(window) and min(stage_name_heights(window)) >= READABLE_PX)
    assert window.inspector_dock.isVisible(), "the Inspector stays beside the map"


@pytest.mark.parametrize("language", ["en", "de"])
def test_projector_view_shows_every_stage_name_20_px_and_inside_its_box(qtbot, template, language):
    window = opened_at(qtbot, template("extended-b2b", language), 1600, 1000)
    projector = next(a for a in window.menus["view"].actions() if a.shortcut().toString() == "F11")
    projector.trigger()   # View ▸ Projector View
    qtbot.waitUntil(lambda: window.isFullScreen() and window.canvas.width() >= window.width() - 4)   # panels gone
    window.resize(1600, 1000)   # the offscreen screen is not 1,600 x 1,000: its full screen is made by hand
    qtbot.waitUntil(lambda: window.canvas.viewport().width() >= 1500)
    qtbot.waitUntil(lambda: min(stage_name_heights(window)) >= PROJECTOR_PX)
    scene = window.canvas.scene()
    for node in window.document.nodes():
        item = scene.item(node.id)
        box = item.box_rect
        for line in item.painted_name:   # every line inside its own box, so no two names overlap
            assert box.left() < line.x and line.x + line.width < box.right(), (node.name, line.text)
            ink_top, ink_bottom = line.y - ASCENT * line.size, line.y + (1 - ASCENT) * line.size
            assert box.top() < ink_top and ink_bottom < box.bottom(), (node.name, line.text)
    assert window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect().contains(scene.content_rect())
