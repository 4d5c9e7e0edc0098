"""Constrained value types shared by every entity (the spec's "Rules a reader enforces")."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictStr, model_validator

MAX_TEXT = 20_000
MAX_NAME = 200
MAX_DAYS = 3650.0  # ten years in one stage
COORD_LIMIT = 1_000_000.0
ID_PATTERN = r"^[A-Za-z0-9._-]{1,64}$"


def _round2(value: float) -> float:
    # The file keeps two decimals; rounding on construction means the model never
    # holds a value that would change on save -> load.
    rounded = round(value, 2) + 0.0  # "+ 0.0" turns -0.0 into 0.0
    if rounded == value and rounded:
        return value  # already rounded: keeps the parsed float, not a second one (200,000 bend points)
    return rounded or _ZERO


_ZERO = 0.0
# Entities with the same fields given share one `__pydantic_fields_set__` (a set of 6 to 18 names
# takes 728 bytes: half of a link, a third of the largest map's entities). Sharing is safe because
# entities are frozen: pydantic changes the set only on assignment, or on a copy it made. At most
# MOST_SHARED sets are kept, so that odd combinations cannot grow the table past what they save.
_FIELDS_SETS: dict[frozenset, set] = {}
MOST_SHARED = 4_096


Id = Annotated[StrictStr, Field(pattern=ID_PATTERN)]
Name = Annotated[StrictStr, Field(min_length=1, max_length=MAX_NAME)]
Text = Annotated[StrictStr, Field(max_length=MAX_TEXT)]
Color = Annotated[StrictStr, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]
Coord = Annotated[StrictFloat, Field(ge=-COORD_LIMIT, le=COORD_LIMIT), AfterValidator(_round2)]
Share = Annotated[StrictFloat, Field(ge=0.0, le=1.0), AfterValidator(_round2)]
Days = Annotated[StrictFloat, Field(ge=0.0, le=MAX_DAYS), AfterValidator(_round2)]
Amount = Annotated[StrictFloat, Field(ge=0.0, le=1e15), AfterValidator(_round2)]
LaneHeight = Annotated[StrictFloat, Field(ge=80.0, le=2000.0), AfterValidator(_round2)]
Flag = StrictBool


class Entity(BaseModel):
    """Base of every stored value: immutable, strict, no unknown keys, no NaN."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False, validate_default=False)

    @model_validator(mode="after")
    def _share_fields_set(self):
        given = self.__pydantic_fields_set__
        shared = _FIELDS_SETS.get(frozenset(given))
        if shared is None and len(_FIELDS_SETS) < MOST_SHARED:
            shared = _FIELDS_SETS.setdefault(frozenset(given), given)
        if shared is not None and shared is not given:
            object.__setattr__(self, "__pydantic_fields_set__", shared)
        return self

    def replace(self, **changes):
        """A validated copy with `changes` applied (unlike `model_copy`, which skips validation)."""
        data = self.model_dump()
        data.update(changes)
        return type(self).model_validate(data)
