"""Plain JSON data -> validated entities, with errors that name the JSON path."""

from __future__ import annotations

import reprlib
from typing import Annotated, Any

from pydantic import Field, TypeAdapter, ValidationError

from ..model import Lane, Link, MapInfo, Node, Note, Phase
from .errors import SmapError, json_path

MAX_NODES, MAX_LINKS, MAX_NOTES = 20_000, 50_000, 5_000
INFO_KEYS = ("title", "goal", "language", "start", "kpis", "funnel", "lane_height")
TOP_KEYS = ("format", "version", *INFO_KEYS[:4], "lanes", "phases", "nodes", "links", "notes", *INFO_KEYS[4:])
STAGE_ONLY = {"entry_criteria", "activities", "exit_checklist", "substeps", "expected_days", "conversion_rate"}

LISTS: dict[str, TypeAdapter] = {
    "lanes": TypeAdapter(tuple[Lane, ...]),
    "phases": TypeAdapter(tuple[Phase, ...]),
    "nodes": TypeAdapter(Annotated[tuple[Node, ...], Field(max_length=MAX_NODES)]),
    "links": TypeAdapter(Annotated[tuple[Link, ...], Field(max_length=MAX_LINKS)]),
    "notes": TypeAdapter(Annotated[tuple[Note, ...], Field(max_length=MAX_NOTES)]),
}


def validate_parts(data: dict, name: str) -> dict[str, Any]:
    """The validated `info` and entity lists of a current-version document dict."""
    for key in data:
        if key not in TOP_KEYS:
            raise SmapError(name, json_path((key,)), f"unknown key {key!r}")
    if "nodes" not in data:
        raise SmapError(name, json_path(()), "missing key 'nodes'")
    parts: dict[str, Any] = {}
    try:
        parts["info"] = MapInfo.model_validate({k: data[k] for k in INFO_KEYS if k in data})
    except ValidationError as err:
        raise _explain(err, (), data, name) from None
    for key, adapter in LISTS.items():
        try:
            parts[key] = adapter.validate_python(data.get(key, []))
        except ValidationError as err:
            raise _explain(err, (key,), data, name) from None
    return parts


def _explain(err: ValidationError, prefix: tuple, data: dict, name: str) -> SmapError:
    first = err.errors(include_url=False)[0]
    loc = prefix + _drop_union_tags(first["loc"])
    kind, message = first["type"], first["msg"]
    if kind == "extra_forbidden":
        key = loc[-1]
        if loc[:1] == ("nodes",) and (key in STAGE_ONLY or key == "result"):
            owner = _lookup(data, loc[:-1]) or {}
            return SmapError(name, json_path(loc), f"{key!r} is not allowed on a {owner.get('kind', 'node')}")
        return SmapError(name, json_path(loc), f"unknown key {key!r}")
    if kind == "missing":
        return SmapError(name, json_path(loc[:-1]), f"missing key {loc[-1]!r}")
    if kind == "union_tag_not_found":
        return SmapError(name, json_path(loc), "missing key 'kind'; expected 'stage', 'decision' or 'outcome'")
    if kind == "union_tag_invalid":
        return SmapError(name, json_path(loc + ("kind",)), f"unknown kind; expected {first['ctx']['expected_tags']}")
    if kind == "literal_error":
        return SmapError(name, json_path(loc), f"{_shown(first['input'])} is not allowed; expected {first['ctx']['expected']}")
    if kind == "string_pattern_mismatch":
        message = _PATTERN_HINTS.get(str(loc[-1]), message)
    elif kind in ("tuple_type", "list_type"):
        message = "must be a list"
    return SmapError(name, json_path(loc), _plain(message, first.get("input")))


_ID_HINT = "an id is 1 to 64 characters of A-Z a-z 0-9 . _ -"
_PATTERN_HINTS = {
    "id": _ID_HINT, "source": _ID_HINT, "target": _ID_HINT, "owner": _ID_HINT, "phase": _ID_HINT,
    "start": _ID_HINT, "won_at": _ID_HINT,
    "color": "a colour is written #RRGGBB",
    "currency": "a currency is a three-letter ISO 4217 code such as EUR",
    "language": "a language is a BCP 47 tag such as en or de-CH",
}


def _drop_union_tags(loc: tuple) -> tuple:
    # pydantic puts the discriminator value into the path: nodes[3].stage.name -> nodes[3].name
    out: list = []
    for part in loc:
        if part in ("stage", "decision", "outcome") and out and isinstance(out[-1], int):
            continue
        out.append(part)
    return tuple(out)


def _lookup(data: Any, loc: tuple) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _plain(message: str, value: Any) -> str:
    return f"{message[0].lower()}{message[1:]} (got {_shown(value)})"


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother = 2, 60, 60


def _shown(value: Any) -> str:
    """A short one-line picture of a bad value (a deeply nested one must not exhaust the stack)."""
    shown = _REPR.repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."
