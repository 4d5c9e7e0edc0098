"""`compare(doc, history)`: the planned-versus-actual figures of one map and one history, as the
JSON contract of docs/evidence.md (`Evidence.to_dict()`) and as lines of text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..analysis.funnel import FunnelError, compute_funnel, won_point
from ..analysis.planned_actual import sentences
from ..model import Outcome, SalesMap, Stage
from .fast_slow import fast_versus_slow
from .figures import crm_stage_deals, cycle_days, deal_counts, prepare, revisits, stage_figures, transitions
from .history import History
from .matching import match_stages
from .paths import lay_onto_links, shares


@dataclass
class Evidence:
    data: dict

    def to_dict(self) -> dict:
        return self.data


def compare(doc: SalesMap, history: History, since: datetime | None = None,
            until: datetime | None = None) -> Evidence:
    con = history.con
    matched, unmatched = match_stages(doc, crm_stage_deals(con))
    won_at = won_point(doc)
    nodes = {node.id: (node.kind, node.result if isinstance(node, Outcome) else None,
                       node.id == won_at or (isinstance(node, Outcome) and node.result == "won"))
             for node in doc.nodes()}
    prepare(con, matched, nodes, since, until)
    deals, period = deal_counts(con)
    per_link, unmapped, skipped, routed = lay_onto_links(doc, transitions(con))
    names = {node.id: node.name for node in doc.nodes()}
    data = {
        "source": {"kind": history.kind, "events": history.events, "ignored_rows": history.ignored},
        "deals": deals,
        "period": period,
        "stages": _stages(doc, stage_figures(con, routed)),
        "links": shares(doc, per_link),
        "unmapped_transitions": unmapped,
        "skipped_stages": [{"stage": node, "deals": count} for node, count in
                           sorted(skipped.items(), key=lambda item: (-item[1], item[0]))],
        "revisits": revisits(con),
        "unmatched_stages": [u.to_dict() for u in unmatched],
        "cycle_days": {**cycle_days(con), "planned": _planned_cycle(doc)},
        "fast_slow": fast_versus_slow(con, names),
        "rejected_rows": history.rejected.to_dict(),
        "flags": {"out_of_order": history.out_of_order.to_dict(), "future": history.future.to_dict()},
    }
    data["sentences"] = sentences(doc, data["stages"])
    return Evidence(data)


def _stages(doc: SalesMap, figures: dict[str, dict]) -> dict[str, dict]:
    empty = {"entered": 0, "moved_on": 0, "dropped": 0, "conversion": None, "days_median": None, "days_p80": None}
    return {node.id: {**figures.get(node.id, empty), "planned_conversion": node.conversion_rate,
                      "planned_days": node.expected_days}
            for node in doc.nodes() if isinstance(node, Stage)}


def _planned_cycle(doc: SalesMap) -> float | None:
    """The map's own cycle time for won deals (analysis/funnel), where the map has the settings for it."""
    try:
        return compute_funnel(doc).cycle_days
    except FunnelError:
        return None
