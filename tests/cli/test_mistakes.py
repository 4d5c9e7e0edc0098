"""A mistyped command or a nonsense option gets one line and status 2, never the editor or a traceback."""

from __future__ import annotations

import pytest

from .runner import run_cli

TEMPLATE = "resources/templates/five-step.en.smap"


@pytest.mark.parametrize("argv", [["bogus"], ["exprot", "a.smap", "b.pdf"]])
def test_a_mistyped_command_is_named_and_the_editor_does_not_open(argv):
    run = run_cli(*argv, timeout=20)
    assert run.status == 2
    assert run.err_lines == [f"salesmap-studio: unknown command {argv[0]!r}; commands: "
                             "convert, diff, evidence, export, funnel, git-diff, git-setup, import, layout, lint, merge, new, "
                             "templates, validate"]


def test_a_missing_map_is_refused_before_the_editor_opens(tmp_path):
    run = run_cli(tmp_path / "gone.smap", timeout=20)
    assert (run.status, run.err_lines) == (2, [f"salesmap-studio: {tmp_path / 'gone.smap'}: no such file"])


@pytest.mark.parametrize("dpi", ["inf", "nan", "1e-9", "0", "-5", "abc", "100000"])
def test_a_dpi_outside_10_to_2400_is_refused_and_nothing_is_written(tmp_path, dpi):
    out = tmp_path / "map.png"
    run = run_cli("export", TEMPLATE, out, "--dpi", dpi)
    assert run.status == 2 and len(run.err_lines) == 1
    assert "--dpi" in run.err_lines[0] and "10 to 2400" in run.err_lines[0]
    assert not out.exists()
