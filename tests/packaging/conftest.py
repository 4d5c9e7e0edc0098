"""Packaging tests: headless Qt, and the Debian tools the checks run.

CI installs those tools (see docs/packaging.md), so there a missing tool is a
failure; on a developer's machine the check is skipped with the reason printed.

(No __init__.py here on purpose: as a package this folder would be imported as
``packaging`` and hide the PyPI ``packaging`` library that build and pip use.)
"""

from __future__ import annotations

import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEBIAN_PACKAGE = {
    "desktop-file-validate": "desktop-file-utils",
    "update-desktop-database": "desktop-file-utils",
    "xmllint": "libxml2-utils",
    "update-mime-database": "shared-mime-info",
    "appstreamcli": "appstream",
}


def require_tool(name: str) -> str:
    """Path of the program `name`; fail under CI, skip elsewhere, when it is missing."""
    path = shutil.which(name)
    if path:
        return path
    reason = f"{name} not installed (Debian package {DEBIAN_PACKAGE.get(name, '?')})"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must install it")
    print(f"SKIP: {reason}")
    pytest.skip(reason)


@pytest.fixture
def tool():
    """``tool("xmllint")`` gives the program's path, or fails/skips as require_tool does."""
    return require_tool
