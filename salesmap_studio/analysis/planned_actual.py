"""Plan beside reality, as every place that shows evidence judges and words it: when an actual
figure differs from the plan enough to be marked, and the two sentences (the biggest exodus,
the slowest stage). Works on the evidence's JSON contract (docs/evidence.md) and the map, so the
terminal, the Evidence panel and the PDF pages mark and say the same; no engine needed here."""

from __future__ import annotations

from ..model import SalesMap
from .words import number, say

CONVERSION_GAP = 0.10  # ten percentage points off the planned conversion or share
DAYS_FACTOR = 1.5      # days in stage more than half again (or under two thirds) of the plan


def conversion_differs(actual: float | None, planned: float | None) -> bool:
    return actual is not None and planned is not None and abs(actual - planned) > CONVERSION_GAP


def days_differ(actual: float | None, planned: float | None) -> bool:
    if actual is None or planned is None or planned <= 0:
        return False
    return actual > planned * DAYS_FACTOR or actual < planned / DAYS_FACTOR


def biggest_exodus(stages: dict[str, dict]) -> str | None:
    """The node id of the stage most deals dropped out of (ties: the larger id), None if none did."""
    exodus = max(stages, key=lambda s: (stages[s]["dropped"], s), default=None)
    return exodus if exodus is not None and stages[exodus]["dropped"] else None


def sentence_parts(doc: SalesMap, stages: dict[str, dict]) -> dict[str, tuple[str, dict] | None]:
    """The biggest exodus and the slowest stage as words-table keys with their values (numbers
    written in the map's language), so each place can say them in its own language."""
    language = doc.info.language
    exodus = biggest_exodus(stages)
    slowest = max((s for s in stages if stages[s]["days_median"] is not None),
                  key=lambda s: (stages[s]["days_median"], s), default=None)
    parts: dict[str, tuple[str, dict] | None] = {"biggest_exodus": None, "slowest_stage": None}
    if exodus is not None:
        figure = stages[exodus]
        # "1 of 1 deal", "1 of 4 deals": the noun follows the deals that entered.
        parts["biggest_exodus"] = ("evidence-exodus-one" if figure["entered"] == 1 else "evidence-exodus", {
            "name": doc.node(exodus).name, "dropped": number(figure["dropped"], language),
            "entered": number(figure["entered"], language),
            "share": number(100 * figure["dropped"] / figure["entered"], language)})
    if slowest is not None:
        figure = stages[slowest]
        planned = figure["planned_days"]
        parts["slowest_stage"] = ("evidence-slowest", {
            "name": doc.node(slowest).name, "days": number(figure["days_median"], language, 1),
            "planned": number(planned, language, 1) if planned is not None else say("evidence-unplanned", language)})
    return parts


def sentences(doc: SalesMap, stages: dict[str, dict]) -> dict[str, str | None]:
    """The two sentences in the map's language."""
    return {key: say(part[0], doc.info.language, **part[1]) if part else None
            for key, part in sentence_parts(doc, stages).items()}
