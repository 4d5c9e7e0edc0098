"""The plain data every painter draws: boxes, outlines, text lines, curves, bands.

Frozen dataclasses of floats, strings and tuples; nothing here knows Qt or
reportlab. Coordinates are scene units (y grows downwards, as on the canvas).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def united(self, other: "Rect") -> "Rect":
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    def adjusted(self, margin: float) -> "Rect":
        return Rect(self.x - margin, self.y - margin, self.w + 2 * margin, self.h + 2 * margin)

    def contains(self, other: "Rect") -> bool:
        eps = 1e-6
        return (other.x >= self.x - eps and other.y >= self.y - eps
                and other.right <= self.right + eps and other.bottom <= self.bottom + eps)


def union(rects) -> Rect | None:
    out = None
    for rect in rects:
        out = rect if out is None else out.united(rect)
    return out


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of text: `x` is its left end, `y` its baseline; `width` is the shared measure."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    color: str
    width: float
    condensed: bool = False   # the condensed bold face (names drawn large in projector view)


@dataclass(frozen=True, slots=True)
class Shape:
    """An outline: a rounded rectangle (`points` empty) or a closed polygon."""

    rect: Rect
    fill: str
    stroke: str = ""
    stroke_width: float = 0.0
    radius: float = 0.0
    points: tuple[tuple[float, float], ...] = ()
    dash: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class NodeGeometry:
    id: str
    kind: str                 # "stage" | "decision" | "outcome"
    box: Rect
    shape: Shape
    accents: tuple[Shape, ...]   # the owner stripe, drawn over the shape
    lines: tuple[TextLine, ...]  # name lines first, then detail lines
    detail_from: int             # index in `lines` where the quiet details start
    shadow: Shape | None = None
    name: str = ""               # the name as written (redrawn larger when zoomed out, see `legible`)


@dataclass(frozen=True, slots=True)
class Label:
    """A link's text on a small rounded background so it stays readable over lines."""

    background: Shape
    lines: tuple[TextLine, ...]


@dataclass(frozen=True, slots=True)
class LinkGeometry:
    """A curve `start` → cubic segments (c1, c2, end) … with an arrowhead polygon at the end."""

    id: str
    kind: str
    start: tuple[float, float]
    segments: tuple[tuple[float, float, float, float, float, float], ...]
    color: str
    width: float
    dash: tuple[float, ...]
    arrow: tuple[tuple[float, float], ...]
    label: Label | None
    bounds: Rect


@dataclass(frozen=True, slots=True)
class NoteGeometry:
    id: str
    box: Rect
    shape: Shape
    lines: tuple[TextLine, ...]
    shadow: Shape | None = None


@dataclass(frozen=True, slots=True)
class BandGeometry:
    """A swimlane (kind "lane") or a phase band; `header` holds the name."""

    id: str
    kind: str
    shape: Shape
    header: Shape
    lines: tuple[TextLine, ...]


@dataclass(frozen=True, slots=True)
class MapGeometry:
    nodes: dict[str, NodeGeometry] = field(default_factory=dict)
    links: dict[str, LinkGeometry] = field(default_factory=dict)
    notes: dict[str, NoteGeometry] = field(default_factory=dict)
    lanes: list[BandGeometry] = field(default_factory=list)
    phases: list[BandGeometry] = field(default_factory=list)
    bounds: Rect = Rect(0.0, 0.0, 0.0, 0.0)
