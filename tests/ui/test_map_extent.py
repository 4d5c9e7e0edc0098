"""The bounds kept edit by edit are the bounds of what is there, whatever came, moved and went."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from salesmap_studio.ui.canvas.extent import Extent

coordinate = st.integers(-50, 50).map(float)
rectangle = st.tuples(coordinate, coordinate, st.integers(0, 20).map(float), st.integers(0, 20).map(float)).map(
    lambda r: (r[0], r[1], r[0] + r[2], r[1] + r[3]))
# (key, its rectangle or None: it goes, whether the bounds are asked for after this step)
step = st.tuples(st.sampled_from("abcdefgh"), st.one_of(st.none(), rectangle), st.booleans())


@given(st.lists(step, max_size=60))
def test_the_kept_bounds_are_the_union_of_the_rectangles_there(steps):
    extent, there = Extent(), {}
    for i, (key, edges, ask) in enumerate(steps):
        if edges is None:
            extent.drop([key])
            there.pop(key, None)
        else:
            extent.put(key, edges)
            there[key] = edges
        if not ask and i < len(steps) - 1:
            continue
        expected = None if not there else (min(e[0] for e in there.values()), min(e[1] for e in there.values()),
                                           max(e[2] for e in there.values()), max(e[3] for e in there.values()))
        assert extent.edges() == expected
        assert len(extent) == len(there)
