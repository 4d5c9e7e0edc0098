"""The sales process map in memory: entities, the `SalesMap` document, change events. No Qt."""

from .conflicts import AnyConflict, Conflict
from .crm import crm_clash, crm_key, crm_owner
from .document import AnyNode, SalesMap
from .entities import (
    LINK_KINDS,
    PERIODS,
    RESULTS,
    ChecklistItem,
    Decision,
    Funnel,
    Kpi,
    Lane,
    Link,
    MapInfo,
    Node,
    Note,
    Outcome,
    Phase,
    Stage,
)
from .events import EventHub
from .ids import fresh_id, slug
from .serialize import FORMAT, VERSION, link_to_dict, node_to_dict, note_to_dict

__all__ = [
    "AnyConflict", "Conflict", "crm_clash", "crm_key", "crm_owner",
    "AnyNode", "SalesMap", "LINK_KINDS", "PERIODS", "RESULTS", "ChecklistItem", "Decision",
    "Funnel", "Kpi", "Lane", "Link", "MapInfo", "Node", "Note", "Outcome", "Phase", "Stage",
    "EventHub", "fresh_id", "slug", "FORMAT", "VERSION", "link_to_dict", "node_to_dict", "note_to_dict",
]
