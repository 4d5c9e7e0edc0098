"""Older files are brought up to date by pure dict -> dict steps, one per version."""

from __future__ import annotations

import copy
import json

from salesmap_studio import cli
from salesmap_studio.persistence import load
from salesmap_studio.persistence.migrations import migrate

from .conftest import FIXTURES, valid_map


def loops_became_objections(data: dict) -> dict:
    """A pretend step: an old format called an objection link a "loop"."""
    links = [dict(link, kind="objection") if link.get("kind") == "loop" else link for link in data["links"]]
    return dict(data, links=links)


def test_each_step_runs_once_in_order():
    seen = []
    steps = {0: lambda d: seen.append(d["version"]) or dict(d, a=1), 1: lambda d: seen.append(d["version"]) or dict(d, b=2)}
    old = {"version": 0}
    assert migrate(old, steps=steps, current=2) == {"version": 2, "a": 1, "b": 2}
    assert seen == [0, 1] and old == {"version": 0}


def test_a_current_file_is_left_as_it_is():
    data = valid_map()
    assert migrate(copy.deepcopy(data), steps={}, current=1) == data


def test_a_step_rewrites_nested_entries_without_touching_the_original():
    old = dict(valid_map(), version=0)
    old["links"][0]["kind"] = "loop"
    before = copy.deepcopy(old)
    new = migrate(old, steps={0: loops_became_objections}, current=1)
    assert new["links"][0]["kind"] == "objection" and new["version"] == 1
    assert old == before


def version_1_map() -> dict:
    return json.loads((FIXTURES / "version-1.smap").read_text("utf-8"))


def test_version_1_gains_empty_crm_names_bends_and_conflicts_without_touching_the_original():
    old = version_1_map()
    before = copy.deepcopy(old)
    new = migrate(old)
    assert old == before
    assert new["version"] == 2 and new["conflicts"] == []
    assert [node.get("crm_stages") for node in new["nodes"]] == [[], None, []]  # a decision has none
    assert [link["points"] for link in new["links"]] == [[], []]


def test_convert_writes_a_version_1_file_as_version_2_and_leaves_it_untouched(tmp_path, capsys):
    old_file, out = tmp_path / "v1.smap", tmp_path / "v2.smap"
    old_file.write_bytes((FIXTURES / "version-1.smap").read_bytes())
    old_bytes = old_file.read_bytes()
    assert cli.main(["convert", str(old_file), str(out)]) == 0
    written = json.loads(out.read_text("utf-8"))
    assert written["version"] == 2 and written["conflicts"] == []
    assert written["nodes"][0]["crm_stages"] == [] and "crm_stages" not in written["nodes"][1]
    assert written["links"][0]["points"] == []
    assert old_file.read_bytes() == old_bytes
    again = load(out)
    assert again.node("lead").name == "Qualified lead" and again.conflicts() == ()


def test_opening_a_version_1_file_does_not_write_it(tmp_path):
    path = tmp_path / "v1.smap"
    path.write_bytes((FIXTURES / "version-1.smap").read_bytes())
    before = path.read_bytes()
    assert load(path).to_dict()["version"] == 2
    assert path.read_bytes() == before
