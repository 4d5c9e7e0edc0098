"""At the default fit the room can read the stage names (issue 15, level of detail): at least 12 px tall."""

import pytest

from salesmap_studio.analysis.geometry.legible import READABLE_PX

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
