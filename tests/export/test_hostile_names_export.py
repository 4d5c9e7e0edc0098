"""Hostile names through every export, each read back by its consumer: the PDF's text, the SVG as
XML (xmllint), the PNG as an image. A name is printed as the characters it is."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage
from pypdf import PdfReader

from salesmap_studio.cli import main
from salesmap_studio.model import MapInfo, SalesMap, Stage
from salesmap_studio.persistence import save

from ..hostile_text import CONTROL, MARKUP, VISIBLE_PARTS, hostile_map


def words(text: str) -> str:
    """Text with every run of white space as one space (a name may wrap across lines)."""
    return " ".join(text.split())


def assert_every_name_readable(text: str) -> None:
    text = words(text)
    for name, parts in VISIBLE_PARTS.items():
        for part in parts:
            assert words(part) in text, f"{part!r} of {name!r} is missing"


@pytest.fixture
def hostile_file(tmp_path):
    path = tmp_path / "hostile.smap"
    save(hostile_map(), path)
    return path


def test_a_control_character_in_a_name_still_gives_an_svg_that_is_xml(tmp_path):
    """Issue 12, finding 8: xmllint said "PCDATA invalid Char value 1" and no viewer opened the file."""
    source, out = tmp_path / "map.smap", tmp_path / "map.svg"
    save(SalesMap.from_parts(MapInfo(title=CONTROL, language="en"), nodes=[Stage(id="s", name=CONTROL)]), source)
    assert main(["export", str(source), str(out)]) == 0
    checked = subprocess.run(["xmllint", "--noout", str(out)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    root = ET.parse(out).getroot()
    assert "Callback" in [element.text for element in root.iter() if element.text]


def test_svg_of_hostile_names_is_xml_and_shows_every_name(hostile_file, tmp_path):
    out = tmp_path / "map.svg"
    assert main(["export", str(hostile_file), str(out)]) == 0
    checked = subprocess.run(["xmllint", "--noout", str(out)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert_every_name_readable(" ".join(element.text or "" for element in ET.parse(out).getroot().iter()))


def test_pdf_of_hostile_names_prints_them_as_text(hostile_file, tmp_path):
    out = tmp_path / "map.pdf"
    assert main(["export", str(hostile_file), str(out), "--playbook", "--parking-lot"]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert_every_name_readable(text)
    poppler = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for markup in MARKUP:
        assert markup in words(poppler)


def test_png_of_hostile_names_is_written(hostile_file, tmp_path):
    out = tmp_path / "map.png"
    assert main(["export", str(hostile_file), str(out), "--dpi", "50"]) == 0
    image = QImage(str(out))
    assert not image.isNull() and image.width() > 1000
