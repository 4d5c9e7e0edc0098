"""The web page file itself, read back without a browser: one self-contained HTML file whose data
block parses as the map's JSON, whose drawing is the SVG export's, and that nothing can break out of."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from salesmap_studio.cli import main
from salesmap_studio.export.web import render_html
from salesmap_studio.export.web.page import SCRIPTS, asset, page_script

from ...hostile_text import HOSTILE_NAMES, SCRIPT, hostile_map
from ..test_cli_export import TEMPLATE

LIMIT = 150_000   # bytes of the page without the map's data (issue 16)
SVG_NS = "{http://www.w3.org/2000/svg}"


def data_block(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page, re.S)
    return json.loads(found[1])


def svg_of(page: str) -> ET.Element:
    return ET.fromstring(page[page.index("<svg"):page.index("</svg>") + len("</svg>")])


def test_the_command_line_writes_one_page_with_the_map_drawn_and_its_data(tmp_path):
    out = tmp_path / "map.html"
    assert main(["export", TEMPLATE, str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="de">' in page
    data = data_block(page)
    assert data["lang"] == "de" and data["words"]["checklist"] == "Ausgangs-Checkliste"
    svg = svg_of(page)
    drawn = {g.get("data-node") for g in svg.iter(f"{SVG_NS}g") if g.get("data-node")}
    assert drawn == set(data["nodes"]) and set(data["order"]) == drawn


def test_nothing_is_fetched_and_the_policy_forbids_connections(tmp_path):
    page = render_html(hostile_map()).decode("utf-8")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)[1]
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy and "unsafe" not in policy
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "@import" not in page and "url(" not in asset("page.css")


def test_no_text_can_close_the_data_block_or_start_markup():
    page = render_html(hostile_map()).decode("utf-8")
    assert page.count("</script") == 2   # the data block's and the script's own ends
    assert page.count("<script") == 2
    assert "<img" not in page.replace("&lt;img", "")   # only escaped, in the drawing
    data = data_block(page)
    assert {node["name"] for node in data["nodes"].values()} >= set(HOSTILE_NAMES)
    assert SCRIPT in data["nodes"]["s9"]["entry"]


def test_the_page_without_the_maps_data_stays_under_150_kb():
    shell = asset("page.html").encode() + asset("page.css").encode() + page_script().encode()
    assert len(shell) < LIMIT, len(shell)
    assert all("</script" not in asset(name) for name in SCRIPTS)
