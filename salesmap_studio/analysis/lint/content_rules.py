"""Rules about what the map says at each step: criteria, checklists, owners, names."""

from __future__ import annotations

from typing import Iterator

from ...model import Decision, Stage
from .context import Finding, LintContext


def check_stage_texts(ctx: LintContext, node) -> Iterator[Finding]:
    """The seed: "steps too vague" — each stage says what lets a deal in and what lets it out."""
    if not isinstance(node, Stage):
        return
    if not node.entry_criteria.strip():
        yield ctx.finding("missing-entry-criteria", "warning", "missing-entry-criteria", node=node.id)
    if not any(item.text.strip() for item in node.exit_checklist):
        yield ctx.finding("missing-exit-checklist", "warning", "missing-exit-checklist", node=node.id)


def check_owners(ctx: LintContext, node) -> Iterator[Finding]:
    if ctx.facts.has_lanes and isinstance(node, (Stage, Decision)) and node.owner is None:
        yield ctx.finding("missing-owner", "warning", "missing-owner", node=node.id)


def check_duplicate_names(ctx: LintContext, node) -> Iterator[Finding]:
    """A node whose name (ignoring case and spacing) another node has too."""
    count = ctx.names.namesakes(node.id)
    if count > 1:
        yield ctx.finding("duplicate-name", "warning", "duplicate-name", node=node.id, count=count)


CONTENT_NODE_RULES = (check_stage_texts, check_owners, check_duplicate_names)
