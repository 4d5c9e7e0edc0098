"""`templates`, `new`, `convert` and `--version`, as a user runs them."""

from __future__ import annotations

import json
import os

import pytest

from salesmap_studio import __version__, cli
from salesmap_studio.persistence import dumps, load
from salesmap_studio.resources import list_templates, template_path

from .runner import REPO, run_cli

VALID = REPO / "tests" / "persistence" / "fixtures" / "valid.smap"


def test_templates_lists_every_template_in_both_languages():
    run = run_cli("templates")
    assert (run.status, run.err_lines) == (0, [])
    rows = [line.split("\t") for line in run.out.splitlines()]
    assert rows == [[ref.name, ref.language, load(ref.path).info.title] for ref in list_templates()]
    names = {name for name, _, _ in rows}
    assert {"extended-b2b", "five-step", "blank"} <= names
    assert {(name, lang) for name, lang, _ in rows} == {(name, lang) for name in names for lang in ("en", "de")}
    assert all(title.strip() for _, _, title in rows)


def test_new_writes_the_chosen_template_as_a_valid_map(tmp_path):
    out = tmp_path / "workshop.smap"
    run = run_cli("new", out, "--template", "extended-b2b", "--lang", "de")
    assert (run.status, run.out, run.err_lines) == (0, "", [])
    made = load(out)
    assert made.info.language == "de" and len(made.stages()) >= 14
    assert out.read_text("utf-8") == dumps(load(template_path("extended-b2b", "de")))
    assert run_cli("validate", out).out == f"{out}: ok\n"


def test_new_without_a_template_starts_blank(tmp_path):
    assert run_cli("new", tmp_path / "empty.smap").status == 0
    assert load(tmp_path / "empty.smap").to_dict() == load(template_path("blank", "en")).to_dict()


def test_convert_writes_canonical_bytes_over_the_old_file(tmp_path):
    source, out = tmp_path / "hand-made.smap", tmp_path / "clean.smap"
    data = json.loads(VALID.read_text("utf-8"))
    data.pop("notes")  # a missing list is empty
    source.write_text(json.dumps(dict(reversed(data.items())), separators=(",", ":")), "utf-8")
    out.write_text("old contents", "utf-8")
    inode = out.stat().st_ino
    assert cli.main(["convert", str(source), str(out)]) == 0
    assert out.read_text("utf-8") == dumps(load(source))
    assert out.stat().st_ino != inode  # renamed over, not written into
    assert sorted(os.listdir(tmp_path)) == ["clean.smap", "hand-made.smap"]
    first = out.read_bytes()
    assert cli.main(["convert", str(out), str(out)]) == 0
    assert out.read_bytes() == first


def test_convert_refuses_a_bad_map_and_writes_nothing(tmp_path, capsys):
    bad = REPO / "tests" / "persistence" / "fixtures" / "share-2.smap"
    assert cli.main(["convert", str(bad), str(tmp_path / "out.smap")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == f"salesmap-studio: {bad}: links[1].share: input should be less than or equal to 1 (got 2)\n"
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    "argv, words",
    [
        (["validate"], "the following arguments are required: FILE"),
        (["new"], "the following arguments are required: OUT.smap"),
        (["new", "x.smap", "--template", "nope"], "nope: no such template; choose one of: blank,"),
        (["new", "x.smap", "--lang", "fr"], "invalid choice: 'fr'"),
        (["convert", "in.smap"], "the following arguments are required: OUT.smap"),
        (["templates", "--colour"], "unrecognized arguments: --colour"),
        (["--no-such-option"], "unrecognized arguments: --no-such-option"),
    ],
)
def test_bad_arguments_give_one_line_and_status_2(tmp_path, monkeypatch, capsys, argv, words):
    monkeypatch.chdir(tmp_path)
    assert exit_status(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("salesmap-studio: ") and words in err
    assert os.listdir(tmp_path) == []


def exit_status(argv: list[str]) -> int:
    """`main`'s status, whether it returns it or argparse exits with it."""
    try:
        return cli.main(argv)
    except SystemExit as exit:
        return exit.code


def test_version():
    run = run_cli("--version")
    assert (run.status, run.out, run.err_lines) == (0, f"salesmap-studio {__version__}\n", [])


def test_new_never_overwrites_an_existing_map_without_force(tmp_path):
    out = tmp_path / "mine.smap"
    out.write_text("my work", encoding="utf-8")
    refused = run_cli("new", out, "--template", "five-step")
    assert refused.status == 2 and len(refused.err_lines) == 1 and "--force" in refused.err_lines[0]
    assert out.read_text(encoding="utf-8") == "my work"
    assert run_cli("new", out, "--template", "five-step", "--force").status == 0
    assert run_cli("validate", out).status == 0
