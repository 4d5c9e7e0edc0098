"""Rules about what the map says at each step: criteria, checklists, owners, names."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from ...model import Decision, Stage
from .context import Finding, LintContext


def check_stage_texts(ctx: LintContext) -> Iterator[Finding]:
    """The seed: "steps too vague" — each stage says what lets a deal in and what lets it out."""
    for node in ctx.doc.stages():
        if not node.entry_criteria.strip():
            yield ctx.finding("missing-entry-criteria", "warning", "missing-entry-criteria", node=node.id)
        if not any(item.text.strip() for item in node.exit_checklist):
            yield ctx.finding("missing-exit-checklist", "warning", "missing-exit-checklist", node=node.id)


def check_owners(ctx: LintContext) -> Iterator[Finding]:
    if not ctx.doc.lanes():
        return
    for node in ctx.doc.nodes():
        if isinstance(node, (Stage, Decision)) and node.owner is None:
            yield ctx.finding("missing-owner", "warning", "missing-owner", node=node.id)


def check_duplicate_names(ctx: LintContext) -> Iterator[Finding]:
    """Every node whose name (ignoring case and spacing) another node has too."""
    groups: dict[str, list[str]] = defaultdict(list)
    for node in ctx.doc.nodes():
        groups[" ".join(node.name.casefold().split())].append(node.id)
    for ids in groups.values():
        if len(ids) > 1:
            for node_id in ids:
                yield ctx.finding("duplicate-name", "warning", "duplicate-name", node=node_id, count=len(ids))


CONTENT_RULES = (check_stage_texts, check_owners, check_duplicate_names)
