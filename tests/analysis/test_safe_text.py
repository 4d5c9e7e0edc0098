"""The one place that makes map text safe per output: XML keeps what XML 1.0 allows, a terminal sees
controls as visible escapes, JSON for a terminal stays JSON that gives the text back."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st

from salesmap_studio.analysis.safe_text import terminal_json, terminal_text, xml_text

ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


def test_xml_text_drops_only_what_xml_1_0_forbids():
    assert xml_text("a\x01b\x1b\ufffe\uffff\tc\nd\re 😀 \x7f\x85") == "ab\tc\nd\re 😀 \x7f\x85"


@given(ANY_TEXT)
def test_any_name_in_an_element_gives_parseable_xml(text):
    element = ET.Element("text")
    element.text = xml_text(text)
    assert ET.fromstring(ET.tostring(element, encoding="unicode")).tag == "text"


def test_terminal_text_shows_controls_bidi_and_line_breaks_as_escapes():
    assert terminal_text("\x1b]0;t\x07\x1b[2J") == "\\x1b]0;t\\x07\\x1b[2J"
    assert terminal_text("\x9b31m \u202eevil two\nlines\ttab") == "\\x9b31m \\u202eevil two\\x0alines\\x09tab"
    assert terminal_text("Zürich 😀 „Referenz“") == "Zürich 😀 „Referenz“"


@given(ANY_TEXT, st.sampled_from(["utf-8", "cp1252", "ascii", "latin-1"]))
def test_terminal_json_is_json_the_console_can_print_and_gives_the_text_back(text, encoding):
    shown = terminal_json({"name": text}, encoding)
    shown.encode(encoding)   # no UnicodeEncodeError
    assert json.loads(shown) == {"name": text}
    assert not any(ord(c) < 0x20 and c != "\n" or 0x7f <= ord(c) <= 0x9f or c == "\u202e" for c in shown)
