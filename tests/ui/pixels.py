"""Reading what the user sees: how many pixels of a grabbed image have about a given colour."""

from __future__ import annotations


def count_near(image, colour, tolerance: int = 24) -> int:
    """Pixels (every second one, both ways) whose RGB differs from `colour` by less than `tolerance` in sum."""
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            found += abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()) \
                < tolerance
    return found


def ink_in(image, left: float, top: float, width: float, height: float, colour, tolerance: int = 60) -> int:
    """Pixels inside the rectangle (image pixels, clipped to the image) within `tolerance` of `colour`."""
    x0, y0 = max(0, int(left)), max(0, int(top))
    x1, y1 = min(image.width(), int(left + width) + 1), min(image.height(), int(top + height) + 1)
    found = 0
    for y in range(y0, y1):
        for x in range(x0, x1):
            c = image.pixelColor(x, y)
            found += abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()) \
                < tolerance
    return found


def text_box(line, origin_x: float, origin_y: float, scale: float) -> tuple[float, float, float, float]:
    """Where a geometry TextLine lies in an image of the scene from (origin_x, origin_y) drawn at `scale`."""
    from salesmap_studio.analysis.geometry.shapes import ASCENT

    return ((line.x - origin_x) * scale, (line.y - line.size * ASCENT - origin_y) * scale,
            line.width * scale, line.size * scale)


def dark_in(image, left: float, top: float, width: float, height: float, below: int = 170) -> int:
    """Pixels inside the rectangle darker than `below` (of 255): small text, antialiased, is at least that."""
    x0, y0 = max(0, int(left)), max(0, int(top))
    x1, y1 = min(image.width(), int(left + width) + 1), min(image.height(), int(top + height) + 1)
    return sum(image.pixelColor(x, y).lightness() < below for y in range(y0, y1) for x in range(x0, x1))
