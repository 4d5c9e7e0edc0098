"""The exported web page in a real, headless Chromium, used as a reader uses it: click a stage and
read its card, search, walk through, zoom, use only the keyboard, print to PDF. Every page opened
shows no console error and asks for nothing over the network."""

from __future__ import annotations

import base64
import subprocess

import pytest

from salesmap_studio.analysis.flow import Walk
from salesmap_studio.analysis.flow_order import flow_order
from salesmap_studio.analysis.node_card import node_title

from ...hostile_text import HOSTILE_NAMES, IMAGE, TITLE, hostile_map
from ...required_tools import require_tool
from .browser import need_selenium

need_selenium()
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.common.print_page_options import PrintOptions  # noqa: E402

from .page import Page  # noqa: E402


def stage_named(doc, name: str):
    return next(node for node in doc.nodes() if node.name == name)


@pytest.fixture
def page_of(browser, tmp_path):
    opened = []

    def open_page(doc, name="map") -> Page:
        page = Page(browser, doc, tmp_path, name)
        opened.append(page)
        return page

    yield open_page
    for page in opened:
        page.assert_quiet()


def test_clicking_a_stage_opens_its_card_with_the_exit_checklist(page_of, template):
    doc = template("extended-b2b", "en")
    stage = stage_named(doc, "Sales qualified lead (SQL)")
    page = page_of(doc)
    page.click(page.node(stage.id))
    page.wait_until(lambda: page.card_title() == stage.name)
    assert page.texts("#card .checklist .item") == [item.text for item in stage.exit_checklist]
    assert page.texts("#card .field h4")[:2] == ["Entry criteria", "Activities"]
    owner = doc.lane(stage.owner).name
    assert owner in page.texts("#card .facts dd")


def test_a_branch_in_the_card_is_a_link_to_the_next_card(page_of, template):
    doc = template("extended-b2b", "en")
    decision = next(node for node in doc.nodes() if node.kind == "decision")
    page = page_of(doc)
    page.click(page.node(decision.id))
    page.wait_until(lambda: page.card_title() == node_title(decision, "en"))
    target = doc.node(doc.links_from(decision.id)[0].target)
    link = next(a for a in page.browser.find_elements("css selector", "#card .ways a") if a.text == target.name)
    page.click(link)
    page.wait_until(lambda: page.card_title() == node_title(target, "en"))


def test_search_outlines_what_it_finds_and_enter_jumps_there(page_of, template):
    doc = template("extended-b2b", "en")
    page = page_of(doc)
    page.click(page.find("#search"))
    page.keys("demo")   # the demo stage, and the discovery stage whose checklist plans the demo
    page.wait_until(lambda: page.find("#found").text.startswith("2 found"))
    hits = page.js("return [...document.querySelectorAll('.node.hit')].map(g => g.dataset.node)")
    assert [doc.node(i).name for i in hits] == ["Discovery / needs analysis", "Demo / solution presentation"]
    page.keys(Keys.ENTER)
    page.wait_until(lambda: page.card_title() == "Discovery / needs analysis")
    page.keys(Keys.ENTER)
    page.wait_until(lambda: page.card_title() == "Demo / solution presentation")


def test_the_walk_through_steps_as_the_apps_presentation_does(page_of, template):
    doc = template("extended-b2b", "en")
    walk = Walk(doc)
    expected = [node_title(doc.node(walk.current), "en")]
    for _ in range(3):
        walk.next()
        expected.append(node_title(doc.node(walk.current), "en"))
    page = page_of(doc)
    page.click(page.find("#walk"))
    page.wait_until(lambda: page.card_title() == expected[0])
    for title in expected[1:]:
        page.keys(Keys.ARROW_RIGHT)
        page.wait_until(lambda: page.card_title() == title)
    assert page.find("#card .step").text == "Step 4"
    page.keys(Keys.ARROW_LEFT)
    page.wait_until(lambda: page.card_title() == expected[2])
    page.keys(Keys.ESCAPE)
    page.wait_until(lambda: page.card_title() is None)
    assert page.find("#walk").get_attribute("aria-pressed") == "false"


def test_at_a_decision_down_chooses_the_other_branch(page_of, template):
    doc = template("extended-b2b", "en")
    decision = next(node for node in doc.nodes() if node.kind == "decision")
    walk = Walk(doc, at=decision.id)
    walk.choose_next_branch()
    walk.next()
    page = page_of(doc)
    page.click(page.find("#walk"))
    for _ in range(len(doc)):   # along the main path to the decision
        if page.card_title() == node_title(decision, "en"):
            break
        page.keys(Keys.ARROW_RIGHT)
    page.keys(Keys.ARROW_DOWN)
    page.wait_until(lambda: page.js("return document.querySelector('#card .way.taken a').textContent")
                    == doc.node(walk.current).name)
    page.keys(Keys.ARROW_RIGHT)
    page.wait_until(lambda: page.card_title() == node_title(doc.node(walk.current), "en"))


def test_the_walk_through_starts_at_the_open_card_as_f5_at_the_selection(page_of, template):
    doc = template("five-step", "en")
    stage = doc.nodes()[2]
    walk = Walk(doc, at=stage.id)
    walk.next()
    page = page_of(doc)
    page.click(page.node(stage.id))
    page.click(page.find("#walk"))
    page.wait_until(lambda: page.find("#card .step").text == "Step 1")
    assert page.card_title() == node_title(stage, "en")
    page.keys(Keys.ARROW_RIGHT)
    page.wait_until(lambda: page.card_title() == node_title(doc.node(walk.current), "en"))


def test_zoom_with_the_buttons_the_wheel_and_back_to_fit(page_of, template):
    page = page_of(template("five-step", "en"))
    page.click(page.find("#zoom-in"))
    page.wait_until(lambda: page.scale() == pytest.approx(1.25))
    page.wheel(page.find("#map"), -300)
    page.wait_until(lambda: page.scale() > 1.3)
    page.click(page.find("#zoom-out"))
    page.click(page.find("#fit"))
    page.wait_until(lambda: page.scale() == 1)


def test_keyboard_only_tab_to_a_stage_enter_for_its_card_escape_back(page_of, template):
    doc = template("five-step", "en")
    page = page_of(doc)
    for _ in range(15):
        page.keys(Keys.TAB)
        if page.js("return document.activeElement.dataset.node || null"):
            break
    focused = page.js("return document.activeElement.dataset.node")
    assert focused == doc.nodes()[0].id
    node = page.node(focused)
    assert node.get_attribute("role") == "button"
    assert node.get_attribute("aria-label") == node_title(doc.node(focused), "en")
    assert len(page.texts(".ring.focus")) == 1   # the visible focus on the map
    page.keys(Keys.ENTER)
    page.wait_until(lambda: page.card_title() == node_title(doc.node(focused), "en"))
    assert page.js("return document.activeElement.id") == "card-title"
    assert page.find("#card").get_attribute("role") == "dialog"
    assert page.find("#card").get_attribute("aria-labelledby") == "card-title"
    page.keys(Keys.ESCAPE)
    page.wait_until(lambda: page.card_title() is None)
    assert page.js("return document.activeElement.dataset.node") == focused


def test_the_german_map_speaks_german(page_of, template):
    doc = template("extended-b2b", "de")
    stage = next(node for node in doc.nodes() if node.kind == "stage" and node.exit_checklist)
    page = page_of(doc)
    assert page.js("return document.documentElement.lang") == "de"
    assert page.find("#walk").text == "Rundgang"
    page.click(page.node(stage.id))
    page.wait_until(lambda: page.card_title() == stage.name)
    assert "Ausgangs-Checkliste" in page.texts("#card .field h4")


def test_hostile_names_show_as_the_characters_they_are(page_of):
    doc = hostile_map()
    page = page_of(doc, "hostile")
    assert page.js("return typeof window.pwned") == "undefined"
    assert page.js("return document.title") == TITLE
    assert page.js("return document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.js("return document.querySelectorAll('script').length") == 2
    # Every text arrives as the characters it is: controls, bidi overrides and markup included.
    assert page.texts(".print-card .card-title") == [node_title(doc.node(i), "en") for i in flow_order(doc)]
    assert IMAGE in page.texts("#map text") and IMAGE in page.texts("#parking-list .text")
    hrefs = page.js("return [...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
    assert hrefs and all(href.startswith("#node:") for href in hrefs)
    page.click(page.node("s9"))
    page.wait_until(lambda: page.card_title() == HOSTILE_NAMES[9])


def test_print_puts_the_map_first_and_every_card_after_it(page_of, template, tmp_path):
    require_tool("pdftotext")
    doc = template("extended-b2b", "en")
    page = page_of(doc)
    out = tmp_path / "printed.pdf"
    out.write_bytes(base64.b64decode(page.browser.print_page(PrintOptions())))

    def text(*pages) -> str:
        return " ".join(subprocess.run(["pdftotext", *pages, str(out), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())

    first = text("-f", "1", "-l", "1")
    assert doc.info.title in first and "Marketing" in first and "Entry criteria" not in first
    rest = text("-f", "2")
    for node in doc.nodes():
        assert " ".join(node_title(node, "en").split()) in rest
