"""Map health: the seed's common mistakes, found in a map.

`lint(doc)` runs every rule and returns the findings sorted by severity (errors
first), then by where their item sits in the document. Pure: no Qt, no files.
"""

from __future__ import annotations

import weakref

from ...model import SalesMap
from .context import SEVERITIES, Finding, LintContext
from .conflict_rules import CONFLICT_RULES
from .content_rules import CONTENT_RULES
from .flow_rules import FLOW_RULES
from .funnel_rules import FUNNEL_RULES

RULES = CONFLICT_RULES + FLOW_RULES + CONTENT_RULES + FUNNEL_RULES

__all__ = ["Finding", "SEVERITIES", "lint", "badges"]


# The last check's findings of each open map (weak keys: a closed map's go with it).
_last_worded: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def lint(doc: SalesMap) -> list[Finding]:
    """Every finding; a finding the last check of `doc` found too is the same object again."""
    context = LintContext(doc, _last_worded.get(doc))
    findings = [finding for rule in RULES for finding in rule(context)]
    _last_worded[doc] = context.worded
    return sorted(findings, key=context.sort_key)


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
