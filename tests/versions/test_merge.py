"""The three-way merge by id and by field, on the extended B2B template as two people edit it."""

from __future__ import annotations

import copy

import pytest

from salesmap_studio.persistence import load
from salesmap_studio.resources import template_path
from salesmap_studio.versions import merge


@pytest.fixture
def base() -> dict:
    return load(template_path("extended-b2b", "en")).to_dict()


def node(doc: dict, node_id: str) -> dict:
    return next(n for n in doc["nodes"] if n["id"] == node_id)


def stages(doc: dict) -> list[str]:
    return [n["id"] for n in doc["nodes"] if n["kind"] == "stage"]


def sides(base: dict) -> tuple[dict, dict]:
    return copy.deepcopy(base), copy.deepcopy(base)


def test_different_fields_of_one_stage_and_its_position_combine(base):
    first = stages(base)[0]
    ours, theirs = sides(base)
    node(ours, first)["name"] = "Renamed by us"
    node(theirs, first)["entry_criteria"] = "Theirs"
    node(theirs, first)["x"] += 40
    result = merge(base, ours, theirs)
    merged = node(result.document, first)
    assert (merged["name"], merged["entry_criteria"], merged["x"]) == ("Renamed by us", "Theirs", node(base, first)["x"] + 40)
    assert result.conflicts == []


def test_the_same_field_changed_differently_is_a_conflict_with_ours_kept(base):
    first = stages(base)[0]
    ours, theirs = sides(base)
    node(ours, first)["name"] = "Ours"
    node(theirs, first)["name"] = "Theirs"
    result = merge(base, ours, theirs)
    assert node(result.document, first)["name"] == "Ours"
    [conflict] = result.conflicts
    assert (conflict["what"], conflict["item"], conflict["fields"]) == ("node", first, ["name"])
    assert conflict["base"] == node(base, first) and conflict["theirs"] == node(theirs, first)
    assert result.document["conflicts"] == result.conflicts


def test_checklists_merge_item_by_item(base):
    first = stages(base)[0]
    ours, theirs = sides(base)
    kept = node(base, first)["exit_checklist"]
    node(ours, first)["exit_checklist"].append({"text": "Ours", "required": False})
    node(theirs, first)["exit_checklist"] = [{"text": "Theirs", "required": True}] + kept[1:]
    result = merge(base, ours, theirs)
    texts = [i["text"] for i in node(result.document, first)["exit_checklist"]]
    assert texts == ["Theirs", *[i["text"] for i in kept[1:]], "Ours"] and result.conflicts == []


def test_a_deletion_against_no_change_goes_and_against_a_change_is_recorded(base):
    links = base["links"]
    ours, theirs = sides(base)
    theirs["links"] = [l for l in theirs["links"] if l["id"] not in (links[0]["id"], links[1]["id"])]
    next(l for l in ours["links"] if l["id"] == links[1]["id"])["label"] = "Changed by us"
    result = merge(base, ours, theirs)
    ids = {l["id"] for l in result.document["links"]}
    assert links[0]["id"] not in ids and links[1]["id"] in ids
    [conflict] = result.conflicts
    assert (conflict["what"], conflict["item"], conflict["fields"], conflict["theirs"]) == (
        "link", links[1]["id"], ["(deleted)"], None)


def test_a_node_deleted_by_one_side_comes_back_when_the_other_side_links_to_it(base):
    gone, other = stages(base)[-1], stages(base)[0]
    ours, theirs = sides(base)
    theirs["links"] = [l for l in theirs["links"] if gone not in (l["source"], l["target"])]
    theirs["nodes"] = [n for n in theirs["nodes"] if n["id"] != gone]
    if theirs["start"] == gone:
        theirs["start"] = other
    ours["links"].append({"id": "new-link", "source": other, "target": gone, "kind": "flow", "label": "", "share": None})
    result = merge(base, ours, theirs)
    assert gone in {n["id"] for n in result.document["nodes"]}
    assert ("node", gone, ["(deleted)"]) in [(c["what"], c["item"], c["fields"]) for c in result.conflicts]


def test_stages_both_sides_added_under_one_id_are_both_kept(base):
    ours, theirs = sides(base)
    added = {"id": "new-stage", "kind": "decision", "name": "", "owner": None, "phase": None, "notes": "", "x": 0.0, "y": 0.0}
    ours["nodes"].append(dict(added, name="Ours?"))
    theirs["nodes"].append(dict(added, name="Theirs?"))
    theirs["links"].append({"id": "l-new", "source": stages(base)[0], "target": "new-stage", "kind": "flow",
                            "label": "", "share": None})
    result = merge(base, ours, theirs)
    by_name = {n["name"]: n["id"] for n in result.document["nodes"]}
    assert by_name["Ours?"] == "new-stage" and by_name["Theirs?"] not in ("new-stage", None)
    assert next(l for l in result.document["links"] if l["id"] == "l-new")["target"] == by_name["Theirs?"]
    assert result.conflicts == []


def test_a_goal_changed_on_both_sides_is_a_map_conflict(base):
    ours, theirs = sides(base)
    ours["goal"], theirs["goal"], theirs["title"] = "Ours", "Theirs", "Their title"
    result = merge(base, ours, theirs)
    assert (result.document["goal"], result.document["title"]) == ("Ours", "Their title")
    assert [(c["what"], c["item"], c["fields"], c["base"], c["theirs"]) for c in result.conflicts] == [
        ("map", None, ["goal"], {"goal": base["goal"]}, {"goal": "Theirs"})]


def test_a_combination_that_breaks_a_rule_keeps_ours_records_theirs_and_loads(base):
    from salesmap_studio.versions.documents import as_map

    first, second = stages(base)[:2]
    ours, theirs = sides(base)
    node(ours, first)["crm_stages"] = ["Demo scheduled"]
    node(theirs, second)["crm_stages"] = ["demo scheduled "]   # the same CRM stage: two nodes may not claim it
    result = merge(base, ours, theirs, check=as_map)
    assert result.fell_back and result.checked is not None
    assert node(result.document, first)["crm_stages"] == ["Demo scheduled"]
    assert node(result.document, second)["crm_stages"] == node(base, second)["crm_stages"]
    assert [(c["what"], c["item"], c["fields"]) for c in result.conflicts] == [("node", second, ["crm_stages"])]
