"""A headless Chromium driven by selenium (Debian's chromium and chromium-driver), for the web page.

Missing pieces skip the tests on a developer's machine and fail them under CI (`CI` set), where
.ci/run installs them. Each opened page is checked for console errors and network requests.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
WINDOW = (1400, 900)
# Where a failing test leaves its screenshot (the failure report names the file).
SHOTS = Path(tempfile.gettempdir()) / "salesmap-web-failures"


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} missing under CI: .ci/run installs chromium, chromium-driver and selenium")
    pytest.skip(f"needs {what}", allow_module_level=True)


def need_selenium() -> None:
    """Called before a test module imports selenium: skip it (fail it under CI) when selenium is missing."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        _missing("selenium (pip install -e '.[test]')")


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    binary = next((shutil.which(name) for name in CHROMIUM if shutil.which(name)), None)
    driver = shutil.which("chromedriver")
    if binary is None or driver is None:
        _missing("chromium and chromedriver")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={WINDOW[0]},{WINDOW[1]}", "--lang=en-GB"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(driver), options=options)


def console_errors(browser) -> list[str]:
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def requests_made(browser, page_url: str) -> list[str]:
    """Every URL the browser asked for since the last call, besides the page itself."""
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return [url for url in urls if url != page_url]


def save_screenshot(browser, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    browser.save_screenshot(str(path))
    return path
