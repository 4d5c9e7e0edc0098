"""`MapParts`: what a document holds at one moment, as the frozen entities themselves.

Entities are frozen, so taking the parts copies no entity: only the lists that
hold them (milliseconds at 20,000 stages). The parts answer the read queries that
`serialize.map_to_dict` asks, so a worker thread can turn them into JSON while
the document goes on changing on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from .conflicts import AnyConflict
from .entities import Decision, Lane, Link, MapInfo, Note, Outcome, Phase, Stage


@dataclass(frozen=True)
class MapParts:
    info: MapInfo
    lane_list: tuple[Lane, ...]
    phase_list: tuple[Phase, ...]
    node_list: tuple[Stage | Decision | Outcome, ...]
    link_list: tuple[Link, ...]
    note_list: tuple[Note, ...]
    conflict_list: tuple[AnyConflict, ...]

    def lanes(self) -> tuple[Lane, ...]:
        return self.lane_list

    def phases(self) -> tuple[Phase, ...]:
        return self.phase_list

    def nodes(self) -> tuple[Stage | Decision | Outcome, ...]:
        return self.node_list

    def links(self) -> tuple[Link, ...]:
        return self.link_list

    def notes(self) -> tuple[Note, ...]:
        return self.note_list

    def conflicts(self) -> tuple[AnyConflict, ...]:
        return self.conflict_list

    def to_dict(self) -> dict:
        """The parts as the canonical .smap dict, as `SalesMap.to_dict` gives it."""
        from .serialize import map_to_dict

        return map_to_dict(self)
