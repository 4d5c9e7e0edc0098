"""Turning a rejected value into one sentence a facilitator can read."""

from __future__ import annotations

from pydantic import ValidationError

_FIELD_WORDS = {
    "name": "Name",
    "text": "Text",
    "x": "Position",
    "y": "Position",
    "conversion_rate": "Conversion rate",
    "expected_days": "Days in stage",
    "share": "Share",
    "color": "Colour",
    "label": "Label",
    "lane_height": "Lane height",
    "target": "Target",
    "language": "Language",
}


def readable(error: ValidationError) -> str:
    """The first problem of a pydantic error, as "Field: what is wrong"."""
    first = error.errors()[0]
    field = str(first["loc"][0]) if first["loc"] else "value"
    words = _FIELD_WORDS.get(field, field.replace("_", " ").capitalize())
    return f"{words}: {first['msg']}"


def validated(entity, **changes):
    """`entity.replace(**changes)`, raising ValueError with a readable message."""
    try:
        return entity.replace(**changes)
    except ValidationError as error:
        raise ValueError(readable(error)) from None


def build(cls, **fields):
    """A new validated entity, raising ValueError with a readable message."""
    try:
        return cls.model_validate(fields)
    except ValidationError as error:
        raise ValueError(readable(error)) from None
