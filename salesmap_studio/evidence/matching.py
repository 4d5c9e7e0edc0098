"""Which map node each CRM stage is: by the node's `crm_stages` (compared as `model.crm_key`
does: case and surrounding spaces ignored), then by its name (case and all spacing, '_' and '-'
ignored: "closedwon" is "Closed won"), else unmatched with a suggestion (rapidfuzz) to confirm."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from ..model import Outcome, SalesMap, Stage, crm_key

SUGGEST_FROM = 60  # rapidfuzz WRatio score (0-100) from which a node is offered as a suggestion
_SPACING = re.compile(r"[\s_\-]+")


def folded(name: str) -> str:
    return _SPACING.sub("", name).casefold()


def declared_crm_stages(node: Stage | Outcome) -> tuple[str, ...]:
    """The CRM stage names a node claims (format v2's `crm_stages`); the one place that reads them."""
    return tuple(node.crm_stages)


@dataclass(frozen=True)
class Unmatched:
    name: str
    deals: int
    suggestion: str | None  # a node id

    def to_dict(self) -> dict:
        return {"name": self.name, "deals": self.deals, "suggestion": self.suggestion}


def matchable(doc: SalesMap) -> list:
    """The nodes a CRM stage can be: stages and outcomes (a decision is no place a deal waits)."""
    return [node for node in doc.nodes() if isinstance(node, (Stage, Outcome))]


def match_stages(doc: SalesMap, crm_stages: list[tuple[str, int]]) -> tuple[dict[str, str], list[Unmatched]]:
    """CRM stage -> node id for the stages that match; the rest with their deal counts."""
    nodes = matchable(doc)
    # A claim is compared as the file format compares claims (one node per key), a name more loosely.
    declared = {crm_key(name): node.id for node in nodes for name in declared_crm_stages(node)}
    by_name = {}
    for node in nodes:
        by_name.setdefault(folded(node.name), node.id)
    matched, unmatched = {}, []
    choices = {node.id: node.name for node in nodes}
    for name, deals in crm_stages:
        node_id = declared.get(crm_key(name)) or by_name.get(folded(name))
        if node_id is not None:
            matched[name] = node_id
            continue
        best = process.extractOne(name, choices, scorer=fuzz.WRatio, processor=utils.default_process,
                                  score_cutoff=SUGGEST_FROM)
        unmatched.append(Unmatched(name, deals, best[2] if best else None))
    return matched, unmatched
