"""Plain JSON data -> validated entities, with errors that name the JSON path."""

from __future__ import annotations

import reprlib
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..model import Conflict, Kpi, Lane, Link, MapInfo, Node, Note, Phase
from ..model.conflicts import MAP_KEYS, MAX_CONFLICTS
from ..model.crm import MAX_CRM_STAGES
from ..model.entities import MAX_CHECKLIST, MAX_POINTS, MAX_SUBSTEPS
from ..model.limits import (MAX_KPIS, MAX_LANES, MAX_LINKS, MAX_NODES, MAX_NOTES, MAX_PHASES, MOST_IN_ALL, IN_ALL,
                            TOTALS_OF, counted)
from .errors import SmapError, json_path

INFO_KEYS = MAP_KEYS
TOP_KEYS = ("format", "version", *INFO_KEYS[:4], "lanes", "phases", "nodes", "links", "notes", *INFO_KEYS[4:],
            "conflicts")
STAGE_ONLY = {"entry_criteria", "activities", "exit_checklist", "substeps", "expected_days", "conversion_rate"}
NOT_ON_A_DECISION = {"result", "crm_stages"}
UNION_TAGS = {"stage", "decision", "outcome", "node", "link", "lane", "phase", "note", "kpi", "map"}

# Each list is validated item by item and refused at its first bad item: pydantic would
# validate a whole list and keep one error per item before its length limit applies
# (a million bad items in 2 MB took 1.4 GB), so the lengths are checked on the raw JSON first.
ITEMS: dict[str, TypeAdapter] = {
    "lanes": TypeAdapter(Lane), "phases": TypeAdapter(Phase), "nodes": TypeAdapter(Node),
    "links": TypeAdapter(Link), "notes": TypeAdapter(Note), "conflicts": TypeAdapter(Conflict),
}
KPI = TypeAdapter(Kpi)
MOST_ITEMS = {"nodes": MAX_NODES, "links": MAX_LINKS, "notes": MAX_NOTES, "conflicts": MAX_CONFLICTS,
              "lanes": MAX_LANES, "phases": MAX_PHASES, "kpis": MAX_KPIS}
_TOTAL_WORDS = {"steps": "checklist items and substeps", "points": "bend points"}
MOST_INSIDE = {  # the lists inside an item of a top-level list (or inside a conflict's side)
    "nodes": {"exit_checklist": MAX_CHECKLIST, "substeps": MAX_SUBSTEPS, "crm_stages": MAX_CRM_STAGES},
    "links": {"points": MAX_POINTS},
}


def validate_parts(data: dict, name: str, read: ItemsRead | None = None,
                   counted_in_all: bool = False) -> dict[str, Any]:
    """The validated `info` and entity lists of a current-version document dict (with the items
    `read` validated already, where it holds a whole list; `counted_in_all`: the map-wide totals were
    counted as the file was read)."""
    for key in data:
        if key not in TOP_KEYS:
            raise SmapError(name, json_path((key,)), f"unknown key {key!r}")
    if "nodes" not in data:
        raise SmapError(name, json_path(()), "missing key 'nodes'")
    if not counted_in_all:
        _count_in_all(data, name)
    parts: dict[str, Any] = {}
    info = {k: data[k] for k in INFO_KEYS if k in data}
    if "kpis" in info:
        info["kpis"] = _validate_list(data, ("kpis",), KPI, name, read)
    try:
        parts["info"] = MapInfo.model_validate(info)
    except ValidationError as err:
        raise _explain(err, (), data, name) from None
    for key, adapter in ITEMS.items():
        parts[key] = _validate_list(data, (key,), adapter, name, read)
    return parts


class ItemsRead:
    """Checks each list item as the file is read, refusing a surplus or bad item at once, and keeps the
    validated items so that `validate_parts` need not validate them again.

    Items are validated while the file's version (read so far) is `current`; those of another
    version are left to the "newer version" error or to validation after migration. Once the file
    has said it is `current`, a valid item's entity is all that is kept: the list holds None in its
    place (the raw items beside the entities took a quarter of the memory of the largest map). The
    whole-file check for NaN, overlong numbers, repeated keys and lone surrogates loses nothing by
    it: the schema refuses each of them in any item it accepts (and the walk then names the value)."""

    def __init__(self, name: str, current: int) -> None:
        self.name, self.current = name, current
        self.items: dict[str, list] = {}
        self.in_all = InAll(name)

    def check(self, seen: dict, key: str, index: int, item: Any) -> Any:
        most = MOST_ITEMS.get(key)
        if most is not None and index >= most:
            raise SmapError(self.name, json_path((key,)), f"holds more than {most:,} items; at most {most:,} are allowed")
        self.in_all.add(key, index, item)
        if seen.get("version", self.current) != self.current:
            return item
        adapter = KPI if key == "kpis" else ITEMS[key]
        entity = _validate_item(item, (key, index), adapter, {key: {index: item}}, self.name)
        self.items.setdefault(key, []).append(entity)
        return None if seen.get("version") == self.current else item

    def validated(self, key: str, items: list) -> tuple | None:
        done = self.items.get(key, [])
        return tuple(done) if len(done) == len(items) else None


class InAll:
    """The map-wide totals (checklist items and substeps, bend points) of the raw items seen so far,
    refusing the item that takes one past its limit."""

    def __init__(self, name: str) -> None:
        self.name, self.totals = name, dict.fromkeys(IN_ALL, 0)

    def add(self, key: str, index: int, item: Any) -> None:
        if key not in TOTALS_OF or not isinstance(item, dict):
            return
        sides = [(side, item.get(side)) for side in ("base", "theirs")] if key == "conflicts" else [((), item)]
        for total in TOTALS_OF[key]:
            most = MOST_IN_ALL[total]
            for side, part in sides:
                self.totals[total] += counted(part, total)
                if self.totals[total] > most:
                    inner = [inside for inside in IN_ALL[total] if part.get(inside)][-1]  # the list that went past
                    where = json_path((key, index, *((side,) if side else ()), inner))
                    raise SmapError(self.name, where, f"the map holds more than {most:,} {_TOTAL_WORDS[total]} "
                                                      f"in all; at most {most:,} are allowed")


def _count_in_all(data: dict, name: str) -> None:
    in_all = InAll(name)
    for key in TOTALS_OF:
        items = data.get(key)
        for index, item in enumerate(items if isinstance(items, list) else ()):
            in_all.add(key, index, item)


def check_sizes(data: dict, name: str) -> None:
    """The "Sizes" counts of a map about to be written, refused as the reader refuses them: no command may
    write a file that cannot be opened again (auto layout's routes can pass the bend points in all)."""
    for key, most in MOST_ITEMS.items():
        items = data.get(key)
        if isinstance(items, list):
            _check_length(items, (key,), most, name)
    _count_in_all(data, name)


def _validate_list(data: dict, loc: tuple, adapter: TypeAdapter, name: str, read: ItemsRead | None) -> tuple:
    """The validated items of the list at `loc`, refused at its first bad item."""
    items = _lookup(data, loc) if loc[0] in data else []
    if not isinstance(items, list):
        raise SmapError(name, json_path(loc), f"must be a list (got {_shown(items)})")
    _check_length(items, loc, MOST_ITEMS.get(loc[-1]), name)
    done = read.validated(loc[0], items) if read is not None else None
    if done is not None:
        return done
    return tuple(_validate_item(item, (*loc, i), adapter, data, name) for i, item in enumerate(items))


def _validate_item(item: Any, loc: tuple, adapter: TypeAdapter, data: dict, name: str):
    if isinstance(item, dict):
        _check_inner_lengths(item, loc, loc[0], name)
        if loc[0] == "conflicts":
            _check_conflict_sides(item, loc, name)
    try:
        return adapter.validate_python(item)
    except ValidationError as err:
        raise _explain(err, loc, data, name) from None


def _check_inner_lengths(item: dict, loc: tuple, key: str, name: str) -> None:
    for inner, most in MOST_INSIDE.get(key, {}).items():
        if isinstance(item.get(inner), list):
            _check_length(item[inner], (*loc, inner), most, name)


def _check_conflict_sides(conflict: dict, loc: tuple, name: str) -> None:
    """Before pydantic sees a conflict: the lists in its sides are not too long, and a "map" conflict's
    sides hold just the keys its `fields` name."""
    what, fields = conflict.get("what"), conflict.get("fields")
    for side_key in ("base", "theirs"):
        side = conflict.get(side_key)
        if not isinstance(side, dict):
            continue
        _check_inner_lengths(side, (*loc, side_key), f"{what}s", name)
        if what != "map" or not isinstance(fields, list):
            continue
        for key in side:
            if key not in fields:
                raise SmapError(name, json_path((*loc, side_key, key)), f"{key!r} is not one of this conflict's fields")
        for key in fields:
            if isinstance(key, str) and key not in side:
                raise SmapError(name, json_path((*loc, side_key)), f"missing key {key!r} (named in 'fields')")


def _check_length(items: list, loc: tuple, most: int | None, name: str) -> None:
    if most is not None and len(items) > most:
        raise SmapError(name, json_path(loc), f"holds {len(items):,} items; at most {most:,} items are allowed")


def _explain(err: ValidationError, prefix: tuple, data: dict, name: str) -> SmapError:
    first = err.errors(include_url=False)[0]
    loc = _drop_union_tags(prefix + tuple(first["loc"]))
    kind, message = first["type"], first["msg"]
    if kind == "extra_forbidden":
        key = loc[-1]
        if _in_a_node(loc, data) and (key in STAGE_ONLY or key in NOT_ON_A_DECISION):
            owner = _lookup(data, loc[:-1]) or {}
            return SmapError(name, json_path(loc), f"{key!r} is not allowed on a {owner.get('kind', 'node')}")
        return SmapError(name, json_path(loc), f"unknown key {key!r}")
    if kind == "missing":
        return SmapError(name, json_path(loc[:-1]), f"missing key {loc[-1]!r}")
    tag = "what" if loc[:1] == ("conflicts",) and len(loc) == 2 else "kind"  # a conflict's, or a node's
    if kind == "union_tag_not_found":
        return SmapError(name, json_path(loc), f"missing key {tag!r}; expected {_TAGS[tag]}")
    if kind == "union_tag_invalid":
        return SmapError(name, json_path(loc + (tag,)), f"unknown {_TAG_WORD[tag]}; expected {_TAGS[tag]}")
    if kind == "literal_error":
        return SmapError(name, json_path(loc), f"{_shown(first['input'])} is not allowed; expected {first['ctx']['expected']}")
    if kind == "string_pattern_mismatch":
        message = _PATTERN_HINTS.get(str(loc[-1]), message)
    elif kind in ("tuple_type", "list_type"):
        message = "must be a list"
    elif kind == "value_error":
        return SmapError(name, json_path(loc), str(first["ctx"]["error"]))
    if "points" in loc[-3:-1] and kind in ("tuple_type", "list_type", "too_short", "too_long"):
        message = "a point is a pair [x, y] of numbers"
    return SmapError(name, json_path(loc), _plain(message, first.get("input")))


_TAGS = {"kind": "'stage', 'decision' or 'outcome'", "what": "'node', 'link', 'lane', 'phase', 'note', 'kpi' or 'map'"}
_TAG_WORD = {"kind": "kind", "what": "'what'"}
_ID_HINT = "an id is 1 to 64 characters of A-Z a-z 0-9 . _ -"
_PATTERN_HINTS = {
    "id": _ID_HINT, "source": _ID_HINT, "target": _ID_HINT, "owner": _ID_HINT, "phase": _ID_HINT,
    "start": _ID_HINT, "won_at": _ID_HINT,
    "color": "a colour is written #RRGGBB",
    "currency": "a currency is a three-letter ISO 4217 code such as EUR",
    "language": "a language is a BCP 47 tag such as en or de-CH",
}


def _in_a_node(loc: tuple, data: dict) -> bool:
    """Whether the key at `loc` is a node's: a live one's, or one of a node conflict's sides."""
    if loc[:1] == ("nodes",):
        return True
    conflict = _lookup(data, loc[:2]) if loc[:1] == ("conflicts",) else None
    return len(loc) == 4 and loc[2] in ("base", "theirs") and isinstance(conflict, dict) and \
        conflict.get("what") == "node"


def _drop_union_tags(loc: tuple) -> tuple:
    # pydantic puts the discriminator value into the path: nodes[3].stage.name -> nodes[3].name,
    # conflicts[0].node.base.stage.name -> conflicts[0].base.name
    out: list = []
    for part in loc:
        if part in UNION_TAGS and out and (isinstance(out[-1], int) or out[-1] in ("base", "theirs")):
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
