"""Rules that only matter once the map has funnel settings."""

from __future__ import annotations

from typing import Iterator

from ..flow_order import neighbours, reachable, start_nodes
from ..funnel import won_point
from .context import Finding, LintContext


def check_won_point(ctx: LintContext) -> Iterator[Finding]:
    if ctx.doc.info.funnel is not None and won_point(ctx.doc) is None:
        yield ctx.finding("no-won-point", "warning", "no-won-point")


def check_conversion_rates(ctx: LintContext) -> Iterator[Finding]:
    """Stages between the start and the won point without a rate (the funnel assumes 100 %)."""
    doc = ctx.doc
    won = won_point(doc) if doc.info.funnel is not None else None
    if won is None:
        return
    on_way = reachable(start_nodes(doc), neighbours(doc)) & reachable([won], neighbours(doc, reverse=True))
    for node in doc.stages():
        if node.id in on_way and node.id != won and node.conversion_rate is None:
            yield ctx.finding("conversion-missing", "info", "conversion-missing", node=node.id)


FUNNEL_RULES = (check_won_point, check_conversion_rates)
