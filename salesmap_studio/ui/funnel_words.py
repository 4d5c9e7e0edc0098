"""The Funnel panel's numbers and sentences as a non-expert reads them.

Deals are whole deals, rounded up as one plans them (63.3 deals to bring in
means 64); numbers follow the UI's locale (3.590 in German); and when a won
outcome receives other than the target, one sentence says why.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale

from ..analysis.funnel import FunnelResult, won_point
from ..model import Link, Outcome, SalesMap

translate = QCoreApplication.translate
ROUNDING_SLACK = 1e-6   # 120.0000001 deals, from the linear solve, are 120 deals


def whole_deals(deals: float) -> int:
    return max(0, math.ceil(deals - ROUNDING_SLACK))


def deals_text(deals: float) -> str:
    return QLocale().toString(whole_deals(deals))


def decimal_text(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def percent_text(share: float) -> str:
    """A share with three significant digits: 15.8% in English, 15,8 % in German."""
    value = QLocale().toString(share * 100, "g", 3)
    return translate("FunnelPanel", "{value}%").format(value=value)


def amount_text(amount: float) -> str:
    return QLocale().toString(round(amount))


def branch_words(doc: SalesMap, link: Link) -> str:
    """“Offer → Lost”, with the kind of a yes, no or objection link: “Offer → Needs (objection)”."""
    words = f"{doc.node(link.source).name} → {doc.node(link.target).name}"
    kinds = {"yes": translate("FunnelPanel", "yes"), "no": translate("FunnelPanel", "no"),
             "objection": translate("FunnelPanel", "objection")}
    return f"{words} ({kinds[link.kind]})" if link.kind in kinds else words


def why_won_differs(doc: SalesMap, result: FunnelResult) -> str:
    """One sentence when a won outcome receives other than the target of won deals, else ''."""
    point = won_point(doc)
    if point is None or isinstance(doc.node(point), Outcome):
        return ""   # deals stop at a won outcome: it holds the target exactly
    target = whole_deals(result.target)
    for node in doc.nodes():
        if not (isinstance(node, Outcome) and node.result == "won") or node.id == point:
            continue
        arriving = whole_deals(result.volumes.get(node.id, 0.0))
        if arriving == target:
            continue
        words = (translate("FunnelPanel", "The target counts deals as won at “{point}” ({target}); the steps after "
                           "it lose some, so {count} reach “{outcome}”.") if arriving < target else
                 translate("FunnelPanel", "The target counts deals as won at “{point}” ({target}); “{outcome}” also "
                           "receives deals that bypass it ({count} in all)."))
        return words.format(point=doc.node(point).name, target=QLocale().toString(target),
                            count=QLocale().toString(arriving), outcome=node.name)
    return ""
