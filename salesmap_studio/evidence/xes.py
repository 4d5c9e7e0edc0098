"""XES event logs (IEEE 1849): a trace is a deal (its `concept:name`), an event a stage entered
(`concept:name`, `time:timestamp`); of the lifecycle transitions only `complete` (or none) counts.
The declarations (`<extension>`, `<global>`, `<classifier>`) are not needed: real files leave
them out. Read with defusedxml (no entities, no DTDs), streaming; a "row" is the event's number
in the file, counted from 1.
"""

from __future__ import annotations

import io
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from .errors import EvidenceError
from .tables import table_from_columns


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attributes(element) -> dict[str, str]:
    return {child.get("key"): child.get("value") for child in element
            if _local(child.tag) in ("string", "date", "int", "float", "boolean", "id") and child.get("key")}


def _keep(columns: dict, deal: str | None, events: list) -> None:
    """A trace's events, now that its name is known (XES may name a trace after its events)."""
    for row, stage, stamp in events:
        for key, value in zip(columns, (row, deal, stage, stamp, None)):
            columns[key].append(value)


def load_xes(con, data: bytes) -> int:
    """Fills `changes` from the XES log in `data`; returns how many events were not `complete`."""
    columns = {"_row": [], "deal": [], "stage": [], "stamp": [], "old": []}
    number = skipped = 0
    pending: list | None = None
    seen_log = False
    try:
        for event, element in iterparse(io.BytesIO(data), events=("start", "end")):
            tag = _local(element.tag)
            if event == "start":
                seen_log = seen_log or tag == "log"
                if tag == "trace":
                    pending = []
                continue
            if tag == "event":
                if pending is None:
                    raise EvidenceError("not a readable XES file: an event outside a trace")
                number += 1
                values = _attributes(element)
                transition = (values.get("lifecycle:transition") or "complete").lower()
                if transition == "complete":
                    pending.append((number, values.get("concept:name"), values.get("time:timestamp")))
                else:
                    skipped += 1
                element.clear()
            elif tag == "trace":
                _keep(columns, _attributes(element).get("concept:name"), pending)
                element.clear()
                pending = None
    except EvidenceError:
        raise
    # LookupError: an encoding unknown to Python; ValueError: one expat cannot read (Shift_JIS)
    except (ParseError, DefusedXmlException, LookupError, ValueError) as error:
        raise EvidenceError(f"not a readable XES file: {error}") from None
    if not seen_log:
        raise EvidenceError("not an XES event log: no <log> element")
    table_from_columns(con, "changes", columns)
    table_from_columns(con, "statuses", {"deal": [], "status": [], "stamp": []})
    table_from_columns(con, "unusable", {"_row": [], "reason": []})
    return skipped
