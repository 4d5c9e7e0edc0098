"""Id generation that never collides with an id already taken."""

from __future__ import annotations

import re
from typing import Container

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def slug(text: str, fallback: str = "n") -> str:
    """An id-safe, lower-case form of `text` (for ids made from names)."""
    cleaned = _SAFE.sub("-", text.strip().lower()).strip("-.")[:40]
    return cleaned or fallback


def fresh_id(prefix: str, taken: Container[str]) -> str:
    """`prefix` itself if free, else `prefix-2`, `prefix-3`, … (first free)."""
    prefix = slug(prefix)
    if prefix not in taken:
        return prefix
    n = 2
    while f"{prefix}-{n}" in taken:
        n += 1
    return f"{prefix}-{n}"
