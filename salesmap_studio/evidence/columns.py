"""Which kind of history a table is, and the headers that name each role, found by the headers.

Headers are compared with case, spacing, '_' and '-' ignored ("Deal ID" = "deal_id" = "DealId").
The generic event table knows English and German names.
"""

from __future__ import annotations

import re

TABLE = "table"
SALESFORCE_HISTORY = "salesforce-history"
SALESFORCE_FIELD_HISTORY = "salesforce-field-history"
HUBSPOT_DATES = "hubspot-dates"
HUBSPOT_HISTORY = "hubspot-history"
PIPEDRIVE_FLOW = "pipedrive-flow"
XES = "xes"
KINDS = (TABLE, SALESFORCE_HISTORY, SALESFORCE_FIELD_HISTORY, HUBSPOT_DATES, HUBSPOT_HISTORY,
         PIPEDRIVE_FLOW, XES)

# The generic table: each role and the headers that name it, English then German (column_roles decides).
ROLES: dict[str, tuple[str, ...]] = {
    "deal": ("deal id", "deal", "dealid", "opportunity id", "opportunity", "case id", "case",
             "record id", "vorgang", "vorgangs id", "verkaufschance", "geschäft", "geschäfts id",
             "auftrag", "chance"),
    "stage": ("stage", "stage name", "deal stage", "phase", "pipeline stage", "stufe",
              "vertriebsphase", "verkaufsphase", "phasenname"),
    "time": ("timestamp", "time", "date", "datetime", "changed at", "created date", "entered at",
             "event time", "zeitstempel", "zeitpunkt", "datum", "geändert am", "erstellt am",
             "änderungsdatum", "eingetreten am"),
    "amount": ("amount", "value", "deal value", "betrag", "wert", "volumen", "auftragswert"),
    "owner": ("owner", "deal owner", "sales rep", "verantwortlich", "besitzer", "inhaber",
              "zuständig", "vertriebler"),
    "status": ("status", "final status", "outcome", "result", "won lost", "ergebnis", "ausgang",
               "endstatus"),
}
HUBSPOT_COLUMN = re.compile(r"^hs_(?:v2_)?date_entered_(.+)$|^date entered [\"'“]?(.+?)[\"'”]?$",
                            re.IGNORECASE)
_FOLD = re.compile(r"[\s_\-\[\]<>`]+")   # "[Deal ID]" and "<Deal>" (SQL tools' quoting) read as "Deal ID", "Deal"


def fold(header: str) -> str:
    return _FOLD.sub("", header).casefold()


_FOLDED_ROLES = {role: {fold(name) for name in names} for role, names in ROLES.items()}


def kind_of_headers(headers: list[str]) -> str:
    """The history kind a table with these headers holds (the generic table when nothing else fits)."""
    folded = {fold(h) for h in headers}
    if {"opportunityid", "field", "oldvalue", "newvalue", "createddate"} <= folded:
        return SALESFORCE_FIELD_HISTORY
    if {"opportunityid", "stagename", "createddate"} <= folded:
        return SALESFORCE_HISTORY
    if {"fieldkey", "newvalue"} <= folded and ("logtime" in folded or "timestamp" in folded):
        return PIPEDRIVE_FLOW
    if any(HUBSPOT_COLUMN.match(h.strip()) for h in headers):
        return HUBSPOT_DATES
    return TABLE


def find(headers: list[str], *names: str) -> str | None:
    """The first header among `headers` that folds to one of `names` (already folded)."""
    for header in headers:
        if fold(header) in names:
            return header
    return None


def hubspot_stage_columns(headers: list[str]) -> dict[str, list[str]]:
    """Stage id -> its "date entered" columns, the newer hs_v2_ first."""
    stages: dict[str, list[str]] = {}
    for header in headers:
        match = HUBSPOT_COLUMN.match(header.strip())
        if match:
            stage = match.group(1) or re.sub(r"\s*\([^)]*\)$", "", match.group(2))
            stages.setdefault(stage, []).append(header)
    for columns in stages.values():
        columns.sort(key=lambda h: 0 if fold(h).startswith("hsv2") else 1)
    return stages
