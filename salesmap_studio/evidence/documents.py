"""HubSpot's `propertiesWithHistory.dealstage` and Pipedrive's deal flow (`dealChange` items) from
their APIs' JSON, as the tables `changes` and `statuses` (see table_kinds). A "row" here is the
history entry's place in the file, counted from 1.
"""

from __future__ import annotations

import json

from .columns import HUBSPOT_HISTORY, PIPEDRIVE_FLOW
from .errors import EvidenceError
from .tables import table_from_columns


def parse_json(data: bytes):
    try:
        return json.loads(data.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise EvidenceError(f"not readable JSON: {str(error).splitlines()[0]}") from None


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def kind_of_json(value) -> str | None:
    text = json.dumps(value)[:200000]
    if "propertiesWithHistory" in text:
        return HUBSPOT_HISTORY
    if "dealChange" in text or "field_key" in text:
        return PIPEDRIVE_FLOW
    return None


def _items(value, *keys: str) -> list:
    """The list of records: the value itself, or under `results`/`data`; a list of such responses too."""
    if isinstance(value, dict):
        for key in keys:
            if isinstance(value.get(key), list):
                return value[key]
        return [value]
    if isinstance(value, list):
        found = []
        for item in value:
            found += _items(item, *keys) if isinstance(item, dict) and any(k in item for k in keys) else [item]
        return found
    raise EvidenceError("the JSON holds no list of records")


def load_hubspot(con, value) -> int:
    columns = {"_row": [], "deal": [], "stage": [], "stamp": [], "old": []}
    rejected = []
    for number, deal in enumerate(_items(value, "results"), start=1):
        history = deal.get("propertiesWithHistory", {}).get("dealstage") if isinstance(deal, dict) else None
        if not isinstance(history, list):
            rejected.append((number, "a record without propertiesWithHistory.dealstage"))
            continue
        for entry in history:
            entry = entry if isinstance(entry, dict) else {}
            _add(columns, len(columns["_row"]) + 1, _text(deal.get("id")), _text(entry.get("value")),
                 _text(entry.get("timestamp")))
    _finish(con, columns, [], rejected)
    return 0


def load_pipedrive(con, value) -> int:
    columns = {"_row": [], "deal": [], "stage": [], "stamp": [], "old": []}
    statuses = []
    ignored = 0
    for number, item in enumerate(_items(value, "data"), start=1):
        change = item.get("data", item) if isinstance(item, dict) else {}
        change = change if isinstance(change, dict) else {}
        key = change.get("field_key")
        names = change.get("additional_data") if isinstance(change.get("additional_data"), dict) else {}
        at = _text(change.get("log_time") or item.get("timestamp"))
        deal = _text(change.get("item_id") or change.get("deal_id"))
        if key == "stage_id":
            _add(columns, number, deal, _text(names.get("new_value_formatted") or change.get("new_value")), at,
                 _text(names.get("old_value_formatted") or change.get("old_value")))
        elif key == "status":
            statuses.append((deal, _text(change.get("new_value")), at))
        else:
            ignored += 1
    _finish(con, columns, statuses, [])
    return ignored


def _add(columns: dict, row: int, deal, stage, at, old=None) -> None:
    for key, value in zip(("_row", "deal", "stage", "stamp", "old"), (row, deal, stage, at, old)):
        columns[key].append(value)


def _finish(con, columns: dict, statuses: list, rejected: list) -> None:
    table_from_columns(con, "changes", columns)
    table_from_columns(con, "statuses", {"deal": [s[0] for s in statuses], "status": [s[1] for s in statuses],
                                         "stamp": [s[2] for s in statuses]})
    table_from_columns(con, "unusable", {"_row": [r[0] for r in rejected], "reason": [r[1] for r in rejected]})


def _text(value) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)
