"""Older file versions are brought up to the current one, one pure dict -> dict step per version.

`STEPS[v]` turns a version-v document into a version-(v+1) document. Version 1 is the
first format, so there is no step yet; version 2 adds `STEPS[1]`.
"""

from __future__ import annotations

from typing import Callable

from ..model import VERSION

Step = Callable[[dict], dict]
STEPS: dict[int, Step] = {}


def migrate(data: dict, steps: dict[int, Step] | None = None, current: int | None = None) -> dict:
    """`data` (already known to have an int version ≤ current) as a current-version dict.

    `steps` and `current` default to this program's (STEPS, VERSION), read when called.
    """
    steps = STEPS if steps is None else steps
    current = VERSION if current is None else current
    version = data["version"]
    while version < current:
        data = steps[version](dict(data))
        version += 1
        data["version"] = version
    return data
