"""One headless Chromium for each test module; a failing test's screenshot is named in its report."""

from __future__ import annotations

import re

import pytest

from .browser import save_screenshot, start_browser


@pytest.fixture(scope="module")
def browser():
    driver = start_browser()
    yield driver
    driver.quit()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    driver = item.funcargs.get("browser") if hasattr(item, "funcargs") else None
    if report.failed and driver is not None and report.when in ("call", "teardown"):
        try:
            path = save_screenshot(driver, re.sub(r"[^\w.-]", "_", item.name))
        except Exception as err:  # the browser itself may be what failed
            report.sections.append(("browser screenshot", f"could not be saved: {err}"))
        else:
            report.sections.append(("browser screenshot", f"saved to {path}"))
