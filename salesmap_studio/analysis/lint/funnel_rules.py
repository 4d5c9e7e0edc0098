"""Rules that only matter once the map has funnel settings."""

from __future__ import annotations

from typing import Iterator

from ...model import Stage
from .context import Finding, LintContext


def check_won_point(ctx: LintContext) -> Iterator[Finding]:
    if ctx.doc.info.funnel is not None and ctx.facts.won is None:
        yield ctx.finding("no-won-point", "warning", "no-won-point")


def check_conversion_rates(ctx: LintContext, node) -> Iterator[Finding]:
    """Stages between the start and the won point without a rate (the funnel assumes 100 %)."""
    if isinstance(node, Stage) and node.id in ctx.facts.conversion_wanted and node.conversion_rate is None:
        yield ctx.finding("conversion-missing", "info", "conversion-missing", node=node.id)


FUNNEL_MAP_RULES = (check_won_point,)
FUNNEL_NODE_RULES = (check_conversion_rates,)
