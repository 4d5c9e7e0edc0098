"""160 stages at 1 % win one deal in 1e320: no output says "inf" or "Infinity"; each says so in words."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader

from salesmap_studio.export.pdf import PdfOptions, render_pdf
from salesmap_studio.persistence import loads
from tests.cli.runner import run_cli
from tests.persistence.conftest import FIXTURES

THIN = FIXTURES / "infinite-funnel.smap"
WORDS = {"en": "Fewer than one deal in a billion wins", "de": "Weniger als ein Deal von einer Milliarde"}


def assert_no_infinity(text: str) -> None:
    assert not any(word in text.lower() for word in ("inf", "nan")), text


def test_the_funnel_command_says_in_words_that_the_funnel_cannot_be_planned():
    for fmt in ("text", "json"):
        run = run_cli("funnel", "--format", fmt, THIN)
        assert (run.status, run.out) == (2, "")
        assert len(run.err_lines) == 1 and WORDS["en"] in run.err_lines[0]
        assert_no_infinity(run.err_lines[0].replace(str(THIN), ""))


def test_the_playbook_says_it_in_the_maps_language():
    for language, words in WORDS.items():
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(
            render_pdf(_in_language(language), PdfOptions(playbook=True)).data)).pages[:2])
        assert words in " ".join(text.split())
        assert_no_infinity(text.replace("Info", ""))


def test_lint_json_is_strict_json():
    run = run_cli("lint", "--format", "json", THIN)
    json.loads(run.out, parse_constant=lambda token: (_ for _ in ()).throw(ValueError(token)))


def _in_language(language: str):
    data = json.loads(THIN.read_text("utf-8"))
    data["language"] = language
    return loads(json.dumps(data))
