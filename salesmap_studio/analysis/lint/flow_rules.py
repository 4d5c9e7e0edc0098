"""Rules about how deals move through the map: start, reachability, branches, shares, ends."""

from __future__ import annotations

from typing import Iterator

from ...model import Decision, Stage
from ..flow_order import neighbours, reachable, start_nodes
from .context import Finding, LintContext

MAX_MAIN_PATH_STAGES = 15
SHARE_SLACK = 1e-9  # shares are stored with two decimals; don't flag 0.1 + 0.2 + 0.7


def check_start(ctx: LintContext) -> Iterator[Finding]:
    """`no-start` when the map has none; `unreachable` for nodes no path from the start reaches."""
    doc = ctx.doc
    if not len(doc):
        return
    if doc.start is None:
        yield ctx.finding("no-start", "warning", "no-start")
    starts = start_nodes(doc)
    if not starts:
        return  # every node sits on a loop: the no-start warning says it all
    reached = reachable(starts, neighbours(doc))
    for node in doc.nodes():
        if node.id not in reached:
            yield ctx.finding("unreachable", "error", "unreachable", node=node.id)


def check_decisions(ctx: LintContext) -> Iterator[Finding]:
    for node in ctx.doc.nodes():
        if not isinstance(node, Decision):
            continue
        links = ctx.outgoing.get(node.id, [])
        kinds = {link.kind for link in links}
        if "yes" not in kinds:
            yield ctx.finding("decision-branches", "error", "decision-no-yes", node=node.id)
        elif "no" not in kinds:
            yield ctx.finding("decision-branches", "error", "decision-no-no", node=node.id)
        elif len({link.target for link in links}) < 2:
            yield ctx.finding("decision-branches", "error", "decision-one-way", node=node.id)


def check_shares(ctx: LintContext) -> Iterator[Finding]:
    for node in ctx.doc.nodes():
        shares = [link.share for link in ctx.outgoing.get(node.id, [])]
        given = [share for share in shares if share is not None]
        total = sum(given)
        if total > 1 + SHARE_SLACK:
            yield ctx.finding("shares-sum", "error", "shares-over", node=node.id, total=total)
        elif given and len(given) == len(shares) and total < 1 - SHARE_SLACK:
            yield ctx.finding("shares-sum", "warning", "shares-under", node=node.id, total=total)


def check_dead_ends(ctx: LintContext) -> Iterator[Finding]:
    path_end = ctx.main_path[-1] if ctx.main_path else None
    for node in ctx.doc.nodes():
        if isinstance(node, (Stage, Decision)) and node.id != path_end and not ctx.outgoing.get(node.id):
            yield ctx.finding("dead-end", "warning", "dead-end", node=node.id)


def check_objection_path(ctx: LintContext) -> Iterator[Finding]:
    links = ctx.doc.links()
    if links and not any(link.kind in ("no", "objection") for link in links):
        yield ctx.finding("no-objection-path", "warning", "no-objection-path")


def check_main_path_length(ctx: LintContext) -> Iterator[Finding]:
    stages = sum(isinstance(ctx.doc.node(node_id), Stage) for node_id in ctx.main_path)
    if stages > MAX_MAIN_PATH_STAGES:
        yield ctx.finding("too-many-stages", "warning", "too-many-stages", count=stages)


FLOW_RULES = (check_start, check_decisions, check_shares, check_dead_ends, check_objection_path,
              check_main_path_length)
