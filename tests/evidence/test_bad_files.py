"""Bad files of each kind: one sentence that says what is wrong, never a traceback."""

from __future__ import annotations

import gzip

import pytest

from openpyxl import Workbook

from salesmap_studio.evidence.errors import EvidenceError
from salesmap_studio.evidence.history import read_history

from ..damaged_workbook import break_packed_rows, pack_with_unknown_method

BAD = {
    "empty.csv": (b"", "empty"),
    "one-column.csv": (b"deal\nA\n", "one column"),
    "no-stage.csv": (b"deal,date\nA,2025-01-01\n", "no column for stage"),
    "dup.csv": (b"deal,deal,stage,date\nA,A,B,2025-01-01\n", "occurs twice"),
    "nothing-usable.csv": (b"deal,stage,date\nA,B,never\n", "no usable stage events.*row 2: not a date: never"),
    "ragged.csv": (b'deal,stage,date\nA,"B,2025-01-01\n', "not a readable table"),
    "broken.json": (b'{"results": [', "not readable JSON"),
    "nan.json": (b'[{"propertiesWithHistory": NaN}]', "not readable JSON"),
    "unknown.json": (b'{"deals": []}', "neither HubSpot's propertiesWithHistory nor Pipedrive's"),
    "sf-missing.csv": (b"OpportunityId,Field,OldValue,NewValue\n1,StageName,A,B\n", "no column for"),
    "broken.xes": (b"<log><trace><event>", "not a readable XES file"),
    "entity.xes": (b'<?xml version="1.0"?><!DOCTYPE log [<!ENTITY a "aaaa">]><log>&a;</log>', "not a readable XES"),
    "not-a-log.xml": (b"<html><body/></html>", "no <log> element"),
    "stray-event.xes": (b"<log><event/></log>", "an event outside a trace"),
    "encoding.xes": (b'<?xml version="1.0" encoding="UTFu8"?><log/>', "not a readable XES file: unknown encoding"),
    "shift-jis.xes": (b'<?xml version="1.0" encoding="Shift_JIS"?><log/>', "not a readable XES file: multi-byte"),
    "broken.gz": (b"\x1f\x8b\x08\x00garbage", "not a readable gzip file"),
    "broken.xlsx": (b"PK\x03\x04 not really a zip", "not a readable .xlsx"),
    "broken.parquet": (b"PAR1 not really parquet", "not a readable Parquet"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_file_is_refused_in_one_sentence(tmp_path, name):
    content, message = BAD[name]
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(EvidenceError, match=message) as refused:
        read_history(str(path))
    assert "\n" not in str(refused.value) and "Traceback" not in str(refused.value)


@pytest.mark.parametrize("damage", [break_packed_rows, pack_with_unknown_method], ids=lambda f: f.__name__)
def test_a_workbook_damaged_inside_its_sheet_is_refused_in_one_sentence(tmp_path, damage):
    path = tmp_path / "deals.xlsx"
    book = Workbook()
    for row in [("deal", "stage", "date"), *((f"D{i}", "Demo", "2025-01-02") for i in range(400))]:
        book.active.append(row)
    book.save(path)
    damage(path)
    with pytest.raises(EvidenceError, match="not a readable .xlsx workbook") as refused:
        read_history(str(path))
    assert "\n" not in str(refused.value)


def test_a_gzip_of_a_bad_file_says_what_is_inside(tmp_path):
    path = tmp_path / "log.xes.gz"
    path.write_bytes(gzip.compress(b"<log><trace><event>"))
    with pytest.raises(EvidenceError, match="not a readable XES file"):
        read_history(str(path))


def test_a_kind_the_file_cannot_hold_is_refused(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("deal,stage,date\nA,B,2025-01-01\n")
    with pytest.raises(EvidenceError, match="a table cannot hold xes history"):
        read_history(str(path), kind="xes")
    with pytest.raises(EvidenceError, match="unknown kind"):
        read_history(str(path), kind="sap")
