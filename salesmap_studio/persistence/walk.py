"""Parsing a map's top-level object one member, and one list item, at a time.

`json.loads` builds every item of a list before anything can look at it: a 2 MB
list of a million bad items took 1.4 GB to refuse. Here each item of a top-level
list is handed to `check_item` as soon as it is parsed, so a bad or surplus item
stops the read at once, and no item may hold more than MOST_OBJECTS JSON objects.
"""

from __future__ import annotations

import json
import re
from typing import Callable

# The most JSON objects one list item or top-level value may hold: far more than a valid one has (a stage
# with 200 checklist items has 201), so that a too long list inside an item is refused with its own limit,
# and few enough to keep a hostile item at a few megabytes.
MOST_OBJECTS = 10_000
_SPACE = re.compile(r"[ \t\n\r]*")
# The hook counts objects only: an item of millions of small arrays or strings (32 MiB of `[]` as one
# name took 984 MB) is built whole by the C scanner. So where the text ahead holds far more commas than
# prose or a map's own lists do (a route of bend points has about 84,000 per MiB), an item's JSON values
# are first counted by a tokenizer that stops at MOST_VALUES (a valid stage holds about 4,000).
MOST_VALUES = 100_000
_AHEAD = 1 << 20        # how much text ahead is looked at, in characters
_DENSE = 60_000         # commas in that much text that make it suspect
_SMALL = 4_096          # characters: a value this short holds far fewer than MOST_VALUES values
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},:]|[^\s\[\]{},:"]+')

LIST_KEYS = ("lanes", "phases", "nodes", "links", "notes", "kpis", "conflicts")

CheckValue = Callable[[tuple, object], None]
CheckItem = Callable[[dict, str, int, object], object]  # returns what the list keeps in the item's place


class TooManyObjects(Exception):
    """One item holds more JSON objects than any valid item can."""


class TooManyValues(TooManyObjects):
    """One item holds more JSON values (arrays, strings, numbers…) than any valid item can."""


def counting_hook(make_object: Callable[[list], object]) -> tuple[Callable[[list], object], list[int]]:
    """An `object_pairs_hook` that counts the objects made, and the counter the walker resets per item."""
    counter = [0]

    def hook(pairs: list):
        counter[0] += 1
        if counter[0] > MOST_OBJECTS:
            raise TooManyObjects
        return make_object(pairs)

    return hook, counter


class Walker:
    """Parses `text` (a JSON object) with the C scanner of `decoder`, member by member.

    `check_value(loc, value)` sees each parsed top-level value that is not a list of LIST_KEYS (a
    repeated top-level key comes as `check_value((), Repeated(key))`); `check_item(data, key, index, item)`
    sees each item of those lists, with the members read so far, and returns what the list keeps in its
    place (a reader that has built an entity from the item need not keep the item).
    """

    def __init__(self, text: str, decoder: json.JSONDecoder, counter: list[int]) -> None:
        self.text, self.scan, self.counter = text, decoder.scan_once, counter
        self._looked_from, self._dense = -_AHEAD, False

    def walk(self, check_value: CheckValue, check_item: CheckItem) -> dict:
        data: dict = {}
        i = self._expect(self._space(0), "{", "Expecting value")
        if self._peek(i) == "}":
            return self._end(data, i + 1)
        while True:
            key, i = self._key(i)
            i = self._space(self._expect(self._space(i), ":", "Expecting ':' delimiter"))
            if key in data:
                check_value((), Repeated(key))
            if self._peek(i) == "[" and key in LIST_KEYS:
                data[key], i = self._list(data, key, i + 1, check_item)
            else:
                data[key], i = self._value(i, (key,), check_value)
            i = self._space(i)
            if self._peek(i) == "}":
                return self._end(data, i + 1)
            i = self._expect(i, ",", "Expecting ',' delimiter")

    def whole(self) -> object:
        """The text as one JSON value that is not an object (to be refused by its kind), counted first
        like any item: 32 MiB of `[[], [], …]` would take a gigabyte to build."""
        value, end = self._value(self._space(0), (), None)
        return self._end(value, end)

    def _list(self, data: dict, key: str, i: int, check_item: CheckItem) -> tuple[list, int]:
        items: list = []
        i = self._space(i)
        if self._peek(i) == "]":
            return items, i + 1
        while True:
            item, i = self._value(i, (key, len(items)), None)
            items.append(check_item(data, key, len(items), item))
            i = self._space(i)
            if self._peek(i) == "]":
                return items, i + 1
            i = self._space(self._expect(i, ",", "Expecting ',' delimiter"))

    def _value(self, i: int, loc: tuple, check_value: CheckValue | None) -> tuple[object, int]:
        self.counter[0] = 0
        found = self._dense_ahead(i) and self._small_value(i)
        if found:
            value, end = found
        else:
            value, end = self._scanned(i, loc)
        if check_value is not None:
            check_value(loc, value)
        return value, end

    def _small_value(self, i: int) -> tuple[object, int] | None:
        """The value at `i` if it ends within the next _SMALL characters, else None (to be counted first).
        A value that short holds too few values to be refused by the count, and counting each item of a
        dense list token by token took a third of the time to read a map with every list at its limit."""
        window = self.text[i:i + _SMALL]
        try:
            value, end = self.scan(window, 0)
        except (StopIteration, json.JSONDecodeError, TooManyObjects, RecursionError):
            return None  # too long for the window (or bad): counted and scanned in the whole text, as before
        finally:
            self.counter[0] = 0
        # an object, array or string ends at its own closing mark; a number may go on past the window
        return (value, i + end) if window[end - 1] in '}]"' else None

    def _scanned(self, i: int, loc: tuple) -> tuple[object, int]:
        if self._dense_ahead(i):
            self._count_values(i, loc)
        try:
            value, end = self.scan(self.text, i)
        except StopIteration as stop:
            raise json.JSONDecodeError("Expecting value", self.text, stop.value) from None
        except TooManyObjects:
            raise TooManyObjects(loc) from None
        return value, end

    def _dense_ahead(self, i: int) -> bool:
        """Whether the text from `i` on is suspect; counted again every half window, so that at least half
        a window of what an item holds is always looked at (a smaller item holds too little to matter)."""
        if i - self._looked_from > _AHEAD // 2:
            self._looked_from, self._dense = i, self.text.count(",", i, i + _AHEAD) > _DENSE
        return self._dense

    def _count_values(self, i: int, loc: tuple) -> None:
        """Refuses the value at `i` if it holds more than MOST_VALUES JSON values or MOST_OBJECTS objects (a
        malformed one is left to the scanner, which names the place)."""
        depth = count = objects = 0
        for match in _TOKEN.finditer(self.text, i):
            token = match.group()
            if token in ("[", "{"):
                depth += 1
                objects += token == "{"
                if objects > MOST_OBJECTS:
                    raise TooManyObjects(loc)  # as the scanner's hook would, only sooner
            elif token in ("]", "}"):
                depth -= 1
            if token not in (",", ":", "]", "}"):
                count += 1
                if count > MOST_VALUES:
                    raise TooManyValues(loc)
            if depth <= 0:
                return

    def _key(self, i: int) -> tuple[str, int]:
        i = self._space(i)
        if self._peek(i) != '"':
            raise json.JSONDecodeError("Expecting property name enclosed in double quotes", self.text, i)
        key, end = self.scan(self.text, i)
        return key, end

    def _end(self, data, i: int):
        i = self._space(i)
        if i != len(self.text):
            raise json.JSONDecodeError("Extra data", self.text, i)
        return data

    def _space(self, i: int) -> int:
        return _SPACE.match(self.text, i).end()

    def _peek(self, i: int) -> str:
        return self.text[i:i + 1]

    def _expect(self, i: int, char: str, message: str) -> int:
        if self._peek(i) != char:
            raise json.JSONDecodeError(message, self.text, i)
        return i + 1


class Repeated:
    """A top-level key named twice; JSON would silently keep only the last value."""

    def __init__(self, key: str) -> None:
        self.key = key
