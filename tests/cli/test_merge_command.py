"""`salesmap-studio merge BASE OURS THEIRS -o OUT`: exit 0 when clean; above 128, OURS untouched,
when any of the three files cannot be read."""

from __future__ import annotations

import json
import os

import pytest

from salesmap_studio.persistence import load
from salesmap_studio.resources import template_path

from .runner import run_cli


@pytest.fixture
def three(tmp_path):
    base = json.loads(template_path("five-step", "en").read_text("utf-8"))
    ours, theirs = json.loads(json.dumps(base)), json.loads(json.dumps(base))
    ours["nodes"][0]["name"] = "Ours"
    theirs["nodes"][1]["name"] = "Theirs"
    paths = [tmp_path / f"{name}.smap" for name in ("base", "ours", "theirs")]
    for path, doc in zip(paths, (base, ours, theirs)):
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), "utf-8")
    return paths


def test_a_clean_merge_writes_both_changes_over_ours(three):
    base, ours, theirs = three
    run = run_cli("merge", base, ours, theirs, "-o", ours)
    assert run.status == 0, run.err_lines
    merged = load(ours)
    assert [n.name for n in merged.nodes()][:2] == ["Ours", "Theirs"]


def test_without_output_the_merged_map_goes_to_stdout(three):
    base, ours, theirs = three
    run = run_cli("merge", base, ours, theirs)
    assert run.status == 0 and json.loads(run.out)["nodes"][1]["name"] == "Theirs"


def test_the_same_field_changed_on_both_sides_is_recorded_with_ours_kept_and_exit_1(three):
    base, ours, theirs = three
    doc = json.loads(theirs.read_text("utf-8"))
    doc["nodes"][0]["name"] = "Theirs too"
    theirs.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    run = run_cli("merge", base, ours, theirs, "-o", ours)
    assert run.status == 1 and "1 conflict" in run.err_lines[0]
    merged = load(ours)
    [conflict] = merged.conflicts()
    first = merged.nodes()[0]
    assert (first.name, conflict.what, conflict.item, conflict.fields) == ("Ours", "node", first.id, ("name",))
    assert (conflict.base.name, conflict.theirs.name) == ("Prospect", "Theirs too")


HOSTILE = {
    "missing": None,
    "not json": b"{\"format\": ",
    "binary": bytes(range(256)) * 4,
    "newer version": json.dumps({"format": "salesmap", "version": 999, "nodes": []}).encode(),
    "a folder": "dir",
}


@pytest.mark.parametrize("which", [0, 1, 2], ids=["base", "ours", "theirs"])
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_an_unreadable_version_fails_above_128_and_leaves_ours_untouched(three, which, kind):
    target = three[which]
    if HOSTILE[kind] is None:
        target.unlink()
    elif HOSTILE[kind] == "dir":
        target.unlink()
        target.mkdir()
    else:
        target.write_bytes(HOSTILE[kind])
    ours = three[1]
    before = ours.read_bytes() if ours.is_file() else None
    run = run_cli("merge", *three, "-o", ours)
    assert run.status > 128 and len(run.err_lines) == 1 and "merge failed" in run.err_lines[0]
    assert (ours.read_bytes() if ours.is_file() else None) == before
    assert not [name for name in os.listdir(ours.parent) if name.startswith(".") or name.endswith(".tmp")]
