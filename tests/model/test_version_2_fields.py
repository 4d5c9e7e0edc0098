"""Version 2 of the model: CRM stage names on stages and outcomes, bend points on links, merge conflicts."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from salesmap_studio.model import Link, MapInfo, Outcome, SalesMap, Stage, crm_clash, crm_key, crm_owner
from salesmap_studio.model.conflicts import LinkConflict, MapConflict, NodeConflict
from salesmap_studio.model.events import CHANGED


def test_crm_names_compare_without_case_and_surrounding_space():
    assert crm_key("  Demo Scheduled ") == crm_key("demo scheduled")
    with pytest.raises(ValidationError, match="listed twice"):
        Stage(id="demo", name="Demo", crm_stages=("Demo", " DEMO"))


def test_two_nodes_claiming_one_crm_name_are_found_by_name():
    demo = Stage(id="demo", name="Demo", crm_stages=("Demo Scheduled",))
    won = Outcome(id="won", name="Won", result="won", crm_stages=("closedwon", "demo scheduled "))
    name, first, second = crm_clash([demo, won])
    assert (name, first.id, second.id) == ("demo scheduled ", "demo", "won")
    assert crm_owner([demo, won], "CLOSEDWON").id == "won"
    assert crm_owner([demo, won], "closedwon", ignoring="won") is None


def test_bend_points_are_rounded_and_bounded():
    link = Link(id="l", source="a", target="b", points=((1.234, -0.001), (5.0, 6.0)))
    assert link.points == ((1.23, 0.0), (5.0, 6.0))
    with pytest.raises(ValidationError):
        Link(id="l", source="a", target="b", points=((0.0, 1_000_000.5),))
    with pytest.raises(ValidationError):
        Link(id="l", source="a", target="b", points=tuple((float(i), 0.0) for i in range(101)))


def test_a_conflict_side_must_be_the_item_it_is_about():
    with pytest.raises(ValidationError, match="'item' is 'b'"):
        NodeConflict(id="c", item="b", fields=("name",), base=Stage(id="a", name="A"), theirs=None)
    with pytest.raises(ValidationError, match="both null"):
        LinkConflict(id="c", item="l", fields=("(deleted)",), base=None, theirs=None)
    with pytest.raises(ValidationError, match="not a field of a map"):
        MapConflict(id="c", item=None, fields=("nodes",), base=MapInfo(), theirs=MapInfo())


def test_the_map_keeps_its_conflicts_and_announces_a_new_list():
    conflict = MapConflict(id="c1", item=None, fields=("goal",), base=MapInfo(goal="20 %"), theirs=MapInfo(goal="25 %"))
    doc = SalesMap.from_parts(MapInfo(goal="30 %"), conflicts=[conflict])
    assert doc.conflicts() == (conflict,) and doc.conflict("c1") is conflict and doc.has_conflict("c1")
    assert doc.new_conflict_id() not in ("c1", "")
    heard = []
    doc.events.subscribe(CHANGED, heard.append)
    assert doc._set_conflicts(()) == (conflict,)
    assert doc.conflicts() == () and [change.conflicts for change in heard] == [True]
    assert doc.to_dict()["conflicts"] == []


def test_a_map_conflict_writes_only_the_keys_in_dispute():
    conflict = MapConflict(id="c1", item=None, fields=("title", "lane_height"),
                           base=MapInfo(title="Old", goal="ignored"), theirs=MapInfo(title="New", lane_height=300.0))
    written = SalesMap.from_parts(MapInfo(), conflicts=[conflict]).to_dict()["conflicts"][0]
    assert written == {"id": "c1", "what": "map", "item": None, "fields": ["title", "lane_height"],
                       "base": {"title": "Old", "lane_height": 260.0}, "theirs": {"title": "New", "lane_height": 300.0}}
