"""Older files are brought up to date by pure dict -> dict steps, one per version."""

from __future__ import annotations

import copy
import json

from salesmap_studio import cli
from salesmap_studio.model import serialize
from salesmap_studio.persistence import load, migrations, reader
from salesmap_studio.persistence.migrations import migrate

from .conftest import valid_map


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


def test_convert_migrates_an_older_file_and_leaves_it_untouched(tmp_path, monkeypatch, capsys):
    old_file, out = tmp_path / "v1.smap", tmp_path / "v2.smap"
    data = valid_map()
    data["links"][0]["kind"] = "loop"
    old_file.write_text(json.dumps(data, indent=2), "utf-8")
    old_bytes = old_file.read_bytes()
    assert cli.main(["convert", str(old_file), str(out)]) == 2  # today "loop" is unknown
    assert "links[0].kind: 'loop' is not allowed" in capsys.readouterr().err
    # The program as it will be once format 2 ships: reads up to 2, writes 2, has step 1 -> 2.
    monkeypatch.setattr(reader, "VERSION", 2)
    monkeypatch.setattr(serialize, "VERSION", 2)
    monkeypatch.setattr(migrations, "VERSION", 2)
    monkeypatch.setitem(migrations.STEPS, 1, loops_became_objections)   # the reader's own migrate runs it
    assert cli.main(["convert", str(old_file), str(out)]) == 0
    written = json.loads(out.read_text("utf-8"))
    assert written["version"] == 2 and written["links"][0]["kind"] == "objection"
    assert load(out).link("l1").kind == "objection"
    assert old_file.read_bytes() == old_bytes
