"""Mermaid export, drawn by Mermaid itself (the npm `mermaid` bundle in the web-page tests' headless
Chromium, as a wiki draws it): every diagram renders, with a node for each map node showing its name
exactly, every lane and every arrow label, and nothing in a name runs."""

from __future__ import annotations

import re

import pytest

from salesmap_studio.analysis.geometry.links import label_text
from salesmap_studio.interop.mermaid import flowchart
from salesmap_studio.persistence import load

from ..export.web.browser import console_errors, need_selenium
from ..hostile_text import hostile_map
from .maps import big_map
from .node_check import installed_package
from .test_mermaid import TEMPLATES
from .test_mermaid import hostile_map as mermaid_hostile_map

need_selenium()

# What the drawn diagram holds: each node group's id and text, the lane titles, the arrow labels
# (a <br> read as the line break it draws), and whether a name ran as script.
READ_SVG = """
const text = element => { const copy = element.cloneNode(true);
  copy.querySelectorAll('br').forEach(br => br.replaceWith('\\n')); return copy.textContent; };
const svg = document.querySelector('#drawn svg');
return {nodes: [...svg.querySelectorAll('g.node')].map(g => [g.id, text(g)]),
        lanes: [...svg.querySelectorAll('g.cluster .cluster-label')].map(text),
        labels: [...svg.querySelectorAll('g.edgeLabel')].map(text).filter(t => t),
        ran: typeof window.pwned !== 'undefined'};
"""
RENDER = """
const done = arguments[arguments.length - 1];
mermaid.render('diagram', arguments[0]).then(
  drawn => { document.getElementById('drawn').innerHTML = drawn.svg; done(null); },
  error => done(String(error && error.message || error)));
"""


@pytest.fixture(scope="module")
def bundle():
    """Mermaid's browser bundle (looked for before the browser starts)."""
    return installed_package("mermaid-check", "mermaid", "setup_mermaid_check.sh") / "dist" / "mermaid.min.js"


@pytest.fixture(scope="module")
def mermaid_page(bundle, browser, tmp_path_factory):
    """A local page that loaded Mermaid's browser bundle, set up as a wiki sets it up (strict security)."""
    page = tmp_path_factory.mktemp("mermaid") / "render.html"
    page.write_text(f'<!DOCTYPE html><meta charset="utf-8"><body><div id="drawn"></div>'
                    f'<script src="{bundle.as_uri()}"></script>', encoding="utf-8")
    browser.get(page.as_uri())
    browser.set_script_timeout(60)   # Mermaid lays 200 nodes out in ~6 s on a busy 2-core machine
    browser.execute_script("mermaid.initialize({startOnLoad: false, securityLevel: 'strict'})")
    console_errors(browser)   # what loading the page logged is not a diagram's fault
    return browser


def drawn(browser, doc) -> tuple[str, dict]:
    """The exported text and what Mermaid drew of it."""
    text = flowchart(doc)
    error = browser.execute_async_script(RENDER, text)
    assert error is None, error
    return text, browser.execute_script(READ_SVG)


def assert_drawn_whole(browser, doc) -> None:
    text, svg = drawn(browser, doc)
    written_ids = re.findall(r"^ +(n\d+)[({]", text, flags=re.MULTILINE)
    assert len(written_ids) == len(doc.nodes())
    # Mermaid names a node's group "diagram-flowchart-n7-3"; any other group (its drawing of an error) stays whole.
    drawn_ids = [re.sub(r"^diagram-flowchart-(n\d+)-\d+$", r"\1", node_id) for node_id, _ in svg["nodes"]]
    assert sorted(drawn_ids) == sorted(written_ids)
    assert sorted(name for _, name in svg["nodes"]) == sorted(node.name for node in doc.nodes())
    assert sorted(svg["lanes"]) == sorted(lane.name for lane in doc.lanes())   # drawn in the layout's order
    labels = [label_text(link, doc.info.language) for link in doc.links()]
    assert sorted(svg["labels"]) == sorted(label for label in labels if label)
    assert not svg["ran"]
    assert console_errors(browser) == []


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda path: path.stem)
def test_every_template_is_drawn_with_every_node_lane_and_label(mermaid_page, path):
    assert_drawn_whole(mermaid_page, load(path))


@pytest.mark.parametrize("make", [hostile_map, mermaid_hostile_map], ids=["hostile_text", "mermaid_keywords"])
def test_hostile_names_are_drawn_exactly_as_written_and_never_run(mermaid_page, make):
    assert_drawn_whole(mermaid_page, make())


def test_a_generated_map_of_200_nodes_is_drawn_whole(mermaid_page):
    doc = big_map(180)
    assert len(doc.nodes()) == 200
    assert_drawn_whole(mermaid_page, doc)


# Each drawn arrow's stroke as the browser computes it, in the order the links were written.
READ_STROKES = """
return [...document.querySelectorAll('#drawn svg .edgePaths path')].map(path => {
  const style = getComputedStyle(path);
  return [parseFloat(style.strokeWidth), style.strokeDasharray];
});
"""


def test_arrows_are_bold_enough_to_read_and_objection_loops_dashed_long(mermaid_page):
    """Mermaid's own 1 px arrows and 3 px dots all but vanish on a projected wiki page."""
    doc = load(next(path for path in TEMPLATES if path.name == "five-step.en.smap"))
    drawn(mermaid_page, doc)
    strokes = mermaid_page.execute_script(READ_STROKES)
    assert len(strokes) == len(doc.links())
    for link, (width, dashes) in zip(doc.links(), strokes):
        if link.kind == "objection":
            assert width >= 2.5 and [float(d.strip(" px")) for d in dashes.split(",")] == [9.0, 5.0]
        else:
            assert width >= 2 and dashes in ("none", "0px", "0")   # solid
