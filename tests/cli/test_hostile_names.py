"""Names from a stranger's map reach the terminal as text: no escape sequence is obeyed, no console
encoding ends in a traceback, and JSON stays JSON that gives the names back exactly."""

from __future__ import annotations

import json

import pytest

from salesmap_studio.model import MapInfo, SalesMap, Stage
from salesmap_studio.persistence import save

from ..hostile_text import EMOJI, ESCAPES, HOSTILE_NAMES, hostile_map
from .runner import CliRun, run_cli

CONSOLES = ("cp1252", "utf-8")
# Bytes a terminal obeys: ESC, BEL, the 8-bit CSI (as UTF-8 and as a single byte) and the bidi override.
OBEYED = (b"\x1b", b"\x07", b"\xc2\x9b", b"\x9b", "\u202e".encode())


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "hostile.smap"
    save(hostile_map(), path)
    return path


def assert_harmless(run: CliRun, statuses=(0, 1)) -> None:
    assert run.status in statuses, run.err_lines
    assert not any("Traceback" in line for line in run.err_lines), run.err_lines
    for sequence in OBEYED:
        assert sequence not in run.raw, f"{sequence!r} reached the terminal"


def test_lint_with_an_emoji_name_on_a_cp1252_console_lists_the_findings(tmp_path):
    """Issue 12, finding 9: this ended in a UnicodeEncodeError traceback."""
    path = tmp_path / "emoji.smap"
    save(SalesMap.from_parts(MapInfo(title="E", language="en"), nodes=[Stage(id="s", name=EMOJI)]), path)
    run = run_cli("lint", path, console="cp1252")
    assert_harmless(run)
    assert f"{path}: warning: s: Stage “Deal \\U0001f600 won” has no exit checklist." in run.out
    assert run.out.strip().endswith("0 errors, 3 warnings, 0 notes")


@pytest.mark.parametrize("command", ["lint", "funnel"])
@pytest.mark.parametrize("console", CONSOLES)
def test_lint_and_funnel_show_escape_sequences_as_text_instead_of_obeying_them(hostile_file, command, console):
    """Issue 12, finding 10: the name's ESC ]0;… BEL retitled the terminal and ESC [2J cleared it."""
    run = run_cli(command, hostile_file, console=console)
    assert_harmless(run)
    assert "\\x1b]0;pwned\\x07\\x1b[2JWiped" in run.out
    assert "<img src=/dev/zero>" in run.out


@pytest.mark.parametrize("command", ["lint", "funnel"])
@pytest.mark.parametrize("console", CONSOLES)
def test_json_reports_are_valid_json_that_give_every_name_back(hostile_file, command, console):
    run = run_cli(command, hostile_file, "--format", "json", console=console)
    assert_harmless(run)
    report = json.loads(run.out)
    if command == "lint":
        messages = " ".join(finding["message"] for finding in report)
        assert ESCAPES in messages and "<img src=/dev/zero>?" in messages
    else:
        assert set(report["volumes"]) >= {f"s{i}" for i in range(len(HOSTILE_NAMES))}


@pytest.mark.parametrize("console", CONSOLES)
def test_file_names_and_errors_are_shown_as_text_too(tmp_path, console):
    named = tmp_path / f"{ESCAPES}.smap"
    save(hostile_map(), named)
    run = run_cli("validate", named, console=console)
    assert_harmless(run, statuses=(0,))
    assert run.out.endswith("\\x1b]0;pwned\\x07\\x1b[2JWiped.smap: ok\n")
    missing = run_cli("lint", tmp_path / f"gone {ESCAPES}.smap", console=console)
    assert_harmless(missing, statuses=(2,))
    assert len(missing.err_lines) == 1 and "gone \\x1b]0;pwned" in missing.err_lines[0]
