"""What the canvas overlay shows, read from the evidence report (`Evidence.to_dict()`), never
computed again: each stage's planned and actual conversion and days, each link's observed
transitions, the stage with the biggest exodus, and the transitions the map lacks between two of
its nodes. The planned figures and the links come from the map as it is now, so the overlay
follows every edit (a link added from a ghost takes the ghost's count and the ghost goes).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import SalesMap, Stage
from ..analysis.planned_actual import biggest_exodus
from .text import conversion_differs, days_differ


@dataclass(frozen=True)
class StageBadge:
    planned: float | None        # the map's conversion rate
    actual: float | None         # moved on / (moved on + dropped)
    days: float | None           # median days in the stage
    planned_days: float | None
    entered: int
    dropped: int

    @property
    def conversion_differs(self) -> bool:
        return conversion_differs(self.actual, self.planned)

    @property
    def days_differ(self) -> bool:
        return days_differ(self.days, self.planned_days)


@dataclass(frozen=True)
class GhostLink:
    source: str
    target: str
    count: int


@dataclass(frozen=True)
class OverlayFigures:
    badges: dict[str, StageBadge]
    volumes: dict[str, int]      # link id -> observed transitions
    ghosts: list[GhostLink]
    biggest_drop: str | None     # a node id


def overlay_figures(doc: SalesMap, data: dict) -> OverlayFigures:
    stages, badges = {}, {}
    for node_id, figure in data["stages"].items():
        badge = stage_badge(doc, data, node_id)
        if badge is not None:
            stages[node_id], badges[node_id] = figure, badge
    missing = missing_transitions(doc, data)
    linked = {(link.source, link.target) for link in doc.links()}
    volumes = {link.id: link_volume(data, missing, link) for link in doc.links()}
    ghosts = [GhostLink(source, target, count) for (source, target), count in missing.items()
              if (source, target) not in linked]
    return OverlayFigures(badges, volumes, ghosts, biggest_exodus(stages))


def stage_badge(doc: SalesMap, data: dict, node_id: str) -> StageBadge | None:
    """The badge of a stage of the map that the report has figures for, else None."""
    figure = data["stages"].get(node_id)
    node = doc.node(node_id) if figure is not None and doc.has_node(node_id) else None
    if not isinstance(node, Stage):
        return None
    return StageBadge(node.conversion_rate, figure["conversion"], figure["days_median"], node.expected_days,
                      figure["entered"], figure["dropped"])


def link_volume(data: dict, missing: dict[tuple[str, str], int], link) -> int:
    """The deals that took the link; for a link added since the history was read, its ghost's count."""
    observed = data["links"].get(link.id)
    return observed["transitions"] if observed else missing.get((link.source, link.target), 0)


def missing_transitions(doc: SalesMap, data: dict) -> dict[tuple[str, str], int]:
    """Transitions the map lacked between two of its nodes, as (from, to) node ids -> count."""
    found: dict[tuple[str, str], int] = {}
    for step in data["unmapped_transitions"]:
        source, target = step.get("from_node"), step.get("to_node")
        if source and target and source != target and doc.has_node(source) and doc.has_node(target):
            found[(source, target)] = found.get((source, target), 0) + step["count"]
    return found
