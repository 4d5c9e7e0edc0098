"""The merge's promises on generated maps and edits (hypothesis): a side that changed nothing
changes nothing, the same edits merge to themselves, edits to different items never conflict,
and nothing either side added is lost. The diff of a map with itself is empty."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesmap_studio.versions import diff, merge
from salesmap_studio.versions.documents import as_map

from tests.persistence.strategies import sales_maps

from .edits import edited

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def canonical(doc: dict) -> dict:
    return as_map(doc).to_dict()


@st.composite
def base_and_edit(draw):
    base = draw(sales_maps()).to_dict()
    return base, canonical(draw(edited(base, [n["id"] for n in base["nodes"]])))


@st.composite
def disjoint_edits(draw):
    base = draw(sales_maps()).to_dict()
    ids = [n["id"] for n in base["nodes"]]
    half = draw(st.integers(0, len(ids)))
    ours = draw(edited(base, ids[:half], prefix="new"))
    theirs = draw(edited(base, ids[half:], prefix="new"))   # the same prefix: added ids clash
    return base, canonical(ours), canonical(theirs)


@SETTINGS
@given(base_and_edit())
def test_a_side_that_changed_nothing_gives_the_other_side(case):
    base, edit = case
    assert canonical(merge(base, edit, base, check=as_map).document) == edit
    assert canonical(merge(base, base, edit, check=as_map).document) == edit


@SETTINGS
@given(base_and_edit())
def test_the_same_edits_on_both_sides_merge_to_themselves(case):
    base, edit = case
    result = merge(base, edit, edit, check=as_map)
    assert result.conflicts == [] and canonical(result.document) == edit


@SETTINGS
@given(disjoint_edits())
def test_edits_to_different_items_never_conflict_and_keep_every_added_item(case):
    base, ours, theirs = case
    result = merge(base, ours, theirs, check=as_map)
    merged = canonical(result.document)
    assert result.conflicts == []
    before = {n["id"] for n in base["nodes"]}
    contents = [_content(n) for n in merged["nodes"]]
    for side in (ours, theirs):
        for node in side["nodes"]:
            if node["id"] not in before:
                assert _content(node) in contents, node


@SETTINGS
@given(sales_maps())
def test_a_map_compared_with_itself_has_no_differences(doc):
    data = doc.to_dict()
    assert diff(data, data).equal


def _content(node: dict) -> dict:
    return {k: v for k, v in node.items() if k != "id"}
