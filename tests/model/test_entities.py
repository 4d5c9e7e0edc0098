"""Entities hold only values a file may hold: validated on creation and on every `replace()`."""

from __future__ import annotations

import math

import pytest
from pydantic import ValidationError

from salesmap_studio.model import ChecklistItem, Decision, Funnel, Link, MapInfo, Note, Outcome, Stage

LEAD = Stage(id="lead", name="Qualified lead", exit_checklist=(ChecklistItem(text="Call booked", required=True),))


def test_replace_gives_a_validated_copy_and_leaves_the_original():
    renamed = LEAD.replace(name="Sales qualified lead", conversion_rate=0.456)
    assert renamed.name == "Sales qualified lead" and renamed.conversion_rate == 0.46
    assert renamed.exit_checklist == LEAD.exit_checklist
    assert LEAD.name == "Qualified lead" and LEAD.conversion_rate is None


@pytest.mark.parametrize(
    "changes",
    [
        {"name": ""}, {"name": "x" * 201}, {"conversion_rate": 1.5}, {"expected_days": -1.0},
        {"x": math.nan}, {"y": math.inf}, {"x": 1_000_000.5}, {"id": "a b"}, {"id": "a\n"},
        {"owner": "sales/eu"}, {"expected_days": "7"}, {"colour": "#FF0000"}, {"result": "won"},
        {"exit_checklist": [{"text": "x"}] * 201},
    ],
)
def test_replace_refuses_what_a_file_may_not_hold(changes):
    with pytest.raises(ValidationError):
        LEAD.replace(**changes)


def test_entities_are_frozen():
    with pytest.raises(ValidationError):
        LEAD.name = "Changed"  # type: ignore[misc]


def test_each_kind_takes_only_its_own_fields():
    with pytest.raises(ValidationError):
        Decision(id="q", name="Budget?", activities="Ask")
    with pytest.raises(ValidationError):
        Outcome(id="won", name="Won")
    with pytest.raises(ValidationError):
        Outcome(id="won", name="Won", result="maybe")
    with pytest.raises(ValidationError):
        Link(id="l", source="a", target="b", kind="perhaps")
    assert Outcome(id="won", name="Won", result="won").kind == "outcome"


def test_numbers_keep_two_decimals_and_no_negative_zero():
    note = Note(id="n", x=-0.001, y=12.3456)
    assert (note.x, note.y) == (0.0, 12.35) and math.copysign(1, note.x) == 1
    assert Stage(id="s", name="S", expected_days=7).expected_days == 7.0
    assert MapInfo(lane_height=260.123).lane_height == 260.12   # the spec: every float, lane height too


def test_map_settings_are_checked():
    with pytest.raises(ValidationError):
        Funnel(target=0)
    with pytest.raises(ValidationError):
        Funnel(target=10, currency="euro")
    with pytest.raises(ValidationError):
        MapInfo(lane_height=40.0)
    with pytest.raises(ValidationError):
        MapInfo(language="en_US")
    assert MapInfo(language="de-CH").language == "de-CH"
