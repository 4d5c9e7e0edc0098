"""What a three-way merge could not decide: one `Conflict` per item, kept in the map until resolved.

The map holds one side ("ours"); a conflict keeps the item as the common ancestor had it
(`base`) and as the other side has it (`theirs`), either `None` where the item did not exist
there. Each kind of item has its own conflict type, so a side is validated exactly like a
live item of its list. A "map" conflict's sides are `MapInfo`s of which only the keys
named in `fields` count (the file holds only those).
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Field, StrictStr, create_model, model_validator

from .entities import Decision, Kpi, Lane, Link, MapInfo, Node, Note, Outcome, Phase, Stage
from .fields import Entity, Id, Name

MAX_CONFLICTS = 5_000
DELETED = "(deleted)"  # the field list of an item one side deleted and the other changed
MAP_KEYS = ("title", "goal", "language", "start", "kpis", "funnel", "lane_height")  # top-level keys, file order


def _keys(*types) -> frozenset[str]:
    return frozenset(name for kind in types for name in kind.model_fields)


FIELD_NAMES = {
    "node": _keys(Stage, Decision, Outcome), "link": _keys(Link), "lane": _keys(Lane), "phase": _keys(Phase),
    "note": _keys(Note), "kpi": _keys(Kpi), "map": frozenset(MAP_KEYS),
}


class _Conflict(Entity):
    id: Id
    fields: Annotated[tuple[StrictStr, ...], Field(min_length=1, max_length=64)]

    @model_validator(mode="after")
    def _consistent(self):
        known = FIELD_NAMES[self.what]
        if len(set(self.fields)) != len(self.fields):
            raise ValueError("'fields' names a field twice")
        if DELETED in self.fields and len(self.fields) > 1:
            raise ValueError(f"{DELETED!r} stands alone in 'fields'")
        odd = next((name for name in self.fields if name not in known and name != DELETED), None)
        if odd is not None:
            raise ValueError(f"'fields' names {odd!r}, which is not a field of a {self.what}")
        if self.base is None and self.theirs is None:
            raise ValueError("'base' and 'theirs' are both null; one of them holds the item")
        if self.what == "map" and (self.base is None or self.theirs is None):
            raise ValueError("a map conflict holds both sides: the map is never deleted")
        for side in (self.base, self.theirs):
            if side is not None and self.what != "map" and _item_of(side) != self.item:
                raise ValueError(f"'item' is {self.item!r} but a side holds {_item_of(side)!r}")
        return self


def _item_of(side) -> str:
    return side.name if isinstance(side, Kpi) else side.id


def _conflict_type(what: str, side, item=Id) -> type[_Conflict]:
    """The conflict type of one kind of item: `what` is its tag, `side` the type of `base` and `theirs`."""
    return create_model(f"{what.capitalize()}Conflict", __base__=_Conflict, __module__=__name__,
                        what=(Literal[what], what), item=(item, ...), base=(side | None, ...),
                        theirs=(side | None, ...))


NodeConflict = _conflict_type("node", Node)
LinkConflict = _conflict_type("link", Link)
LaneConflict = _conflict_type("lane", Lane)
PhaseConflict = _conflict_type("phase", Phase)
NoteConflict = _conflict_type("note", Note)
KpiConflict = _conflict_type("kpi", Kpi, item=Name)  # a KPI is known by its name
MapConflict = _conflict_type("map", MapInfo, item=None)  # sides: only the keys in `fields` count


Conflict = Annotated[
    Union[NodeConflict, LinkConflict, LaneConflict, PhaseConflict, NoteConflict, KpiConflict, MapConflict],
    Field(discriminator="what"),
]
AnyConflict = NodeConflict | LinkConflict | LaneConflict | PhaseConflict | NoteConflict | KpiConflict | MapConflict
CONFLICT_TYPES = {kind.model_fields["what"].default: kind for kind in
                  (NodeConflict, LinkConflict, LaneConflict, PhaseConflict, NoteConflict, KpiConflict, MapConflict)}
