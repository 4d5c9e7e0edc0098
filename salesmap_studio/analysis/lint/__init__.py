"""Map health: the seed's common mistakes, found in a map.

`lint(doc)` runs every rule and returns the findings sorted by severity (errors
first), then by where their item sits in the document. Pure: no Qt, no files.
A check of a map checked before re-checks only what changed (memory.py).
"""

from __future__ import annotations

import weakref

from ...model import SalesMap
from .context import SEVERITIES, Finding
from .memory import LintMemory

__all__ = ["Finding", "SEVERITIES", "lint", "badges"]


# The last check of each open map (weak keys: a closed map's goes with it).
_memories: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def lint(doc: SalesMap) -> list[Finding]:
    """Every finding; a finding the last check of `doc` found too is the same object again."""
    memory = _memories.get(doc)
    if memory is None:
        memory = _memories[doc] = LintMemory()
    return memory.check(doc)


def badges(findings: list[Finding]) -> dict[str, str]:
    """The worst severity per item (node or link id) among errors and warnings, for canvas badges."""
    marks: dict[str, str] = {}
    for finding in findings:
        item = finding.node or finding.link
        if item is None or finding.severity == "info":
            continue
        if marks.get(item) != "error":
            marks[item] = finding.severity
    return marks
