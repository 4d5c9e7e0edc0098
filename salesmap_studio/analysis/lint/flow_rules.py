"""Rules about how deals move through the map: start, reachability, branches, shares, ends."""

from __future__ import annotations

from typing import Iterator

from ...model import Decision, Stage
from .context import Finding, LintContext

MAX_MAIN_PATH_STAGES = 15
SHARE_SLACK = 1e-9  # shares are stored with two decimals; don't flag 0.1 + 0.2 + 0.7


def check_start(ctx: LintContext) -> Iterator[Finding]:
    if len(ctx.doc) and ctx.doc.start is None:
        yield ctx.finding("no-start", "warning", "no-start")


def check_reached(ctx: LintContext, node) -> Iterator[Finding]:
    """Nodes no path from the start reaches (without a start: from the nodes no link enters)."""
    if node.id in ctx.facts.unreached:
        yield ctx.finding("unreachable", "error", "unreachable", node=node.id)


def check_decisions(ctx: LintContext, node) -> Iterator[Finding]:
    if not isinstance(node, Decision):
        return
    links = ctx.facts.outgoing.get(node.id, [])
    kinds = {link.kind for link in links}
    if "yes" not in kinds:
        yield ctx.finding("decision-branches", "error", "decision-no-yes", node=node.id)
    elif "no" not in kinds:
        yield ctx.finding("decision-branches", "error", "decision-no-no", node=node.id)
    elif len({link.target for link in links}) < 2:
        yield ctx.finding("decision-branches", "error", "decision-one-way", node=node.id)


def check_shares(ctx: LintContext, node) -> Iterator[Finding]:
    shares = [link.share for link in ctx.facts.outgoing.get(node.id, [])]
    given = [share for share in shares if share is not None]
    total = sum(given)
    if total > 1 + SHARE_SLACK:
        yield ctx.finding("shares-sum", "error", "shares-over", node=node.id, total=total)
    elif given and len(given) == len(shares) and total < 1 - SHARE_SLACK:
        yield ctx.finding("shares-sum", "warning", "shares-under", node=node.id, total=total)


def check_dead_ends(ctx: LintContext, node) -> Iterator[Finding]:
    if (isinstance(node, (Stage, Decision)) and node.id != ctx.facts.path_end
            and not ctx.facts.outgoing.get(node.id)):
        yield ctx.finding("dead-end", "warning", "dead-end", node=node.id)


def check_objection_path(ctx: LintContext) -> Iterator[Finding]:
    if ctx.facts.links and not ctx.facts.says_no:
        yield ctx.finding("no-objection-path", "warning", "no-objection-path")


def check_main_path_length(ctx: LintContext) -> Iterator[Finding]:
    if ctx.facts.path_stages > MAX_MAIN_PATH_STAGES:
        yield ctx.finding("too-many-stages", "warning", "too-many-stages", count=ctx.facts.path_stages)


FLOW_MAP_RULES = (check_start, check_objection_path, check_main_path_length)
FLOW_NODE_RULES = (check_reached, check_decisions, check_shares, check_dead_ends)
