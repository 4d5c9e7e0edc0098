"""Programs the tests run (Debian packages that .ci/run installs): under CI a missing one is a
failure, on a developer's machine the test is skipped with the reason printed."""

from __future__ import annotations

import os
import shutil

import pytest

DEBIAN_PACKAGE = {
    "desktop-file-validate": "desktop-file-utils",
    "update-desktop-database": "desktop-file-utils",
    "xmllint": "libxml2-utils",
    "update-mime-database": "shared-mime-info",
    "appstreamcli": "appstream",
    "pdftotext": "poppler-utils",
    "soffice": "libreoffice-impress",
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
