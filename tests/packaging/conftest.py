"""Packaging tests: headless Qt, and the Debian tools the checks run.

CI installs those tools (see docs/packaging.md), so there a missing tool is a
failure; on a developer's machine the check is skipped with the reason printed.

(No __init__.py here on purpose: as a package this folder would be imported as
``packaging`` and hide the PyPI ``packaging`` library that build and pip use.)
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.required_tools import require_tool  # noqa: E402


@pytest.fixture
def tool():
    """``tool("xmllint")`` gives the program's path, or fails/skips as require_tool does."""
    return require_tool
