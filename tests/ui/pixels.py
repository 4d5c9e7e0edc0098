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
