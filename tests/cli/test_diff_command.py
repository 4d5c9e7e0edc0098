"""`salesmap-studio diff OLD NEW`: what changed in the map's words, as text or JSON, in English or German."""

from __future__ import annotations

import json

import pytest

from salesmap_studio.resources import template_path

from .runner import run_cli


@pytest.fixture
def versions(tmp_path):
    old = json.loads(template_path("five-step", "en").read_text("utf-8"))
    new = json.loads(json.dumps(old))
    stages = [n for n in new["nodes"] if n["kind"] == "stage"]
    stages[0]["name"] = "First contact"
    stages[1]["exit_checklist"].append({"text": "Budget holder named", "required": True})
    for n in new["nodes"][:3]:
        n["x"] += 25
    new["links"][0]["kind"] = "objection"
    paths = tmp_path / "old.smap", tmp_path / "new.smap"
    for path, doc in zip(paths, (old, new)):
        path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return paths, stages


def test_diff_tells_renames_checklist_items_and_retyped_links_and_sums_up_moves(versions):
    (old, new), stages = versions
    run = run_cli("diff", old, new)
    assert run.status == 1 and run.err_lines == []
    lines = run.out.splitlines()
    assert f"Stage “{json.loads(old.read_text())['nodes'][0]['name']}” renamed to “First contact”" in lines
    assert f"Stage “{stages[1]['name']}”: Exit checklist: added “Budget holder named”" in lines
    assert any(line.startswith("Link “") and line.endswith(": Flow → Objection") for line in lines)
    assert "3 items moved" in lines and lines[-1] == "4 changes"


def test_diff_speaks_german_when_asked(versions):
    (old, new), _ = versions
    lines = run_cli("diff", old, new, "--lang", "de").out.splitlines()
    assert "Schritt „Prospect“ umbenannt in „First contact“" in lines
    assert "3 Elemente verschoben" in lines and lines[-1] == "4 Änderungen"


def test_diff_as_json_lists_each_change_and_the_moved_items(versions):
    (old, new), stages = versions
    run = run_cli("diff", old, new, "--format", "json")
    report = json.loads(run.out)
    assert run.status == 1 and report["equal"] is False
    renamed = next(c for c in report["changes"] if c["change"] == "renamed")
    assert (renamed["item"], renamed["old"], renamed["new"]) == (stages[0]["id"], "Prospect", "First contact")
    assert len(report["moved"]) == 3


def test_equal_maps_exit_0_and_a_bad_file_exits_2_with_one_line(versions, tmp_path):
    (old, _), _ = versions
    run = run_cli("diff", old, old)
    assert (run.status, run.out) == (0, "No differences.\n")
    broken = tmp_path / "broken.smap"
    broken.write_text("{", "utf-8")
    run = run_cli("diff", old, broken)
    assert run.status == 2 and run.out == "" and len(run.err_lines) == 1 and "broken.smap" in run.err_lines[0]
