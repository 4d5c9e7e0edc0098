"""The web-page tests' headless Chromium (one per module, a failing test's screenshot named in its report),
in which the Mermaid exports are drawn by Mermaid itself."""

from ..export.web.conftest import browser, pytest_runtest_makereport  # noqa: F401
