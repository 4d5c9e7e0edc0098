"""Data shipped with SalesMap Studio (templates, fonts, translations) and where to find it.

This folder is installed as the package `salesmap_studio.resources`, so the same
paths work from a checkout, an editable install and a wheel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_TEMPLATE_NAME = re.compile(r"^(?P<name>[a-z0-9-]+)\.(?P<lang>[a-z]{2})\.smap$")


@cache
def _root() -> Path:
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return _root().joinpath(*parts)


FONT_FILES = {(False, False): "DejaVuSans.ttf", (True, False): "DejaVuSans-Bold.ttf",
              (True, True): "DejaVuSansCondensed-Bold.ttf"}   # (bold, condensed): condensed is bold only


def font_path(bold: bool = False, condensed: bool = False) -> Path:
    return resource_path("fonts", FONT_FILES[bold, condensed])


@dataclass(frozen=True)
class TemplateRef:
    name: str
    language: str
    path: Path


def list_templates() -> list[TemplateRef]:
    """Every shipped template, sorted by name then language."""
    found = []
    for path in sorted(resource_path("templates").glob("*.smap")):
        match = _TEMPLATE_NAME.match(path.name)
        if match:
            found.append(TemplateRef(match["name"], match["lang"], path))
    return found


def template_path(name: str, language: str = "en") -> Path:
    """The template's file; falls back to English when the language is missing."""
    for ref in list_templates():
        if ref.name == name and ref.language == language:
            return ref.path
    for ref in list_templates():
        if ref.name == name and ref.language == "en":
            return ref.path
    raise KeyError(name)
