"""How a map's fields travel as attributes of draw.io `<object>` cells, both ways.

Each field of an entity becomes `smap_<field>`; texts go as they are, every other value
as JSON, so that an exported map reads back with nothing lost. `smap` names the entity.
"""

from __future__ import annotations

import json
from typing import Any

from ..analysis.safe_text import xml_text

TEXT_FIELDS = frozenset({"id", "name", "notes", "entry_criteria", "activities", "owner", "phase", "result",
                         "kind", "label", "source", "target", "color", "text", "title", "goal", "language",
                         "start"})
PREFIX = "smap_"


def to_attributes(fields: dict[str, Any]) -> dict[str, str]:
    """`{"notes": "…", "expected_days": 3}` -> `{"smap_notes": "…", "smap_expected_days": "3"}`; None is left out."""
    out = {}
    for key, value in fields.items():
        if value is None:
            continue
        raw = value if key in TEXT_FIELDS else json.dumps(value, ensure_ascii=False, allow_nan=False)
        out[PREFIX + key] = xml_text(raw)   # XML 1.0 cannot hold a control character at all
    return out


def from_attributes(attributes: dict[str, str], place: str) -> dict[str, Any]:
    """The fields stored in a cell's `smap_*` attributes; ValueError names the attribute that is not JSON."""
    out: dict[str, Any] = {}
    for name, raw in attributes.items():
        if not name.startswith(PREFIX):
            continue
        key = name[len(PREFIX):]
        if key in TEXT_FIELDS:
            out[key] = raw
            continue
        try:
            out[key] = json.loads(raw, parse_constant=_refuse)
        except ValueError:
            raise ValueError(f"{place}: the attribute {name} is not a JSON value") from None
    return out


def _refuse(word: str):
    raise ValueError(word)  # NaN and Infinity are no values of a map
