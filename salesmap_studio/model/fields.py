"""Constrained value types shared by every entity (the spec's "Rules a reader enforces")."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictStr

MAX_TEXT = 20_000
MAX_NAME = 200
MAX_DAYS = 3650.0  # ten years in one stage
COORD_LIMIT = 1_000_000.0
ID_PATTERN = r"^[A-Za-z0-9._-]{1,64}$"


def _round2(value: float) -> float:
    # The file keeps two decimals; rounding on construction means the model never
    # holds a value that would change on save -> load.
    return round(value, 2) + 0.0  # "+ 0.0" turns -0.0 into 0.0


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

    def replace(self, **changes):
        """A validated copy with `changes` applied (unlike `model_copy`, which skips validation)."""
        data = self.model_dump()
        data.update(changes)
        return type(self).model_validate(data)
