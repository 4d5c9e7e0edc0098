"""`salesmap-studio lint` and `funnel` as a user runs them: output, JSON shape, exit codes."""

import json

import pytest

from salesmap_studio.cli import main
from salesmap_studio.persistence import save

from .builders import decision, link, make_map, outcome, stage
from .test_funnel import worked_example


@pytest.fixture
def saved(tmp_path):
    def write(doc, name="map.smap"):
        path = tmp_path / name
        save(doc, path)
        return str(path)

    return write


def test_lint_exits_1_with_errors_and_lists_them(saved, capsys):
    doc = make_map([stage("a"), decision("d")], [link("a", "d")], start="a")
    path = saved(doc)
    assert main(["lint", path]) == 1
    out = capsys.readouterr().out
    assert f"{path}: error: d: Decision “D?” has no “yes” branch" in out
    assert out.strip().endswith("1 error, 3 warnings, 0 notes")


def test_lint_json_is_a_list_of_findings(saved, capsys):
    path = saved(make_map([stage("a")], start="a", language="de"))
    assert main(["lint", path, "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {tuple(f) for f in found} == {("rule", "severity", "node", "link", "message")}
    assert {f["rule"] for f in found} == {"missing-entry-criteria", "missing-exit-checklist"}
    assert all(f["node"] == "a" and f["link"] is None for f in found)
    assert found[0]["message"].startswith("Der Schritt")


def test_lint_of_an_unreadable_map_exits_2_with_one_line(tmp_path, capsys):
    broken = tmp_path / "broken.smap"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["lint", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "broken.smap" in err and "Traceback" not in err


def test_funnel_prints_the_worked_example(saved, capsys):
    assert main(["funnel", saved(worked_example(deal_value=1000.0))]) == 0
    out = capsys.readouterr().out
    assert "Entries:     63.3 per quarter" in out
    assert "Win rate:    15.8%" in out
    assert "Cycle time:  31.6 days for won deals" in out
    assert "Revenue:     10,000 per quarter" in out


def test_funnel_json_has_the_documented_keys(saved, capsys):
    assert main(["funnel", saved(worked_example()), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["target", "period", "entries", "win_rate", "cycle_days", "revenue", "volumes"]
    assert data["volumes"]["a"] == pytest.approx(200 / 3)
    assert data["revenue"] is None


def test_funnel_without_settings_exits_2_with_one_line(saved, capsys):
    path = saved(make_map([stage("a"), outcome("won")], [link("a", "won")], start="a"))
    assert main(["funnel", path]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"salesmap-studio: {path}: funnel: The map has no funnel settings. " \
        "Set a target of won deals per period first.\n"


def test_layout_writes_the_laid_out_map_and_leaves_the_source_alone(saved, tmp_path, template):
    from salesmap_studio.analysis.layout import layout
    from salesmap_studio.persistence import load

    source = saved(template("five-step", "en"))
    before = open(source, "rb").read()
    out = tmp_path / "laid-out.smap"
    assert main(["layout", source, "-o", str(out)]) == 0
    assert open(source, "rb").read() == before
    doc = load(out)
    expected = layout(load(source))
    assert {node.id: (node.x, node.y) for node in doc.nodes()} == expected.positions
    assert expected.routes, "the objection arc over the boxes is routed through the gap"
    routed = [{**link, "points": [list(p) for p in expected.routes.get(link["id"], ())]}
              for link in load(source).to_dict()["links"]]
    assert doc.to_dict()["links"] == routed


def test_layout_of_an_unreadable_map_exits_2(tmp_path, capsys):
    missing = tmp_path / "missing.smap"
    assert main(["layout", str(missing), "-o", str(tmp_path / "out.smap")]) == 2
    assert capsys.readouterr().err.startswith("salesmap-studio: ")
    assert not (tmp_path / "out.smap").exists()
