"""The bounds kept edit by edit are the bounds of what is there, whatever came, moved and went."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from salesmap_studio.analysis.geometry import Rect
from salesmap_studio.ui.canvas.extent import Extent

coordinate = st.integers(-50, 50).map(float)
rectangle = st.builds(Rect, coordinate, coordinate, st.integers(0, 20).map(float), st.integers(0, 20).map(float))
# (key, its rectangle or None: it goes, whether the bounds are asked for after this step, whether it
# comes with others: filed all at once, as on opening or an undo)
step = st.tuples(st.sampled_from("abcdefgh"), st.one_of(st.none(), rectangle), st.booleans(), st.booleans())


@given(st.lists(step, max_size=60))
def test_the_kept_bounds_are_the_union_of_the_rectangles_there(steps):
    extent, there = Extent(), {}
    for i, (key, edges, ask, together) in enumerate(steps):
        if edges is None:
            extent.drop([key])
            there.pop(key, None)
        else:
            if together:
                extent.put_all({key: edges, "z": Rect(0.0, 0.0, 1.0, 1.0)})
                there["z"] = Rect(0.0, 0.0, 1.0, 1.0)
            else:
                extent.put(key, edges)
            there[key] = edges
        if not ask and i < len(steps) - 1:
            continue
        rects = there.values()
        expected = None if not rects else (min(r.x for r in rects), min(r.y for r in rects),
                                           max(r.right for r in rects), max(r.bottom for r in rects))
        assert extent.edges() == expected
        assert len(extent) == len(there)
