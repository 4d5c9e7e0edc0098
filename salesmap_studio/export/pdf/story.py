"""The playbook's flowables, made only as far as the page being laid out needs them.

The largest map's playbook is 10,817 pages; building every paragraph first held
them all (and `list.pop(0)` made taking them quadratic). A `Story` draws from its
sources lazily into a small buffer, so memory holds about a page.
"""

from __future__ import annotations

import itertools
from collections import deque
from typing import Iterable, Iterator

from reportlab.platypus import Flowable


class Story:
    def __init__(self, *sources: Iterable[Flowable]) -> None:
        self._source = itertools.chain(*sources)
        self._buffer: deque[Flowable] = deque()
        self.taken = 0  # flowables laid out (or left out) so far

    def __bool__(self) -> bool:
        return self._has(1)

    def __iter__(self) -> Iterator[Flowable]:
        """The flowables still to come, without taking them."""
        i = 0
        while self._has(i + 1):
            yield self._buffer[i]
            i += 1

    def first(self) -> Flowable:
        self._has(1)
        return self._buffer[0]

    def take_first(self) -> Flowable:
        self._has(1)
        self.taken += 1
        return self._buffer.popleft()

    def split_first(self, rest: list[Flowable]) -> None:
        """The first flowable was partly laid out: `rest` comes next."""
        self.take_first()
        self._buffer.extendleft(reversed(rest))

    def _has(self, count: int) -> bool:
        while len(self._buffer) < count:
            try:
                self._buffer.append(next(self._source))
            except StopIteration:
                return False
        return True
