"""Hostile or broken draw.io files: refused with one message naming the file and the place."""

from __future__ import annotations

import base64
import zlib

import pytest

from salesmap_studio.interop import InteropError, read

from .drawio_files import model, mxfile, vertex

BOMB = ('<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><mxfile><diagram name="x">&c;</diagram></mxfile>')
EXTERNAL = '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><mxGraphModel>&x;</mxGraphModel>'


def refusal(tmp_path, content, name="bad.drawio") -> str:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(InteropError) as caught:
        read(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


@pytest.mark.parametrize("content", [BOMB, EXTERNAL])
def test_dtds_and_entities_are_refused(tmp_path, content):
    assert "declares a DTD or entities" in refusal(tmp_path, content)


def test_deep_nesting_is_refused_naming_the_element(tmp_path):
    deep = "<mxGraphModel><root>" + "<g>" * 200 + "</g>" * 200 + "</root></mxGraphModel>"
    assert "element <g>: the XML is nested more than 64 levels deep" in refusal(tmp_path, deep)


def test_a_huge_file_is_refused_before_it_is_parsed(tmp_path):
    assert "over 32 MiB" in refusal(tmp_path, b"<mxfile>" + b" " * (33 * 2**20))


def test_a_page_that_inflates_without_end_is_refused(tmp_path):
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = base64.b64encode(packer.compress(b"A" * (40 * 2**20)) + packer.flush()).decode()
    message = refusal(tmp_path, f'<mxfile><diagram name="P">{bomb}</diagram></mxfile>')
    assert "expands to more than 32 MiB" in message


@pytest.mark.parametrize("content, expected", [
    ("<mxfile><diagram", "line 1, column 8: not well-formed XML (unclosed token)"),
    ("<html><body/></html>", "<html>: not a draw.io diagram"),
    ('<mxfile><diagram name="P">not base64 at all!</diagram></mxfile>', "neither XML nor draw.io's compressed form"),
    (model(vertex("a", "A", "", "wide", 0)), "cell 'a': the geometry's x is not a usable number"),
    (model(vertex("a", "A", "", 0, 0), vertex("a", "B", "", 0, 0)), "cell 'a': two cells have this id"),
    ("<mxGraphModel/>", "<mxGraphModel>: the page has no <root> element"),
    ("\ufeff\x00\x01", "not well-formed XML"),
    ('<?xml version="1.0" encoding="UTFu8"?><mxfile/>', "not readable XML (unknown encoding: UTFu8)"),
    ('<?xml version="1.0" encoding="Shift_JIS"?><mxfile/>', "not readable XML (multi-byte encodings are not supported)"),
])
def test_broken_files_name_the_place(tmp_path, content, expected):
    assert expected in refusal(tmp_path, content)


def test_a_bad_field_in_our_own_format_names_the_cell(tmp_path):
    text = mxfile(("M", model(
        '<object id="0" label="" smap="map"><mxCell/></object>',
        '<object id="s" label="Demo" smap="stage" smap_id="s" smap_expected_days="-4">'
        '<mxCell vertex="1" parent="1"><mxGeometry width="10" height="10" as="geometry"/></mxCell></object>')))
    assert "cell 's'.expected_days:" in refusal(tmp_path, text.replace('<mxCell id="0"/>', ""))


def test_a_missing_file_is_one_message(tmp_path):
    with pytest.raises(InteropError, match="cannot read the file"):
        read(tmp_path / "gone.drawio")
