"""What a node's card and the map's cover say, as plain words in the map's language.

The PDF playbook and the web page print these same words (each in its own markup),
so a reader finds one node described alike on paper and on screen. No Qt, no drawing.
"""

from __future__ import annotations

from ..model import Decision, Outcome, Stage
from .funnel import FunnelError, compute_funnel
from .words import is_german, number, say


def node_facts(doc, node, language: str) -> list[tuple[str, str]]:
    """(label, value) pairs: owner, phase, days in stage and conversion, where the node has them."""
    facts = []
    owner = doc.lane(node.owner) if getattr(node, "owner", None) else None
    phase = doc.phase(node.phase) if getattr(node, "phase", None) else None
    if owner:
        facts.append((say("owner", language), owner.name))
    if phase:
        facts.append((say("phase", language), phase.name))
    if isinstance(node, Stage) and node.expected_days is not None:
        days = node.expected_days
        facts.append((say("days", language), number(days, language, 0 if days.is_integer() else 1)))
    if isinstance(node, Stage) and node.conversion_rate is not None:
        facts.append((say("conversion", language), f"{number(node.conversion_rate * 100, language)} %"))
    return facts


def node_title(node, language: str) -> str:
    """"Decision: Budget?", "Closed won (Outcome: won)" or a stage's plain name."""
    if isinstance(node, Decision):
        return f"{say('decision', language)}: {node.name}"
    if isinstance(node, Outcome):
        return f"{node.name} ({say('outcome', language)}: {say(node.result, language)})"
    return node.name


def funnel_lines(doc, language: str) -> list[str]:
    """The reverse funnel's summary: target, deal value, deals to enter, win rate, cycle, revenue
    (or, when it cannot be computed, why). The map must have funnel settings."""
    funnel = doc.info.funnel
    lines = [say("funnel-target", language, target=number(funnel.target, language),
                 period=say(funnel.period, language))]
    if funnel.deal_value is not None:
        lines.append(say("deal-value", language, value=f"{number(funnel.deal_value, language)} {funnel.currency}"))
    try:
        result = compute_funnel(doc)
    except FunnelError as err:
        return lines + [str(err)]
    lines.append(say("entries", language, value=number(result.entries, language)))
    rate = f"{result.win_rate * 100:.3g}"
    rate = rate.replace(".", ",") if is_german(language) else rate
    lines.append(say("win-rate", language, value=f"{rate} %"))
    lines.append(say("cycle", language, value=number(result.cycle_days, language)))
    if result.revenue is not None:
        lines.append(say("revenue", language, value=f"{number(result.revenue, language)} {funnel.currency}"))
    return lines
