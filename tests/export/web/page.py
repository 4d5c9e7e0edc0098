"""An exported map opened in the test browser, with the reader's own moves: clicks, keys, the wheel."""

from __future__ import annotations

import re
from pathlib import Path

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from salesmap_studio.export.web import export_html

from .browser import console_errors, requests_made


class Page:
    def __init__(self, browser, doc, folder: Path, name: str) -> None:
        path = folder / f"{name}.html"
        export_html(doc, path)
        self.browser, self.url = browser, path.as_uri()
        browser.get_log("browser"), browser.get_log("performance")   # what earlier pages left
        browser.get(self.url)
        self.wait_until(lambda: self.js("return document.querySelectorAll('.print-card').length") == len(doc))

    def js(self, script: str, *args):
        return self.browser.execute_script(script, *args)

    def wait_until(self, condition, timeout: float = 5.0):
        return WebDriverWait(self.browser, timeout).until(lambda _: condition())

    def find(self, css: str):
        return self.browser.find_element(By.CSS_SELECTOR, css)

    def texts(self, css: str) -> list[str]:
        return self.js("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", css)

    def node(self, node_id: str):
        return self.find(f'[data-node="{node_id}"]')

    def click(self, element) -> None:
        ActionChains(self.browser).move_to_element(element).click().perform()

    def keys(self, *keys) -> None:
        ActionChains(self.browser).send_keys(*keys).perform()

    def wheel(self, element, delta_y: int) -> None:
        ActionChains(self.browser).scroll_from_origin(ScrollOrigin.from_element(element), 0, delta_y).perform()

    def card_title(self) -> str:
        return self.js("const c = document.getElementById('card');"
                       "return c.hidden ? null : c.querySelector('.card-title').textContent")

    def scale(self) -> float:
        transform = self.find("#world").get_attribute("transform") or "scale(1)"
        return float(re.search(r"scale\(([-\d.e]+)\)", transform)[1])

    def assert_quiet(self) -> None:
        """No console message of warning level or worse, no request besides the page itself."""
        assert console_errors(self.browser) == []
        assert requests_made(self.browser, self.url) == []
