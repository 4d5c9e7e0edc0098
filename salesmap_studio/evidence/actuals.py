"""Taking the actual figures into the map: each stage's conversion and median days, each link's
share, as the values the map stores (two decimals). What no deal showed is left as planned."""

from __future__ import annotations

from ..model import SalesMap, Stage
from ..model.fields import MAX_DAYS

PLACES = 2  # the map keeps shares and days with two decimals (model/fields.py)


def actuals(doc: SalesMap, data: dict) -> tuple[dict[str, dict], dict[str, float]]:
    """(node id -> the stage fields to set, link id -> share) where the data differ from the map."""
    stage_fields = {}
    for node_id, figure in data["stages"].items():
        if not doc.has_node(node_id) or not isinstance(doc.node(node_id), Stage):
            continue
        node, fields = doc.node(node_id), {}
        if figure["conversion"] is not None and round(figure["conversion"], PLACES) != node.conversion_rate:
            fields["conversion_rate"] = round(figure["conversion"], PLACES)
        if figure["days_median"] is not None:
            days = round(min(figure["days_median"], MAX_DAYS), PLACES)
            if days != node.expected_days:
                fields["expected_days"] = days
        if fields:
            stage_fields[node_id] = fields
    return stage_fields, _shares(doc, data["links"])


def _shares(doc: SalesMap, links: dict[str, dict]) -> dict[str, float]:
    """Rounded shares per source, the largest trimmed so that a source's shares never pass 1."""
    by_source: dict[str, dict[str, float]] = {}
    for link_id, figure in links.items():
        if figure["share"] is not None and doc.has_link(link_id):
            by_source.setdefault(doc.link(link_id).source, {})[link_id] = round(figure["share"], PLACES)
    shares = {}
    for rounded in by_source.values():
        excess = round(sum(rounded.values()) - 1.0, PLACES)
        if excess > 0:
            largest = max(rounded, key=rounded.get)
            rounded[largest] = round(rounded[largest] - excess, PLACES)
        shares.update({link_id: share for link_id, share in rounded.items() if share != doc.link(link_id).share})
    return shares
