"""Crossing minimisation: the order of the nodes in each column.

Layer-by-layer sweeps (down, then up) sort each column by the median position
of its neighbours in the column just placed; adjacent swaps ("transpose") then
remove crossings the medians miss. One such descent can stall in a poor order,
so on maps up to a few hundred nodes it restarts from shuffled orders and keeps
the best order seen (deterministic: the shuffles are seeded). Sweeps move one
node at a time, so a long link left on the wrong side of the main path stays
there: the best order then has its long links moved whole where that removes
crossings, followed by a new descent. When the map has lanes, the boxes of a
column keep their lanes' order, so lanes never interleave; a long link's
dummies may pass any box. Crossings are counted as the drawing counts them:
not between two links that share a node (the "no" links into one "Lost"). The main-path node starts first in its lane and wins
ties, a preference only: a branch may rise above it when that saves crossings. The dummies of an objection's
return win ties over both (when the layout asks for it), so objections run on the outer side, above the main
path, and the "no" branches below it: a detour on its way to "Lost" then need not cross a loop back (sweeps
alone could not move both: each move alone saves nothing).
"""

from __future__ import annotations

import random
from bisect import bisect_right, insort

from .layers import Layered

SWEEPS = 12
TRANSPOSE_EVERY = 3  # swaps cost more than a sweep and, measured on bench/layout.py, rarely add to it
RESTARTS = 15
STALL = 2 * TRANSPOSE_EVERY  # sweeps without a better order after which a descent stops
RESTART_WORK = 6000  # restarts × (nodes + dummies) at most: fewer restarts on bigger maps
CHAIN_WORK = 3000   # nodes + dummies at most for moving long links whole
CHAIN_ROUNDS = 4
PLACES = ("top", "bottom", "above", "below")
MIN_RESTARTS = 3     # fewer would rarely find a better order: past 2,000 nodes and dummies, none


class Ordering:
    def __init__(self, layered: Layered, group: list[int], preferred: set[int] = frozenset(),
                 outer: set[int] = frozenset()) -> None:
        """`group`: per node a key that the order of a column must respect (its lane);
        `preferred`: nodes that lead their group where nothing speaks against it (the main path);
        `outer`: dummies that stand above the rest where nothing speaks against it (objections' returns)."""
        self.layered = layered
        self.rest = [0 if n in preferred else 1 for n in range(len(layered.rank))]
        # ties in a sweep: the outer dummies first, then the main path; in a restart, the outer dummies first,
        # then the shuffled order
        self.outer = [-1 if n in outer else 0 for n in range(len(layered.rank))]
        self.tie = [side or rest for rest, side in zip(self.rest, self.outer)]
        count = len(layered.rank)
        self.up: list[list[int]] = [[] for _ in range(count)]
        self.down: list[list[int]] = [[] for _ in range(count)]
        for u, v in layered.edges:
            self.down[u].append(v)
            self.up[v].append(u)
        # the link each node's edges belong to: a dummy's chain ends; a box is its own end
        self.source, self.target = list(range(count)), list(range(count))
        for (u, v), chain in layered.chains.items():
            for d in chain:
                self.source[d], self.target[d] = u, v
        self.group = group
        self.layers = [sorted(layer, key=lambda n: (group[n], self.rest[n])) for layer in layered.layers]
        self.pos = [0] * count
        self._number_all()

    def run(self) -> list[list[int]]:
        best, best_crossings = self._descend()
        restarts = min(RESTARTS, RESTART_WORK // max(len(self.pos), 1))
        if restarts >= MIN_RESTARTS:
            shuffler = random.Random(len(self.pos))
            self.tie = self.outer
            for _ in range(restarts):
                if not best_crossings:
                    break
                for layer in self.layers:
                    shuffler.shuffle(layer)
                    layer.sort(key=lambda n: self.group[n])
                self._number_all()
                layers, crossings = self._descend()
                if crossings < best_crossings:
                    best, best_crossings = layers, crossings
        self.layers, _ = self._settle(best, best_crossings)
        self._number_all()
        return self.layers

    def _descend(self, start_best: bool = False) -> tuple[list[list[int]], int]:
        """Sweeps and swaps from the current order; the best order they reach (counting the current one
        when `start_best`) and its crossings."""
        if start_best:
            best, best_crossings = [list(layer) for layer in self.layers], self.crossings()
        self._sweep(downward=True)
        if not start_best or self.crossings() < best_crossings:
            best, best_crossings = [list(layer) for layer in self.layers], self.crossings()
        since_best = 0
        for step in range(SWEEPS):
            self._sweep(downward=step % 2 == 1)
            if step % TRANSPOSE_EVERY == TRANSPOSE_EVERY - 1:
                self._transpose()
            crossings = self.crossings()
            since_best += 1
            if crossings < best_crossings:
                best, best_crossings, since_best = [list(layer) for layer in self.layers], crossings, 0
            if not best_crossings or since_best > STALL:
                break
        return best, best_crossings

    def _settle(self, layers: list[list[int]], crossings: int) -> tuple[list[list[int]], int]:
        """From a descent's best order: long links moved whole to another side while that removes
        crossings, each time followed by a new descent (sweeps move one node at a time, so a long
        link on the wrong side of the main path stays there)."""
        if len(self.pos) > CHAIN_WORK:
            return layers, crossings
        for _ in range(CHAIN_ROUNDS):
            self.layers = [list(layer) for layer in layers]
            self._number_all()
            if not crossings or not self._shift_chains():
                break
            moved = self.crossings()
            found, found_crossings = self._descend(start_best=True)
            if min(moved, found_crossings) >= crossings:
                break
            layers, crossings = found, found_crossings
        return layers, crossings

    def _shift_chains(self) -> bool:
        """Each long link's dummies moved together to the top or bottom of their group, or just above or
        below the main path, where that crosses less; whether any moved. A detour that leads only into the
        link (a "no" branch's steps on their way to "Lost") moves with it, so the branch changes side as a
        whole. (Only the link's own crossings change: the other nodes keep their order.)"""
        improved = False
        for (source, target), chain in self.layered.chains.items():
            if not chain:
                continue
            path = [*self._detour_to(source), *chain, target]
            best = self._path_crossings(path)
            if not best:
                continue
            moving = path[1:-1]
            ranks = [self.layered.rank[d] for d in moving]
            kept = {r: list(self.layers[r]) for r in ranks}
            for place in PLACES:
                for d in moving:
                    self._move(d, place)
                count = self._path_crossings(path)
                if count < best:
                    best, kept, improved = count, {r: list(self.layers[r]) for r in ranks}, True
                for r in ranks:
                    self.layers[r][:] = kept[r]
                    self._number(self.layers[r])
        return improved

    def _detour_to(self, node: int) -> list[int]:
        """`node` and the steps before it that lead only to it, off the main path (a detour), first first."""
        path = [node]
        while self.rest[node] and len(self.up[node]) == 1 and len(self.down[node]) == 1 \
                and not self.layered.is_dummy(self.up[node][0]):
            node = self.up[node][0]
            path.insert(0, node)
        return path

    def _path_crossings(self, path: list[int]) -> int:
        """Crossings of the edges along `path` (one per column gap) with the other edges (but those of links
        that share a node with it)."""
        total = 0
        for a, b in zip(path, path[1:]):
            pa, pb = self.pos[a], self.pos[b]
            for c in self.layers[self.layered.rank[a]]:
                if c != a and self.source[c] != path[0]:
                    pc = self.pos[c]
                    total += sum(1 for d in self.down[c]
                                 if (pa - pc) * (pb - self.pos[d]) < 0 and self.target[d] != path[-1])
        return total

    def _move(self, node: int, place: str) -> None:
        """`node` (a dummy, or a box of a detour) to `place` within its group; a box never leaves its
        lane's place among the other lanes' boxes (a dummy may: lanes bound boxes, not lines)."""
        layer = self.layers[self.layered.rank[node]]
        layer.remove(node)
        group = self.group[node]
        boxes = [(i, self.group[n]) for i, n in enumerate(layer) if not self.layered.is_dummy(n)]
        first = max((i + 1 for i, g in boxes if g < group), default=0)
        last = next((i for i, g in boxes if g > group), len(layer))
        mine = [i for i, n in enumerate(layer) if self.group[n] == group]
        spots = {"top": mine[0], "bottom": mine[-1] + 1} if mine else {"top": last, "bottom": last}
        lead = [i for i in mine if not self.rest[layer[i]]]
        if lead:
            spots |= {"above": lead[0], "below": lead[0] + 1}
        spot = spots.get(place, spots["top"])
        if not self.layered.is_dummy(node):
            spot = min(max(spot, first), last)
        layer.insert(spot, node)
        self._number(layer)

    def crossings(self) -> int:
        return sum(self._crossings_between(r) for r in range(len(self.layers) - 1))

    def _number_all(self) -> None:
        for layer in self.layers:
            self._number(layer)

    def _number(self, layer: list[int]) -> None:
        for i, node in enumerate(layer):
            self.pos[node] = i

    def _sweep(self, downward: bool) -> None:
        ranks = range(1, len(self.layers)) if downward else range(len(self.layers) - 2, -1, -1)
        for r in ranks:
            near = self.up if downward else self.down
            layer = self.layers[r]
            keys = {n: self._median(near[n], self.pos[n]) for n in layer}
            layer.sort(key=lambda n: (keys[n], self.tie[n], self.pos[n]))
            self._regroup(layer)
            self._number(layer)

    def _regroup(self, layer: list[int]) -> None:
        """The boxes in their groups' order, each in a place a box held; the long links' dummies keep
        theirs: a long link may pass another lane's boxes (lanes bound boxes, not lines)."""
        boxes = [n for n in layer if not self.layered.is_dummy(n)]
        grouped = iter(sorted(boxes, key=lambda n: self.group[n]))
        layer[:] = [n if self.layered.is_dummy(n) else next(grouped) for n in layer]

    def _median(self, neighbours: list[int], fallback: int) -> float:
        if not neighbours:
            return float(fallback)
        places = sorted(self.pos[n] for n in neighbours)
        middle = len(places) // 2
        if len(places) % 2:
            return float(places[middle])
        return (places[middle - 1] + places[middle]) / 2.0

    def _transpose(self) -> None:
        """Swap neighbours in a column while that removes crossings (a few rounds at most)."""
        for _ in range(2):
            improved = False
            for layer in self.layers:
                for i in range(len(layer) - 1):
                    a, b = layer[i], layer[i + 1]
                    if self._may_swap(a, b) and self._pair(b, a) < self._pair(a, b):
                        layer[i], layer[i + 1] = b, a
                        self.pos[a], self.pos[b] = i + 1, i
                        improved = True
            if not improved:
                return

    def _may_swap(self, a: int, b: int) -> bool:
        return self.group[a] == self.group[b] or self.layered.is_dummy(a) or self.layered.is_dummy(b)

    def _pair(self, left: int, right: int) -> int:
        """Crossings between the edges of `left` and `right` if `left` stands above `right` (not those of
        links that share a node)."""
        total = 0
        for near, ends, joined in ((self.up, self.source, self.target), (self.down, self.target, self.source)):
            if joined[left] == joined[right]:  # the two links share the end they lead to (or come from)
                continue
            for a in near[left]:
                pa, end = self.pos[a], ends[a]
                total += sum(1 for b in near[right] if self.pos[b] < pa and ends[b] != end)
        return total

    def _crossings_between(self, r: int) -> int:
        """Crossings between columns r and r + 1, as the drawing counts them: not between the pieces of
        two links that share a node (the many "no" links into one "Lost" may cross each other freely)."""
        pairs = sorted((self.pos[u], self.pos[v], self.source[u], self.target[v])
                       for u in self.layers[r] for v in self.down[u])
        total = count_inversions([p[1] for p in pairs], len(self.layers[r + 1]))
        for end in (2, 3):
            shared: dict[int, list[int]] = {}
            for pair in pairs:
                shared.setdefault(pair[end], []).append(pair[1])
            total -= sum(_inversions(values) for values in shared.values() if len(values) > 1)
        return total


def _inversions(values: list[int]) -> int:
    """count_inversions for a short list."""
    seen: list[int] = []
    total = 0
    for value in values:
        total += len(seen) - bisect_right(seen, value)
        insort(seen, value)
    return total


def count_inversions(values: list[int], size: int) -> int:
    """Pairs i < j with values[i] > values[j] (a Fenwick tree over 0..size-1)."""
    tree = [0] * (size + 1)
    inversions = 0
    for seen, value in enumerate(values):
        i = value + 1
        not_greater = 0
        while i > 0:
            not_greater += tree[i]
            i -= i & -i
        inversions += seen - not_greater
        i = value + 1
        while i <= size:
            tree[i] += 1
            i += i & -i
    return inversions
