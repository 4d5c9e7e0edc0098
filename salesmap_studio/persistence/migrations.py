"""Older file versions are brought up to the current one, one pure dict -> dict step per version.

`STEPS[v]` turns a version-v document into a version-(v+1) document. A step works on
data not yet validated: it changes only what has the shape it expects and leaves the
rest for validation to refuse with its path. A step that finds a key its version did not
have raises `KeyNotInVersion` (the reader names the key and the file's version).
"""

from __future__ import annotations

from typing import Callable

from ..model import VERSION

Step = Callable[[dict], dict]


class KeyNotInVersion(Exception):
    """A key a newer version added, in a file of an older one: `args` = (JSON path tuple, key, version)."""


def _added_by_version_2(data: dict) -> dict:
    """Version 2 added `crm_stages` (stages, outcomes), `points` (links) and `conflicts`: a version 1
    map has no CRM names, draws every link as its own curve and has no merge conflicts."""
    if "conflicts" in data:
        raise KeyNotInVersion(("conflicts",), "conflicts", 1)
    data["conflicts"] = []
    for key, added, kinds in (("nodes", "crm_stages", ("stage", "outcome")), ("links", "points", None)):
        if isinstance(data.get(key), list):
            data[key] = [_with_empty(item, (key, i), added, kinds) for i, item in enumerate(data[key])]
    return data


def _with_empty(item, loc: tuple, added: str, kinds: tuple | None):
    """The item with `added: []`, if it is an object (of one of `kinds`, when given)."""
    if not isinstance(item, dict):
        return item
    if added in item:
        raise KeyNotInVersion((*loc, added), added, 1)
    return {**item, added: []} if kinds is None or item.get("kind") in kinds else item


STEPS: dict[int, Step] = {1: _added_by_version_2}


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
