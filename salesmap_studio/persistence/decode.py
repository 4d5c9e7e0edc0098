"""Bytes -> plain JSON data, refusing what the spec refuses before any schema check."""

from __future__ import annotations

import json
import math

from .errors import SmapError, json_path
from .walk import MOST_OBJECTS, MOST_VALUES, CheckItem, Repeated, TooManyObjects, TooManyValues, Walker, counting_hook

MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_INT_DIGITS = 309  # more digits than the largest finite float has


class _Constant:
    def __init__(self, token: str) -> None:
        self.token = token


def _parse_int(token: str):
    # Python refuses to convert integers of over 4,300 digits (a ValueError, not a
    # JSON error); anything past float range is refused on the walk with its path.
    return _Constant("a number this large") if len(token.lstrip("-")) > MAX_INT_DIGITS else int(token)


def _object(pairs: list[tuple[str, object]]):
    found = dict(pairs)
    if len(found) == len(pairs):
        return found
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            return Repeated(key)
        seen.add(key)


def decode_text(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SmapError(name, "", "the file is UTF-16 encoded; a .smap file must be UTF-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a UTF-8 byte-order mark (Windows editors) is harmless
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        raise SmapError(name, f"line {line}, column {column}", "the file is not valid UTF-8 text") from None


def parse_json(text: str, name: str, check_item: CheckItem | None = None):
    """The parsed JSON; an object is read member by member, `check_item` seeing each item of its lists."""
    if not text.strip():
        raise SmapError(name, "", "the file is empty")
    hook, counter = counting_hook(_object)
    decoder = json.JSONDecoder(parse_constant=_Constant, parse_int=_parse_int, object_pairs_hook=hook)
    try:
        if text.lstrip(" \t\n\r").startswith("{"):
            data = Walker(text, decoder, counter).walk(lambda loc, value: _check(value, loc, name),
                                                       _values_first(check_item, name))
        else:
            data = Walker(text, decoder, counter).whole()
    except json.JSONDecodeError as err:
        raise SmapError(name, f"line {err.lineno}, column {err.colno}", f"not valid JSON ({err.msg})") from None
    except RecursionError:
        raise SmapError(name, "", "not a sales map: the JSON is nested too deeply") from None
    except TooManyObjects as err:
        where = json_path(err.args[0]) if err.args else json_path(())
        many = f"{MOST_VALUES:,} JSON values" if isinstance(err, TooManyValues) else f"{MOST_OBJECTS:,} JSON objects"
        raise SmapError(name, where, f"holds more than {many}; no part of a map holds so many") from None
    _check(data, (), name)
    return data


def _values_first(check_item: CheckItem | None, name: str) -> CheckItem:
    """`check_item`, but a bad value (NaN, a repeated key…) in a refused item is named before the schema's
    complaint; a good item is not walked here: the whole document is, once, at the end. Returns what
    `check_item` keeps in the item's place (the item itself without one)."""

    def check(seen: dict, key: str, index: int, item):
        try:
            return item if check_item is None else check_item(seen, key, index, item)
        except SmapError:
            _check(item, (key, index), name)
            raise

    return check


def _check(value, loc: tuple, name: str) -> None:
    if len(loc) == 1:
        _check_text(loc[0], (), name)  # a top-level key
    if not _plainly_finite(value):
        _check_values(value, loc, name)  # slow, but finds where the bad value is


def _plainly_finite(data) -> bool:
    """True when no NaN, Infinity, overlong number, repeated key or lone surrogate is anywhere (C speed, no paths)."""
    try:
        json.dumps(data, allow_nan=False, ensure_ascii=False, check_circular=False).encode("utf-8")
    except (ValueError, TypeError, RecursionError):  # UnicodeEncodeError is a ValueError
        return False
    return True


def _check_values(data, loc: tuple, name: str) -> None:
    """Walk the parsed tree at `loc` (without recursion) for NaN, ±Infinity, repeated keys and lone surrogates."""
    stack: list[tuple[object, tuple]] = [(data, loc)]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                _check_text(key, loc, name)
                stack.append((item, loc + (key,)))
        elif isinstance(value, list):
            stack.extend((item, loc + (i,)) for i, item in enumerate(value))
        elif isinstance(value, Repeated):
            raise SmapError(name, json_path(loc + (value.key,)), f"the key {value.key!r} appears twice")
        elif isinstance(value, _Constant):
            raise SmapError(name, json_path(loc), f"{value.token} is not allowed; numbers must be finite")
        elif isinstance(value, float) and not math.isfinite(value):
            raise SmapError(name, json_path(loc), "the number is too large; numbers must be finite")
        elif isinstance(value, str):
            _check_text(value, loc, name)


def _check_text(text: str, loc: tuple, name: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise SmapError(name, json_path(loc), "the text holds an unpaired surrogate escape (\\ud800–\\udfff)") from None
