"""Putting the page together: the template, style and script from resources/web, the map as
inline SVG (export/svg.py's drawing, each node a focusable group) and the data as JSON that no
text can break out of."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from string import Template

from ...analysis.geometry import MapGeometry
from ...resources import resource_path
from ..svg import svg_document

# Read in this order into one script; each file is a part of one strict-mode function.
SCRIPTS = ("view.js", "card.js", "search.js", "walk.js", "main.js")
# What could end the JSON's <script> element or start a comment or entity, and what JavaScript
# reads as a line end or a lone surrogate, written as JSON escapes.
_UNSAFE_IN_SCRIPT = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


@cache
def asset(name: str) -> str:
    return resource_path("web", name).read_text(encoding="utf-8")


def script_json(value) -> str:
    """`value` as JSON to place between <script type="application/json"> and </script>."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return _UNSAFE_IN_SCRIPT.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def page_script() -> str:
    return "(function () {\n\"use strict\";\n" + "\n".join(asset(name) for name in SCRIPTS) + "\n})();\n"


def csp(script: str, style: str) -> str:
    """Only this page's own script and style run; nothing is fetched, sent or framed."""
    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"

    # Only ASCII, no double quote: it goes into the <meta> element as it is.
    return (f"default-src 'none'; script-src {digest(script)}; style-src {digest(style)}; img-src data:; "
            "connect-src 'none'; base-uri 'none'; form-action 'none'")


def map_svg(geometry: MapGeometry, title: str, tick) -> str:
    """The SVG export's drawing; its content in <g id="world"> (what pan and zoom move) with a
    layer for the marks (focus, search hits, the walk-through) on top."""
    root = svg_document(geometry, title, transparent=True, tick=tick,
                        node_attrs=lambda item: {"class": f"node {item.kind}", "data-node": item.id,
                                                 "tabindex": "0", "role": "button"})
    world = ET.Element("g", {"id": "world"})
    for child in list(root)[1:]:   # all but <title>
        root.remove(child)
        world.append(child)
    ET.SubElement(world, "g", {"id": "marks"})
    root.append(world)
    root.set("id", "map")
    return ET.tostring(root, encoding="unicode")


def assemble(geometry: MapGeometry, data: dict, tick=lambda items: None) -> str:
    script, style = page_script(), asset("page.css")
    words = {key.replace("-", "_"): html.escape(text) for key, text in data["words"].items()}
    return Template(asset("page.html")).substitute(
        words, lang=data["lang"], csp=csp(script, style), style=style, script=script,
        data=script_json(data), svg=map_svg(geometry, data["title"], tick))
